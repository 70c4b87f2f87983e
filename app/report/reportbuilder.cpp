#include "reportbuilder.h"

#include "clauselabel.h"
#include "explanation.h"

#include <QFile>
#include <QStringList>
#include <algorithm>
#include <optional>

namespace eligicheck {

namespace {

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

QString td(const QString &html, const QString &attrs = QString()) {
    return (attrs.isEmpty() ? QStringLiteral("<td>") : QStringLiteral("<td %1>").arg(attrs)) + html +
           QStringLiteral("</td>");
}

QString th(const QString &html, const QString &width = QString()) {
    return (width.isEmpty() ? QStringLiteral("<th>") : QStringLiteral("<th width=\"%1\">").arg(width)) +
           html + QStringLiteral("</th>");
}

// Attributes repeated on every table because QTextDocument honours them even where its CSS
// subset does not (full width, no gaps between cells).
const QString kTableAttrs = QStringLiteral("width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"");

struct Row {
    const RuleSetResult *rs = nullptr;
    const ProgrammeResult *p = nullptr;
};

// Writes one report; holds the language and the fact registry so helpers stay short.
class Writer {
public:
    Writer(const FactRegistry &facts, Lang lang)
        : m_facts(facts)
        , m_lang(lang) {}

    QString L(const char16_t *zh, const char16_t *en) const {
        return m_lang == Lang::Zh ? QString::fromUtf16(zh) : QString::fromUtf16(en);
    }
    QString colon() const { return m_lang == Lang::Zh ? QStringLiteral("：") : QStringLiteral(": "); }
    QString sep() const { return m_lang == Lang::Zh ? QStringLiteral("；") : QStringLiteral("; "); }
    QString quoted(const QString &quote) const {
        return QStringLiteral("「") + esc(quote) + QStringLiteral("」");
    }
    QString orBlank(const QString &s) const {
        return s.isEmpty() ? L(u"（未填写）", u"(not given)") : esc(s);
    }
    QString date(const QDate &d) const {
        return d.isValid() ? formatDate(d, m_lang) : L(u"未载明", u"not stated");
    }

    QString validityText(const RuleSet &rs) const {
        return date(rs.effectiveFrom) + QStringLiteral(" – ") +
               (rs.effectiveTo ? date(*rs.effectiveTo) : L(u"长期", u"open-ended"));
    }

    QString documentNumber(const RuleSet &rs) const {
        return rs.documentNumber.isEmpty() ? L(u"（无文号）", u"(no document number)")
                                           : esc(rs.documentNumber);
    }

    QString verdictCell(Verdict v) const {
        return QStringLiteral("<span class=\"verdict\">%1 %2</span>")
            .arg(verdictSymbol(v), esc(verdictText(v, m_lang)));
    }

    // "100万元 – 500万元", "最高 300万元", "待定"; several amounts joined with their labels.
    QString amountRange(const ProgrammeResult &p, int section) const {
        QStringList parts;
        int applicable = 0, unknown = 0;
        std::optional<Number> highest;
        for (const AmountResult &a : p.amounts) {
            if (!a.applicable) continue;
            ++applicable;
            if (!a.max.isKnown())
                ++unknown;
            else if (!highest || *highest < a.max.number())
                highest = a.max.number();
        }
        // A programme with many support lines would swamp the summary: give the highest cap and
        // point to its section, where every line is itemised.
        if (applicable > 3) {
            QString s = L(u"共 %1 项支持", u"%1 support lines").arg(applicable);
            if (highest)
                s +=
                    L(u"，最高 ", u", highest cap ") + formatNumber(*highest, QStringLiteral("万元"), m_lang);
            if (unknown) s += L(u"；%1 项待定", u"; %1 undetermined").arg(unknown);
            s += L(u"（详见第 %1 节）", u" (see section %1)").arg(section);
            return esc(s);
        }
        for (const AmountResult &a : p.amounts) {
            if (!a.applicable) continue;
            const QString wan = QStringLiteral("万元");
            QString range;
            if (!a.max.isKnown() && !a.amount->max.isNull())
                range = L(u"待定", u"undetermined");
            else if (a.max.isKnown() && a.min.isKnown() && a.min.number() != a.max.number())
                range = formatNumber(a.min.number(), wan, m_lang) + QStringLiteral(" – ") +
                        formatNumber(a.max.number(), wan, m_lang);
            else if (a.max.isKnown() && a.min.isKnown())
                range = formatNumber(a.max.number(), wan, m_lang);
            else if (a.max.isKnown())
                range = L(u"最高 ", u"up to ") + formatNumber(a.max.number(), wan, m_lang);
            else if (a.min.isKnown())
                range = L(u"不低于 ", u"at least ") + formatNumber(a.min.number(), wan, m_lang);
            else
                range = L(u"待定", u"undetermined");
            if (a.amount->perYear) range += L(u"（每年）", u" per year");
            if (applicable > 1) range = a.amount->label.get(m_lang) + colon() + range;
            parts << esc(range);
        }
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("<br>"));
    }

    QString header(const ReportInput &in, const QString &title) const {
        QString h;
        h += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
        h += QStringLiteral("<p class=\"subtitle\">%1</p>\n")
                 .arg(esc(L(u"EligiCheck 政策申报资格自测",
                            u"EligiCheck — eligibility self-check for Chinese support programmes")));
        auto metaRow = [&](const QString &label, const QString &valueHtml) {
            return QStringLiteral("<tr>") + th(esc(label), QStringLiteral("24%")) + td(valueHtml) +
                   QStringLiteral("</tr>\n");
        };
        h += QStringLiteral("<table class=\"meta\" %1>\n").arg(kTableAttrs);
        h += metaRow(L(u"企业名称", u"Firm"), orBlank(in.firmName));
        h += metaRow(L(u"统一社会信用代码", u"Unified social credit code (统一社会信用代码)"),
                     orBlank(in.creditCode));
        h += metaRow(L(u"评估日期", u"Date of assessment"), date(in.assessedOn));
        h += metaRow(L(u"评估基准日", u"Rules evaluated as of"), date(in.asOf));
        h += metaRow(L(u"软件版本", u"Software version"),
                     esc(QStringLiteral("EligiCheck " ELIGICHECK_VERSION)));
        h += metaRow(L(u"报告编制人", u"Prepared by"),
                     in.preparer.isEmpty() ? QStringLiteral("________________") : esc(in.preparer));
        h += QStringLiteral("</table>\n");
        h += QStringLiteral("<table class=\"disclaimer\" %1><tr><td><b>%2</b>%3</td></tr></table>\n")
                 .arg(kTableAttrs, esc(L(u"重要声明：", u"Important: ")),
                      esc(L(u"本报告是依据政策文件公开文本所作的自我评估，仅供申报准备参考，不是主管部门的认"
                            u"定、审批或任何官方决定。"
                            u"结论取决于企业所填信息的真实性和完整性；政策以发文机关的正式文本和当年申报通知"
                            u"为准，"
                            u"标为“需人工复核”“原则性条件”或附有“解释”的条款须由专业人员判断。",
                            u"This report is a self-assessment against the published text of the policy "
                            u"documents, made to help "
                            u"prepare an application. It is not a recognition, approval or any other "
                            u"official decision of the "
                            u"competent authority. Its conclusions depend on the truth and completeness of "
                            u"the answers the firm "
                            u"gave; the official text and the annual call for applications prevail. Clauses "
                            u"marked 'needs "
                            u"review', 'soft requirement' or carrying an interpretation need a "
                            u"professional's judgement.")));
        return h;
    }

    // The anchor of a document's row, which every quote of it links to.
    static QString sourceAnchor(const RuleSet &rs) {
        return QStringLiteral("source-") + rs.contentHash.left(12);
    }

    QString ruleSetTable(const QVector<RuleSetResult> &results) const {
        QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(L(u"所用规则集", u"Rule sets used")));
        h += QStringLiteral("<table %1>\n<tr>").arg(kTableAttrs) +
             th(esc(L(u"政策文件与文号", u"Policy document and 文号")), QStringLiteral("46%")) +
             th(esc(L(u"内容哈希（SHA-256 前12位）", u"Content hash (SHA-256, first 12)")),
                QStringLiteral("18%")) +
             th(esc(L(u"核验日期", u"Verified on")), QStringLiteral("16%")) +
             th(esc(L(u"有效期", u"Validity")), QStringLiteral("20%")) + QStringLiteral("</tr>\n");
        for (const RuleSetResult &r : results) {
            const RuleSet &rs = *r.ruleSet;
            // The anchor every quote of this document links to, and where its full text is.
            // (Named by the content hash: ids are for files and JSON, not for what clients read.)
            QString doc = QStringLiteral("<a name=\"%1\"></a>").arg(sourceAnchor(rs)) + esc(rs.title) +
                          QStringLiteral("<br>") + documentNumber(rs);
            if (!rs.source.isEmpty() && rs.source != QLatin1String("external"))
                doc += QStringLiteral("<br><span class=\"small\">%1</span>")
                           .arg(esc(L(u"全文见 EligiCheck 中的“查看原文”", u"Full text: “View source” in EligiCheck")));
            QString validity = esc(validityText(rs));
            if (!r.inForce)
                validity += QStringLiteral("<br><b>%1</b>")
                                .arg(esc(L(u"评估基准日不在有效期内", u"not in force on the as-of date")));
            h += QStringLiteral("<tr>") + td(doc) +
                 td(QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(rs.contentHash.left(12)))) +
                 td(esc(date(rs.verifiedOn))) + td(validity) + QStringLiteral("</tr>\n");
        }
        return h + QStringLiteral("</table>\n");
    }

