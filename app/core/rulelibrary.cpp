#include "rulelibrary.h"

#include "boundedfile.h"

#include "answers.h"
#include "clauselabel.h"
#include "doctree.h"
#include "rulepack.h"
#include "yamlsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace eligicheck {

namespace {

const QStringList kKnownUnits = {
    QStringLiteral("万元"), QStringLiteral("%"),    QStringLiteral("人"),   QStringLiteral("m²"),
    QStringLiteral("年"),   QStringLiteral("月"),   QStringLiteral("天"),   QStringLiteral("分"),
    QStringLiteral("亩"),   QStringLiteral("t"),    QStringLiteral("tce"),  QStringLiteral("个"),
    QStringLiteral("项"),   QStringLiteral("次"),   QStringLiteral("家"),   QStringLiteral("倍"),
    QStringLiteral("元"),   QStringLiteral("kW"),   QStringLiteral("件"),   QStringLiteral("台"),
    QStringLiteral("周岁"), QStringLiteral("小时"), QStringLiteral("公里"), QStringLiteral("万千瓦时")};
const QStringList kGroups = {QStringLiteral("basic"),      QStringLiteral("finance"),
                             QStringLiteral("rd"),         QStringLiteral("project"),
                             QStringLiteral("compliance"), QStringLiteral("history"),
                             QStringLiteral("other")};

QString parseDateError(const QString &s, QDate *out) {
    QDate d = QDate::fromString(s, Qt::ISODate);
    if (s.size() != 10 || !d.isValid())
        return FileMessages::tr("expected a date YYYY-MM-DD, got '%1'").arg(s);
    *out = d;
    return QString();
}

} // namespace

// Turns a parsed rule file into rule sets, reporting every problem with file:line:column.
class RuleFileLoader {
public:
    RuleFileLoader(RuleLibrary &lib, const RuleDocument &file, RuleFileStatus &status)
        : m_lib(lib)
        , m_doc(file)
        , m_status(status)
        , m_diags(&status.diagnostics) {}

    bool isMap() const { return m_doc.root().isMap(); }

    // A file from a stranger may not make the library (and the questionnaire) arbitrarily big.
    bool tooMany(DocRef list, int max, const QString &what) {
        if (list.size() <= max) return false;
        m_doc.error(m_diags, list,
                    FileMessages::tr("too many %1 (%2); a rule file may have at most %3")
                        .arg(what)
                        .arg(list.size())
                        .arg(max));
        return true;
    }
    bool isFactDictionary() const { return m_doc.root().isMap() && !m_doc.root()["document"]; }

    void checkTopLevel() {
        DocRef root = m_doc.root();
        if (!root.isMap()) {
            m_doc.error(m_diags, root,
                        FileMessages::tr("a rule file must be a mapping with 'document:' and 'programmes:'"));
            m_broken = true;
            return;
        }
        if (isFactDictionary()) {
            m_doc.checkMap(m_diags, root, FileMessages::tr("a fact dictionary"),
                           {QStringLiteral("schema"), QStringLiteral("facts")}, {QStringLiteral("facts")});
        } else {
            m_doc.checkMap(m_diags, root, FileMessages::tr("a rule file"),
                           {QStringLiteral("schema"), QStringLiteral("document"),
                            QStringLiteral("parameters"), QStringLiteral("facts"),
                            QStringLiteral("programmes"), QStringLiteral("examples")},
                           {QStringLiteral("document"), QStringLiteral("programmes")});
        }
        if (DocRef s = root["schema"]; s && s.text() != QLatin1String("1"))
            m_doc.error(m_diags, s,
                        FileMessages::tr("unsupported schema version '%1' (this program reads schema 1)")
                            .arg(s.text()));
    }

    // Phase 1: plain fact definitions. `extends` entries wait for phase 1b.
    void registerFacts() {
        DocRef facts = m_doc.root()["facts"];
        if (facts.isMissingOrNull()) return;
        if (!facts.isSequence()) {
            m_doc.error(m_diags, facts, FileMessages::tr("'facts' must be a list of fact definitions"));
            return;
        }
        if (tooMany(facts, MaxFactsPerFile, QStringLiteral("facts"))) return;
        for (DocRef n : facts.items()) {
            if (n.isMap() && n["extends"]) continue;
            parseFact(n);
        }
    }

    void extendFacts() {
        DocRef facts = m_doc.root()["facts"];
        if (facts.isMissingOrNull() || !facts.isSequence() || facts.size() > MaxFactsPerFile) return;
        for (DocRef n : facts.items()) {
            if (!n.isMap() || !n["extends"]) continue;
            if (!m_doc.checkMap(m_diags, n, FileMessages::tr("a fact extension"),
                                {QStringLiteral("extends"), QStringLiteral("choices")},
                                {QStringLiteral("extends"), QStringLiteral("choices")}))
                continue;
            QString id = n["extends"].text();
            FactDefinition *f = m_lib.m_facts.findMutable(id);
            if (!f) {
                unknownFact(n["extends"], id);
                continue;
            }
            if (f->type != FactType::Choice) {
                m_doc.error(m_diags, n["extends"],
                            FileMessages::tr("only choice facts can be extended; '%1' is a %2")
                                .arg(id, factTypeName(f->type)));
                continue;
            }
            const std::vector<ChoiceOption> added = parseChoices(n["choices"]);
            for (const ChoiceOption &c : added) {
                if (const ChoiceOption *old = f->choice(c.id)) {
                    // Two meanings (or two entries) under one id would make answers and reports
                    // disagree: refused where the id is written.
                    DocRef at = n["choices"];
                    for (DocRef item : n["choices"].items())
                        if (item.isMap() && item["id"] && item["id"].text() == c.id) {
                            at = item["id"];
                            break;
                        }
                    m_doc.error(m_diags, at,
                                FileMessages::tr("fact '%1' already has the choice '%2' (%3); an extension "
                                                 "can only add new choices")
                                    .arg(id, c.id, old->label.zh));
                    continue;
                }
                f->choices.push_back(c);
            }
        }
    }

    // Phase 1c: `related: [id, …]` of this file's facts. Each id must be another question of
    // this file or of the shared dictionary (so that a file is checked the same alone and in
    // its folder); the relation is made symmetric, and both facts should say in `difference`
    // how they differ, since either may come second in the questionnaire.
    void linkRelatedFacts() {
        DocRef facts = m_doc.root()["facts"];
        if (facts.isMissingOrNull() || !facts.isSequence() || facts.size() > MaxFactsPerFile) return;
        for (DocRef n : facts.items()) {
            if (!n.isMap() || n["extends"]) continue;
            DocRef list = n["related"];
            if (!list.isSequence()) continue; // missing, or reported by parseFact
            FactDefinition *self = m_lib.m_facts.findMutable(n["id"].text());
            if (!self) continue; // the fact itself was refused
            // A folder's copy of a built-in fact: the built-in definition (and its relations) is used.
            const bool own = self->definedIn == m_status.path;
            QStringList seen;
            for (DocRef item : list.items()) {
                const QString id = item.text();
                if (!item.isScalar() || id.isEmpty()) {
                    m_doc.error(m_diags, item, FileMessages::tr("'related' must be a list of fact ids"));
                    continue;
                }
                FactDefinition *other = m_lib.m_facts.findMutable(id);
                if (!other) {
                    unknownFact(item, id);
                    continue;
                }
                if (other == self) {
                    m_doc.error(m_diags, item,
                                FileMessages::tr("fact '%1' cannot be related to itself").arg(id));
                    continue;
                }
                if (seen.contains(id)) {
                    m_doc.error(m_diags, item, FileMessages::tr("'%1' is listed twice in 'related'").arg(id));
                    continue;
                }
                seen << id;
                if (other->builtin) {
                    m_doc.error(m_diags, item,
                                FileMessages::tr("'%1' is the assessment date, not a question").arg(id));
                    continue;
                }
                const bool sameFile = other->definedIn == self->definedIn;
                const bool shared = other->definedIn.endsWith(QLatin1String("facts.yaml"));
                if (!sameFile && !shared && own) {
                    m_doc.error(
                        m_diags, item,
                        FileMessages::tr("'%1' is defined in %2; a related fact must be defined in the "
                                         "same file or in the shared fact dictionary (facts.yaml)")
                            .arg(id, other->definedIn));
                    continue;
                }
                if (!own) continue;
                // A shared fact's text is not this file's to write, but its author should know.
                if (!sameFile && other->difference.isEmpty())
                    m_doc.warning(m_diags, item,
                                  FileMessages::tr("'%1' has no 'difference': when it comes second in the "
                                                   "questionnaire, no note says how it differs from '%2'")
                                      .arg(id, self->id));
                if (!self->related.contains(id)) self->related << id;
                if (!other->related.contains(self->id)) other->related << self->id;
            }
        }
        // Every relation naming this file's facts is known now (another file may only name
        // facts of the shared dictionary, which may gain relations from any rule set).
        for (DocRef n : facts.items()) {
            if (!n.isMap() || n["extends"]) continue;
            const FactDefinition *f = m_lib.m_facts.find(n["id"].text());
            if (!f || f->definedIn != m_status.path) continue;
            if (!f->related.isEmpty() && f->difference.isEmpty())
                m_doc.warning(
                    m_diags, n["id"],
                    FileMessages::tr("fact '%1' is related to %2 but has no 'difference': when it comes "
                                     "second in the questionnaire, no note says how it differs")
                        .arg(f->id, f->related.join(QStringLiteral(", "))));
            if (f->related.isEmpty() && !f->difference.isEmpty() && !isFactDictionary())
                m_doc.warning(
                    m_diags, n["difference"],
                    FileMessages::tr("'difference' is shown only under a related question, and fact "
                                     "'%1' has no 'related'")
                        .arg(f->id));
        }
    }

