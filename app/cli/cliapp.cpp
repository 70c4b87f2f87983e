#include "cliapp.h"

#include "answers.h"
#include "clauselabel.h"
#include "evaluator.h"
#include "examplerunner.h"
#include "explanation.h"
#include "relevance.h"
#include "reportbuilder.h"
#include "reportpainter.h"
#include "resultjson.h"
#include "ruleinstaller.h"
#include "rulesetdiff.h"
#include "sourcetext.h"
#include "storagecommands.h"
#include "templatebuilder.h"
#include "uilanguage.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>

namespace eligicheck {

namespace {
// Options that take a value; everything else starting with -- is a flag.
const QStringList kValueOptions = {
    QStringLiteral("--rules-dir"), QStringLiteral("--answers"), QStringLiteral("--as-of"),
    QStringLiteral("--format"),    QStringLiteral("--lang"),    QStringLiteral("--output"),
    QStringLiteral("--db"),        QStringLiteral("--name"),    QStringLiteral("--credit-code"),
    QStringLiteral("--region"),    QStringLiteral("--notes"),   QStringLiteral("--applicant-type"),
    QStringLiteral("--sheet"),     QStringLiteral("--id"),      QStringLiteral("--output-dir")};
const QStringList kFlags = {
    QStringLiteral("--help"),   QStringLiteral("--version"), QStringLiteral("--no-bundled"),
    QStringLiteral("--source"), QStringLiteral("-h"),        QStringLiteral("--include-expired"),
    QStringLiteral("--all"),    QStringLiteral("--rename"),  QStringLiteral("--summary")};
} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CliApp::option(const QString &name) const
{
    QString v;
    for (const auto &o : m_options)
        if (o.first == name) v = o.second;
    return v;
}

QStringList CliApp::options(const QString &name) const
{
    QStringList v;
    for (const auto &o : m_options)
        if (o.first == name) v << o.second;
    return v;
}

int CliApp::usageError(const QString &message)
{
    m_err << "eligicheck-cli: " << message << "\n" << tr("Try 'eligicheck-cli --help'.") << "\n";
    return 2;
}

void CliApp::printHelp()
{
    m_out << tr("eligicheck-cli %1 — 政策申报资格自测 (EligiCheck) command-line tool").arg(QStringLiteral(ELIGICHECK_VERSION))
          << "\n\n"
          << tr("Usage: eligicheck-cli [--rules-dir DIR]... [--lang zh_CN|en] COMMAND [ARGS]") << "\n\n"
          << tr("Commands:\n"
                "  list [--format text|json]                       rule sets, programmes, 文号 and validity\n"
                "  show RULESET [--format text|json]               a document's metadata and every criterion\n"
                "  check RULESET[/PROGRAMME] --answers FILE [--as-of DATE] [--format text|json|html|pdf] [--output FILE]\n"
                "                                                  evaluate one rule set for one firm\n"
                "  match --answers FILE [--as-of DATE] [--region REGION] [--applicant-type TYPE]\n"
                "        [--include-expired] [--all] [--format text|json|html|pdf] [--output FILE]\n"
                "                                                  evaluate the programmes that concern the firm, best first:\n"
                "                                                  its region (from --region or the answers' province/city)\n"
                "                                                  and national ones, in force, for its applicant type;\n"
                "                                                  --all shows every programme\n"
                "  lint PATH...                                    check rule files (exit 1 on errors)\n"
                "  test [PATH...]                                  run the examples of rule sets (exit 1 on failures)\n")
          << tr("  show RULESET --source                           the document's official text") << "\n"
          << tr("  template [RULESET[/PROGRAMME]...] --output FILE.xlsx|FILE.csv\n"
                "                                                  blank questionnaire spreadsheet for clients: a row per\n"
                "                                                  firm, a column per question of the programmes (all when\n"
                "                                                  none given); import it back with import FILE")
          << "\n"
          << tr("  diff OLD NEW [--format text|json]               what changed between two rule files or folders\n"
                "                                                  (exit 0 equal, 1 different, 2 error)")
          << "\n"
          << tr("  rules add PATH                                  check a folder or .zip of rule files (lint and examples)\n"
                "                                                  and add it to the rules in use (exit 1 when refused)\n"
                "  rules list [--format text|json]                 the rule sets added, with verified_on\n"
                "  rules remove RULESET                            remove an added rule set")
          << "\n"
          << "\n"
          << StorageCommands::helpText() << "\n"
          << tr("Options:\n"
                "  --rules-dir DIR   load more rule sets from DIR (repeatable)\n"
                "  --no-bundled      do not load the rule sets built into the program, nor those added with 'rules add'\n"
                "  --lang LANG       zh_CN or en (default: Chinese on Chinese systems, else English)\n"
                "  --help, --version\n")
          << "\n"
          << tr("Exit status: 0 evaluated (whatever the verdict), 1 lint or examples failed, 2 usage or input error.")
          << "\n";
}

int CliApp::run(const QStringList &args)
{
    // The language comes first, so that every message below (even a usage error) is in it.
    QString requested;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) requested = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang="))) requested = args[i].mid(7);
    }
    QString languageError;
    const std::optional<QString> language = UiLanguage::resolve(requested, QString(), QLocale::system(), &languageError);
    UiLanguage::install(language.value_or(UiLanguage::forSystemLocale()));
    if (!language) return usageError(languageError);
    m_lang = UiLanguage::langOf(*language);

    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a.startsWith(QLatin1String("--")) && a.contains(u'=')) {
            m_options.append({a.section(u'=', 0, 0), a.section(u'=', 1)});
        } else if (kValueOptions.contains(a)) {
            if (i + 1 >= args.size()) return usageError(tr("option %1 needs a value").arg(a));
            m_options.append({a, args[++i]});
        } else if (kFlags.contains(a)) {
            m_flags << a;
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(tr("unknown option '%1'").arg(a));
        } else {
            m_positional << a;
        }
    }
    for (const auto &o : m_options)
        if (!kValueOptions.contains(o.first)) return usageError(tr("unknown option '%1'").arg(o.first));
    if (m_flags.contains(QStringLiteral("--version"))) {
        m_out << "eligicheck-cli " << ELIGICHECK_VERSION << "\n";
        return 0;
    }
    if (m_flags.contains(QStringLiteral("--help")) || m_flags.contains(QStringLiteral("-h")) || m_positional.isEmpty()) {
        printHelp();
        return m_positional.isEmpty() && !m_flags.contains(QStringLiteral("--help")) && !m_flags.contains(QStringLiteral("-h")) ? 2 : 0;
    }
    QString format = option(QStringLiteral("--format"));
    const bool reportFormat = format == QLatin1String("pdf") || format == QLatin1String("html");
    const bool sheetFormat = format == QLatin1String("xlsx") || format == QLatin1String("csv");
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json") &&
        !reportFormat && !sheetFormat)
        return usageError(tr("unknown format '%1' (use text, json, html or pdf)").arg(format));
    // Spreadsheets are for the firm tables: the blank questionnaire, export and match-all.
    if (sheetFormat &&
        !QStringList{QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("match-all")}
             .contains(m_positional.first()))
        return usageError(tr("--format %1 is only for template, export and match-all").arg(format));
    // Reports are for evaluations (check, match and the stored-assessment commands), not for listings.
    if (reportFormat && QStringList{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("lint"),
                                    QStringLiteral("test"), QStringLiteral("diff"), QStringLiteral("rules")}
                            .contains(m_positional.first()))
        return usageError(tr("--format %1 is only for check, match and report").arg(format));
    if (format == QLatin1String("pdf") && option(QStringLiteral("--output")).isEmpty() &&
        option(QStringLiteral("--output-dir")).isEmpty())
        return usageError(tr("--format pdf needs --output FILE"));

    const QString cmd = m_positional.takeFirst();
    if (cmd == QLatin1String("list")) return cmdList();
    if (cmd == QLatin1String("show")) return cmdShow();
    if (cmd == QLatin1String("check")) return cmdCheck();
    if (cmd == QLatin1String("match")) return cmdMatch();
    if (cmd == QLatin1String("lint")) return cmdLint();
    if (cmd == QLatin1String("test")) return cmdTest();
    if (cmd == QLatin1String("diff")) return cmdDiff();
    if (cmd == QLatin1String("rules")) return cmdRules();
    if (cmd == QLatin1String("template")) return cmdTemplate();
    if (StorageCommands::handles(cmd)) {
        if (!loadRules()) return 2;
        return StorageCommands(m_out, m_err, m_library, m_lang, [this](const QString &name) {
                   // Flags reach the storage commands as "1" (e.g. import --rename).
                   return m_flags.contains(name) ? QStringLiteral("1") : option(name);
               })
            .run(cmd, m_positional);
    }
    return usageError(tr("unknown command '%1'").arg(cmd));
}

