#include "reportcontroller.h"

#include "appsettings.h"
#include "reportpainter.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace eligicheck {

namespace {
const QString kPageSizeKey = QStringLiteral("report/pageSize");
const QString kOrientationKey = QStringLiteral("report/orientation");
const QString kExportDirKey = QStringLiteral("report/exportFolder");
} // namespace

ReportController::ReportController(QWidget *dialogParent, Source source, QObject *parent)
    : QObject(parent)
    , m_parent(dialogParent)
    , m_source(std::move(source)) {}

void ReportController::setAvailable(bool available) {
    if (available == m_available) return;
    m_available = available;
    emit availabilityChanged(available);
}

std::optional<Report> ReportController::report(QString *error) const {
    if (!m_source) {
        if (error) *error = tr("There is nothing to report.");
        return std::nullopt;
    }
    std::optional<Report> r = m_source(error);
    if (r) settingsTypeface().applyTo(*r);
    return r;
}

ReportTypeface ReportController::settingsTypeface() {
    const AppSettings settings;
    ReportTypeface typeface;
    typeface.family = settings.reportFontFamily();
    typeface.pointSize = settings.reportFontPointSize();
    return typeface;
}

bool ReportController::exportTo(const QString &path, Format format, QString *error, int *pageCount) const {
    const std::optional<Report> r = report(error);
    if (!r) return false;
    if (format == Format::Html) {
        if (pageCount) *pageCount = 0;
        return HtmlExporter::write(*r, path, error);
    }
    return PdfExporter::write(*r, path, pageLayout(), error, pageCount);
}

int ReportController::printTo(QPrinter *printer, QString *error) const {
    const std::optional<Report> r = report(error);
    if (!r) return 0;
    return ReportPainter::paint(*r, printer, error);
}

QPageLayout ReportController::pageLayout() {
    // Only paper size and orientation are the user's; the margins stay the report's own, so
    // the footer always fits.
    QPageLayout layout = ReportPainter::defaultPageLayout();
    QSettings settings;
    const QString sizeKey = settings.value(kPageSizeKey).toString();
    if (!sizeKey.isEmpty()) {
        for (int id = 0; id <= int(QPageSize::LastPageSize); ++id) {
            const auto pageId = QPageSize::PageSizeId(id);
            if (QPageSize::key(pageId) == sizeKey) {
                layout.setPageSize(QPageSize(pageId), layout.margins());
                break;
            }
        }
    }
    if (settings.value(kOrientationKey).toString() == QLatin1String("landscape"))
        layout.setOrientation(QPageLayout::Landscape);
    return layout;
}

void ReportController::rememberPageLayout(const QPageLayout &layout) {
    QSettings settings;
    // A custom size has no key worth keeping; the previous choice then stays.
    if (layout.pageSize().id() != QPageSize::Custom)
        settings.setValue(kPageSizeKey, QPageSize::key(layout.pageSize().id()));
    settings.setValue(kOrientationKey, layout.orientation() == QPageLayout::Landscape
                                           ? QStringLiteral("landscape")
                                           : QStringLiteral("portrait"));
}

QString ReportController::exportFilters() {
    return tr("PDF document (*.pdf)") + QStringLiteral(";;") + tr("HTML page (*.html *.htm)");
}

ReportController::Format ReportController::formatFor(const QString &path, const QString &selectedFilter) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) return Format::Html;
    if (suffix == QLatin1String("pdf")) return Format::Pdf;
    return selectedFilter.contains(QLatin1String("*.html")) ? Format::Html : Format::Pdf;
}

QString ReportController::withSuffix(const QString &path, Format format) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool matches = format == Format::Html
                             ? (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
                             : suffix == QLatin1String("pdf");
    if (matches) return path;
    return path + (format == Format::Html ? QStringLiteral(".html") : QStringLiteral(".pdf"));
}

QString ReportController::suggestedFileName(const Report &report) const {
    // "<title> 2025-06-01.pdf" without characters file systems refuse.
    QString base = report.title.isEmpty() ? QStringLiteral("EligiCheck") : report.title;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
    return base.simplified() + QLatin1Char(' ') + QDate::currentDate().toString(Qt::ISODate) +
           QStringLiteral(".pdf");
}

void ReportController::showError(const QString &title, const QString &message) const {
    QMessageBox::warning(m_parent, title, message);
}

void ReportController::exportWithDialog() {
    QString error;
    const std::optional<Report> r = report(&error);
    if (!r) return showError(tr("Cannot export the report"), error);
    QSettings settings;
    QString dir = settings.value(kExportDirKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(dir).isDir()) dir = QDir::homePath();
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Export report"), QDir(dir).filePath(suggestedFileName(*r)), exportFilters(), &filter);
    if (path.isEmpty()) return;
    const Format format = formatFor(path, filter);
    path = withSuffix(path, format);
    settings.setValue(kExportDirKey, QFileInfo(path).absolutePath());
    int pages = 0;
    const bool ok = format == Format::Html ? HtmlExporter::write(*r, path, &error)
                                           : PdfExporter::write(*r, path, pageLayout(), &error, &pages);
    if (!ok) return showError(tr("Cannot export the report"), error);
    emit statusMessage(
        format == Format::Html
            ? tr("Report exported to %1").arg(QDir::toNativeSeparators(path))
            : tr("Report exported to %1 (%n page(s))", nullptr, pages).arg(QDir::toNativeSeparators(path)));
}

void ReportController::printWithDialog() {
    QString error;
    const std::optional<Report> r = report(&error);
    if (!r) return showError(tr("Cannot print the report"), error);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(pageLayout());
    printer.setDocName(r->title);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print report"));
    if (dialog.exec() != QDialog::Accepted) return;
    rememberPageLayout(printer.pageLayout());
    const int pages = ReportPainter::paint(*r, &printer, &error);
    if (pages == 0) return showError(tr("Cannot print the report"), error);
    emit statusMessage(tr("Sent %n page(s) to the printer", nullptr, pages));
}

void ReportController::previewWithDialog() {
    QString error;
    const std::optional<Report> r = report(&error);
    if (!r) return showError(tr("Cannot preview the report"), error);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(pageLayout());
    printer.setDocName(r->title);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(tr("Print preview"));
    QString paintError;
    const Report report = *r;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&report, &paintError](QPrinter *p) {
        if (ReportPainter::paint(report, p, &paintError) == 0 && paintError.isEmpty())
            paintError = tr("The report could not be laid out.");
    });
    const int result = dialog.exec();
    // The preview's own page setup changes the printer; keep what the user chose.
    rememberPageLayout(printer.pageLayout());
    if (!paintError.isEmpty()) return showError(tr("Cannot preview the report"), paintError);
    if (result == QDialog::Accepted) emit statusMessage(tr("Report sent to the printer"));
}

void ReportController::pageSetupWithDialog() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(pageLayout());
    QPageSetupDialog dialog(&printer, m_parent);
    if (dialog.exec() == QDialog::Accepted) rememberPageLayout(printer.pageLayout());
}

} // namespace eligicheck