    QString summaryTable(const std::vector<Row> &rows) const {
        QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(L(u"结论汇总", u"Summary")));
        h += QStringLiteral("<table class=\"summary\" %1>\n<tr>").arg(kTableAttrs) +
             th(QStringLiteral("#"), QStringLiteral("5%")) +
             th(esc(L(u"申报项目", u"Programme")), QStringLiteral("39%")) +
             th(esc(L(u"文号", u"文号 (document number)")), QStringLiteral("20%")) +
             th(esc(L(u"结论", u"Verdict")), QStringLiteral("14%")) +
             th(esc(L(u"支持金额", u"Support amount")), QStringLiteral("22%")) + QStringLiteral("</tr>\n");
        int n = 0;
        for (const Row &row : rows) {
            const RuleSet &rs = *row.rs->ruleSet;
            QString programme =
                esc(row.p->programme->title.get(m_lang)) +
                QStringLiteral("<br><span class=\"small\">%1</span>").arg(esc(ruleSetTitle(rs, m_lang)));
            ++n;
            h += QStringLiteral("<tr>") + td(QString::number(n)) + td(programme) + td(documentNumber(rs)) +
                 td(verdictCell(row.p->verdict)) + td(amountRange(*row.p, n)) + QStringLiteral("</tr>\n");
        }
        return h + QStringLiteral("</table>\n");
    }

    QString criteriaTable(const RuleSetResult &r, const ProgrammeResult &p) const {
        QString h = QStringLiteral("<h3>%1</h3>\n").arg(esc(L(u"逐条对照", u"Criteria, clause by clause")));
        h += QStringLiteral("<table class=\"criteria\" %1>\n<tr>").arg(kTableAttrs) +
             th(esc(L(u"状态", u"Status")), QStringLiteral("11%")) +
             th(esc(L(u"条款", u"Clause")), QStringLiteral("15%")) +
             th(esc(L(u"政策原文（逐字引用）", u"Text of the policy (verbatim, Chinese)")),
                QStringLiteral("38%")) +
             th(esc(L(u"企业情况、要求与差距", u"Firm's value, requirement and margin")),
                QStringLiteral("36%")) +
             QStringLiteral("</tr>\n");
        for (const CriterionResult &c : p.criteria) {
            const Criterion &cr = *c.criterion;
            QString status = QStringLiteral("<b>%1</b> %2")
                                 .arg(esc(statusSymbol(c.status)), esc(statusText(c.status, m_lang)));
            QString clause =
                esc(clauseLabelOf(cr, m_lang)) +
                QStringLiteral("<br><span class=\"small\">%1</span>").arg(esc(kindText(cr.kind, m_lang)));
            if (cr.kind == CriterionKind::Soft)
                clause += QStringLiteral("<br><span class=\"flag\">※ %1</span>")
                              .arg(esc(L(u"原则性条件，需人工判断", u"soft: needs judgement")));
            if (cr.kind == CriterionKind::Declaration)
                clause += QStringLiteral("<br><span class=\"flag\">※ %1</span>")
                              .arg(esc(L(u"须签字声明", u"to be signed")));
            QString quote =
                cr.quote.isEmpty()
                    ? QStringLiteral("—")
                    : QStringLiteral(
                          "<a class=\"src\" href=\"#%1\"><span class=\"quote\">%2</span></a>")
                          .arg(sourceAnchor(*r.ruleSet), quoted(cr.quote));
            QString assessment;
            if (!cr.label.isEmpty())
                assessment += QStringLiteral("<b>%1</b><br>").arg(esc(cr.label.get(m_lang)));
            assessment += esc(explainCriterion(c, *r.ruleSet, m_facts, r.asOf, m_lang));
            if (!cr.interpretation.isEmpty())
                assessment +=
                    QStringLiteral("<br><span class=\"note\"><span class=\"flag\">※ %1</span>%2</span>")
                        .arg(esc(L(u"解释：", u"Interpretation: ")), esc(cr.interpretation.get(m_lang)));
            h += QStringLiteral("<tr>") + td(status) + td(clause) + td(quote) + td(assessment) +
                 QStringLiteral("</tr>\n");
        }
        return h + QStringLiteral("</table>\n");
    }

    QString openQuestions(const ProgrammeResult &p) const {
        QString items;
        for (const CriterionResult &c : p.criteria) {
            if (c.status != CriterionStatus::Unknown) continue;
            QString what = c.criterion->label.isEmpty()
                               ? QString()
                               : c.criterion->label.get(m_lang) + QStringLiteral(" — ");
            items += QStringLiteral("<li>%1 %2%3%4</li>\n")
                         .arg(esc(clauseLabelOf(*c.criterion, m_lang)), esc(what),
                              esc(L(u"尚缺：", u"still needed: ")),
                              esc(missingFactsText(c.missing, m_facts, m_lang)));
        }
        if (items.isEmpty()) return QString();
        return QStringLiteral("<h3>%1</h3>\n<p class=\"note\">%2</p>\n<ol>\n%3</ol>\n")
            .arg(esc(L(u"待补充信息（开放问题）", u"Open questions")),
                 esc(L(u"以下条件因信息不全暂无法判断，补充后结论可能改变。",
                       u"These criteria cannot be decided yet; answering them may change the verdict.")),
                 items);
    }

    QString declarations(const ProgrammeResult &p) const {
        QString rows;
        for (const CriterionResult &c : p.criteria) {
            if (c.criterion->kind != CriterionKind::Declaration || c.status == CriterionStatus::NotApplicable)
                continue;
            QString answer =
                QStringLiteral("%1 %2").arg(esc(statusSymbol(c.status)), esc(statusText(c.status, m_lang)));
            rows += QStringLiteral("<tr>") + td(QStringLiteral("□")) +
                    td(esc(clauseLabelOf(*c.criterion, m_lang))) + td(quoted(c.criterion->quote)) +
                    td(answer) + QStringLiteral("</tr>\n");
        }
        if (rows.isEmpty()) return QString();
        QString h =
            QStringLiteral("<h3>%1</h3>\n").arg(esc(L(u"自我声明确认单", u"Self-declarations to sign")));
        h += QStringLiteral("<table class=\"declarations\" %1>\n<tr>").arg(kTableAttrs) +
             th(esc(L(u"确认", u"Tick")), QStringLiteral("7%")) +
             th(esc(L(u"条款", u"Clause")), QStringLiteral("15%")) +
             th(esc(L(u"声明内容（政策原文）", u"Declaration (text of the policy)")), QStringLiteral("60%")) +
             th(esc(L(u"企业答复", u"Firm's answer")), QStringLiteral("18%")) + QStringLiteral("</tr>\n") +
             rows;
        h += QStringLiteral("<tr><td colspan=\"4\">%1<br><br>%2</td></tr>\n")
                 .arg(esc(L(u"本企业确认以上声明内容真实、准确，并承担相应责任。",
                            u"The firm confirms that the declarations above are true and accurate and "
                            u"accepts responsibility for them.")),
                      esc(L(u"法定代表人（签字）：________________　　企业（盖章）　　日期：____________",
                            u"Legal representative (signature): ________________   Company seal   Date: "
                            u"____________")));
        return h + QStringLiteral("</table>\n");
    }

    QString evidence(const ProgrammeResult &p) const {
        QStringList order;
        QHash<QString, QStringList> clauses;
        for (const CriterionResult &c : p.criteria) {
            if (c.status == CriterionStatus::NotApplicable || c.status == CriterionStatus::Waived) continue;
            for (const LocalizedText &e : c.criterion->evidence) {
                QString text = e.get(m_lang);
                if (!clauses.contains(text)) order << text;
                const QString clause = clauseLabelOf(*c.criterion, m_lang);
                if (!clauses[text].contains(clause)) clauses[text] << clause;
            }
        }
        if (order.isEmpty()) return QString();
        QString items;
        for (const QString &e : order)
            items += QStringLiteral("<p>□ %1 <span class=\"small\">%2</span></p>\n")
                         .arg(esc(e),
                              esc(L(u"（", u"(") + clauses.value(e).join(L(u"、", u", ")) + L(u"）", u")")));
        return QStringLiteral("<h3>%1</h3>\n%2")
            .arg(esc(L(u"需准备的申报材料", u"Evidence to prepare (申报材料)")), items);
    }

    QString amounts(const ProgrammeResult &p) const {
        if (p.amounts.isEmpty()) return QString();
        QString h = QStringLiteral("<h3>%1</h3>\n").arg(esc(L(u"支持金额", u"Support amounts")));
        h += QStringLiteral("<table class=\"amounts\" %1>\n<tr>").arg(kTableAttrs) +
             th(esc(L(u"条款", u"Clause")), QStringLiteral("15%")) +
             th(esc(L(u"政策原文（逐字引用）", u"Text of the policy (verbatim, Chinese)")),
                QStringLiteral("45%")) +
             th(esc(L(u"计算（公式与上限）", u"Calculation (formula and cap)")), QStringLiteral("40%")) +
             QStringLiteral("</tr>\n");
        for (const AmountResult &a : p.amounts) {
            QString calc;
            if (!a.amount->label.isEmpty())
                calc += QStringLiteral("<b>%1</b><br>").arg(esc(a.amount->label.get(m_lang)));
            calc += esc(explainAmount(a, m_lang));
            if (!a.missing.isEmpty() && !a.max.isKnown())
                calc += QStringLiteral("<br>") +
                        esc(L(u"尚缺：", u"Still needed: ") + missingFactsText(a.missing, m_facts, m_lang));
            if (!a.amount->interpretation.isEmpty())
                calc += QStringLiteral("<br><span class=\"note\"><span class=\"flag\">※ %1</span>%2</span>")
                            .arg(esc(L(u"解释：", u"Interpretation: ")),
                                 esc(a.amount->interpretation.get(m_lang)));
            h += QStringLiteral("<tr>") + td(esc(clauseLabelOf(*a.amount, m_lang))) +
                 td(a.amount->quote.isEmpty() ? QStringLiteral("—") : quoted(a.amount->quote)) + td(calc) +
                 QStringLiteral("</tr>\n");
        }
        return h + QStringLiteral("</table>\n");
    }

    QString gaps(const ProgrammeResult &p) const {
        if (p.verdict == Verdict::Eligible || p.verdict == Verdict::NotApplicable ||
            p.verdict == Verdict::NoConditions)
            return QString();
        const QVector<Gap> list = gapsToEligibility(p, m_lang);
        QString h = QStringLiteral("<h3>%1</h3>\n").arg(esc(L(u"差距分析：还差什么", u"What would it take")));
        if (list.isEmpty()) {
            bool anyFail = std::any_of(p.criteria.begin(), p.criteria.end(), [](const CriterionResult &c) {
                return c.status == CriterionStatus::Fail && kindDecidesVerdict(c.criterion->kind);
            });
            if (!anyFail) return QString(); // nothing fails: the open questions above are what it takes
            return h + QStringLiteral("<p>%1</p>\n")
                           .arg(esc(L(
                               u"未满足的条件不是数量上的差距，请见上表中标为 ✘ 的条款。",
                               u"The unmet criteria are not numeric gaps; see the clauses marked ✘ above.")));
        }
        QString items;
        for (const Gap &g : list)
            items +=
                QStringLiteral("<li>%1 %2</li>\n").arg(esc(clauseLabelOf(*g.criterion, m_lang)), esc(g.text));
        return h + QStringLiteral("<ul>\n%1</ul>\n").arg(items);
    }

    QString programmeSection(int n, const Row &row) const {
        const RuleSet &rs = *row.rs->ruleSet;
        const ProgrammeResult &p = *row.p;
        const Programme &prog = *p.programme;
        QString h = QStringLiteral("<h2>%1. %2</h2>\n").arg(n).arg(esc(prog.title.get(m_lang)));
        const QString number =
            rs.documentNumber.isEmpty() ? QString() : QStringLiteral("（%1）").arg(esc(rs.documentNumber));
        // Ids (rule set, programme) are for files and JSON; a reader gets the issuers.
        const QString issuers = rs.issuers.isEmpty() ? L(u"原文未载明", u"not named in the text")
                                                     : rs.issuers.join(QStringLiteral("、"));
        h += QStringLiteral("<p>%1%2<br><span class=\"small\">%3%4</span></p>\n")
                 .arg(esc(rs.title), number, esc(L(u"发文机关：", u"Issued by: ")), esc(issuers));
        h += QStringLiteral("<p>%1%2</p>\n").arg(esc(L(u"结论：", u"Verdict: ")), verdictCell(p.verdict));
        if (!p.inForce || !row.rs->inForce)
            h += QStringLiteral("<p class=\"flag\">%1</p>\n")
                     .arg(esc(L(u"注意：评估基准日政策不在有效期内。",
                                u"Note: the policy is not in force on the as-of date.")));
        if (!prog.applicant.isEmpty())
            h += QStringLiteral("<p>%1%2</p>\n")
                     .arg(esc(L(u"申报主体：", u"Applicant: ")), esc(prog.applicant.get(m_lang)));
        if (!prog.interpretation.isEmpty())
            h += QStringLiteral("<p class=\"note\"><span class=\"flag\">※ %1</span>%2</p>\n")
                     .arg(esc(L(u"解释：", u"Interpretation: ")), esc(prog.interpretation.get(m_lang)));
        if (p.verdict == Verdict::NotApplicable) {
            h += QStringLiteral("<p>%1</p>\n")
                     .arg(esc(L(u"本项目的适用条件对该企业不成立，不再逐条展开。",
                                u"The programme does not apply to this firm; its criteria are not listed.")));
            return h;
        }
        h += criteriaTable(*row.rs, p);
        if (p.outcome && p.outcome->band && prog.outcome) {
            h += QStringLiteral("<p>%1%2（%3）%4</p>\n")
                     .arg(esc(L(u"结果档次：", u"Outcome band: ")), esc(p.outcome->band->label.get(m_lang)),
                          esc(clauseLabelOf(*prog.outcome, m_lang)),
                          prog.outcome->quote.isEmpty() ? QString()
                                                        : QStringLiteral(" ") + quoted(prog.outcome->quote));
        }
        h += openQuestions(p);
        h += gaps(p);
        h += declarations(p);
        h += evidence(p);
        h += amounts(p);
        return h;
    }

    QString signatures(const ReportInput &in) const {
        QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(L(u"签字确认", u"Signatures")));
        QString firm = esc(L(u"企业（盖章）：", u"Firm (seal): ")) + orBlank(in.firmName) +
                       QStringLiteral("<br><br>") +
                       esc(L(u"法定代表人或授权代表（签字）：",
                             u"Legal representative or authorised person (signature):")) +
                       QStringLiteral("<br><br>________________________<br><br>") +
                       esc(L(u"日期：", u"Date: ")) + QStringLiteral("____________");
        QString preparer = esc(L(u"报告编制人：", u"Prepared by: ")) +
                           (in.preparer.isEmpty() ? QStringLiteral("________________") : esc(in.preparer)) +
                           QStringLiteral("<br><br>") +
                           esc(L(u"编制人（签字）：", u"Preparer (signature):")) +
                           QStringLiteral("<br><br>________________________<br><br>") +
                           esc(L(u"日期：", u"Date: ")) + QStringLiteral("____________");
        h += QStringLiteral("<table class=\"sign\" %1><tr>").arg(kTableAttrs) +
             td(firm, QStringLiteral("width=\"50%\"")) + td(preparer, QStringLiteral("width=\"50%\"")) +
             QStringLiteral("</tr></table>\n");
        return h;
    }

