#include "storagecommands.h"

#include "recheckwording.h"

#include "assessmentservice.h"
#include "boundedfile.h"
#include "explanation.h"
#include "firmexchange.h"
#include "firmmatcher.h"
#include "firmreportwriter.h"
#include "firmrepository.h"
#include "firmscope.h"
#include "firmsheet.h"
#include "firmsheetexporter.h"
#include "firmtablemodel.h"
#include "report.h"
#include "reportbuilder.h"
#include "reportpainter.h"
#include "resultjson.h"
#include "resultsheetwriter.h"
#include "summaryreport.h"
#include "yamlsupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace eligicheck {

namespace {

// Reads a password from the terminal without echo; empty when there is no terminal.
QString promptPassword(const QString &prompt) {
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO)) return QString();
    fputs(prompt.toLocal8Bit().constData(), stderr);
    fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buf[512] = {};
    const bool ok = fgets(buf, sizeof buf, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    fputs("\n", stderr);
    QString pw = ok ? QString::fromLocal8Bit(buf) : QString();
    while (pw.endsWith(u'\n') || pw.endsWith(u'\r'))
        pw.chop(1);
    return pw;
#else
    Q_UNUSED(prompt);
    return QString();
#endif
}

} // namespace

StorageCommands::StorageCommands(QTextStream &out, QTextStream &err, const RuleLibrary &library, Lang lang,
                                 OptionLookup option)
    : m_out(out)
    , m_err(err)
    , m_library(library)
    , m_lang(lang)
    , m_option(std::move(option)) {}

bool StorageCommands::handles(const QString &command) {
    static const QStringList commands = {QStringLiteral("firm"),     QStringLiteral("assess"),
                                         QStringLiteral("history"),  QStringLiteral("recheck"),
                                         QStringLiteral("export"),   QStringLiteral("import"),
                                         QStringLiteral("match-all"), QStringLiteral("report")};
    return commands.contains(command);
}

QString StorageCommands::helpText() {
    return tr(
        "Firm database (--db FILE or postgresql://user@host:port/dbname; default: your EligiCheck data "
        "file):\n"
        "  firm add --name NAME [--credit-code CODE] [--region R] [--notes TEXT] [--answers FILE]\n"
        "  firm list [--format text|json]                  firms, newest verdicts, stale marks\n"
        "  firm show NAME                                  a firm and its stored answers\n"
        "  firm answers NAME --answers FILE                merge answers from a file\n"
        "  assess NAME [RULESET...] [--as-of DATE] [--all] [--include-expired] [--format text|json]\n"
        "                                                  evaluate and store assessments; without RULESET, "
        "the\n"
        "                                                  rule sets that concern the firm (its region and "
        "national\n"
        "                                                  ones, in force, for its applicant type); --all: "
        "every one\n"
        "  history NAME [--format text|json]               saved assessments, newest first\n"
        "  recheck [NAME]                                  re-evaluate assessments whose rules changed\n"
        "  export [NAME] --output FILE [--format xlsx|csv] one firm or all firms as YAML, or as a spreadsheet\n"
        "                                                  (.xlsx/.csv: firms and answers, importable back)\n"
        "  import FILE [--rename] [--sheet NAME]           add or merge firms (nothing written on error) "
        "from\n"
        "                                                  YAML, CSV (UTF-8 or GB18030) or .xlsx (first "
        "sheet or\n"
        "                                                  NAME); --rename lets a file rename the firm of a "
        "credit code\n"
        "  match-all [--as-of DATE] [--format text|json]   every firm against every programme\n"
        "  match-all --format xlsx|csv --output FILE       the same as a workbook: verdicts (coloured), missing\n"
        "                                                  answers that decide the most, support amounts\n"
        "  report NAME [RULESET...] --output FILE [--format pdf|html] [--summary]\n"
        "                                                  report of the firm's newest stored assessments;\n"
        "                                                  --summary: one page (可申报事项一览)\n"
        "  report --all [--region R] [--as-of DATE] --output-dir DIR [--format pdf|html]\n"
        "                                                  one report per firm (its answers against the programmes\n"
        "                                                  that concern it, as match-all); a firm that fails is\n"
        "                                                  named and the others are still written\n"
        "  NAME is a firm's name or credit code; --id N in its place reaches any firm by the id that\n"
        "  firm list shows.\n"
        "  PostgreSQL passwords come from PGPASSWORD or a prompt and are never stored.\n");
}

int StorageCommands::fail(const QString &message) {
    m_err << "eligicheck-cli: " << message << "\n";
    return 2;
}

int StorageCommands::usage(const QString &message) {
    m_err << "eligicheck-cli: " << message << "\n" << tr("Try 'eligicheck-cli --help'.") << "\n";
    return 2;
}

// Why writing `size` bytes to `path` failed, in words: QSaveFile reports a full disk as "Unknown
// error" (the write fails at the flush in commit()), so the free space is looked at.
QString StorageCommands::writeFailure(const QString &path, qint64 size, const QString &error) {
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < size + 4096)
        return tr("the disk is full (%1 bytes free, %2 needed); nothing was written")
            .arg(disk.bytesAvailable())
            .arg(size);
    return error;
}

