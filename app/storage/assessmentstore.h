#pragma once

#include "database.h"
#include "evaluator.h"
#include "rulelibrary.h"

#include <QDate>
#include <QHash>
#include <QVector>

namespace eligicheck {

struct AmountSnapshot {
    QString amountId;
    QString maxWan; // exact decimal text, "" = unknown
    QString minWan;
};

struct ProgrammeSnapshot {
    QString programmeId;
    Verdict verdict = Verdict::Undetermined;
    QString outcomeBand;                               // "" = none
    QVector<QPair<QString, CriterionStatus>> criteria; // in rule order
    QVector<AmountSnapshot> amounts;
};

// One saved evaluation: immutable once saved, so a printed report can always be reproduced.
struct Assessment {
    qint64 id = 0;
    qint64 firmId = 0;
    QString ruleSetId;
    QString contentHash; // SHA-256 of the rule file used
    QDate verifiedOn;    // the rule set's verified_on
    QDate asOf;
    QString createdAt;
    QString createdBy;
    QHash<QString, QString> inputs; // fact id → stored plain value used
    QString resultJson;             // the documented JSON of `check` (resultjson.h)
    QVector<ProgrammeSnapshot> programmes;

    const ProgrammeSnapshot *programme(const QString &id) const;
};

// Why an assessment may no longer reflect the rules.
enum class Staleness { Current, RuleChanged, RuleMissing };

// One difference between an assessment and a re-evaluation, criterion by criterion.
struct AssessmentChange {
    enum Kind { Verdict, Criterion, Amount, Outcome, ProgrammeAdded, ProgrammeRemoved };
    Kind kind = Criterion;
    QString programmeId;
    QString itemId; // criterion or amount id; empty for verdict/outcome/programme
    QString before; // status/verdict name or amount; "" when absent
    QString after;
};

// Saved assessments. There is deliberately no update or delete: the database refuses both too.
class AssessmentStore {
    Q_DECLARE_TR_FUNCTIONS(AssessmentStore)
public:
    explicit AssessmentStore(Database &db)
        : m_db(db) {}

    // The snapshot of one evaluation, ready to save (createdBy/createdAt are filled by save).
    static Assessment snapshot(qint64 firmId, const RuleSetResult &result, const FactValues &values,
                               const FactRegistry &facts, Lang lang = Lang::Zh);

    // Inserts the assessment with its verdicts, statuses and amounts in one transaction.
    Result<qint64> save(const Assessment &assessment);
    Result<Assessment> assessment(qint64 id) const;
    // A firm's assessments, newest first.
    Result<QVector<Assessment>> history(qint64 firmId) const;
    // The newest assessment of each rule set for a firm, by rule set id.
    Result<QVector<Assessment>> latestPerRuleSet(qint64 firmId) const;
    Result<QVector<qint64>> allIds() const;

    static Staleness staleness(const Assessment &a, const QHash<QString, QString> &currentHashes);
    // rule set id → content hash of the rules loaded now.
    static QHash<QString, QString> currentHashes(const RuleLibrary &library);
    // What changed from `before` to `after`, programme by programme and criterion by criterion.
    static QVector<AssessmentChange> compare(const Assessment &before, const Assessment &after);

private:
    StorageError loadDetails(Assessment &a) const;
    Result<QVector<Assessment>> select(const QString &where, const QVariantList &args) const;

    Database &m_db;
};

} // namespace eligicheck
