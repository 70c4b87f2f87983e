#include "firmsheetexporter.h"

#include "csvwriter.h"
#include "firmexchange.h"
#include "firmrepository.h"
#include "templatebuilder.h"
#include "xlsxworkbookwriter.h"

#include <QSet>
#include <map>
#include <memory>

namespace eligicheck {

FirmSheetExporter::FirmSheetExporter(Database &db, const FactRegistry &facts, Lang lang)
    : m_db(db)
    , m_facts(facts)
    , m_lang(lang) {}

int FirmSheetExporter::write(const QString &path, Format format, const QVector<qint64> &firmIds,
                             QString *error) const {
    FirmRepository repo(m_db);
    QVector<Firm> firms;
    if (firmIds.isEmpty()) {
        Result<QVector<Firm>> all = repo.firms();
        if (!all.ok()) return *error = all.error().message, -1;
        firms = *all;
    } else {
        for (qint64 id : firmIds) {
            Result<Firm> f = repo.firm(id);
            if (!f.ok()) return *error = f.error().message, -1;
            firms.append(*f);
        }
    }
    // First pass: which facts have answers (the columns); only the ids are kept.
    QSet<QString> answered;
    for (const Firm &firm : firms) {
        Result<QVector<StoredAnswer>> answers = repo.answers(firm.id);
        if (!answers.ok()) return *error = answers.error().message, -1;
        for (const StoredAnswer &a : *answers)
            answered.insert(a.factId);
    }
    QVector<const FactDefinition *> columns;
    QHash<QString, int> columnOf;
    for (int slot = 0; slot < m_facts.size(); ++slot) {
        const FactDefinition &f = m_facts.at(slot);
        if (f.builtin || !answered.contains(f.id)) continue;
        columnOf.insert(f.id, int(columns.size()));
        columns.append(&f);
    }
    QStringList header;
    for (FirmField f :
         {FirmField::Name, FirmField::CreditCode, FirmField::Region, FirmField::Notes, FirmField::FiscalYear})
        header << firmFieldHeader(f, m_lang);
    const int fixed = int(header.size());
    const FactHeaders factHeaders(m_facts, m_lang);
    for (const FactDefinition *f : columns)
        header << factHeaders(*f);

    std::unique_ptr<XlsxWorkbookWriter> book;
    std::unique_ptr<CsvWriter> csv;
    int sheet = -1;
    if (format == Format::Xlsx) {
        book = std::make_unique<XlsxWorkbookWriter>(path, true);
        sheet = book->addSheet(tr("Firms"));
        const int bold = book->addStyle({true, true, 0xDDEBF7, 0, {}});
        book->setColumnWidth(sheet, 0, 0, 30);
        book->setColumnWidth(sheet, 1, 1, 22);
        book->setColumnWidth(sheet, 2, int(header.size()) - 1, 16);
        book->freezePanes(sheet, 1, 1);
        book->writeRow(sheet, header, bold);
    } else {
        csv = std::make_unique<CsvWriter>(path);
        csv->writeRow(header);
    }
    // Second pass: a row per firm and fiscal year.
    for (const Firm &firm : firms) {
        Result<QVector<StoredAnswer>> answers = repo.answers(firm.id);
        if (!answers.ok()) return *error = answers.error().message, -1;
        std::map<int, QStringList, std::greater<int>> rows; // fiscal year (latest first; 0 = none) → cells
        auto rowFor = [&](int year) -> QStringList & {
            auto it = rows.find(year);
            if (it == rows.end()) it = rows.emplace(year, QStringList(header.size(), QString())).first;
            return it->second;
        };
        QVector<const StoredAnswer *> timeless;
        for (const StoredAnswer &a : *answers) {
            const int column = columnOf.value(a.factId, -1);
            if (column < 0) continue;
            if (a.fiscalYear == 0)
                timeless.append(&a);
            else
                rowFor(a.fiscalYear)[fixed + column] = FirmExchange::answerText(a, m_facts.find(a.factId));
        }
        QStringList &first = rows.empty() ? rowFor(0) : rows.begin()->second;
        for (const StoredAnswer *a : timeless)
            first[fixed + columnOf.value(a->factId)] = FirmExchange::answerText(*a, m_facts.find(a->factId));
        first[0] = firm.name;
        first[1] = firm.creditCode;
        first[2] = firm.region;
        first[3] = firm.notes;
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            it->second[0] = firm.name;
            if (it->first != 0) it->second[4] = QString::number(it->first);
            if (book)
                book->writeRow(sheet, it->second);
            else
                csv->writeRow(it->second);
        }
    }
    const bool ok = book ? book->close() : csv->close();
    if (!ok) return *error = book ? book->errorString() : csv->errorString(), -1;
    return int(firms.size());
}

} // namespace eligicheck
