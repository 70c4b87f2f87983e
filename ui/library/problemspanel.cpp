#include "problemspanel.h"

#include "lazypage.h"
#include "problemsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QTableView>

namespace eligicheck {

ProblemsPanel::ProblemsPanel(ProblemsModel *model, QWidget *parent)
    : QDockWidget(parent)
    , m_model(model)
    , m_page(new LazyPage([this](QWidget *page) { return buildView(page); }, this)) {
    setObjectName(QStringLiteral("problemsDock"));
    // The panel starts hidden unless a rule file has errors: its table is built when first shown.
    setWidget(m_page);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateTitle);
    updateTitle();
}

QTableView *ProblemsPanel::view() const {
    m_page->content();
    return m_view;
}

QWidget *ProblemsPanel::buildView(QWidget *page) {
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Rule-file problems"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::SeverityColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::LocationColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex loc = index.siblingAtColumn(ProblemsModel::LocationColumn);
        QApplication::clipboard()->setText(loc.data().toString());
    });
    return m_view;
}

void ProblemsPanel::updateTitle() {
    const int n = m_model->rowCount();
    setWindowTitle(n == 0 ? tr("Problems") : tr("Problems (%1)").arg(n));
}

} // namespace eligicheck
