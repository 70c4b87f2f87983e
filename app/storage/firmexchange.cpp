#include "firmexchange.h"

#include "answers.h"
#include "boundedfile.h"
#include "creditcode.h"
#include "evaluator.h"
#include "rulelibrary.h"
#include "yamlsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace eligicheck {

namespace {

std::string utf8(const QString &s) {
    return s.toStdString();
}

// Characters that other YAML readers refuse raw or read as line breaks (C0 and C1 controls, CR,
// DEL, NEL U+0085, U+2028, U+2029, BOM): a text holding one is written double-quoted, where
// yaml-cpp escapes the controls, and rawToEscaped() below escapes the rest.
bool needsEscapes(const QString &s) {
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n') || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 ||
            u == 0xfeff)
            return true;
    }
    return false;
}

// A text value: plain when it can be, double-quoted when it holds characters that need escapes.
struct Text {
    const QString &s;
};
YAML::Emitter &operator<<(YAML::Emitter &out, const Text &t) {
    if (needsEscapes(t.s)) out << YAML::DoubleQuoted;
    return out << utf8(t.s);
}

// yaml-cpp writes DEL, U+2028 and U+2029 raw even inside double quotes. Every text holding one
// was written double-quoted (Text above), so each is replaced by its escape there.
QByteArray rawToEscaped(QByteArray bytes) {
    bytes.replace("\x7f", "\\x7F");
    bytes.replace("\xe2\x80\xa8", "\\u2028");
    bytes.replace("\xe2\x80\xa9", "\\u2029");
    return bytes;
}

void emitStringMap(YAML::Emitter &out, const QVector<QPair<QString, QString>> &pairs) {
    out << YAML::BeginMap;
    for (const auto &p : pairs)
        out << YAML::Key << Text{p.first} << YAML::Value << Text{p.second};
    out << YAML::EndMap;
}

void emitAssessment(YAML::Emitter &out, const Assessment &a) {
    out << YAML::BeginMap;
    out << YAML::Key << "ruleset" << YAML::Value << Text{a.ruleSetId};
    out << YAML::Key << "content_hash" << YAML::Value << Text{a.contentHash};
    out << YAML::Key << "verified_on" << YAML::Value << utf8(a.verifiedOn.toString(Qt::ISODate));
    out << YAML::Key << "as_of" << YAML::Value << utf8(a.asOf.toString(Qt::ISODate));
    out << YAML::Key << "created_at" << YAML::Value << Text{a.createdAt};
    out << YAML::Key << "created_by" << YAML::Value << Text{a.createdBy};
    QVector<QPair<QString, QString>> inputs;
    QStringList keys = a.inputs.keys();
    keys.sort();
    for (const QString &k : keys)
        inputs.append({k, a.inputs.value(k)});
    out << YAML::Key << "inputs" << YAML::Value;
    emitStringMap(out, inputs);
    out << YAML::Key << "programmes" << YAML::Value << YAML::BeginSeq;
    for (const ProgrammeSnapshot &p : a.programmes) {
        out << YAML::BeginMap;
        out << YAML::Key << "id" << YAML::Value << Text{p.programmeId};
        out << YAML::Key << "verdict" << YAML::Value << utf8(verdictName(p.verdict));
        out << YAML::Key << "outcome_band" << YAML::Value << Text{p.outcomeBand};
        QVector<QPair<QString, QString>> criteria;
        for (const auto &c : p.criteria)
            criteria.append({c.first, criterionStatusName(c.second)});
        out << YAML::Key << "criteria" << YAML::Value;
        emitStringMap(out, criteria);
        out << YAML::Key << "amounts" << YAML::Value << YAML::BeginMap;
        for (const AmountSnapshot &am : p.amounts) {
            out << YAML::Key << Text{am.amountId} << YAML::Value;
            emitStringMap(out, {{QStringLiteral("max"), am.maxWan}, {QStringLiteral("min"), am.minWan}});
        }
        out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::Key << "result_json" << YAML::Value << YAML::DoubleQuoted << utf8(a.resultJson);
    out << YAML::EndMap;
}

} // namespace

QString FirmExchange::answerText(const StoredAnswer &a, const FactDefinition *def) {
    if (def && !a.entered.isEmpty()) {
        QString ignored;
        if (auto v = parseFactValue(*def, a.entered, &ignored); v && *v == a.value) return a.entered;
    }
    return a.value.toPlainString();
}

