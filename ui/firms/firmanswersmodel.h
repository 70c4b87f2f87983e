#pragma once

#include "firmdetailmodel.h"
#include "firmrepository.h"

namespace eligicheck {

class RuleLibrary;

// A stored firm's answers as an editable table: question, value, unit, fiscal year and who
// changed it when. An edited value is parsed by the core's parseFactValue() exactly as the
// questionnaire does; a value it refuses is not written and editRefused() says why. Writes are
// optimistic (the version the row was read at), so a change someone else made in the meantime
// is reported as a conflict, never overwritten.
class FirmAnswersModel : public FirmDetailModel {
    Q_OBJECT
public:
    enum Column { QuestionColumn, ValueColumn, UnitColumn, YearColumn, ChangedColumn, ColumnCount };
    enum Role { FactIdRole = Qt::UserRole + 1, FiscalYearRole };

    FirmAnswersModel(Database &db, Lang lang, QObject *parent = nullptr);

    void setLibrary(std::shared_ptr<const RuleLibrary> library);
    StorageError reload() override;
    const QVector<StoredAnswer> &answers() const { return m_rows; }
    int rowOf(const QString &factId) const;

    // Parses and stores `text` as the answer in `row`. False with *error (and nothing written)
    // when the text is not a valid value for the question or the row changed meanwhile.
    bool setAnswerText(int row, const QString &text, QString *error);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &reason);
    void answerSaved(const QString &factId);

private:
    const FactDefinition *fact(const StoredAnswer &a) const;

    QVector<StoredAnswer> m_rows;
};

} // namespace eligicheck
