// Measures what users feel, in the order of issue 9: (1) start-up of the GUI against a minimal Qt
// program, (2) rule loading, (3) batch verdicts of the technology-centre programme, (4) match,
// (5) re-evaluation after one changed answer, (6) the PDF of a full match, (7) the GUI's peak
// memory. Prints one line per figure; scripts/bench.sh runs it, then the json-rules-engine peer
// on the firms written by --peer-file.
#include "answers.h"
#include "assessment.h"
#include "assessmentsession.h"
#include "evaluator.h"
#include "explanation.h"
#include "generatedrules.h"
#include "librarymanager.h"
#include "reportexport.h"
#include "resultjson.h"
#include "rulelibrary.h"
#include "startup.h"
#include "techcentrefirms.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <vector>

using namespace eligicheck;

namespace {

QTextStream out(stdout);

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[size_t(p * double(v.size() - 1))];
}

double median(const std::vector<double> &v) {
    return percentile(v, 0.5);
}

QString ms(double v, int decimals = 2) {
    return QString::number(v, 'f', decimals);
}

// Runs `work` `runs` times and returns each run's time in milliseconds.
std::vector<double> timeRuns(int runs, const std::function<void()> &work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return times;
}

// A firm with plausible random answers to every question of every rule set; about one answer in
// twenty is left unanswered (the match, re-evaluation and PDF figures use these).
FactValues randomFirm(const RuleLibrary &lib, QRandomGenerator &rng, const QDate &asOf) {
    FactValues v(lib.facts().size());
    v[FactRegistry::ApplicationDateSlot] = Value::fromDate(asOf);
    for (int slot = 1; slot < lib.facts().size(); ++slot) {
        const FactDefinition &f = lib.facts().at(slot);
        if (rng.bounded(20) == 0) continue;
        switch (f.type) {
        case FactType::Boolean:
            v[slot] = Value::fromBool(rng.bounded(10) != 0);
            break;
        case FactType::Number:
        case FactType::Integer: {
            long long hi = f.max ? f.max->toLongLong() : 200000;
            long long lo = f.min ? f.min->toLongLong() : 0;
            long long cents = lo * 100 + (long long)(rng.bounded(quint64((hi - lo) * 100 + 1)));
            Number n = f.type == FactType::Integer ? Number(cents / 100) : Number::fraction(cents, 100);
            v[slot] = Value::fromNumber(n);
            break;
        }
        case FactType::Choice:
            v[slot] = Value::fromChoice(f.choices[size_t(rng.bounded(int(f.choices.size())))].id);
            break;
        case FactType::Date:
            v[slot] = Value::fromDate(asOf.addDays(-qint64(rng.bounded(3000))));
            break;
        case FactType::Text:
            v[slot] = Value::fromText(QStringLiteral("x"));
            break;
        }
    }
    return v;
}

Answers toAnswers(const RuleLibrary &lib, const FactValues &values, const QDate &asOf) {
    Answers a;
    a.asOf = asOf;
    a.firmName = QStringLiteral("基准测试有限公司");
    for (int slot = 1; slot < lib.facts().size(); ++slot)
        if (values[size_t(slot)].isKnown()) a.values.insert(lib.facts().at(slot).id, values[size_t(slot)]);
    return a;
}

// (1) and (7): eligicheck against the minimal Qt program, launched alternately so both see the
// same machine load. One unmeasured launch each first (page cache, font cache).
bool measureStartup(int runs) {
    const QString dir = QCoreApplication::applicationDirPath();
    const QString gui = dir + QStringLiteral("/eligicheck"),
                  minimal = dir + QStringLiteral("/eligicheck-minimal");
    QTemporaryDir home;
    const QProcessEnvironment env = bench::startupEnvironment(home.path());
    std::vector<double> guiMs, minimalMs, guiKb, minimalKb;
    QString error;
    for (int i = -1; i < runs; ++i) {
        const auto m = bench::launchToFirstPaint(minimal, env, &error);
        const auto g = m ? bench::launchToFirstPaint(gui, env, &error) : std::nullopt;
        if (!g) {
            out << "(1) start-up: FAILED: " << error << '\n';
            return false;
        }
        if (i < 0) continue;
        minimalMs.push_back(m->msToFirstPaint);
        guiMs.push_back(g->msToFirstPaint);
        minimalKb.push_back(double(m->peakKb));
        guiKb.push_back(double(g->peakKb));
    }
    out << QStringLiteral(
               "(1) start-up to first painted main window, offscreen, median of %1: eligicheck %2 ms, "
               "minimal Qt Widgets program %3 ms, ratio %4x\n")
               .arg(runs)
               .arg(ms(median(guiMs), 1), ms(median(minimalMs), 1), ms(median(guiMs) / median(minimalMs)));
    out << QStringLiteral(
               "(7) peak memory (VmHWM) after first paint, median: eligicheck %1 MB, minimal %2 MB\n")
               .arg(ms(median(guiKb) / 1024, 1), ms(median(minimalKb) / 1024, 1));
    out.flush();
    return true;
}

} // namespace

