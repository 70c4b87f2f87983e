#include "reportpainter.h"

#include "reportfont.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>

namespace eligicheck {

namespace {

void collectTables(QTextFrame *frame, QVector<QTextTable *> *out) {
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(child)) out->append(t);
        collectTables(child, out);
    }
}

bool guiApplicationExists() {
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

// ---------------------------------------------------------------------------------------------

ReportLayout::ReportLayout(const Report &report, QPagedPaintDevice *device)
    : m_report(report)
    , m_device(device)
    , m_doc(std::make_unique<QTextDocument>()) {
    const qreal dpi = device->logicalDpiY();
    const QFont footerFont = ReportPainter::reportFont(7.5, report.fontFamily);
    m_footerHeight = QFontMetricsF(footerFont, device).height() * 2.2;
    m_bodyHeight = device->height() - m_footerHeight;
    m_bleed = 1.5 * dpi / 72.0;

    // Lay out with the device's metrics (fonts in points resolve to its resolution, and the
    // layout scales CSS pixels to it), as QTextDocument::print() does.
    m_doc->documentLayout()->setPaintDevice(device);
    m_doc->setDefaultFont(ReportPainter::reportFont(9, report.fontFamily));
    m_doc->setDocumentMargin(0);
    m_doc->setHtml(report.html);
    m_doc->setTextWidth(device->width());
    collectIntervals();
    paginate();
}

ReportLayout::~ReportLayout() = default;

void ReportLayout::collectIntervals() {
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    m_keep.clear();
    m_rows.clear();
    m_headers.clear();

    // Every line of text, wherever it is: the fallback when a row is taller than a page.
    QHash<int, qreal> firstLineBottom; // block number → bottom of its first line
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        const QRectF br = layout->blockBoundingRect(b);
        const QTextLayout *tl = b.layout();
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QRectF lr = tl->lineAt(i).rect();
            m_keep.append({br.top() + lr.top(), br.top() + lr.bottom(), false});
            if (i == 0) firstLineBottom.insert(b.blockNumber(), br.top() + lr.bottom());
        }
    }

    // Table rows, from the midpoint between one row's content and the next (where the shared
    // border lies) to the next midpoint.
    QVector<QTextTable *> tables;
    collectTables(m_doc->rootFrame(), &tables);
    QHash<QTextTable *, QVector<qreal>> boundaries; // rows + 1 entries per table
    for (QTextTable *t : tables) {
        const int rows = t->rows(), cols = t->columns();
        QVector<qreal> top(rows, 0), bottom(rows, 0);
        for (int r = 0; r < rows; ++r) {
            qreal lo = std::numeric_limits<qreal>::max(), hi = std::numeric_limits<qreal>::lowest();
            for (int c = 0; c < cols; ++c) {
                const QTextTableCell cell = t->cellAt(r, c);
                if (!cell.isValid() || cell.row() != r) continue; // covered by a row span
                lo = std::min(lo, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                hi = std::max(hi, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            top[r] = lo;
            bottom[r] = hi;
        }
        const QRectF frame = layout->frameBoundingRect(t);
        QVector<qreal> b(rows + 1);
        b[0] = frame.top();
        b[rows] = frame.bottom();
        for (int r = 1; r < rows; ++r)
            b[r] = (bottom[r - 1] + top[r]) / 2;
        for (int r = 0; r < rows; ++r) {
            m_rows.append({b[r], b[r + 1], true, int(m_headers.size()), r});
            m_keep.append(m_rows.last());
        }
        // A header row is never left alone at the foot of a page (every report table starts
        // with its header row).
        if (rows >= 2) m_keep.append({b[0], b[2], false});
        boundaries.insert(t, b);
        m_headers.append({b[0], b[1]});
    }

    // A heading stays with what follows it: the next few paragraphs' first lines or, when a
    // table comes first, its header row and first data row.
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() <= 0 || QTextCursor(b).currentTable()) continue;
        qreal bottom = layout->blockBoundingRect(b).bottom();
        QTextBlock n = b.next();
        for (int steps = 0; n.isValid() && steps < 4; ++steps, n = n.next()) {
            if (QTextTable *t = QTextCursor(n).currentTable()) {
                const QVector<qreal> &tb = boundaries[t];
                bottom = std::max(bottom, tb[std::min<int>(2, int(tb.size()) - 1)]);
                break;
            }
            bottom = std::max(bottom, firstLineBottom.value(n.blockNumber(), bottom));
            if (n.blockFormat().headingLevel() <= 0 && steps >= 1) break;
        }
        m_keep.append({layout->blockBoundingRect(b).top(), bottom, false});
    }
    std::sort(m_keep.begin(), m_keep.end(),
              [](const Interval &a, const Interval &b) { return a.top < b.top; });
}