FirmExchange::FirmExchange(Database &db, const FactRegistry &facts)
    : m_db(db)
    , m_facts(facts) {}

Result<QByteArray> FirmExchange::exportFirms(const QVector<qint64> &firmIds, const QDate &asOf) const {
    FirmRepository repo(m_db);
    AssessmentStore store(m_db);
    QVector<Firm> firms;
    if (firmIds.isEmpty()) {
        Result<QVector<Firm>> all = repo.firms();
        if (!all.ok()) return all.error();
        firms = *all;
    } else {
        for (qint64 id : firmIds) {
            Result<Firm> f = repo.firm(id);
            if (!f.ok()) return f.error();
            firms.append(*f);
        }
    }
    const bool single = firmIds.size() == 1;
    const int year = FirmRepository::fiscalYearFor(asOf);
    YAML::Emitter out;
    out.SetOutputCharset(YAML::EmitNonAscii);
    out << YAML::Comment(single ? "EligiCheck firm file: answers (as_of, firm, facts) and assessment history"
                                : "EligiCheck firms file: answers and assessment history of each firm");
    if (!single) {
        out << YAML::BeginMap << YAML::Key << "format" << YAML::Value << "eligicheck-firms/1";
        out << YAML::Key << "firms" << YAML::Value << YAML::BeginSeq;
    }
    for (const Firm &firm : firms) {
        Result<QVector<StoredAnswer>> answers = repo.answers(firm.id);
        if (!answers.ok()) return answers.error();
        Result<QVector<Assessment>> history = store.history(firm.id);
        if (!history.ok()) return history.error();
        out << YAML::BeginMap;
        out << YAML::Key << "as_of" << YAML::Value << utf8(asOf.toString(Qt::ISODate));
        out << YAML::Key << "firm" << YAML::Value;
        emitStringMap(out, {{QStringLiteral("name"), firm.name},
                            {QStringLiteral("credit_code"), firm.creditCode},
                            {QStringLiteral("region"), firm.region},
                            {QStringLiteral("contact"), firm.contact},
                            {QStringLiteral("notes"), firm.notes}});
        QVector<QPair<QString, QString>> current;
        QMap<int, QVector<QPair<QString, QString>>> otherYears;
        for (const StoredAnswer &a : *answers) {
            const FactDefinition *def = m_facts.find(a.factId);
            const QString text = answerText(a, def);
            if (a.fiscalYear == 0 || a.fiscalYear == year)
                current.append({a.factId, text});
            else
                otherYears[a.fiscalYear].append({a.factId, text});
        }
        out << YAML::Key << "facts" << YAML::Value;
        emitStringMap(out, current);
        if (!otherYears.isEmpty()) {
            out << YAML::Key << "yearly_facts" << YAML::Value << YAML::BeginMap;
            for (auto it = otherYears.cbegin(); it != otherYears.cend(); ++it) {
                out << YAML::Key << it.key() << YAML::Value;
                emitStringMap(out, it.value());
            }
            out << YAML::EndMap;
        }
        if (!history->isEmpty()) {
            out << YAML::Key << "assessments" << YAML::Value << YAML::BeginSeq;
            for (auto it = history->crbegin(); it != history->crend(); ++it)
                emitAssessment(out, *it); // oldest first
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    if (!single) out << YAML::EndSeq << YAML::EndMap;
    if (!out.good())
        return StorageError::fail(
            StorageError::Sql, tr("cannot write YAML: %1").arg(QString::fromStdString(out.GetLastError())));
    QByteArray bytes = rawToEscaped(QByteArray(out.c_str(), qsizetype(out.size())));
    bytes.append('\n');
    return bytes;
}

// --- import -----------------------------------------------------------------------------------

namespace {

// Reads one firm map of an import file, reporting every problem.
class RecordReader {
    Q_DECLARE_TR_FUNCTIONS(FirmExchange)
public:
    RecordReader(const YamlFile &yf, const FactRegistry &facts, Diagnostics *diags, bool requireFirm,
                 const RuleLibrary *library)
        : m_requireFirm(requireFirm)
        , m_yf(yf)
        , m_facts(facts)
        , m_diags(diags)
        , m_library(library) {}

    std::optional<FirmRecord> read(const YAML::Node &node) {
        const int before = int(m_diags->size());
        if (!m_yf.checkMap(m_diags, node, tr("a firm"),
                           {QStringLiteral("as_of"), QStringLiteral("firm"), QStringLiteral("facts"),
                            QStringLiteral("yearly_facts"), QStringLiteral("assessments")},
                           {}))
            return std::nullopt;
        FirmRecord rec;
        QDate asOf = QDate::currentDate();
        if (YAML::Node n = node["as_of"]; !YamlFile::isNull(n)) {
            if (auto d = date(n, QStringLiteral("as_of"))) asOf = *d;
        }
        readFirm(node, rec);
        if (YAML::Node facts = node["facts"]; !YamlFile::isNull(facts))
            readFacts(facts, FirmRepository::fiscalYearFor(asOf), false, rec);
        if (YAML::Node years = node["yearly_facts"]; !YamlFile::isNull(years)) {
            if (!years.IsMap()) {
                m_yf.error(m_diags, years, tr("'yearly_facts' must map a fiscal year to facts"));
            } else {
                for (auto it = years.begin(); it != years.end(); ++it) {
                    bool ok = false;
                    const int y = YamlFile::scalar(it->first).toInt(&ok);
                    if (!ok || y < 1900 || y > 2200) {
                        m_yf.error(
                            m_diags, it->first,
                            tr("'%1' is not a fiscal year like 2023").arg(YamlFile::scalar(it->first)));
                        continue;
                    }
                    readFacts(it->second, y, true, rec);
                }
            }
        }
        if (YAML::Node list = node["assessments"]; !YamlFile::isNull(list)) {
            if (!list.IsSequence())
                m_yf.error(m_diags, list, tr("'assessments' must be a list"));
            else
                for (const YAML::Node &a : list)
                    if (auto as = readAssessment(a)) rec.assessments.append(*as);
        }
        for (int i = before; i < m_diags->size(); ++i)
            if ((*m_diags)[i].severity == Diagnostic::Error) return std::nullopt;
        return rec;
    }

private:
    std::optional<QDate> date(const YAML::Node &n, const QString &what) {
        const QString s = YamlFile::scalar(n);
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10) {
            m_yf.error(m_diags, n, tr("%1: '%2' is not a date YYYY-MM-DD").arg(what, s));
            return std::nullopt;
        }
        return d;
    }

    QString text(const YAML::Node &map, const char *key, const QString &what) {
        const YAML::Node n = map[key];
        if (YamlFile::isNull(n)) return QString();
        if (!n.IsScalar()) {
            m_yf.error(m_diags, n, tr("%1 must be text").arg(what));
            return QString();
        }
        return YamlFile::scalar(n);
    }

    void readFirm(const YAML::Node &node, FirmRecord &rec) {
        const YAML::Node firm = node["firm"];
        if (YamlFile::isNull(firm)) {
            if (!m_requireFirm) return;
            m_yf.error(m_diags, node, tr("the file names no firm; add firm: {name: …}"));
            return;
        }
        if (!m_yf.checkMap(m_diags, firm, QStringLiteral("firm"),
                           {QStringLiteral("name"), QStringLiteral("credit_code"), QStringLiteral("region"),
                            QStringLiteral("contact"), QStringLiteral("notes")},
                           {QStringLiteral("name")}))
            return;
        rec.firm.name = text(firm, "name", QStringLiteral("firm.name")).trimmed();
        if (rec.firm.name.isEmpty() && firm["name"])
            m_yf.error(m_diags, firm["name"], tr("firm.name is empty"));
        rec.firm.creditCode =
            CreditCode::normalize(text(firm, "credit_code", QStringLiteral("firm.credit_code")));
        if (!rec.firm.creditCode.isEmpty()) {
            const QString problem = CreditCode::validate(rec.firm.creditCode);
            if (!problem.isEmpty())
                m_yf.error(m_diags, firm["credit_code"], tr("firm.credit_code: %1").arg(problem));
        }
        rec.firm.region = text(firm, "region", QStringLiteral("firm.region"));
        rec.firm.notes = text(firm, "notes", QStringLiteral("firm.notes"));
        rec.firm.contact = text(firm, "contact", QStringLiteral("firm.contact"));
        // Blank = unknown to the file, not "erase" (see FirmExchange::import).
        rec.hasRegion = !rec.firm.region.trimmed().isEmpty();
        rec.hasContact = !rec.firm.contact.trimmed().isEmpty();
        rec.hasNotes = !rec.firm.notes.trimmed().isEmpty();
    }

    void readFacts(const YAML::Node &facts, int fiscalYear, bool onlyYearly, FirmRecord &rec) {
        if (!facts.IsMap()) {
            m_yf.error(m_diags, facts, tr("facts must be a mapping of fact id to value"));
            return;
        }
        for (auto it = facts.begin(); it != facts.end(); ++it) {
            const QString id = YamlFile::scalar(it->first);
            const FactDefinition *f = m_facts.find(id);
            if (!f || f->builtin) {
                const QStringList sug =
                    !f && m_suggested++ < MaxSuggestionsPerFile ? m_facts.suggestions(id) : QStringList();
                m_yf.error(
                    m_diags, it->first,
                    f ? tr("'%1' is set with as_of, not under facts").arg(id)
                      : tr("unknown fact '%1'%2")
                            .arg(id, sug.isEmpty()
                                         ? QString()
                                         : tr(" (did you mean %1?)").arg(sug.join(QStringLiteral(", ")))));
                continue;
            }
            if (onlyYearly && !f->yearly) {
                m_yf.error(m_diags, it->first,
                           tr("'%1' is not asked per year; put it under facts, not yearly_facts").arg(id));
                continue;
            }
            if (!it->second.IsNull() && !it->second.IsScalar()) {
                m_yf.error(m_diags, it->second, tr("fact '%1': expected a single value").arg(id));
                continue;
            }
            const QString raw = YamlFile::scalar(it->second);
            QString err;
            const std::optional<Value> v = parseFactValue(*f, raw, &err);
            if (!v) {
                m_yf.error(m_diags, it->second, tr("fact '%1': %2").arg(id, err));
                continue;
            }
            if (!v->isKnown()) continue; // left blank: not answered, nothing to store
            AnswerInput in;
            in.factId = id;
            in.fiscalYear = f->yearly ? fiscalYear : 0;
            in.value = *v;
            in.entered = raw.trimmed();
            rec.answers.append(in);
        }
    }

    std::optional<Assessment> readAssessment(const YAML::Node &node) {
        if (!m_yf.checkMap(
                m_diags, node, tr("an assessment"),
                {QStringLiteral("ruleset"), QStringLiteral("content_hash"), QStringLiteral("verified_on"),
                 QStringLiteral("as_of"), QStringLiteral("created_at"), QStringLiteral("created_by"),
                 QStringLiteral("inputs"), QStringLiteral("programmes"), QStringLiteral("result_json")},
                {QStringLiteral("ruleset"), QStringLiteral("content_hash"), QStringLiteral("as_of"),
                 QStringLiteral("created_at"), QStringLiteral("programmes")}))
            return std::nullopt;
        Assessment a;
        a.ruleSetId = text(node, "ruleset", QStringLiteral("ruleset"));
        a.contentHash = text(node, "content_hash", QStringLiteral("content_hash"));
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(a.contentHash).hasMatch())
            m_yf.error(m_diags, node["content_hash"],
                       tr("content_hash must be 64 lower-case hex digits (SHA-256)"));
        if (auto d = date(node["as_of"], QStringLiteral("as_of"))) a.asOf = *d;
        if (!YamlFile::isNull(node["verified_on"]))
            if (auto d = date(node["verified_on"], QStringLiteral("verified_on"))) a.verifiedOn = *d;
        a.createdAt = text(node, "created_at", QStringLiteral("created_at"));
        if (!QDateTime::fromString(a.createdAt, Qt::ISODateWithMs).isValid())
            m_yf.error(m_diags, node["created_at"],
                       tr("created_at '%1' is not a timestamp").arg(a.createdAt));
        a.createdBy = text(node, "created_by", QStringLiteral("created_by"));
        a.resultJson = text(node, "result_json", QStringLiteral("result_json"));
        if (YAML::Node in = node["inputs"]; !YamlFile::isNull(in)) {
            if (!in.IsMap())
                m_yf.error(m_diags, in, tr("inputs must be a mapping"));
            else
                for (auto it = in.begin(); it != in.end(); ++it)
                    a.inputs.insert(YamlFile::scalar(it->first), YamlFile::scalar(it->second));
        }
        const YAML::Node progs = node["programmes"];
        if (!progs.IsSequence()) {
            m_yf.error(m_diags, progs, tr("programmes must be a list"));
            return std::nullopt;
        }
        for (const YAML::Node &p : progs) {
            if (!m_yf.checkMap(m_diags, p, tr("a programme result"),
                               {QStringLiteral("id"), QStringLiteral("verdict"),
                                QStringLiteral("outcome_band"), QStringLiteral("criteria"),
                                QStringLiteral("amounts")},
                               {QStringLiteral("id"), QStringLiteral("verdict")}))
                continue;
            ProgrammeSnapshot ps;
            ps.programmeId = text(p, "id", QStringLiteral("id"));
            const QString verdict = text(p, "verdict", QStringLiteral("verdict"));
            if (auto v = verdictFromName(verdict))
                ps.verdict = *v;
            else
                m_yf.error(m_diags, p["verdict"], tr("'%1' is not a verdict").arg(verdict));
            ps.outcomeBand = text(p, "outcome_band", QStringLiteral("outcome_band"));
            if (YAML::Node cs = p["criteria"]; !YamlFile::isNull(cs)) {
                if (!cs.IsMap())
                    m_yf.error(m_diags, cs, tr("criteria must map criterion id to status"));
                else
                    for (auto it = cs.begin(); it != cs.end(); ++it) {
                        const QString st = YamlFile::scalar(it->second);
                        if (auto s = criterionStatusFromName(st))
                            ps.criteria.append({YamlFile::scalar(it->first), *s});
                        else
                            m_yf.error(m_diags, it->second, tr("'%1' is not a criterion status").arg(st));
                    }
            }
            if (YAML::Node as = p["amounts"]; !YamlFile::isNull(as)) {
                if (!as.IsMap())
                    m_yf.error(m_diags, as, tr("amounts must map amount id to {max, min}"));
                else
                    for (auto it = as.begin(); it != as.end(); ++it) {
                        AmountSnapshot am;
                        am.amountId = YamlFile::scalar(it->first);
                        am.maxWan = YamlFile::scalar(it->second["max"]);
                        am.minWan = YamlFile::scalar(it->second["min"]);
                        for (const QString &n : {am.maxWan, am.minWan})
                            if (!n.isEmpty() && !Number::parse(n))
                                m_yf.error(m_diags, it->second,
                                           tr("amount '%1' is not a decimal number").arg(n));
                        ps.amounts.append(am);
                    }
            }
            a.programmes.append(ps);
        }
        checkAgainstResult(node, a);
        return a;
    }

    // An imported assessment goes into the immutable history, so it must agree with itself: its
    // verdicts and criterion statuses are those of its result_json, criterion for criterion
    // (a truncated or edited file once stored 24 of 31 criteria, or "eligible" over a result
    // that said undetermined). Any disagreement refuses the whole file.
    void checkAgainstResult(const YAML::Node &node, const Assessment &a) {
        const YAML::Node at = YamlFile::isNull(node["result_json"]) ? node : node["result_json"];
        if (a.resultJson.trimmed().isEmpty()) {
            m_yf.error(m_diags, at,
                       tr("the assessment of '%1' has no result_json; it cannot be checked and was not "
                          "imported")
                           .arg(a.ruleSetId));
            return;
        }
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(a.resultJson.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            m_yf.error(m_diags, at,
                       tr("result_json is not valid JSON (%1)")
                           .arg(err.error != QJsonParseError::NoError ? err.errorString() : tr("not an object")));
            return;
        }
        QHash<QString, QJsonObject> results;
        for (const QJsonValue &p : doc.object().value(QStringLiteral("programmes")).toArray())
            results.insert(p.toObject().value(QStringLiteral("id")).toString(), p.toObject());
        QSet<QString> seen;
        for (const ProgrammeSnapshot &ps : a.programmes) {
            seen.insert(ps.programmeId);
            const auto it = results.constFind(ps.programmeId);
            if (it == results.cend()) {
                m_yf.error(m_diags, at, tr("programme '%1' is not in result_json").arg(ps.programmeId));
                continue;
            }
            const QString verdict = it->value(QStringLiteral("verdict")).toString();
            if (verdict != verdictName(ps.verdict))
                m_yf.error(m_diags, at,
                           tr("programme '%1': the verdict is '%2' but result_json says '%3'")
                               .arg(ps.programmeId, verdictName(ps.verdict), verdict));
            QHash<QString, QString> statuses;
            for (const QJsonValue &c : it->value(QStringLiteral("criteria")).toArray())
                statuses.insert(c.toObject().value(QStringLiteral("id")).toString(),
                                c.toObject().value(QStringLiteral("status")).toString());
            if (statuses.size() != ps.criteria.size())
                m_yf.error(m_diags, at,
                           tr("programme '%1': %2 criteria, but result_json has %3")
                               .arg(ps.programmeId)
                               .arg(ps.criteria.size())
                               .arg(statuses.size()));
            for (const auto &[criterionId, status] : ps.criteria)
                if (const QString st = statuses.value(criterionId); st != criterionStatusName(status))
                    m_yf.error(m_diags, at,
                               tr("programme '%1', criterion '%2': the status is '%3' but result_json says '%4'")
                                   .arg(ps.programmeId, criterionId, criterionStatusName(status),
                                        st.isEmpty() ? tr("(missing)") : st));
        }
        for (auto it = results.cbegin(); it != results.cend(); ++it)
            if (!seen.contains(it.key()))
                m_yf.error(m_diags, at, tr("result_json has programme '%1', which the assessment lacks").arg(it.key()));
        if (const QString rs = doc.object().value(QStringLiteral("ruleset")).toString(); rs != a.ruleSetId)
            m_yf.error(
                m_diags, at,
                tr("the assessment is of rule set '%1' but its result_json is of '%2'").arg(a.ruleSetId, rs));
        checkAgainstRules(at, a);
    }

    // Against the rule set it names, when that is loaded with the same content hash (the rules
    // the assessment was made with): its programmes and criteria must be that rule set's, and
    // evaluating its own inputs with those rules must give its verdicts and statuses — so an
    // edited verdict cannot pass even with a result_json edited to match. An assessment of
    // another version of the rules (an older or newer hash, or a rule set not loaded here) cannot
    // be re-evaluated; it is checked against itself only.
    void checkAgainstRules(const YAML::Node &at, const Assessment &a) {
        if (!m_library) return;
        const RuleSet *rs = m_library->ruleSet(a.ruleSetId);
        if (!rs || rs->contentHash != a.contentHash) return;
        Answers answers;
        for (auto it = a.inputs.cbegin(); it != a.inputs.cend(); ++it) {
            const FactDefinition *f = m_facts.find(it.key());
            QString err;
            const std::optional<Value> v = f ? parseFactValue(*f, it.value(), &err) : std::nullopt;
            if (!v) {
                m_yf.error(m_diags, at,
                           tr("the assessment of '%1': input '%2' cannot be read (%3)")
                               .arg(a.ruleSetId, it.key(), f ? err : tr("unknown fact")));
                return;
            }
            answers.values.insert(it.key(), *v);
        }
        const RuleSetResult result = Evaluator::evaluate(*rs, answers.toFactValues(m_facts, a.asOf));
        for (const ProgrammeSnapshot &ps : a.programmes) {
            const auto p =
                std::find_if(result.programmes.begin(), result.programmes.end(),
                             [&](const ProgrammeResult &r) { return r.programme->id == ps.programmeId; });
            if (p == result.programmes.end()) {
                m_yf.error(m_diags, at,
                           tr("programme '%1' is not in rule set '%2' with this content_hash")
                               .arg(ps.programmeId, a.ruleSetId));
                continue;
            }
            QStringList expected, got;
            for (const CriterionResult &c : p->criteria)
                expected << c.criterion->id;
            for (const auto &[id, status] : ps.criteria)
                got << id;
            if (QStringList(expected).join(u',') != got.join(u',') &&
                QSet<QString>(expected.begin(), expected.end()) != QSet<QString>(got.begin(), got.end())) {
                m_yf.error(m_diags, at,
                           tr("programme '%1': the criteria are not those of rule set '%2' with this "
                              "content_hash (%3 given, %4 expected)")
                               .arg(ps.programmeId, a.ruleSetId)
                               .arg(got.size())
                               .arg(expected.size()));
                continue;
            }
            if (p->verdict != ps.verdict)
                m_yf.error(m_diags, at,
                           tr("programme '%1': the verdict is '%2', but its inputs give '%3' under the same "
                              "rules")
                               .arg(ps.programmeId, verdictName(ps.verdict), verdictName(p->verdict)));
            for (const CriterionResult &c : p->criteria)
                for (const auto &[id, status] : ps.criteria)
                    if (id == c.criterion->id && status != c.status)
                        m_yf.error(m_diags, at,
                                   tr("programme '%1', criterion '%2': the status is '%3', but its inputs "
                                      "give '%4' under the same rules")
                                       .arg(ps.programmeId, id, criterionStatusName(status),
                                            criterionStatusName(c.status)));
        }
    }

    bool m_requireFirm = true;
    const YamlFile &m_yf;
    const FactRegistry &m_facts;
    Diagnostics *m_diags;
    const RuleLibrary *m_library = nullptr;
    int m_suggested = 0; // "did you mean" given so far (MaxSuggestionsPerFile)
};

} // namespace

