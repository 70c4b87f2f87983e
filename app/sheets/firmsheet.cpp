#include "firmsheet.h"

#include "answers.h"
#include "creditcode.h"
#include "csvreader.h"
#include "facts.h"
#include "firmrepository.h"
#include "xlsxreader.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace eligicheck {

namespace {

enum class ColumnKind { Name, CreditCode, Region, Notes, AsOf, FiscalYear, Fact };

struct Column {
    ColumnKind kind = ColumnKind::Fact;
    const FactDefinition *fact = nullptr;
    QString unit; // the unit in the header's brackets, applied to bare numbers ("" = the fact's own)
    QString header;
    int index = 0;
};

// "主营业务收入 （万元）" → key "主营业务收入", unit "万元". Keys ignore case, spaces and
// full-width forms, so "Main business revenue" and "main_business_revenue" both match.
QString keyOf(const QString &label) {
    QString k = normalizeFullWidth(label).toLower();
    k.remove(QRegularExpression(QStringLiteral("[\\s_]")));
    return k;
}

std::pair<QString, QString> splitUnit(const QString &header) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(.*?)\s*[（(\[【]\s*([^）)\]】]*?)\s*[）)\]】]\s*$)"));
    const QRegularExpressionMatch m = re.match(normalizeFullWidth(header).trimmed());
    if (m.hasMatch() && !m.captured(1).isEmpty()) return {m.captured(1), m.captured(2)};
    return {header.trimmed(), QString()};
}

const QStringList kMoneyUnits = {QStringLiteral("元"), QStringLiteral("万元"), QStringLiteral("亿元")};

bool looksLikeBareNumber(const QString &text) {
    static const QRegularExpression re(QStringLiteral(R"(^[+-]?[0-9][0-9,]*(\.[0-9]+)?$)"));
    return re.match(normalizeFullWidth(text).trimmed()).hasMatch();
}

} // namespace

FirmSheet::FirmSheet(const FactRegistry &facts)
    : m_facts(facts) {}

bool FirmSheet::isSpreadsheet(const QString &path) {
    const QString s = QFileInfo(path).suffix().toLower();
    return s == QLatin1String("csv") || s == QLatin1String("tsv") || s == QLatin1String("txt") ||
           s == QLatin1String("xlsx");
}

QString FirmSheet::headerKey(const QString &header) {
    return keyOf(header);
}