Result<Firm> StorageCommands::chosenFirm(QStringList *args) {
    FirmRepository repo(m_db);
    if (byId()) {
        const QString text = m_option(QStringLiteral("--id"));
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return StorageError::fail(
                StorageError::Invalid,
                tr("--id needs the number of a firm as 'firm list' shows it, not '%1'").arg(text.left(40)));
        Result<Firm> f = repo.firm(id);
        if (!f.ok() && f.error().kind == StorageError::NotFound)
            return StorageError::fail(StorageError::NotFound, tr("there is no firm with id %1").arg(id));
        return f;
    }
    return repo.findFirm(args->takeFirst());
}

bool StorageCommands::openDatabase() {
    QString spec = m_option(QStringLiteral("--db"));
    if (spec.isEmpty()) spec = DatabaseLocation::defaultSqlitePath();
    QString error;
    std::optional<DatabaseLocation> loc = DatabaseLocation::parse(spec, &error);
    if (!loc) {
        fail(error);
        return false;
    }
    Database::OpenOptions options;
    if (loc->kind == DatabaseLocation::PostgreSQL) {
        options.password = qEnvironmentVariable("PGPASSWORD");
        if (options.password.isEmpty())
            options.password = promptPassword(tr("Password for %1: ").arg(loc->toDisplayString()));
    }
    StorageError e = m_db.open(*loc, options);
    if (!e.ok()) {
        fail(e.message);
        return false;
    }
    // A region typed as text (firm add --region, a spreadsheet's 地区) becomes the firm's
    // province/city answers, which every command reads.
    if (Result<int> adopted = FirmRepository(m_db).adoptRegionText(m_library.facts()); !adopted.ok()) {
        fail(adopted.error().message);
        return false;
    }
    return true;
}

bool StorageCommands::readAsOf(QDate *date) {
    *date = QDate::currentDate();
    const QString s = m_option(QStringLiteral("--as-of"));
    if (s.isEmpty()) return true;
    *date = QDate::fromString(s, Qt::ISODate);
    if (date->isValid() && s.size() == 10) return true;
    usage(tr("--as-of '%1' is not a date YYYY-MM-DD").arg(s));
    return false;
}

int StorageCommands::run(const QString &command, const QStringList &args) {
    if (command == QLatin1String("firm")) {
        if (args.isEmpty()) return usage(tr("firm needs a subcommand: add, list, show or answers"));
        const QString sub = args.first();
        const QStringList rest = args.mid(1);
        if (sub != QLatin1String("add") && sub != QLatin1String("list") && sub != QLatin1String("show") &&
            sub != QLatin1String("answers"))
            return usage(tr("unknown firm subcommand '%1' (use add, list, show or answers)").arg(sub));
        if (!openDatabase()) return 2;
        if (sub == QLatin1String("add")) return firmAdd(rest);
        if (sub == QLatin1String("list")) return firmList(rest);
        if (sub == QLatin1String("show")) return firmShow(rest);
        return firmAnswers(rest);
    }
    if (!openDatabase()) return 2;
    if (command == QLatin1String("assess")) return assess(args);
    if (command == QLatin1String("history")) return history(args);
    if (command == QLatin1String("recheck")) return recheck(args);
    if (command == QLatin1String("export")) return exportFirms(args);
    if (command == QLatin1String("import")) return importFirms(args);
    if (command == QLatin1String("report")) return report(args);
    return matchAll(args);
}

// --- firm -------------------------------------------------------------------------------------

namespace {

// Reads an answers file for a firm chosen on the command line.
std::optional<FirmRecord> readAnswers(Database &db, const FactRegistry &facts, const QString &path,
                                      QTextStream &err) {
    QString error;
    const std::optional<QByteArray> content = BoundedFile::read(path, MaxRuleFileBytes, &error);
    if (!content) {
        err << "eligicheck-cli: " << error << "\n";
        return std::nullopt;
    }
    Diagnostics diags;
    FirmExchange exchange(db, facts);
    auto records = exchange.parse(path, *content, &diags, FirmExchange::Mode::AnswersOnly);
    for (const Diagnostic &d : diags)
        err << d.toString() << "\n";
    if (!records || records->isEmpty()) return std::nullopt;
    return records->first();
}

} // namespace

