#include "programmefiltermodel.h"

#include "programmetreemodel.h"

namespace eligicheck {

ProgrammeFilterModel::ProgrammeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setFilterRole(ProgrammeTreeModel::SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setSortLocaleAware(true);
}

void ProgrammeFilterModel::setRelevance(const std::optional<Relevance> &relevance) {
    m_relevance = relevance;
    // A matching document no longer brings its programmes that do not concern the firm.
    setAutoAcceptChildRows(!relevance);
    invalidateFilter();
}

bool ProgrammeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_relevance) return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    // A document is shown through its programmes that concern the firm.
    if (!sourceParent.isValid()) return false;
    const auto *model = qobject_cast<const ProgrammeTreeModel *>(sourceModel());
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const RuleSet *rs = model ? model->ruleSetAt(index) : nullptr;
    const Programme *p = model ? model->programmeAt(index) : nullptr;
    if (!rs || !p) return false;
    Relevance r = *m_relevance;
    if (!r.asOf.isValid()) r.asOf = model->date();
    if (!r.shows(*rs, *p)) return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent) ||
           QSortFilterProxyModel::filterAcceptsRow(sourceParent.row(), sourceParent.parent());
}

} // namespace eligicheck
