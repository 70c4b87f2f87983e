#include "summaryreport.h"

#include "clauselabel.h"
#include "explanation.h"
#include "reportbuilder.h"

#include <QMap>
#include <algorithm>
#include <functional>

namespace eligicheck {

namespace {

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

struct Entry {
    const RuleSetResult *rs;
    const ProgrammeResult *p;
};

} // namespace

Report SummaryReportBuilder::build(const ReportInput &input) const {
    auto L = [this](const char16_t *zh, const char16_t *en) {
        return m_lang == Lang::Zh ? QString::fromUtf16(zh) : QString::fromUtf16(en);
    };
    const QString colon = m_lang == Lang::Zh ? QStringLiteral("：") : QStringLiteral(": ");
    const QString sep = m_lang == Lang::Zh ? QStringLiteral("、") : QStringLiteral(", ");
    auto title = [this](const Programme &p) { return esc(p.title.get(m_lang)); };
    auto document = [this](const RuleSet &rs) {
        const QString t = m_lang == Lang::En && !rs.titleEn.isEmpty() ? rs.titleEn : rs.title;
        return esc(t) + (rs.documentNumber.isEmpty() ? QString()
                                                     : QStringLiteral("（%1）").arg(esc(rs.documentNumber)));
    };
    auto factLabel = [this](int slot) { return esc(m_facts.at(slot).label.get(m_lang)); };

    QMap<Verdict, QVector<Entry>> by;
    for (const RuleSetResult &rs : input.results)
        for (const ProgrammeResult &p : rs.programmes)
            by[p.verdict].append({&rs, &p});

    // The answers that would decide the most: each missing fact, by how many undetermined or
    // to-be-reviewed programmes wait for it.
    QMap<int, QVector<Entry>> waiting;
    for (Verdict v : {Verdict::Undetermined, Verdict::NeedsReview})
        for (const Entry &e : by.value(v))
            for (int slot : e.p->missing)
                waiting[slot].append(e);
    QVector<int> decisive = waiting.keys().toVector();
    std::stable_sort(decisive.begin(), decisive.end(),
                     [&](int a, int b) { return waiting[a].size() > waiting[b].size(); });
    if (decisive.size() > MaxDecisiveAnswers) decisive.resize(MaxDecisiveAnswers);

    const QString heading = L(u"可申报事项一览", u"Programmes at a glance");
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style></head><body>")
             .arg(esc(heading), ReportBuilder::styleSheet());
    h += QStringLiteral("<h1>%1</h1>").arg(esc(heading));
    h += QStringLiteral("<p>%1%2%3")
             .arg(L(u"企业", u"Firm"), colon,
                  input.firmName.isEmpty() ? L(u"（未填写）", u"(not given)") : esc(input.firmName));
    if (!input.creditCode.isEmpty())
        h += QStringLiteral("　%1%2%3")
                 .arg(L(u"统一社会信用代码", u"Unified social credit code"), colon, esc(input.creditCode));
    h += QStringLiteral("<br>%1%2%3　%4%5%6</p>")
             .arg(L(u"评估基准日", u"Assessment date"), colon, formatDate(input.asOf, m_lang),
                  L(u"生成日期", u"Produced on"), colon, formatDate(input.assessedOn, m_lang));
    h += QStringLiteral("<p><b>%1</b></p>")
             .arg(QStringList{QStringLiteral("%1 %2")
                                  .arg(verdictText(Verdict::Eligible, m_lang))
                                  .arg(by.value(Verdict::Eligible).size()),
                              QStringLiteral("%1 %2")
                                  .arg(verdictText(Verdict::NeedsReview, m_lang))
                                  .arg(by.value(Verdict::NeedsReview).size()),
                              QStringLiteral("%1 %2")
                                  .arg(verdictText(Verdict::Undetermined, m_lang))
                                  .arg(by.value(Verdict::Undetermined).size()),
                              QStringLiteral("%1 %2")
                                  .arg(verdictText(Verdict::NotEligible, m_lang))
                                  .arg(by.value(Verdict::NotEligible).size())}
                      .join(QStringLiteral(" · ")));

    if (!decisive.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>")
                 .arg(L(u"最能决定结果的回答", u"The answers that would decide the most"));
        h += QStringLiteral("<ol>");
        for (int slot : decisive) {
            QStringList titles;
            for (const Entry &e : waiting[slot])
                titles << title(*e.p->programme);
            titles.removeDuplicates();
            // A few titles say what it is about; the count says how much it weighs.
            const int shown = 3;
            QString list = QStringList(titles.mid(0, shown)).join(sep);
            if (titles.size() > shown)
                list += m_lang == Lang::Zh ? QStringLiteral(" 等") : QStringLiteral(" …");
            h += QStringLiteral("<li><b>%1</b>%2%3</li>")
                     .arg(factLabel(slot), colon,
                          (m_lang == Lang::Zh ? QStringLiteral("决定 %1 项（%2）")
                                              : QStringLiteral("decides %1 (%2)"))
                              .arg(titles.size())
                              .arg(list));
        }
        h += QStringLiteral("</ol>");
    }

    auto section = [&](Verdict v, const QString &heading,
                       const std::function<QString(const Entry &)> &detail) {
        const QVector<Entry> list = by.value(v);
        if (list.isEmpty()) return;
        h += QStringLiteral("<h2>%1（%2）</h2><ul>").arg(esc(heading)).arg(list.size());
        for (const Entry &e : list) {
            const QString d = detail(e);
            h += QStringLiteral("<li><b>%1</b> — %2%3</li>")
                     .arg(title(*e.p->programme), document(*e.rs->ruleSet),
                          d.isEmpty() ? QString() : QStringLiteral("<br>") + d);
        }
        h += QStringLiteral("</ul>");
    };
    auto clauses = [&](const Entry &e, CriterionStatus status) {
        QStringList out;
        for (const CriterionResult &c : e.p->criteria)
            if (c.status == status && c.criterion)
                out << esc(c.criterion->clause.isEmpty()
                               ? c.criterion->label.get(m_lang)
                               : clauseLabelOf(*c.criterion, m_lang) + QLatin1Char(' ') +
                                     c.criterion->label.get(m_lang));
        return out.join(m_lang == Lang::Zh ? QStringLiteral("；") : QStringLiteral("; "));
    };
    section(Verdict::Eligible, verdictText(Verdict::Eligible, m_lang),
            [](const Entry &) { return QString(); });
    section(Verdict::NeedsReview, verdictText(Verdict::NeedsReview, m_lang), [&](const Entry &e) {
        const QString c = clauses(e, CriterionStatus::Warning);
        return c.isEmpty() ? QString() : L(u"需复核：", u"To review: ") + c;
    });
    // Undetermined: titles only, in one paragraph, with how many answers each still needs; the
    // answers that decide the most are above.
    if (const QVector<Entry> list = by.value(Verdict::Undetermined); !list.isEmpty()) {
        h += QStringLiteral("<h2>%1（%2）</h2><p>")
                 .arg(esc(verdictText(Verdict::Undetermined, m_lang)))
                 .arg(list.size());
        QStringList items;
        for (const Entry &e : list)
            items << title(*e.p->programme) +
                         (e.p->missing.isEmpty()
                              ? QString()
                              : (m_lang == Lang::Zh ? QStringLiteral("（还需回答 %1 项）")
                                                    : QStringLiteral(" (%1 still to answer)"))
                                    .arg(e.p->missing.size()));
        h += items.join(m_lang == Lang::Zh ? QStringLiteral("；") : QStringLiteral("; ")) +
             QStringLiteral("</p>");
    }
    const int notEligible = by.value(Verdict::NotEligible).size();
    const int noConditions = by.value(Verdict::NoConditions).size() + by.value(Verdict::NotApplicable).size();
    if (notEligible + noConditions > 0)
        h +=
            QStringLiteral("<p>%1</p>")
                .arg(
                    m_lang == Lang::Zh
                        ? QStringLiteral("另有 %1 项不符合、%2 项无资格条件或不适用，详见完整报告。")
                              .arg(notEligible)
                              .arg(noConditions)
                        : QStringLiteral(
                              "Besides, %1 not eligible and %2 without conditions or not applicable; see the "
                              "full report.")
                              .arg(notEligible)
                              .arg(noConditions));
    h +=
        QStringLiteral("<p><small>%1</small></p>")
            .arg(L(u"本一览依据企业填写的信息自动生成，仅供参考；以主管部门的审核为准。",
                   u"Produced from the firm's answers, for reference only; the authority's review decides."));
    h += QStringLiteral("</body></html>");

    Report r;
    r.html = h;
    r.title = heading + (input.firmName.isEmpty() ? QString() : QStringLiteral(" — ") + input.firmName);
    r.footerText = QStringLiteral("EligiCheck · %1 · %2").arg(input.firmName, formatDate(input.asOf, m_lang));
    r.lang = m_lang;
    return r;
}

} // namespace eligicheck
