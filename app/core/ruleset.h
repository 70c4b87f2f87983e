#pragma once

#include "expression.h"
#include "facts.h"
#include "text.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace eligicheck {

enum class CriterionKind { Hard, Soft, Declaration, Exclusion, Ban, Window, Status, Info };
enum class CriterionStatus { Pass, Fail, Unknown, NotApplicable, Waived, Warning, Info };
// NoConditions: the programme has no judged criterion (only info, status or the implicit window and
// area), so there is nothing to be eligible for; it only informs or imposes duties. Appended last so
// stored integers keep their meaning; storage writes verdictName().
enum class Verdict { Eligible, NeedsReview, Undetermined, NotEligible, NotApplicable, NoConditions };

QString criterionKindName(CriterionKind k);
std::optional<CriterionKind> criterionKindFromName(const QString &s);
QString criterionStatusName(CriterionStatus s);
std::optional<CriterionStatus> criterionStatusFromName(const QString &s);
QString verdictName(Verdict v);
std::optional<Verdict> verdictFromName(const QString &s);
// Kinds whose failure makes an applicant not eligible.
bool kindDecidesVerdict(CriterionKind k);

struct SourcePos {
    int line = 0;
    int column = 0;
};

struct Criterion {
    QString id;
    QString clause;
    QString clauseEn; // `clause_en`: the label in English where the rule file gives it
    QString quote;
    CriterionKind kind = CriterionKind::Hard;
    Expression condition; // null for `info` without a condition and for the implicit window
    Expression appliesWhen;
    Expression waivedWhen;
    LocalizedText label;
    LocalizedText interpretation;
    std::vector<LocalizedText> evidence;
    QString source;        // seed file of the quote ("" = the document's)
    bool implicitInForce = false; // the synthetic "document in force" window
    bool implicitArea = false;    // the synthetic "registered in the issuer's area" criterion
    std::optional<QDate> windowFrom; // implicit window only: the programme's (or document's) dates
    std::optional<QDate> windowTo;
    SourcePos pos;
};

struct Band {
    QString id;
    LocalizedText label;
    std::optional<Number> low; // nullopt = -inf
    std::optional<Number> high; // nullopt = +inf
    bool lowInclusive = true;
    bool highInclusive = false;
    QString clause;
    QString clauseEn; // `clause_en`: the label in English where the rule file gives it
    QString quote;
    bool contains(const Number &v) const;
    QString rangeText() const;
};

struct Outcome {
    const FactDefinition *fact = nullptr;
    QString clause;
    QString clauseEn; // `clause_en`: the label in English where the rule file gives it
    QString quote;
    QString source;
    std::vector<Band> bands;
    Expression appliesWhen;
};

struct Amount {
    QString id;
    QString clause;
    QString clauseEn; // `clause_en`: the label in English where the rule file gives it
    QString quote;
    QString source;
    LocalizedText label;
    Expression max; // 万元
    Expression min; // 万元
    bool perYear = false;
    Expression appliesWhen;
    LocalizedText interpretation;
    SourcePos pos;
};

struct Programme {
    QString id;
    LocalizedText title;
    LocalizedText applicant;
    QStringList applicantTypes; // choice ids of fact `applicant_type` the programme is for
    LocalizedText interpretation;
    Expression appliesWhen;
    std::optional<QDate> effectiveFrom; // overrides the document's
    std::optional<QDate> effectiveTo;
    std::vector<Criterion> criteria;
    QString areaCriterion; // a criterion of its own that checks the location (no implicit one then)
    std::optional<Outcome> outcome;
    std::vector<Amount> amounts;
    SourcePos pos;

    const Criterion *criterion(const QString &id) const;
    const Amount *amount(const QString &id) const;
};

struct Parameter {
    QString id;
    Number value;
    QString unit;
    LocalizedText label;
    QString clause;
    QString clauseEn; // `clause_en`: the label in English where the rule file gives it
    QString quote;
    QString source;
    LocalizedText interpretation;
};

struct Example {
    QString name;
    std::optional<QDate> asOf;
    QHash<QString, Value> facts;
    QHash<QString, QString> verdicts;      // programme → verdict
    QHash<QString, QString> criteria;      // programme/criterion → status
    QHash<QString, QStringList> missing;   // programme/criterion → fact ids
    QHash<QString, QString> outcomes;      // programme → band id ("" = none)
    QHash<QString, QString> amounts;       // programme/amount → max 万元 ("" = unknown)
    std::optional<bool> inForce;
    SourcePos pos;
};

struct Validity {
    QString clause;
    QString clauseEn; // `clause_en`: the label in English where the rule file gives it
    QString quote;
    LocalizedText interpretation;
};

// The area a regional rule set covers: the issuing authority's jurisdiction, as choice ids of the
// shared facts `province` and `city`. Every programme of a regional rule set gets an implicit
// criterion "registered in this area"; national rule sets have no area (province empty).
struct Area {
    QString province; // choice id of fact `province`; empty = national
    QString city;     // choice id of fact `city`; empty = the whole province
    QString clause;   // the clause that sets the scope, if the text has one
    QString clauseEn; // `clause_en`
    QString quote;
    QString source;               // seed file of the quote ("" = the document's)
    LocalizedText interpretation; // required where the text has no scope clause
    QString condition;            // replaces "province == P [and city == C]" where the text widens the scope
    bool isNational() const { return province.isEmpty(); }
};

// One policy document, as encoded in one rule file.
struct RuleSet {
    QString id;
    QString title;
    QString titleEn;
    QString documentNumber; // 文号, may be empty
    QStringList issuers;
    std::optional<QDate> issued;
    QDate effectiveFrom;
    std::optional<QDate> effectiveTo;
    Validity validity;
    Area area;
    QString region;
    QString source;
    QDate verifiedOn;
    QString verification;
    std::vector<Parameter> parameters;
    std::vector<Programme> programmes;
    std::vector<Example> examples;

    QString filePath;    // where it was loaded from (":/rules/…" for bundled)
    QString contentHash; // SHA-256 of the file, hex
    bool bundled = false;

    const Programme *programme(const QString &id) const;
    bool inForceOn(const QDate &date) const;
};

QString regionLabel(const QString &region, Lang lang);
// The document's title in the reader's language (title_en in English where the file has one).
QString ruleSetTitle(const RuleSet &rs, Lang lang);
QStringList knownRegions();
// True for criteria a firm is judged on: hard, soft, declaration, exclusion or ban conditions
// written in the rule file. The implicit window and area, `window`, `status` and `info` are not:
// a programme with none of these has no eligibility conditions (Verdict::NoConditions).
bool isJudgedCriterion(const Criterion &c);

} // namespace eligicheck