    void buildRuleSet() {
        DocRef root = m_doc.root();
        auto rs = std::make_unique<RuleSet>();
        rs->filePath = m_status.path;
        rs->bundled = m_status.bundled;
        rs->contentHash = m_doc.contentHash();
        parseDocument(root["document"], *rs);
        parseParameters(root["parameters"], *rs);
        DocRef progs = root["programmes"];
        if (!progs || !progs.isSequence() || progs.size() == 0) {
            m_doc.error(m_diags, progs ? progs : root,
                        FileMessages::tr("'programmes' must be a non-empty list"));
        } else if (!tooMany(progs, MaxProgrammesPerFile, QStringLiteral("programmes"))) {
            QSet<QString> ids;
            for (DocRef item : progs.items()) {
                Programme p = parseProgramme(item, *rs);
                if (ids.contains(p.id))
                    m_doc.error(m_diags, item["id"],
                                FileMessages::tr("duplicate programme id '%1'").arg(p.id));
                ids.insert(p.id);
                rs->programmes.push_back(std::move(p));
            }
        }
        // Examples of a bundled file were checked when the pack was built; only `test` runs them.
        if (DocRef examples = root["examples"];
            !m_doc.isPacked() || m_lib.m_loadBundledExamples || examples.isMissingOrNull())
            parseExamples(examples, *rs);
        const RuleSet *existing = rs->id.isEmpty() ? nullptr : m_lib.ruleSet(rs->id);
        // A folder's version of a built-in document is not a clash: the newer one is used.
        const bool meetsBundled = existing && existing->bundled && !rs->bundled;
        if (existing && !meetsBundled) {
            m_doc.error(
                m_diags, root["document"]["id"],
                FileMessages::tr("rule set id '%1' is already used by %2").arg(rs->id, existing->filePath));
        }
        if (hasErrors(*m_diags)) return;
        if (meetsBundled) {
            RuleOverride o;
            o.ruleSetId = rs->id;
            o.folderFile = m_status.path;
            o.bundledVerifiedOn = existing->verifiedOn;
            o.folderVerifiedOn = rs->verifiedOn;
            o.replaced = rs->verifiedOn.isValid() &&
                         (!existing->verifiedOn.isValid() || rs->verifiedOn > existing->verifiedOn);
            o.title = (o.replaced ? rs.get() : existing)->title;
            m_lib.m_overrides.append(o);
            if (!o.replaced) return; // the file is fine, but the built-in version stays in use
            for (RuleFileStatus &st : m_lib.m_files)
                if (st.bundled && st.ruleSetId == rs->id) st.ruleSetId.clear();
            m_status.ruleSetId = rs->id;
            // In the built-in one's place, so that lists keep the catalogue's order.
            for (auto &slot : m_lib.m_ruleSets)
                if (slot.get() == existing) slot = std::move(rs);
            return;
        }
        m_status.ruleSetId = rs->id;
        m_lib.m_ruleSets.push_back(std::move(rs));
    }

private:
    // ---- small readers ---------------------------------------------------------------------

    void unknownFact(DocRef at, const QString &id) {
        QStringList sug = m_lib.m_facts.suggestions(id);
        m_doc.error(
            m_diags, at,
            FileMessages::tr("unknown fact '%1'%2")
                .arg(id, sug.isEmpty()
                             ? QString()
                             : FileMessages::tr(" (did you mean %1?)").arg(sug.join(QStringLiteral(", ")))));
    }

    QString requireString(DocRef map, const char *key, const QString &what) {
        DocRef n = map[key];
        if (n.isMissingOrNull()) return QString(); // missing keys are reported by checkMap
        if (!n.isScalar()) {
            m_doc.error(
                m_diags, n,
                FileMessages::tr("%1: '%2' must be a single text value").arg(what, QLatin1String(key)));
            return QString();
        }
        return n.text();
    }

    // `clause` and its optional `clause_en` of a map. A label English readers would get in
    // Chinese (one the rules in clauselabel.cpp cannot render, without clause_en) is an error
    // in a bundled file — the build refuses it — and a warning in any other.
    QString readClause(DocRef map, const QString &what, QString *english) {
        const QString label = requireString(map, "clause", what);
        *english = requireString(map, "clause_en", what);
        if (DocRef en = map["clause_en"]; !english->isEmpty() && containsCjk(*english))
            m_doc.error(
                m_diags, en,
                FileMessages::tr("clause_en '%1' must be written without Chinese characters").arg(*english));
        if (!label.isEmpty() && english->isEmpty() && !englishClauseLabel(label)) {
            const QString message =
                FileMessages::tr("clause label '%1' cannot be shown in English; add clause_en (e.g. "
                                 "clause_en: \"Art. 7(3)\")")
                    .arg(label);
            if (m_status.bundled)
                m_doc.error(m_diags, map["clause"], message);
            else
                m_doc.warning(m_diags, map["clause"], message);
        }
        return label;
    }

    LocalizedText readText(DocRef n, const QString &what, bool warnMissingEn = true) {
        LocalizedText t;
        if (n.isMissingOrNull()) return t;
        if (n.isScalar()) {
            t.zh = n.text();
            if (warnMissingEn)
                m_doc.warning(m_diags, n,
                              FileMessages::tr("%1 has no English text (write {zh: …, en: …})").arg(what));
            return t;
        }
        if (!m_doc.checkMap(m_diags, n, what, {QStringLiteral("zh"), QStringLiteral("en")},
                            {QStringLiteral("zh")}))
            return t;
        t.zh = n["zh"].text();
        t.en = n["en"].text();
        if (t.en.isEmpty() && warnMissingEn)
            m_doc.warning(m_diags, n, FileMessages::tr("%1 has no English text").arg(what));
        return t;
    }

    std::optional<QDate> readDate(DocRef n, const QString &what) {
        if (n.isMissingOrNull()) return std::nullopt;
        QDate d;
        QString err = parseDateError(n.text(), &d);
        if (!err.isEmpty()) {
            m_doc.error(m_diags, n, what + QStringLiteral(": ") + err);
            return std::nullopt;
        }
        return d;
    }

    std::optional<Number> readNumber(DocRef n, const QString &what) {
        if (n.isMissingOrNull()) return std::nullopt;
        Number::ParseError why = Number::ParseError::None;
        auto v = Number::parse(n.text(), &why);
        if (why == Number::ParseError::TooLarge || why == Number::ParseError::TooPrecise)
            m_doc.error(m_diags, n, what + QStringLiteral(": ") + Number::parseErrorMessage(why, n.text()));
        else if (!v)
            m_doc.error(m_diags, n, FileMessages::tr("%1: expected a number, got '%2'").arg(what, n.text()));
        return v;
    }

    bool readBool(DocRef n, const QString &what) {
        if (n.isMissingOrNull()) return false;
        QString s = n.text();
        if (s == QLatin1String("true")) return true;
        if (s != QLatin1String("false"))
            m_doc.error(m_diags, n, FileMessages::tr("%1: expected true or false").arg(what));
        return false;
    }

    Expression compile(DocRef n, const QString &what, ValueType expected) {
        if (n.isMissingOrNull()) return Expression();
        if (!n.isScalar()) {
            m_doc.error(m_diags, n, FileMessages::tr("%1 must be an expression written as text").arg(what));
            return Expression();
        }
        ExpressionError err;
        SymbolTable symbols{&m_lib.m_facts, &m_parameters};
        auto e = Expression::parse(n.text(), symbols, expected, &err);
        if (!e) {
            m_doc.error(m_diags, m_doc.positionInScalar(n, err.offset),
                        QStringLiteral("%1: %2").arg(what, err.message));
            return Expression();
        }
        return std::move(*e);
    }

