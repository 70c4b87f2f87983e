#pragma once

#include "facts.h"
#include "firmrepository.h"
#include "relevance.h"

#include <optional>

namespace eligicheck {

// Where a firm is and which programmes concern it: the region and applicant type of its stored
// answers (as match-all decides), and whether it lies in a
// region the user chose (report --all --region R).
class FirmScope {
public:
    // The programmes that concern `firm` on `asOf` (the national ones always; regional ones of its
    // province and city; its applicant type).
    static Relevance of(const Firm &firm, const FactValues &values, const FactRegistry &facts,
                        const QDate &asOf);
    // True when `firm` (its relevance from `of`) lies in `region` (a province: any of its cities too).
    static bool inRegion(const Relevance &firm, const Relevance &region);
};

} // namespace eligicheck
