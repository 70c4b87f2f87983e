#pragma once

#include "rulelibrary.h"

#include <QAbstractTableModel>
#include <memory>

namespace eligicheck {

// One row per diagnostic of every rule file (RuleLibrary::files()), with the position in the
// form editors jump to: file:line:column.
class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role { FilePathRole = Qt::UserRole + 1, LineRole, ColumnRole };

    explicit ProblemsModel(QObject *parent = nullptr);
    void setLibrary(const RuleLibrary &library);
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString location(const Diagnostic &d);

private:
    Diagnostics m_rows;
};

} // namespace eligicheck
