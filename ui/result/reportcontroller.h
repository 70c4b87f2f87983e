#pragma once

#include "report.h"
#include "reporttypeface.h"

#include <QObject>
#include <QPageLayout>
#include <functional>
#include <optional>

class QPrinter;
class QWidget;

namespace eligicheck {

// Print, print preview and export of one view's report. The view supplies a Source (what the
// report is about, built on demand so it always matches what is on screen); this class does
// the rest: page setup remembered in QSettings (A4 portrait by default), PDF/HTML export with
// the report library's exporters, and every failure shown to the user in a message box.
//
// The non-interactive functions (exportTo, printTo) hold the logic and are what the tests
// call; the *WithDialog functions only add the dialogs around them.
class ReportController : public QObject {
    Q_OBJECT
public:
    // Builds the report now, or returns nullopt with *error saying why there is none.
    using Source = std::function<std::optional<Report>(QString *error)>;
    enum class Format { Pdf, Html };

    ReportController(QWidget *dialogParent, Source source, QObject *parent = nullptr);

    // Whether the view currently has something to report (drives the actions' enabled state).
    bool isAvailable() const { return m_available; }
    void setAvailable(bool available);

    std::optional<Report> report(QString *error) const;

    // Writes the report to `path` as PDF or HTML. False with *error when nothing was written.
    bool exportTo(const QString &path, Format format, QString *error, int *pageCount = nullptr) const;
    // Paints the report on `printer` (a real printer, a preview, or a PdfFormat QPrinter) with
    // the printer's own page layout. Returns the page count, 0 with *error on failure.
    int printTo(QPrinter *printer, QString *error) const;

    // The page layout to start from: the remembered paper size and orientation, else A4.
    static QPageLayout pageLayout();
    static void rememberPageLayout(const QPageLayout &layout);
    // The family and size chosen under Settings → Reports; every report the GUI makes uses it.
    static ReportTypeface settingsTypeface();

    // File dialog helpers: the filter list, and the format/path a chosen name and filter mean
    // (a missing suffix is added from the filter).
    static QString exportFilters();
    static Format formatFor(const QString &path, const QString &selectedFilter);
    static QString withSuffix(const QString &path, Format format);

public slots:
    void exportWithDialog();
    void printWithDialog();
    void previewWithDialog();
    void pageSetupWithDialog();

signals:
    void availabilityChanged(bool available);
    void statusMessage(const QString &message);

private:
    void showError(const QString &title, const QString &message) const;
    QString suggestedFileName(const Report &report) const;

    QWidget *m_parent;
    Source m_source;
    bool m_available = false;
};

} // namespace eligicheck