private:
    const FactRegistry &m_facts;
    Lang m_lang;
};

} // namespace

ReportBuilder::ReportBuilder(const FactRegistry &facts, Lang lang)
    : m_facts(facts)
    , m_lang(lang) {}

QString ReportBuilder::styleSheet() {
    QFile f(QStringLiteral(":/report/report.css"));
    if (!f.open(QIODevice::ReadOnly)) return QString(); // compiled in; cannot fail short of a broken build
    return QString::fromUtf8(f.readAll());
}

Report ReportBuilder::build(const ReportInput &in) const {
    Writer w(m_facts, m_lang);
    std::vector<Row> rows;
    for (const RuleSetResult &r : in.results)
        for (const ProgrammeResult &p : r.programmes)
            rows.push_back({&r, &p});
    if (in.sortByVerdict)
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return verdictRank(a.p->verdict) < verdictRank(b.p->verdict);
        });

    Report report;
    report.lang = m_lang;
    report.title = w.L(u"政策申报资格自测报告", u"Eligibility self-assessment report");
    if (!in.firmName.isEmpty()) report.title += QStringLiteral(" — ") + in.firmName;
    report.footerText =
        QStringLiteral("EligiCheck " ELIGICHECK_VERSION " · ") +
        (in.firmName.isEmpty() ? w.L(u"（企业名称未填写）", u"(firm not named)") : in.firmName) +
        QStringLiteral(" · ") + w.L(u"评估基准日 ", u"as of ") + w.date(in.asOf);

    QString h;
    h.reserve(64 * 1024);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta "
                        "charset=\"utf-8\">\n<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n")
             .arg(m_lang == Lang::Zh ? QStringLiteral("zh-CN") : QStringLiteral("en"), esc(report.title),
                  styleSheet());
    h += w.header(in, w.L(u"政策申报资格自测报告", u"Eligibility self-assessment report"));
    for (const QString &notice : in.notices)
        h += QStringLiteral("<p class=\"flag\">※ %1</p>\n").arg(esc(notice));
    h += w.summaryTable(rows);
    h += w.ruleSetTable(in.results);
    int n = 0;
    for (const Row &row : rows)
        h += w.programmeSection(++n, row);
    h += w.signatures(in);
    h += QStringLiteral("</body>\n</html>\n");
    report.html = h;
    return report;
}

