// Spreadsheets going out, as a consultant uses them: the blank questionnaire mailed to clients and
// imported back, the firms and their answers exported and imported elsewhere, and match-all's
// results workbook. Every workbook is read back by our own reader AND by LibreOffice.
#include "csvreader.h"
#include "csvwriter.h"
#include "database.h"
#include "explanation.h"
#include "firmexchange.h"
#include "firmmatcher.h"
#include "firmrepository.h"
#include "firmsheet.h"
#include "firmsheetexporter.h"
#include "libreoffice.h"
#include "resultsheetwriter.h"
#include "rulelibrary.h"
#include "templatebuilder.h"
#include "testlibrary.h"
#include "xlsxreader.h"
#include "xlsxworkbookwriter.h"
#include "zipreader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace eligicheck;

namespace {

QString u8(const char *text) {
    return QString::fromUtf8(text);
}
QStringList u8l(std::initializer_list<const char *> texts) {
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

using testlibrary::library;

bool haveLibreOffice() {
    return !QStringLiteral(ELIGICHECK_SOFFICE).isEmpty() &&
           QFileInfo::exists(QStringLiteral(ELIGICHECK_SOFFICE));
}

// One part of an .xlsx (a ZIP of XML files), e.g. "xl/worksheets/sheet1.xml".
QString xlsxPart(const QString &path, const QString &part) {
    ZipReader::Status status;
    return QString::fromUtf8(ZipReader(path).read(part, MaxSheetBytes, &status).value_or(QByteArray()));
}

std::optional<Sheet> readSheet(const QString &path, const QString &name = QString()) {
    SheetError error;
    std::optional<Sheet> s = FirmSheet::readSheet(path, name, &error);
    if (!s) qWarning("%s", qPrintable(error.message));
    return s;
}

// The sheet's rows as plain lists of cells without trailing empty cells, for comparisons.
QVector<QStringList> cellsOf(const Sheet &sheet) {
    QVector<QStringList> out;
    for (const SheetRow &r : sheet.rows) {
        QStringList cells(r.cells.begin(), r.cells.end());
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        if (!cells.isEmpty()) out.append(cells);
    }
    return out;
}

struct Answer {
    QString fact;
    int year = 0;
    QString entered;
};

// The clients of a consultant: Chinese names, a name with a comma and quotes, notes over two
// lines, figures for two fiscal years, a yes/no and a choice answered in words.
void addClients(Database &db) {
    FirmRepository repo(db);
    const FactRegistry &facts = library().facts();
    auto add = [&](Firm firm, const QVector<Answer> &answers) {
        Result<Firm> f = repo.addFirm(firm);
        QVERIFY2(f.ok(), qPrintable(f.error().message));
        QVector<AnswerInput> inputs;
        for (const Answer &a : answers) {
            QString why;
            const std::optional<Value> v = parseFactValue(*facts.find(a.fact), a.entered, &why);
            QVERIFY2(v, qPrintable(why));
            inputs.append({a.fact, a.year, *v, a.entered, AnswerInput::AnyVersion});
        }
        QVERIFY(repo.setAnswers(f->id, inputs, facts).ok());
    };
    add(Firm::named(QStringLiteral("柳州示例制造有限公司"), QStringLiteral("91450200MA5K00001K"),
                    QStringLiteral("柳州"), QStringLiteral("老客户, 联系人：张三\n第二行备注")),
        {{QStringLiteral("main_business_revenue_wan"), 2024, QStringLiteral("0.8亿元")},
         {QStringLiteral("main_business_revenue_wan"), 2023, QStringLiteral("7000")},
         {QStringLiteral("rd_expenditure_wan"), 2024, QStringLiteral("180")},
         {QStringLiteral("is_high_tech_enterprise"), 0, QStringLiteral("是")},
         {QStringLiteral("enterprise_size"), 0, QStringLiteral("中型企业")},
         {QStringLiteral("province"), 0, QStringLiteral("guangxi")}});
    add(Firm::named(QStringLiteral("南宁\"星光\"科技, 有限公司")),
        {{QStringLiteral("is_high_tech_enterprise"), 0, QStringLiteral("否")},
         {QStringLiteral("project_investment_wan"), 0, QStringLiteral("1,250.5")}});
    add(Firm::named(QStringLiteral("Guangxi Demo Ltd.")), {});
}

// firm name → "fact/year=entered (value)" lines, sorted: what a user sees of every answer.
QMap<QString, QStringList> answersByFirm(Database &db) {
    FirmRepository repo(db);
    QMap<QString, QStringList> out;
    const QVector<Firm> firms = *repo.firms();
    for (const Firm &f : firms) {
        QStringList lines;
        const QVector<StoredAnswer> answers = *repo.answers(f.id);
        for (const StoredAnswer &a : answers)
            lines << QStringLiteral("%1/%2=%3 (%4)")
                         .arg(a.factId)
                         .arg(a.fiscalYear)
                         .arg(a.entered, a.value.toPlainString());
        lines.sort();
        out.insert(f.name + u'|' + f.creditCode + u'|' + f.region + u'|' + f.notes, lines);
    }
    return out;
}

// Imports a spreadsheet as `import FILE` does: all or nothing.
int importSheet(Database &db, const QString &path, QString *problems) {
    Diagnostics diags;
    FirmExchange exchange(db, library().facts());
    const auto records = FirmSheet(library().facts()).read(path, QString(), &diags);
    if (records) exchange.checkRecords(path, *records, &diags);
    for (const Diagnostic &d : diags)
        *problems += d.toString() + u'\n';
    if (!records || hasErrors(diags)) return -1;
    const Result<int> n = exchange.import(*records);
    if (!n.ok()) *problems += n.error().message;
    return n.ok() ? *n : -1;
}

QVector<ProgrammeRef> programmes(const QStringList &ids) {
    QString error;
    const auto p = resolveProgrammes(library(), ids, &error);
    if (!p) qFatal("%s", qPrintable(error));
    return *p;
}

} // namespace

class TestSheetWriters : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The blank questionnaire's header is exactly what the importer reads back, in either language,
    // for one programme, one document or the whole library; the explanation sheet names the clause.
    void templateIsReadBack_data() {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("lang");
        QTest::addColumn<QString>("mustHave"); // a header the programmes need
        for (int lang : {int(Lang::Zh), int(Lang::En)}) {
            const char *l = lang == int(Lang::Zh) ? "zh" : "en";
            QTest::addRow("everything, %s", l)
                << QStringList() << lang
                << (lang == int(Lang::Zh) ? QStringLiteral("上年度主营业务收入（万元）")
                                          : QStringLiteral("Main business revenue (previous year) (万元)"));
            QTest::addRow("one document, %s", l)
                << QStringList{QStringLiteral("lz-manufacturing-upgrade-2025")} << lang
                << (lang == int(Lang::Zh) ? QStringLiteral("是否为制造业企业")
                                          : QStringLiteral("Manufacturing enterprise"));
            QTest::addRow("one programme, %s", l)
                << QStringList{QStringLiteral("lz-manufacturing-upgrade-2025/sci-tech-tackling-project")}
                << lang << (lang == int(Lang::Zh) ? QStringLiteral("企业名称") : QStringLiteral("Firm name"));
        }
    }
    void templateIsReadBack() {
        QFETCH(QStringList, ids);
        QFETCH(int, lang);
        QFETCH(QString, mustHave);
        const TemplateBuilder builder(library().facts(), programmes(ids), Lang(lang));
        QVERIFY(!builder.columns().isEmpty());
        const QString file = path(QStringLiteral("template-%1.xlsx")
                                      .arg(QString::fromUtf8(QTest::currentDataTag()))
                                      .replace(u' ', u'_'));
        QString error;
        QVERIFY2(builder.writeXlsx(file, &error), qPrintable(error));

        const std::optional<Sheet> sheet = readSheet(file);
        QVERIFY(sheet);
        QCOMPARE(cellsOf(*sheet).value(0), builder.headers());
        QVERIFY2(builder.headers().contains(mustHave), qPrintable(builder.headers().join(u'|')));
        // The importer accepts every column: a header and one named firm import without a problem.
        Sheet filled = *sheet;
        SheetRow row;
        row.number = 2;
        row.cells = {QStringLiteral("某某有限公司")};
        filled.rows.append(row);
        Diagnostics diags;
        const auto records = FirmSheet(library().facts()).records(file, filled, &diags);
        QVERIFY2(records, diags.isEmpty() ? "" : qPrintable(diags.first().toString()));
        QCOMPARE(records->size(), 1);

        // The explanation sheet: a row per column, each fact with the programme and clause needing it.
        SheetError sheetError;
        const QStringList names = *XlsxReader::sheetNames(file, &sheetError);
        QCOMPARE(names.size(), 3);
        const std::optional<Sheet> notes = readSheet(file, names[1]);
        QVERIFY(notes);
        const QVector<QStringList> noteRows = cellsOf(*notes);
        QCOMPARE(noteRows.size(), 1 + builder.headers().size());
        const FactHeaders headers(library().facts(), Lang(lang));
        for (int i = 0; i < builder.columns().size(); ++i) {
            const TemplateBuilder::Column &col = builder.columns()[i];
            const QStringList &r = noteRows[1 + 5 + i];
            QCOMPARE(r.value(1), headers(*col.fact));
            const TemplateBuilder::Use &use = col.uses.first();
            QVERIFY2(r.value(4).contains(use.programme->title.get(Lang(lang))), qPrintable(r.value(4)));
            QVERIFY2(r.value(4).contains(use.clause), qPrintable(r.value(4)));
        }
    }

