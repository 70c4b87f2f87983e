#include "explanation.h"

#include <QCoreApplication>
#include <optional>

namespace eligicheck {

QString verdictText(Verdict v, Lang lang)
{
    const bool zh = lang == Lang::Zh;
    switch (v) {
    case Verdict::Eligible: return zh ? QStringLiteral("符合") : QStringLiteral("Eligible");
    case Verdict::NeedsReview: return zh ? QStringLiteral("需人工复核") : QStringLiteral("Needs review");
    case Verdict::Undetermined: return zh ? QStringLiteral("待定") : QStringLiteral("Undetermined");
    case Verdict::NotEligible: return zh ? QStringLiteral("不符合") : QStringLiteral("Not eligible");
    case Verdict::NotApplicable: return zh ? QStringLiteral("不适用") : QStringLiteral("Not applicable");
    case Verdict::NoConditions:
        return zh ? QStringLiteral("无资格条件：仅为说明或义务")
                  : QStringLiteral("No conditions: information or duties only");
    }
    return QString();
}

QString statusText(CriterionStatus s, Lang lang)
{
    const bool zh = lang == Lang::Zh;
    switch (s) {
    case CriterionStatus::Pass: return zh ? QStringLiteral("满足") : QStringLiteral("Pass");
    case CriterionStatus::Fail: return zh ? QStringLiteral("不满足") : QStringLiteral("Fail");
    case CriterionStatus::Unknown: return zh ? QStringLiteral("待补充") : QStringLiteral("Unknown");
    case CriterionStatus::NotApplicable: return zh ? QStringLiteral("不适用") : QStringLiteral("Not applicable");
    case CriterionStatus::Waived: return zh ? QStringLiteral("已豁免") : QStringLiteral("Waived");
    case CriterionStatus::Warning: return zh ? QStringLiteral("需复核") : QStringLiteral("Warning");
    case CriterionStatus::Info: return zh ? QStringLiteral("说明") : QStringLiteral("Info");
    }
    return QString();
}

QString statusSymbol(CriterionStatus s)
{
    switch (s) {
    case CriterionStatus::Pass: return QStringLiteral("✔");
    case CriterionStatus::Fail: return QStringLiteral("✘");
    case CriterionStatus::Unknown: return QStringLiteral("?");
    case CriterionStatus::NotApplicable: return QStringLiteral("–");
    case CriterionStatus::Waived: return QStringLiteral("○");
    case CriterionStatus::Warning: return QStringLiteral("!");
    case CriterionStatus::Info: return QStringLiteral("i");
    }
    return QString();
}

QString verdictSymbol(Verdict v) {
    switch (v) {
    case Verdict::Eligible:
        return statusSymbol(CriterionStatus::Pass);
    case Verdict::NotEligible:
        return statusSymbol(CriterionStatus::Fail);
    case Verdict::NeedsReview:
        return statusSymbol(CriterionStatus::Warning);
    case Verdict::Undetermined:
        return statusSymbol(CriterionStatus::Unknown);
    case Verdict::NotApplicable:
        return statusSymbol(CriterionStatus::NotApplicable);
    case Verdict::NoConditions:
        return statusSymbol(CriterionStatus::Info); // nothing to be eligible for
    }
    return QString();
}

QString kindText(CriterionKind k, Lang lang)
{
    const bool zh = lang == Lang::Zh;
    switch (k) {
    case CriterionKind::Hard: return zh ? QStringLiteral("硬性条件") : QStringLiteral("Hard requirement");
    case CriterionKind::Soft: return zh ? QStringLiteral("原则性条件") : QStringLiteral("Soft requirement");
    case CriterionKind::Declaration: return zh ? QStringLiteral("自我声明") : QStringLiteral("Self-declaration");
    case CriterionKind::Exclusion: return zh ? QStringLiteral("排除情形") : QStringLiteral("Exclusion");
    case CriterionKind::Ban: return zh ? QStringLiteral("限制申报") : QStringLiteral("Re-application ban");
    case CriterionKind::Window: return zh ? QStringLiteral("时限") : QStringLiteral("Time window");
    case CriterionKind::Status: return zh ? QStringLiteral("管理要求") : QStringLiteral("Status obligation");
    case CriterionKind::Info: return zh ? QStringLiteral("说明") : QStringLiteral("Information");
    }
    return QString();
}

QString unitName(const QString &unit, Lang lang, bool one) {
    if (lang == Lang::Zh) return unit;
    // English names of the units rule files may declare (kKnownUnits in rulelibrary.cpp); an
    // English reader meets no Chinese unit in a sentence (issue 16).
    struct Name {
        const char16_t *unit, *one, *many;
    };
    static const Name names[] = {
        {u"万元", u"× 10,000 yuan", u"× 10,000 yuan"},
        {u"元", u"yuan", u"yuan"},
        {u"亿元", u"× 100 million yuan", u"× 100 million yuan"},
        {u"人", u"person", u"people"},
        {u"年", u"year", u"years"},
        {u"月", u"month", u"months"},
        {u"天", u"day", u"days"},
        {u"分", u"point", u"points"},
        {u"亩", u"mu", u"mu"},
        {u"个", u"item", u"items"},
        {u"项", u"item", u"items"},
        {u"件", u"item", u"items"},
        {u"次", u"time", u"times"},
        {u"家", u"company", u"companies"},
        {u"倍", u"times", u"times"},
        {u"台", u"unit", u"units"},
        {u"周岁", u"year of age", u"years of age"},
        {u"小时", u"hour", u"hours"},
        {u"公里", u"km", u"km"},
        {u"万千瓦时", u"× 10,000 kWh", u"× 10,000 kWh"},
    };
    for (const Name &x : names)
        if (unit == QStringView(x.unit)) return QString::fromUtf16(one ? x.one : x.many);
    return unit; // %, m², t, tce, kW: the same in both languages
}

Lang uiLang() {
    // The catalogue in use says its language (the Chinese one translates this to "zh_CN");
    // without a catalogue the messages are the English sources.
    return QCoreApplication::translate(
               "eligicheck::Units", "en",
               "the language of this catalogue: zh_CN in the Chinese one, en in the English one") ==
                   QLatin1String("zh_CN")
               ? Lang::Zh
               : Lang::En;
}

QString formatNumber(const Number &n, const QString &unit, Lang lang, bool percent)
{
    // Percentages keep more places: 599.99/30000 is 1.999967%, which must not print as "2%".
    if (percent) return (n * Number(100)).toGroupedString(6) + u'%';
    QString s = n.toGroupedString(4);
    if (unit.isEmpty()) return s;
    if (lang == Lang::En && unit == QStringLiteral("万元")) {
        // English readers count in millions of yuan; exact (万元 has at most 4 places).
        if (n == Number(0)) return QStringLiteral("CNY 0");
        Number millions = n / Number(100);
        return QStringLiteral("CNY %1 million").arg(millions.toGroupedString(6));
    }
    if (lang == Lang::En && unit == QStringLiteral("万千瓦时"))
        return QStringLiteral("%1 kWh").arg((n * Number(10000)).toGroupedString(0));
    if (lang == Lang::En && unit == QStringLiteral("元")) return QStringLiteral("CNY ") + s;
    if (lang == Lang::En && unit != QLatin1String("%"))
        return s + u' ' + unitName(unit, lang, n == Number(1));
    return s + unit;
}

QString formatMoney(const Number &wan, Lang lang, const QString &unit) {
    if (!wan.isValid()) return formatNumber(wan, QStringLiteral("万元"), lang);
    const Number yi = wan / Number(10000), yuan = wan * Number(10000);
    // Exact in a unit with at most `places` decimals.
    auto exact = [](const Number &n, int places) {
        Number scaled = n;
        for (int i = 0; i < places; ++i)
            scaled = scaled * Number(10);
        return scaled.isValid() && scaled.isInteger();
    };
    if (lang == Lang::En) {
        const Number billions = wan / Number(100000);
        if (wan.abs() >= Number(100000) && exact(billions, 2))
            return QStringLiteral("CNY %1 billion").arg(billions.toGroupedString(2));
        return formatNumber(wan, QStringLiteral("万元"), lang);
    }
    if (unit == QStringLiteral("亿元") && exact(yi, 4)) return yi.toGroupedString(4) + unit;
    if (unit == QStringLiteral("元") && exact(yuan, 2)) return yuan.toGroupedString(2) + unit;
    if (unit == QStringLiteral("万元") && exact(wan, 4)) return wan.toGroupedString(4) + unit;
    if (!wan.isZero() && wan.abs() >= Number(10000) && exact(yi, 2))
        return yi.toGroupedString(2) + QStringLiteral("亿元");
    if (!wan.isZero() && wan.abs() < Number(1) && exact(yuan, 0))
        return yuan.toGroupedString(0) + QStringLiteral("元");
    return formatNumber(wan, QStringLiteral("万元"), lang);
}

QString formatDate(const QDate &date, Lang lang)
{
    if (!date.isValid()) return QString();
    // Digits only: QDate::toString(format) would otherwise follow no locale at all.
    return lang == Lang::Zh ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
                            : date.toString(Qt::ISODate);
}

QString formatValue(const Value &v, const QString &unit, const FactDefinition *choiceFact, Lang lang, bool percent)
{
    const bool zh = lang == Lang::Zh;
    switch (v.kind()) {
    case Value::Unknown: return zh ? QStringLiteral("未填写") : QStringLiteral("not answered");
    case Value::Bool: return v.toBool() ? (zh ? QStringLiteral("是") : QStringLiteral("yes")) : (zh ? QStringLiteral("否") : QStringLiteral("no"));
    case Value::Num: return formatNumber(v.number(), unit, lang, percent);
    case Value::Date: return formatDate(v.date(), lang);
    case Value::Dur: return v.toPlainString();
    case Value::Choice:
        if (choiceFact)
            if (const ChoiceOption *c = choiceFact->choice(v.string())) return c->label.get(lang);
        return v.string();
    case Value::Text: return v.string();
    }
    return QString();
}

QString formatFactValue(const FactDefinition &fact, const Value &v, Lang lang)
{
    return formatValue(v, fact.unit, &fact, lang);
}

namespace {

QString opWord(ExprNode::Op op, bool date, Lang lang)
{
    const bool zh = lang == Lang::Zh;
    switch (op) {
    case ExprNode::Ge: return date ? (zh ? QStringLiteral("不早于") : QStringLiteral("on or after")) : (zh ? QStringLiteral("不低于") : QStringLiteral("at least"));
    case ExprNode::Gt: return date ? (zh ? QStringLiteral("晚于") : QStringLiteral("after")) : (zh ? QStringLiteral("高于") : QStringLiteral("more than"));
    case ExprNode::Le: return date ? (zh ? QStringLiteral("不晚于") : QStringLiteral("on or before")) : (zh ? QStringLiteral("不超过") : QStringLiteral("at most"));
    case ExprNode::Lt: return date ? (zh ? QStringLiteral("早于") : QStringLiteral("before")) : (zh ? QStringLiteral("低于") : QStringLiteral("less than"));
    case ExprNode::Eq: return zh ? QStringLiteral("为") : QStringLiteral("equal to");
    case ExprNode::Ne: return zh ? QStringLiteral("不为") : QStringLiteral("other than");
    default: return QString();
    }
}

const FactDefinition *choiceFactOf(const ExprNode &n) { return n.type == ValueType::Choice ? n.fact : nullptr; }

// The unit the rule wrote the amount `v` in (10亿元 → 亿元), where a literal of that value in `n`
// (or in the cases of an if/else) says; empty otherwise.
QString writtenMoneyUnit(const ExprNode &n, const Number &v, int depth = 0) {
    if (n.kind == ExprNode::Literal)
        return n.literal.kind() == Value::Num && n.literal.number() == v ? n.moneyUnit : QString();
    if (n.kind == ExprNode::If && depth < 16 && n.kids.size() == 3) {
        const QString a = writtenMoneyUnit(*n.kids[1], v, depth + 1);
        return a.isEmpty() ? writtenMoneyUnit(*n.kids[2], v, depth + 1) : a;
    }
    return QString();
}

// A threshold, a case or a margin: sums of money in the unit the text uses (formatMoney).
QString amountText(const Number &v, const QString &unit, Lang lang, bool percent,
                   const QString &written = QString()) {
    if (!percent && unit == QStringLiteral("万元")) return formatMoney(v, lang, written);
    return formatNumber(v, unit, lang, percent);
}

// How far the actual value is from the required one, and on which side: "差 50万元", "高出 1年".
QString differenceText(const ComparisonTrace &t, Lang lang) {
    const ExprNode &n = *t.node;
    if (!t.lhs.isKnown() || !t.rhs.isKnown() || !t.result.isKnown()) return QString();
    const bool zh = lang == Lang::Zh;
    const bool pass = t.result.toBool();
    if (t.lhs.kind() == Value::Num) {
        Number diff = (t.lhs.number() - t.rhs.number()).abs();
        QString amount;
        if (n.percentDisplay)
            amount = (diff * Number(100)).toGroupedString(6) + (zh ? QStringLiteral("个百分点") : QStringLiteral(" percentage points"));
        else
            amount = amountText(diff, n.unit, lang, false);
        switch (n.op) {
        case ExprNode::Ge:
        case ExprNode::Gt:
            if (pass) return diff.isZero() ? (zh ? QStringLiteral("恰好达到") : QStringLiteral("exactly at the threshold"))
                                           : (zh ? QStringLiteral("高出 ") : QStringLiteral("above by ")) + amount;
            return diff.isZero() ? (zh ? QStringLiteral("恰好等于界限，不满足“高于”") : QStringLiteral("exactly at the limit, which does not count"))
                                 : (zh ? QStringLiteral("差 ") : QStringLiteral("short by ")) + amount;
        case ExprNode::Le:
        case ExprNode::Lt:
            if (pass) return diff.isZero() ? (zh ? QStringLiteral("恰好达到上限") : QStringLiteral("exactly at the limit"))
                                           : (zh ? QStringLiteral("低于上限 ") : QStringLiteral("below the limit by ")) + amount;
            return diff.isZero() ? (zh ? QStringLiteral("恰好等于界限，不满足“低于”") : QStringLiteral("exactly at the limit, which does not count"))
                                 : (zh ? QStringLiteral("超出 ") : QStringLiteral("over by ")) + amount;
        default: return QString();
        }
    }
    if (t.lhs.kind() == Value::Date && n.op != ExprNode::Eq && n.op != ExprNode::Ne) {
        qint64 days = qAbs(t.lhs.date().daysTo(t.rhs.date()));
        if (pass || days == 0) return QString();
        return zh ? QStringLiteral("相差 %1 天").arg(days) : QStringLiteral("%1 days off").arg(days);
    }
    return QString();
}

// For a share of one amount of money in another that misses its threshold — "研究与试验发展经费
// ÷ 主营业务收入 ≥ 2%" — the change in the first amount that meets it, the second as it is:
// "即年度研究与试验发展经费支出需增加 10万元". Percentage points alone leave the reader to do
// that sum. Only for "at least" and "at most": with "more than" / "less than" reaching the
// figure is not yet enough. Rounded away from the threshold to the 元 (0.0001万元), so that the
// amount given is always enough. Empty where it does not apply.
QString shareGapText(const ComparisonTrace &t, const QVector<QPair<int, Value>> &facts, Lang lang) {
    const ExprNode &n = *t.node;
    if (t.branch || !t.result.isKnown() || t.result.toBool() ||
        (n.op != ExprNode::Ge && n.op != ExprNode::Le))
        return QString();
    const ExprNode &share = *n.kids[0];
    if (share.kind != ExprNode::Arith || share.op != ExprNode::Div || share.kids.size() != 2)
        return QString();
    const ExprNode &part = *share.kids[0], &whole = *share.kids[1];
    const QString money = QStringLiteral("万元");
    if (part.kind != ExprNode::Fact || whole.kind != ExprNode::Fact || !part.fact || !whole.fact ||
        part.fact->unit != money || whole.fact->unit != money || t.rhs.kind() != Value::Num)
        return QString();
    auto valueOf = [&](const FactDefinition *f) -> std::optional<Number> {
        for (const auto &[slot, v] : facts)
            if (slot == f->slot && v.kind() == Value::Num) return v.number();
        return std::nullopt;
    };
    const std::optional<Number> a = valueOf(part.fact), b = valueOf(whole.fact);
    if (!a || !b || b->isNegative() || b->isZero()) return QString();
    const Number needed = t.rhs.number() * *b;
    Number change = n.op == ExprNode::Ge ? needed - *a : *a - needed;
    if (!change.isValid() || change.isNegative() || change.isZero()) return QString();
    const Number yuan = change * Number(10000);
    if (!yuan.isInteger()) change = Number(yuan.toLongLong() + 1) / Number(10000);
    const bool zh = lang == Lang::Zh;
    const QString label = part.fact->label.get(lang), amount = formatMoney(change, lang);
    if (n.op == ExprNode::Ge)
        return zh ? QStringLiteral("即%1需增加 %2").arg(label, amount)
                  : QStringLiteral("i.e. %1 must rise by %2").arg(label, amount);
    return zh ? QStringLiteral("即%1需减少 %2").arg(label, amount)
              : QStringLiteral("i.e. %1 must fall by %2").arg(label, amount);
}

// The margin of a comparison: the difference and, for a share that falls short, the amount that
// meets it. `facts` are the values the criterion read.
QString marginText(const ComparisonTrace &t, const QVector<QPair<int, Value>> &facts, Lang lang) {
    QString margin = differenceText(t, lang);
    const QString share = shareGapText(t, facts, lang);
    if (!share.isEmpty()) margin += (lang == Lang::Zh ? QStringLiteral("，") : QStringLiteral(", ")) + share;
    return margin;
}

// A threshold that depends on a condition, as the text states it: "若 A 则 300 否则 600" reads
// "A的为300万元，其他为600万元"; chained conditions give one case each.
// The last case is left out when it is the one that applied (`applied`, the threshold shown).
QString casesText(const ExprNode &n, const Value &applied, const QString &unit, Lang lang, bool percent) {
    const bool zh = lang == Lang::Zh;
    auto valueText = [&](const ExprNode &k) {
        if (k.kind == ExprNode::Literal && k.literal.kind() == Value::Num)
            return amountText(k.literal.number(), k.unit.isEmpty() ? unit : k.unit, lang,
                              percent || k.percentDisplay, k.moneyUnit);
        return Expression::describe(k, lang);
    };
    QStringList cases;
    const ExprNode *node = &n;
    for (int depth = 0; node->kind == ExprNode::If && depth < 16; ++depth) {
        cases << (zh ? QStringLiteral("%1的为%2") : QStringLiteral("%2 if %1"))
                     .arg(Expression::describe(*node->kids[0], lang), valueText(*node->kids[1]));
        node = node->kids[2].get();
    }
    const bool otherwiseApplied = node->kind == ExprNode::Literal && node->literal.kind() == Value::Num &&
                                  applied.kind() == Value::Num && applied.number() == node->literal.number();
    if (!otherwiseApplied || cases.isEmpty())
        cases << (zh ? QStringLiteral("其他为%1") : QStringLiteral("otherwise %1")).arg(valueText(*node));
    return cases.join(zh ? QStringLiteral("，") : QStringLiteral(", "));
}

QString comparisonText(const ComparisonTrace &t, const QVector<QPair<int, Value>> &facts, Lang lang) {
    const bool zh = lang == Lang::Zh;
    const ExprNode &n = *t.node;
    const ExprNode &lhs = *n.kids[0], &rhs = *n.kids[1];
    const bool percent = n.percentDisplay;
    QString lhsDesc = Expression::describe(lhs, lang);
    QString actual = formatValue(t.lhs, lhs.flexibleUnit ? rhs.unit : lhs.unit, choiceFactOf(lhs), lang, percent);
    const QString requiredUnit = rhs.flexibleUnit ? lhs.unit : rhs.unit;
    QString required =
        t.rhs.kind() == Value::Num
            ? amountText(t.rhs.number(), requiredUnit, lang, percent, writtenMoneyUnit(rhs, t.rhs.number()))
            : formatValue(t.rhs, requiredUnit, choiceFactOf(rhs) ? choiceFactOf(rhs) : choiceFactOf(lhs),
                          lang, percent);
    if (rhs.kind == ExprNode::If)
        required += (zh ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(casesText(rhs, t.rhs, lhs.unit, lang, percent));
    else if (rhs.kind != ExprNode::Literal)
        required += (zh ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(Expression::describe(rhs, lang));
    const bool isDate = t.lhs.kind() == Value::Date || t.rhs.kind() == Value::Date;
    if (lhs.kind == ExprNode::Fact && !t.lhs.isKnown())
        return zh ? QStringLiteral("%1：未填写").arg(lhsDesc) : QStringLiteral("%1: not answered").arg(lhsDesc);
    if (t.branch && t.result.isKnown()) {
        // Which case of the text applies, e.g. "上年度主营业务收入 5,000万元（低于 100,000万元）".
        ExprNode::Op op = n.op;
        if (!t.result.toBool()) {
            static const ExprNode::Op negated[] = {ExprNode::None, ExprNode::Ne, ExprNode::Eq, ExprNode::Ge,
                                                   ExprNode::Gt,   ExprNode::Le, ExprNode::Lt};
            if (op >= ExprNode::Eq && op <= ExprNode::Ge) op = negated[op];
        }
        return zh ? QStringLiteral("%1 %2（%3 %4）").arg(lhsDesc, actual, opWord(op, isDate, lang), required)
                  : QStringLiteral("%1 %2 (%3 %4)").arg(lhsDesc, actual, opWord(op, isDate, lang), required);
    }
    QString s = zh ? QStringLiteral("%1 %2，要求%3 %4").arg(lhsDesc, actual, opWord(n.op, isDate, lang), required)
                   : QStringLiteral("%1 %2; required %3 %4").arg(lhsDesc, actual, opWord(n.op, isDate, lang), required);
    QString margin = marginText(t, facts, lang);
    if (!margin.isEmpty()) s += (zh ? QStringLiteral("，") : QStringLiteral("; ")) + margin;
    return s;
}

// For conditions that compare nothing (yes/no facts), list the facts and their answers.
QString factsText(const QVector<QPair<int, Value>> &values, const FactRegistry &facts, Lang lang)
{
    QStringList parts;
    for (const auto &[slot, v] : values) {
        const FactDefinition &f = facts.at(slot);
        parts << (lang == Lang::Zh ? QStringLiteral("%1：%2") : QStringLiteral("%1: %2"))
                     .arg(f.label.get(lang), formatFactValue(f, v, lang));
    }
    return parts.join(lang == Lang::Zh ? QStringLiteral("；") : QStringLiteral("; "));
}

} // namespace

QString missingFactsText(const QVector<int> &factSlots, const FactRegistry &facts, Lang lang)
{
    QStringList labels;
    for (int s : factSlots) labels << facts.at(s).label.get(lang);
    return labels.join(lang == Lang::Zh ? QStringLiteral("、") : QStringLiteral(", "));
}

QString explainCriterion(const CriterionResult &r, const RuleSet &rs, const FactRegistry &facts, const QDate &asOf,
                         Lang lang)
{
    const bool zh = lang == Lang::Zh;
    const Criterion &c = *r.criterion;
    if (c.implicitInForce) {
        Q_UNUSED(rs);
        QString from = c.windowFrom ? formatDate(*c.windowFrom, lang) : (zh ? QStringLiteral("未载明") : QStringLiteral("not stated"));
        QString to = c.windowTo ? formatDate(*c.windowTo, lang) : (zh ? QStringLiteral("长期") : QStringLiteral("open-ended"));
        QString window = QStringLiteral("%1 – %2").arg(from, to);
        if (r.status == CriterionStatus::Pass)
            return zh ? QStringLiteral("评估日期 %1 在有效期（%2）内").arg(formatDate(asOf, lang), window)
                      : QStringLiteral("Assessment date %1 is within the validity period (%2)").arg(formatDate(asOf, lang), window);
        return zh ? QStringLiteral("评估日期 %1 不在有效期（%2）内，政策未生效或已失效").arg(formatDate(asOf, lang), window)
                  : QStringLiteral("Assessment date %1 is outside the validity period (%2): the policy is not in force").arg(formatDate(asOf, lang), window);
    }
    switch (r.status) {
    case CriterionStatus::NotApplicable:
        return zh ? QStringLiteral("不适用：本条的适用条件不满足") : QStringLiteral("Not applicable: the condition for applying this clause does not hold");
    case CriterionStatus::Waived:
        return zh ? QStringLiteral("已豁免：满足豁免情形") : QStringLiteral("Waived: an exception in the text applies");
    case CriterionStatus::Unknown:
        if (r.missing.isEmpty() && r.arithmeticError)
            return zh ? QStringLiteral("无法计算：除数为零（例如收入为0时无法计算比重）")
                      : QStringLiteral("Cannot be computed: division by zero (e.g. a share of zero revenue)");
        return (zh ? QStringLiteral("尚缺信息：") : QStringLiteral("Still needed: ")) + missingFactsText(r.missing, facts, lang);
    case CriterionStatus::Info:
        return zh ? QStringLiteral("说明性条款，不影响结论") : QStringLiteral("For information; does not affect the verdict");
    default: break;
    }
    QStringList parts;
    if (r.notInForce)
        parts << (zh ? QStringLiteral("政策在评估日期不在有效期内") : QStringLiteral("The policy is not in force on the assessment date"));
    for (const ComparisonTrace &t : r.comparisons)
        parts << comparisonText(t, r.facts, lang);
    QString text = parts.join(zh ? QStringLiteral("；") : QStringLiteral("; "));
    if (r.comparisons.isEmpty() && !r.facts.isEmpty()) {
        QString answers = factsText(r.facts, facts, lang);
        text = text.isEmpty() ? answers : text + (zh ? QStringLiteral("；") : QStringLiteral("; ")) + answers;
    }
    if (r.arithmeticError)
        text += zh ? QStringLiteral("（计算无法进行：除数为零）") : QStringLiteral(" (cannot be computed: division by zero)");
    return text;
}

QString explainAmount(const AmountResult &r, Lang lang)
{
    const bool zh = lang == Lang::Zh;
    const Amount &a = *r.amount;
    if (!r.applicable) return zh ? QStringLiteral("不适用") : QStringLiteral("Not applicable");
    QStringList parts;
    auto one = [&](const Expression &e, const Value &v, const QString &zhWord, const QString &enWord) {
        if (e.isNull()) return;
        QString formula = Expression::describe(e.root(), lang);
        QString value = v.isKnown() ? formatMoney(v.number(), lang, writtenMoneyUnit(e.root(), v.number()))
                                    : (zh ? QStringLiteral("待定") : QStringLiteral("undetermined"));
        bool literal = e.root().kind == ExprNode::Literal;
        parts << (literal ? QStringLiteral("%1 %2").arg(zh ? zhWord : enWord, value)
                          : QStringLiteral("%1 %2 = %3").arg(zh ? zhWord : enWord, formula, value));
    };
    one(a.min, r.min, QStringLiteral("下限"), QStringLiteral("minimum"));
    one(a.max, r.max, QStringLiteral("上限"), QStringLiteral("maximum"));
    QString s = parts.join(zh ? QStringLiteral("；") : QStringLiteral("; "));
    if (a.perYear) s += zh ? QStringLiteral("（每年）") : QStringLiteral(" (per year)");
    if (!r.missing.isEmpty() && !r.max.isKnown()) s += zh ? QStringLiteral("；尚缺信息") : QStringLiteral("; information missing");
    return s;
}

QVector<Gap> gapsToEligibility(const ProgrammeResult &r, Lang lang)
{
    QVector<Gap> out;
    for (const CriterionResult &c : r.criteria) {
        if (c.status != CriterionStatus::Fail && c.status != CriterionStatus::Warning) continue;
        // Only what stands between the firm and the programme: status/info never decide it.
        if (!kindDecidesVerdict(c.criterion->kind) && c.criterion->kind != CriterionKind::Soft) continue;
        for (const ComparisonTrace &t : c.comparisons) {
            if (t.branch || !t.result.isKnown() || t.result.toBool() || t.lhs.kind() != Value::Num) continue;
            const QString m = marginText(t, c.facts, lang);
            if (m.isEmpty()) continue;
            out.append({c.criterion, Expression::describe(*t.node->kids[0], lang) + (lang == Lang::Zh ? QStringLiteral("：") : QStringLiteral(": ")) + m});
        }
    }
    return out;
}

} // namespace eligicheck
