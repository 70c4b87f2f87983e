#include "xlsxworkbookwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVector>
#include <xlsxwriter.h>

namespace eligicheck {

struct XlsxWorkbookWriter::Impl {
    QString path;
    QString partPath; // written here, renamed to `path` by close()
    lxw_workbook *workbook = nullptr;
    QVector<lxw_worksheet *> sheets;
    QVector<int> nextRow;
    QVector<lxw_format *> styles;
    QString error;
    bool closed = false;
    std::vector<QByteArray> keep; // strings libxlsxwriter reads until it writes the file

    lxw_worksheet *sheet(int i) const { return i >= 0 && i < sheets.size() ? sheets[i] : nullptr; }
    lxw_format *style(int i) const { return i >= 0 && i < styles.size() ? styles[i] : nullptr; }
    void fail(const QString &message) {
        if (error.isEmpty()) error = message;
    }
};

namespace {

// libxlsxwriter takes UTF-8; Excel holds at most 32,767 characters in a cell.
QByteArray cellText(const QString &text) {
    return (text.size() > XlsxWorkbookWriter::MaxCellChars ? text.left(XlsxWorkbookWriter::MaxCellChars)
                                                           : text)
        .toUtf8();
}

// Excel limits the titles and messages of a data validation (32 and 255 characters).
QByteArray limited(const QString &text, int max) {
    QByteArray utf8 = text.toUtf8();
    QString t = text;
    while (utf8.size() > max) {
        t.chop(1);
        utf8 = t.toUtf8();
    }
    return utf8;
}

} // namespace

XlsxWorkbookWriter::XlsxWorkbookWriter(const QString &path, bool constantMemory)
    : d(std::make_unique<Impl>()) {
    d->path = path;
    const QFileInfo info(path);
    d->partPath = info.dir().filePath(QStringLiteral(".%1.part").arg(info.fileName()));
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.use_zip64 = LXW_TRUE; // a workbook of 100,000 firms may pass 4 GB of XML before zipping
    const QByteArray file = QFile::encodeName(d->partPath);
    d->workbook = workbook_new_opt(file.constData(), &options);
    if (!d->workbook) d->fail(tr("cannot create '%1'").arg(QDir::toNativeSeparators(path)));
}

XlsxWorkbookWriter::~XlsxWorkbookWriter() {
    if (d->workbook && !d->closed) {
        lxw_workbook_free(d->workbook); // abandoned: nothing was written
        QFile::remove(d->partPath);
    }
}

bool XlsxWorkbookWriter::ok() const {
    return d->error.isEmpty();
}

QString XlsxWorkbookWriter::errorString() const {
    return d->error;
}

int XlsxWorkbookWriter::addSheet(const QString &name) {
    if (!d->workbook) return -1;
    QString n = name;
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        n.replace(c, u'_');
    n = n.left(31);
    const QByteArray utf8 = n.toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(d->workbook, utf8.constData());
    if (!ws) {
        d->fail(tr("cannot add the worksheet '%1'").arg(name));
        return -1;
    }
    d->sheets.append(ws);
    d->nextRow.append(0);
    return int(d->sheets.size()) - 1;
}

int XlsxWorkbookWriter::addStyle(const Style &style) {
    if (!d->workbook) return -1;
    lxw_format *f = workbook_add_format(d->workbook);
    if (style.bold) format_set_bold(f);
    if (style.wrap) {
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    }
    if (style.background) {
        format_set_pattern(f, LXW_PATTERN_SOLID);
        format_set_bg_color(f, lxw_color_t(style.background));
    }
    if (style.color) format_set_font_color(f, lxw_color_t(style.color));
    if (!style.numberFormat.isEmpty()) {
        d->keep.push_back(style.numberFormat.toUtf8());
        format_set_num_format(f, d->keep.back().constData());
    }
    d->styles.append(f);
    return int(d->styles.size()) - 1;
}

int XlsxWorkbookWriter::nextRow(int sheet) const {
    return sheet >= 0 && sheet < d->nextRow.size() ? d->nextRow[sheet] : 0;
}

void XlsxWorkbookWriter::writeRow(int sheet, const QStringList &cells, int style,
                                  const QVector<int> &styles) {
    const int row = nextRow(sheet);
    for (int c = 0; c < cells.size(); ++c)
        writeText(sheet, row, c, cells[c], c < styles.size() ? styles[c] : style);
    endRow(sheet);
}

void XlsxWorkbookWriter::writeText(int sheet, int row, int column, const QString &text, int style) {
    lxw_worksheet *ws = d->sheet(sheet);
    if (!ws || (text.isEmpty() && style < 0)) return;
    if (row >= MaxRows || column >= MaxColumns) {
        d->fail(tr("the workbook would pass Excel's limit of %1 rows and %2 columns")
                    .arg(MaxRows)
                    .arg(MaxColumns));
        return;
    }
    lxw_error e = text.isEmpty()
                      ? worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(column), d->style(style))
                      : worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(column),
                                               cellText(text).constData(), d->style(style));
    if (e != LXW_NO_ERROR) d->fail(QString::fromUtf8(lxw_strerror(e)));
}

