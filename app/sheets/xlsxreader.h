#pragma once

#include "sheet.h"

#include <QDate>
#include <QStringList>

namespace eligicheck {

// Reads one worksheet of an .xlsx workbook (Office Open XML, as Excel, WPS and LibreOffice write
// it) through minizip (ZipReader) and QXmlStreamReader: shared and inline strings, numbers, booleans, formula
// results, and dates — numbers whose cell format is a date, as Excel serial days (1900 or 1904
// date system) — become the texts of sheet.h.
class XlsxReader {
public:
    // `sheetName` empty: the first worksheet.
    static std::optional<Sheet> read(const QString &path, const QString &sheetName, SheetError *error);
    // The names of the worksheets, in the workbook's order.
    static std::optional<QStringList> sheetNames(const QString &path, SheetError *error);
};

// Excel keeps numbers as binary doubles and shows at most 15 significant digits; a stored value
// such as 5000.000000000001 is the artefact of a formula, not a figure anyone typed. The text is
// the number as Excel shows it: rounded to 15 significant digits, exact decimal, no exponent.
QString excelNumberText(const QString &stored, bool *ok);

// Days since 1899-12-30 (1900 system, Excel's 1900-02-29 included) or 1904-01-01 → the date.
std::optional<QDate> excelSerialDate(const QString &stored, bool date1904);

} // namespace eligicheck
