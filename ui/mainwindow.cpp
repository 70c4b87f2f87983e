#include "mainwindow.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace eligicheck {

MainWindow::MainWindow(std::shared_ptr<RuleLibrary> library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(std::move(library))
{
    setWindowTitle(tr("EligiCheck 政策申报资格自测"));
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Programme"), tr("Document number"), tr("Region")});
    for (const auto &rs : m_library->ruleSets()) {
        auto *doc = new QTreeWidgetItem(m_tree, {rs->title, rs->documentNumber, regionLabel(rs->region, Lang::Zh)});
        for (const Programme &p : rs->programmes) new QTreeWidgetItem(doc, {p.title.zh, QString(), QString()});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    setCentralWidget(m_tree);
}

} // namespace eligicheck
