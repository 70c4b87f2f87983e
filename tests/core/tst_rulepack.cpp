#include "rulelibrary.h"
#include "rulepack.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

using namespace eligicheck;

// The bundled rule sets reach start-up through a pack made at build time. Users must not be able
// to tell: every rule set is the same as when its YAML is read with all checks, and a pack that is
// damaged or does not match the program is refused (the YAML is read instead), never half-used.
class TestRulePack : public QObject {
    Q_OBJECT

    static std::vector<RuleSource> bundledYaml() {
        std::vector<RuleSource> sources;
        QDirIterator it(QStringLiteral(":/rules"), {QStringLiteral("*.yaml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly)) sources.push_back({path, f.readAll(), true});
        }
        return sources;
    }

    static QByteArray bundledPack() {
        QFile f(RulePack::bundledPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // A pack whose checksum fits its (possibly damaged) payload, to reach the structural checks.
    static QByteArray resealed(QByteArray pack) {
        const quint64 sum = RulePack::checksum(QByteArrayView(pack).sliced(RulePack::HeaderBytes));
        qToLittleEndian(sum, pack.data() + 8);
        return pack;
    }

    static QString text(const LocalizedText &t) { return t.zh + u'|' + t.en; }

    // Everything of a rule set a user can see or that evaluation uses, as comparable text.
    static QStringList describe(const RuleSet &rs) {
        QStringList d;
        d << rs.id << rs.title << rs.titleEn << rs.documentNumber << rs.issuers.join(u',') << rs.region
          << rs.source << rs.verification << rs.filePath << rs.contentHash
          << rs.effectiveFrom.toString(Qt::ISODate)
          << (rs.effectiveTo ? rs.effectiveTo->toString(Qt::ISODate) : QString()) << rs.validity.clause
          << rs.validity.quote << QString::number(rs.bundled);
        for (const Parameter &p : rs.parameters)
            d << p.id << p.value.toString() << p.unit << p.clause << p.quote;
        for (const Programme &p : rs.programmes) {
            d << p.id << text(p.title) << text(p.applicant) << p.appliesWhen.source()
              << QStringLiteral("%1:%2").arg(p.pos.line).arg(p.pos.column);
            for (const Criterion &c : p.criteria)
                d << c.id << c.clause << c.quote << criterionKindName(c.kind) << c.condition.source()
                  << c.appliesWhen.source() << c.waivedWhen.source() << text(c.label)
                  << text(c.interpretation) << c.source << QString::number(c.evidence.size())
                  << QStringLiteral("%1:%2").arg(c.pos.line).arg(c.pos.column);
            for (const Amount &a : p.amounts)
                d << a.id << a.clause << a.quote << a.max.source() << a.min.source() << a.appliesWhen.source()
                  << QString::number(a.perYear) << QStringLiteral("%1:%2").arg(a.pos.line).arg(a.pos.column);
            if (p.outcome) {
                d << p.outcome->fact->id << p.outcome->clause << p.outcome->quote;
                for (const Band &b : p.outcome->bands)
                    d << b.id << b.rangeText() << text(b.label);
            }
        }
        for (const Example &e : rs.examples) {
            d << e.name << QStringLiteral("%1:%2").arg(e.pos.line).arg(e.pos.column)
              << QString::number(e.facts.size()) << QString::number(e.verdicts.size())
              << QString::number(e.criteria.size()) << QString::number(e.missing.size());
            for (auto it = e.verdicts.cbegin(); it != e.verdicts.cend(); ++it)
                d << it.key() + u'=' + it.value();
        }
        return d;
    }

    static QStringList describe(const FactRegistry &facts) {
        QStringList d;
        for (int slot = 0; slot < facts.size(); ++slot) {
            const FactDefinition &f = facts.at(slot);
            d << f.id << factTypeName(f.type) << f.unit << (f.min ? f.min->toString() : QString())
              << (f.max ? f.max->toString() : QString()) << f.choiceIds().join(u',') << text(f.label)
              << f.group << f.definedIn;
        }
        return d;
    }

    static QStringList describe(const QVector<RuleFileStatus> &files) {
        QStringList d;
        for (const RuleFileStatus &f : files) {
            d << f.path << f.ruleSetId << QString::number(f.ok) << QString::number(f.bundled);
            for (const Diagnostic &x : f.diagnostics)
                d << x.toString();
        }
        return d;
    }

private slots:
    void theBuiltPackIsUsed() {
        RuleLibrary lib;
        QCOMPARE(lib.loadBundled(), RuleLibrary::BundledSource::Pack);
        QVERIFY(!lib.hasErrors());
        QCOMPARE(int(lib.ruleSets().size()), 13);
    }

    void packGivesTheSameRuleSetsAsYaml_data() {
        QTest::addColumn<QString>("id");
        RuleLibrary lib;
        lib.loadBundled();
        for (const auto &rs : lib.ruleSets())
            QTest::newRow(qPrintable(rs->id)) << rs->id;
    }
    void packGivesTheSameRuleSetsAsYaml() {
        QFETCH(QString, id);
        RuleLibrary packed, yaml;
        packed.setLoadBundledExamples(true);
        QCOMPARE(packed.loadBundled(), RuleLibrary::BundledSource::Pack);
        yaml.loadSources(bundledYaml());
        const RuleSet *a = packed.ruleSet(id);
        const RuleSet *b = yaml.ruleSet(id);
        QVERIFY(a && b);
        QVERIFY(!a->examples.empty());
        QCOMPARE(describe(*a), describe(*b));
    }

    void packGivesTheSameFactsAndFileStatuses() {
        RuleLibrary packed, yaml;
        packed.setLoadBundledExamples(true);
        packed.loadBundled();
        yaml.loadSources(bundledYaml());
        QCOMPARE(describe(packed.facts()), describe(yaml.facts()));
        QCOMPARE(describe(packed.files()), describe(yaml.files()));
        QStringList order, yamlOrder;
        for (const auto &rs : packed.ruleSets())
            order << rs->id;
        for (const auto &rs : yaml.ruleSets())
            yamlOrder << rs->id;
        QCOMPARE(order, yamlOrder);
    }

    void examplesOnlyWhenAsked() {
        // Start-up skips the examples of bundled rule sets (the build ran their checks) …
        RuleLibrary lib;
        lib.loadBundled();
        for (const auto &rs : lib.ruleSets())
            QVERIFY2(rs->examples.empty(), qPrintable(rs->id));
        // … while files users load always get theirs, with every check.
        QFile f(QStringLiteral(":/rules/guangxi/enterprise-tech-center.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        RuleLibrary user;
        QFile facts(QStringLiteral(":/rules/facts.yaml"));
        QVERIFY(facts.open(QIODevice::ReadOnly));
        user.loadSources({{QStringLiteral("facts.yaml"), facts.readAll(), false},
                          {QStringLiteral("mine.yaml"), f.readAll(), false}});
        QVERIFY(!user.hasErrors());
        QVERIFY(user.ruleSet(QStringLiteral("gx-enterprise-tech-center"))->examples.size() >= 5);
    }

    void damagedPackIsRefused_data() {
        QTest::addColumn<QByteArray>("pack");
        QTest::addColumn<QString>("reason");
        const QByteArray good = bundledPack();
        QVERIFY(good.size() > RulePack::HeaderBytes);
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
        QByteArray magic = good;
        magic[0] = 'X';
        QByteArray version = good;
        qToLittleEndian(quint32(99), version.data() + 4);
        QTest::newRow("missing") << QByteArray() << "truncated";
        QTest::newRow("header only") << good.left(RulePack::HeaderBytes) << "checksum";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "checksum";
        QTest::newRow("one bit flipped") << flipped << "checksum";
        QTest::newRow("not a pack") << QByteArray("schema: 1\nfacts: []\n").repeated(4) << "not a rule pack";
        QTest::newRow("other format version") << version << "format 99";
        QTest::newRow("wrong magic") << magic << "not a rule pack";
        QTest::newRow("truncated, resealed") << resealed(good.left(good.size() / 2)) << "corrupt";
        QTest::newRow("trailing bytes, resealed") << resealed(good + QByteArray(7, 'x')) << "trailing";
    }
    void damagedPackIsRefused() {
        QFETCH(QByteArray, pack);
        QFETCH(QString, reason);
        std::vector<PackedFile> files;
        QString error;
        QVERIFY(!RulePack::read(pack, &files, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(files.empty());
        // The program still starts with every bundled rule set, from the YAML.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("reading the bundled rule files instead")));
        RuleLibrary lib;
        QCOMPARE(lib.loadBundled(pack), RuleLibrary::BundledSource::Yaml);
        QVERIFY(!lib.hasErrors());
        QCOMPARE(int(lib.ruleSets().size()), 13);
    }

    void stalePackIsRefused_data() {
        QTest::addColumn<QString>("change");
        QTest::newRow("a file missing") << "drop";
        QTest::newRow("an extra file") << "extra";
        QTest::newRow("a file of another size") << "resize";
    }
    void stalePackIsRefused() {
        QFETCH(QString, change);
        std::vector<PackedFile> files;
        QString error;
        QVERIFY(RulePack::read(bundledPack(), &files, &error));
        if (change == QLatin1String("drop"))
            files.pop_back();
        else if (change == QLatin1String("extra"))
            files.push_back({QStringLiteral(":/rules/x/new.yaml"), 1, QString(), DocNode()});
        else
            files.front().size += 1;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rule pack.*reading the bundled rule files")));
        RuleLibrary lib;
        QCOMPARE(lib.loadBundled(RulePack::write(files)), RuleLibrary::BundledSource::Yaml);
        QVERIFY(!lib.hasErrors());
        QCOMPARE(int(lib.ruleSets().size()), 13);
    }

    // Files users load still get every check the pack lets bundled files skip.
    void userFilesKeepEveryCheck_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QByteArray wide = "facts:\n  - {id: x, type: number, label: 标签";
        for (int i = 0; i < 40; ++i)
            wide += ", k" + QByteArray::number(i) + ": 1";
        wide += ", k7: 2}\n";
        QByteArray deep = "facts:\n";
        for (int i = 1; i <= 45; ++i)
            deep += QByteArray(2 * i, ' ') + "- \n";
        QTest::newRow("duplicate key") << QByteArray("facts: []\nschema: 1\nfacts: []\n") << 3 << 1
                                       << "duplicate key 'facts' (first defined at line 1)";
        // Column 348 counts characters: 标签 is 2 characters, 6 bytes.
        QTest::newRow("duplicate key in a wide mapping")
            << wide << 2 << 348 << "duplicate key 'k7' (first defined at line 2)";
        // Where it goes past 40 levels (issue 18: it had no line:column).
        QTest::newRow("deep block nesting") << deep << 42 << 83 << "nested more than 40 levels";
    }
    void userFilesKeepEveryCheck() {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        RuleLibrary lib;
        lib.loadSources({{QStringLiteral("user.yaml"), yaml, false}});
        const Diagnostics &d = lib.files().first().diagnostics;
        const Diagnostic *match = nullptr;
        for (const Diagnostic &x : d)
            if (x.message.contains(message)) match = &x;
        QVERIFY2(match, qPrintable(d.isEmpty() ? QStringLiteral("no diagnostics") : d.first().toString()));
        QCOMPARE(match->severity, Diagnostic::Error);
        QCOMPARE(match->line, line);
        QCOMPARE(match->column, column);
        QVERIFY(!lib.files().first().ok);
    }

    // Damage anywhere in a pack whose checksum still fits must be refused or read safely: never a
    // crash, an endless loop or a huge allocation (run this suite under the sanitizers).
    void forgedPacksNeverCrash() {
        RuleDocument facts;
        Diagnostics diags;
        QFile f(QStringLiteral(":/rules/facts.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(facts.parseYaml(QStringLiteral(":/rules/facts.yaml"), content, &diags));
        const QByteArray good =
            RulePack::write({{facts.path(), qint64(content.size()), facts.contentHash(), facts.rootNode()}});
        QRandomGenerator rng(9);
        int refused = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray bad = good;
            const int at = RulePack::HeaderBytes + int(rng.bounded(good.size() - RulePack::HeaderBytes));
            bad[at] = char(rng.bounded(256));
            if (i % 3 == 0)
                qToLittleEndian(quint32(rng.generate()), bad.data() + std::min<int>(at, bad.size() - 4));
            std::vector<PackedFile> files;
            QString error;
            if (!RulePack::read(resealed(bad), &files, &error)) {
                ++refused;
                QVERIFY(files.empty());
                QVERIFY(!error.isEmpty());
            }
        }
        QVERIFY(refused > 0);
    }

    // The tree survives the pack exactly, including what only error messages use.
    void treeRoundTrips() {
        RuleDocument doc;
        Diagnostics diags;
        const QByteArray yaml = "a: 1\n"
                                "b: {x: \"引号\", y: [1, 2, ~]}\n"
                                "c:\n  - |\n    多行\n    text\n  - null\n"
                                "d: ''\n";
        QVERIFY(doc.parseYaml(QStringLiteral("t.yaml"), yaml, &diags));
        std::vector<PackedFile> files;
        QString error;
        QVERIFY(RulePack::read(
            RulePack::write({{QStringLiteral("t.yaml"), yaml.size(), doc.contentHash(), doc.rootNode()}}),
            &files, &error));
        QCOMPARE(int(files.size()), 1);
        const DocRef a = doc.root(), b = DocRef(&files[0].root);
        QCOMPARE(files[0].contentHash, doc.contentHash());
        QCOMPARE(b["b"].isFlow(), true);
        QCOMPARE(b["b"]["x"].text(), QStringLiteral("引号"));
        QCOMPARE(b["b"]["x"].pos().column, a["b"]["x"].pos().column);
        QCOMPARE(b["b"]["y"].size(), 3);
        QVERIFY(b["c"].isSequence());
        QCOMPARE((*b["c"].items().begin()).text(), QStringLiteral("多行\ntext\n"));
        QCOMPARE((*b["c"].items().begin()).pos().line, 4);
        QVERIFY(b["d"].isScalar());
        QVERIFY(b["d"].text().isEmpty());
        QVERIFY(!b["missing"]);
        int count = 0;
        for (const DocEntry &e : b.entries())
            count += e.value.isMissingOrNull() ? 0 : 1;
        QCOMPARE(count, 4);
    }
};

QTEST_GUILESS_MAIN(TestRulePack)
#include "tst_rulepack.moc"
