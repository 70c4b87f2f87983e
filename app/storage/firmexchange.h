#pragma once

#include "assessmentstore.h"
#include "diagnostics.h"
#include "firmrepository.h"

#include <QByteArray>
#include <QDate>

namespace eligicheck {

class RuleLibrary;

// Firms as a readable YAML file, for sending a questionnaire to a client and for moving firms
// between databases. One firm is the answers format of the core plus two optional keys:
//
//   as_of: 2025-06-01                # yearly facts under `facts` are for the year before
//   firm: {name: …, credit_code: …, region: …, contact: …, notes: …}
//   facts: {fact_id: value, …}       # as people type them: "0.8亿元", 是, 2023-05-01
//   yearly_facts: {2023: {main_business_revenue_wan: 15000}}   # other fiscal years
//   assessments: [{ruleset, content_hash, verified_on, as_of, created_at, created_by,
//                  inputs, programmes: [{id, verdict, outcome_band, criteria, amounts}], result_json}]
//
// Several firms: `format: eligicheck-firms/1` and `firms: [ <one firm>, … ]`. A plain answers
// file with a `firm:` name imports as well.
struct FirmRecord {
    Firm firm;
    bool hasRegion = false;
    bool hasNotes = false;
    bool hasContact = false;
    QVector<AnswerInput> answers;
    QVector<Assessment> assessments;
};

class FirmExchange {
    Q_DECLARE_TR_FUNCTIONS(FirmExchange)
public:
    FirmExchange(Database &db, const FactRegistry &facts);

    // YAML of the given firms (all when empty); yearly facts of the fiscal year before `asOf`
    // go under `facts`, other years under `yearly_facts`.
    Result<QByteArray> exportFirms(const QVector<qint64> &firmIds, const QDate &asOf) const;

    // The text to export for an answer: what the user typed when it still means the same value
    // (readable: "0.8亿元"), otherwise the exact stored value. Every importer reads it back.
    static QString answerText(const StoredAnswer &answer, const FactDefinition *fact);

    // Reads and checks a whole file, including against the database (name and credit code
    // must not point at two different firms). Every problem is reported with file:line:column;
    // nothing is returned when there is any.
    enum class Mode {
        Firms,      // an import: every firm named, checked against the database
        AnswersOnly // answers for a firm chosen by the caller; `firm:` is optional
    };
    std::optional<QVector<FirmRecord>> parse(const QString &path, const QByteArray &content,
                                             Diagnostics *diags, Mode mode = Mode::Firms) const;
    // The checks of an import against the file itself (a firm or credit code twice) and against
    // the database (a name and a credit code that point at two firms, a rename not asked for),
    // for records read from any kind of file. Problems are appended to `diags`.
    void checkRecords(const QString &path, const QVector<FirmRecord> &records, Diagnostics *diags) const;
    // Writes parsed records in one transaction: new firms are added, existing ones (same
    // credit code, else same name) get their answers merged; assessments already present are
    // skipped. Returns the number of firms written.
    // An import only sets what the file gives: a blank answer, region or notes means "not
    // known to the file", never "erase" (a file exported from another database carries blanks
    // for what that database did not know).
    Result<int> import(const QVector<FirmRecord> &records);
    // parse + import: nothing is written unless the whole file is valid.
    Result<int> importFile(const QString &path, Diagnostics *diags);

    // A file naming the firm of a known credit code differently is an error (both names are
    // given) unless renaming was asked for explicitly: a typo must not rename a client.
    void setAllowRename(bool allow) { m_allowRename = allow; }
    // With the rule library, an imported assessment made with a loaded rule set (same id and
    // content hash) is also checked against it: its programmes and criteria, and its verdicts
    // re-evaluated from its own inputs. Without, each assessment is checked against itself only.
    void setRuleLibrary(const RuleLibrary *library) { m_library = library; }

private:
    Database &m_db;
    const FactRegistry &m_facts;
    bool m_allowRename = false;
    const RuleLibrary *m_library = nullptr;
};

} // namespace eligicheck
