#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace eligicheck {

// Writes an .xlsx workbook with libxlsxwriter: worksheets filled row by row, cell styles, column
// widths, frozen header rows, drop-down lists. With `constantMemory` every worksheet keeps only
// its current row in memory (rows must then be written in order, each sheet on its own), so a
// workbook of 100,000 firms costs what one row costs; strings are then written inline.
// The file appears under its name only when close() succeeds (written beside it, then renamed):
// a failed or abandoned export never leaves half a workbook in place of a good one.
class XlsxWorkbookWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbookWriter)
public:
    struct Style {
        bool bold = false;
        bool wrap = false;
        quint32 background = 0; // 0xRRGGBB; 0 = none
        quint32 color = 0;      // font colour, 0xRRGGBB; 0 = automatic
        QString numberFormat;   // e.g. "#,##0.00"
    };

    XlsxWorkbookWriter(const QString &path, bool constantMemory);
    ~XlsxWorkbookWriter();
    XlsxWorkbookWriter(const XlsxWorkbookWriter &) = delete;
    XlsxWorkbookWriter &operator=(const XlsxWorkbookWriter &) = delete;

    bool ok() const;
    QString errorString() const;

    // A worksheet (names are cut to Excel's 31 characters); returns its index.
    int addSheet(const QString &name);
    // A style for cells; returns its index for the write functions (-1 = default style).
    int addStyle(const Style &style);

    // The next row of `sheet` (row numbers start at 0 and are kept per sheet).
    int nextRow(int sheet) const;
    // Writes `cells` as the next row of `sheet`; `styles` parallel to `cells` (missing = `style`).
    void writeRow(int sheet, const QStringList &cells, int style = -1, const QVector<int> &styles = {});
    void writeText(int sheet, int row, int column, const QString &text, int style = -1);
    void writeNumber(int sheet, int row, int column, double value, int style = -1);
    // Moves on to the next row after writeText/writeNumber on the current one.
    void endRow(int sheet);

    void setColumnWidth(int sheet, int firstColumn, int lastColumn, double width, int style = -1);
    void freezePanes(int sheet, int rows, int columns);
    void autoFilter(int sheet, int firstRow, int firstColumn, int lastRow, int lastColumn);
    void hideSheet(int sheet);
    // A drop-down list on rows firstRow..lastRow of `column`: the values of `list` if they fit in
    // Excel's 255 characters, else `rangeFormula` (e.g. "=选项!$A$1:$A$40"). Other values are refused
    // with `errorMessage`.
    void dropDown(int sheet, int firstRow, int lastRow, int column, const QStringList &list,
                  const QString &rangeFormula, const QString &title, const QString &errorMessage);

    // Writes the file; false (and errorString()) if it could not be written.
    bool close();

    // Excel's limits.
    static constexpr int MaxRows = 1048576;
    static constexpr int MaxColumns = 16384;
    static constexpr int MaxCellChars = 32767;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// 'Sheet name'!$A$1:$A$n — a quoted absolute range for formulas.
QString sheetRange(const QString &sheet, int column, int firstRow, int lastRow);

} // namespace eligicheck
