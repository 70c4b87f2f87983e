#include "startpage.h"

#include "firmtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace eligicheck {

StartPage::StartPage(QAbstractItemModel *firms, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_open(new QPushButton(tr("&Open firm"), this))
    , m_newFirm(new QPushButton(tr("&New firm…"), this))
    , m_quickCheck(new QPushButton(tr("Quic&k check (not stored)"), this)) {
    setObjectName(QStringLiteral("startPage"));
    m_proxy->setSourceModel(firms);
    m_proxy->setFilterKeyColumn(-1); // name, credit code, region …
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Recent firms first: the newest assessment date, in ISO form, sorts as text.
    m_proxy->setSortRole(Qt::DisplayRole);
    m_proxy->sort(FirmTableModel::LastAssessedColumn, Qt::DescendingOrder);

    m_search->setObjectName(QStringLiteral("startSearch"));
    m_search->setPlaceholderText(tr("Search firms by name, credit code or region"));
    m_list->setObjectName(QStringLiteral("startFirmList"));
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Recent firms"));
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->setColumnHidden(FirmTableModel::StaleColumn, true);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("startEmptyHint"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No firms yet. Add your first client firm with \"New firm…\", or try a quick check "
                        "without one."));
    m_open->setObjectName(QStringLiteral("startOpenFirm"));
    m_newFirm->setObjectName(QStringLiteral("startNewFirm"));
    m_quickCheck->setObjectName(QStringLiteral("startQuickCheck"));
    m_quickCheck->setToolTip(
        tr("Answer questions without choosing a firm. Nothing is stored; save the answers to "
           "a file or to a firm if you want to keep them."));

    auto *title = new QLabel(tr("Choose the client firm to work on:"), this);
    title->setBuddy(m_search);
    auto *quickHint = new QLabel(tr("Quick check: no firm, nothing is stored."), this);
    quickHint->setObjectName(QStringLiteral("startQuickCheckHint"));
    quickHint->setBuddy(m_quickCheck);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_newFirm);
    buttons->addStretch();
    buttons->addWidget(quickHint);
    buttons->addWidget(m_quickCheck);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list, &QTableView::activated, this, &StartPage::openCurrent); // double-click, Enter
    connect(m_open, &QPushButton::clicked, this, &StartPage::openCurrent);
    connect(m_newFirm, &QPushButton::clicked, this, &StartPage::newFirmRequested);
    connect(m_quickCheck, &QPushButton::clicked, this, &StartPage::quickCheckRequested);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StartPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &StartPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &StartPage::updateState);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StartPage::updateState);
    updateState();
}

void StartPage::finishSetUp() {
    // After the first frame: the clear button loads Qt's image plugins (as in the browser).
    m_search->setClearButtonEnabled(true);
}

void StartPage::openCurrent() {
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid()) emit firmChosen(current.data(FirmTableModel::FirmIdRole).toLongLong());
}

void StartPage::updateState() {
    const bool any = m_proxy->sourceModel()->rowCount() > 0;
    m_empty->setVisible(!any);
    m_list->setVisible(any);
    m_open->setEnabled(m_list->currentIndex().isValid());
}

} // namespace eligicheck
