#pragma once

#include "assessmentstore.h"
#include "firmrepository.h"

namespace eligicheck {

// Evaluates a firm's stored answers and keeps the result: what "assess" and "re-check" do in
// the CLI and the GUI. The rule library must outlive the service.
class AssessmentService {
    Q_DECLARE_TR_FUNCTIONS(AssessmentService)
public:
    AssessmentService(Database &db, const RuleLibrary &library);

    // Evaluates `ruleSet` for the firm as of `asOf` and saves the snapshot. `result`, if
    // given, receives the full evaluation (for display with explanations). `programmeIds`
    // limits the assessment to the programmes the user chose (empty: all of the document):
    // the snapshot, and so the firm list and the report, cover exactly those.
    Result<Assessment> assess(qint64 firmId, const RuleSet &ruleSet, const QDate &asOf,
                              RuleSetResult *result = nullptr, Lang lang = Lang::Zh,
                              const QStringList &programmeIds = {});
    // Keeps only the programmes of `programmeIds` (all when it is empty).
    static void limitTo(RuleSetResult &result, const QStringList &programmeIds);

    struct Recheck {
        Assessment before;
        Assessment after; // id 0 when not re-evaluated (rule set no longer loaded)
        Staleness staleness = Staleness::Current;
        QVector<AssessmentChange> changes;
    };
    // For every rule set whose newest assessment of this firm was made with rules that have
    // changed since: evaluates again (same as_of and programmes, the firm's current answers), saves the new
    // snapshot and reports the differences. Assessments of rule sets that are no longer
    // loaded are reported with staleness RuleMissing and left alone.
    Result<QVector<Recheck>> recheck(qint64 firmId, Lang lang = Lang::Zh);

private:
    Database &m_db;
    const RuleLibrary &m_library;
    FirmRepository m_firms;
    AssessmentStore m_store;
};

} // namespace eligicheck