int StorageCommands::firmAdd(const QStringList &args) {
    if (!args.isEmpty()) return usage(tr("firm add takes no positional arguments; use --name NAME"));
    Firm firm;
    firm.name = m_option(QStringLiteral("--name"));
    firm.creditCode = m_option(QStringLiteral("--credit-code"));
    firm.region = m_option(QStringLiteral("--region"));
    firm.notes = m_option(QStringLiteral("--notes"));
    std::optional<FirmRecord> record;
    if (const QString path = m_option(QStringLiteral("--answers")); !path.isEmpty()) {
        record = readAnswers(m_db, m_library.facts(), path, m_err);
        if (!record) return 2;
        if (firm.name.isEmpty()) firm.name = record->firm.name;
        if (firm.creditCode.isEmpty()) firm.creditCode = record->firm.creditCode;
        if (firm.region.isEmpty()) firm.region = record->firm.region;
        if (firm.notes.isEmpty()) firm.notes = record->firm.notes;
    }
    if (firm.name.trimmed().isEmpty()) return usage(tr("firm add needs --name NAME"));
    FirmRepository repo(m_db);
    Firm added;
    StorageError e = m_db.transaction([&]() -> StorageError {
        Result<Firm> r = repo.addFirm(firm);
        if (!r.ok()) return r.error();
        added = *r;
        if (record)
            if (StorageError e = repo.setAnswers(added.id, record->answers, m_library.facts()); !e.ok())
                return e;
        return repo.adoptRegionText(m_library.facts()).error();
    });
    if (!e.ok()) return failWith(e);
    m_out << tr("Added firm '%1' (id %2)").arg(added.name).arg(added.id);
    if (record) m_out << tr(" with %n answer(s)", nullptr, int(record->answers.size()));
    m_out << "\n";
    return 0;
}

int StorageCommands::firmList(const QStringList &args) {
    if (!args.isEmpty()) return usage(tr("firm list takes no arguments"));
    FirmTableModel model(m_db);
    model.setLanguage(m_lang);
    model.setCurrentHashes(AssessmentStore::currentHashes(m_library));
    if (StorageError e = model.reload(); !e.ok()) return failWith(e);
    auto cell = [&](int row, int col) { return model.index(row, col).data().toString(); };
    if (m_option(QStringLiteral("--format")) == QLatin1String("json")) {
        Json arr = Json::array();
        for (int r = 0; r < model.rowCount(); ++r) {
            Json o = Json::object();
            o.insert(QStringLiteral("id"), model.firmId(r));
            o.insert(QStringLiteral("name"), cell(r, FirmTableModel::NameColumn));
            o.insert(QStringLiteral("credit_code"),
                     Json::stringOrNull(cell(r, FirmTableModel::CreditCodeColumn)));
            o.insert(QStringLiteral("last_assessed"),
                     Json::stringOrNull(cell(r, FirmTableModel::LastAssessedColumn)));
            o.insert(QStringLiteral("verdicts"), cell(r, FirmTableModel::VerdictsColumn));
            o.insert(QStringLiteral("stale"), model.index(r, 0).data(FirmTableModel::StaleRole).toBool());
            arr.append(o);
        }
        m_out << arr.toString() << "\n";
        return 0;
    }
    if (model.rowCount() == 0) m_out << tr("No firms yet; add one with: firm add --name NAME") << "\n";
    for (int r = 0; r < model.rowCount(); ++r) {
        m_out << cell(r, FirmTableModel::NameColumn);
        if (const QString code = cell(r, FirmTableModel::CreditCodeColumn); !code.isEmpty())
            m_out << "  " << code;
        if (const QString d = cell(r, FirmTableModel::LastAssessedColumn); !d.isEmpty())
            m_out << "  " << tr("assessed %1: %2").arg(d, cell(r, FirmTableModel::VerdictsColumn));
        if (model.index(r, 0).data(FirmTableModel::StaleRole).toBool())
            m_out << "  [" << tr("rules changed — run recheck") << "]";
        m_out << "  " << tr("(id %1)").arg(model.firmId(r)) << "\n";
    }
    return 0;
}

int StorageCommands::firmShow(const QStringList &args) {
    if (args.size() != (byId() ? 0 : 1))
        return usage(tr("firm show needs exactly one firm NAME (or --id N)"));
    FirmRepository repo(m_db);
    QStringList rest = args;
    Result<Firm> firm = chosenFirm(&rest);
    if (!firm.ok()) return failWith(firm.error());
    Result<QVector<StoredAnswer>> answers = repo.answers(firm->id);
    if (!answers.ok()) return failWith(answers.error());
    m_out << firm->name << "\n";
    m_out << tr("  credit code: %1").arg(firm->creditCode.isEmpty() ? tr("(not given)") : firm->creditCode)
          << "\n";
    if (!firm->region.isEmpty()) m_out << tr("  region: %1").arg(regionLabel(firm->region, m_lang)) << "\n";
    if (!firm->notes.isEmpty()) m_out << tr("  notes: %1").arg(firm->notes) << "\n";
    m_out << tr("  %n answer(s):", nullptr, int(answers->size())) << "\n";
    for (const StoredAnswer &a : *answers) {
        const FactDefinition *def = m_library.facts().find(a.factId);
        const QString label = def ? def->label.get(m_lang) : a.factId;
        const QString value =
            def && a.value.isKnown() ? formatFactValue(*def, a.value, m_lang) : a.value.toPlainString();
        // The question as people read it; the fact id is in the JSON (issue 16).
        m_out << "    " << label;
        if (a.fiscalYear) m_out << " [" << a.fiscalYear << "]";
        m_out << " = " << value;
        if (!a.entered.isEmpty() && a.entered != a.value.toPlainString())
            m_out << tr(" (entered as %1)").arg(a.entered);
        m_out << "  " << tr("(v%1, %2, %3)").arg(a.version).arg(a.changedBy, a.changedAt) << "\n";
        if (!def) m_out << "      " << tr("no loaded rule set asks for this fact") << "\n";
    }
    return 0;
}

