#include "problemsmodel.h"

#include "icons.h"

namespace eligicheck {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ProblemsModel::setLibrary(const RuleLibrary &library) {
    beginResetModel();
    m_rows.clear();
    for (const RuleFileStatus &f : library.files()) {
        for (Diagnostic d : f.problems()) {
            if (d.file.isEmpty()) d.file = f.path;
            m_rows.append(d);
        }
    }
    endResetModel();
}

int ProblemsModel::errorCount() const {
    int n = 0;
    for (const Diagnostic &d : m_rows)
        n += d.severity == Diagnostic::Error ? 1 : 0;
    return n;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::location(const Diagnostic &d) {
    if (d.line <= 0) return d.file;
    if (d.column <= 0) return QStringLiteral("%1:%2").arg(d.file).arg(d.line);
    return QStringLiteral("%1:%2:%3").arg(d.file).arg(d.line).arg(d.column);
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Diagnostic &d = m_rows[index.row()];
    const bool error = d.severity == Diagnostic::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return error ? tr("Error") : tr("Warning");
        case LocationColumn:
            return location(d);
        case MessageColumn:
            return d.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return d.toString();
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return statusIcon(error ? CriterionStatus::Fail : CriterionStatus::Warning);
        return {};
    case FilePathRole:
        return d.file;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("File:line:column");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace eligicheck
