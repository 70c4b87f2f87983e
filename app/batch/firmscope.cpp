#include "firmscope.h"

namespace eligicheck {

Relevance FirmScope::of(const Firm &, const FactValues &values, const FactRegistry &facts,
                        const QDate &asOf) {
    // The firm's place is its province/city answers only: a region text naming a known place was
    // adopted as those answers when the database was opened (FirmRepository::adoptRegionText), and
    // one that names none must not widen the scope beyond what the evaluation itself can judge.
    Relevance relevance = Relevance::fromAnswers(values, facts);
    relevance.asOf = asOf;
    return relevance;
}

bool FirmScope::inRegion(const Relevance &firm, const Relevance &region) {
    if (!region.hasRegion()) return true;
    if (firm.province != region.province) return false;
    return region.city.isEmpty() || firm.city == region.city;
}

} // namespace eligicheck
