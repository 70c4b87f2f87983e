#include "firmmatcher.h"

#include "relevance.h"

#include <algorithm>

namespace eligicheck {

FirmMatcher::FirmMatcher(Database &db, const RuleLibrary &library)
    : m_db(db)
    , m_library(library) {}

StorageError FirmMatcher::run(const QDate &asOf, const std::function<bool(const FirmMatch &)> &visit) const {
    FirmRepository repo(m_db);
    Result<QVector<Firm>> firms = repo.firms();
    if (!firms.ok()) return firms.error();
    FirmMatch match;
    match.total = int(firms->size());
    match.index = -1;
    for (const Firm &firm : *firms) {
        ++match.index;
        Result<Answers> answers = repo.answersFor(firm.id, asOf, m_library.facts());
        if (!answers.ok()) return answers.error();
        const FactValues values = answers->toFactValues(m_library.facts(), asOf);
        // Only what concerns this firm (issue 17 item 5): its region and applicant type from its
        // stored answers (its region text was adopted as province/city on opening); programmes
        // in force on the date.
        const Relevance relevance = Relevance::fromAnswers(values, m_library.facts());
        match.firm = firm;
        match.rows.clear();
        for (const auto &rs : m_library.ruleSets())
            for (const Programme &p : rs->programmes)
                if (relevance.shows(*rs, p))
                    match.rows.push_back(
                        {rs.get(), Evaluator::evaluateProgramme(*rs, p, values, Evaluator::VerdictsOnly)});
        std::stable_sort(match.rows.begin(), match.rows.end(),
                         [](const FirmMatch::Row &a, const FirmMatch::Row &b) {
                             return verdictRank(a.result.verdict) < verdictRank(b.result.verdict);
                         });
        if (!visit(match)) break;
    }
    return StorageError();
}

} // namespace eligicheck