bool CliApp::loadRules(bool bundled)
{
    if (bundled && !m_flags.contains(QStringLiteral("--no-bundled"))) {
        // The built-in rule sets, then those added with `rules add` (the GUI loads the same).
        m_library.loadBundled();
        const QString added = RuleInstaller::userFolder();
        if (QFileInfo(added).isDir()) m_library.loadPaths({added});
    }
    m_library.loadPaths(options(QStringLiteral("--rules-dir")));
    // A folder's version of a built-in rule set: which one is used, and why.
    for (const RuleOverride &o : m_library.overrides())
        m_err << "eligicheck-cli: " << o.text() << "\n";
    bool ok = true;
    for (const RuleFileStatus &f : m_library.files()) {
        for (const Diagnostic &d : f.diagnostics)
            if (d.severity == Diagnostic::Error) {
                m_err << d.toString() << "\n";
                ok = false;
            }
    }
    if (!ok) m_err << "eligicheck-cli: " << tr("rule files have errors (see above); fix them or leave them out") << "\n";
    return ok;
}

int CliApp::cmdList()
{
    if (!loadRules()) return 2;
    const bool json = option(QStringLiteral("--format")) == QLatin1String("json");
    Json arr = Json::array();
    for (const auto &rs : m_library.ruleSets()) {
        const QDate today = QDate::currentDate();
        if (json) {
            Json o = Json::object();
            o.insert(QStringLiteral("ruleset"), rs->id);
            o.insert(QStringLiteral("title"), rs->title);
            o.insert(QStringLiteral("document_number"), rs->documentNumber.isEmpty() ? Json() : Json(rs->documentNumber));
            o.insert(QStringLiteral("region"), rs->region);
            o.insert(QStringLiteral("effective_from"), rs->effectiveFrom.toString(Qt::ISODate));
            o.insert(QStringLiteral("effective_to"), rs->effectiveTo ? Json(rs->effectiveTo->toString(Qt::ISODate)) : Json());
            o.insert(QStringLiteral("in_force_today"), rs->inForceOn(today));
            o.insert(QStringLiteral("origin"),
                     rs->bundled ? QStringLiteral("bundled") : QStringLiteral("folder"));
            o.insert(QStringLiteral("file"),
                     rs->bundled ? Json() : Json(QDir::toNativeSeparators(rs->filePath)));
            o.insert(QStringLiteral("verified_on"),
                     rs->verifiedOn.isValid() ? Json(rs->verifiedOn.toString(Qt::ISODate)) : Json());
            Json progs = Json::array();
            for (const Programme &p : rs->programmes) {
                Json pj = Json::object();
                pj.insert(QStringLiteral("id"), p.id);
                pj.insert(QStringLiteral("title"), p.title.get(m_lang));
                progs.append(pj);
            }
            o.insert(QStringLiteral("programmes"), progs);
            arr.append(o);
            continue;
        }
        QString validity = rs->effectiveFrom.toString(Qt::ISODate) + QStringLiteral(" – ") +
                           (rs->effectiveTo ? rs->effectiveTo->toString(Qt::ISODate) : tr("open-ended", "validity without an end date"));
        QString state = rs->inForceOn(today)             ? tr("in force", "policy validity")
                        : today < rs->effectiveFrom ? tr("not yet in force", "policy validity")
                                                    : tr("expired", "policy validity");
        // People read the title; the id is shown once, as what to type after `check` (issue 16).
        m_out << (m_lang == Lang::En && !rs->titleEn.isEmpty() ? rs->titleEn : rs->title) << "  ["
              << regionLabel(rs->region, m_lang) << "]\n";
        m_out << "    " << (rs->documentNumber.isEmpty() ? tr("(no document number)") : rs->documentNumber)
              << "  " << validity << "  " << state << "\n";
        // Where the rules come from and when they were last checked against the text: a
        // consultant with a folder of revised rules needs to see which version is in use.
        const QString verified =
            rs->verifiedOn.isValid() ? rs->verifiedOn.toString(Qt::ISODate) : QStringLiteral("—");
        m_out << "    "
              << (rs->bundled
                      ? tr("built in; verified %1").arg(verified)
                      : tr("from %1; verified %2").arg(QDir::toNativeSeparators(rs->filePath), verified))
              << "\n";
        for (const Programme &p : rs->programmes)
            m_out << "    - " << p.title.get(m_lang) << "\n";
        m_out << "    " << tr("to check against it: eligicheck-cli check %1 --answers FILE").arg(rs->id)
              << "\n";
    }
    if (json) m_out << arr.toString() << "\n";
    return 0;
}

