#include "verdictmodel.h"

#include "clauselabel.h"
#include "explanation.h"
#include "icons.h"

namespace eligicheck {

namespace {
constexpr quintptr ProgrammeRow = 0; // criterion rows: programme index + 1
}

VerdictModel::VerdictModel(Lang lang, QObject *parent)
    : QAbstractItemModel(parent)
    , m_lang(lang) {}

void VerdictModel::setResults(const QVector<AssessedProgramme> &results) {
    bool sameShape = results.size() == m_results.size();
    for (int i = 0; sameShape && i < results.size(); ++i)
        sameShape = results[i].result.programme == m_results[i].result.programme &&
                    results[i].result.criteria.size() == m_results[i].result.criteria.size();
    if (!sameShape) {
        beginResetModel();
        m_results = results;
        endResetModel();
        return;
    }
    m_results = results;
    for (int i = 0; i < m_results.size(); ++i) {
        const QModelIndex p = index(i, 0);
        emit dataChanged(p, p.siblingAtColumn(StatusColumn));
        const int n = rowCount(p);
        if (n > 0) emit dataChanged(index(0, 0, p), index(n - 1, StatusColumn, p));
    }
}

QModelIndex VerdictModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent)) return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : ProgrammeRow);
}

QModelIndex VerdictModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == ProgrammeRow) return {};
    return createIndex(int(child.internalId() - 1), 0, ProgrammeRow);
}

int VerdictModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid()) return int(m_results.size());
    if (parent.internalId() != ProgrammeRow || parent.column() != 0) return 0;
    return int(m_results[parent.row()].result.criteria.size());
}

int VerdictModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant VerdictModel::programmeData(const ProgrammeResult &r, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? r.programme->title.get(m_lang) : verdictText(r.verdict, m_lang);
    case Qt::ToolTipRole:
        return column == NameColumn ? r.programme->title.get(m_lang) : QVariant();
    case Qt::DecorationRole:
        return column == StatusColumn ? verdictIcon(r.verdict) : QVariant();
    case Qt::ForegroundRole:
        return column == StatusColumn ? QVariant(verdictColor(r.verdict)) : QVariant();
    case VerdictRole:
        return int(r.verdict);
    default:
        return {};
    }
}

QVariant VerdictModel::criterionData(const CriterionResult &r, int column, int role) const {
    const Criterion &c = *r.criterion;
    switch (role) {
    case Qt::DisplayRole:
        if (column == StatusColumn) return statusText(r.status, m_lang);
        return c.label.isEmpty() ? clauseLabelOf(c, m_lang)
                                 : QStringLiteral("%1 %2").arg(clauseLabelOf(c, m_lang), c.label.get(m_lang));
    case Qt::ToolTipRole:
        // The whole line (the live pane elides it), then the verbatim clause.
        return column == NameColumn
                   ? criterionData(r, column, Qt::DisplayRole).toString() + QStringLiteral("\n\n") + c.quote
                   : c.quote;
    case Qt::DecorationRole:
        return column == NameColumn ? statusIcon(r.status) : QVariant();
    case Qt::ForegroundRole:
        return column == StatusColumn ? QVariant(statusColor(r.status)) : QVariant();
    case StatusRole:
        return int(r.status);
    case ClauseRole:
        return c.clause;
    default:
        return {};
    }
}

QVariant VerdictModel::data(const QModelIndex &idx, int role) const {
    if (!idx.isValid()) return {};
    if (idx.internalId() == ProgrammeRow)
        return programmeData(m_results[idx.row()].result, idx.column(), role);
    const ProgrammeResult &p = m_results[int(idx.internalId() - 1)].result;
    return criterionData(p.criteria[idx.row()], idx.column(), role);
}

QVariant VerdictModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == NameColumn ? tr("Programme / criterion") : tr("Status");
}

} // namespace eligicheck
