#pragma once

#include "evaluator.h"
#include "firmrepository.h"
#include "rulelibrary.h"

#include <functional>

namespace eligicheck {

// Every firm of the database against the programmes that concern it (match-all), one firm at a
// time: its stored answers as of a date, its region and applicant type (from its answers, else
// its region field), the programmes in force on the date, best verdict first. Only one firm's
// results are alive at a time, so any output written firm by firm stays in constant memory.
struct FirmMatch {
    struct Row {
        const RuleSet *ruleSet = nullptr;
        ProgrammeResult result;
    };
    Firm firm;
    std::vector<Row> rows;
    int index = 0; // 0-based position of the firm, of `total` (for progress)
    int total = 0;
};

class FirmMatcher {
public:
    FirmMatcher(Database &db, const RuleLibrary &library);
    // Calls `visit` for each firm in name order; `visit` returns false to stop early (cancelled).
    StorageError run(const QDate &asOf, const std::function<bool(const FirmMatch &)> &visit) const;

private:
    Database &m_db;
    const RuleLibrary &m_library;
};

} // namespace eligicheck
