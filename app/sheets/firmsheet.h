#pragma once

#include "diagnostics.h"
#include "firmexchange.h"
#include "sheet.h"

#include <QCoreApplication>

namespace eligicheck {

class FactRegistry;

// Client firms from a spreadsheet (.csv or .xlsx): a header row, then one row per firm — or one
// row per firm and 财务年度, for several years of figures. Columns, headed in Chinese or English:
//   企业名称 / name (required), 统一社会信用代码 / credit_code, 地区 / region, 备注 / notes,
//   评估基准日 / as_of, 财务年度 / fiscal_year (for the yearly facts of the row; default: the year
//   before as_of, else before today), and one column per fact, headed by its id or its Chinese or
//   English label, with or without the unit in brackets ("主营业务收入（亿元）": a bare number in
//   that column is in 亿元). Values are written as in answers files.
// An empty cell is "not known" and changes nothing. Every bad cell is reported with the file,
// the row as the spreadsheet numbers it (header = row 1), the column's header and letter, the
// value and what is allowed; then nothing is returned.
class FirmSheet {
    Q_DECLARE_TR_FUNCTIONS(FirmSheet)
public:
    explicit FirmSheet(const FactRegistry &facts);

    static bool isSpreadsheet(const QString &path); // .csv, .tsv, .txt or .xlsx
    // What a header means, as compared: case, spaces, underscores and full-width forms ignored.
    static QString headerKey(const QString &header);
    static bool isWorkbook(const QString &path);    // .xlsx: has sheets to choose from
    // The worksheet itself (the first of a workbook, or `sheetName`; a CSV file's only one).
    static std::optional<Sheet> readSheet(const QString &path, const QString &sheetName, SheetError *error);
    // Reads the file (the first worksheet of a workbook, or `sheetName`) into firm records.
    std::optional<QVector<FirmRecord>> read(const QString &path, const QString &sheetName,
                                            Diagnostics *diags) const;
    std::optional<QVector<FirmRecord>> records(const QString &path, const Sheet &sheet,
                                               Diagnostics *diags) const;

private:
    const FactRegistry &m_facts;
};

} // namespace eligicheck