int StorageCommands::firmAnswers(const QStringList &args) {
    if (args.size() != (byId() ? 0 : 1))
        return usage(tr("firm answers needs exactly one firm NAME (or --id N)"));
    const QString path = m_option(QStringLiteral("--answers"));
    if (path.isEmpty()) return usage(tr("firm answers needs --answers FILE"));
    FirmRepository repo(m_db);
    QStringList rest = args;
    Result<Firm> firm = chosenFirm(&rest);
    if (!firm.ok()) return failWith(firm.error());
    std::optional<FirmRecord> record = readAnswers(m_db, m_library.facts(), path, m_err);
    if (!record) return 2;
    if (!record->firm.name.isEmpty() && record->firm.name != firm->name &&
        (record->firm.creditCode.isEmpty() || record->firm.creditCode != firm->creditCode))
        return fail(tr("'%1' holds answers of firm '%2', not '%3'; nothing was saved")
                        .arg(path, record->firm.name, firm->name));
    if (StorageError e = repo.setAnswers(firm->id, record->answers, m_library.facts()); !e.ok())
        return failWith(e);
    m_out << tr("Saved %n answer(s) for '%1'", nullptr, int(record->answers.size())).arg(firm->name) << "\n";
    return 0;
}

// --- assessments ------------------------------------------------------------------------------

int StorageCommands::assess(const QStringList &args) {
    if (args.isEmpty() && !byId()) return usage(tr("assess needs a firm NAME (or --id N)"));
    QDate asOf;
    if (!readAsOf(&asOf)) return 2;
    QStringList ruleSetIds = args;
    Result<Firm> firm = chosenFirm(&ruleSetIds);
    if (!firm.ok()) return failWith(firm.error());
    QVector<const RuleSet *> ruleSets;
    for (const QString &id : ruleSetIds) {
        const RuleSet *rs = m_library.ruleSet(id);
        if (!rs) {
            const QStringList sug = m_library.suggestRuleSets(id);
            return usage(tr("no rule set '%1'%2")
                             .arg(id, sug.isEmpty()
                                          ? QString()
                                          : tr(" (did you mean %1?)").arg(sug.join(QStringLiteral(", ")))));
        }
        ruleSets.append(rs);
    }
    if (ruleSets.isEmpty()) {
        // Every rule set that concerns the firm (issue 17 item 5): a programme of its region or
        // a national one, in force on the date, for its applicant type, as its stored answers
        // say; --all assesses every rule set, --include-expired also those not in force.
        Result<Answers> answers = FirmRepository(m_db).answersFor(firm->id, asOf, m_library.facts());
        if (!answers.ok()) return failWith(answers.error());
        Relevance relevance =
            Relevance::fromAnswers(answers->toFactValues(m_library.facts(), asOf), m_library.facts());
        relevance.asOf = asOf;
        relevance.includeExpired = m_option(QStringLiteral("--include-expired")) == QLatin1String("1");
        const bool all = m_option(QStringLiteral("--all")) == QLatin1String("1");
        for (const auto &rs : m_library.ruleSets())
            if (all || std::any_of(rs->programmes.cbegin(), rs->programmes.cend(),
                                   [&](const Programme &p) { return relevance.shows(*rs, p); }))
                ruleSets.append(rs.get());
        if (ruleSets.isEmpty()) {
            m_out << tr("No programme in force concerns %1 on %2 (--all assesses every rule set).")
                         .arg(firm->name, asOf.toString(Qt::ISODate))
                  << "\n";
            return 0;
        }
    }
    AssessmentService service(m_db, m_library);
    const bool json = m_option(QStringLiteral("--format")) == QLatin1String("json");
    // All rule sets in one transaction: either every assessment of this run is stored or none
    // (a failure half-way left a partial set that looked like a complete run).
    struct Done {
        const RuleSet *rs;
        RuleSetResult result;
        Assessment assessment;
    };
    std::vector<Done> done;
    StorageError stored = m_db.transaction([&]() -> StorageError {
        for (const RuleSet *rs : ruleSets) {
            RuleSetResult result;
            Result<Assessment> a = service.assess(firm->id, *rs, asOf, &result, m_lang);
            if (!a.ok()) return a.error();
            done.push_back({rs, std::move(result), *a});
        }
        return {};
    });
    if (!stored.ok()) return failWith(stored);
    Json arr = Json::array();
    for (const Done &d : done) {
        const RuleSet *rs = d.rs;
        const RuleSetResult &result = d.result;
        const Assessment *a = &d.assessment;
        if (json) {
            Json o = Json::object();
            o.insert(QStringLiteral("assessment_id"), a->id);
            o.insert(QStringLiteral("firm"), firm->name);
            o.insert(QStringLiteral("result"), ruleSetResultToJson(result, m_library.facts(), m_lang));
            arr.append(o);
            continue;
        }
        m_out << tr("#%1 %2, as of %3")
                     .arg(a->id)
                     .arg(m_lang == Lang::En && !rs->titleEn.isEmpty() ? rs->titleEn : rs->title,
                          formatDate(asOf, m_lang))
              << "\n";
        for (const ProgrammeResult &p : result.programmes) {
            m_out << "  " << verdictText(p.verdict, m_lang) << "  " << p.programme->title.get(m_lang);
            if (!p.missing.isEmpty())
                m_out << "  " << tr("(%n answer(s) missing)", nullptr, int(p.missing.size()));
            m_out << "\n";
        }
    }
    if (json) m_out << arr.toString() << "\n";
    return 0;
}