ReportInput ReportInput::forRuleSet(const RuleLibrary &library, const RuleSet &rs, const Answers &answers,
                                    const QDate &asOf, const QString &onlyProgramme) {
    ReportInput in;
    in.firmName = answers.firmName;
    in.creditCode = answers.creditCode;
    in.assessedOn = QDate::currentDate();
    in.asOf = asOf;
    RuleSetResult r = Evaluator::evaluate(rs, answers.toFactValues(library.facts(), asOf));
    if (!onlyProgramme.isEmpty())
        r.programmes.erase(
            std::remove_if(r.programmes.begin(), r.programmes.end(),
                           [&](const ProgrammeResult &p) { return p.programme->id != onlyProgramme; }),
            r.programmes.end());
    in.results.append(r);
    return in;
}

std::optional<ReportInput> ReportInput::forStoredInputs(const RuleLibrary &library, const QString &ruleSetId,
                                                        const QHash<QString, QString> &inputs,
                                                        const QDate &asOf, const QString &firmName,
                                                        const QString &creditCode, QString *error) {
    const RuleSet *rs = library.ruleSet(ruleSetId);
    if (!rs) {
        if (error)
            *error = QStringLiteral("rule set '%1' of the stored assessment is not loaded").arg(ruleSetId);
        return std::nullopt;
    }
    Answers answers;
    answers.asOf = asOf;
    answers.firmName = firmName;
    answers.creditCode = creditCode;
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        const FactDefinition *fact = library.facts().find(it.key());
        QString why;
        std::optional<Value> v = fact ? parseFactValue(*fact, it.value(), &why) : std::nullopt;
        if (!v) {
            if (error)
                *error = fact ? QStringLiteral("stored answer %1 = '%2' cannot be used: %3")
                                    .arg(it.key(), it.value(), why)
                              : QStringLiteral("stored answer %1 is not a known fact").arg(it.key());
            return std::nullopt;
        }
        answers.values.insert(it.key(), *v);
    }
    return forRuleSet(library, *rs, answers, asOf);
}

ReportInput ReportInput::forMatch(const RuleLibrary &library, const Answers &answers, const QDate &asOf,
                                  const Relevance *relevance) {
    ReportInput in;
    in.firmName = answers.firmName;
    in.creditCode = answers.creditCode;
    in.assessedOn = QDate::currentDate();
    in.asOf = asOf;
    in.sortByVerdict = true;
    const FactValues values = answers.toFactValues(library.facts(), asOf);
    for (const auto &rs : library.ruleSets()) {
        if (!relevance) {
            in.results.append(Evaluator::evaluate(*rs, values));
            continue;
        }
        const bool any = std::any_of(rs->programmes.begin(), rs->programmes.end(),
                                     [&](const Programme &p) { return relevance->shows(*rs, p); });
        if (!any) continue;
        RuleSetResult r = Evaluator::evaluate(*rs, values);
        r.programmes.erase(
            std::remove_if(r.programmes.begin(), r.programmes.end(),
                           [&](const ProgrammeResult &p) { return !relevance->shows(*rs, *p.programme); }),
            r.programmes.end());
        in.results.append(std::move(r));
    }
    return in;
}

} // namespace eligicheck
