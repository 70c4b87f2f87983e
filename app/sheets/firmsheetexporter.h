#pragma once

#include "database.h"
#include "facts.h"
#include "text.h"

#include <QCoreApplication>

namespace eligicheck {

// The firms of the database and their answers as a spreadsheet that FirmSheet imports back
// unchanged: 企业名称, 统一社会信用代码, 地区, 备注, 财务年度 and one column per fact any firm has
// answered (headed as in the blank questionnaire, with the unit), each answer as it was typed.
// A firm with figures for several fiscal years gets a row per year, the latest first; answers
// that are not yearly stand in its first row. Written firm by firm: .xlsx in libxlsxwriter's
// constant memory, CSV (UTF-8 with BOM) line by line.
class FirmSheetExporter {
    Q_DECLARE_TR_FUNCTIONS(FirmSheetExporter)
public:
    enum class Format { Xlsx, Csv };
    FirmSheetExporter(Database &db, const FactRegistry &facts, Lang lang);
    // `firmIds` empty: every firm. Returns the number of firms written, or -1 with `error`.
    int write(const QString &path, Format format, const QVector<qint64> &firmIds, QString *error) const;

private:
    Database &m_db;
    const FactRegistry &m_facts;
    Lang m_lang;
};

} // namespace eligicheck
