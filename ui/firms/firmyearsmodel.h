#pragma once

#include "firmdetailmodel.h"
#include "firmrepository.h"

#include <QMap>

namespace eligicheck {

class RuleLibrary;

// A firm's yearly figures (revenue, R&D, … — the facts kept per 财务年度) as a table: a row per
// yearly fact of the loaded rules, a column per fiscal year (every year the firm has figures for,
// and the last finished year so a new one can be entered; oldest left), and a last column with
// the change of the row's newest figure on the year before (同比). Each year's cell also tells its change
// on the year before (ChangeRole, tool tip). Editing a cell parses the text as the questionnaire
// does (parseFactValue, "0.8亿元") and writes it for that year with optimistic locking; empty text
// removes the figure. A refused text is not written and editRefused() says why.
class FirmYearsModel : public FirmDetailModel {
    Q_OBJECT
public:
    enum Role { FactIdRole = Qt::UserRole + 1, YearRole, ChangeRole };

    FirmYearsModel(Database &db, Lang lang, QObject *parent = nullptr);

    void setLibrary(std::shared_ptr<const RuleLibrary> library);
    StorageError reload() override;

    const QVector<int> &years() const { return m_years; }
    int rowOf(const QString &factId) const;
    int columnOf(int year) const; // -1 when the year is not shown
    int changeColumn() const { return int(m_years.size()) + 1; }

    // The figure of `row` for `year` parsed from `text` and stored. False with *error (nothing
    // written) when the text is not a value of the fact or the figure changed meanwhile.
    bool setFigure(int row, int year, const QString &text, QString *error);
    // "+12.5%" / "-3%": the change of `row` in `year` on the year before, exact to 0.1%; empty
    // when either figure is missing or the earlier one is zero.
    QString change(int row, int year) const;

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
    const StoredAnswer *figure(int row, int year) const;
    int yearOfColumn(int column) const;

    QVector<const FactDefinition *> m_facts;           // the rows
    QVector<int> m_years;                              // the year columns, oldest first
    QHash<QString, QMap<int, StoredAnswer>> m_figures; // fact id → year → answer
};

} // namespace eligicheck
