// The limits that keep a file from a stranger harmless: a rule file, an answers file and a firms
// import file that try to exhaust time or memory (aliases, nesting, size, counts) are refused
// quickly with an error that says why, and files just inside the limits still load.
#include "answers.h"
#include "database.h"
#include "firmexchange.h"
#include "rulelibrary.h"
#include "yamlsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace eligicheck;

namespace {

// Generous: the sanitizer build is about ten times slower than a release build. Without the
// limits these inputs run for minutes or exhaust memory.
constexpr qint64 QuickMs = 5000;

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Anchors that each refer `perLevel` times to the one before: perLevel^levels values when expanded.
QByteArray laughs(int levels, int perLevel, const QByteArray &before = " ", const QByteArray &lead = "") {
    QByteArray doc = "l0: &l0 [x, x, x]\n";
    for (int i = 1; i <= levels; ++i) {
        const QByteArray prev = "*l" + QByteArray::number(i - 1);
        doc += "l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [" + lead;
        for (int k = 0; k < perLevel; ++k)
            doc += (k ? "," + before : QByteArray()) + prev;
        doc += "]\n";
    }
    return doc;
}

QByteArray flowNesting(int depth) {
    return "facts: " + QByteArray(depth, '[') + QByteArray(depth, ']') + "\n";
}

QByteArray blockNesting(int depth) {
    QByteArray doc = "facts:\n";
    for (int i = 1; i <= depth; ++i)
        doc += QByteArray(2 * i, ' ') + "-\n";
    return doc;
}

QByteArray oversized() {
    return "# " + QByteArray(int(MaxRuleFileBytes), 'x') + "\n";
}

// The loader's base-ok.yaml with `count` generated entries in place of one list.
QByteArray ruleFileWith(const QByteArray &what, int count) {
    QByteArray doc = readFile(QStringLiteral(ELIGICHECK_TEST_DATA "/loader/base-ok.yaml"));
    QByteArray list;
    if (what == "facts") {
        for (int i = 0; i < count; ++i)
            list += "  - {id: gen_fact_" + QByteArray::number(i) +
                    ", type: boolean, label: {zh: 生成, en: Gen}}\n";
        doc.replace("facts:\n", "facts:\n" + list);
    } else if (what == "programmes") {
        for (int i = 0; i < count; ++i)
            list += "  - id: gen" + QByteArray::number(i) +
                    "\n    title: {zh: 生成, en: Gen}\n    criteria:\n      - {id: c, clause: 第一条, quote: "
                    "人数不少于10人, "
                    "kind: hard, condition: test_staff_count >= 10}\n";
        doc.replace("programmes:\n", "programmes:\n" + list);
    } else if (what == "criteria") {
        for (int i = 0; i < count; ++i)
            list +=
                "      - {id: gen" + QByteArray::number(i) +
                ", clause: 第一条, quote: 人数不少于10人, kind: hard, condition: test_staff_count >= 10}\n";
        doc.replace("    criteria:\n", "    criteria:\n" + list);
    } else if (what == "examples") {
        for (int i = 0; i < count; ++i)
            list += "  - {name: gen " + QByteArray::number(i) +
                    ", facts: {test_staff_count: 10}, expect: {verdicts: {main: eligible}}}\n";
        doc.replace("examples:\n", "examples:\n" + list);
    }
    return doc;
}

QByteArray unknownFacts(int count) {
    QByteArray doc = "as_of: 2025-06-01\nfirm: {name: 示例公司}\nfacts:\n";
    for (int i = 0; i < count; ++i)
        doc += "  no_such_fact_with_a_rather_long_identifier_" + QByteArray::number(i) + ": 1\n";
    return doc;
}

QString errorsOf(const Diagnostics &d) {
    QStringList out;
    for (const Diagnostic &x : d)
        if (x.severity == Diagnostic::Error) out << x.toString();
    return out.join(u'\n').left(600);
}

bool hasError(const Diagnostics &d, const QString &text) {
    for (const Diagnostic &x : d)
        if (x.severity == Diagnostic::Error && x.message.contains(text)) return true;
    return false;
}

// The data rows shared by every file type: YAML-level attacks.
void addYamlAttacks() {
    QTest::newRow("billion laughs: many aliases") << laughs(25, 5) << "too many YAML aliases";
    // 99 aliases, three per anchor: under the alias count, but 3^33 values when walked.
    QTest::newRow("billion laughs: few aliases, deep") << laughs(33, 3) << "YAML expands to more than";
    // Aliases a text scan missed: after a tab, and after a double quote inside single quotes.
    QTest::newRow("aliases after tabs") << laughs(25, 5, "\t") << "too many YAML aliases";
    QTest::newRow("aliases behind a quote") << laughs(25, 5, " ", "'\"', ") << "too many YAML aliases";
    // An alias inside its own anchor's value: yaml-cpp builds a cycle, every walk would loop.
    QTest::newRow("alias cycle") << QByteArray("a: &a [x, *a, *a]\n") << "inside the value of its own anchor";
    QTest::newRow("alias cycle in a mapping")
        << QByteArray("facts: &f\n  rd_staff_count: 3\n  more: *f\n") << "inside the value of its own anchor";
    QTest::newRow("flow nesting") << flowNesting(5000) << "nested more than 40 levels";
    QTest::newRow("file too large") << oversized() << "larger than";
    // Nothing in a file is ever included, loaded or run; a tag that suggests otherwise is refused.
    QTest::newRow("include tag") << QByteArray("facts:\n  rd_staff_count: !include /etc/passwd\n")
                                 << "the YAML tag '!include' is not supported";
    QTest::newRow("tag on a mapping") << QByteArray("facts: !ruby/object {rd_staff_count: 3}\n")
                                      << "the YAML tag '!ruby/object' is not supported";
    QTest::newRow("tag on a key") << QByteArray("facts:\n  !include rd_staff_count: 3\n")
                                  << "the YAML tag '!include' is not supported";
    QTest::newRow("!! tag that is not plain data")
        << QByteArray("facts:\n  rd_staff_count: !!python/object/apply:os.system [ls]\n")
        << "the YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not supported";
    QTest::newRow("verbatim core tag") << QByteArray("facts:\n  rd_staff_count: !<tag:yaml.org,2002:include> x\n")
                                       << "the YAML tag 'tag:yaml.org,2002:include' is not supported";
}

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        m_bundled.loadBundled();
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_db.open(DatabaseLocation::sqlite(m_dir.filePath(QStringLiteral("hostile.db")))).kind,
                 StorageError::None);
    }

    void ruleFileIsRefused_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        addYamlAttacks();
        QTest::newRow("block nesting") << blockNesting(45) << "nested more than 40 levels";
        QTest::newRow("too many facts") << ruleFileWith("facts", MaxFactsPerFile + 1)
                                        << QStringLiteral("too many facts (%1)").arg(MaxFactsPerFile + 3);
        QTest::newRow("too many programmes")
            << ruleFileWith("programmes", MaxProgrammesPerFile) << "too many programmes";
        QTest::newRow("too many criteria")
            << ruleFileWith("criteria", MaxCriteriaPerProgramme) << "too many criteria in one programme";
        QTest::newRow("too many examples")
            << ruleFileWith("examples", MaxExamplesPerFile) << "too many examples";
        QByteArray deep = readFile(QStringLiteral(ELIGICHECK_TEST_DATA "/loader/base-ok.yaml"));
        deep.replace("condition: test_staff_count >= 10",
                     "condition: " + QByteArray(200, '(') + "test_staff_count >= 10" + QByteArray(200, ')'));
        QTest::newRow("expression nested too deeply") << deep << "nested too deeply";
        QByteArray longExpr = readFile(QStringLiteral(ELIGICHECK_TEST_DATA "/loader/base-ok.yaml"));
        QByteArray terms = "test_staff_count >= 10";
        while (terms.size() < 4100)
            terms += " and test_staff_count >= 10";
        longExpr.replace("condition: test_staff_count >= 10", "condition: " + terms);
        QTest::newRow("expression too long") << longExpr << "longer than";
    }
    void ruleFileIsRefused() {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QElapsedTimer t;
        t.start();
        RuleLibrary lib;
        lib.loadSources({{QStringLiteral("hostile.yaml"), content, false}});
        QVERIFY2(t.elapsed() < QuickMs, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(int(lib.files().size()), 1);
        QVERIFY2(hasError(lib.files().first().diagnostics, error),
                 qPrintable(errorsOf(lib.files().first().diagnostics)));
        QVERIFY(lib.ruleSets().empty());
    }

    // Just inside every count limit, the file still loads: the limits refuse only the absurd.
    void ruleFileAtTheLimitsLoads_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("facts") << ruleFileWith("facts", MaxFactsPerFile - 2); // + the file's own two
        QTest::newRow("programmes") << ruleFileWith("programmes", MaxProgrammesPerFile - 1);
        QTest::newRow("criteria") << ruleFileWith("criteria", MaxCriteriaPerProgramme - 1);
        QTest::newRow("examples") << ruleFileWith("examples", MaxExamplesPerFile - 2);
        QTest::newRow("a few aliases")
            << QByteArray(readFile(QStringLiteral(ELIGICHECK_TEST_DATA "/loader/base-ok.yaml"))
                              .replace("issuers: [测试厅]", "issuers: &who [测试厅]")
                              .replace("verified_on: 2025-01-01", "verified_on: 2025-01-01\n  x_note: *who"));
    }
    void ruleFileAtTheLimitsLoads() {
        QFETCH(QByteArray, content);
        RuleLibrary lib;
        lib.loadSources({{QStringLiteral("big.yaml"), content, false}});
        const Diagnostics &d = lib.files().first().diagnostics;
        QVERIFY2(!hasError(d, QStringLiteral("too many")), qPrintable(errorsOf(d)));
        QVERIFY2(!hasError(d, QStringLiteral("YAML")), qPrintable(errorsOf(d)));
    }

    void answersFileIsRefused_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        addYamlAttacks();
        QTest::newRow("20000 unknown facts") << unknownFacts(20000) << "unknown fact";
    }
    void answersFileIsRefused() {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QElapsedTimer t;
        t.start();
        Diagnostics d;
        const auto a = parseAnswers(QStringLiteral("answers.yaml"), content, m_bundled.facts(), &d);
        QVERIFY2(t.elapsed() < QuickMs, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(hasError(d, error), qPrintable(errorsOf(d)));
        Q_UNUSED(a);
    }

    // YAML's own plain-data tags and quoting are data like any other.
    void plainDataTagsAreAccepted() {
        Diagnostics d;
        const auto a = parseAnswers(QStringLiteral("answers.yaml"),
                                    "facts:\n  rd_staff_count: !!int 45\n  !!str main_business_revenue_wan: "
                                    "!!str \"5000\"\n  is_high_tech_enterprise: !!bool true\n",
                                    m_bundled.facts(), &d);
        QVERIFY2(a, qPrintable(errorsOf(d)));
        QCOMPARE(a->values.value(QStringLiteral("rd_staff_count")).toPlainString(), QStringLiteral("45"));
        QCOMPARE(a->values.value(QStringLiteral("main_business_revenue_wan")).toPlainString(), QStringLiteral("5000"));
    }

    void importFileIsRefused_data() { answersFileIsRefused_data(); }
    void importFileIsRefused() {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        FirmExchange exchange(m_db, m_bundled.facts());
        QElapsedTimer t;
        t.start();
        Diagnostics d;
        const auto records = exchange.parse(QStringLiteral("firms.yaml"), content, &d);
        QVERIFY2(t.elapsed() < QuickMs, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!records);
        QVERIFY2(hasError(d, error), qPrintable(errorsOf(d)));
    }

    // What is wrong with a YAML file is reported where it is (line:column), for every kind of
    // file (rule, answers, import), and is what is really wrong: text that is not UTF-8 or holds
    // NUL/control bytes is refused as such, not as "nested more than 40 levels".
    void yamlProblemIsReportedWhereItIs_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("flow nesting") << "facts:\n  x: " + QByteArray(50, '[') + QByteArray(50, ']') + "\n"
                                      << "nested more than 40 levels" << 2 << 6 + 40;
        QTest::newRow("invalid UTF-8 in a comment")
            << QByteArray("facts: {}\n# 注释 \xff\xfe\n") << "not valid UTF-8 (byte 0xff)" << 2 << 6;
        QTest::newRow("truncated UTF-8 sequence")
            << QByteArray("facts:\n  x: \xe4\xb8\n") << "not valid UTF-8 (byte 0xe4)" << 2 << 6;
        QTest::newRow("overlong UTF-8")
            << QByteArray("facts:\n  x: \xc0\xaf\n") << "not valid UTF-8 (byte 0xc0)" << 2 << 6;
        QTest::newRow("NUL byte") << QByteArray("facts:\n  示例: a") + '\0' + QByteArray("b\n")
                                  << "control character U+0000" << 2 << 8;
        QTest::newRow("terminal escape")
            << QByteArray("facts:\n  x: \x1b]0;pwned\x07\n") << "control character U+001b" << 2 << 6;
        QTest::newRow("DEL") << QByteArray("facts:\n  x: a\x7f\n") << "control character U+007f" << 2 << 7;
        // Random bytes: many brackets, but the first thing wrong is that it is not text.
        QByteArray garbage;
        for (int i = 0; i < 4000; ++i)
            garbage += char(i % 7 == 0 ? '[' : (i * 131 + 7) % 256);
        QTest::newRow("garbage") << garbage << "not valid UTF-8" << 1 << 0;
        QTest::newRow("too many aliases") << laughs(25, 5) << "too many YAML aliases" << 22 << 0;
        QTest::newRow("alias cycle") << QByteArray("facts: {}\na: &a [x, *a, *a]\n")
                                     << "inside the value of its own anchor" << 2 << 11;
        QTest::newRow("expansion") << laughs(33, 3) << "YAML expands to more than" << 0 << 0;
    }
    void yamlProblemIsReportedWhereItIs() {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QFETCH(int, line);
        QFETCH(int, column);
        Diagnostics rule, answers, import;
        RuleLibrary lib;
        lib.loadSources({{QStringLiteral("hostile.yaml"), content, false}});
        rule = lib.files().first().diagnostics;
        parseAnswers(QStringLiteral("answers.yaml"), content, m_bundled.facts(), &answers);
        QVERIFY(!FirmExchange(m_db, m_bundled.facts()).parse(QStringLiteral("firms.yaml"), content, &import));
        for (const Diagnostics *d : {&rule, &answers, &import}) {
            QCOMPARE(d->size(), 1);
            const Diagnostic &x = d->first();
            QVERIFY2(x.message.contains(error), qPrintable(x.toString()));
            QVERIFY2(!x.message.contains(QStringLiteral("nested")) ||
                         error.contains(QStringLiteral("nested")),
                     qPrintable(x.toString()));
            QVERIFY2(x.line > 0, qPrintable(x.toString())); // always somewhere
            if (line) QCOMPARE(x.line, line);
            if (column) QCOMPARE(x.column, column);
        }
    }

    // Brackets that are text — in a comment, a quoted value, a block scalar, inside a word — are
    // no nesting: 50 unmatched '[' in a comment is a comment.
    void bracketsInTextAreNotNesting_data() {
        QTest::addColumn<QByteArray>("where");
        const QByteArray many(50, '[');
        QTest::newRow("comment line") << "# " + many + "\n";
        QTest::newRow("comment after a value") << "x_note: a  # " + many + "\n";
        QTest::newRow("double-quoted") << "x_note: \"" + many + "\"\n";
        QTest::newRow("single-quoted") << "x_note: '" + many + "'\n";
        QTest::newRow("quoted over two lines") << "x_note: \"" + many + "\n  " + many + "\"\n";
        QTest::newRow("block scalar") << "x_note: |\n    " + many + "\n\n    " + many + "\n";
        QTest::newRow("folded block scalar") << "x_note: >-\n    " + many + "\n";
        QTest::newRow("inside a word") << "x_note: a" + many + "\n";
    }
    void bracketsInTextAreNotNesting() {
        QFETCH(QByteArray, where);
        QByteArray doc = readFile(QStringLiteral(ELIGICHECK_TEST_DATA "/loader/base-ok.yaml"));
        doc.replace("  verified_on: 2025-01-01\n", "  verified_on: 2025-01-01\n  " + where);
        if (where.startsWith('#')) doc = where + doc;
        Diagnostics d;
        YamlFile yf(QStringLiteral("ok.yaml"), doc);
        QVERIFY2(yf.parse(&d), qPrintable(errorsOf(d)));
    }

    // A choice fact extended with a choice id it already has is refused where the id is written
    // (it was silently dropped: two meanings under one id).
    void extensionRepeatingAChoiceIsRefused() {
        QByteArray doc = readFile(QStringLiteral(ELIGICHECK_TEST_DATA "/loader/base-ok.yaml"));
        doc.replace("facts:\n", "facts:\n"
                                "  - id: test_kind\n"
                                "    type: choice\n"
                                "    label: {zh: 类型, en: Kind}\n"
                                "    choices:\n"
                                "      - {id: lab, label: {zh: 实验室, en: Lab}}\n"
                                "  - extends: test_kind\n"
                                "    choices:\n"
                                "      - {id: centre, label: {zh: 中心, en: Centre}}\n"
                                "      - {id: lab, label: {zh: 另一个实验室, en: Another lab}}\n");
        RuleLibrary lib;
        lib.loadSources({{QStringLiteral("extends.yaml"), doc, false}});
        const Diagnostics &d = lib.files().first().diagnostics;
        QVERIFY2(hasError(d, QStringLiteral("fact 'test_kind' already has the choice 'lab' (实验室)")),
                 qPrintable(errorsOf(d)));
        for (const Diagnostic &x : d)
            if (x.message.contains(QStringLiteral("already has the choice")))
                QCOMPARE(QStringLiteral("%1:%2").arg(x.line).arg(x.column),
                         QStringLiteral("23:14")); // the second `lab`
        QVERIFY(lib.ruleSets().empty());
    }

    // "Did you mean" is computed with shortcuts so that hostile files stay fast; it must still
    // suggest exactly what the plain edit-distance definition does.
    void suggestionsAreUnchanged() {
        QStringList ids;
        for (int i = 0; i < m_bundled.facts().size(); ++i)
            ids << m_bundled.facts().at(i).id;
        QVERIFY(ids.size() > 50);
        QStringList words;
        for (int i = 0; i < ids.size(); i += 3) {
            const QString id = ids[i];
            words << id.left(id.size() - 1) << id + QStringLiteral("x") << QString(id).replace(1, 1, u'q')
                  << id.mid(2) << QString(id).replace(u'_', u'-') << id.left(4);
        }
        words << QStringLiteral("revenue") << QStringLiteral("研发费用") << QStringLiteral("x") << QString();
        for (const QString &w : words) {
            QList<QPair<int, QString>> scored;
            const int limit = std::max(2, int(w.size()) / 3);
            for (const QString &c : ids) {
                const int d = editDistance(w, c);
                if (d <= limit || (c.contains(w) && w.size() >= 4)) scored.append({d, c});
            }
            std::sort(scored.begin(), scored.end());
            QStringList expected;
            for (int i = 0; i < scored.size() && i < 3; ++i)
                expected << scored[i].second;
            QCOMPARE(closestMatches(w, ids), expected);
        }
    }

private:
    RuleLibrary m_bundled;
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