std::optional<QVector<FirmRecord>> FirmExchange::parse(const QString &path, const QByteArray &content,
                                                       Diagnostics *diags, Mode mode) const {
    if (content.size() > MaxImportFileBytes) {
        diags->append({Diagnostic::Error, path, 0, 0, tr("file too large")});
        return std::nullopt;
    }
    YamlFile yf(path, content);
    const int before = int(diags->size());
    if (!yf.parse(diags)) return std::nullopt;
    const YAML::Node &root = yf.root();
    QVector<FirmRecord> records;
    try {
        if (!root.IsMap()) {
            yf.error(diags, root, tr("expected a firm (as_of, firm, facts) or a list under 'firms'"));
            return std::nullopt;
        }
        yf.checkDuplicateKeys(diags, root);
        RecordReader reader(yf, m_facts, diags, mode == Mode::Firms, m_library);
        if (root["firms"] && mode == Mode::Firms) {
            yf.checkMap(diags, root, tr("a firms file"), {QStringLiteral("format"), QStringLiteral("firms")},
                        {QStringLiteral("firms")});
            const QString format = YamlFile::scalar(root["format"]);
            if (root["format"] && format != QLatin1String("eligicheck-firms/1"))
                yf.error(diags, root["format"],
                         tr("unknown format '%1' (this version reads eligicheck-firms/1)").arg(format));
            const YAML::Node list = root["firms"];
            if (!list.IsSequence())
                yf.error(diags, list, tr("'firms' must be a list"));
            else
                for (const YAML::Node &n : list)
                    if (auto r = reader.read(n)) records.append(*r);
        } else if (auto r = reader.read(root)) {
            records.append(*r);
        }
    } catch (const YAML::Exception &e) {
        yf.error(diags, SourcePos{}, QString::fromStdString(e.what()));
    }

    // Checks against the file itself and the database, still before anything is written.
    if (mode == Mode::Firms) checkRecords(path, records, diags);
    for (int i = before; i < diags->size(); ++i)
        if ((*diags)[i].severity == Diagnostic::Error) return std::nullopt;
    return records;
}

