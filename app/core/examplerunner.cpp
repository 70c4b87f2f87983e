#include "examplerunner.h"

#include "answers.h"
#include "evaluator.h"

#include <QSet>

namespace eligicheck {

ExampleReport runExamples(const RuleSet &rs, const FactRegistry &facts)
{
    ExampleReport rep;
    QHash<QString, QSet<CriterionStatus>> seen; // programme/criterion → statuses observed
    auto fail = [&](const Example &ex, const QString &msg) {
        rep.failures.append({Diagnostic::Error, rs.filePath, ex.pos.line, ex.pos.column,
                             FileMessages::tr("example '%1': %2").arg(ex.name, msg)});
    };
    for (const Example &ex : rs.examples) {
        ++rep.examples;
        Answers a;
        a.values = ex.facts;
        const QDate asOf = ex.asOf.value_or(rs.effectiveFrom);
        FactValues values = a.toFactValues(facts, asOf);
        RuleSetResult result = Evaluator::evaluate(rs, values, Evaluator::WithExplanations);
        for (const ProgrammeResult &p : result.programmes) {
            for (const CriterionResult &c : p.criteria)
                seen[p.programme->id + u'/' + c.criterion->id].insert(c.status);
            // The fast path must agree with the detailed one.
            Verdict fast = Evaluator::verdictOf(rs, *p.programme, values);
            if (fast != p.verdict)
                fail(ex, FileMessages::tr("internal: fast verdict %1 differs from detailed %2 for '%3'")
                             .arg(verdictName(fast), verdictName(p.verdict), p.programme->id));
        }
        auto programmeResult = [&](const QString &id) -> const ProgrammeResult * {
            for (const ProgrammeResult &p : result.programmes)
                if (p.programme->id == id) return &p;
            return nullptr;
        };
        auto criterionResult = [&](const QString &path) -> const CriterionResult * {
            int slash = int(path.indexOf(u'/'));
            const ProgrammeResult *p = programmeResult(path.left(slash));
            if (!p) return nullptr;
            for (const CriterionResult &c : p->criteria)
                if (c.criterion->id == path.mid(slash + 1)) return &c;
            return nullptr;
        };
        for (auto it = ex.verdicts.cbegin(); it != ex.verdicts.cend(); ++it) {
            ++rep.checks;
            const ProgrammeResult *p = programmeResult(it.key());
            if (p && verdictName(p->verdict) != it.value())
                fail(ex, FileMessages::tr("programme '%1': expected %2, got %3")
                             .arg(it.key(), it.value(), verdictName(p->verdict)));
        }
        for (auto it = ex.criteria.cbegin(); it != ex.criteria.cend(); ++it) {
            ++rep.checks;
            const CriterionResult *c = criterionResult(it.key());
            if (c && criterionStatusName(c->status) != it.value())
                fail(ex, FileMessages::tr("criterion '%1': expected %2, got %3")
                             .arg(it.key(), it.value(), criterionStatusName(c->status)));
        }
        for (auto it = ex.missing.cbegin(); it != ex.missing.cend(); ++it) {
            ++rep.checks;
            const CriterionResult *c = criterionResult(it.key());
            if (!c) continue;
            QStringList got;
            for (int s : c->missing) got << facts.at(s).id;
            QStringList want = it.value();
            got.sort();
            want.sort();
            if (got != want)
                fail(ex, FileMessages::tr("criterion '%1': expected missing [%2], got [%3]")
                             .arg(it.key(), want.join(QStringLiteral(", ")), got.join(QStringLiteral(", "))));
        }
        for (auto it = ex.outcomes.cbegin(); it != ex.outcomes.cend(); ++it) {
            ++rep.checks;
            const ProgrammeResult *p = programmeResult(it.key());
            if (!p || !p->outcome) continue;
            const Band *b = p->outcome->band;
            bool ok = it.value().isEmpty() ? b == nullptr : (b && (b->id == it.value() || b->label.zh == it.value()));
            if (!ok)
                fail(ex, FileMessages::tr("outcome of '%1': expected %2, got %3")
                             .arg(it.key(), it.value().isEmpty() ? QStringLiteral("none") : it.value(),
                                  b ? b->id : QStringLiteral("none")));
        }
        for (auto it = ex.amounts.cbegin(); it != ex.amounts.cend(); ++it) {
            ++rep.checks;
            int slash = int(it.key().indexOf(u'/'));
            const ProgrammeResult *p = programmeResult(it.key().left(slash));
            if (!p) continue;
            for (const AmountResult &a : p->amounts) {
                if (a.amount->id != it.key().mid(slash + 1)) continue;
                QString got = a.max.isKnown() ? a.max.number().toString() : QString();
                bool ok = it.value().isEmpty() ? got.isEmpty()
                                               : (a.max.isKnown() && Number::parse(it.value()) && *Number::parse(it.value()) == a.max.number());
                if (!ok)
                    fail(ex, FileMessages::tr("amount '%1': expected max %2, got %3")
                                 .arg(it.key(), it.value().isEmpty() ? QStringLiteral("unknown") : it.value(),
                                      got.isEmpty() ? QStringLiteral("unknown") : got));
            }
        }
        if (ex.inForce) {
            ++rep.checks;
            if (*ex.inForce != result.inForce)
                fail(ex, FileMessages::tr("expected in_force %1, got %2")
                             .arg(*ex.inForce ? QStringLiteral("true") : QStringLiteral("false"),
                                  result.inForce ? QStringLiteral("true") : QStringLiteral("false")));
        }
    }
    // Coverage: each judged criterion must pass and fail somewhere in the examples.
    for (const Programme &p : rs.programmes) {
        for (const Criterion &c : p.criteria) {
            if (c.implicitInForce || c.kind == CriterionKind::Info) continue;
            const QSet<CriterionStatus> &s = seen[p.id + u'/' + c.id];
            QStringList lacking;
            if (!s.contains(CriterionStatus::Pass)) lacking << QStringLiteral("passes");
            if (!s.contains(CriterionStatus::Fail) && !s.contains(CriterionStatus::Warning)) lacking << QStringLiteral("fails");
            if (!lacking.isEmpty())
                rep.failures.append({Diagnostic::Error, rs.filePath, c.pos.line, c.pos.column,
                                     FileMessages::tr("criterion '%1/%2' never %3 in the examples")
                                         .arg(p.id, c.id, lacking.join(FileMessages::tr(" and never ")))});
        }
    }
    return rep;
}

} // namespace eligicheck
