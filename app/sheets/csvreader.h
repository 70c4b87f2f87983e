#pragma once

#include "sheet.h"

#include <QByteArray>

namespace eligicheck {

// Reads a CSV file as Excel and WPS on Chinese Windows write it, or as any program writes it:
// - encoding: UTF-8 with or without a BOM, UTF-16 with a BOM (Excel's "Unicode text"), else
//   GB18030 (which includes GBK and GB2312, the default "ANSI" code page of Chinese Windows);
// - separator: comma, semicolon or tab, whichever the header row uses most (outside quotes);
// - quoted fields with doubled quotes and line breaks inside (one row, as the spreadsheet shows it);
// - the formula guard of CsvWriter: a field that is an apostrophe followed by what would start a
//   formula ('=… '+… '-… '@…, apostrophe and tab, CR or LF, or more apostrophes before them) loses
//   that one apostrophe, so a file we exported reads back as it was.
class CsvReader {
public:
    // `text` without the apostrophe CsvWriter::guardFormula put in front (unchanged otherwise).
    static QString unguardFormula(const QString &text);

    static std::optional<Sheet> read(const QString &path, SheetError *error);
    static std::optional<Sheet> parse(const QByteArray &bytes, SheetError *error);

    // The text of `bytes` in the encoding detected as above; nullopt if GB18030 cannot be decoded.
    static std::optional<QString> decode(const QByteArray &bytes, QString *encoding = nullptr);
};

} // namespace eligicheck