int CliApp::cmdShow()
{
    if (m_positional.size() != 1) return usageError(tr("show needs exactly one RULESET"));
    if (!loadRules()) return 2;
    const RuleSet *rs = m_library.ruleSet(m_positional[0]);
    if (!rs) {
        QStringList sug = m_library.suggestRuleSets(m_positional[0]);
        return usageError(tr("no rule set '%1'%2").arg(m_positional[0],
            sug.isEmpty() ? QString() : tr(" (did you mean %1?)").arg(sug.join(QStringLiteral(", ")))));
    }
    if (m_flags.contains(QStringLiteral("--source"))) {
        // The text as the document has it: no reflowing, so that it can be compared and quoted.
        QString error;
        const std::optional<QString> text = SourceTexts::read(*rs, QString(), &error);
        if (!text) {
            m_err << "eligicheck-cli: " << error << "\n";
            return 2;
        }
        m_out << *text;
        if (!text->endsWith(u'\n')) m_out << "\n";
        return 0;
    }
    if (option(QStringLiteral("--format")) == QLatin1String("json")) {
        m_out << ruleSetToJson(*rs, m_lang).toString() << "\n";
        return 0;
    }
    m_out << rs->title << "\n";
    if (!rs->documentNumber.isEmpty()) m_out << rs->documentNumber << "\n";
    m_out << rs->issuers.join(QStringLiteral("、")) << "\n";
    m_out << tr("effective: ", "policy validity") << rs->effectiveFrom.toString(Qt::ISODate) << " – "
          << (rs->effectiveTo ? rs->effectiveTo->toString(Qt::ISODate) : QStringLiteral("…")) << "\n\n";
    for (const Programme &p : rs->programmes) {
        m_out << "■ " << p.title.get(m_lang) << " [" << p.id << "]\n";
        for (const Criterion &c : p.criteria) {
            m_out << "  " << clauseLabelOf(c, m_lang) << " (" << kindText(c.kind, m_lang) << ") " << c.quote
                  << "\n";
            if (!c.condition.isNull()) m_out << "      " << c.condition.source().simplified() << "\n";
        }
        for (const Amount &a : p.amounts)
            m_out << "  $ " << clauseLabelOf(a, m_lang) << " " << a.quote << "\n";
    }
    return 0;
}

