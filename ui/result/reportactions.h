#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace eligicheck {

class ReportController;

// The window's File → Export…, Print…, Print Preview… and Page Setup… actions. Several views
// can print (the result view, the firm view); the actions follow whichever of them is current
// and are disabled while it has nothing to report.
class ReportActions : public QObject {
    Q_OBJECT
public:
    explicit ReportActions(QObject *parent = nullptr);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *pageSetupAction() const { return m_pageSetup; }

    // `view` reports through `controller` while it is the current view.
    void addView(QWidget *view, ReportController *controller);
    void setCurrentView(QWidget *view);
    ReportController *current() const { return m_current; }

private:
    void updateEnabled();

    QAction *m_export;
    QAction *m_print;
    QAction *m_preview;
    QAction *m_pageSetup;
    QHash<QWidget *, ReportController *> m_controllers;
    QPointer<ReportController> m_current;
};

} // namespace eligicheck
