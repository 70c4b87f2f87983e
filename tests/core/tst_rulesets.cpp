#include "answers.h"
#include "clauselabel.h"
#include "evaluator.h"
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
                add(p.id + u'/' + c.id, c.source, c.quote); // the implicit window and area cite too
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
                if (!c.implicitInForce && !c.implicitArea && !isCatalogueLabel(c.clause))
                    bad << QStringLiteral("%1/%2: clause '%3' is not a catalogue label").arg(p.id, c.id, c.clause);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    // A catalogue label, or an item of a catalogue article (第十五条第(一)项 where the catalogue
    // lists 第十五条 as a whole), so that siblings cite alike.
    bool isCatalogueLabel(const QString &clause) const
    {
        if (m_catalogue.contains(clause)) return true;
        static const QRegularExpression item(QStringLiteral("^(第[一二三四五六七八九十百]+条)第\\([一二三四五六七八九十]+\\)项$"));
        const QRegularExpressionMatch m = item.match(clause);
        return m.hasMatch() && m_catalogue.contains(QStringLiteral("**%1**").arg(m.captured(1)));
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

    // Issue 22 item 1: every regional rule set declares its area, and every programme of it checks
    // the firm's registered location (implicitly, or by a criterion of its own that the file names,
    // or says with a quote why the text sets no restriction). National ones have none.
    void everyRegionalProgrammeChecksLocation_data() { examples_data(); }
    void everyRegionalProgrammeChecksLocation() {
        QFETCH(QString, id);
        const RuleSet *rs = m_lib.ruleSet(id);
        const bool national = rs->region == QLatin1String("national");
        QCOMPARE(rs->area.isNational(), national);
        for (const Programme &p : rs->programmes) {
            int implicit = 0;
            for (const Criterion &c : p.criteria)
                if (c.implicitArea) {
                    ++implicit;
                    QVERIFY2(!c.clause.isEmpty() && (!c.quote.isEmpty() || !c.interpretation.isEmpty()),
                             qPrintable(p.id + QStringLiteral(": the location criterion cites nothing")));
                }
            if (national) {
                QVERIFY2(implicit == 0 && p.areaCriterion.isEmpty(), qPrintable(p.id));
                continue;
            }
            QVERIFY2(implicit + (p.areaCriterion.isEmpty() ? 0 : 1) == 1,
                     qPrintable(p.id + QStringLiteral(": exactly one location criterion expected")));
        }
    }

    // A firm registered elsewhere is never eligible for a regional programme, and one that has not
    // said where it is registered is not either: each example of each regional rule set, moved to
    // another province (and with the location unanswered), gives no eligible, needs_review or
    // no_conditions verdict except where the text lifts the restriction (an `info` criterion).
    void elsewhereIsNeverEligible_data() { examples_data(); }
    void elsewhereIsNeverEligible() {
        QFETCH(QString, id);
        const RuleSet *rs = m_lib.ruleSet(id);
        if (rs->area.isNational()) QSKIP("national rule set: no area");
        const FactDefinition *province = m_lib.facts().find(QStringLiteral("province"));
        const FactDefinition *city = m_lib.facts().find(QStringLiteral("city"));
        QVERIFY(province && city);
        const QString elsewhere = rs->area.province == QLatin1String("guangdong")
                                      ? QStringLiteral("fujian")
                                      : QStringLiteral("guangdong");
        int judged = 0;
        QStringList bad;
        for (const Example &ex : rs->examples) {
            for (int variant = 0; variant < 2; ++variant) {
                Answers a;
                a.values = ex.facts;
                a.values.remove(QStringLiteral("province"));
                a.values.remove(QStringLiteral("city"));
                if (variant == 0) {
                    a.values.insert(QStringLiteral("province"), Value::fromChoice(elsewhere));
                    a.values.insert(QStringLiteral("city"), Value::fromChoice(QStringLiteral("other")));
                }
                // Not a central institution in Zhejiang either (that widens the Zhejiang scope).
                a.values.insert(QStringLiteral("is_central_institution_in_zhejiang"), Value::fromBool(false));
                const FactValues values = a.toFactValues(m_lib.facts(), ex.asOf.value_or(rs->effectiveFrom));
                for (const Programme &p : rs->programmes) {
                    bool unrestricted = false;
                    for (const Criterion &c : p.criteria)
                        unrestricted = unrestricted || (c.implicitArea && c.kind == CriterionKind::Info);
                    if (unrestricted) continue;
                    ++judged;
                    const Verdict v = Evaluator::verdictOf(*rs, p, values);
                    if (v == Verdict::Eligible || v == Verdict::NeedsReview || v == Verdict::NoConditions)
                        bad << QStringLiteral("%1 / %2 (%3): %4")
                                   .arg(ex.name, p.id, variant ? QStringLiteral("no location") : elsewhere,
                                        verdictName(v));
                    if (variant == 0 && v != Verdict::NotEligible && v != Verdict::NotApplicable)
                        bad << QStringLiteral("%1 / %2 (%3): %4, expected not_eligible")
                                   .arg(ex.name, p.id, elsewhere, verdictName(v));
                }
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
        QVERIFY(judged > 0);
    }

    // Issue 17 item 5: each programme says for whom it is, in the shared applicant_type vocabulary,
    // so a relevance filter can use it.
    void everyProgrammeHasApplicantTypes()
    {
        const FactDefinition *at = m_lib.facts().find(QStringLiteral("applicant_type"));
        QVERIFY(at);
        for (const auto &rs : m_lib.ruleSets())
            for (const Programme &p : rs->programmes) {
                QVERIFY2(!p.applicantTypes.isEmpty(), qPrintable(rs->id + u'/' + p.id));
                for (const QString &t : p.applicantTypes) QVERIFY2(at->choice(t), qPrintable(t));
            }
    }

    // Issue 16: an English reader meets no Chinese-only label from rule data. Every text the
    // program shows from a rule file has its English, and the English has no Chinese character:
    // programme titles and applicants, fact labels and help, choice labels, parameter labels,
    // criterion, amount and band labels, evidence items, and clause labels rendered in English.
    // Allowed on purpose (not checked): the document's own title and 文号 (its identity, shown
    // with title_en beside it), quotes and source texts (verbatim law), and the interpretation
    // and verification notes, which discuss the Chinese wording (以上 includes the number…).
    void englishHasNoChinese() {
        QStringList bad;
        auto check = [&](const QString &where, const LocalizedText &t) {
            if (t.isEmpty()) return;
            if (t.en.isEmpty())
                bad << where + QStringLiteral(": no English for ") + t.zh;
            else if (containsCjk(t.en))
                bad << where + QStringLiteral(": ") + t.en;
        };
        int checked = 0;
        for (int slot = 0; slot < m_lib.facts().size(); ++slot) {
            const FactDefinition &f = m_lib.facts().at(slot);
            if (f.builtin) continue;
            check(QStringLiteral("fact ") + f.id, f.label);
            check(QStringLiteral("fact help ") + f.id, f.help);
            for (const ChoiceOption &c : f.choices)
                check(QStringLiteral("choice ") + f.id + u'/' + c.id, c.label);
            checked += 1;
        }
        for (const auto &rs : m_lib.ruleSets()) {
            QVERIFY2(!rs->titleEn.isEmpty() && !containsCjk(rs->titleEn), qPrintable(rs->id));
            for (const Parameter &par : rs->parameters)
                check(rs->id + QStringLiteral(" parameter ") + par.id, par.label);
            for (const Programme &p : rs->programmes) {
                const QString at = rs->id + u'/' + p.id;
                check(at + QStringLiteral(" title"), p.title);
                check(at + QStringLiteral(" applicant"), p.applicant);
                for (const Criterion &c : p.criteria) {
                    check(at + u'/' + c.id, c.label);
                    for (const LocalizedText &e : c.evidence)
                        check(at + u'/' + c.id + QStringLiteral(" evidence"), e);
                    if (containsCjk(clauseLabelOf(c, Lang::En)))
                        bad << at + u'/' + c.id + QStringLiteral(" clause: ") + clauseLabelOf(c, Lang::En);
                    ++checked;
                }
                for (const Amount &a : p.amounts)
                    check(at + QStringLiteral("/$") + a.id, a.label);
                if (p.outcome)
                    for (const Band &b : p.outcome->bands)
                        check(at + QStringLiteral(" band ") + b.id, b.label);
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
        QVERIFY(checked > 300);
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
