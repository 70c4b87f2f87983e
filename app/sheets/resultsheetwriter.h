#pragma once

#include "firmmatcher.h"
#include "templatebuilder.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

namespace eligicheck {

class CsvWriter;
class XlsxWorkbookWriter;

// The results of match-all as a workbook for the consultant, written firm by firm in constant
// memory (libxlsxwriter's constant_memory: each sheet keeps only its current row):
//   1 结果 / Results — a row per firm, a column per programme, the verdict in words in each cell,
//     coloured (green eligible, yellow needs review, blue undetermined, red not eligible); empty
//     where the programme does not concern the firm (region, applicant type, not in force);
//   2 待补充信息 / Missing answers — per firm, the unanswered questions that would decide the most
//     programmes (at most five per firm, the most deciding first);
//   3 支持金额 / Support amounts — per firm and programme that may be granted, each amount in 万元.
// As CSV (UTF-8 with BOM): one line per firm and programme that concerns it, with the verdict,
// the missing answers and the amounts — the same facts in one table.
class ResultSheetWriter {
    Q_DECLARE_TR_FUNCTIONS(ResultSheetWriter)
public:
    enum class Format { Xlsx, Csv };
    static constexpr int MissingPerFirm = 5;

    ResultSheetWriter(const QString &path, Format format, const RuleLibrary &library, const QDate &asOf,
                      Lang lang);
    ~ResultSheetWriter();

    void addFirm(const FirmMatch &match);
    // Writes the file (it appears only now); false with a message if it could not be written.
    bool finish(QString *error);

private:
    void addFirmXlsx(const FirmMatch &match);
    void addFirmCsv(const FirmMatch &match);
    QString factLabels(const QVector<int> &factSlots) const;
    bool rowFits(int sheet);

    Format m_format;
    const RuleLibrary &m_library;
    QDate m_asOf;
    Lang m_lang;
    FactHeaders m_headers;
    QVector<ProgrammeRef> m_programmes;
    QHash<const Programme *, int> m_column;
    std::unique_ptr<XlsxWorkbookWriter> m_book;
    std::unique_ptr<CsvWriter> m_csv;
    int m_results = -1, m_missing = -1, m_amounts = -1;
    int m_verdictStyle[6] = {-1, -1, -1, -1, -1, -1};
    int m_wrapStyle = -1, m_amountStyle = -1;
    QVector<bool> m_truncated; // per sheet: Excel's row limit reached, a note was written
};

} // namespace eligicheck