void XlsxWorkbookWriter::writeNumber(int sheet, int row, int column, double value, int style) {
    lxw_worksheet *ws = d->sheet(sheet);
    if (!ws) return;
    lxw_error e = worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(column), value, d->style(style));
    if (e != LXW_NO_ERROR) d->fail(QString::fromUtf8(lxw_strerror(e)));
}

void XlsxWorkbookWriter::endRow(int sheet) {
    if (sheet >= 0 && sheet < d->nextRow.size()) ++d->nextRow[sheet];
}

void XlsxWorkbookWriter::setColumnWidth(int sheet, int firstColumn, int lastColumn, double width, int style) {
    if (lxw_worksheet *ws = d->sheet(sheet))
        worksheet_set_column(ws, lxw_col_t(firstColumn), lxw_col_t(lastColumn), width, d->style(style));
}

void XlsxWorkbookWriter::freezePanes(int sheet, int rows, int columns) {
    if (lxw_worksheet *ws = d->sheet(sheet)) worksheet_freeze_panes(ws, lxw_row_t(rows), lxw_col_t(columns));
}

void XlsxWorkbookWriter::autoFilter(int sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {
    if (lxw_worksheet *ws = d->sheet(sheet))
        worksheet_autofilter(ws, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                             lxw_col_t(lastColumn));
}

void XlsxWorkbookWriter::hideSheet(int sheet) {
    if (lxw_worksheet *ws = d->sheet(sheet)) worksheet_hide(ws);
}

void XlsxWorkbookWriter::dropDown(int sheet, int firstRow, int lastRow, int column, const QStringList &list,
                                  const QString &rangeFormula, const QString &title,
                                  const QString &errorMessage) {
    lxw_worksheet *ws = d->sheet(sheet);
    if (!ws) return;
    lxw_data_validation v{};
    // Excel keeps an inline list as one string "a,b,c" of at most 255 characters, no commas inside;
    // libxlsxwriter 1.1 copies it into a buffer of 255 *bytes* (it overflows on longer UTF-8), so
    // the limit is taken in bytes, quotes included.
    const QByteArray joined = list.join(u',').toUtf8();
    bool inlineList = !list.isEmpty() && joined.size() + 2 < 255;
    for (const QString &s : list)
        inlineList = inlineList && !s.contains(u',') && !s.contains(u'"');
    std::vector<QByteArray> items;
    std::vector<char *> pointers;
    QByteArray formula;
    if (inlineList) {
        v.validate = LXW_VALIDATION_TYPE_LIST;
        for (const QString &s : list)
            items.push_back(s.toUtf8());
        for (QByteArray &b : items)
            pointers.push_back(b.data());
        pointers.push_back(nullptr);
        v.value_list = pointers.data();
    } else if (!rangeFormula.isEmpty()) {
        v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        formula = rangeFormula.toUtf8();
        v.value_formula = formula.data();
    } else {
        return;
    }
    QByteArray errorTitle = limited(title, 32);
    QByteArray errorText = limited(errorMessage, 255);
    v.show_input = LXW_VALIDATION_OFF;
    v.error_title = errorTitle.data();
    v.error_message = errorText.data();
    lxw_error e = worksheet_data_validation_range(ws, lxw_row_t(firstRow), lxw_col_t(column),
                                                  lxw_row_t(lastRow), lxw_col_t(column), &v);
    if (e != LXW_NO_ERROR) d->fail(QString::fromUtf8(lxw_strerror(e)));
}

bool XlsxWorkbookWriter::close() {
    if (!d->workbook || d->closed) return ok();
    d->closed = true;
    const lxw_error e = workbook_close(d->workbook); // frees the workbook whatever the result
    d->workbook = nullptr;
    if (e != LXW_NO_ERROR)
        d->fail(tr("cannot write '%1': %2")
                    .arg(QDir::toNativeSeparators(d->path), QString::fromUtf8(lxw_strerror(e))));
    if (!ok()) {
        QFile::remove(d->partPath);
        return false;
    }
    QFile::remove(d->path);
    if (!QFile::rename(d->partPath, d->path)) {
        d->fail(tr("cannot write '%1'").arg(QDir::toNativeSeparators(d->path)));
        QFile::remove(d->partPath);
        return false;
    }
    return true;
}

QString sheetRange(const QString &sheet, int column, int firstRow, int lastRow) {
    QString quoted = sheet;
    quoted.replace(u'\'', QStringLiteral("''"));
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return QStringLiteral("'%1'!$%2$%3:$%2$%4").arg(quoted, letters).arg(firstRow + 1).arg(lastRow + 1);
}

} // namespace eligicheck