bool FirmSheet::isWorkbook(const QString &path) {
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

std::optional<Sheet> FirmSheet::readSheet(const QString &path, const QString &sheetName, SheetError *error) {
    return isWorkbook(path) ? XlsxReader::read(path, sheetName, error) : CsvReader::read(path, error);
}

std::optional<QVector<FirmRecord>> FirmSheet::read(const QString &path, const QString &sheetName,
                                                   Diagnostics *diags) const {
    SheetError error;
    const std::optional<Sheet> sheet = readSheet(path, sheetName, &error);
    if (!sheet) {
        diags->append({Diagnostic::Error, path, 0, 0, error.message});
        return std::nullopt;
    }
    return records(path, *sheet, diags);
}

std::optional<QVector<FirmRecord>> FirmSheet::records(const QString &path, const Sheet &sheet,
                                                      Diagnostics *diags) const {
    const qsizetype before = diags->size();
    auto error = [&](int row, int column, const QString &message) {
        diags->append({Diagnostic::Error, path, row, column + 1, message});
    };
    const int headerIndex = [&] {
        for (int i = 0; i < sheet.rows.size(); ++i)
            if (!sheet.rows[i].isEmpty()) return i;
        return -1;
    }();
    if (headerIndex < 0) {
        diags->append(
            {Diagnostic::Error, path, 0, 0, tr("the sheet is empty: expected a header row with 企业名称")});
        return std::nullopt;
    }
    const SheetRow &header = sheet.rows[headerIndex];

    // The header: every column is a firm field or a fact, named once.
    QHash<QString, ColumnKind> fields;
    for (const QString &n : {QStringLiteral("企业名称"), QStringLiteral("name"), QStringLiteral("企业"),
                             QStringLiteral("单位名称"), QStringLiteral("firm"), QStringLiteral("firm name")})
        fields.insert(keyOf(n), ColumnKind::Name);
    for (const QString &n : {QStringLiteral("统一社会信用代码"), QStringLiteral("credit_code"),
                             QStringLiteral("信用代码"), QStringLiteral("credit code")})
        fields.insert(keyOf(n), ColumnKind::CreditCode);
    for (const QString &n : {QStringLiteral("地区"), QStringLiteral("region")})
        fields.insert(keyOf(n), ColumnKind::Region);
    for (const QString &n : {QStringLiteral("备注"), QStringLiteral("notes")})
        fields.insert(keyOf(n), ColumnKind::Notes);
    for (const QString &n :
         {QStringLiteral("评估基准日"), QStringLiteral("as_of"), QStringLiteral("assessment date")})
        fields.insert(keyOf(n), ColumnKind::AsOf);
    for (const QString &n :
         {QStringLiteral("财务年度"), QStringLiteral("fiscal_year"), QStringLiteral("fiscal year")})
        fields.insert(keyOf(n), ColumnKind::FiscalYear);
    QHash<QString, const FactDefinition *> factByKey;
    QStringList knownHeaders = {QStringLiteral("企业名称"),   QStringLiteral("统一社会信用代码"),
                                QStringLiteral("地区"),       QStringLiteral("备注"),
                                QStringLiteral("评估基准日"), QStringLiteral("财务年度")};
    for (int slot = 0; slot < m_facts.size(); ++slot) {
        const FactDefinition &f = m_facts.at(slot);
        if (f.builtin) continue;
        for (const QString &name : {f.id, f.label.zh, f.label.en})
            if (!name.isEmpty()) factByKey.insert(keyOf(name), &f);
        knownHeaders << f.id << f.label.zh;
    }

    QVector<Column> columns;
    QHash<QString, int> seen; // what a column means → its index, for "named twice"
    for (int c = 0; c < header.cells.size(); ++c) {
        const QString text = header.cells[c].trimmed();
        if (text.isEmpty()) continue; // an unlabelled column must then be empty (checked below)
        // The whole header first (a label may end in brackets of its own), then without the unit.
        auto [label, unit] = splitUnit(text);
        if (fields.contains(keyOf(text)) || factByKey.contains(keyOf(text))) label = text, unit.clear();
        Column col;
        col.header = text;
        col.index = c;
        const QString key = keyOf(label);
        if (fields.contains(key) && unit.isEmpty()) {
            col.kind = fields.value(key);
        } else if (const FactDefinition *f = factByKey.value(key)) {
            col.fact = f;
            if (!unit.isEmpty() && unit != f->unit) {
                if (f->unit == QStringLiteral("万元") && kMoneyUnits.contains(unit)) {
                    col.unit = unit;
                } else {
                    error(header.number, c,
                          tr("column '%1': '%2' is not a unit of %3 (its unit is %4)")
                              .arg(text, unit, f->label.zh, f->unit.isEmpty() ? tr("none") : f->unit));
                    continue;
                }
            }
        } else {
            const QStringList near = closestMatches(label, knownHeaders);
            error(header.number, c,
                  tr("unknown column '%1'%2")
                      .arg(text, near.isEmpty()
                                     ? QString()
                                     : tr(" (did you mean %1?)").arg(near.join(QStringLiteral(", ")))));
            continue;
        }
        const QString meaning = col.fact ? col.fact->id : QString::number(int(col.kind));
        if (seen.contains(meaning)) {
            error(header.number, c,
                  tr("column '%1' says the same as column %2 ('%3')")
                      .arg(text, columnLetters(seen.value(meaning)), header.cells[seen.value(meaning)]));
            continue;
        }
        seen.insert(meaning, c);
        columns.append(col);
    }
    if (!seen.contains(QString::number(int(ColumnKind::Name))))
        error(header.number, 0, tr("no 企业名称 (name) column: every row must name its firm"));
    if (diags->size() > before) return std::nullopt;

    // The rows. Several rows may name one firm (one per 财务年度); they are merged in order.
    QVector<FirmRecord> records;
    QHash<QString, int> recordByName;
    for (int i = headerIndex + 1; i < sheet.rows.size(); ++i) {
        const SheetRow &row = sheet.rows[i];
        if (row.isEmpty()) continue;
        for (int c = 0; c < row.cells.size(); ++c)
            if (!row.cells[c].trimmed().isEmpty() &&
                (c >= header.cells.size() || header.cells[c].trimmed().isEmpty()))
                error(row.number, c,
                      tr("cell %1%2 has a value but its column has no header")
                          .arg(columnLetters(c))
                          .arg(row.number));
        auto cellError = [&](const Column &col, const QString &message) {
            // One multi-argument arg(): the cell reference ends in digits ("F37"), which a later
            // arg() would read as part of a %-marker.
            error(row.number, col.index,
                  tr("row %1, column '%2' (%3): %4")
                      .arg(QString::number(row.number), col.header,
                           columnLetters(col.index) + QString::number(row.number), message));
        };
        FirmRecord rec;
        QDate asOf = QDate::currentDate();
        int fiscalYear = 0;
        for (const Column &col : columns) {
            const QString value = row.cell(col.index).trimmed();
            if (value.isEmpty() || col.kind == ColumnKind::Fact) continue;
            switch (col.kind) {
            case ColumnKind::Name:
                rec.firm.name = value;
                break;
            case ColumnKind::CreditCode: {
                rec.firm.creditCode = CreditCode::normalize(value);
                const QString problem = CreditCode::validate(rec.firm.creditCode);
                if (!problem.isEmpty()) cellError(col, problem); // the problem quotes the code
                break;
            }
            case ColumnKind::Region:
                rec.firm.region = value, rec.hasRegion = true;
                break;
            case ColumnKind::Notes:
                rec.firm.notes = value, rec.hasNotes = true;
                break;
            case ColumnKind::AsOf: {
                const QDate d = QDate::fromString(normalizeFullWidth(value), Qt::ISODate);
                if (!d.isValid())
                    cellError(col, tr("'%1' is not a date (expected YYYY-MM-DD, e.g. 2025-06-01)")
                                       .arg(elideForMessage(value)));
                else
                    asOf = d;
                break;
            }
            case ColumnKind::FiscalYear: {
                bool ok = false;
                const int y = normalizeFullWidth(value).remove(u'年').toInt(&ok);
                if (!ok || y < 1900 || y > 9999)
                    cellError(col, tr("'%1' is not a year (e.g. 2024)").arg(elideForMessage(value)));
                else
                    fiscalYear = y;
                break;
            }
            case ColumnKind::Fact:
                break;
            }
        }
        if (fiscalYear == 0) fiscalYear = FirmRepository::fiscalYearFor(asOf);
        if (rec.firm.name.isEmpty()) {
            error(row.number, 0, tr("row %1 has no 企业名称 (name)").arg(row.number));
            continue;
        }
        for (const Column &col : columns) {
            if (col.kind != ColumnKind::Fact) continue;
            const QString raw = row.cell(col.index).trimmed();
            if (raw.isEmpty()) continue; // not known: changes nothing
            const QString text = !col.unit.isEmpty() && looksLikeBareNumber(raw) ? raw + col.unit : raw;
            QString why;
            const std::optional<Value> v = parseFactValue(*col.fact, text, &why);
            if (!v) {
                cellError(col, why);
                continue;
            }
            AnswerInput a;
            a.factId = col.fact->id;
            a.fiscalYear = col.fact->yearly ? fiscalYear : 0;
            a.value = *v;
            a.entered = text; // with the header's unit: what the number meant
            rec.answers.append(a);
        }
        // Merge with an earlier row of the same firm.
        const auto found = recordByName.constFind(rec.firm.name);
        if (found == recordByName.cend()) {
            recordByName.insert(rec.firm.name, int(records.size()));
            records.append(rec);
            continue;
        }
        FirmRecord &into = records[*found];
        auto sameOrError = [&](const QString &field, const QString &mine, QString &theirs, bool has) {
            if (!has || mine.isEmpty()) return;
            if (theirs.isEmpty())
                theirs = mine;
            else if (theirs != mine)
                error(row.number, 0,
                      tr("row %1 gives %2 of '%3' as '%4', an earlier row as '%5'")
                          .arg(row.number)
                          .arg(field, rec.firm.name, mine, theirs));
        };
        sameOrError(tr("the credit code"), rec.firm.creditCode, into.firm.creditCode, true);
        sameOrError(tr("the region"), rec.firm.region, into.firm.region, rec.hasRegion);
        sameOrError(tr("the notes"), rec.firm.notes, into.firm.notes, rec.hasNotes);
        into.hasRegion |= rec.hasRegion;
        into.hasNotes |= rec.hasNotes;
        for (const AnswerInput &a : rec.answers) {
            auto same = std::find_if(into.answers.begin(), into.answers.end(), [&](const AnswerInput &b) {
                return b.factId == a.factId && b.fiscalYear == a.fiscalYear;
            });
            if (same == into.answers.end())
                into.answers.append(a);
            else if (!(same->value == a.value))
                error(row.number, 0,
                      tr("row %1 gives '%2' of '%3'%4 as '%5', an earlier row as '%6'")
                          .arg(row.number)
                          .arg(m_facts.find(a.factId)->label.zh, rec.firm.name,
                               a.fiscalYear ? tr(" for %1").arg(a.fiscalYear) : QString(), a.entered,
                               same->entered));
        }
    }
    if (diags->size() > before) return std::nullopt;
    return records;
}

} // namespace eligicheck