namespace {

struct Target {
    const RuleSet *rs = nullptr;
    QString programme;
};

void printResultText(QTextStream &out, const RuleSetResult &r, const FactRegistry &facts, Lang lang,
                     const QString &onlyProgramme)
{
    const RuleSet &rs = *r.ruleSet;
    out << rs.title;
    if (!rs.documentNumber.isEmpty()) out << " (" << rs.documentNumber << ")";
    out << "\n"
        << CliApp::tr("As of %1").arg(formatDate(r.asOf, lang)) << " · "
        << (r.inForce ? CliApp::tr("policy in force") : CliApp::tr("policy NOT in force"))
        << "\n";
    for (const ProgrammeResult &p : r.programmes) {
        if (!onlyProgramme.isEmpty() && p.programme->id != onlyProgramme) continue;
        // The programme's title, not its id: ids are for commands and JSON (`list` shows them).
        out << "\n■ " << p.programme->title.get(lang) << (lang == Lang::Zh ? "：" : ": ") << verdictText(p.verdict, lang)
            << "\n";
        for (const CriterionResult &c : p.criteria) {
            out << "  " << statusSymbol(c.status) << " " << clauseLabelOf(*c.criterion, lang) << " ["
                << statusText(c.status, lang) << "] " << explainCriterion(c, rs, facts, r.asOf, lang) << "\n";
            if (!c.criterion->quote.isEmpty()) out << "      「" << c.criterion->quote << "」\n";
        }
        if (p.outcome && p.outcome->band)
            out << "  " << CliApp::tr("Outcome: ") << p.outcome->band->label.get(lang) << " ("
                << clauseLabelOf(*p.programme->outcome, lang) << ")\n";
        for (const AmountResult &a : p.amounts)
            out << "  " << CliApp::tr("Support", "support amount, followed by a clause") << " "
                << clauseLabelOf(*a.amount, lang) << ": " << explainAmount(a, lang) << "\n";
        const QVector<Gap> gaps = gapsToEligibility(p, lang);
        if (!gaps.isEmpty()) {
            out << "  " << CliApp::tr("What it would take:") << "\n";
            for (const Gap &g : gaps)
                out << "    · " << clauseLabelOf(*g.criterion, lang) << " " << g.text << "\n";
        }
    }
}

// --format html|pdf: the printable report (eligicheck_report). HTML goes to stdout without --output.
int writeReport(QTextStream &out, QTextStream &err, const ReportInput &input, const FactRegistry &facts, Lang lang,
                const QString &format, const QString &output)
{
    const Report report = ReportBuilder(facts, lang).build(input);
    QString error;
    if (format == QLatin1String("html") && output.isEmpty()) {
        out << report.html;
        return 0;
    }
    const bool ok = format == QLatin1String("pdf") ? PdfExporter::write(report, output, ReportPainter::defaultPageLayout(), &error)
                                                   : HtmlExporter::write(report, output, &error);
    if (!ok) {
        err << "eligicheck-cli: " << error << "\n";
        return 2;
    }
    return 0;
}

} // namespace

int CliApp::cmdCheck()
{
    if (m_positional.size() != 1) return usageError(tr("check needs exactly one RULESET[/PROGRAMME]"));
    const QString answersPath = option(QStringLiteral("--answers"));
    if (answersPath.isEmpty()) return usageError(tr("check needs --answers FILE"));
    if (!loadRules()) return 2;
    QString id = m_positional[0].section(u'/', 0, 0), prog = m_positional[0].section(u'/', 1);
    const RuleSet *rs = m_library.ruleSet(id);
    if (!rs) {
        QStringList sug = m_library.suggestRuleSets(id);
        return usageError(tr("no rule set '%1'%2").arg(id,
            sug.isEmpty() ? QString() : tr(" (did you mean %1?)").arg(sug.join(QStringLiteral(", ")))));
    }
    if (!prog.isEmpty() && !rs->programme(prog)) {
        QStringList ids;
        for (const Programme &p : rs->programmes) ids << p.id;
        return usageError(tr("rule set '%1' has no programme '%2' (programmes: %3)").arg(id, prog, ids.join(QStringLiteral(", "))));
    }
    QDate asOf;
    int code = 0;
    const std::optional<Answers> answers = answersAndAsOf(answersPath, &asOf, &code);
    if (!answers) return code;
    if (const QString format = option(QStringLiteral("--format")); format == QLatin1String("pdf") || format == QLatin1String("html"))
        return writeReport(m_out, m_err, ReportInput::forRuleSet(m_library, *rs, *answers, asOf, prog), m_library.facts(), m_lang,
                           format, option(QStringLiteral("--output")));
    FactValues values = answers->toFactValues(m_library.facts(), asOf);
    RuleSetResult result = Evaluator::evaluate(*rs, values);
    if (!prog.isEmpty())
        result.programmes.erase(std::remove_if(result.programmes.begin(), result.programmes.end(),
                                               [&](const ProgrammeResult &p) { return p.programme->id != prog; }),
                                result.programmes.end());
    if (option(QStringLiteral("--format")) == QLatin1String("json"))
        m_out << ruleSetResultToJson(result, m_library.facts(), m_lang).toString() << "\n";
    else
        printResultText(m_out, result, m_library.facts(), m_lang, prog);
    return 0;
}