void ReportLayout::paginate() {
    m_slices.clear();
    // A table's frame (its bottom margin) may reach past the document's reported height.
    qreal total = m_doc->size().height();
    for (const Interval &iv : m_keep)
        total = std::max(total, iv.bottom);
    // Leave room for the border drawn again above and below a cut between rows.
    const qreal capacity = std::max<qreal>(m_bodyHeight - 2 * m_bleed, 1);
    const qreal eps = 0.01;
    qreal start = 0;
    QPair<qreal, qreal> header(0, 0); // header row to repeat on the page being filled
    while (start < total - eps) {
        const qreal room = capacity - header.second + header.first;
        if (total - start <= room) {
            m_slices.append({start, total, false, header.first, header.second});
            break;
        }
        qreal cut = start + room;
        bool rowCut = false;
        // Move the cut up to the top of anything it would split, until it splits nothing that
        // fits on a page; pieces taller than a page are cut wherever their lines allow.
        for (bool moved = true; moved;) {
            moved = false;
            for (const Interval &iv : m_keep) {
                if (iv.top >= cut) break;
                if (iv.bottom <= cut + eps || iv.top <= start + eps || iv.bottom - iv.top > room) continue;
                cut = iv.top;
                moved = true;
            }
        }
        if (cut <= start + eps) cut = start + room; // nothing to do but cut (cannot happen with lines)
        QPair<qreal, qreal> nextHeader(0, 0);
        for (const Interval &iv : m_rows) {
            if (qAbs(iv.top - cut) > eps || iv.top <= start) continue;
            rowCut = true;
            if (iv.row > 1)
                nextHeader = m_headers[iv.table]; // row 1 never starts a page: kept with the header
        }
        m_slices.append({start, cut, rowCut, header.first, header.second});
        header = nextHeader;
        start = cut;
    }
    if (m_slices.isEmpty()) m_slices.append({0, 0, false, 0, 0});
}

void ReportLayout::paintPage(QPainter *painter, int index) const {
    if (index < 0 || index >= m_slices.size()) return;
    const Slice &s = m_slices[index];
    // Between rows, the shared border is drawn on both pages (in the cells' padding, so no text
    // is drawn twice); elsewhere the clip is exact so a line of text never appears twice.
    const qreal top = index > 0 && m_slices[index - 1].rowCutBelow ? s.top - m_bleed : s.top;
    const qreal bottom = s.rowCutBelow ? s.bottom + m_bleed : s.bottom;
    const qreal width = m_device->width();
    qreal y = 0;
    if (s.headerHeight() > 0) {
        painter->save();
        painter->translate(0, -s.headerTop);
        m_doc->drawContents(painter, QRectF(0, s.headerTop, width, s.headerHeight()));
        painter->restore();
        y = s.headerHeight() - (s.top - top); // the bleed above overlaps the header's own border
    }
    painter->save();
    painter->translate(0, y - top);
    m_doc->drawContents(painter, QRectF(0, top, width, bottom - top));
    painter->restore();

    // Footer: a rule, the report's identity on the left, "page X of Y" on the right.
    painter->save();
    const QFont font = ReportPainter::reportFont(7.5, m_report.fontFamily);
    painter->setFont(font);
    painter->setPen(QPen(Qt::black, 0.5 * m_device->logicalDpiY() / 72.0));
    const qreal lineY = m_bodyHeight + m_footerHeight * 0.25;
    painter->drawLine(QPointF(0, lineY), QPointF(width, lineY));
    const QString pageText = m_report.lang == Lang::Zh
                                 ? QStringLiteral("第 %1 页 / 共 %2 页").arg(index + 1).arg(m_slices.size())
                                 : QStringLiteral("Page %1 of %2").arg(index + 1).arg(m_slices.size());
    const QFontMetricsF fm(font, m_device);
    const qreal pageWidth = fm.horizontalAdvance(pageText);
    const QRectF textRect(0, lineY + fm.height() * 0.3, width, fm.height() * 1.2);
    const QString left =
        fm.elidedText(m_report.footerText, Qt::ElideMiddle, width - pageWidth - fm.height() * 2);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop, left);
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignTop, pageText);
    painter->restore();
}