    // Yes/no and choice columns carry a drop-down list (Excel's data validation); long choice
    // lists come from the hidden list sheet.
    void templateHasDropDowns() {
        const TemplateBuilder builder(library().facts(), programmes({}), Lang::Zh);
        const QString file = path(QStringLiteral("dropdowns.xlsx"));
        QString error;
        QVERIFY2(builder.writeXlsx(file, &error), qPrintable(error));
        const QString xml = xlsxPart(file, QStringLiteral("xl/worksheets/sheet1.xml"));
        const QStringList headers = builder.headers();
        int booleans = 0, choices = 0;
        for (int i = 0; i < builder.columns().size(); ++i) {
            const FactDefinition &f = *builder.columns()[i].fact;
            const QString letter = columnLetters(5 + i);
            const QString ref = QStringLiteral("sqref=\"") + letter + QStringLiteral("2:") + letter +
                                QString::number(XlsxWorkbookWriter::MaxRows) + u'"';
            if (f.type == FactType::Boolean) {
                ++booleans;
                const int at = int(xml.indexOf(ref));
                QVERIFY2(at > 0, qPrintable(f.id));
                QVERIFY(xml.mid(at, 200).contains(QStringLiteral("<formula1>\"是,否\"</formula1>")));
            } else if (f.type == FactType::Choice) {
                ++choices;
                QVERIFY2(xml.contains(ref), qPrintable(f.id));
            } else {
                QVERIFY2(!xml.contains(ref), qPrintable(f.id));
            }
        }
        QVERIFY(booleans > 5);
        QVERIFY(choices > 1);
        // province: 30-odd choices, too long for an inline list → the list sheet.
        QVERIFY(xml.contains(QStringLiteral("<formula1>'Lists'!$")));
        QVERIFY(
            xlsxPart(file, QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("state=\"hidden\"")));
    }