std::optional<Answers> CliApp::answersAndAsOf(const QString &path, QDate *asOf, int *code) {
    Diagnostics diags;
    std::optional<Answers> answers = loadAnswersFile(path, m_library.facts(), &diags);
    if (!answers) {
        for (const Diagnostic &d : diags) m_err << d.toString() << "\n";
        *code = 2;
        return std::nullopt;
    }
    *asOf = answers->asOf.value_or(QDate::currentDate());
    if (QString s = option(QStringLiteral("--as-of")); !s.isEmpty()) {
        *asOf = QDate::fromString(s, Qt::ISODate);
        if (!asOf->isValid() || s.size() != 10) {
            *code = usageError(tr("--as-of '%1' is not a date YYYY-MM-DD").arg(s));
            return std::nullopt;
        }
    }
    return answers;
}

int CliApp::cmdMatch() {
    if (!m_positional.isEmpty()) return usageError(tr("match takes no rule set; it evaluates all of them"));
    const QString answersPath = option(QStringLiteral("--answers"));
    if (answersPath.isEmpty()) return usageError(tr("match needs --answers FILE"));
    if (!loadRules()) return 2;
    QDate asOf;
    int code = 0;
    const std::optional<Answers> answers = answersAndAsOf(answersPath, &asOf, &code);
    if (!answers) return code;
    if (const QString format = option(QStringLiteral("--format")); format == QLatin1String("pdf") || format == QLatin1String("html"))
        return writeReport(m_out, m_err, ReportInput::forMatch(m_library, *answers, asOf), m_library.facts(), m_lang, format,
                           option(QStringLiteral("--output")));
    FactValues values = answers->toFactValues(m_library.facts(), asOf);
    // Relevance (issue 17 item 5): the firm's region and applicant type, from the options or else
    // from its answers; programmes of other regions, for other applicants or not in force are left
    // out unless --all.
    Relevance relevance = Relevance::fromAnswers(values, m_library.facts());
    if (const QString region = option(QStringLiteral("--region")); !region.isEmpty()) {
        QString near;
        const std::optional<Relevance> r = Relevance::forRegion(region, m_library.facts(), &near);
        if (!r)
            return usageError(tr("unknown region '%1' (a province or city id such as guangxi or liuzhou%2)")
                                  .arg(region, near.isEmpty() ? QString() : tr("; did you mean %1?").arg(near)));
        relevance.province = r->province;
        relevance.city = r->city;
    }
    if (const QString type = option(QStringLiteral("--applicant-type")); !type.isEmpty()) {
        const FactDefinition *at = m_library.facts().find(QStringLiteral("applicant_type"));
        if (!at || !at->choice(type))
            return usageError(tr("unknown applicant type '%1' (one of %2)")
                                  .arg(type, at ? at->choiceIds().join(QStringLiteral(", ")) : QString()));
        relevance.applicantType = type;
    }
    relevance.asOf = asOf;
    relevance.includeExpired = m_flags.contains(QStringLiteral("--include-expired"));
    const bool showAll = m_flags.contains(QStringLiteral("--all"));
    int hidden = 0;
    std::vector<RuleSetResult> results;
    for (const auto &rs : m_library.ruleSets()) {
        RuleSetResult r = Evaluator::evaluate(*rs, values);
        if (!showAll) {
            const int before = int(r.programmes.size());
            r.programmes.erase(std::remove_if(r.programmes.begin(), r.programmes.end(),
                                              [&](const ProgrammeResult &p) { return !relevance.shows(*rs, *p.programme); }),
                               r.programmes.end());
            hidden += before - int(r.programmes.size());
        }
        results.push_back(std::move(r));
    }
    // Flatten to programmes, best verdict first (stable: catalogue order within a verdict).
    struct Row {
        const RuleSetResult *rs;
        const ProgrammeResult *p;
    };
    std::vector<Row> rows;
    for (const RuleSetResult &r : results)
        for (const ProgrammeResult &p : r.programmes) rows.push_back({&r, &p});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return verdictRank(a.p->verdict) < verdictRank(b.p->verdict); });
    if (option(QStringLiteral("--format")) == QLatin1String("json")) {
        Json arr = Json::array();
        for (const Row &row : rows) {
            RuleSetResult one;
            one.ruleSet = row.rs->ruleSet;
            one.asOf = row.rs->asOf;
            one.inForce = row.rs->inForce;
            one.programmes.append(*row.p);
            arr.append(ruleSetResultToJson(one, m_library.facts(), m_lang));
        }
        m_out << arr.toString() << "\n";
        return 0;
    }
    m_out << tr("As of %1").arg(formatDate(asOf, m_lang));
    if (!showAll) {
        const FactDefinition *pf = m_library.facts().find(QStringLiteral("province"));
        const FactDefinition *cf = m_library.facts().find(QStringLiteral("city"));
        const FactDefinition *af = m_library.facts().find(QStringLiteral("applicant_type"));
        auto label = [&](const FactDefinition *f, const QString &id) {
            const ChoiceOption *c = f ? f->choice(id) : nullptr;
            return c ? c->label.get(m_lang) : id;
        };
        QString region = relevance.hasRegion() ? label(pf, relevance.province) : tr("any region", "relevance filter");
        if (!relevance.city.isEmpty()) region += QStringLiteral(" ") + label(cf, relevance.city);
        m_out << " · " << tr("region: %1", "relevance filter").arg(region) << " · "
              << tr("applicant type: %1", "relevance filter")
                     .arg(relevance.applicantType.isEmpty() ? tr("any", "relevance filter") : label(af, relevance.applicantType));
    }
    m_out << "\n";
    for (const Row &row : rows) {
        // Titles, not ids (issue 16): the programme, then the document it is in.
        m_out << QStringLiteral("%1  %2")
                     .arg(verdictText(row.p->verdict, m_lang), -8)
                     .arg(tr("%1 (%2)", "match: programme title (rule set title)")
                              .arg(row.p->programme->title.get(m_lang),
                                   m_lang == Lang::En && !row.rs->ruleSet->titleEn.isEmpty()
                                       ? row.rs->ruleSet->titleEn
                                       : row.rs->ruleSet->title));
        if (!row.p->missing.isEmpty())
            m_out << "  " << tr("(%n answer(s) missing)", nullptr, int(row.p->missing.size()));
        m_out << "\n";
    }
    if (hidden > 0)
        m_out << tr("%n programme(s) of other regions, for other applicants or not in force not shown; --all shows them",
                    nullptr, hidden)
              << "\n";
    return 0;
}

