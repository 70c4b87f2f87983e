#pragma once

#include <QDockWidget>

class QTableView;

namespace eligicheck {

class ProblemsModel;

// Dockable list of rule-file problems. Double-click (or Enter) copies the location so it can be
// pasted into an editor's "go to".
class ProblemsPanel : public QDockWidget {
    Q_OBJECT
public:
    ProblemsPanel(ProblemsModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

private:
    void updateTitle();
    ProblemsModel *m_model;
    QTableView *m_view;
};

} // namespace eligicheck
