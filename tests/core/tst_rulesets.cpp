#include "examplerunner.h"
#include "rulelibrary.h"
#include "sourcetext.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace eligicheck;

// Every bundled rule set: its examples pass, every quote is word for word in the official text
// it names in rules/sources/, and its clause labels are the catalogue's (docs/policy-catalogue.md).
// Everything read here is inside the repository: a fresh clone tests itself.
class TestRuleSets : public QObject {
    Q_OBJECT
    RuleLibrary m_lib;
    QHash<QString, QString> m_sources; // file name in rules/sources/ → text
    QString m_catalogue;

    struct Quote {
        QString where;
        QString source;
        QString text;
    };

    QVector<Quote> quotesOf(const RuleSet &rs)
    {
        QVector<Quote> out;
        auto add = [&](const QString &where, const QString &source, const QString &text) {
            if (!text.isEmpty()) out.append({where, source.isEmpty() ? rs.source : source, text});
        };
        add(QStringLiteral("validity"), QString(), rs.validity.quote);
        for (const Parameter &p : rs.parameters) add(QStringLiteral("parameter ") + p.id, p.source, p.quote);
        for (const Programme &p : rs.programmes) {
            for (const Criterion &c : p.criteria)
                if (!c.implicitInForce) add(p.id + u'/' + c.id, c.source, c.quote);
            for (const Amount &a : p.amounts) add(p.id + QStringLiteral("/$") + a.id, a.source, a.quote);
            if (p.outcome) {
                add(p.id + QStringLiteral("/outcome"), p.outcome->source, p.outcome->quote);
                for (const Band &b : p.outcome->bands) add(p.id + QStringLiteral("/band ") + b.id, p.outcome->source, b.quote);
            }
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_lib.setLoadBundledExamples(true); // examples() runs them
        m_lib.loadBundled();
        QVERIFY(!m_lib.hasErrors());
        QDir sources(QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules/sources"));
        for (const QString &name : sources.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
            QFile f(sources.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            m_sources.insert(name, QString::fromUtf8(f.readAll()));
        }
        QVERIFY2(!m_sources.isEmpty(), qPrintable(sources.path()));
        QFile cat(QStringLiteral(ELIGICHECK_SOURCE_DIR "/docs/policy-catalogue.md"));
        QVERIFY(cat.open(QIODevice::ReadOnly));
        m_catalogue = QString::fromUtf8(cat.readAll());
    }

    void thirteenDocuments()
    {
        const QStringList expected = {
            QStringLiteral("gx-enterprise-tech-center"),       QStringLiteral("gx-proof-of-concept-center"),
            QStringLiteral("gx-industrial-park-management"),   QStringLiteral("gx-sci-tech-enclave"),
            QStringLiteral("lz-manufacturing-upgrade-2025"),   QStringLiteral("lz-school-enterprise-cooperation"),
            QStringLiteral("cn-employment-stabilization-2023"), QStringLiteral("sh-investment-promotion-2023"),
            QStringLiteral("sd-vocational-skill-master-studio"), QStringLiteral("xt-school-enterprise-talent-cooperation"),
            QStringLiteral("zj-individual-business-to-enterprise"), QStringLiteral("zj-sci-tech-achievement-transformation"),
            QStringLiteral("zj-2024-spring-festival-stable-employment")};
        for (const QString &id : expected) QVERIFY2(m_lib.ruleSet(id), qPrintable(id));
        QCOMPARE(int(m_lib.ruleSets().size()), expected.size());
    }

    void examples_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto &rs : m_lib.ruleSets()) QTest::newRow(qPrintable(rs->id)) << rs->id;
    }
    void examples()
    {
        QFETCH(QString, id);
        const RuleSet *rs = m_lib.ruleSet(id);
        ExampleReport rep = runExamples(*rs, m_lib.facts());
        QStringList failures;
        for (const Diagnostic &d : rep.failures) failures << d.toString();
        QVERIFY2(rep.failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(rep.examples >= 5);
    }

    void quotesAreVerbatim_data() { examples_data(); }
    void quotesAreVerbatim()
    {
        QFETCH(QString, id);
        const RuleSet *rs = m_lib.ruleSet(id);
        QStringList bad;
        int checked = 0;
        for (const Quote &q : quotesOf(*rs)) {
            if (q.source == QLatin1String("external")) continue; // cited from another document
            if (!m_sources.contains(q.source)) {
                bad << QStringLiteral("%1: no source text '%2' in rules/sources/").arg(q.where, q.source);
                continue;
            }
            // The same whitespace-insensitive search that highlights the quote in the source viewer.
            if (!QuoteLocator(m_sources[q.source]).find(q.text).isValid())
                bad << QStringLiteral("%1: not in %2: %3").arg(q.where, q.source, q.text.trimmed());
            ++checked;
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
        QVERIFY(checked > 0);
    }

    // Each rule set names its own text, <id>.txt, and every text in rules/sources/ belongs to a
    // rule set: no document without its text, no stray text the program would carry for nothing.
    void everyRuleSetHasItsSourceText()
    {
        QSet<QString> named;
        for (const auto &rs : m_lib.ruleSets()) {
            QCOMPARE(rs->source, rs->id + QStringLiteral(".txt"));
            QVERIFY2(m_sources.contains(rs->source), qPrintable(rs->source));
            QVERIFY2(QuoteLocator(m_sources.value(rs->source)).find(rs->title).isValid(), qPrintable(rs->id));
            named.insert(rs->source);
        }
        for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
            QVERIFY2(named.contains(it.key()), qPrintable(it.key() + QStringLiteral(" is named by no rule set")));
    }

    void clauseLabelsAreTheCatalogues_data() { examples_data(); }
    void clauseLabelsAreTheCatalogues()
    {
        QFETCH(QString, id);
        const RuleSet *rs = m_lib.ruleSet(id);
        QStringList bad;
        for (const Programme &p : rs->programmes)
            for (const Criterion &c : p.criteria)
                if (!c.implicitInForce && !m_catalogue.contains(c.clause))
                    bad << QStringLiteral("%1/%2: clause '%3' is not a catalogue label").arg(p.id, c.id, c.clause);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    void metadataIsComplete_data() { examples_data(); }
    void metadataIsComplete()
    {
        QFETCH(QString, id);
        const RuleSet *rs = m_lib.ruleSet(id);
        QVERIFY(!rs->title.isEmpty());
        QVERIFY(rs->verifiedOn.isValid());
        QVERIFY(m_sources.contains(rs->source));
        QVERIFY(knownRegions().contains(rs->region));
        QVERIFY(!rs->programmes.empty());
    }

    // A fact used by several rule sets is one fact (the shared dictionary), so one answer
    // serves every programme.
    void sharedFactsAreShared()
    {
        const FactDefinition *rd = m_lib.facts().find(QStringLiteral("rd_expenditure_wan"));
        QVERIFY(rd);
        QVERIFY(rd->definedIn.endsWith(QLatin1String("facts.yaml")));
        int users = 0;
        for (const auto &rs : m_lib.ruleSets()) {
            bool uses = false;
            for (const Programme &p : rs->programmes)
                for (const Criterion &c : p.criteria)
                    uses = uses || (!c.condition.isNull() && c.condition.referencedSlots().contains(rd->slot));
            users += uses;
        }
        QVERIFY(users >= 2);
    }
};

QTEST_GUILESS_MAIN(TestRuleSets)
#include "tst_rulesets.moc"