int StorageCommands::history(const QStringList &args) {
    if (args.size() != (byId() ? 0 : 1)) return usage(tr("history needs exactly one firm NAME (or --id N)"));
    FirmRepository repo(m_db);
    QStringList rest = args;
    Result<Firm> firm = chosenFirm(&rest);
    if (!firm.ok()) return failWith(firm.error());
    AssessmentStore store(m_db);
    Result<QVector<Assessment>> list = store.history(firm->id);
    if (!list.ok()) return failWith(list.error());
    const QHash<QString, QString> hashes = AssessmentStore::currentHashes(m_library);
    const bool json = m_option(QStringLiteral("--format")) == QLatin1String("json");
    Json arr = Json::array();
    for (const Assessment &a : *list) {
        const Staleness st = AssessmentStore::staleness(a, hashes);
        if (json) {
            Json o = Json::object();
            o.insert(QStringLiteral("id"), a.id);
            o.insert(QStringLiteral("ruleset"), a.ruleSetId);
            o.insert(QStringLiteral("as_of"), a.asOf.toString(Qt::ISODate));
            o.insert(QStringLiteral("created_at"), a.createdAt);
            o.insert(QStringLiteral("created_by"), a.createdBy);
            o.insert(QStringLiteral("content_hash"), a.contentHash);
            o.insert(QStringLiteral("stale"), st != Staleness::Current);
            Json progs = Json::object();
            for (const ProgrammeSnapshot &p : a.programmes)
                progs.insert(p.programmeId, verdictName(p.verdict));
            o.insert(QStringLiteral("verdicts"), progs);
            arr.append(o);
            continue;
        }
        // Titles of the rules in use, ids only when the rule set is no longer loaded (issue 16).
        const RuleSet *rs = m_library.ruleSet(a.ruleSetId);
        m_out << "#" << a.id << "  " << a.createdAt << "  "
              << (rs ? (m_lang == Lang::En && !rs->titleEn.isEmpty() ? rs->titleEn : rs->title) : a.ruleSetId)
              << tr("  as of %1").arg(formatDate(a.asOf, m_lang));
        if (st == Staleness::RuleChanged) m_out << "  [" << tr("rules changed — run recheck") << "]";
        if (st == Staleness::RuleMissing) m_out << "  [" << tr("rule set no longer loaded") << "]";
        m_out << "\n";
        for (const ProgrammeSnapshot &p : a.programmes) {
            const Programme *prog = nullptr;
            if (rs)
                for (const Programme &x : rs->programmes)
                    if (x.id == p.programmeId) prog = &x;
            m_out << "    " << verdictText(p.verdict, m_lang) << "  "
                  << (prog ? prog->title.get(m_lang) : p.programmeId) << "\n";
        }
    }
    if (json)
        m_out << arr.toString() << "\n";
    else if (list->isEmpty())
        m_out << tr("No assessments of '%1' yet").arg(firm->name) << "\n";
    return 0;
}