// ---------------------------------------------------------------------------------------------

QString ReportPainter::fontFamily(const QString &wanted) {
    const QString family = wanted.trimmed().isEmpty() ? ReportFont::defaultFamily() : wanted.trimmed();
    const QString known = ReportFont::resolve(family);
    return known.isEmpty() ? family : known;
}

QFont ReportPainter::reportFont(qreal pointSize, const QString &wanted) {
    QFont f(fontFamily(wanted));
    f.setPointSizeF(pointSize);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

bool ReportPainter::fontInstalled(const QString &wanted) {
    return !ReportFont::resolve(wanted.trimmed().isEmpty() ? ReportFont::defaultFamily() : wanted.trimmed())
                .isEmpty();
}

QString ReportPainter::fontProblem(const QString &wanted) {
    if (fontInstalled(wanted)) return QString();
    if (wanted.trimmed().isEmpty() ||
        wanted.trimmed().compare(ReportFont::defaultFamily(), Qt::CaseInsensitive) == 0)
        return ReportFont::missingMessage();
    return tr("The report font \"%1\" chosen in Settings is not installed. Choose another one under "
              "Settings → Reports, or install it, and try again.")
        .arg(wanted.trimmed());
}

QPageLayout ReportPainter::defaultPageLayout() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12),
                       QPageLayout::Millimeter);
}

int ReportPainter::paint(const Report &report, QPagedPaintDevice *device, QString *error) {
    if (!guiApplicationExists()) {
        if (error) *error = tr("Painting a report needs a QGuiApplication (fonts); none exists.");
        return 0;
    }
    // Printing with a substitute font would put the wrong glyphs (or none) on paper: refuse, as
    // the PDF export does, and say which package is missing.
    if (const QString problem = fontProblem(report.fontFamily); !problem.isEmpty()) {
        if (error) *error = problem;
        return 0;
    }
    ReportLayout layout(report, device);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error) *error = tr("Cannot start painting on the output device.");
        return 0;
    }
    for (int i = 0; i < layout.pageCount(); ++i) {
        if (i > 0 && !device->newPage()) {
            if (error) *error = tr("The output device refused a new page after page %1.").arg(i);
            painter.end();
            return 0;
        }
        layout.paintPage(&painter, i);
    }
    painter.end();
    return layout.pageCount();
}

// ---------------------------------------------------------------------------------------------

bool PdfExporter::write(const Report &report, const QString &path, const QPageLayout &layout, QString *error,
                        int *pageCount) {
    auto fail = [&](const QString &message) {
        if (error) *error = message;
        return false;
    };
    if (!guiApplicationExists())
        return fail(tr("Writing a PDF needs a QGuiApplication (fonts); none exists."));
    if (const QString problem = ReportPainter::fontProblem(report.fontFamily); !problem.isEmpty())
        return fail(problem);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(layout);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("EligiCheck " ELIGICHECK_VERSION));
        QString paintError;
        pages = ReportPainter::paint(report, &writer, &paintError);
        if (pages == 0) {
            file.cancelWriting();
            return fail(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), paintError));
        }
    } // the writer finishes the PDF when destroyed
    // Qt 6.4's commit() can report success over a failed final flush (a full disk left an empty
    // file): flush first and check.
    if (!file.flush() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    if (pageCount) *pageCount = pages;
    return true;
}

bool HtmlExporter::write(const Report &report, const QString &path, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report.html.toUtf8()) < 0 || !file.flush() ||
        !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}

} // namespace eligicheck
