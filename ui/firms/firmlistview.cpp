#include "firmlistview.h"

#include "firmtablemodel.h"
#include "firmview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
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
    , m_edit(new QPushButton(tr("Chan&ge details…"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_undo(new QPushButton(this))
    , m_bin(new QPushButton(tr("Recycle &bin…"), this))
    , m_reports(new QPushButton(tr("&Reports for all firms…"), this))
    , m_noDb(new QLabel(this))
    , m_openDb(new QPushButton(tr("&Open database…"), this))
    , m_exportResults(new QPushButton(tr("E&xport results workbook…"), this)) {
    m_exportResults->setObjectName(QStringLiteral("exportResults"));
    m_exportResults->setToolTip(
        tr("Every firm against every programme, as an Excel workbook: verdicts in colour, "
           "the missing answers that decide the most, support amounts"));
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
    // Not stretched: a stretched last column keeps the default 100 px however short "Re-check" is.
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->verticalHeader()->hide();
    m_list->setAccessibleName(tr("Firms"));
    m_add->setObjectName(QStringLiteral("addFirm"));
    m_edit->setObjectName(QStringLiteral("editFirm"));
    m_delete->setObjectName(QStringLiteral("deleteFirm"));
    m_undo->setObjectName(QStringLiteral("undoDeleteFirm"));
    m_undo->hide();
    m_bin->setObjectName(QStringLiteral("firmRecycleBin"));
    m_reports->setObjectName(QStringLiteral("firmReports"));
    m_reports->setToolTip(
        tr("One PDF report per firm in the list (the search narrows it) into a folder you choose"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    // Columns fit their content (names, codes, verdicts are not cut).
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
    top->addWidget(m_exportResults);
    listLayout->addLayout(top);
    listLayout->addWidget(m_list, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_edit);
    bottom->addWidget(m_delete);
    bottom->addWidget(m_undo);
    bottom->addStretch();
    bottom->addWidget(m_reports);
    bottom->addWidget(m_bin);
    listLayout->addLayout(bottom);
    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("firmsSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(detail);
    // The list takes the width its columns (name, code, region, date, verdicts) need, the firm
    // pane the rest (fitListToContent); a resize of the window shares the change half each.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });

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
    // The columns size to their contents on a zero timer; fit the list after them.
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
            [this] { QTimer::singleShot(0, this, &FirmListView::fitListToContent); });
    connect(m_add, &QPushButton::clicked, this, &FirmListView::addFirmRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentFirmId()) emit editFirmRequested(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentFirmId()) emit deleteFirmRequested(id);
    });
    connect(m_undo, &QPushButton::clicked, this, &FirmListView::undoDeleteRequested);
    connect(m_bin, &QPushButton::clicked, this, &FirmListView::recycleBinRequested);
    connect(m_reports, &QPushButton::clicked, this, [this] { emit reportsRequested(listedFirmIds()); });
    connect(m_list, &QTableView::activated, this, [this] {
        if (const qint64 id = currentFirmId()) emit assessFirmRequested(id);
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &FirmListView::showContextMenu);
    connect(m_openDb, &QPushButton::clicked, this, &FirmListView::openDatabaseRequested);
    connect(m_exportResults, &QPushButton::clicked, this, &FirmListView::exportResultsRequested);
}

void FirmListView::setDatabaseOpen(bool open, const QString &reason) {
    m_stack->setCurrentIndex(open ? 0 : 1);
    m_noDb->setText(
        open ? QString()
             : tr("No firms database is open, so firms cannot be listed or saved.\n\n%1").arg(reason));
}

void FirmListView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &FirmListView::fitListToContent);
}

void FirmListView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &FirmListView::fitListToContent);
}

void FirmListView::fitListToContent() {
    if (m_userSized || !m_list->isVisible() || m_splitter->count() != 2) return;
    QHeaderView *header = m_list->horizontalHeader();
    // What each column needs: its header and its visible cells (as ResizeToContents measures).
    int needed = 0;
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            needed += qMax(header->sectionSizeHint(c),
                           static_cast<QAbstractItemView *>(m_list)->sizeHintForColumn(c));
    // Plus the list's frame, its vertical scroll bar, and the pane around it.
    needed +=
        m_list->width() - m_list->viewport()->width() +
        (m_list->verticalScrollBar()->isVisible() ? 0 : m_list->verticalScrollBar()->sizeHint().width());
    needed += m_splitter->widget(0)->width() - m_list->width();
    const int total = m_splitter->width() - m_splitter->handleWidth();
    // At 1366 px in English the list needs ~810 px, the firm pane's answers ~500.
    const int list = qBound(total / 2, needed, total * 5 / 8);
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes[0] != list) m_splitter->setSizes({list, total - list});
}

qint64 FirmListView::currentFirmId() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(FirmTableModel::FirmIdRole).toLongLong() : 0;
}

void FirmListView::offerUndo(const QString &firmName) {
    m_undo->setText(tr("&Undo deleting %1").arg(firmName));
    m_undo->show();
}

void FirmListView::hideUndo() {
    m_undo->hide();
}

void FirmListView::showContextMenu(const QPoint &pos) {
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid()) return;
    m_list->setCurrentIndex(index);
    const qint64 id = currentFirmId();
    QMenu menu(this);
    menu.addAction(tr("&New assessment"), this, [this, id] { emit assessFirmRequested(id); });
    menu.addAction(tr("&Edit…"), this, [this, id] { emit editFirmRequested(id); });
    menu.addSeparator();
    menu.addAction(tr("De&lete…"), this, [this, id] { emit deleteFirmRequested(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

QVector<qint64> FirmListView::listedFirmIds() const {
    QVector<qint64> ids;
    ids.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids << m_proxy->index(r, 0).data(FirmTableModel::FirmIdRole).toLongLong();
    return ids;
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
    m_edit->setEnabled(id != 0);
    m_delete->setEnabled(id != 0);
}

} // namespace eligicheck