int StorageCommands::recheck(const QStringList &args) {
    if (args.size() > (byId() ? 0 : 1)) return usage(tr("recheck takes at most one firm NAME (or --id N)"));
    FirmRepository repo(m_db);
    QVector<Firm> firms;
    if (args.size() == 1 || byId()) {
        QStringList rest = args;
        Result<Firm> f = chosenFirm(&rest);
        if (!f.ok()) return failWith(f.error());
        firms.append(*f);
    } else {
        Result<QVector<Firm>> all = repo.firms();
        if (!all.ok()) return failWith(all.error());
        firms = *all;
    }
    AssessmentService service(m_db, m_library);
    const RecheckWording wording(&m_library, m_lang);
    const bool json = m_option(QStringLiteral("--format")) == QLatin1String("json");
    Json report = Json::array();
    int rechecked = 0;
    for (const Firm &firm : firms) {
        Result<QVector<AssessmentService::Recheck>> r = service.recheck(firm.id, m_lang);
        if (!r.ok()) return failWith(r.error());
        for (const AssessmentService::Recheck &rc : *r) {
            const QStringList sentences = wording.changes(rc);
            if (json) {
                // Ids for scripts, and the same sentences the text output prints.
                Json o = Json::object();
                o.insert(QStringLiteral("firm"), firm.name);
                o.insert(QStringLiteral("ruleset"), rc.before.ruleSetId);
                o.insert(QStringLiteral("before"), (long long)rc.before.id);
                o.insert(QStringLiteral("after"), rc.after.id ? Json((long long)rc.after.id) : Json());
                o.insert(QStringLiteral("rules_loaded"), rc.staleness != Staleness::RuleMissing);
                Json changes = Json::array();
                for (int i = 0; i < rc.changes.size(); ++i) {
                    const AssessmentChange &c = rc.changes[i];
                    Json cj = Json::object();
                    cj.insert(QStringLiteral("programme"), c.programmeId);
                    cj.insert(QStringLiteral("item"), c.itemId.isEmpty() ? Json() : Json(c.itemId));
                    cj.insert(QStringLiteral("before"), c.before.isEmpty() ? Json() : Json(c.before));
                    cj.insert(QStringLiteral("after"), c.after.isEmpty() ? Json() : Json(c.after));
                    cj.insert(QStringLiteral("text"), sentences.value(i));
                    changes.append(cj);
                }
                o.insert(QStringLiteral("changes"), changes);
                report.append(o);
            }
            if (rc.staleness != Staleness::RuleMissing) ++rechecked;
            if (json) continue;
            m_out << firm.name << tr(": ", "firm name: heading") << wording.heading(rc) << "\n";
            for (const QString &s : sentences)
                m_out << "    " << s << "\n";
        }
    }
    if (json) {
        m_out << report.toString() << "\n";
        return 0;
    }
    if (rechecked == 0) m_out << tr("All assessments use the current rules; nothing to re-check") << "\n";
    return 0;
}

// --- files ------------------------------------------------------------------------------------