    std::vector<ChoiceOption> parseChoices(DocRef n) {
        std::vector<ChoiceOption> out;
        if (!n || !n.isSequence() || n.size() == 0) {
            m_doc.error(m_diags, n, FileMessages::tr("'choices' must be a non-empty list of {id, label}"));
            return out;
        }
        static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9_]*$"));
        QSet<QString> seen;
        for (DocRef item : n.items()) {
            if (!m_doc.checkMap(m_diags, item, FileMessages::tr("a choice"),
                                {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("province")},
                                {QStringLiteral("id"), QStringLiteral("label")}))
                continue;
            ChoiceOption c;
            c.id = item["id"].text();
            // A city names its province, so a firm's city and a region filter agree on both.
            if (DocRef prov = item["province"]; !prov.isMissingOrNull()) {
                c.province = prov.text();
                const FactDefinition *pf = m_lib.m_facts.find(QStringLiteral("province"));
                if (!pf || !pf->choice(c.province))
                    m_doc.error(m_diags, prov,
                                FileMessages::tr("'%1' is not a choice of fact 'province'").arg(c.province));
            }
            if (!idRe.match(c.id).hasMatch())
                m_doc.error(m_diags, item["id"],
                            FileMessages::tr("choice id '%1' must be lower-case ASCII snake_case").arg(c.id));
            if (seen.contains(c.id))
                m_doc.error(m_diags, item["id"], FileMessages::tr("duplicate choice id '%1'").arg(c.id));
            seen.insert(c.id);
            c.label = readText(item["label"], FileMessages::tr("choice label"));
            out.push_back(c);
        }
        return out;
    }

    void parseFact(DocRef n) {
        if (!m_doc.checkMap(m_diags, n, FileMessages::tr("a fact"),
                            {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("unit"),
                             QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("choices"),
                             QStringLiteral("label"), QStringLiteral("help"), QStringLiteral("group"),
                             QStringLiteral("yearly"), QStringLiteral("related"),
                             QStringLiteral("difference")},
                            {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label")}))
            return;
        FactDefinition f;
        f.id = requireString(n, "id", FileMessages::tr("fact"));
        static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
        if (!idRe.match(f.id).hasMatch()) {
            m_doc.error(m_diags, n["id"],
                        FileMessages::tr("fact id '%1' must be lower-case snake_case").arg(f.id));
            return;
        }
        QString typeName = requireString(n, "type", FileMessages::tr("fact"));
        auto type = factTypeFromName(typeName);
        if (!type) {
            m_doc.error(m_diags, n["type"],
                        FileMessages::tr("unknown fact type '%1' (expected number, integer, boolean, "
                                         "choice, date or text)")
                            .arg(typeName));
            return;
        }
        f.type = *type;
        f.unit = requireString(n, "unit", FileMessages::tr("fact"));
        if (!f.unit.isEmpty() && !f.isNumeric())
            m_doc.error(m_diags, n["unit"], FileMessages::tr("only number and integer facts have a unit"));
        if (!f.unit.isEmpty() && !kKnownUnits.contains(f.unit))
            m_doc.error(
                m_diags, n["unit"],
                FileMessages::tr("unknown unit '%1' (known: %2)").arg(f.unit, kKnownUnits.join(u' ')));
        if (f.id.endsWith(QLatin1String("_wan")) && f.unit != QStringLiteral("万元"))
            m_doc.error(m_diags, n["unit"] ? n["unit"] : n["id"],
                        FileMessages::tr("money facts (_wan) must have unit 万元"));
        if (f.id.endsWith(QLatin1String("_pct")) && f.unit != QLatin1String("%"))
            m_doc.error(m_diags, n["unit"] ? n["unit"] : n["id"],
                        FileMessages::tr("percent facts (_pct) must have unit %"));
        f.min = readNumber(n["min"], QStringLiteral("min"));
        f.max = readNumber(n["max"], QStringLiteral("max"));
        if ((f.min || f.max) && !f.isNumeric())
            m_doc.error(m_diags, n, FileMessages::tr("only numeric facts have min/max"));
        if (f.min && f.max && *f.min > *f.max)
            m_doc.error(m_diags, n["max"], FileMessages::tr("max is below min"));
        if (f.type == FactType::Choice)
            f.choices = parseChoices(n["choices"]);
        else if (n["choices"])
            m_doc.error(m_diags, n["choices"], FileMessages::tr("only choice facts have choices"));
        f.label = readText(n["label"], FileMessages::tr("fact label"));
        f.help = readText(n["help"], FileMessages::tr("fact help"));
        if (DocRef g = n["group"]; g) {
            f.group = g.text();
            if (!kGroups.contains(f.group))
                m_doc.error(m_diags, g,
                            FileMessages::tr("unknown group '%1' (expected one of %2)")
                                .arg(f.group, kGroups.join(QStringLiteral(", "))));
        }
        f.yearly = readBool(n["yearly"], QStringLiteral("yearly"));
        f.difference = readText(n["difference"], FileMessages::tr("fact difference"));
        // `related` is resolved once every file's facts are known (linkRelatedFacts).
        if (DocRef r = n["related"]; !r.isMissingOrNull() && !r.isSequence())
            m_doc.error(m_diags, r,
                        FileMessages::tr("'related' must be a list of fact ids, e.g. [other_fact]"));
        f.definedIn = m_status.path;
        if (const FactDefinition *existing = m_lib.m_facts.find(f.id)) {
            // A folder's revision of a built-in rule file repeats the facts that file defines:
            // the built-in definition stays, as long as the two agree on what the answer is.
            if (!m_status.bundled && existing->definedIn.startsWith(QLatin1String(":/")) &&
                !existing->builtin && existing->type == f.type && existing->unit == f.unit) {
                if (FactDefinition *shared = m_lib.m_facts.findMutable(f.id))
                    for (const ChoiceOption &c : f.choices)
                        if (!shared->choice(c.id)) shared->choices.push_back(c);
                return;
            }
            m_doc.error(
                m_diags, n["id"],
                FileMessages::tr("fact '%1' is already defined%2; shared facts belong in rules/facts.yaml")
                    .arg(f.id, existing->builtin ? FileMessages::tr(" (built in)")
                                                 : FileMessages::tr(" in ") + existing->definedIn));
            return;
        }
        m_lib.m_facts.add(std::move(f));
    }

    // ---- document ------------------------------------------------------------------------------

    void parseDocument(DocRef d, RuleSet &rs) {
        if (!m_doc.checkMap(m_diags, d, FileMessages::tr("document"),
                            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("title_en"),
                             QStringLiteral("document_number"), QStringLiteral("issuers"),
                             QStringLiteral("issued"), QStringLiteral("effective_from"),
                             QStringLiteral("effective_to"), QStringLiteral("validity"),
                             QStringLiteral("region"), QStringLiteral("area"), QStringLiteral("source"),
                             QStringLiteral("verified_on"), QStringLiteral("verification")},
                            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("issuers"),
                             QStringLiteral("effective_from"), QStringLiteral("region"),
                             QStringLiteral("source"), QStringLiteral("verified_on")}))
            return;
        rs.id = requireString(d, "id", FileMessages::tr("document"));
        static const QRegularExpression idRe(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (d["id"] && !idRe.match(rs.id).hasMatch())
            m_doc.error(
                m_diags, d["id"],
                FileMessages::tr("rule set id '%1' must be kebab-case (e.g. gx-enterprise-tech-center)")
                    .arg(rs.id));
        rs.title = requireString(d, "title", FileMessages::tr("document"));
        rs.titleEn = requireString(d, "title_en", FileMessages::tr("document"));
        if (rs.titleEn.isEmpty() && d["title"])
            m_doc.warning(m_diags, d["title"], FileMessages::tr("document has no title_en"));
        rs.documentNumber = requireString(d, "document_number", FileMessages::tr("document"));
        if (DocRef iss = d["issuers"]; iss) {
            if (iss.isSequence()) {
                for (DocRef item : iss.items())
                    rs.issuers << item.text();
            } else if (iss.isScalar()) {
                rs.issuers << iss.text();
            }
        }
        rs.issued = readDate(d["issued"], QStringLiteral("issued"));
        rs.effectiveFrom = readDate(d["effective_from"], QStringLiteral("effective_from")).value_or(QDate());
        rs.effectiveTo = readDate(d["effective_to"], QStringLiteral("effective_to"));
        if (rs.effectiveTo && rs.effectiveFrom.isValid() && *rs.effectiveTo < rs.effectiveFrom)
            m_doc.error(m_diags, d["effective_to"],
                        FileMessages::tr("effective_to is before effective_from"));
        if (DocRef v = d["validity"]; !v.isMissingOrNull()) {
            if (m_doc.checkMap(m_diags, v, QStringLiteral("validity"),
                               {QStringLiteral("clause"), QStringLiteral("clause_en"),
                                QStringLiteral("quote"), QStringLiteral("interpretation")},
                               {QStringLiteral("clause"), QStringLiteral("quote")})) {
                rs.validity.clause = readClause(v, QStringLiteral("validity"), &rs.validity.clauseEn);
                rs.validity.quote = requireString(v, "quote", QStringLiteral("validity"));
                rs.validity.interpretation = readText(v["interpretation"], QStringLiteral("interpretation"));
            }
        }
        rs.region = requireString(d, "region", FileMessages::tr("document"));
        if (d["region"] && !knownRegions().contains(rs.region))
            m_doc.error(m_diags, d["region"],
                        FileMessages::tr("unknown region '%1' (expected one of %2)")
                            .arg(rs.region, knownRegions().join(QStringLiteral(", "))));
        parseArea(d, rs);
        rs.source = requireString(d, "source", FileMessages::tr("document"));
        rs.verifiedOn = readDate(d["verified_on"], QStringLiteral("verified_on")).value_or(QDate());
        rs.verification = requireString(d, "verification", FileMessages::tr("document"));
        // An empty issuer list is a fact about some texts (a reprint that names no body), but
        // it must be a known one: the author says why in `verification`, naming the issuer.
        if (DocRef iss = d["issuers"]; iss && rs.issuers.isEmpty() && !explainsMissingIssuer(rs.verification))
            m_doc.warning(m_diags, iss,
                          FileMessages::tr("no issuer named; say in verification why the text has none "
                                           "(e.g. \"No issuer is listed because the text names none\")"));
    }

    // Whether a verification note speaks of the issuer (in English or Chinese).
    static bool explainsMissingIssuer(const QString &verification) {
        return verification.contains(QLatin1String("issuer"), Qt::CaseInsensitive) ||
               verification.contains(QStringLiteral("发文机关")) || verification.contains(QStringLiteral("发文单位"));
    }

    // document.area: where a regional rule set applies. Required for every region but national,
    // so that no programme of a province or city is ever open to a firm registered elsewhere.
    void parseArea(DocRef d, RuleSet &rs) {
        DocRef a = d["area"];
        const bool national = rs.region == QLatin1String("national");
        if (a.isMissingOrNull()) {
            if (!national && d["region"])
                m_doc.error(
                    m_diags, d["region"],
                    FileMessages::tr("regional rule set (region '%1') must declare the area it covers: "
                                     "document.area with province (and city where the issuer is a "
                                     "city), and the clause that sets the scope or an interpretation "
                                     "naming the issuing authority's jurisdiction")
                        .arg(rs.region));
            return;
        }
        if (national) {
            m_doc.error(m_diags, a,
                        FileMessages::tr("a national rule set has no area; remove document.area"));
            return;
        }
        if (!m_doc.checkMap(m_diags, a, QStringLiteral("area"),
                            {QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("clause"),
                             QStringLiteral("clause_en"), QStringLiteral("quote"), QStringLiteral("source"),
                             QStringLiteral("interpretation"), QStringLiteral("condition")},
                            {QStringLiteral("province"), QStringLiteral("clause")}))
            return;
        if (DocRef cond = a["condition"]; !cond.isMissingOrNull()) {
            // Checked here once; each programme compiles its own copy.
            if (!compile(cond, FileMessages::tr("area condition"), ValueType::Boolean).isNull())
                rs.area.condition = cond.text();
        }
        Area &area = rs.area;
        area.province = requireString(a, "province", QStringLiteral("area"));
        area.city = requireString(a, "city", QStringLiteral("area"));
        area.clause = readClause(a, QStringLiteral("area"), &area.clauseEn);
        area.quote = requireString(a, "quote", QStringLiteral("area"));
        area.source = requireString(a, "source", QStringLiteral("area"));
        area.interpretation = readText(a["interpretation"], QStringLiteral("interpretation"));
        const FactDefinition *pf = m_lib.m_facts.find(QStringLiteral("province"));
        const FactDefinition *cf = m_lib.m_facts.find(QStringLiteral("city"));
        if (!pf || !pf->choice(area.province)) {
            m_doc.error(m_diags, a["province"],
                        FileMessages::tr("area: '%1' is not a choice of fact 'province'").arg(area.province));
            area.province.clear();
            return;
        }
        if (!area.city.isEmpty()) {
            const ChoiceOption *city = cf ? cf->choice(area.city) : nullptr;
            if (!city) {
                m_doc.error(m_diags, a["city"],
                            FileMessages::tr("area: '%1' is not a choice of fact 'city'").arg(area.city));
                area.city.clear();
            } else if (city->province != area.province) {
                m_doc.error(m_diags, a["city"],
                            FileMessages::tr("area: city '%1' is not in province '%2'")
                                .arg(area.city, area.province));
            }
        }
        const QString expectedRegion = area.city.isEmpty() ? area.province : area.city;
        if (expectedRegion != rs.region)
            m_doc.error(
                m_diags, a,
                FileMessages::tr("area (%1) does not match region '%2'").arg(expectedRegion, rs.region));
        if (area.quote.isEmpty() && area.interpretation.isEmpty())
            m_doc.error(m_diags, a,
                        FileMessages::tr("area: quote the clause that sets the scope, or where the text has "
                                         "none write an interpretation naming the issuing authority's "
                                         "jurisdiction"));
    }

    // The implicit "registered in the area" criterion of a programme of a regional rule set. A
    // programme may cite its own scope clause, replace the test (`condition`) or, where the text
    // lifts the restriction, say so (`unrestricted: true`, shown as information).
    void addAreaCriterion(DocRef n, const RuleSet &rs, Programme &p) {
        DocRef pa = n["area"];
        if (rs.area.isNational()) {
            if (!pa.isMissingOrNull())
                m_doc.error(m_diags, pa,
                            FileMessages::tr("programme area needs a regional rule set with document.area"));
            return;
        }
        Criterion c;
        c.id = QStringLiteral("in-area");
        c.kind = CriterionKind::Hard;
        c.implicitArea = true;
        c.pos = pa.isMissingOrNull() ? n.pos() : pa.pos();
        c.clause = rs.area.clause;
        c.clauseEn = rs.area.clauseEn;
        c.quote = rs.area.quote;
        c.source = rs.area.source;
        c.interpretation = rs.area.interpretation;
        const FactDefinition *pf = m_lib.m_facts.find(QStringLiteral("province"));
        const FactDefinition *cf = m_lib.m_facts.find(QStringLiteral("city"));
        const ChoiceOption *prov = pf ? pf->choice(rs.area.province) : nullptr;
        const ChoiceOption *city = cf && !rs.area.city.isEmpty() ? cf->choice(rs.area.city) : nullptr;
        if (!prov) return; // reported with document.area
        LocalizedText where = prov->label;
        if (city) {
            where.zh += city->label.zh;
            where.en = city->label.en + QStringLiteral(", ") + prov->label.en;
        }
        c.label = {QStringLiteral("注册地在") + where.zh, QStringLiteral("Registered in ") + where.en};
        QString condition = QStringLiteral("province == %1").arg(rs.area.province);
        if (city) condition += QStringLiteral(" and city == %1").arg(rs.area.city);
        if (!rs.area.condition.isEmpty()) condition = rs.area.condition;
        if (!pa.isMissingOrNull()) {
            if (!m_doc.checkMap(
                    m_diags, pa, FileMessages::tr("programme area"),
                    {QStringLiteral("clause"), QStringLiteral("clause_en"), QStringLiteral("quote"),
                     QStringLiteral("source"), QStringLiteral("interpretation"), QStringLiteral("condition"),
                     QStringLiteral("label"), QStringLiteral("unrestricted"), QStringLiteral("criterion")},
                    {}))
                return;
            // The programme already states its scope as a criterion of its own (checked once the
            // criteria are read, in checkAreaCriterion).
            if (DocRef own = pa["criterion"]; !own.isMissingOrNull()) {
                p.areaCriterion = own.text();
                return;
            }
            if (!pa["clause"]) m_doc.error(m_diags, pa, FileMessages::tr("programme area needs 'clause'"));
            c.clause = readClause(pa, FileMessages::tr("programme area"), &c.clauseEn);
            c.quote = requireString(pa, "quote", FileMessages::tr("programme area"));
            c.source = requireString(pa, "source", FileMessages::tr("programme area"));
            c.interpretation = readText(pa["interpretation"], QStringLiteral("interpretation"));
            if (c.quote.isEmpty() && c.interpretation.isEmpty())
                m_doc.error(m_diags, pa,
                            FileMessages::tr("programme area: give the quote or an interpretation"));
            if (DocRef l = pa["label"]; !l.isMissingOrNull())
                c.label = readText(l, FileMessages::tr("area label"));
            if (readBool(pa["unrestricted"], QStringLiteral("unrestricted"))) {
                if (pa["condition"])
                    m_doc.error(m_diags, pa["condition"],
                                FileMessages::tr(
                                    "programme area: 'unrestricted' and 'condition' exclude each other"));
                c.kind = CriterionKind::Info;
                if (pa["label"].isMissingOrNull())
                    c.label = {QStringLiteral("注册地不限"),
                               QStringLiteral("Place of registration not restricted")};
                p.criteria.push_back(std::move(c));
                return;
            }
            if (DocRef cond = pa["condition"]; !cond.isMissingOrNull()) {
                c.condition = compile(cond, FileMessages::tr("area condition"), ValueType::Boolean);
                p.criteria.push_back(std::move(c));
                return;
            }
        }
        ExpressionError err;
        SymbolTable symbols{&m_lib.m_facts, &m_parameters};
        auto e = Expression::parse(condition, symbols, ValueType::Boolean, &err);
        if (!e) {
            m_doc.error(m_diags, pa.isMissingOrNull() ? n : pa,
                        FileMessages::tr("area: %1 (facts 'province' and 'city' must be choice facts)")
                            .arg(err.message));
            return;
        }
        c.condition = std::move(*e);
        p.criteria.push_back(std::move(c));
    }

    void checkAreaCriterion(DocRef at, const Programme &p) {
        const Criterion *c = p.criterion(p.areaCriterion);
        const FactDefinition *pf = m_lib.m_facts.find(QStringLiteral("province"));
        const FactDefinition *cf = m_lib.m_facts.find(QStringLiteral("city"));
        if (!c) {
            m_doc.error(m_diags, at,
                        FileMessages::tr("programme area: no criterion '%1' in programme '%2'")
                            .arg(p.areaCriterion, p.id));
            return;
        }
        const QVector<int> read = c->condition.isNull() ? QVector<int>() : c->condition.referencedSlots();
        if (!kindDecidesVerdict(c->kind) ||
            !((pf && read.contains(pf->slot)) || (cf && read.contains(cf->slot))))
            m_doc.error(
                m_diags, at,
                FileMessages::tr("programme area: criterion '%1' must be a judged criterion that tests "
                                 "province or city")
                    .arg(p.areaCriterion));
    }

    void parseParameters(DocRef n, RuleSet &rs) {
        if (n.isMissingOrNull()) return;
        if (!n.isSequence()) {
            m_doc.error(m_diags, n, FileMessages::tr("'parameters' must be a list"));
            return;
        }
        for (DocRef p : n.items()) {
            if (!m_doc.checkMap(m_diags, p, FileMessages::tr("a parameter"),
                                {QStringLiteral("id"), QStringLiteral("value"), QStringLiteral("unit"),
                                 QStringLiteral("label"), QStringLiteral("clause"),
                                 QStringLiteral("clause_en"), QStringLiteral("quote"),
                                 QStringLiteral("source"), QStringLiteral("interpretation")},
                                {QStringLiteral("id"), QStringLiteral("value"), QStringLiteral("clause"),
                                 QStringLiteral("quote")}))
                continue;
            Parameter par;
            par.id = requireString(p, "id", FileMessages::tr("parameter"));
            par.value = readNumber(p["value"], QStringLiteral("value")).value_or(Number());
            par.unit = requireString(p, "unit", FileMessages::tr("parameter"));
            par.label = readText(p["label"], FileMessages::tr("parameter label"));
            par.clause = readClause(p, FileMessages::tr("parameter"), &par.clauseEn);
            par.quote = requireString(p, "quote", FileMessages::tr("parameter"));
            par.source = requireString(p, "source", FileMessages::tr("parameter"));
            par.interpretation = readText(p["interpretation"], QStringLiteral("interpretation"));
            if (m_lib.m_facts.find(par.id) || m_parameters.contains(par.id))
                m_doc.error(m_diags, p["id"],
                            FileMessages::tr("parameter id '%1' is already a fact or parameter").arg(par.id));
            m_parameters.insert(par.id, ParameterSymbol{par.value, par.unit, par.label});
            rs.parameters.push_back(par);
        }
    }

    Programme parseProgramme(DocRef n, const RuleSet &rs) {
        Programme p;
        p.pos = n.pos();
        if (!m_doc.checkMap(m_diags, n, FileMessages::tr("a programme"),
                            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("applicant"),
                             QStringLiteral("applies_when"), QStringLiteral("effective_from"),
                             QStringLiteral("effective_to"), QStringLiteral("criteria"),
                             QStringLiteral("outcome"), QStringLiteral("amounts"),
                             QStringLiteral("interpretation"), QStringLiteral("area"),
                             QStringLiteral("validity"), QStringLiteral("applicant_types")},
                            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("criteria")}))
            return p;
        p.id = requireString(n, "id", FileMessages::tr("programme"));
        static const QRegularExpression idRe(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (n["id"] && !idRe.match(p.id).hasMatch())
            m_doc.error(m_diags, n["id"], FileMessages::tr("programme id '%1' must be kebab-case").arg(p.id));
        p.title = readText(n["title"], FileMessages::tr("programme title"));
        p.applicant = readText(n["applicant"], QStringLiteral("applicant"));
        // Machine-readable `applicant`, for the relevance filter: choices of fact applicant_type.
        if (DocRef types = n["applicant_types"]; !types.isMissingOrNull()) {
            const FactDefinition *at = m_lib.m_facts.find(QStringLiteral("applicant_type"));
            if (!types.isSequence() || types.size() == 0) {
                m_doc.error(
                    m_diags, types,
                    FileMessages::tr("'applicant_types' must be a non-empty list of applicant_type choices"));
            } else {
                for (DocRef item : types.items()) {
                    const QString id = item.text();
                    if (!at || !at->choice(id)) {
                        const QStringList near = at ? closestMatches(id, at->choiceIds()) : QStringList();
                        m_doc.error(m_diags, item,
                                    FileMessages::tr("'%1' is not a choice of fact 'applicant_type'%2")
                                        .arg(id, near.isEmpty() ? QString()
                                                                : FileMessages::tr(" (did you mean %1?)")
                                                                      .arg(near.join(QStringLiteral(", ")))));
                    }
                    p.applicantTypes << id;
                }
            }
        }
        p.interpretation = readText(n["interpretation"], QStringLiteral("interpretation"));
        p.appliesWhen = compile(n["applies_when"], QStringLiteral("applies_when"), ValueType::Boolean);
        p.effectiveFrom = readDate(n["effective_from"], QStringLiteral("effective_from"));
        p.effectiveTo = readDate(n["effective_to"], QStringLiteral("effective_to"));

        // A programme with dates of its own cites the clause that sets them: the document's
        // validity clause does not (issue 22 item 8).
        Validity validity = rs.validity;
        if (DocRef v = n["validity"]; !v.isMissingOrNull()) {
            if (m_doc.checkMap(m_diags, v, QStringLiteral("validity"),
                               {QStringLiteral("clause"), QStringLiteral("clause_en"),
                                QStringLiteral("quote"), QStringLiteral("interpretation")},
                               {QStringLiteral("clause")})) {
                validity.clause = readClause(v, QStringLiteral("validity"), &validity.clauseEn);
                validity.quote = requireString(v, "quote", QStringLiteral("validity"));
                validity.interpretation = readText(v["interpretation"], QStringLiteral("interpretation"));
                if (validity.quote.isEmpty() && validity.interpretation.isEmpty())
                    m_doc.error(m_diags, v,
                                FileMessages::tr("validity: give the quote or an interpretation"));
            }
        } else if (p.effectiveFrom || p.effectiveTo) {
            m_doc.error(
                m_diags, n["effective_to"] ? n["effective_to"] : n["effective_from"],
                FileMessages::tr("programme '%1' has dates of its own: cite the clause that sets them "
                                 "(validity: {clause, quote, interpretation})")
                    .arg(p.id));
        }

        // The implicit "in force" window comes first: nothing else matters if the text has lapsed.
        Criterion inForce;
        inForce.id = QStringLiteral("in-force");
        inForce.kind = CriterionKind::Window;
        inForce.implicitInForce = true;
        inForce.clause = validity.clause.isEmpty() ? QStringLiteral("有效期") : validity.clause;
        inForce.clauseEn = validity.clause.isEmpty() ? QString() : validity.clauseEn;
        inForce.quote = validity.quote;
        inForce.interpretation = validity.interpretation;
        inForce.label = {QStringLiteral("政策在有效期内"), QStringLiteral("Policy in force")};
        inForce.windowFrom =
            p.effectiveFrom
                ? p.effectiveFrom
                : (rs.effectiveFrom.isValid() ? std::optional<QDate>(rs.effectiveFrom) : std::nullopt);
        inForce.windowTo = p.effectiveTo ? p.effectiveTo : rs.effectiveTo;
        p.criteria.push_back(std::move(inForce));
        addAreaCriterion(n, rs, p);

        DocRef crit = n["criteria"];
        if (crit && (!crit.isSequence() || crit.size() == 0)) {
            m_doc.error(m_diags, crit, FileMessages::tr("'criteria' must be a non-empty list"));
        } else if (crit &&
                   !tooMany(crit, MaxCriteriaPerProgramme, FileMessages::tr("criteria in one programme"))) {
            QSet<QString> ids = {QStringLiteral("in-force"), QStringLiteral("in-area")};
            for (DocRef item : crit.items()) {
                Criterion c = parseCriterion(item);
                if (ids.contains(c.id))
                    m_doc.error(
                        m_diags, item["id"],
                        FileMessages::tr("duplicate criterion id '%1' in programme '%2'").arg(c.id, p.id));
                ids.insert(c.id);
                p.criteria.push_back(std::move(c));
            }
        }
        if (!p.areaCriterion.isEmpty()) checkAreaCriterion(n["area"]["criterion"], p);
        if (DocRef o = n["outcome"]; !o.isMissingOrNull()) p.outcome = parseOutcome(o);
        if (DocRef a = n["amounts"]; !a.isMissingOrNull()) {
            if (!a.isSequence()) {
                m_doc.error(m_diags, a, FileMessages::tr("'amounts' must be a list"));
            } else {
                QSet<QString> ids;
                for (DocRef item : a.items()) {
                    Amount am = parseAmount(item);
                    if (ids.contains(am.id))
                        m_doc.error(m_diags, item["id"],
                                    FileMessages::tr("duplicate amount id '%1'").arg(am.id));
                    ids.insert(am.id);
                    p.amounts.push_back(std::move(am));
                }
            }
        }
        return p;
    }

    Criterion parseCriterion(DocRef n) {
        Criterion c;
        c.pos = n.pos();
        if (!m_doc.checkMap(m_diags, n, FileMessages::tr("a criterion"),
                            {QStringLiteral("id"), QStringLiteral("clause"), QStringLiteral("clause_en"),
                             QStringLiteral("quote"), QStringLiteral("kind"), QStringLiteral("condition"),
                             QStringLiteral("label"), QStringLiteral("applies_when"),
                             QStringLiteral("waived_when"), QStringLiteral("interpretation"),
                             QStringLiteral("evidence"), QStringLiteral("source")},
                            {QStringLiteral("id"), QStringLiteral("clause"), QStringLiteral("quote"),
                             QStringLiteral("kind")}))
            return c;
        c.id = requireString(n, "id", FileMessages::tr("criterion"));
        c.clause = readClause(n, FileMessages::tr("criterion"), &c.clauseEn);
        c.quote = requireString(n, "quote", FileMessages::tr("criterion"));
        QString kind = requireString(n, "kind", FileMessages::tr("criterion"));
        if (auto k = criterionKindFromName(kind)) {
            c.kind = *k;
        } else if (n["kind"]) {
            m_doc.error(m_diags, n["kind"],
                        FileMessages::tr("unknown kind '%1' (expected hard, soft, declaration, exclusion, "
                                         "ban, window, status or info)")
                            .arg(kind));
        }
        c.condition = compile(n["condition"], QStringLiteral("condition"), ValueType::Boolean);
        if (n["condition"].isMissingOrNull() && c.kind != CriterionKind::Info)
            m_doc.error(
                m_diags, n,
                FileMessages::tr("criterion '%1' needs a condition (only kind info may omit it)").arg(c.id));
        c.appliesWhen = compile(n["applies_when"], QStringLiteral("applies_when"), ValueType::Boolean);
        c.waivedWhen = compile(n["waived_when"], QStringLiteral("waived_when"), ValueType::Boolean);
        c.label = readText(n["label"], FileMessages::tr("criterion label"));
        c.interpretation = readText(n["interpretation"], QStringLiteral("interpretation"));
        c.source = requireString(n, "source", FileMessages::tr("criterion"));
        if (DocRef ev = n["evidence"]; !ev.isMissingOrNull()) {
            if (!ev.isSequence())
                m_doc.error(m_diags, ev, FileMessages::tr("'evidence' must be a list"));
            else
                for (DocRef item : ev.items())
                    c.evidence.push_back(readText(item, FileMessages::tr("evidence item"), false));
        }
        return c;
    }

    std::optional<Number> readBound(const QString &s, bool *ok) {
        QString t = s.trimmed();
        if (t == QLatin1String("inf") || t == QLatin1String("+inf") || t == QLatin1String("-inf"))
            return std::nullopt;
        auto n = Number::parse(t);
        if (!n) *ok = false;
        return n;
    }

    std::optional<Outcome> parseOutcome(DocRef n) {
        if (!m_doc.checkMap(m_diags, n, FileMessages::tr("outcome"),
                            {QStringLiteral("fact"), QStringLiteral("clause"), QStringLiteral("clause_en"),
                             QStringLiteral("quote"), QStringLiteral("bands"), QStringLiteral("applies_when"),
                             QStringLiteral("source")},
                            {QStringLiteral("fact"), QStringLiteral("clause"), QStringLiteral("quote"),
                             QStringLiteral("bands")}))
            return std::nullopt;
        Outcome o;
        QString factId = requireString(n, "fact", FileMessages::tr("outcome"));
        o.fact = m_lib.m_facts.find(factId);
        if (!o.fact) {
            unknownFact(n["fact"], factId);
            return std::nullopt;
        }
        if (!o.fact->isNumeric()) {
            m_doc.error(m_diags, n["fact"],
                        FileMessages::tr("outcome bands need a numeric fact; '%1' is a %2")
                            .arg(factId, factTypeName(o.fact->type)));
            return std::nullopt;
        }
        o.clause = readClause(n, FileMessages::tr("outcome"), &o.clauseEn);
        o.quote = requireString(n, "quote", FileMessages::tr("outcome"));
        o.source = requireString(n, "source", FileMessages::tr("outcome"));
        o.appliesWhen = compile(n["applies_when"], QStringLiteral("applies_when"), ValueType::Boolean);
        DocRef bands = n["bands"];
        if (!bands.isSequence() || bands.size() == 0) {
            m_doc.error(m_diags, bands, FileMessages::tr("'bands' must be a non-empty list"));
            return std::nullopt;
        }
        static const QRegularExpression rangeRe(
            QStringLiteral("^\\s*([\\[(])\\s*([^,]+?)\\s*,\\s*([^\\])]+?)\\s*([\\])])\\s*$"));
        std::vector<std::pair<Band, DocRef>> parsed;
        QSet<QString> ids;
        for (DocRef b : bands.items()) {
            if (!m_doc.checkMap(m_diags, b, FileMessages::tr("a band"),
                                {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("range"),
                                 QStringLiteral("clause"), QStringLiteral("clause_en"),
                                 QStringLiteral("quote")},
                                {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("range")}))
                continue;
            Band band;
            band.id = requireString(b, "id", FileMessages::tr("band"));
            if (ids.contains(band.id))
                m_doc.error(m_diags, b["id"], FileMessages::tr("duplicate band id '%1'").arg(band.id));
            ids.insert(band.id);
            band.label = readText(b["label"], FileMessages::tr("band label"));
            band.clause = readClause(b, FileMessages::tr("band"), &band.clauseEn);
            band.quote = requireString(b, "quote", FileMessages::tr("band"));
            QString range = requireString(b, "range", FileMessages::tr("band"));
            auto m = rangeRe.match(range);
            bool ok = m.hasMatch();
            if (ok) {
                band.lowInclusive = m.captured(1) == QLatin1String("[");
                band.highInclusive = m.captured(4) == QLatin1String("]");
                band.low = readBound(m.captured(2), &ok);
                band.high = readBound(m.captured(3), &ok);
                if (ok && !band.low && m.captured(2).trimmed() != QLatin1String("-inf")) ok = false;
                if (ok && !band.high && m.captured(3).trimmed() == QLatin1String("-inf")) ok = false;
                if (!band.low) band.lowInclusive = false;
                if (!band.high) band.highInclusive = false;
            }
            if (!ok) {
                m_doc.error(
                    m_diags, b["range"],
                    FileMessages::tr("range '%1' is not interval notation like \"[60, 70)\" or \"[90, inf)\"")
                        .arg(range));
                continue;
            }
            if (band.low && band.high &&
                (*band.low > *band.high ||
                 (*band.low == *band.high && !(band.lowInclusive && band.highInclusive)))) {
                m_doc.error(m_diags, b["range"], FileMessages::tr("range '%1' is empty").arg(range));
                continue;
            }
            parsed.push_back({band, b});
        }
        checkBands(parsed, *o.fact, n);
        for (auto &p : parsed)
            o.bands.push_back(p.first);
        return o;
    }

    // Proves the bands cover the fact's range exactly once.
    void checkBands(std::vector<std::pair<Band, DocRef>> &bands, const FactDefinition &fact, DocRef at) {
        if (bands.empty()) return;
        auto lowLess = [](const Band &a, const Band &b) {
            if (!a.low) return bool(b.low);
            if (!b.low) return false;
            if (*a.low != *b.low) return *a.low < *b.low;
            return a.lowInclusive && !b.lowInclusive;
        };
        std::vector<std::pair<Band, DocRef>> sorted = bands;
        std::sort(sorted.begin(), sorted.end(),
                  [&](const auto &x, const auto &y) { return lowLess(x.first, y.first); });
        for (size_t i = 0; i + 1 < sorted.size(); ++i) {
            const Band &a = sorted[i].first, &b = sorted[i + 1].first;
            DocRef where = sorted[i + 1].second["range"];
            if (!a.high) {
                m_doc.error(m_diags, where,
                            FileMessages::tr("band '%1' overlaps band '%2' (which extends to infinity)")
                                .arg(b.id, a.id));
                continue;
            }
            if (!b.low) {
                m_doc.error(m_diags, where, FileMessages::tr("band '%1' overlaps band '%2'").arg(b.id, a.id));
                continue;
            }
            int c = a.high->compare(*b.low);
            if (c < 0 || (c == 0 && !a.highInclusive && !b.lowInclusive))
                m_doc.error(m_diags, where,
                            FileMessages::tr("gap between band '%1' (%2) and band '%3' (%4)")
                                .arg(a.id, a.rangeText(), b.id, b.rangeText()));
            else if (c > 0 || (c == 0 && a.highInclusive && b.lowInclusive))
                m_doc.error(m_diags, where,
                            FileMessages::tr("band '%1' (%2) overlaps band '%3' (%4)")
                                .arg(b.id, b.rangeText(), a.id, a.rangeText()));
        }
        const Band &first = sorted.front().first, &last = sorted.back().first;
        if (first.low) {
            bool covered =
                fact.min && (*first.low < *fact.min || (*first.low == *fact.min && first.lowInclusive));
            if (!covered)
                m_doc.error(m_diags, sorted.front().second["range"],
                            FileMessages::tr("bands leave values below %1 uncovered (fact '%2' has %3)")
                                .arg(first.low->toString(), fact.id,
                                     fact.min ? FileMessages::tr("min %1").arg(fact.min->toString())
                                              : FileMessages::tr("no min")));
        }
        if (last.high) {
            bool covered =
                fact.max && (*last.high > *fact.max || (*last.high == *fact.max && last.highInclusive));
            if (!covered)
                m_doc.error(m_diags, sorted.back().second["range"],
                            FileMessages::tr("bands leave values above %1 uncovered (fact '%2' has %3)")
                                .arg(last.high->toString(), fact.id,
                                     fact.max ? FileMessages::tr("max %1").arg(fact.max->toString())
                                              : FileMessages::tr("no max")));
        }
        Q_UNUSED(at);
    }

    Amount parseAmount(DocRef n) {
        Amount a;
        a.pos = n.pos();
        if (!m_doc.checkMap(m_diags, n, FileMessages::tr("an amount"),
                            {QStringLiteral("id"), QStringLiteral("clause"), QStringLiteral("clause_en"),
                             QStringLiteral("quote"), QStringLiteral("label"), QStringLiteral("max"),
                             QStringLiteral("min"), QStringLiteral("per_year"),
                             QStringLiteral("applies_when"), QStringLiteral("interpretation"),
                             QStringLiteral("source")},
                            {QStringLiteral("id"), QStringLiteral("clause"), QStringLiteral("quote")}))
            return a;
        a.id = requireString(n, "id", FileMessages::tr("amount"));
        a.clause = readClause(n, FileMessages::tr("amount"), &a.clauseEn);
        a.quote = requireString(n, "quote", FileMessages::tr("amount"));
        a.source = requireString(n, "source", FileMessages::tr("amount"));
        a.label = readText(n["label"], FileMessages::tr("amount label"));
        a.max = compile(n["max"], QStringLiteral("max"), ValueType::Number);
        a.min = compile(n["min"], QStringLiteral("min"), ValueType::Number);
        if (n["max"].isMissingOrNull() && n["min"].isMissingOrNull())
            m_doc.error(
                m_diags, n,
                FileMessages::tr("amount '%1' needs a max (and/or min) formula in 万元; a benefit that is "
                                 "not a sum of money (a tax rate, an exemption) is a criterion of kind info")
                    .arg(a.id));
        for (const auto &[e, key] :
             {std::pair<const Expression *, const char *>{&a.max, "max"}, {&a.min, "min"}}) {
            // Per-unit amounts ("每个平台奖励10万元") are count × a 万元 rate; the rate is a bare number.
            static const QStringList perUnit = {
                QStringLiteral("个"), QStringLiteral("人"), QStringLiteral("项"), QStringLiteral("次"),
                QStringLiteral("家"), QStringLiteral("件"), QStringLiteral("台")};
            if (!e->isNull() && !e->root().flexibleUnit && e->unit() != QStringLiteral("万元") &&
                !perUnit.contains(e->unit()))
                m_doc.error(m_diags, n[key],
                            FileMessages::tr("amount formula must be in 万元, this one is in %1")
                                .arg(e->unit().isEmpty() ? FileMessages::tr("a plain number") : e->unit()));
        }
        a.perYear = readBool(n["per_year"], QStringLiteral("per_year"));
        a.appliesWhen = compile(n["applies_when"], QStringLiteral("applies_when"), ValueType::Boolean);
        a.interpretation = readText(n["interpretation"], QStringLiteral("interpretation"));
        return a;
    }

    // ---- examples ------------------------------------------------------------------------------

    void parseExamples(DocRef n, RuleSet &rs) {
        if (n.isMissingOrNull()) {
            m_doc.warning(m_diags, m_doc.root()["document"],
                          FileMessages::tr("rule set has no examples; add some to test it"));
            return;
        }
        if (!n.isSequence()) {
            m_doc.error(m_diags, n, FileMessages::tr("'examples' must be a list"));
            return;
        }
        if (tooMany(n, MaxExamplesPerFile, QStringLiteral("examples"))) return;
        QSet<QString> names;
        for (DocRef e : n.items()) {
            if (!m_doc.checkMap(m_diags, e, FileMessages::tr("an example"),
                                {QStringLiteral("name"), QStringLiteral("as_of"), QStringLiteral("facts"),
                                 QStringLiteral("expect")},
                                {QStringLiteral("name"), QStringLiteral("expect")}))
                continue;
            Example ex;
            ex.pos = e.pos();
            ex.name = requireString(e, "name", QStringLiteral("example"));
            if (names.contains(ex.name))
                m_doc.error(m_diags, e["name"], FileMessages::tr("duplicate example name '%1'").arg(ex.name));
            names.insert(ex.name);
            ex.asOf = readDate(e["as_of"], QStringLiteral("as_of"));
            if (DocRef f = e["facts"]; !f.isMissingOrNull()) {
                if (!f.isMap()) {
                    m_doc.error(m_diags, f,
                                FileMessages::tr("example facts must be a mapping of fact id to value"));
                } else {
                    for (const DocEntry &ft : f.entries()) {
                        QString id = ft.key.text();
                        const FactDefinition *def = m_lib.m_facts.find(id);
                        if (!def || def->builtin) {
                            if (def)
                                m_doc.error(
                                    m_diags, ft.key,
                                    FileMessages::tr("set the date with as_of, not application_date"));
                            else
                                unknownFact(ft.key, id);
                            continue;
                        }
                        QString err;
                        auto v = parseFactValue(*def, ft.value.text(), &err);
                        if (!v)
                            m_doc.error(m_diags, ft.value, FileMessages::tr("fact '%1': %2").arg(id, err));
                        else if (v->isKnown())
                            ex.facts.insert(id, *v);
                    }
                }
            }
            parseExpectations(e["expect"], rs, ex);
            rs.examples.push_back(std::move(ex));
        }
    }

    const Programme *expectProgramme(const RuleSet &rs, DocRef key, const QString &id) {
        const Programme *p = rs.programme(id);
        if (!p) {
            QStringList ids;
            for (const Programme &pp : rs.programmes)
                ids << pp.id;
            QStringList sug = closestMatches(id, ids);
            m_doc.error(
                m_diags, key,
                FileMessages::tr("unknown programme '%1'%2")
                    .arg(id,
                         sug.isEmpty()
                             ? FileMessages::tr(" (programmes: %1)").arg(ids.join(QStringLiteral(", ")))
                             : FileMessages::tr(" (did you mean %1?)").arg(sug.join(QStringLiteral(", ")))));
        }
        return p;
    }

    const Criterion *expectCriterion(const RuleSet &rs, DocRef key, const QString &path) {
        int slash = int(path.indexOf(u'/'));
        if (slash < 0) {
            m_doc.error(m_diags, key, FileMessages::tr("'%1' must be written programme/criterion").arg(path));
            return nullptr;
        }
        const Programme *p = expectProgramme(rs, key, path.left(slash));
        if (!p) return nullptr;
        QString cid = path.mid(slash + 1);
        const Criterion *c = p->criterion(cid);
        if (!c) {
            QStringList ids;
            for (const Criterion &cc : p->criteria)
                ids << cc.id;
            QStringList sug = closestMatches(cid, ids);
            m_doc.error(
                m_diags, key,
                FileMessages::tr("programme '%1' has no criterion '%2'%3")
                    .arg(p->id, cid,
                         sug.isEmpty()
                             ? QString()
                             : FileMessages::tr(" (did you mean %1?)").arg(sug.join(QStringLiteral(", ")))));
        }
        return c;
    }

    void parseExpectations(DocRef n, const RuleSet &rs, Example &ex) {
        if (!m_doc.checkMap(m_diags, n, QStringLiteral("expect"),
                            {QStringLiteral("verdicts"), QStringLiteral("criteria"),
                             QStringLiteral("missing"), QStringLiteral("outcomes"), QStringLiteral("amounts"),
                             QStringLiteral("in_force")},
                            {}))
            return;
        auto eachPair = [&](const char *key, auto fn) {
            DocRef m = n[key];
            if (m.isMissingOrNull()) return;
            if (!m.isMap()) {
                m_doc.error(m_diags, m,
                            FileMessages::tr("expect.%1 must be a mapping").arg(QLatin1String(key)));
                return;
            }
            for (const DocEntry &entry : m.entries())
                fn(entry.key.text(), entry.key, entry.value);
        };
        eachPair("verdicts", [&](const QString &k, DocRef kn, DocRef v) {
            expectProgramme(rs, kn, k);
            QString s = v.text();
            if (!verdictFromName(s))
                m_doc.error(
                    m_diags, v,
                    FileMessages::tr("unknown verdict '%1' (expected eligible, needs_review, undetermined, "
                                     "not_eligible or not_applicable)")
                        .arg(s));
            ex.verdicts.insert(k, s);
        });
        eachPair("criteria", [&](const QString &k, DocRef kn, DocRef v) {
            expectCriterion(rs, kn, k);
            QString s = v.text();
            if (!criterionStatusFromName(s))
                m_doc.error(
                    m_diags, v,
                    FileMessages::tr("unknown status '%1' (expected pass, fail, unknown, not_applicable, "
                                     "waived, warning or info)")
                        .arg(s));
            ex.criteria.insert(k, s);
        });
        eachPair("missing", [&](const QString &k, DocRef kn, DocRef v) {
            expectCriterion(rs, kn, k);
            QStringList ids;
            if (v.isSequence())
                for (DocRef item : v.items()) {
                    QString id = item.text();
                    if (!m_lib.m_facts.find(id)) unknownFact(item, id);
                    ids << id;
                }
            else
                m_doc.error(m_diags, v, FileMessages::tr("expect.missing values are lists of fact ids"));
            ex.missing.insert(k, ids);
        });
        eachPair("outcomes", [&](const QString &k, DocRef kn, DocRef v) {
            const Programme *p = expectProgramme(rs, kn, k);
            QString s = v.isMissingOrNull() ? QString() : v.text();
            if (p && !p->outcome)
                m_doc.error(m_diags, kn, FileMessages::tr("programme '%1' has no outcome bands").arg(k));
            else if (p && !s.isEmpty()) {
                bool found = false;
                for (const Band &b : p->outcome->bands)
                    found = found || b.id == s || b.label.zh == s;
                if (!found)
                    m_doc.error(m_diags, v, FileMessages::tr("programme '%1' has no band '%2'").arg(k, s));
            }
            ex.outcomes.insert(k, s);
        });
        eachPair("amounts", [&](const QString &k, DocRef kn, DocRef v) {
            int slash = int(k.indexOf(u'/'));
            const Programme *p = slash > 0 ? expectProgramme(rs, kn, k.left(slash)) : nullptr;
            if (slash <= 0)
                m_doc.error(m_diags, kn, FileMessages::tr("'%1' must be written programme/amount").arg(k));
            else if (p && !p->amount(k.mid(slash + 1)))
                m_doc.error(
                    m_diags, kn,
                    FileMessages::tr("programme '%1' has no amount '%2'").arg(p->id, k.mid(slash + 1)));
            QString s = v.isMissingOrNull() ? QString() : v.text();
            if (!s.isEmpty() && !Number::parse(s))
                m_doc.error(m_diags, v, FileMessages::tr("expected an amount in 万元 like \"1500\""));
            ex.amounts.insert(k, s);
        });
        if (DocRef f = n["in_force"]; !f.isMissingOrNull())
            ex.inForce = readBool(f, QStringLiteral("in_force"));
    }

    RuleLibrary &m_lib;
    const RuleDocument &m_doc;
    RuleFileStatus &m_status;
    Diagnostics *m_diags;
    QHash<QString, ParameterSymbol> m_parameters;
    bool m_broken = false;
};

