#pragma once

#include "diagnostics.h"
#include "sheet.h"

#include <QAbstractTableModel>
#include <QHash>

namespace eligicheck {

// The rows of a spreadsheet as they will be imported, for the preview before anything is written:
// the header row as the column titles, each later row as it is in the file, and every problem at
// its cell (red, with the reason as tool tip; ProblemRole holds it for tests and screen readers).
class SheetPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { ProblemRole = Qt::UserRole + 1 };

    SheetPreviewModel(Sheet sheet, const Diagnostics &problems, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The table row of a spreadsheet row number (-1: the header, or not shown).
    int tableRow(int sheetRow) const;

private:
    Sheet m_sheet; // rows after the header
    SheetRow m_header;
    int m_columns = 0;
    QHash<quint64, QString> m_problems; // (sheet row << 32 | column) → message; column -1 = whole row
};

} // namespace eligicheck