int StorageCommands::exportFirms(const QStringList &args) {
    if (args.size() > (byId() ? 0 : 1)) return usage(tr("export takes at most one firm NAME (or --id N)"));
    const QString path = m_option(QStringLiteral("--output"));
    if (path.isEmpty()) return usage(tr("export needs --output FILE"));
    QVector<qint64> ids;
    if (args.size() == 1 || byId()) {
        QStringList rest = args;
        Result<Firm> f = chosenFirm(&rest);
        if (!f.ok()) return failWith(f.error());
        ids.append(f->id);
    }
    // Spreadsheets (by --format or the file's suffix): firms and answers, importable back.
    QString format = m_option(QStringLiteral("--format"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (format.isEmpty() && (suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv")))
        format = suffix;
    if (format == QLatin1String("xlsx") || format == QLatin1String("csv")) {
        QString error;
        const int n = FirmSheetExporter(m_db, m_library.facts(), m_lang)
                          .write(path,
                                 format == QLatin1String("csv") ? FirmSheetExporter::Format::Csv
                                                                : FirmSheetExporter::Format::Xlsx,
                                 ids, &error);
        if (n < 0) return fail(error);
        m_out << tr("Wrote %n firm(s) to %1", nullptr, n).arg(path) << "\n";
        return 0;
    }
    QDate asOf;
    if (!readAsOf(&asOf)) return 2;
    Result<QByteArray> yaml = FirmExchange(m_db, m_library.facts()).exportFirms(ids, asOf);
    if (!yaml.ok()) return failWith(yaml.error());
    QSaveFile file(path);
    // Qt 6.4's commit() can report success over a failed final flush (on a full disk it left an
    // empty file and "Wrote …"): flush first and check.
    if (!file.open(QIODevice::WriteOnly) || file.write(*yaml) != yaml->size() || !file.flush() ||
        !file.commit())
        return fail(
            tr("cannot write '%1': %2").arg(path, writeFailure(path, yaml->size(), file.errorString())));
    m_out << tr("Wrote %1").arg(path) << "\n";
    return 0;
}

int StorageCommands::importFirms(const QStringList &args) {
    if (args.size() != 1) return usage(tr("import needs exactly one FILE"));
    Diagnostics diags;
    FirmExchange exchange(m_db, m_library.facts());
    exchange.setRuleLibrary(&m_library);
    exchange.setAllowRename(m_option(QStringLiteral("--rename")) == QLatin1String("1"));
    Result<int> n = 0;
    if (FirmSheet::isSpreadsheet(args[0])) {
        // A spreadsheet: every cell checked, then the same checks against the database as a YAML
        // import, then one transaction.
        std::optional<QVector<FirmRecord>> records =
            FirmSheet(m_library.facts()).read(args[0], m_option(QStringLiteral("--sheet")), &diags);
        if (records) exchange.checkRecords(args[0], *records, &diags);
        for (const Diagnostic &d : diags)
            m_err << d.toString() << "\n";
        if (!records || hasErrors(diags))
            return fail(tr("'%1' was not imported: it has errors (nothing was written)").arg(args[0]));
        n = exchange.import(*records);
    } else {
        if (!m_option(QStringLiteral("--sheet")).isEmpty())
            return usage(tr("--sheet is for .xlsx workbooks; '%1' is not one").arg(args[0]));
        n = exchange.importFile(args[0], &diags);
        for (const Diagnostic &d : diags)
            m_err << d.toString() << "\n";
    }
    if (!n.ok()) return failWith(n.error());
    m_out << tr("Imported %n firm(s) from %1", nullptr, *n).arg(args[0]) << "\n";
    return 0;
}

int StorageCommands::matchAll(const QStringList &args) {
    if (!args.isEmpty()) return usage(tr("match-all takes no arguments; it evaluates every firm"));
    QDate asOf;
    if (!readAsOf(&asOf)) return 2;
    const QString format = m_option(QStringLiteral("--format"));
    const bool json = format == QLatin1String("json");
    // Spreadsheets: a workbook (or CSV) for the consultant, written firm by firm like the rest.
    std::unique_ptr<ResultSheetWriter> sheet;
    const QString output = m_option(QStringLiteral("--output"));
    if (format == QLatin1String("xlsx") || format == QLatin1String("csv")) {
        if (output.isEmpty()) return usage(tr("match-all --format %1 needs --output FILE").arg(format));
        sheet = std::make_unique<ResultSheetWriter>(
            output,
            format == QLatin1String("csv") ? ResultSheetWriter::Format::Csv : ResultSheetWriter::Format::Xlsx,
            m_library, asOf, m_lang);
    }
    // Firm by firm, in every format: the JSON of 3,000 firms held whole needed 846 MB.
    JsonArrayWriter<QTextStream> arr(m_out);
    int firms = 0;
    const StorageError e = FirmMatcher(m_db, m_library).run(asOf, [&](const FirmMatch &match) {
        ++firms;
        const Firm &firm = match.firm;
        if (sheet) {
            sheet->addFirm(match);
            return true;
        }
        if (json) {
            Json o = Json::object();
            o.insert(QStringLiteral("firm"), firm.name);
            o.insert(QStringLiteral("credit_code"),
                     Json::stringOrNull(firm.creditCode.isEmpty() ? QString() : firm.creditCode));
            o.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
            Json progs = Json::array();
            for (const FirmMatch::Row &r : match.rows) {
                Json p = Json::object();
                p.insert(QStringLiteral("ruleset"), r.ruleSet->id);
                p.insert(QStringLiteral("programme"), r.result.programme->id);
                p.insert(QStringLiteral("title"), r.result.programme->title.get(m_lang));
                p.insert(QStringLiteral("verdict"), verdictName(r.result.verdict));
                Json missing = Json::array();
                for (int slot : r.result.missing)
                    missing.append(m_library.facts().at(slot).id);
                p.insert(QStringLiteral("missing"), missing);
                progs.append(p);
            }
            o.insert(QStringLiteral("programmes"), progs);
            arr.append(o);
            m_out.flush();
            return true;
        }
        m_out << firm.name << tr("  (as of %1)").arg(asOf.toString(Qt::ISODate)) << "\n";
        for (const FirmMatch::Row &r : match.rows) {
            m_out << "  " << verdictText(r.result.verdict, m_lang) << "  " << r.result.programme->title.get(m_lang);
            if (!r.result.missing.isEmpty())
                m_out << "  " << tr("(%n answer(s) missing)", nullptr, int(r.result.missing.size()));
            m_out << "\n";
        }
        m_out.flush();
        return true;
    });
    if (!e.ok()) return failWith(e);
    if (sheet) {
        QString error;
        if (!sheet->finish(&error)) return fail(error);
        m_out << tr("Wrote the results of %n firm(s) to %1", nullptr, firms).arg(output) << "\n";
        return 0;
    }
    if (json) {
        arr.finish();
        m_out << "\n";
    }
    return 0;
}

} // namespace eligicheck

namespace eligicheck {

// The report attached to an application file must be reproducible: it is rebuilt from the stored
// snapshot (rule set id, as_of and the answers exactly as saved), never from today's answers.
int StorageCommands::report(const QStringList &args) {
    if (m_option(QStringLiteral("--all")) == QLatin1String("1")) return reportAll(args);
    if (args.isEmpty() && !byId())
        return usage(tr("report needs a firm NAME or --id N (and optionally rule set ids)"));
    const QString output = m_option(QStringLiteral("--output"));
    if (output.isEmpty()) return usage(tr("report needs --output FILE (.pdf or .html)"));
    QString format = m_option(QStringLiteral("--format"));
    if (format.isEmpty() || format == QLatin1String("text"))
        format = output.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ? QStringLiteral("html") : QStringLiteral("pdf");
    if (format != QLatin1String("pdf") && format != QLatin1String("html"))
        return usage(tr("report writes pdf or html, not '%1'").arg(format));
    QStringList wanted = args;
    Result<Firm> firm = chosenFirm(&wanted);
    if (!firm.ok()) return failWith(firm.error());
    AssessmentStore store(m_db);
    Result<QVector<Assessment>> latest = store.latestPerRuleSet(firm->id);
    if (!latest.ok()) return failWith(latest.error());
    const QHash<QString, QString> hashes = AssessmentStore::currentHashes(m_library);
    ReportInput input;
    input.firmName = firm->name;
    input.creditCode = firm->creditCode;
    input.assessedOn = QDate::currentDate();
    input.sortByVerdict = true;
    for (const Assessment &a : *latest) {
        if (!wanted.isEmpty() && !wanted.contains(a.ruleSetId)) continue;
        QString error;
        std::optional<ReportInput> one =
            ReportInput::forStoredInputs(m_library, a.ruleSetId, a.inputs, a.asOf, firm->name, firm->creditCode, &error);
        if (!one) return fail(tr("assessment #%1 (%2) cannot be reported: %3").arg(a.id).arg(a.ruleSetId, error));
        QStringList programmes; // the programmes the assessment was made for, not the whole document
        for (const ProgrammeSnapshot &p : a.programmes)
            programmes << p.programmeId;
        for (RuleSetResult &r : one->results)
            AssessmentService::limitTo(r, programmes);
        input.asOf = a.asOf;
        input.results += one->results;
        if (AssessmentStore::staleness(a, hashes) == Staleness::RuleChanged)
            input.notices << tr("%1: the rule set has changed since assessment #%2 was saved on %3; run recheck "
                                "before relying on this report")
                                 .arg(a.ruleSetId)
                                 .arg(a.id)
                                 .arg(a.createdAt);
    }
    for (const QString &id : wanted) {
        bool found = false;
        for (const RuleSetResult &r : input.results) found = found || r.ruleSet->id == id;
        if (!found) return fail(tr("'%1' has no stored assessment of rule set '%2'; run assess first").arg(firm->name, id));
    }
    if (input.results.isEmpty()) return fail(tr("'%1' has no stored assessments; run assess first").arg(firm->name));
    // --summary: 可申报事项一览, one page of what the firm can apply for and what would decide it.
    const Report rep = m_option(QStringLiteral("--summary")) == QLatin1String("1")
                           ? SummaryReportBuilder(m_library.facts(), m_lang).build(input)
                           : ReportBuilder(m_library.facts(), m_lang).build(input);
    QString error;
    int pages = 0;
    const bool ok = format == QLatin1String("pdf")
                        ? PdfExporter::write(rep, output, ReportPainter::defaultPageLayout(), &error, &pages)
                        : HtmlExporter::write(rep, output, &error);
    if (!ok) return fail(error);
    m_out << tr("Report of %1 written to %2").arg(firm->name, output) << "\n";
    return 0;
}

// One report per firm. A firm that cannot be reported (answers unreadable, no programme concerns
// it, file not written) is named on stderr and the others are still written: a batch over hundreds
// of clients is not lost for one bad firm, and the summary says exactly which ones to fix. The
// exit status is 2 when any firm failed, so scripts notice.
int StorageCommands::reportAll(const QStringList &args) {
    if (!args.isEmpty()) return usage(tr("report --all takes no firm NAME; use --region R to choose firms"));
    const QString dir = m_option(QStringLiteral("--output-dir"));
    if (dir.isEmpty()) return usage(tr("report --all needs --output-dir DIR"));
    QString format = m_option(QStringLiteral("--format"));
    if (format.isEmpty()) format = QStringLiteral("pdf");
    if (format != QLatin1String("pdf") && format != QLatin1String("html"))
        return usage(tr("report writes pdf or html, not '%1'").arg(format));
    QDate asOf;
    if (!readAsOf(&asOf)) return 2;
    Relevance region;
    if (const QString r = m_option(QStringLiteral("--region")); !r.isEmpty()) {
        QString error;
        std::optional<Relevance> wanted = Relevance::forRegion(r, m_library.facts(), &error);
        if (!wanted) return usage(error);
        region = *wanted;
    }
    if (!QDir().mkpath(dir)) return fail(tr("cannot create the folder '%1'").arg(dir));
    FirmRepository repo(m_db);
    Result<QVector<Firm>> firms = repo.firms();
    if (!firms.ok()) return failWith(firms.error());
    FirmReportWriter writer(
        m_db, m_library, m_lang, asOf,
        format == QLatin1String("pdf") ? FirmReportWriter::Format::Pdf : FirmReportWriter::Format::Html, dir);
    int written = 0;
    int failed = 0;
    for (const Firm &firm : *firms) {
        if (region.hasRegion()) {
            Result<Answers> answers = repo.answersFor(firm.id, asOf, m_library.facts());
            if (!answers.ok()) return failWith(answers.error());
            const Relevance where =
                FirmScope::of(firm, answers->toFactValues(m_library.facts(), asOf), m_library.facts(), asOf);
            if (!FirmScope::inRegion(where, region)) continue;
        }
        QString error;
        if (const std::optional<QString> path = writer.write(firm, &error)) {
            m_out << tr("Wrote %1").arg(QDir::toNativeSeparators(*path)) << "\n";
            ++written;
        } else {
            m_err << "eligicheck-cli: " << error << "\n";
            ++failed;
        }
        m_out.flush();
        m_err.flush();
    }
    m_out << tr("%n report(s) written to %1", nullptr, written).arg(QDir::toNativeSeparators(dir));
    if (failed) m_out << tr("; %n firm(s) failed (see above)", nullptr, failed);
    m_out << "\n";
    return failed ? 2 : 0;
}

} // namespace eligicheck
