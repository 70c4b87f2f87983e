#pragma once

#include "reportcontroller.h"

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace eligicheck {

// A stored assessment opened from the firm's history: its report, read-only, with Print…,
// Print preview…, Export… (PDF/HTML). The report comes from `source`, built once when opened.
class StoredReportDialog : public QDialog {
    Q_OBJECT
public:
    StoredReportDialog(const QString &title, ReportController::Source source, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    ReportController *controller() const { return m_controller; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *exportButton() const { return m_export; }

private:
    QTextBrowser *m_browser;
    ReportController *m_controller;
    QPushButton *m_print;
    QPushButton *m_export;
};

} // namespace eligicheck