void FirmExchange::checkRecords(const QString &path, const QVector<FirmRecord> &records,
                                Diagnostics *diags) const {
    QSet<QString> names, codes;
    FirmRepository repo(m_db);
    for (const FirmRecord &r : records) {
        if (names.contains(r.firm.name))
            diags->append(
                {Diagnostic::Error, path, 0, 0, tr("firm '%1' appears twice in the file").arg(r.firm.name)});
        if (!r.firm.creditCode.isEmpty() && codes.contains(r.firm.creditCode))
            diags->append({Diagnostic::Error, path, 0, 0,
                           tr("credit code %1 appears twice in the file").arg(r.firm.creditCode)});
        names.insert(r.firm.name);
        if (!r.firm.creditCode.isEmpty()) codes.insert(r.firm.creditCode);
        Result<Firm> byName = repo.findFirm(r.firm.name);
        std::optional<Firm> byCode;
        if (!r.firm.creditCode.isEmpty())
            if (Result<Firm> f = repo.findFirm(r.firm.creditCode); f.ok()) byCode = *f;
        if (byName.ok() && byCode && byName->id != byCode->id)
            diags->append(
                {Diagnostic::Error, path, 0, 0,
                 tr("firm '%1' has credit code %2 in the file, but in the database that code belongs to "
                    "'%3'")
                     .arg(r.firm.name, r.firm.creditCode, byCode->name)});
        else if (byName.ok() && !byCode && !byName->creditCode.isEmpty() && !r.firm.creditCode.isEmpty())
            diags->append({Diagnostic::Error, path, 0, 0,
                           tr("firm '%1' has credit code %2 in the database but %3 in the file")
                               .arg(r.firm.name, byName->creditCode, r.firm.creditCode)});
        else if (!byName.ok() && byCode && byCode->name != r.firm.name && !m_allowRename)
            diags->append({Diagnostic::Error, path, 0, 0,
                           tr("credit code %1 belongs to '%2' in the database, but the file names it '%3'; "
                              "nothing was imported (to rename '%2' to '%3', import with --rename)")
                               .arg(r.firm.creditCode, byCode->name, r.firm.name)});
        else if (!byName.ok() && byName.error().kind != StorageError::NotFound)
            diags->append({Diagnostic::Error, path, 0, 0, byName.error().message});
    }
}

