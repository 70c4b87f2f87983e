#include "reportactions.h"

#include "reportcontroller.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace eligicheck {

ReportActions::ReportActions(QObject *parent)
    : QObject(parent)
    , m_export(new QAction(tr("&Export report…"), this))
    , m_print(new QAction(tr("&Print…"), this))
    , m_preview(new QAction(tr("Print pre&view…"), this))
    , m_pageSetup(new QAction(tr("Page set&up…"), this)) {
    m_export->setObjectName(QStringLiteral("actionExport"));
    m_export->setToolTip(tr("Save the report as a PDF document or an HTML page"));
    // QKeySequence has no standard key for export or print preview; Ctrl+E and Ctrl+Shift+P
    // are what other desktop applications commonly use.
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_print->setShortcut(QKeySequence::Print);
    m_preview->setObjectName(QStringLiteral("actionPrintPreview"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pageSetup->setObjectName(QStringLiteral("actionPageSetup"));
    connect(m_export, &QAction::triggered, this, [this] {
        if (m_current) m_current->exportWithDialog();
    });
    connect(m_print, &QAction::triggered, this, [this] {
        if (m_current) m_current->printWithDialog();
    });
    connect(m_preview, &QAction::triggered, this, [this] {
        if (m_current) m_current->previewWithDialog();
    });
    connect(m_pageSetup, &QAction::triggered, this, [this] {
        if (m_current) m_current->pageSetupWithDialog();
    });
    updateEnabled();
}

void ReportActions::addView(QWidget *view, ReportController *controller) {
    m_controllers.insert(view, controller);
    connect(controller, &ReportController::availabilityChanged, this, &ReportActions::updateEnabled);
}

void ReportActions::setCurrentView(QWidget *view) {
    m_current = m_controllers.value(view);
    updateEnabled();
}

void ReportActions::updateEnabled() {
    const bool on = m_current && m_current->isAvailable();
    for (QAction *a : {m_export, m_print, m_preview})
        a->setEnabled(on);
    m_pageSetup->setEnabled(m_current);
    const QString why =
        m_current ? tr("Assess a programme first") : tr("Open the result or a firm's assessment");
    for (QAction *a : {m_export, m_print, m_preview})
        a->setStatusTip(on ? QString() : why);
}

} // namespace eligicheck
