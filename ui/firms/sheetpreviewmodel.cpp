#include "sheetpreviewmodel.h"

#include <QBrush>
#include <QColor>

namespace eligicheck {

namespace {
quint64 key(int row, int column) {
    return (quint64(quint32(row)) << 32) | quint32(column);
}
} // namespace

SheetPreviewModel::SheetPreviewModel(Sheet sheet, const Diagnostics &problems, QObject *parent)
    : QAbstractTableModel(parent) {
    // The header is the first row with anything in it (FirmSheet reads it the same way).
    while (!sheet.rows.isEmpty() && sheet.rows.first().isEmpty())
        sheet.rows.removeFirst();
    if (!sheet.rows.isEmpty()) m_header = sheet.rows.takeFirst();
    sheet.rows.erase(
        std::remove_if(sheet.rows.begin(), sheet.rows.end(), [](const SheetRow &r) { return r.isEmpty(); }),
        sheet.rows.end());
    m_sheet = std::move(sheet);
    m_columns = int(m_header.cells.size());
    for (const SheetRow &r : m_sheet.rows)
        m_columns = std::max(m_columns, int(r.cells.size()));
    for (const Diagnostic &d : problems) {
        QString &m = m_problems[key(d.line, d.column - 1)];
        m += (m.isEmpty() ? QString() : QStringLiteral("\n")) + d.message;
    }
}

int SheetPreviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_sheet.rows.size());
}

int SheetPreviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_columns;
}

QVariant SheetPreviewModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid()) return {};
    const SheetRow &row = m_sheet.rows[index.row()];
    const QString problem = m_problems.value(key(row.number, index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return row.cell(index.column());
    case Qt::ToolTipRole:
    case ProblemRole:
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    case Qt::BackgroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QBrush(QColor(255, 205, 205)));
    default:
        return {};
    }
}

QVariant SheetPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        // The spreadsheet's own row numbers, so "row 37" in a message is row 37 here.
        if (role == Qt::DisplayRole && section < m_sheet.rows.size()) return m_sheet.rows[section].number;
        return {};
    }
    const QString problem = m_problems.value(key(m_header.number, section));
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = m_header.cell(section);
        return title.isEmpty() ? columnLetters(section) : title;
    }
    case Qt::ToolTipRole:
    case ProblemRole:
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    case Qt::ForegroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QBrush(Qt::red));
    default:
        return {};
    }
}

int SheetPreviewModel::tableRow(int sheetRow) const {
    for (int i = 0; i < m_sheet.rows.size(); ++i)
        if (m_sheet.rows[i].number == sheetRow) return i;
    return -1;
}

} // namespace eligicheck