Result<int> FirmExchange::import(const QVector<FirmRecord> &records) {
    FirmRepository repo(m_db);
    AssessmentStore store(m_db);
    StorageError e = m_db.transaction([&]() -> StorageError {
        for (const FirmRecord &r : records) {
            Result<Firm> existing =
                r.firm.creditCode.isEmpty() ? repo.findFirm(r.firm.name) : repo.findFirm(r.firm.creditCode);
            if (!existing.ok() && !r.firm.creditCode.isEmpty()) existing = repo.findFirm(r.firm.name);
            Firm firm;
            if (existing.ok()) {
                firm = *existing;
                firm.name = r.firm.name;
                if (!r.firm.creditCode.isEmpty()) firm.creditCode = r.firm.creditCode;
                if (r.hasRegion) firm.region = r.firm.region;
                if (r.hasNotes) firm.notes = r.firm.notes;
                if (r.hasContact) firm.contact = r.firm.contact;
                Result<Firm> saved = repo.updateFirm(firm);
                if (!saved.ok()) return saved.error();
                firm = *saved;
            } else if (existing.error().kind == StorageError::NotFound) {
                Result<Firm> added = repo.addFirm(r.firm);
                if (!added.ok()) return added.error();
                firm = *added;
            } else {
                return existing.error();
            }
            if (StorageError s = repo.setAnswers(firm.id, r.answers, m_facts); !s.ok()) return s;
            if (r.assessments.isEmpty()) continue; // a spreadsheet row has none
            Result<QVector<Assessment>> have = store.history(firm.id);
            if (!have.ok()) return have.error();
            for (Assessment a : r.assessments) {
                const bool present = std::any_of(have->cbegin(), have->cend(), [&](const Assessment &h) {
                    return h.ruleSetId == a.ruleSetId && h.contentHash == a.contentHash && h.asOf == a.asOf &&
                           h.createdAt == a.createdAt;
                });
                if (present) continue;
                a.firmId = firm.id;
                if (Result<qint64> id = store.save(a); !id.ok()) return id.error();
            }
        }
        // A region given as text (地区) and no province/city answer: the answers follow it.
        return repo.adoptRegionText(m_facts).error();
    });
    if (!e.ok()) return e;
    return int(records.size());
}

Result<int> FirmExchange::importFile(const QString &path, Diagnostics *diags) {
    QString error;
    const std::optional<QByteArray> content = BoundedFile::read(path, MaxImportFileBytes, &error);
    if (!content) return StorageError::fail(StorageError::Io, error);
    std::optional<QVector<FirmRecord>> records = parse(path, *content, diags);
    if (!records)
        return StorageError::fail(StorageError::Invalid,
                                  tr("'%1' was not imported: it has errors (nothing was written)").arg(path));
    return import(*records);
}

} // namespace eligicheck
