#pragma once

#include <QDockWidget>

class QTableView;

namespace eligicheck {

class LazyPage;
class ProblemsModel;

// Dockable list of rule-file problems. Double-click (or Enter) copies the location so it can be
// pasted into an editor's "go to".
class ProblemsPanel : public QDockWidget {
    Q_OBJECT
public:
    ProblemsPanel(ProblemsModel *model, QWidget *parent = nullptr);
    QTableView *view() const; // built at the first call or when the panel is first shown

private:
    QWidget *buildView(QWidget *page);
    void updateTitle();
    ProblemsModel *m_model;
    LazyPage *m_page;
    QTableView *m_view = nullptr;
};

} // namespace eligicheck