    // A client fills a few cells of the template (as typed in Excel: words for yes/no and
    // choices, units, full-width digits); the import stores exactly those answers.
    void templateRoundTrip_data() {
        QTest::addColumn<QString>("factId");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("year");       // the 财务年度 cell, 0 = empty
        QTest::addColumn<QString>("stored"); // value as stored
        QTest::addColumn<int>("storedYear");
        QTest::newRow("money in 亿元")
            << u8("main_business_revenue_wan") << u8("0.8亿元") << 2024 << u8("8000") << 2024;
        QTest::newRow("bare number in the header's unit")
            << u8("rd_expenditure_wan") << u8("180") << 2023 << u8("180") << 2023;
        QTest::newRow("full-width digits")
            << u8("project_investment_wan") << u8("１２５０.５") << 0 << u8("1250.5") << 0;
        QTest::newRow("yes from the drop-down")
            << u8("is_high_tech_enterprise") << u8("是") << 0 << u8("true") << 0;
        QTest::newRow("no from the drop-down")
            << u8("is_manufacturing_enterprise") << u8("否") << 0 << u8("false") << 0;
        QTest::newRow("choice by its label")
            << u8("enterprise_size") << u8("中型企业") << 0 << u8("medium") << 0;
    }
    void templateRoundTrip() {
        QFETCH(QString, factId);
        QFETCH(QString, typed);
        QFETCH(int, year);
        QFETCH(QString, stored);
        QFETCH(int, storedYear);
        const TemplateBuilder builder(library().facts(), programmes({}), Lang::Zh);
        const QString file = path(QStringLiteral("roundtrip.xlsx"));
        QString error;
        QVERIFY2(builder.writeXlsx(file, &error), qPrintable(error));
        std::optional<Sheet> sheet = readSheet(file);
        QVERIFY(sheet);
        const QStringList headers = builder.headers();
        int column = -1;
        for (int i = 0; i < builder.columns().size(); ++i)
            if (builder.columns()[i].fact->id == factId) column = 5 + i;
        QVERIFY2(column > 0, "the programmes need this fact");
        SheetRow row;
        row.number = 2;
        row.cells = QVector<QString>(headers.size());
        row.cells[0] = QStringLiteral("柳州填表有限公司");
        row.cells[4] = year ? QString::number(year) : QString();
        row.cells[column] = typed;
        sheet->rows.append(row);

        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("t.db")))).ok());
        Diagnostics diags;
        const auto records = FirmSheet(library().facts()).records(file, *sheet, &diags);
        QVERIFY2(records, diags.isEmpty() ? "" : qPrintable(diags.first().toString()));
        FirmExchange exchange(db, library().facts());
        QVERIFY(exchange.import(*records).ok());
        FirmRepository repo(db);
        const Firm firm = *repo.findFirm(QStringLiteral("柳州填表有限公司"));
        const QVector<StoredAnswer> answers = *repo.answers(firm.id);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].factId, factId);
        QCOMPARE(answers[0].fiscalYear, storedYear ? storedYear : 0);
        QCOMPARE(answers[0].value.toPlainString(), stored);
        QCOMPARE(answers[0].entered, typed);
    }

    // Firms and answers out to .xlsx or CSV and into another database: the same firms, the same
    // answers exactly as typed, in either language of the headers.
    void exportRoundTrip_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("lang");
        QTest::newRow("xlsx, Chinese headers") << int(FirmSheetExporter::Format::Xlsx) << int(Lang::Zh);
        QTest::newRow("xlsx, English headers") << int(FirmSheetExporter::Format::Xlsx) << int(Lang::En);
        QTest::newRow("csv, Chinese headers") << int(FirmSheetExporter::Format::Csv) << int(Lang::Zh);
        QTest::newRow("csv, English headers") << int(FirmSheetExporter::Format::Csv) << int(Lang::En);
    }
    void exportRoundTrip() {
        QFETCH(int, format);
        QFETCH(int, lang);
        QTemporaryDir dir;
        Database a, b;
        QVERIFY(a.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("a.db")))).ok());
        QVERIFY(b.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("b.db")))).ok());
        addClients(a);
        const bool xlsx = format == int(FirmSheetExporter::Format::Xlsx);
        const QString file = dir.filePath(xlsx ? QStringLiteral("firms.xlsx") : QStringLiteral("firms.csv"));
        QString error;
        QCOMPARE(FirmSheetExporter(a, library().facts(), Lang(lang))
                     .write(file, FirmSheetExporter::Format(format), {}, &error),
                 3);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (!xlsx) QVERIFY(QFile(file).open(QIODevice::ReadOnly)); // and starts with the BOM:
        if (!xlsx) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.read(3), QByteArray("\xEF\xBB\xBF"));
        }
        QString problems;
        QCOMPARE(importSheet(b, file, &problems), 3);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(answersByFirm(b), answersByFirm(a));
        // Importing the same file again changes nothing (firms matched, not duplicated).
        QCOMPARE(importSheet(b, file, &problems), 3);
        QCOMPARE(answersByFirm(b), answersByFirm(a));
        if (xlsx && haveLibreOffice()) {
            // LibreOffice reads the same cells.
            const QMap<QString, QByteArray> csvs = libreOfficeCsvs(dir, file);
            QCOMPARE(csvs.size(), 1);
            SheetError e;
            const std::optional<Sheet> lo = CsvReader::parse(csvs.first(), &e);
            QVERIFY(lo);
            QCOMPARE(cellsOf(*lo), cellsOf(*readSheet(file)));
        }
    }

    // The formula guard of CSV files (OWASP "CSV injection"): text a spreadsheet would take for a
    // formula gets an apostrophe in front; plain numbers do not; the reader removes exactly that
    // apostrophe, so every text comes back as it was written.
    void csvFormulaGuard_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written"); // the field in the file, before CSV quoting
        QTest::newRow("HYPERLINK") << u8("=HYPERLINK(\"http://x\",\"y\")")
                                   << u8("'=HYPERLINK(\"http://x\",\"y\")");
        QTest::newRow("@SUM") << u8("@SUM(A1)") << u8("'@SUM(A1)");
        QTest::newRow("=1+1") << u8("=1+1") << u8("'=1+1");
        QTest::newRow("plus formula") << u8("+1+2") << u8("'+1+2");
        QTest::newRow("DDE") << u8("-2+3+cmd|' /C calc'!A0") << u8("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("tab") << u8("\t=1") << u8("'\t=1");
        QTest::newRow("carriage return") << u8("\r=1") << u8("'\r=1");
        QTest::newRow("money with unit") << u8("-120万元") << u8("'-120万元");
        QTest::newRow("dash alone") << u8("-") << u8("'-");
        QTest::newRow("negative number") << u8("-5") << u8("-5");
        QTest::newRow("negative decimal") << u8("-1250.75") << u8("-1250.75");
        QTest::newRow("signed number") << u8("+3") << u8("+3");
        QTest::newRow("exponent") << u8("-1e3") << u8("-1e3");
        QTest::newRow("already guarded") << u8("'=x") << u8("''=x");
        QTest::newRow("apostrophe, no formula") << u8("'abc") << u8("'abc");
        QTest::newRow("equals inside") << u8("a=b") << u8("a=b");
        QTest::newRow("Chinese") << u8("柳州示例制造有限公司") << u8("柳州示例制造有限公司");
        QTest::newRow("empty") << QString() << QString();
    }
    void csvFormulaGuard() {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::guardFormula(text), written);
        QCOMPARE(CsvReader::unguardFormula(written), text);
        // Through a file: written in the middle of a row, read back as it was.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("g.csv"));
        CsvWriter w(file);
        w.writeRow({u8("a"), u8("b"), u8("c")});
        w.writeRow({u8("x"), text, u8("-7")});
        QVERIFY(w.close());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(CsvWriter::field(written)));
        const std::optional<Sheet> sheet = readSheet(file);
        QVERIFY(sheet);
        QCOMPARE(sheet->rows.size(), 2);
        QCOMPARE(sheet->rows[1].cells, (QVector<QString>{u8("x"), text, u8("-7")}));
    }

    // Firms named like formulas, with notes like one, in every spreadsheet we write: the export
    // (CSV and .xlsx) and match-all's results (CSV and .xlsx). LibreOffice opens each file and the
    // cells are the literal text, not computed values (without the guard it computes
    // =HYPERLINK(…) of a CSV file to "y"); the export imports back to the same names.
    void formulaTextStaysText_data() {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<bool>("xlsx");
        for (const char *writer : {"export", "match-all"})
            for (bool xlsx : {false, true})
                QTest::addRow("%s %s", writer, xlsx ? "xlsx" : "csv") << u8(writer) << xlsx;
    }
    void formulaTextStaysText() {
        QFETCH(QString, writer);
        QFETCH(bool, xlsx);
        const QStringList names = {u8("=HYPERLINK(\"http://x\",\"y\")"), u8("@SUM(A1)")};
        const QString notes = u8("+1+2");
        QTemporaryDir dir;
        Database a;
        QVERIFY(a.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("a.db")))).ok());
        {
            FirmRepository repo(a);
            for (const QString &name : names)
                QVERIFY(repo.addFirm(Firm::named(name, QString(), QStringLiteral("柳州"), notes)).ok());
        }
        const QString file = dir.filePath(xlsx ? QStringLiteral("out.xlsx") : QStringLiteral("out.csv"));
        QString error;
        if (writer == QLatin1String("export")) {
            QCOMPARE(FirmSheetExporter(a, library().facts(), Lang::Zh)
                         .write(file, xlsx ? FirmSheetExporter::Format::Xlsx : FirmSheetExporter::Format::Csv,
                                {}, &error),
                     2);
        } else {
            ResultSheetWriter w(file, xlsx ? ResultSheetWriter::Format::Xlsx : ResultSheetWriter::Format::Csv,
                                library(), QDate(2025, 6, 1), Lang::Zh);
            QVERIFY(FirmMatcher(a, library())
                        .run(QDate(2025, 6, 1),
                             [&](const FirmMatch &m) {
                                 w.addFirm(m);
                                 return true;
                             })
                        .ok());
            QVERIFY2(w.finish(&error), qPrintable(error));
        }
        auto firstColumn = [](const Sheet &sheet) {
            QSet<QString> cells;
            for (const SheetRow &r : sheet.rows)
                cells.insert(r.cell(0));
            return cells;
        };
        // Our own reader: the names as they were.
        const std::optional<Sheet> ours = readSheet(file);
        QVERIFY(ours);
        for (const QString &name : names)
            QVERIFY2(firstColumn(*ours).contains(name), qPrintable(name));
        if (xlsx) {
            // Every cell is a string or a number: no formula anywhere in the workbook.
            ZipReader zip(file);
            ZipReader::Status status;
            for (int i = 1; i <= 3; ++i) {
                const QString part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(i);
                const QByteArray xml = zip.read(part, MaxSheetBytes, &status).value_or(QByteArray());
                QVERIFY2(!xml.contains("<f>") && !xml.contains("<f "), qPrintable(part));
            }
        } else {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString raw = QString::fromUtf8(f.readAll());
            for (const QString &name : names)
                QVERIFY2(raw.contains(u'\n' + CsvWriter::field(u'\'' + name) + u','),
                         qPrintable(raw.left(400)));
            if (writer == QLatin1String("export"))
                QVERIFY(raw.contains(u',' + CsvWriter::field(u'\'' + notes)));
        }
        if (writer == QLatin1String("export")) {
            Database b;
            QVERIFY(b.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("b.db")))).ok());
            QString problems;
            QCOMPARE(importSheet(b, file, &problems), 2);
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
            QStringList imported;
            // Held here: a range-for over *firms() would read a destroyed temporary (before C++23).
            const Result<QVector<Firm>> firms = FirmRepository(b).firms();
            QVERIFY(firms.ok());
            for (const Firm &f : *firms) {
                imported << f.name;
                QCOMPARE(f.notes, notes);
            }
            imported.sort();
            QStringList expected = names;
            expected.sort();
            QCOMPARE(imported, expected);
        }

        if (!haveLibreOffice()) QSKIP("soffice not installed: LibreOffice's reading not checked");
        // LibreOffice opens what we wrote: the cells hold the text, not the value of a formula.
        if (!xlsx) {
            // Our CSV opened by LibreOffice (saved as .xlsx): no formula in the sheet, and the cells
            // are text — with the guard apostrophe, which LibreOffice shows as part of the text.
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString workbook = toXlsx(dir, QStringLiteral("lo-in.csv"), f.readAll());
            QVERIFY(!workbook.isEmpty());
            ZipReader zip(workbook);
            ZipReader::Status status;
            const QByteArray xml =
                zip.read(QStringLiteral("xl/worksheets/sheet1.xml"), MaxSheetBytes, &status)
                    .value_or(QByteArray());
            QVERIFY(!xml.isEmpty());
            QVERIFY2(!xml.contains("<f>") && !xml.contains("<f "), xml.left(3000).constData());
            const QString strings = xlsxPart(workbook, QStringLiteral("xl/sharedStrings.xml"));
            for (const QString &name : names)
                QVERIFY2(strings.contains(
                             QString(u'\'' + name).toHtmlEscaped().replace(u'\'', QStringLiteral("&apos;"))),
                         qPrintable(strings.left(600)));
            return;
        }
        // Our workbook converted to CSV by LibreOffice: the literal text, not "y".
        const QMap<QString, QByteArray> csvs = libreOfficeCsvs(dir, file);
        SheetError e;
        const QStringList sheets = XlsxReader::sheetNames(file, &e).value_or(QStringList());
        QVERIFY(!sheets.isEmpty());
        QVERIFY(csvs.contains(sheets.first()));
        const QString loCsv = QString::fromUtf8(csvs.value(sheets.first())); // as written, not unguarded
        for (const QString &name : names)
            QVERIFY2(loCsv.contains(CsvWriter::field(name)), qPrintable(loCsv.left(600)));
        QVERIFY(!loCsv.contains(u8("\ny,")));
    }

    // match-all's workbook: a row per firm, a column per programme with the verdict in words and
    // coloured; the missing answers that decide the most; the support amounts.
    void resultWorkbook_data() {
        QTest::addColumn<int>("lang");
        QTest::newRow("Chinese") << int(Lang::Zh);
        QTest::newRow("English") << int(Lang::En);
    }
    void resultWorkbook() {
        QFETCH(int, lang);
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("r.db")))).ok());
        addClients(db);
        const QDate asOf(2025, 6, 1);
        const QString file = dir.filePath(QStringLiteral("results.xlsx"));
        ResultSheetWriter writer(file, ResultSheetWriter::Format::Xlsx, library(), asOf, Lang(lang));
        QVector<FirmMatch> matches;
        QVERIFY(FirmMatcher(db, library())
                    .run(asOf,
                         [&](const FirmMatch &m) {
                             writer.addFirm(m);
                             matches.append(m);
                             return true;
                         })
                    .ok());
        QVERIFY(!QFile::exists(file)); // nothing in place until it is complete
        QString error;
        QVERIFY2(writer.finish(&error), qPrintable(error));

        const QVector<ProgrammeRef> all = programmes({});
        const std::optional<Sheet> results = readSheet(file);
        QVERIFY(results);
        const QVector<QStringList> rows = cellsOf(*results);
        QCOMPARE(rows.size(), 2 + matches.size());
        QCOMPARE(rows[1].mid(0, 3), (QStringList{firmFieldHeader(FirmField::Name, Lang(lang)),
                                                 firmFieldHeader(FirmField::CreditCode, Lang(lang)),
                                                 firmFieldHeader(FirmField::Region, Lang(lang))}));
        QCOMPARE(rows[1].size(), 5 + all.size());
        QCOMPARE(rows[1].last(), all.last().programme->title.get(Lang(lang)));
        int verdicts = 0;
        for (int f = 0; f < matches.size(); ++f) {
            const QStringList &r = rows[2 + f];
            QCOMPARE(r.value(0), matches[f].firm.name);
            QStringList expected(all.size());
            int eligible = 0;
            for (const FirmMatch::Row &m : matches[f].rows) {
                for (int c = 0; c < all.size(); ++c)
                    if (all[c].programme == m.result.programme)
                        expected[c] = verdictText(m.result.verdict, Lang(lang));
                eligible += m.result.verdict == Verdict::Eligible;
            }
            QCOMPARE(r.value(3), QString::number(eligible));
            QStringList got = r.mid(5);
            while (got.size() < all.size())
                got << QString();
            QCOMPARE(got, expected);
            verdicts += int(matches[f].rows.size());
        }
        QVERIFY(verdicts > 10);
        // The colours, Excel's own: green eligible, yellow needs review, blue undetermined, red not
        // eligible — every verdict shown has its fill in the workbook's styles.
        const QString styles = xlsxPart(file, QStringLiteral("xl/styles.xml"));
        const QHash<Verdict, QString> fills = {{Verdict::Eligible, QStringLiteral("FFC6EFCE")},
                                               {Verdict::NeedsReview, QStringLiteral("FFFFEB9C")},
                                               {Verdict::Undetermined, QStringLiteral("FFDDEBF7")},
                                               {Verdict::NotEligible, QStringLiteral("FFFFC7CE")}};
        int coloured = 0;
        for (const FirmMatch &m : matches)
            for (const FirmMatch::Row &r : m.rows)
                if (fills.contains(r.result.verdict)) {
                    QVERIFY2(styles.contains(
                                 QStringLiteral("<fgColor rgb=\"%1\"/>").arg(fills.value(r.result.verdict))),
                             qPrintable(verdictName(r.result.verdict)));
                    ++coloured;
                }
        QVERIFY(coloured > 0);

        SheetError e;
        const QStringList names = *XlsxReader::sheetNames(file, &e);
        QCOMPARE(names.size(), 3);
        // Missing answers: at most five per firm, the question that decides the most first.
        const QVector<QStringList> missing = cellsOf(*readSheet(file, names[1]));
        QVERIFY(missing.size() > 1);
        for (const FirmMatch &m : matches) {
            QHash<int, int> count;
            for (const FirmMatch::Row &r : m.rows)
                for (int s : r.result.missing)
                    ++count[s];
            int best = 0;
            for (int n : count)
                best = std::max(best, n);
            QVector<QStringList> mine;
            for (const QStringList &r : missing)
                if (r.value(0) == m.firm.name) mine << r;
            QCOMPARE(mine.size(), std::min<int>(ResultSheetWriter::MissingPerFirm, int(count.size())));
            if (!mine.isEmpty()) QCOMPARE(mine.first().value(2), QString::number(best));
        }
        // Support amounts: only programmes that may be granted, amounts in 万元.
        const QVector<QStringList> amounts = cellsOf(*readSheet(file, names[2]));
        QVERIFY(amounts.size() >= 1);
        QCOMPARE(amounts[0].size(), 8);
        for (int i = 1; i < amounts.size(); ++i) {
            QVERIFY(amounts[i].value(2) != verdictText(Verdict::NotEligible, Lang(lang)));
            if (!amounts[i].value(4).isEmpty())
                QVERIFY2(Number::parse(amounts[i].value(4)), qPrintable(amounts[i].value(4)));
        }

        if (!haveLibreOffice()) QSKIP("soffice not installed: LibreOffice's reading not checked");
        const QMap<QString, QByteArray> csvs = libreOfficeCsvs(dir, file);
        QCOMPARE(csvs.size(), 3);
        const std::optional<Sheet> lo = CsvReader::parse(csvs.value(names[0]), &e);
        QVERIFY2(lo, qPrintable(e.message));
        QCOMPARE(cellsOf(*lo), rows);
        const std::optional<Sheet> loMissing = CsvReader::parse(csvs.value(names[1]), &e);
        QVERIFY(loMissing);
        QCOMPARE(cellsOf(*loMissing), missing);
    }

    // CSV of match-all: one line per firm and programme that concerns it, UTF-8 with BOM,
    // Chinese text and a firm name with a comma and quotes intact.
    void resultCsv() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("r.db")))).ok());
        addClients(db);
        const QDate asOf(2025, 6, 1);
        const QString file = dir.filePath(QStringLiteral("results.csv"));
        ResultSheetWriter writer(file, ResultSheetWriter::Format::Csv, library(), asOf, Lang::Zh);
        QVector<QStringList> expected;
        QVERIFY(FirmMatcher(db, library())
                    .run(asOf,
                         [&](const FirmMatch &m) {
                             writer.addFirm(m);
                             for (const FirmMatch::Row &r : m.rows)
                                 expected.append({m.firm.name, r.result.programme->title.zh,
                                                  verdictText(r.result.verdict, Lang::Zh),
                                                  r.ruleSet->id + u'/' + r.result.programme->id});
                             return true;
                         })
                    .ok());
        QString error;
        QVERIFY2(writer.finish(&error), qPrintable(error));
        const std::optional<Sheet> sheet = readSheet(file);
        QVERIFY(sheet);
        const QVector<QStringList> rows = cellsOf(*sheet);
        QCOMPARE(rows.size(), 1 + expected.size());
        QCOMPARE(rows[0].value(0), QStringLiteral("企业名称"));
        for (int i = 0; i < expected.size(); ++i) {
            const QStringList &r = rows[1 + i];
            QCOMPARE((QStringList{r.value(0), r.value(4), r.value(5), r.value(8) + u'/' + r.value(9)}),
                     expected[i]);
        }
        QVERIFY(rows.size() > 3);
        bool quoted = false;
        for (const QStringList &r : rows)
            quoted = quoted || r.value(0) == QStringLiteral("南宁\"星光\"科技, 有限公司");
        QVERIFY(quoted);
    }

    // The commands as a consultant types them.
    void cli_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("writes");
        QTest::newRow("template of one document")
            << u8l({"template", "lz-manufacturing-upgrade-2025", "--output", "@t.xlsx"}) << 0 << u8("t.xlsx")
            << u8("t.xlsx");
        QTest::newRow("template as CSV")
            << u8l({"template", "--output", "@t.csv"}) << 0 << u8("t.csv") << u8("t.csv");
        QTest::newRow("template of an unknown document")
            << u8l({"template", "lz-manufacturing-upgrade", "--output", "@u.xlsx"}) << 2
            << u8("lz-manufacturing-upgrade-2025") << u8("");
        QTest::newRow("template without output") << u8l({"template"}) << 2 << u8("--output") << u8("");
        QTest::newRow("export xlsx") << u8l({"export", "--output", "@e.xlsx"}) << 0 << u8("e.xlsx")
                                     << u8("e.xlsx");
        QTest::newRow("export csv") << u8l({"export", "--format", "csv", "--output", "@e.txt"}) << 0
                                    << u8("e.txt") << u8("e.txt");
        QTest::newRow("match-all xlsx") << u8l({"match-all", "--format", "xlsx", "--output", "@m.xlsx"}) << 0
                                        << u8("m.xlsx") << u8("m.xlsx");
        QTest::newRow("match-all csv")
            << u8l({"match-all", "--format", "csv", "--output", "@m.csv"}) << 0 << u8("m.csv") << u8("m.csv");
        QTest::newRow("match-all xlsx without output")
            << u8l({"match-all", "--format", "xlsx"}) << 2 << u8("--output") << u8("");
        QTest::newRow("xlsx is not for check")
            << u8l({"list", "--format", "xlsx"}) << 2 << u8("template, export and match-all") << u8("");
    }
    void cli() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        QFETCH(QString, writes);
        QTemporaryDir dir;
        {
            Database db;
            QVERIFY(db.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("c.db")))).ok());
            addClients(db);
        }
        for (QString &a : args)
            if (a.startsWith(u'@')) a = dir.filePath(a.mid(1));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ELIGICHECK_BIN_DIR "/eligicheck-cli"),
                QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                            dir.filePath(QStringLiteral("c.db"))} +
                    args);
        QVERIFY(p.waitForFinished(120000));
        const QString out =
            QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == code, qPrintable(out));
        QVERIFY2(out.contains(says), qPrintable(out));
        if (writes.isEmpty()) return;
        // What the command wrote is a spreadsheet our importer reads: the exports import back.
        const std::optional<Sheet> sheet = readSheet(dir.filePath(writes));
        QVERIFY(sheet);
        QVERIFY(sheet->rows.size() > 1 || args.first() == QLatin1String("template"));
        if (args.first() == QLatin1String("match-all") && writes.endsWith(QLatin1String(".xlsx"))) {
            // English headers name the unit in English (the amounts are numbers in 万元).
            const std::optional<Sheet> amounts = readSheet(dir.filePath(writes), QStringLiteral("Support amounts"));
            QVERIFY(amounts && !amounts->rows.isEmpty());
            const QStringList header = cellsOf(*amounts).first();
            QVERIFY2(header.contains(QStringLiteral("Up to (× 10,000 yuan)")), qPrintable(header.join(u'|')));
            QVERIFY2(header.contains(QStringLiteral("At least (× 10,000 yuan)")), qPrintable(header.join(u'|')));
        }
        if (args.first() == QLatin1String("export")) {
            Database b;
            QVERIFY(b.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("b.db")))).ok());
            QString problems;
            QCOMPARE(importSheet(b, dir.filePath(writes), &problems), 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestSheetWriters)
#include "tst_sheetwriters.moc"
