#include "evaluator.h"

namespace eligicheck {

int verdictRank(Verdict v)
{
    switch (v) {
    case Verdict::Eligible: return 0;
    case Verdict::NeedsReview: return 1;
    case Verdict::Undetermined: return 2;
    case Verdict::NotEligible: return 3;
    case Verdict::NoConditions: return 4; // after every judged verdict: nothing to apply for
    case Verdict::NotApplicable: return 5;
    }
    return 6;
}

namespace {

bool programmeInForce(const RuleSet &rs, const Programme &p, const QDate &date)
{
    QDate from = p.effectiveFrom.value_or(rs.effectiveFrom);
    std::optional<QDate> to = p.effectiveTo ? p.effectiveTo : rs.effectiveTo;
    return date.isValid() && date >= from && (!to || date <= *to);
}

void mergeMissing(QVector<int> &into, const QVarLengthArray<int, 8> &from)
{
    for (int s : from)
        if (!into.contains(s)) into.append(s);
}

CriterionResult evaluateCriterion(const Criterion &c, bool inForce, const FactValues &facts, bool explain)
{
    CriterionResult r;
    r.criterion = &c;
    QVarLengthArray<int, 8> missing;
    EvalContext ctx{&facts, &missing, false};

    if (c.implicitInForce) {
        r.status = inForce ? CriterionStatus::Pass : CriterionStatus::Fail;
        return r;
    }
    if (!c.appliesWhen.isNull()) {
        Value a = c.appliesWhen.evaluate(ctx);
        if (a.isKnown() && !a.toBool()) {
            r.status = CriterionStatus::NotApplicable;
            return r;
        }
    }
    if (!c.waivedWhen.isNull()) {
        QVarLengthArray<int, 8> waiverMissing;
        EvalContext wctx{&facts, &waiverMissing, false};
        Value w = c.waivedWhen.evaluate(wctx);
        if (w.isKnown() && w.toBool()) {
            r.status = CriterionStatus::Waived;
            return r;
        }
    }
    if (c.kind == CriterionKind::Info && c.condition.isNull()) {
        r.status = CriterionStatus::Info;
        return r;
    }
    Value v = c.condition.evaluate(ctx);
    if (explain) {
        // Tracing re-evaluates sub-expressions; it must not add to the missing facts.
        EvalContext traceCtx{&facts, nullptr, false};
        c.condition.trace(traceCtx, &r.comparisons);
        for (int slot : c.condition.referencedSlots()) r.facts.append({slot, facts.value(slot)});
    }
    r.arithmeticError = ctx.arithmeticError;
    // A window criterion cannot pass while the policy itself is not in force.
    if (c.kind == CriterionKind::Window && !inForce) {
        r.status = CriterionStatus::Fail;
        r.notInForce = true;
        return r;
    }
    if (!v.isKnown()) {
        r.status = CriterionStatus::Unknown;
        mergeMissing(r.missing, missing);
        return r;
    }
    // An unknown applies_when with a known failure still leaves the outcome open.
    if (!c.appliesWhen.isNull()) {
        QVarLengthArray<int, 8> am;
        EvalContext actx{&facts, &am, false};
        if (!c.appliesWhen.evaluate(actx).isKnown() && !v.toBool()) {
            r.status = CriterionStatus::Unknown;
            mergeMissing(r.missing, am);
            return r;
        }
    }
    if (c.kind == CriterionKind::Info) {
        r.status = CriterionStatus::Info;
        return r;
    }
    if (v.toBool()) r.status = CriterionStatus::Pass;
    else r.status = c.kind == CriterionKind::Soft ? CriterionStatus::Warning : CriterionStatus::Fail;
    return r;
}

Verdict combine(const QVector<CriterionResult> &results, QVector<int> *missing)
{
    bool fail = false, unknown = false, review = false, judged = false;
    for (const CriterionResult &r : results) {
        const CriterionKind k = r.criterion->kind;
        judged = judged || isJudgedCriterion(*r.criterion);
        if (kindDecidesVerdict(k)) {
            if (r.status == CriterionStatus::Fail) fail = true;
            else if (r.status == CriterionStatus::Unknown) {
                unknown = true;
                if (missing)
                    for (int s : r.missing)
                        if (!missing->contains(s)) missing->append(s);
            }
        } else if (k == CriterionKind::Soft) {
            if (r.status == CriterionStatus::Warning || r.status == CriterionStatus::Fail) review = true;
            else if (r.status == CriterionStatus::Unknown) {
                review = true;
                if (missing)
                    for (int s : r.missing)
                        if (!missing->contains(s)) missing->append(s);
            }
        }
    }
    if (fail) return Verdict::NotEligible;
    if (unknown) return Verdict::Undetermined;
    if (!judged) return Verdict::NoConditions; // only info/status/window: never "eligible"
    if (review) return Verdict::NeedsReview;
    return Verdict::Eligible;
}

} // namespace

ProgrammeResult Evaluator::evaluateProgramme(const RuleSet &rs, const Programme &p, const FactValues &facts,
                                             Detail detail)
{
    ProgrammeResult out;
    out.programme = &p;
    const QDate date = facts.value(FactRegistry::ApplicationDateSlot).date();
    out.inForce = programmeInForce(rs, p, date);
    const bool explain = detail == WithExplanations;

    bool applicable = true, applicabilityKnown = true;
    QVarLengthArray<int, 8> applicabilityMissing;
    if (!p.appliesWhen.isNull()) {
        EvalContext ctx{&facts, &applicabilityMissing, false};
        Value a = p.appliesWhen.evaluate(ctx);
        applicable = !(a.isKnown() && !a.toBool());
        applicabilityKnown = a.isKnown();
    }
    out.criteria.reserve(int(p.criteria.size()));
    for (const Criterion &c : p.criteria) out.criteria.append(evaluateCriterion(c, out.inForce, facts, explain));
    out.verdict = applicable ? combine(out.criteria, &out.missing) : Verdict::NotApplicable;
    // Until we know the programme concerns this applicant, it cannot be called eligible.
    if (!applicabilityKnown && (out.verdict == Verdict::Eligible || out.verdict == Verdict::NeedsReview ||
                                out.verdict == Verdict::NoConditions)) {
        out.verdict = Verdict::Undetermined;
        mergeMissing(out.missing, applicabilityMissing);
    }

    if (p.outcome) {
        OutcomeResult o;
        QVarLengthArray<int, 8> missing;
        EvalContext ctx{&facts, &missing, false};
        if (!p.outcome->appliesWhen.isNull()) {
            Value a = p.outcome->appliesWhen.evaluate(ctx);
            o.applicable = !(a.isKnown() && !a.toBool());
        }
        o.value = facts.value(p.outcome->fact->slot);
        if (o.applicable && o.value.isKnown()) {
            for (const Band &b : p.outcome->bands)
                if (b.contains(o.value.number())) {
                    o.band = &b;
                    break;
                }
        } else if (!o.value.isKnown()) {
            o.missing.append(p.outcome->fact->slot);
        }
        out.outcome = o;
    }
    for (const Amount &a : p.amounts) {
        AmountResult ar;
        ar.amount = &a;
        QVarLengthArray<int, 8> missing;
        EvalContext ctx{&facts, &missing, false};
        if (!a.appliesWhen.isNull()) {
            Value w = a.appliesWhen.evaluate(ctx);
            ar.applicable = !(w.isKnown() && !w.toBool());
        }
        if (ar.applicable) {
            if (!a.max.isNull()) ar.max = a.max.evaluate(ctx);
            if (!a.min.isNull()) ar.min = a.min.evaluate(ctx);
            // A negative maximum (e.g. a formula on a loss) means nothing is payable.
            if (ar.max.isKnown() && ar.max.number().isNegative()) ar.max = Value::fromNumber(Number(0));
            mergeMissing(ar.missing, missing);
        }
        out.amounts.append(ar);
    }
    return out;
}

RuleSetResult Evaluator::evaluate(const RuleSet &rs, const FactValues &facts, Detail detail)
{
    RuleSetResult out;
    out.ruleSet = &rs;
    out.asOf = facts.value(FactRegistry::ApplicationDateSlot).date();
    out.inForce = rs.inForceOn(out.asOf);
    out.programmes.reserve(int(rs.programmes.size()));
    for (const Programme &p : rs.programmes) out.programmes.append(evaluateProgramme(rs, p, facts, detail));
    return out;
}

Verdict Evaluator::verdictOf(const RuleSet &rs, const Programme &p, const FactValues &facts)
{
    const QDate date = facts.value(FactRegistry::ApplicationDateSlot).date();
    const bool inForce = programmeInForce(rs, p, date);
    bool unknown = false, review = false, judged = false;
    if (!p.appliesWhen.isNull()) {
        EvalContext ctx{&facts, nullptr, false};
        Value a = p.appliesWhen.evaluate(ctx);
        if (a.isKnown() && !a.toBool()) return Verdict::NotApplicable;
        unknown = !a.isKnown();
    }
    for (const Criterion &c : p.criteria) {
        judged = judged || isJudgedCriterion(c);
        if (!kindDecidesVerdict(c.kind) && c.kind != CriterionKind::Soft) continue;
        CriterionResult r = evaluateCriterion(c, inForce, facts, false);
        if (kindDecidesVerdict(c.kind)) {
            if (r.status == CriterionStatus::Fail) return Verdict::NotEligible;
            if (r.status == CriterionStatus::Unknown) unknown = true;
        } else if (r.status == CriterionStatus::Warning || r.status == CriterionStatus::Unknown ||
                   r.status == CriterionStatus::Fail) {
            review = true;
        }
    }
    if (unknown) return Verdict::Undetermined;
    if (!judged) return Verdict::NoConditions;
    return review ? Verdict::NeedsReview : Verdict::Eligible;
}

} // namespace eligicheck
