#include "assessmentservice.h"

#include <algorithm>

namespace eligicheck {

AssessmentService::AssessmentService(Database &db, const RuleLibrary &library)
    : m_db(db)
    , m_library(library)
    , m_firms(db)
    , m_store(db) {}

void AssessmentService::limitTo(RuleSetResult &result, const QStringList &programmeIds) {
    if (programmeIds.isEmpty()) return;
    result.programmes.erase(std::remove_if(result.programmes.begin(), result.programmes.end(),
                                           [&](const ProgrammeResult &p) {
                                               return !p.programme || !programmeIds.contains(p.programme->id);
                                           }),
                            result.programmes.end());
}

Result<Assessment> AssessmentService::assess(qint64 firmId, const RuleSet &ruleSet, const QDate &asOf,
                                             RuleSetResult *resultOut, Lang lang,
                                             const QStringList &programmeIds) {
    Result<Answers> answers = m_firms.answersFor(firmId, asOf, m_library.facts());
    if (!answers.ok()) return answers.error();
    const FactValues values = answers->toFactValues(m_library.facts(), asOf);
    RuleSetResult result = Evaluator::evaluate(ruleSet, values);
    limitTo(result, programmeIds);
    Assessment a = AssessmentStore::snapshot(firmId, result, values, m_library.facts(), lang);
    Result<qint64> id = m_store.save(a);
    if (!id.ok()) return id.error();
    if (resultOut) *resultOut = result;
    return m_store.assessment(*id);
}

Result<QVector<AssessmentService::Recheck>> AssessmentService::recheck(qint64 firmId, Lang lang) {
    Result<QVector<Assessment>> latest = m_store.latestPerRuleSet(firmId);
    if (!latest.ok()) return latest.error();
    const QHash<QString, QString> hashes = AssessmentStore::currentHashes(m_library);
    QVector<Recheck> out;
    for (const Assessment &before : *latest) {
        Recheck r;
        r.before = before;
        r.staleness = AssessmentStore::staleness(before, hashes);
        if (r.staleness == Staleness::Current) continue;
        if (r.staleness == Staleness::RuleChanged) {
            QStringList programmes;
            for (const ProgrammeSnapshot &p : before.programmes)
                programmes << p.programmeId;
            Result<Assessment> after =
                assess(firmId, *m_library.ruleSet(before.ruleSetId), before.asOf, nullptr, lang, programmes);
            if (!after.ok()) return after.error();
            r.after = *after;
            r.changes = AssessmentStore::compare(before, r.after);
        }
        out.append(r);
    }
    return out;
}

} // namespace eligicheck
