#include "relevance.h"

#include <QRegularExpression>

namespace eligicheck {

std::optional<Relevance> Relevance::forRegion(const QString &region, const FactRegistry &facts, QString *error)
{
    Relevance r;
    const FactDefinition *province = facts.find(QStringLiteral("province"));
    const FactDefinition *city = facts.find(QStringLiteral("city"));
    if (province && province->choice(region)) {
        r.province = region;
        return r;
    }
    if (const ChoiceOption *c = city ? city->choice(region) : nullptr; c && !c->province.isEmpty()) {
        r.province = c->province;
        r.city = region;
        return r;
    }
    if (error) {
        QStringList ids = province ? province->choiceIds() : QStringList();
        if (city)
            for (const ChoiceOption &c : city->choices)
                if (!c.province.isEmpty()) ids << c.id;
        const QStringList near = closestMatches(region, ids);
        *error = near.isEmpty() ? QString() : near.join(QStringLiteral(", "));
    }
    return std::nullopt;
}

namespace {

// The Chinese label and its short form (广西壮族自治区 → 广西, 柳州市 → 柳州), longest first.
QStringList chineseStems(const QString &label) {
    static const QStringList suffixes = {QStringLiteral("壮族自治区"),   QStringLiteral("回族自治区"),
                                         QStringLiteral("维吾尔自治区"), QStringLiteral("土家族苗族自治州"),
                                         QStringLiteral("自治区"),       QStringLiteral("自治州"),
                                         QStringLiteral("省"),           QStringLiteral("市"),
                                         QStringLiteral("地区"),         QStringLiteral("州")};
    QStringList out;
    if (label.isEmpty()) return out;
    out << label;
    for (const QString &s : suffixes)
        if (label.endsWith(s) && label.size() - s.size() >= 2) {
            out << label.left(label.size() - s.size());
            break;
        }
    return out;
}

// The choice of `fact` the text names, "" when none, nullopt when it names two different ones.
std::optional<const ChoiceOption *> namedChoice(const QString &text, const QStringList &words,
                                                const FactDefinition *fact) {
    const ChoiceOption *found = nullptr;
    if (!fact) return found;
    for (const ChoiceOption &c : fact->choices) {
        if (c.id == QLatin1String("other")) continue;
        bool named = words.contains(c.id, Qt::CaseInsensitive) ||
                     (!c.label.en.isEmpty() && words.contains(c.label.en, Qt::CaseInsensitive));
        for (const QString &stem : chineseStems(c.label.zh))
            named = named || text.contains(stem);
        if (!named) continue;
        if (found && found != &c) return std::nullopt;
        found = &c;
    }
    return found;
}

} // namespace

std::optional<Relevance> Relevance::fromRegionText(const QString &text, const FactRegistry &facts) {
    static const QRegularExpression separators(QStringLiteral("[\\s,，、;；/()（）·.\\-]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    const std::optional<const ChoiceOption *> province =
        namedChoice(text, words, facts.find(QStringLiteral("province")));
    const std::optional<const ChoiceOption *> city =
        namedChoice(text, words, facts.find(QStringLiteral("city")));
    if (!province) return std::nullopt;
    Relevance r;
    if (*province) r.province = (*province)->id;
    if (city && *city && !(*city)->province.isEmpty() &&
        (r.province.isEmpty() || r.province == (*city)->province)) {
        r.province = (*city)->province;
        r.city = (*city)->id;
    }
    if (r.province.isEmpty()) return std::nullopt;
    return r;
}

Relevance Relevance::fromAnswers(const FactValues &values, const FactRegistry &facts)
{
    Relevance r;
    auto answered = [&](const char *id) {
        const FactDefinition *f = facts.find(QLatin1String(id));
        if (!f || f->slot < 0 || f->slot >= values.size()) return QString();
        const Value &v = values[f->slot];
        return v.kind() == Value::Choice ? v.string() : QString();
    };
    r.province = answered("province");
    r.city = answered("city");
    if (r.city == QLatin1String("other")) r.city.clear();
    // A city answered without its province still places the firm.
    if (r.province.isEmpty() && !r.city.isEmpty())
        if (const FactDefinition *c = facts.find(QStringLiteral("city")))
            if (const ChoiceOption *o = c->choice(r.city)) r.province = o->province;
    r.applicantType = answered("applicant_type");
    r.asOf = values.value(FactRegistry::ApplicationDateSlot).date();
    return r;
}

bool Relevance::regionFits(const RuleSet &rs) const
{
    if (rs.area.isNational() || province.isEmpty()) return true;
    if (rs.area.province != province) return false;
    // A firm whose city is not known still sees its province's city programmes.
    return rs.area.city.isEmpty() || city.isEmpty() || rs.area.city == city;
}

bool Relevance::applicantFits(const Programme &p) const
{
    return applicantType.isEmpty() || p.applicantTypes.isEmpty() || p.applicantTypes.contains(applicantType);
}

bool Relevance::inForce(const RuleSet &rs, const Programme &p) const
{
    const QDate from = p.effectiveFrom.value_or(rs.effectiveFrom);
    const std::optional<QDate> to = p.effectiveTo ? p.effectiveTo : rs.effectiveTo;
    return asOf.isValid() && asOf >= from && (!to || asOf <= *to);
}

} // namespace eligicheck
