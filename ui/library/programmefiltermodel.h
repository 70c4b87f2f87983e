#pragma once

#include <QSortFilterProxyModel>

namespace eligicheck {

// Search over ProgrammeTreeModel: a document stays when it or one of its programmes matches
// (titles, 文号, issuers, clauses, quotes); a matching document shows all its programmes.
class ProgrammeFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ProgrammeFilterModel(QObject *parent = nullptr);
};

} // namespace eligicheck
