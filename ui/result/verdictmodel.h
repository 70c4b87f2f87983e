#pragma once

#include "assessment.h"

#include <QAbstractItemModel>

namespace eligicheck {

// The live verdict panel: each chosen programme with its verdict, and under it every criterion
// with a status icon. Re-evaluation keeps the shape, so only dataChanged is emitted and the
// view keeps its expansion and scroll position while the user types.
class VerdictModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ColumnCount };
    enum Role { VerdictRole = Qt::UserRole + 1, StatusRole, ClauseRole };

    explicit VerdictModel(Lang lang, QObject *parent = nullptr);
    void setResults(const QVector<AssessedProgramme> &results);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant programmeData(const ProgrammeResult &r, int column, int role) const;
    QVariant criterionData(const CriterionResult &r, int column, int role) const;

    Lang m_lang;
    QVector<AssessedProgramme> m_results;
};

} // namespace eligicheck