int CliApp::cmdLint()
{
    if (m_positional.isEmpty()) return usageError(tr("lint needs at least one file or folder"));
    // Shared facts come from the bundled dictionary unless the paths bring their own.
    bool ownFacts = false;
    for (const QString &p : m_positional) {
        QFileInfo fi(p);
        ownFacts = ownFacts || (fi.isDir() && QFileInfo::exists(p + QStringLiteral("/facts.yaml"))) ||
                   fi.fileName() == QLatin1String("facts.yaml");
    }
    if (!ownFacts) {
        QFile f(QStringLiteral(":/rules/facts.yaml"));
        if (f.open(QIODevice::ReadOnly)) m_library.loadSources({{QStringLiteral(":/rules/facts.yaml"), f.readAll(), true}});
    }
    m_library.loadPaths(options(QStringLiteral("--rules-dir")) + m_positional);
    int errors = 0, warnings = 0, files = 0;
    bool unreadable = false;
    for (const RuleFileStatus &f : m_library.files()) {
        if (f.bundled) continue;
        ++files;
        unreadable = unreadable || f.unreadable;
        for (const Diagnostic &d : f.diagnostics) {
            (d.severity == Diagnostic::Error ? errors : warnings) += 1;
            m_out << d.toString() << "\n";
        }
    }
    if (files == 0) {
        // An empty folder (or one whose only entry is a symlink loop) checked nothing: that is
        // not a success a script may rely on.
        m_err << "eligicheck-cli: "
              << tr("no rule files (*.yaml, *.yml) found in %1").arg(m_positional.join(QStringLiteral(", ")))
              << "\n";
        return 1;
    }
    m_out << tr("%n file(s) checked: ", nullptr, files) << tr("%n error(s), ", nullptr, errors)
          << tr("%n warning(s)", nullptr, warnings) << "\n";
    // A file that cannot be read is an input error (exit 2), not a finding about rules.
    if (unreadable) return 2;
    return errors ? 1 : 0;
}