// A rule file parsed (from YAML or from the pack) and waiting for the loader's phases.
struct RuleLibrary::ParsedFile {
    std::unique_ptr<RuleDocument> document;
    int statusIndex;
};

RuleLibrary::RuleLibrary() = default;
RuleLibrary::~RuleLibrary() = default;

namespace {

// Fact dictionaries first, then documents, so any file may use any fact.
bool factsFirst(const QString &a, const QString &b) {
    return a.endsWith(QLatin1String("facts.yaml")) && !b.endsWith(QLatin1String("facts.yaml"));
}

} // namespace

void RuleLibrary::loadPacked(std::vector<PackedFile> files) {
    std::stable_sort(files.begin(), files.end(),
                     [](const PackedFile &a, const PackedFile &b) { return factsFirst(a.path, b.path); });
    std::vector<ParsedFile> parsed;
    for (PackedFile &pf : files) {
        const int index = addFileStatus(pf.path, true);
        if (index < 0) continue;
        auto doc = std::make_unique<RuleDocument>();
        doc->adopt(pf.path, std::move(pf.root), pf.contentHash);
        parsed.push_back({std::move(doc), index});
    }
    loadParsed(parsed);
}

void RuleLibrary::loadDirectory(const QString &dir) {
    loadPaths({dir});
}

