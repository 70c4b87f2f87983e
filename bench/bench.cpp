// Measures what users feel: start-up rule loading, batch matching, and re-evaluation after
// one changed answer. Prints one line per figure; scripts/bench.sh runs it.
#include "answers.h"
#include "evaluator.h"
#include "explanation.h"
#include "resultjson.h"
#include "rulelibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace eligicheck;

namespace {

QTextStream out(stdout);

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[size_t(p * double(v.size() - 1))];
}

// A firm with plausible random answers; about one answer in twenty is left unanswered.
FactValues randomFirm(const RuleLibrary &lib, QRandomGenerator &rng, const QDate &asOf)
{
    FactValues v(lib.facts().size());
    v[FactRegistry::ApplicationDateSlot] = Value::fromDate(asOf);
    for (int slot = 1; slot < lib.facts().size(); ++slot) {
        const FactDefinition &f = lib.facts().at(slot);
        if (rng.bounded(20) == 0) continue;
        switch (f.type) {
        case FactType::Boolean: v[slot] = Value::fromBool(rng.bounded(10) != 0); break;
        case FactType::Number:
        case FactType::Integer: {
            long long hi = f.max ? f.max->toLongLong() : 200000;
            long long lo = f.min ? f.min->toLongLong() : 0;
            long long cents = lo * 100 + (long long)(rng.bounded(quint64((hi - lo) * 100 + 1)));
            Number n = f.type == FactType::Integer ? Number(cents / 100) : Number::fraction(cents, 100);
            v[slot] = Value::fromNumber(n);
            break;
        }
        case FactType::Choice: v[slot] = Value::fromChoice(f.choices[size_t(rng.bounded(int(f.choices.size())))].id); break;
        case FactType::Date: v[slot] = Value::fromDate(asOf.addDays(-qint64(rng.bounded(3000)))); break;
        case FactType::Text: v[slot] = Value::fromText(QStringLiteral("x")); break;
        }
    }
    return v;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int firms = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QDate asOf(2025, 6, 1);

    // 1. Load and validate every bundled rule set (what start-up pays).
    std::vector<double> loads;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        RuleLibrary lib;
        lib.loadBundled();
        loads.push_back(double(t.nsecsElapsed()) / 1e6);
        if (lib.hasErrors()) {
            out << "bundled rules have errors\n";
            return 1;
        }
    }
    RuleLibrary lib;
    lib.loadBundled();
    out << QStringLiteral("load+validate %1 bundled rule sets: median %2 ms, max %3 ms\n")
               .arg(lib.ruleSets().size())
               .arg(percentile(loads, 0.5), 0, 'f', 2)
               .arg(percentile(loads, 1.0), 0, 'f', 2);

    // 2. Batch: the technology-centre programme over generated firms (verdict fast path).
    const RuleSet *etc = lib.ruleSet(QStringLiteral("gx-enterprise-tech-center"));
    const Programme *rec = etc->programme(QStringLiteral("recognition"));
    QRandomGenerator rng(20251125);
    std::vector<FactValues> population;
    population.reserve(size_t(firms));
    for (int i = 0; i < firms; ++i) population.push_back(randomFirm(lib, rng, asOf));
    int counts[5] = {0, 0, 0, 0, 0};
    QElapsedTimer t;
    t.start();
    for (const FactValues &f : population) ++counts[int(Evaluator::verdictOf(*etc, *rec, f))];
    double secs = double(t.nsecsElapsed()) / 1e9;
    out << QStringLiteral("tech-centre verdicts: %1 firms in %2 ms = %3 evaluations/s (eligible %4, review %5, undetermined %6, "
                          "not eligible %7)\n")
               .arg(firms)
               .arg(secs * 1000, 0, 'f', 1)
               .arg(double(firms) / secs, 0, 'f', 0)
               .arg(counts[0]).arg(counts[1]).arg(counts[2]).arg(counts[3]);

    // Same with full explanations (what `check` and the result view compute).
    t.restart();
    const int detailed = std::min(firms, 20000);
    int sink = 0;
    for (int i = 0; i < detailed; ++i)
        sink += int(Evaluator::evaluateProgramme(*etc, *rec, population[size_t(i)]).criteria.size());
    secs = double(t.nsecsElapsed()) / 1e9;
    out << QStringLiteral("tech-centre with explanation traces: %1 evaluations/s\n").arg(double(detailed) / secs, 0, 'f', 0);

    // 3. match: one firm against every programme, with explanations rendered (as the CLI does).
    std::vector<double> matches;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer m;
        m.start();
        int programmes = 0;
        for (const auto &rs : lib.ruleSets()) {
            RuleSetResult r = Evaluator::evaluate(*rs, population[size_t(i)]);
            sink += int(ruleSetResultToJson(r, lib.facts(), Lang::Zh).toString(false).size());
            programmes += int(r.programmes.size());
        }
        matches.push_back(double(m.nsecsElapsed()) / 1e6);
        if (i == 0) out << QStringLiteral("match covers %1 programmes in %2 rule sets\n").arg(programmes).arg(lib.ruleSets().size());
    }
    out << QStringLiteral("match one firm against everything (evaluate + explain + JSON): median %1 ms, p99 %2 ms\n")
               .arg(percentile(matches, 0.5), 0, 'f', 3)
               .arg(percentile(matches, 0.99), 0, 'f', 3);

    // 4. Re-evaluation after one changed answer (the questionnaire's live verdict panel).
    std::vector<double> latencies;
    FactValues firm = population[0];
    const int revenueSlot = lib.facts().find(QStringLiteral("main_business_revenue_wan"))->slot;
    for (int i = 0; i < 5000; ++i) {
        firm[revenueSlot] = Value::fromNumber(Number(4000 + i));
        QElapsedTimer m;
        m.start();
        RuleSetResult r = Evaluator::evaluate(*etc, firm);
        for (const ProgrammeResult &p : r.programmes)
            for (const CriterionResult &c : p.criteria) sink += int(explainCriterion(c, *etc, lib.facts(), asOf, Lang::Zh).size());
        latencies.push_back(double(m.nsecsElapsed()) / 1e3);
    }
    out << QStringLiteral("re-evaluate tech-centre rule set after one answer changed: median %1 µs, p99 %2 µs\n")
               .arg(percentile(latencies, 0.5), 0, 'f', 1)
               .arg(percentile(latencies, 0.99), 0, 'f', 1);
    if (sink == 42) out << "";
    return 0;
}
