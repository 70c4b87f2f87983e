#include "relevance.h"

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
