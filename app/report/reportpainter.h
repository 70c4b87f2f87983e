#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QTextDocument>
#include <QVector>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace eligicheck {

// The report laid out for one paged device and cut into pages. QTextDocument paginates by
// itself only line by line (a table row can straddle two pages) and has no running footer, so
// the document is laid out as one long page and cut here: never inside a table row (unless the
// row alone is taller than a page, then between its lines), never inside a line of text, and
// never right after a heading or a table's header row. A table continued from the previous
// page gets its header row repeated. Each page is then painted with
// QTextDocument::drawContents() clipped to its slice, plus the footer "page X of Y".
class ReportLayout {
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)
public:
    struct Slice {
        qreal top = 0; // document coordinates (device pixels) of the part shown on the page
        qreal bottom = 0;
        bool rowCutBelow = false; // the page ends between two table rows (their border is shared)
        qreal headerTop = 0;      // a table's header row repeated at the top of the page
        qreal headerBottom = 0;   // (empty band: none)
        qreal headerHeight() const { return headerBottom - headerTop; }
    };
    struct Interval { // a piece of the document that must not be cut
        qreal top = 0;
        qreal bottom = 0;
        bool tableRow = false;
        int table = -1; // for table rows: index into m_headers
        int row = -1;
    };

    // Lays the report out with the metrics of `device` (its resolution and page layout). The
    // device must outlive this object; a QGuiApplication must exist (fonts).
    ReportLayout(const Report &report, QPagedPaintDevice *device);
    ~ReportLayout();

    int pageCount() const { return int(m_slices.size()); }
    const QVector<Slice> &slices() const { return m_slices; }
    const QVector<Interval> &rowIntervals() const { return m_rows; } // every table row, for tests
    qreal bodyHeight() const { return m_bodyHeight; }

    // Paints page `index` (0-based) at the painter's origin: body, then footer.
    void paintPage(QPainter *painter, int index) const;

private:
    void collectIntervals();
    void paginate();

    Report m_report;
    QPagedPaintDevice *m_device;
    std::unique_ptr<QTextDocument> m_doc;
    qreal m_bodyHeight = 0;
    qreal m_footerHeight = 0;
    qreal m_bleed = 0;        // a row's border is drawn on both pages so no table is left open
    QVector<Interval> m_keep; // rows, lines and heading groups
    QVector<Interval> m_rows;
    QVector<QPair<qreal, qreal>> m_headers; // per table: its header row's band
    QVector<Slice> m_slices;
};

// Paints reports on paper-like devices. Usage from the GUI:
//
//   QPrinter printer;                               // or the one QPrintPreviewDialog passes
//   printer.setPageLayout(ReportPainter::defaultPageLayout());
//   QPrintPreviewDialog dlg(&printer);
//   connect(&dlg, &QPrintPreviewDialog::paintRequested, this,
//           [report](QPrinter *p) { ReportPainter::paint(report, p); });
//
// The device's own page layout (size, orientation, margins) is used; A4 is the default.
class ReportPainter {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
public:
    // The family a report is set in (`wanted`, or ReportFont::defaultFamily() when empty) by
    // the name Qt knows it under in this locale; ReportFont::defaultFamily() when not installed.
    static QString fontFamily(const QString &wanted = QString());
    static QFont reportFont(qreal pointSize = 9, const QString &wanted = QString());
    static bool fontInstalled(const QString &wanted = QString());
    // Why `wanted` cannot be used, in the user's language (empty when it can).
    static QString fontProblem(const QString &wanted = QString());
    static QPageLayout defaultPageLayout(); // A4 portrait, 18 mm side and 15 mm top/bottom margins

    // Lays out and paints every page of `report` on `device` (QPdfWriter, QPrinter). Returns the
    // number of pages, or 0 with *error set when painting cannot start.
    static int paint(const Report &report, QPagedPaintDevice *device, QString *error = nullptr);
};

// Writes a report as a PDF file. The file is written atomically: on failure an existing file of
// that name is left as it was.
class PdfExporter {
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)
public:
    static bool write(const Report &report, const QString &path,
                      const QPageLayout &layout = ReportPainter::defaultPageLayout(),
                      QString *error = nullptr, int *pageCount = nullptr);
};

// Writes a report as one self-contained UTF-8 HTML file (inline CSS, no external resources).
class HtmlExporter {
    Q_DECLARE_TR_FUNCTIONS(HtmlExporter)
public:
    static bool write(const Report &report, const QString &path, QString *error = nullptr);
};

} // namespace eligicheck
