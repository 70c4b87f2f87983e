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

} // namespace eligicheck