int main(int argc, char **argv) {
    // The PDF needs a QGuiApplication; nothing is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("firms"),
                                 QStringLiteral("generated firms for (3), default 100000"));
    const QCommandLineOption peerFile(
        QStringLiteral("peer-file"),
        QStringLiteral("write the firms of (3) and our verdicts here for the peer"), QStringLiteral("path"));
    const QCommandLineOption startupRuns(QStringLiteral("startup-runs"),
                                         QStringLiteral("launches of each program for (1), default 20"),
                                         QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption noStartup(QStringLiteral("no-startup"), QStringLiteral("skip (1) and (7)"));
    parser.addOptions({peerFile, startupRuns, noStartup});
    parser.process(app);
    const int firms =
        parser.positionalArguments().isEmpty() ? 100000 : parser.positionalArguments().first().toInt();
    const QDate asOf(2025, 6, 1);
    bool failed = false;

    if (!parser.isSet(noStartup))
        failed = !measureStartup(std::max(1, parser.value(startupRuns).toInt())) || failed;

    // (2) Load and validate every bundled rule set (what start-up pays: the pack checked at build
    // time), then the same with the examples (what `test` pays), then the same files read from
    // YAML with every check, then 1,000 generated rule files loaded as user files.
    bool broken = false;
    auto bundled = timeRuns(20, [&] {
        RuleLibrary lib;
        broken = lib.loadBundled() != RuleLibrary::BundledSource::Pack || lib.hasErrors() || broken;
    });
    if (broken) {
        out << "bundled rules have errors or their pack is unusable\n";
        return 1;
    }
    RuleLibrary lib;
    lib.loadBundled();
    out << QStringLiteral("(2) load+validate %1 bundled rule sets: median %2 ms, max %3 ms\n")
               .arg(lib.ruleSets().size())
               .arg(ms(median(bundled)), ms(percentile(bundled, 1.0)));
    auto examples = timeRuns(20, [] {
        RuleLibrary l;
        l.setLoadBundledExamples(true);
        l.loadBundled();
    });
    out << QStringLiteral("    with their examples (as `test`): median %1 ms, max %2 ms\n")
               .arg(ms(median(examples)), ms(percentile(examples, 1.0)));
    std::vector<RuleSource> yaml;
    qint64 yamlBytes = 0;
    for (QDirIterator it(QStringLiteral(":/rules"), {QStringLiteral("*.yaml")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        yaml.push_back({path, f.readAll(), false});
        yamlBytes += yaml.back().content.size();
    }
    auto yamlTimes = timeRuns(20, [&] {
        RuleLibrary l;
        l.loadSources(yaml);
    });
    out << QStringLiteral(
               "    the same %1 files (%2 KB) as user files, YAML with every check: median %3 ms, max "
               "%4 ms\n")
               .arg(yaml.size())
               .arg(yamlBytes / 1024)
               .arg(ms(median(yamlTimes)), ms(percentile(yamlTimes, 1.0)));
    {
        QTemporaryDir dir;
        QString error;
        const QStringList paths = bench::writeGeneratedRuleSets(dir.path(), 1000, &error);
        qint64 bytes = 0;
        for (const QString &p : paths)
            bytes += QFileInfo(p).size();
        int loaded = 0;
        bool errors = false;
        std::vector<double> generated;
        for (int run = 0; run < 3; ++run) {
            RuleLibrary l;
            l.loadBundled(); // not timed: measured above
            QElapsedTimer t;
            t.start();
            l.loadPaths({dir.path()});
            generated.push_back(double(t.nsecsElapsed()) / 1e6);
            loaded = int(l.ruleSets().size()) - int(lib.ruleSets().size());
            errors = l.hasErrors();
        }
        if (paths.isEmpty() || errors || loaded != paths.size()) {
            out << "(2) generated rule sets: FAILED ("
                << (error.isEmpty() ? QStringLiteral("files with errors") : error) << ", " << loaded
                << " loaded)\n";
            failed = true;
        } else {
            out << QStringLiteral(
                       "    %1 generated rule files (%2 KB) via RuleLibrary::loadPaths: median %3 ms total, "
                       "%4 ms per file\n")
                       .arg(loaded)
                       .arg(bytes / 1024)
                       .arg(ms(median(generated), 1), ms(median(generated) / loaded, 3));
        }
    }
    out.flush();

    // (3) Batch: the technology-centre programme over generated firms with every fact known, the
    // population the json-rules-engine peer evaluates too.
    const RuleSet *etc = lib.ruleSet(QStringLiteral("gx-enterprise-tech-center"));
    const Programme *rec = etc ? etc->programme(QStringLiteral("recognition")) : nullptr;
    const bench::TechCentreFacts mapping(lib.facts());
    if (!rec || !mapping.isValid()) {
        out << "the technology-centre rule set or one of its facts is missing\n";
        return 1;
    }
    const std::vector<bench::TechCentreFirm> techFirms = bench::generateTechCentreFirms(firms, 20251125);
    std::vector<FactValues> population;
    population.reserve(techFirms.size());
    for (const bench::TechCentreFirm &f : techFirms)
        population.push_back(mapping.values(f));
    std::vector<Verdict> verdicts(population.size());
    auto batch = timeRuns(6, [&] {
        for (size_t i = 0; i < population.size(); ++i)
            verdicts[i] = Evaluator::verdictOf(*etc, *rec, population[i]);
    });
    batch.erase(batch.begin()); // warm-up
    int counts[5] = {0, 0, 0, 0, 0};
    for (Verdict v : verdicts)
        ++counts[int(v)];
    const double perSecond = double(firms) / (median(batch) / 1000);
    out << QStringLiteral(
               "(3) tech-centre verdicts: %1 firms in %2 ms = %3 evaluations/s, median of 5 passes "
               "(eligible %4, needs review %5, undetermined %6, not eligible %7)\n")
               .arg(firms)
               .arg(ms(median(batch), 1))
               .arg(perSecond, 0, 'f', 0)
               .arg(counts[0])
               .arg(counts[1])
               .arg(counts[2])
               .arg(counts[3]);
    // Same with full explanation traces (what `check` and the result view compute); the verdict
    // must be the fast path's.
    int mismatches = 0;
    auto traced = timeRuns(3, [&] {
        for (size_t i = 0; i < population.size(); ++i)
            mismatches += Evaluator::evaluateProgramme(*etc, *rec, population[i]).verdict != verdicts[i];
    });
    out << QStringLiteral("    with explanation traces: %1 evaluations/s, median of 3 passes%2\n")
               .arg(double(firms) / (median(traced) / 1000), 0, 'f', 0)
               .arg(mismatches ? QStringLiteral(" — %1 VERDICTS DIFFER FROM THE FAST PATH").arg(mismatches)
                               : QString());
    failed = failed || mismatches;
    if (parser.isSet(peerFile)) {
        QString error;
        if (!bench::writePeerFile(parser.value(peerFile), techFirms, verdicts, &error)) {
            out << error << '\n';
            failed = true;
        }
    }
    out.flush();

    // (4) match: one firm against every programme, with explanations rendered (as the CLI does).
    QRandomGenerator rng(20251125);
    std::vector<FactValues> applicants;
    for (int i = 0; i < 200; ++i)
        applicants.push_back(randomFirm(lib, rng, asOf));
    int sink = 0;
    int programmes = 0;
    for (const auto &rs : lib.ruleSets())
        programmes += int(rs->programmes.size());
    size_t next = 0;
    auto matches = timeRuns(200, [&] {
        for (const auto &rs : lib.ruleSets()) {
            RuleSetResult r = Evaluator::evaluate(*rs, applicants[next]);
            sink += int(ruleSetResultToJson(r, lib.facts(), Lang::Zh).toString(false).size());
        }
        ++next;
    });
    out << QStringLiteral(
               "(4) match one firm against all %1 programmes of %2 rule sets (evaluate + explain + "
               "JSON): median %3 ms, p99 %4 ms\n")
               .arg(programmes)
               .arg(lib.ruleSets().size())
               .arg(ms(median(matches), 3), ms(percentile(matches, 0.99), 3));

    // (5) Re-evaluation after one changed answer. First the core alone (tech-centre rule set,
    // with explanations rendered), then exactly what the desktop app runs.
    const int revenueSlot = lib.facts().find(QStringLiteral("main_business_revenue_wan"))->slot;
    FactValues firm = applicants[0];
    int step = 0;
    auto coreLatency = timeRuns(5000, [&] {
        firm[size_t(revenueSlot)] = Value::fromNumber(Number(4000 + step++));
        RuleSetResult r = Evaluator::evaluate(*etc, firm);
        for (const ProgrammeResult &p : r.programmes)
            for (const CriterionResult &c : p.criteria)
                sink += int(explainCriterion(c, *etc, lib.facts(), asOf, Lang::Zh).size());
    });
    out << QStringLiteral(
               "(5) re-evaluate tech-centre rule set (+ explanation texts) after one answer changed: "
               "median %1 µs, p99 %2 µs\n")
               .arg(ms(median(coreLatency) * 1000, 1), ms(percentile(coreLatency, 0.99) * 1000, 1));
    const Selection everything = selectAll(lib);
    auto selectionLatency = timeRuns(5000, [&] {
        firm[size_t(revenueSlot)] = Value::fromNumber(Number(4000 + step++));
        sink += int(evaluateSelection(everything, firm).size());
    });
    out << QStringLiteral("    GUI step evaluateSelection over all %1 programmes: median %2 µs, p99 %3 µs\n")
               .arg(everything.size())
               .arg(ms(median(selectionLatency) * 1000, 1), ms(percentile(selectionLatency, 0.99) * 1000, 1));
    {
        LibraryManager libraries;
        AnswerModel answers;
        AssessmentSession session(&libraries, &answers);
        session.setMatchAll();
        answers.reset(toAnswers(*libraries.library(), applicants[0], asOf));
        auto sessionLatency = timeRuns(5000, [&] {
            // Synchronous: AnswerModel::changed → AssessmentSession::reevaluate (answers → fact
            // values, every programme with explanations, the questions still to ask).
            answers.setValue(QStringLiteral("main_business_revenue_wan"),
                             Value::fromNumber(Number(4000 + step++)));
        });
        out << QStringLiteral(
                   "    GUI AssessmentSession::reevaluate (match all, via AnswerModel::setValue): median "
                   "%1 µs, p99 %2 µs\n")
                   .arg(ms(median(sessionLatency) * 1000, 1), ms(percentile(sessionLatency, 0.99) * 1000, 1));
    }
    out.flush();

    // (6) PDF report of a full match (every programme of every rule set, best verdict first).
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("match.pdf"));
        const Answers answers = toAnswers(lib, applicants[1], asOf);
        QString error;
        int pages = 0;
        bool ok = true;
        auto pdf = timeRuns(
            6, [&] { ok = writeMatchReportPdf(lib, answers, asOf, Lang::Zh, path, &error, &pages) && ok; });
        const double first = pdf.front();
        pdf.erase(pdf.begin()); // the first run also loads the fonts
        if (!ok) {
            out << "(6) PDF: FAILED: " << error << '\n';
            failed = true;
        } else {
            out << QStringLiteral(
                       "(6) PDF report of a full match (%1 rule sets, %2 programmes): median %3 ms, max %4 "
                       "ms (first run %5 ms), %6 pages, %7 KB\n")
                       .arg(lib.ruleSets().size())
                       .arg(programmes)
                       .arg(ms(median(pdf), 1), ms(percentile(pdf, 1.0), 1))
                       .arg(ms(first, 1))
                       .arg(pages)
                       .arg(QFileInfo(path).size() / 1024);
        }
    }
    if (sink == 42) out << "";
    out.flush();
    return failed ? 1 : 0;
}
