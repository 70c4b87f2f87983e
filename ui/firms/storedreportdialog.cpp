#include "storedreportdialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace eligicheck {

StoredReportDialog::StoredReportDialog(const QString &title, ReportController::Source source, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_controller(new ReportController(this, std::move(source), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_export(new QPushButton(tr("&Export…"), this)) {
    setObjectName(QStringLiteral("storedReport"));
    setWindowTitle(title);
    m_browser->setObjectName(QStringLiteral("storedReportBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setReadOnly(true);
    // The report's tables are laid out to the pane's width (100 %); their outer border overhangs
    // it by one pixel, which only gave a sideways scroll bar under the text.
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_print->setObjectName(QStringLiteral("storedReportPrint"));
    m_export->setObjectName(QStringLiteral("storedReportExport"));
    auto *preview = new QPushButton(tr("Print pre&view…"), this);
    preview->setObjectName(QStringLiteral("storedReportPreview"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    QString error;
    const std::optional<Report> report = m_controller->report(&error);
    m_browser->setHtml(report ? report->html : error.toHtmlEscaped());
    m_controller->setAvailable(report.has_value());
    m_print->setEnabled(report.has_value());
    m_export->setEnabled(report.has_value());
    preview->setEnabled(report.has_value());

    connect(m_print, &QPushButton::clicked, m_controller, &ReportController::printWithDialog);
    connect(preview, &QPushButton::clicked, m_controller, &ReportController::previewWithDialog);
    connect(m_export, &QPushButton::clicked, m_controller, &ReportController::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A page's width of text (by the line height: averageCharWidth alone gave the English report
    // 780 px, its summary table cramped and scrolling sideways), within the screen, and most of
    // the screen's height.
    const QFontMetrics fm = fontMetrics();
    int width = qMax(fm.averageCharWidth() * 130, fm.height() * 55);
    if (const QScreen *s = screen()) width = qMin(width, s->availableGeometry().width() * 9 / 10);
    resize(width, fm.height() * 40);
}

} // namespace eligicheck
