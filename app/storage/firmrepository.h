#pragma once

#include "answers.h"
#include "database.h"
#include "facts.h"
#include "value.h"

#include <QDate>
#include <QVector>

namespace eligicheck {

// A client firm (企业/单位).
struct Firm {
    qint64 id = 0;
    QString name;
    QString creditCode; // 统一社会信用代码, normalised; empty when not known
    QString region;
    QString notes;
    QString contact;   // contact person, phone … as the consultant writes it (schema 3)
    QString deletedAt; // set while the firm is in the recycle bin (schema 3)
    QString createdAt;
    QString updatedAt;
    int version = 0; // optimistic lock of the firm's own fields

    // A new firm, ready for FirmRepository::addFirm.
    static Firm named(const QString &name, const QString &creditCode = QString(),
                      const QString &region = QString(), const QString &notes = QString()) {
        Firm f;
        f.name = name;
        f.creditCode = creditCode;
        f.region = region;
        f.notes = notes;
        return f;
    }
};

// One stored answer of a firm. Yearly facts (上年度主营业务收入 …) are kept per fiscal year,
// so the 2024 figure is never mistaken for the 2025 one; other facts have fiscalYear 0.
struct StoredAnswer {
    QString factId;
    int fiscalYear = 0;
    QString factType; // factTypeName() at the time it was saved
    Value value;      // parsed from the stored plain text
    QString unit;     // the fact's unit the value is expressed in (万元, %, 人 …)
    QString entered;  // as the user typed it ("0.8亿元"), so nothing typed is lost
    QString changedBy;
    QString changedAt;
    int version = 0;
};

// A change to one answer. expectedVersion makes it an optimistic write: the version the editor
// loaded (0 = "there was no answer"); if the row has moved on since, nothing is written and a
// Conflict names who changed it. AnyVersion overwrites deliberately (file import, CLI merge).
struct AnswerInput {
    static constexpr int AnyVersion = -1;
    QString factId;
    int fiscalYear = 0; // required for yearly facts, ignored otherwise
    Value value;        // an unknown Value removes the answer
    QString entered;
    int expectedVersion = AnyVersion;
};

// Firms and their answers. Every multi-row write runs in one transaction.
class FirmRepository {
    Q_DECLARE_TR_FUNCTIONS(FirmRepository)
public:
    explicit FirmRepository(Database &db)
        : m_db(db) {}

    // Adds a firm; the name must be new and the credit code, when given, valid and new.
    Result<Firm> addFirm(const Firm &firm);
    // Saves name/code/region/notes/contact if nobody changed the firm since `firm.version` was read.
    Result<Firm> updateFirm(const Firm &firm);
    Result<Firm> firm(qint64 id) const;
    // By exact name or by credit code (any spacing or case).
    Result<Firm> findFirm(const QString &nameOrCode) const;
    Result<QVector<Firm>> firms() const;        // by name, without deleted firms
    Result<QVector<Firm>> deletedFirms() const; // the recycle bin, most recently deleted first
    // Moves a firm to the recycle bin (deleted) or back. Nothing of it is erased.
    StorageError setDeleted(qint64 id, bool deleted);

    Result<QVector<StoredAnswer>> answers(qint64 firmId) const;
    // Applies all inputs in one transaction: either every one is saved or none is.
    StorageError setAnswers(qint64 firmId, const QVector<AnswerInput> &inputs, const FactRegistry &facts);
    StorageError setAnswer(qint64 firmId, const AnswerInput &input, const FactRegistry &facts) {
        return setAnswers(firmId, {input}, facts);
    }
    // One truth for where a firm is (issue 17): its answers `province` and `city` are what every
    // programme's 注册地 criterion, the relevance filter and the reports read. A firm whose
    // free-text region ("广西 柳州市", typed before the province/city answers existed, or from a
    // spreadsheet's 地区 column) names a known province or city and that has answered neither
    // gets them, in one transaction; `entered` keeps the text and firms.region is not changed.
    // Returns how many firms were given their region; idempotent.
    Result<int> adoptRegionText(const FactRegistry &facts);
    // Every earlier value of one answer, oldest first (schema 2).
    Result<QVector<StoredAnswer>> answerHistory(qint64 firmId, const QString &factId, int fiscalYear) const;

    // What the evaluator needs for an assessment dated `asOf`: facts that are not yearly, and
    // yearly facts of the fiscal year before asOf (上年度). Answers whose stored type no longer
    // matches the rule library are left out (the editor shows them for re-entry).
    Result<Answers> answersFor(qint64 firmId, const QDate &asOf, const FactRegistry &facts) const;
    static int fiscalYearFor(const QDate &asOf) { return asOf.year() - 1; }

    // Converts the stored plain text back into a value of the given fact type name.
    static std::optional<Value> valueFromStored(const QString &factType, const QString &text);
    // The plain text a value is stored as; nullopt (and a message) when it cannot be stored exactly.
    static std::optional<QString> storedText(const Value &value, QString *error);

private:
    StorageError validateFirm(const Firm &firm, qint64 selfId) const;
    Result<Firm> firmWhere(const QString &condition, const QVariant &arg) const;
    StorageError writeAnswer(qint64 firmId, const FactDefinition &fact, const AnswerInput &input);

    Database &m_db;
};

} // namespace eligicheck
