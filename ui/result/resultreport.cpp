#include "resultreport.h"

#include "clauselabel.h"
#include "explanation.h"
#include "icons.h"
#include "sourcelink.h"

namespace eligicheck {

namespace {

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

bool isDeclaration(const CriterionResult &c) {
    return c.criterion->kind == CriterionKind::Declaration;
}

QString coloured(const QString &text, const QColor &c) {
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(c.name(), esc(text));
}

// The clause label, and under it "查看原文" opening the source viewer at its passage.
QString clauseWithSource(const QString &clause, const QUrl &link, const QString &view) {
    return QStringLiteral("%1<br/><small><a href=\"%2\">%3</a></small>")
        .arg(esc(clause), esc(link.toString(QUrl::FullyEncoded)), esc(view));
}

} // namespace

ResultReport::ResultReport(const QVector<AssessedProgramme> &results, const FactRegistry &facts,
                           const QDate &asOf, Lang lang)
    : m_results(results)
    , m_facts(facts)
    , m_asOf(asOf)
    , m_lang(lang) {}

// Report wording follows the rule language (like the core's explanations), not the UI
// translation: a Chinese report stays Chinese even in an English interface and vice versa.
QString ResultReport::word(const char16_t *zh, const char16_t *en) const {
    return QString::fromUtf16(m_lang == Lang::Zh ? zh : en);
}

QStringList ResultReport::evidence(const ProgrammeResult &r) const {
    QStringList out;
    for (const CriterionResult &c : r.criteria) {
        if (c.status == CriterionStatus::NotApplicable || c.status == CriterionStatus::Waived) continue;
        for (const LocalizedText &e : c.criterion->evidence)
            if (!out.contains(e.get(m_lang))) out.append(e.get(m_lang));
    }
    return out;
}

QString ResultReport::toHtml() const {
    QString h;
    h += QStringLiteral("<p>%1 %2</p>")
             .arg(word(u"评估日期：", u"Assessment date:"), formatDate(m_asOf, m_lang));
    if (m_results.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(word(u"尚未选择政策事项。", u"No programme has been chosen yet."));
    for (const AssessedProgramme &ap : m_results) {
        const ProgrammeResult &r = ap.result;
        const Programme &p = *r.programme;
        // A rule between programmes, not above the first (it read as an empty header).
        if (&ap != &m_results.first()) h += QStringLiteral("<hr/>");
        h += QStringLiteral("<h2><a name=\"%1-%2\"></a>%3 — %4</h2>")
                 .arg(esc(ap.ruleSet->id), esc(p.id), esc(p.title.get(m_lang)),
                      coloured(verdictSymbol(r.verdict) + u' ' + verdictText(r.verdict, m_lang),
                               verdictColor(r.verdict)));
        h += QStringLiteral("<p>%1 %2</p>")
                 .arg(esc(ruleSetTitle(*ap.ruleSet, m_lang)), esc(ap.ruleSet->documentNumber));
        if (!r.inForce)
            h += QStringLiteral("<p><b>%1</b></p>")
                     .arg(coloured(word(u"评估日期不在政策有效期内。",
                                        u"The policy is not in force on the assessment date."),
                                   statusColor(CriterionStatus::Fail)));
        if (r.verdict == Verdict::Undetermined && !r.missing.isEmpty())
            h += QStringLiteral("<p><b>%1</b>%2</p>")
                     .arg(word(u"尚需回答：", u"Still to answer: "),
                          esc(missingFactsText(r.missing, m_facts, m_lang)));

        // What stands between the firm and the programme comes first, before the clause list.
        const QVector<Gap> gaps = gapsToEligibility(r, m_lang);
        if (!gaps.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3><ul>").arg(word(u"要达到条件还差多少", u"What it would take"));
            for (const Gap &g : gaps)
                h += QStringLiteral("<li>%1 %2</li>")
                         .arg(esc(clauseLabelOf(*g.criterion, m_lang)), esc(g.text));
            h += QStringLiteral("</ul>");
        }
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
        h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                 .arg(word(u"状态", u"Status"), word(u"条款", u"Clause"), word(u"原文", u"Text"),
                      word(u"说明", u"Explanation"));
        for (const CriterionResult &c : r.criteria) {
            if (isDeclaration(c)) continue;
            h += QStringLiteral("<tr><td valign=\"top\" nowrap>%1</td><td valign=\"top\" nowrap>%2</td>"
                                "<td valign=\"top\">“%3”</td><td valign=\"top\">%4</td></tr>")
                     .arg(coloured(statusSymbol(c.status) + u' ' + statusText(c.status, m_lang),
                                   statusColor(c.status)),
                          clauseWithSource(clauseLabelOf(*c.criterion, m_lang),
                                           SourceLink::forCriterion(ap.ruleSet->id, p.id, c.criterion->id),
                                           word(u"查看原文", u"View source")),
                          esc(c.criterion->quote),
                          esc(explainCriterion(c, *ap.ruleSet, m_facts, m_asOf, m_lang)));
        }
        h += QStringLiteral("</table>");

        if (r.outcome && r.outcome->band)
            h += QStringLiteral("<p><b>%1</b>%2 (%3 “%4”)</p>")
                     .arg(word(u"结果：", u"Outcome: "), esc(r.outcome->band->label.get(m_lang)),
                          esc(clauseLabelOf(*p.outcome, m_lang)),
                          esc(r.outcome->band->quote.isEmpty() ? p.outcome->quote : r.outcome->band->quote));
        if (!r.amounts.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3><ul>").arg(word(u"支持金额", u"Support amounts"));
            for (const AmountResult &a : r.amounts)
                h += QStringLiteral("<li><b>%1</b>%2%3<br/><small>%4 “%5”</small></li>")
                         .arg(esc(a.amount->label.get(m_lang)), word(u"：", u": "),
                              esc(explainAmount(a, m_lang)), esc(clauseLabelOf(*a.amount, m_lang)),
                              esc(a.amount->quote));
            h += QStringLiteral("</ul>");
        }
        bool anyDeclaration = false;
        for (const CriterionResult &c : r.criteria)
            anyDeclaration = anyDeclaration || isDeclaration(c);
        if (anyDeclaration) {
            h += QStringLiteral("<h3>%1</h3><ul>")
                     .arg(word(u"自我声明（申报时须确认）", u"Self-declarations to affirm"));
            for (const CriterionResult &c : r.criteria) {
                if (!isDeclaration(c)) continue;
                const bool affirmed = c.status == CriterionStatus::Pass;
                h += QStringLiteral("<li>%1 %2 “%3”</li>")
                         .arg(affirmed ? QStringLiteral("☑") : QStringLiteral("☐"),
                              esc(clauseLabelOf(*c.criterion, m_lang)), esc(c.criterion->quote));
            }
            h += QStringLiteral("</ul>");
        }
        const QStringList docs = evidence(r);
        if (!docs.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3><ul>").arg(word(u"需准备的材料", u"Documents to prepare"));
            for (const QString &d : docs)
                h += QStringLiteral("<li>%1</li>").arg(esc(d));
            h += QStringLiteral("</ul>");
        }
    }
    return h;
}

QString ResultReport::toPlainText() const {
    QString t;
    t += word(u"评估日期：", u"Assessment date: ") + m_asOf.toString(Qt::ISODate) + u'\n';
    for (const AssessedProgramme &ap : m_results) {
        const ProgrammeResult &r = ap.result;
        const Programme &p = *r.programme;
        t += QStringLiteral("\n■ %1 [%2 %3]: %4\n")
                 .arg(p.title.get(m_lang), ruleSetTitle(*ap.ruleSet, m_lang), ap.ruleSet->documentNumber,
                      verdictText(r.verdict, m_lang));
        if (r.verdict == Verdict::Undetermined && !r.missing.isEmpty())
            t += QStringLiteral("  %1%2\n")
                     .arg(word(u"尚需回答：", u"Still to answer: "),
                          missingFactsText(r.missing, m_facts, m_lang));
        for (const CriterionResult &c : r.criteria) {
            if (isDeclaration(c)) continue;
            t += QStringLiteral("  %1 %2 [%3] “%4”\n      %5\n")
                     .arg(statusSymbol(c.status), clauseLabelOf(*c.criterion, m_lang),
                          statusText(c.status, m_lang), c.criterion->quote,
                          explainCriterion(c, *ap.ruleSet, m_facts, m_asOf, m_lang));
        }
        if (r.outcome && r.outcome->band)
            t += QStringLiteral("  %1%2\n")
                     .arg(word(u"结果：", u"Outcome: "), r.outcome->band->label.get(m_lang));
        for (const AmountResult &a : r.amounts)
            t += QStringLiteral("  %1 %2%3%4\n")
                     .arg(clauseLabelOf(*a.amount, m_lang), a.amount->label.get(m_lang), word(u"：", u": "),
                          explainAmount(a, m_lang));
        for (const Gap &g : gapsToEligibility(r, m_lang))
            t += QStringLiteral("  %1 %2 %3\n")
                     .arg(word(u"差距", u"Gap"), clauseLabelOf(*g.criterion, m_lang), g.text);
        for (const CriterionResult &c : r.criteria)
            if (isDeclaration(c))
                t += QStringLiteral("  %1 %2 %3 “%4”\n")
                         .arg(c.status == CriterionStatus::Pass ? QStringLiteral("[x]")
                                                                : QStringLiteral("[ ]"),
                              word(u"自我声明", u"Self-declaration"), clauseLabelOf(*c.criterion, m_lang),
                              c.criterion->quote);
        const QStringList docs = evidence(r);
        if (!docs.isEmpty())
            t += QStringLiteral("  %1%2\n")
                     .arg(word(u"需准备的材料：", u"Documents to prepare: "),
                          docs.join(m_lang == Lang::Zh ? QStringLiteral("、") : QStringLiteral(", ")));
    }
    return t;
}

} // namespace eligicheck
