#pragma once

#include "relevance.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace eligicheck {

// Search over ProgrammeTreeModel: a document stays when it or one of its programmes matches
// (titles, 文号, issuers, clauses, quotes); a matching document shows all its programmes.
//
// With a relevance (issue 17 item 5) only the programmes that concern the firm stay: of its
// region and national ones, in force on the model's date (unless the relevance includes expired
// ones), whose applicant types include the firm's; a document stays when one of them does.
class ProgrammeFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ProgrammeFilterModel(QObject *parent = nullptr);

    // nullopt: every programme (显示全部).
    void setRelevance(const std::optional<Relevance> &relevance);
    const std::optional<Relevance> &relevance() const { return m_relevance; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Relevance> m_relevance;
};

} // namespace eligicheck
