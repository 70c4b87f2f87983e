#pragma once

#include <QString>
#include <QVector>
#include <optional>

namespace eligicheck {

// One worksheet as its user sees it: rows of cell texts, numbered as the spreadsheet program
// numbers them (the header is row 1). Cell texts are what an answers file would carry:
// numbers as exact decimal text, dates as YYYY-MM-DD, booleans as 是/否, empty cells as "".
struct SheetRow {
    int number = 0;         // 1-based row number shown by Excel, WPS or LibreOffice
    QVector<QString> cells; // by column, A = 0; trailing empty cells may be missing
    QString cell(int column) const { return column < cells.size() ? cells[column] : QString(); }
    bool isEmpty() const;
};

struct Sheet {
    QString name; // the worksheet's name ("" for CSV)
    QVector<SheetRow> rows;
};

// What went wrong reading a spreadsheet file as a whole (not a cell's value).
struct SheetError {
    QString message;
};

// "A", "B", … "Z", "AA": the column letters people see.
QString columnLetters(int column);

// Inputs larger than this are refused before they are read whole (a CSV file, or one part of an
// .xlsx once inflated).
constexpr qint64 MaxSheetBytes = 64LL * 1024 * 1024;

} // namespace eligicheck
