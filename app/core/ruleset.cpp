#include "ruleset.h"

#include "diagnostics.h"

namespace eligicheck {

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) where += QStringLiteral(":%1:%2").arg(line).arg(column > 0 ? column : 1);
    return QStringLiteral("%1: %2: %3")
        .arg(where, severity == Error ? QStringLiteral("error") : QStringLiteral("warning"), message);
}

namespace {
template <typename E, size_t N>
std::optional<E> lookup(const char *const (&names)[N], const QString &s)
{
    for (size_t i = 0; i < N; ++i)
        if (s == QLatin1String(names[i])) return E(i);
    return std::nullopt;
}
const char *const kindNames[] = {"hard", "soft", "declaration", "exclusion", "ban", "window", "status", "info"};
const char *const statusNames[] = {"pass", "fail", "unknown", "not_applicable", "waived", "warning", "info"};
const char *const verdictNames[] = {"eligible",     "needs_review",   "undetermined",
                                    "not_eligible", "not_applicable", "no_conditions"};
} // namespace

QString criterionKindName(CriterionKind k) { return QString::fromLatin1(kindNames[int(k)]); }
std::optional<CriterionKind> criterionKindFromName(const QString &s) { return lookup<CriterionKind>(kindNames, s); }
QString criterionStatusName(CriterionStatus s) { return QString::fromLatin1(statusNames[int(s)]); }
std::optional<CriterionStatus> criterionStatusFromName(const QString &s)
{
    return lookup<CriterionStatus>(statusNames, s);
}
QString verdictName(Verdict v) { return QString::fromLatin1(verdictNames[int(v)]); }
std::optional<Verdict> verdictFromName(const QString &s) { return lookup<Verdict>(verdictNames, s); }

bool kindDecidesVerdict(CriterionKind k)
{
    switch (k) {
    case CriterionKind::Hard:
    case CriterionKind::Declaration:
    case CriterionKind::Exclusion:
    case CriterionKind::Ban:
    case CriterionKind::Window: return true;
    default: return false;
    }
}

bool Band::contains(const Number &v) const
{
    if (low) {
        int c = v.compare(*low);
        if (c < 0 || (c == 0 && !lowInclusive)) return false;
    }
    if (high) {
        int c = v.compare(*high);
        if (c > 0 || (c == 0 && !highInclusive)) return false;
    }
    return true;
}

QString Band::rangeText() const
{
    return QStringLiteral("%1%2, %3%4")
        .arg(lowInclusive && low ? QStringLiteral("[") : QStringLiteral("("),
             low ? low->toString() : QStringLiteral("-inf"), high ? high->toString() : QStringLiteral("inf"),
             highInclusive && high ? QStringLiteral("]") : QStringLiteral(")"));
}

bool isJudgedCriterion(const Criterion &c)
{
    if (c.implicitInForce || c.implicitArea) return false;
    switch (c.kind) {
    case CriterionKind::Hard:
    case CriterionKind::Soft:
    case CriterionKind::Declaration:
    case CriterionKind::Exclusion:
    case CriterionKind::Ban: return true;
    default: return false;
    }
}

const Criterion *Programme::criterion(const QString &id) const
{
    for (const Criterion &c : criteria)
        if (c.id == id) return &c;
    return nullptr;
}

const Amount *Programme::amount(const QString &id) const
{
    for (const Amount &a : amounts)
        if (a.id == id) return &a;
    return nullptr;
}

const Programme *RuleSet::programme(const QString &id) const
{
    for (const Programme &p : programmes)
        if (p.id == id) return &p;
    return nullptr;
}

bool RuleSet::inForceOn(const QDate &date) const
{
    return date >= effectiveFrom && (!effectiveTo || date <= *effectiveTo);
}

QStringList knownRegions()
{
    return {QStringLiteral("national"), QStringLiteral("guangxi"),  QStringLiteral("liuzhou"),
            QStringLiteral("shanghai"), QStringLiteral("zhejiang"), QStringLiteral("shandong"),
            QStringLiteral("xiangtan")};
}

QString ruleSetTitle(const RuleSet &rs, Lang lang)
{
    return lang == Lang::En && !rs.titleEn.isEmpty() ? rs.titleEn : rs.title;
}

QString regionLabel(const QString &region, Lang lang)
{
    static const QHash<QString, LocalizedText> labels = {
        {QStringLiteral("national"), {QStringLiteral("全国"), QStringLiteral("National")}},
        {QStringLiteral("guangxi"), {QStringLiteral("广西"), QStringLiteral("Guangxi")}},
        {QStringLiteral("liuzhou"), {QStringLiteral("柳州"), QStringLiteral("Liuzhou")}},
        {QStringLiteral("shanghai"), {QStringLiteral("上海"), QStringLiteral("Shanghai")}},
        {QStringLiteral("zhejiang"), {QStringLiteral("浙江"), QStringLiteral("Zhejiang")}},
        {QStringLiteral("shandong"), {QStringLiteral("山东"), QStringLiteral("Shandong")}},
        {QStringLiteral("xiangtan"), {QStringLiteral("湘潭"), QStringLiteral("Xiangtan")}},
    };
    auto it = labels.constFind(region);
    return it == labels.cend() ? region : it->get(lang);
}

} // namespace eligicheck