int CliApp::cmdDiff() {
    if (m_positional.size() != 2) return usageError(tr("diff needs two rule files or two folders: OLD NEW"));
    RuleLibrary sides[2];
    for (int i = 0; i < 2; ++i) {
        const QString &path = m_positional[i];
        const QFileInfo fi(path);
        if (!fi.exists()) return usageError(tr("no such file or folder: %1").arg(path));
        // Shared facts from the bundled dictionary unless the side brings its own.
        const bool ownFacts = fi.fileName() == QLatin1String("facts.yaml") ||
                              (fi.isDir() && QFileInfo::exists(path + QStringLiteral("/facts.yaml")));
        QFile facts(QStringLiteral(":/rules/facts.yaml"));
        if (!ownFacts && facts.open(QIODevice::ReadOnly))
            sides[i].loadSources({{QStringLiteral(":/rules/facts.yaml"), facts.readAll(), true}});
        sides[i].loadPaths({path});
        bool ok = true;
        for (const RuleFileStatus &f : sides[i].files())
            for (const Diagnostic &d : f.diagnostics)
                if (d.severity == Diagnostic::Error) {
                    m_err << d.toString() << "\n";
                    ok = false;
                }
        if (!ok) {
            m_err << "eligicheck-cli: " << tr("%1 has errors (see above); nothing was compared").arg(path)
                  << "\n";
            return 2;
        }
        if (sides[i].ruleSets().empty()) {
            m_err << "eligicheck-cli: " << tr("%1 holds no rule set").arg(path) << "\n";
            return 2;
        }
    }
    const QVector<RuleChange> changes = RuleSetDiff::compare(sides[0], sides[1], m_lang);
    if (option(QStringLiteral("--format")) == QLatin1String("json")) {
        Json arr = Json::array();
        for (const RuleChange &c : changes) {
            Json o = Json::object();
            o.insert(QStringLiteral("ruleset"), c.ruleSetId);
            o.insert(QStringLiteral("programme"),
                     Json::stringOrNull(c.programmeId.isEmpty() ? QString() : c.programmeId));
            o.insert(QStringLiteral("item"), Json::stringOrNull(c.itemId.isEmpty() ? QString() : c.itemId));
            o.insert(QStringLiteral("what"), c.what);
            o.insert(QStringLiteral("before"), Json::stringOrNull(c.before.isEmpty() ? QString() : c.before));
            o.insert(QStringLiteral("after"), Json::stringOrNull(c.after.isEmpty() ? QString() : c.after));
            o.insert(QStringLiteral("text"), c.text);
            arr.append(o);
        }
        m_out << arr.toString() << "\n";
        return changes.isEmpty() ? 0 : 1;
    }
    if (changes.isEmpty()) m_out << tr("No differences") << "\n";
    QString current;
    for (const RuleChange &c : changes) {
        if (c.ruleSetId != current) {
            current = c.ruleSetId;
            const RuleSet *rs =
                sides[1].ruleSet(current) ? sides[1].ruleSet(current) : sides[0].ruleSet(current);
            m_out << "■ " << rs->title;
            if (!rs->documentNumber.isEmpty()) m_out << " (" << rs->documentNumber << ")";
            m_out << "\n";
        }
        m_out << "  " << c.text << "\n";
    }
    return changes.isEmpty() ? 0 : 1;
}

int CliApp::cmdRules() {
    const QString sub = m_positional.value(0);
    const QStringList args = m_positional.mid(1);
    RuleInstaller installer(RuleInstaller::userFolder(), options(QStringLiteral("--rules-dir")));
    if (sub == QLatin1String("list")) {
        if (!args.isEmpty()) return usageError(tr("rules list takes no arguments"));
        const QVector<RuleInstaller::Installed> sets = installer.installed();
        if (option(QStringLiteral("--format")) == QLatin1String("json")) {
            Json arr = Json::array();
            for (const RuleInstaller::Installed &i : sets) {
                Json o = Json::object();
                o.insert(QStringLiteral("ruleset"), i.ruleSetId);
                o.insert(QStringLiteral("title"), i.title);
                o.insert(QStringLiteral("verified_on"),
                         i.verifiedOn.isValid() ? Json(i.verifiedOn.toString(Qt::ISODate)) : Json());
                o.insert(QStringLiteral("file"), QDir::toNativeSeparators(i.file));
                o.insert(QStringLiteral("in_use"), i.inUse);
                arr.append(o);
            }
            m_out << arr.toString() << "\n";
            return 0;
        }
        m_out << tr("Rule sets added (%1):").arg(QDir::toNativeSeparators(installer.folder())) << "\n";
        if (sets.isEmpty()) m_out << "  " << tr("none; the built-in rule sets are in use") << "\n";
        for (const RuleInstaller::Installed &i : sets) {
            m_out << "  " << i.ruleSetId << "  " << i.title << "  "
                  << tr("verified %1")
                         .arg(i.verifiedOn.isValid() ? i.verifiedOn.toString(Qt::ISODate)
                                                     : QStringLiteral("—"));
            if (!i.inUse) m_out << "  [" << tr("not used: the built-in version is as recent or newer") << "]";
            m_out << "\n";
        }
        return 0;
    }
    if (sub != QLatin1String("add") && sub != QLatin1String("remove"))
        return usageError(sub.isEmpty() ? tr("rules needs add PATH, list or remove RULESET")
                                        : tr("unknown rules command '%1' (add, list or remove)").arg(sub));
    if (args.size() != 1)
        return usageError(sub == QLatin1String("add") ? tr("rules add needs one folder or .zip file")
                                                      : tr("rules remove needs one rule set id"));
    const RuleInstaller::Outcome result =
        sub == QLatin1String("add") ? installer.add(args[0], m_lang) : installer.remove(args[0], m_lang);
    if (result.inputError) {
        m_err << "eligicheck-cli: " << result.message << "\n";
        return 2;
    }
    if (!result.problems.isEmpty()) {
        for (const Diagnostic &d : result.problems)
            m_err << d.toString() << "\n";
        m_err << "eligicheck-cli: "
              << tr("%n problem(s); nothing was added, the rules in use are unchanged", nullptr,
                    int(result.problems.size()))
              << "\n";
        return 1;
    }
    if (!result.ok) {
        m_err << "eligicheck-cli: " << result.message << "\n";
        return 2;
    }
    for (const RuleInstaller::SetChange &c : result.sets)
        m_out << c.text() << "\n";
    if (!result.changed()) {
        m_out << tr("The rules in use are unchanged.") << "\n";
        return 0;
    }
    m_out << "\n" << tr("What changed in the rules in use:") << "\n";
    QString current;
    for (const RuleChange &c : result.changes) {
        if (c.ruleSetId != current) {
            current = c.ruleSetId;
            QString title = current;
            for (const RuleInstaller::SetChange &s : result.sets)
                if (s.ruleSetId == current) title = s.title;
            m_out << "■ " << title << "\n";
        }
        m_out << "  " << c.text << "\n";
    }
    m_out << tr("Stored assessments made with the previous rules: run 'eligicheck-cli recheck' to re-check "
                "them.")
          << "\n";
    return 0;
}

