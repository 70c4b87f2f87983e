#pragma once

#include "expression.h"
#include "ruleset.h"

#include <QDate>
#include <QVector>
#include <optional>

namespace eligicheck {

struct CriterionResult {
    const Criterion *criterion = nullptr;
    CriterionStatus status = CriterionStatus::Unknown;
    QVector<int> missing;                // slots of facts still needed
    QVector<ComparisonTrace> comparisons; // filled when explaining
    QVector<QPair<int, Value>> facts;     // filled when explaining: each fact the condition reads
    bool arithmeticError = false;
    bool notInForce = false; // a window criterion failed because the policy is not in force
};

struct AmountResult {
    const Amount *amount = nullptr;
    bool applicable = true;
    Value max; // 万元 (unknown when facts are missing)
    Value min;
    QVector<int> missing;
};

struct OutcomeResult {
    const Band *band = nullptr; // nullptr: no band (fact unknown or not applicable)
    bool applicable = true;
    Value value;
    QVector<int> missing;
};

struct ProgrammeResult {
    const Programme *programme = nullptr;
    Verdict verdict = Verdict::Undetermined;
    bool inForce = true;
    QVector<CriterionResult> criteria;
    std::optional<OutcomeResult> outcome;
    QVector<AmountResult> amounts;
    QVector<int> missing; // union over criteria that decide the verdict
};

struct RuleSetResult {
    const RuleSet *ruleSet = nullptr;
    QDate asOf;
    bool inForce = true;
    QVector<ProgrammeResult> programmes;
};

// Evaluates rule sets against one firm's answers. Stateless; the facts must include the
// evaluation date in slot FactRegistry::ApplicationDateSlot.
class Evaluator {
public:
    enum Detail { VerdictsOnly, WithExplanations };

    static RuleSetResult evaluate(const RuleSet &rs, const FactValues &facts, Detail detail = WithExplanations);
    static ProgrammeResult evaluateProgramme(const RuleSet &rs, const Programme &p, const FactValues &facts,
                                             Detail detail = WithExplanations);
    // Hot path for batch matching: no explanations, no allocation beyond the result.
    static Verdict verdictOf(const RuleSet &rs, const Programme &p, const FactValues &facts);
};

// Sort rank for "best first" listings: eligible → needs_review → undetermined → not_eligible →
// no_conditions → not_applicable.
int verdictRank(Verdict v);

} // namespace eligicheck
