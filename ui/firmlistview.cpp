#include "firmlistview.h"

#include "firmtablemodel.h"
#include "firmview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace eligicheck {

FirmListView::FirmListView(FirmTableModel *firms, FirmView *detail, QWidget *parent)
    : QWidget(parent)
    , m_firms(firms)
    , m_detail(detail)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_list(new QTableView(this))
    , m_add(new QPushButton(tr("New &firm…"), this))
    , m_noDb(new QLabel(this))
    , m_openDb(new QPushButton(tr("&Open database…"), this)) {
    setObjectName(QStringLiteral("firmsView"));
    // Search matches any column: name, credit code, region, verdicts, "rules changed".
    m_proxy->setSourceModel(firms);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(QStringLiteral("firmSearch"));
    m_search->setPlaceholderText(tr("Search firms by name, credit code, region or verdict"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search firms"));
    m_list->setObjectName(QStringLiteral("firmList"));
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(FirmTableModel::NameColumn, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();
    m_list->setAccessibleName(tr("Firms"));
    m_add->setObjectName(QStringLiteral("addFirm"));
    m_openDb->setObjectName(QStringLiteral("openDatabase"));
    m_noDb->setObjectName(QStringLiteral("noDatabase"));
    m_noDb->setWordWrap(true);
    m_noDb->setAlignment(Qt::AlignCenter);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_add);
    listLayout->addLayout(top);
    listLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("firmsSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *noDbPage = new QWidget(this);
    auto *noDbLayout = new QVBoxLayout(noDbPage);
    noDbLayout->addStretch();
    noDbLayout->addWidget(m_noDb);
    noDbLayout->addWidget(m_openDb, 0, Qt::AlignCenter);
    noDbLayout->addStretch();

    m_stack->addWidget(splitter);
    m_stack->addWidget(noDbPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FirmListView::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FirmListView::onCurrentChanged);
    connect(m_add, &QPushButton::clicked, this, &FirmListView::addFirmRequested);
    connect(m_openDb, &QPushButton::clicked, this, &FirmListView::openDatabaseRequested);
}

void FirmListView::setDatabaseOpen(bool open, const QString &reason) {
    m_stack->setCurrentIndex(open ? 0 : 1);
    m_noDb->setText(
        open ? QString()
             : tr("No firms database is open, so firms cannot be listed or saved.\n\n%1").arg(reason));
}

bool FirmListView::selectFirm(qint64 firmId) {
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(FirmTableModel::FirmIdRole).toLongLong() == firmId) {
            m_list->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void FirmListView::onCurrentChanged() {
    const QModelIndex current = m_list->currentIndex();
    const qint64 id = current.isValid() ? current.data(FirmTableModel::FirmIdRole).toLongLong() : 0;
    if (id != m_detail->firmId()) m_detail->setFirm(id);
}

} // namespace eligicheck