int CliApp::cmdTest()
{
    m_library.setLoadBundledExamples(true); // the one command that runs them
    if (m_positional.isEmpty()) {
        if (!loadRules()) return 2;
    } else {
        QFile f(QStringLiteral(":/rules/facts.yaml"));
        bool ownFacts = false;
        for (const QString &p : m_positional)
            ownFacts = ownFacts || QFileInfo(p).fileName() == QLatin1String("facts.yaml") ||
                       QFileInfo::exists(p + QStringLiteral("/facts.yaml"));
        if (!ownFacts && f.open(QIODevice::ReadOnly))
            m_library.loadSources({{QStringLiteral(":/rules/facts.yaml"), f.readAll(), true}});
        m_library.loadPaths(m_positional);
        bool ok = true;
        for (const RuleFileStatus &st : m_library.files())
            for (const Diagnostic &d : st.diagnostics)
                if (d.severity == Diagnostic::Error) {
                    m_out << d.toString() << "\n";
                    ok = false;
                }
        if (!ok) {
            m_out << tr("rule files have errors; run lint") << "\n";
            return 1;
        }
    }
    int examples = 0, checks = 0, failed = 0;
    for (const auto &rs : m_library.ruleSets()) {
        ExampleReport rep = runExamples(*rs, m_library.facts());
        examples += rep.examples;
        checks += rep.checks;
        failed += int(rep.failures.size());
        for (const Diagnostic &d : rep.failures) m_out << d.toString() << "\n";
        m_out << rs->id << ": " << tr("%n example(s), ", nullptr, rep.examples) << tr("%n check(s), ", nullptr, rep.checks)
              << tr("%n failure(s)", nullptr, int(rep.failures.size())) << "\n";
    }
    m_out << tr("%n rule set(s), ", nullptr, int(m_library.ruleSets().size())) << tr("%n example(s), ", nullptr, examples)
          << tr("%n check(s): ", nullptr, checks) << (failed ? tr("%n FAILED", nullptr, failed) : tr("all passed")) << "\n";
    return failed ? 1 : 0;
}

} // namespace eligicheck

namespace eligicheck {

int CliApp::cmdTemplate() {
    const QString output = option(QStringLiteral("--output"));
    if (output.isEmpty()) return usageError(tr("template needs --output FILE.xlsx or FILE.csv"));
    QString format = option(QStringLiteral("--format"));
    if (format.isEmpty())
        format = QFileInfo(output).suffix().toLower() == QLatin1String("csv") ? QStringLiteral("csv")
                                                                              : QStringLiteral("xlsx");
    if (format != QLatin1String("xlsx") && format != QLatin1String("csv"))
        return usageError(tr("template writes xlsx or csv, not '%1'").arg(format));
    if (!loadRules()) return 2;
    QString error;
    const std::optional<QVector<ProgrammeRef>> programmes =
        resolveProgrammes(m_library, m_positional, &error);
    if (!programmes) return usageError(error);
    const TemplateBuilder builder(m_library.facts(), *programmes, m_lang);
    const bool ok =
        format == QLatin1String("csv") ? builder.writeCsv(output, &error) : builder.writeXlsx(output, &error);
    if (!ok) {
        m_err << "eligicheck-cli: " << error << "\n";
        return 2;
    }
    m_out << tr("Wrote a blank questionnaire for %n programme(s) with %1 question(s) to %2", nullptr,
                int(programmes->size()))
                 .arg(builder.columns().size())
                 .arg(output)
          << "\n";
    return 0;
}

} // namespace eligicheck
