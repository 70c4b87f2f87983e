#include "documenthtml.h"

#include "clauselabel.h"
#include "explanation.h"
#include "sourcelink.h"

#include <QStringList>

namespace eligicheck {

namespace {

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}
QString pick(Lang lang, const char16_t *zh, const char16_t *en) {
    return QString::fromUtf16(lang == Lang::Zh ? zh : en);
}

// The clause label with "查看原文" under it, linking to the source viewer.
QString clauseCell(const QString &clause, const QUrl &link, Lang lang) {
    return QStringLiteral("<td valign=\"top\" nowrap>%1<br/><small><a href=\"%2\">%3</a></small></td>")
        .arg(esc(clause), esc(link.toString(QUrl::FullyEncoded)), pick(lang, u"查看原文", u"View source"));
}

QString row(const QString &label, const QString &value) {
    if (value.isEmpty()) return QString();
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

} // namespace

QString documentHtml(const RuleSet &rs, Lang lang) {
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(rs.title));
    if (lang == Lang::En && !rs.titleEn.isEmpty())
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(rs.titleEn));
    h += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"3\">");
    h += row(pick(lang, u"文号", u"Document number"), rs.documentNumber);
    h += row(pick(lang, u"发文机关", u"Issued by"),
             rs.issuers.join(lang == Lang::Zh ? QStringLiteral("、") : QStringLiteral(", ")));
    h += row(pick(lang, u"地区", u"Region"), regionLabel(rs.region, lang));
    h += row(pick(lang, u"发布日期", u"Issued"), rs.issued ? formatDate(*rs.issued, lang) : QString());
    h += row(pick(lang, u"有效期", u"Valid"),
             QStringLiteral("%1 – %2").arg(formatDate(rs.effectiveFrom, lang),
                                           rs.effectiveTo ? formatDate(*rs.effectiveTo, lang)
                                                          : pick(lang, u"未规定失效日期", u"no end date")));
    if (!rs.validity.quote.isEmpty())
        h += row(pick(lang, u"有效期依据", u"Validity clause"),
                 QStringLiteral("%1 “%2”").arg(clauseLabelOf(rs.validity, lang), rs.validity.quote));
    h += row(pick(lang, u"核对", u"Verified"),
             rs.verifiedOn.isValid() ? formatDate(rs.verifiedOn, lang) : QString());
    h += row(pick(lang, u"规则文件", u"Rule file"), rs.filePath);
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
             .arg(esc(SourceLink::forDocument(rs.id).toString(QUrl::FullyEncoded)),
                  pick(lang, u"查看政策原文", u"View the official text"));

    for (const Programme &p : rs.programmes) {
        h +=
            QStringLiteral("<h3><a name=\"programme-%1\"></a>%2</h3>").arg(esc(p.id), esc(p.title.get(lang)));
        if (!p.applicant.isEmpty())
            h += QStringLiteral("<p><b>%1</b>%2</p>")
                     .arg(pick(lang, u"申报主体：", u"Applicant: "), esc(p.applicant.get(lang)));
        if (!p.interpretation.isEmpty())
            h += QStringLiteral("<p><i>%1</i></p>").arg(esc(p.interpretation.get(lang)));
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
        h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(pick(lang, u"条款", u"Clause"), pick(lang, u"类型", u"Kind"),
                      pick(lang, u"原文", u"Text"));
        for (const Criterion &c : p.criteria) {
            if (c.implicitInForce) continue; // shown in the metadata above
            QString text = QStringLiteral("“%1”").arg(esc(c.quote));
            if (!c.interpretation.isEmpty())
                text += QStringLiteral("<br/><small><i>%1%2</i></small>")
                            .arg(pick(lang, u"解读：", u"Reading: "), esc(c.interpretation.get(lang)));
            h += QStringLiteral("<tr>%1<td valign=\"top\" nowrap>%2</td><td>%3</td></tr>")
                     .arg(clauseCell(clauseLabelOf(c, lang), SourceLink::forCriterion(rs.id, p.id, c.id),
                                     lang),
                          esc(kindText(c.kind, lang)), text);
        }
        for (const Amount &a : p.amounts)
            h += QStringLiteral("<tr>%1<td valign=\"top\" nowrap>%2</td><td>“%3”</td></tr>")
                     .arg(clauseCell(clauseLabelOf(a, lang), SourceLink::forAmount(rs.id, p.id, a.id), lang),
                          pick(lang, u"支持金额", u"Support amount"), esc(a.quote));
        if (p.outcome)
            h += QStringLiteral("<tr>%1<td valign=\"top\" nowrap>%2</td><td>“%3”</td></tr>")
                     .arg(clauseCell(clauseLabelOf(*p.outcome, lang), SourceLink::forOutcome(rs.id, p.id),
                                     lang),
                          pick(lang, u"结果分档", u"Outcome bands"), esc(p.outcome->quote));
        h += QStringLiteral("</table>");
    }
    return h;
}

} // namespace eligicheck