void RuleLibrary::loadPaths(const QStringList &paths) {
    std::vector<RuleSource> sources;
    auto addFile = [&](const QString &path) {
        // Bounded whatever the file is: a symlink in a rule folder may point at /dev/zero.
        QString error;
        std::optional<QByteArray> content = BoundedFile::read(path, MaxRuleFileBytes, &error);
        if (!content) {
            RuleFileStatus st;
            st.path = path;
            st.unreadable = true;
            st.diagnostics.append({Diagnostic::Error, path, 0, 0, error});
            m_files.append(st);
            return;
        }
        sources.push_back({path, std::move(*content), false});
    };
    for (const QString &p : paths) {
        QFileInfo fi(p);
        if (fi.isDir()) {
            QStringList files;
            QDirIterator it(p, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            files.sort();
            for (const QString &f : files)
                addFile(f);
        } else if (fi.exists()) {
            addFile(p);
        } else {
            RuleFileStatus st;
            st.path = p;
            st.diagnostics.append({Diagnostic::Error, p, 0, 0, FileMessages::tr("no such file or folder")});
            m_files.append(st);
        }
    }
    loadSources(std::move(sources));
}

int RuleLibrary::addFileStatus(const QString &path, bool bundled) {
    // Skip a file already loaded (e.g. the same folder given twice).
    for (const RuleFileStatus &st : m_files)
        if (st.path == path) return -1;
    RuleFileStatus st;
    st.path = path;
    st.bundled = bundled;
    m_files.append(st);
    return int(m_files.size()) - 1;
}

void RuleLibrary::loadSources(std::vector<RuleSource> sources) {
    std::stable_sort(sources.begin(), sources.end(),
                     [](const RuleSource &a, const RuleSource &b) { return factsFirst(a.path, b.path); });
    std::vector<ParsedFile> parsed;
    for (RuleSource &s : sources) {
        const int index = addFileStatus(s.path, s.bundled);
        if (index < 0) continue;
        auto doc = std::make_unique<RuleDocument>();
        if (!doc->parseYaml(s.path, std::move(s.content), &m_files[index].diagnostics)) continue;
        parsed.push_back({std::move(doc), index});
    }
    loadParsed(parsed);
}

void RuleLibrary::loadParsed(std::vector<ParsedFile> &parsed) {
    // A hostile file must never take the program down, whatever the loader trips over.
    auto guarded = [&](ParsedFile &p, auto step) {
        try {
            RuleFileLoader l(*this, *p.document, m_files[p.statusIndex]);
            step(l);
        } catch (const std::exception &e) {
            m_files[p.statusIndex].diagnostics.append(
                {Diagnostic::Error, p.document->path(), 0, 0, QString::fromLocal8Bit(e.what())});
        }
    };
    for (ParsedFile &p : parsed)
        guarded(p, [](RuleFileLoader &l) {
            l.checkTopLevel();
            if (l.isMap()) l.registerFacts();
        });
    for (ParsedFile &p : parsed)
        guarded(p, [](RuleFileLoader &l) {
            if (l.isMap()) l.extendFacts();
        });
    for (ParsedFile &p : parsed)
        guarded(p, [](RuleFileLoader &l) {
            if (l.isMap()) l.linkRelatedFacts();
        });
    for (ParsedFile &p : parsed)
        guarded(p, [](RuleFileLoader &l) {
            if (l.isMap() && !l.isFactDictionary()) l.buildRuleSet();
        });
    for (ParsedFile &p : parsed) {
        RuleFileStatus &st = m_files[p.statusIndex];
        st.ok = !eligicheck::hasErrors(st.diagnostics);
    }
}

const RuleSet *RuleLibrary::ruleSet(const QString &id) const {
    for (const auto &r : m_ruleSets)
        if (r->id == id) return r.get();
    return nullptr;
}

QStringList RuleLibrary::suggestRuleSets(const QString &id) const {
    QStringList ids;
    for (const auto &r : m_ruleSets)
        ids << r->id;
    return closestMatches(id, ids);
}

QString RuleOverride::text() const {
    const QString none = QStringLiteral("—");
    const QString folderDate = folderVerifiedOn.isValid() ? folderVerifiedOn.toString(Qt::ISODate) : none;
    const QString bundledDate = bundledVerifiedOn.isValid() ? bundledVerifiedOn.toString(Qt::ISODate) : none;
    const QString file = QDir::toNativeSeparators(folderFile);
    if (replaced)
        return FileMessages::tr("%1: the version in %2 (verified %3) is used instead of the built-in one "
                                "(verified %4)")
            .arg(title, file, folderDate, bundledDate);
    return FileMessages::tr("%1: the version in %2 (verified %3) is not used, because the built-in one "
                            "is as recent or newer (verified %4); a folder's version replaces a built-in "
                            "one only when its verified_on is later")
        .arg(title, file, folderDate, bundledDate);
}

Diagnostics RuleFileStatus::problems() const {
    if (!bundled) return diagnostics;
    Diagnostics out;
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Diagnostic::Error) out.append(d);
    return out;
}

Diagnostics RuleLibrary::diagnostics() const {
    Diagnostics out;
    for (const RuleFileStatus &f : m_files)
        out += f.diagnostics;
    return out;
}

bool RuleLibrary::hasErrors() const {
    for (const RuleFileStatus &f : m_files)
        if (eligicheck::hasErrors(f.diagnostics)) return true;
    return false;
}

} // namespace eligicheck
