#include "firmscope.h"

namespace eligicheck {

Relevance FirmScope::of(const Firm &firm, const FactValues &values, const FactRegistry &facts,
                        const QDate &asOf) {
    Relevance relevance = Relevance::fromAnswers(values, facts);
    if (!relevance.hasRegion() && !firm.region.isEmpty())
        if (std::optional<Relevance> r = Relevance::forRegion(firm.region, facts, nullptr)) {
            relevance.province = r->province;
            relevance.city = r->city;
        }
    relevance.asOf = asOf;
    return relevance;
}

bool FirmScope::inRegion(const Relevance &firm, const Relevance &region) {
    if (!region.hasRegion()) return true;
    if (firm.province != region.province) return false;
    return region.city.isEmpty() || firm.city == region.city;
}

} // namespace eligicheck
