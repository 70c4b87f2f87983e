// Client firms from spreadsheets, as a consultant imports them: Chinese or English headers with
// units, values as answers files take them, several years per firm, every bad cell named by row
// (as the spreadsheet numbers it), column and value — and then nothing written.
#include "csvreader.h"
#include "database.h"
#include "firmexchange.h"
#include "firmrepository.h"
#include "firmsheet.h"
#include "libreoffice.h"
#include "rulelibrary.h"
#include "testlibrary.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace eligicheck;

namespace {

using testlibrary::library;

Sheet csvSheet(const QString &text) {
    SheetError error;
    const std::optional<Sheet> s = CsvReader::parse(text.toUtf8(), &error);
    if (!s) qFatal("bad fixture: %s", qPrintable(error.message));
    return *s;
}

const QString kHeader = QStringLiteral("企业名称,统一社会信用代码,地区,评估基准日,上年度主营业务收入（亿元）,"
                                       "rd_expenditure_wan,R&D staff,财务年度\n");

// fact id[/year] → the value as stored text, for one record.
QMap<QString, QString> answersOf(const FirmRecord &r) {
    QMap<QString, QString> m;
    for (const AnswerInput &a : r.answers)
        m.insert(a.factId + (a.fiscalYear ? QStringLiteral("/") + QString::number(a.fiscalYear) : QString()),
                 a.value.toPlainString());
    return m;
}

} // namespace

class TestFirmSheet : public QObject {
    Q_OBJECT
private slots:
    // Headers by Chinese label with a unit, by id, by English label; a 亿元 column; 财务年度 rows.
    void readsFirmsAndYears() {
        const Sheet sheet = csvSheet(
            kHeader + QStringLiteral("柳州示例有限公司,91450200MA5K00001K,柳州,2025-06-01,0.8,180,45,\n"
                                     "柳州示例有限公司,,,,0.7,150,,2023\n"
                                     "广西示例有限公司,,,2025-06-01,\"8,000万\",,,\n"));
        Diagnostics diags;
        const auto records =
            FirmSheet(library().facts()).records(QStringLiteral("clients.csv"), sheet, &diags);
        QVERIFY2(records, diags.isEmpty() ? "" : qPrintable(diags.first().toString()));
        QCOMPARE(records->size(), 2);
        const FirmRecord &a = records->at(0);
        QCOMPARE(a.firm.name, QStringLiteral("柳州示例有限公司"));
        QCOMPARE(a.firm.creditCode, QStringLiteral("91450200MA5K00001K"));
        QCOMPARE(a.firm.region, QStringLiteral("柳州"));
        const QMap<QString, QString> got = answersOf(a);
        QCOMPARE(got.value(QStringLiteral("main_business_revenue_wan/2024")),
                 QStringLiteral("8000")); // 0.8亿元
        QCOMPARE(got.value(QStringLiteral("main_business_revenue_wan/2023")), QStringLiteral("7000"));
        QCOMPARE(got.value(QStringLiteral("rd_expenditure_wan/2024")), QStringLiteral("180"));
        QCOMPARE(got.value(QStringLiteral("rd_expenditure_wan/2023")), QStringLiteral("150"));
        QCOMPARE(got.value(QStringLiteral("rd_staff_count")), QStringLiteral("45"));
        // A value with its own unit is taken as written, not multiplied by the header's.
        QCOMPARE(answersOf(records->at(1)).value(QStringLiteral("main_business_revenue_wan/2024")),
                 QStringLiteral("8000"));
        QVERIFY(!records->at(1).hasRegion); // blank: unknown, not "erase"
    }

    void refusesWithRowColumnAndValue_data() {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("says");
        QString rows;
        for (int r = 2; r <= 40; ++r)
            rows += QStringLiteral("甲%1,,,2025-06-01,1,%2,10,\n")
                        .arg(r)
                        .arg(r == 37 ? QStringLiteral("一百万") : QStringLiteral("100"));
        QTest::newRow("bad cell in row 37")
            << kHeader + rows << 37 << 6
            << QStringList{QStringLiteral("rd_expenditure_wan"), QStringLiteral("F37"),
                           QStringLiteral("一百万"), QStringLiteral("万元")};
        QTest::newRow("unknown column, did you mean")
            << QStringLiteral("企业名称,主营业务收入\n甲,1\n") << 1 << 2
            << QStringList{QStringLiteral("主营业务收入"), QStringLiteral("上年度主营业务收入")};
        QTest::newRow("unit that is not the fact's")
            << QStringLiteral("企业名称,研究与试验发展人员数（万元）\n甲,1\n") << 1 << 2
            << QStringList{QStringLiteral("万元")};
        QTest::newRow("no name column")
            << QStringLiteral("rd_staff_count\n5\n") << 1 << 1 << QStringList{QStringLiteral("企业名称")};
        QTest::newRow("row without a name") << QStringLiteral("企业名称,rd_staff_count\n甲,5\n,6\n") << 3 << 1
                                            << QStringList{QStringLiteral("3")};
        QTest::newRow("bad date") << QStringLiteral("企业名称,评估基准日\n甲,2025/13/01\n") << 2 << 2
                                  << QStringList{QStringLiteral("2025/13/01"), QStringLiteral("YYYY-MM-DD")};
        QTest::newRow("bad credit code")
            << QStringLiteral("企业名称,统一社会信用代码\n甲,91450200MA5K00001G\n") << 2 << 2
            << QStringList{QStringLiteral("91450200MA5K00001G")};
        QTest::newRow("two rows disagree") << QStringLiteral("企业名称,rd_staff_count\n甲,5\n甲,6\n") << 3
                                           << 1 << QStringList{QStringLiteral("5"), QStringLiteral("6")};
        QTest::newRow("column twice")
            << QStringLiteral("企业名称,rd_staff_count,研究与试验发展人员数\n甲,5,5\n") << 1 << 3
            << QStringList{QStringLiteral("B")};
    }
    void refusesWithRowColumnAndValue() {
        QFETCH(QString, csv);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QStringList, says);
        Diagnostics diags;
        QVERIFY(!FirmSheet(library().facts()).records(QStringLiteral("clients.csv"), csvSheet(csv), &diags));
        QVERIFY(!diags.isEmpty());
        const Diagnostic &d = diags.first();
        QCOMPARE(d.file, QStringLiteral("clients.csv"));
        QCOMPARE(d.line, row);
        QCOMPARE(d.column, column);
        for (const QString &s : says)
            QVERIFY2(d.message.contains(s), qPrintable(d.toString()));
    }

    // Into a database: all or nothing; a firm already there keeps what the sheet leaves blank.
    void importsIntoDatabase() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("f.db")))).ok());
        FirmRepository repo(db);
        Firm known = Firm::named(QStringLiteral("柳州示例有限公司"), QString(), QStringLiteral("柳州"),
                                 QStringLiteral("老客户"));
        QVERIFY(repo.addFirm(known).ok());
        const Sheet sheet = csvSheet(
            kHeader +
            QStringLiteral("柳州示例有限公司,,,2025-06-01,0.8,,,\n新客户有限公司,,,2025-06-01,,,12,\n"));
        Diagnostics diags;
        const auto records = FirmSheet(library().facts()).records(QStringLiteral("c.csv"), sheet, &diags);
        QVERIFY(records);
        FirmExchange exchange(db, library().facts());
        exchange.checkRecords(QStringLiteral("c.csv"), *records, &diags);
        QVERIFY(!hasErrors(diags));
        QCOMPARE(exchange.import(*records).value(), 2);
        const Result<Firm> kept = repo.findFirm(QStringLiteral("柳州示例有限公司"));
        QVERIFY(kept.ok());
        QCOMPARE(kept->region, QStringLiteral("柳州"));
        QCOMPARE(kept->notes, QStringLiteral("老客户"));
        QVERIFY(repo.findFirm(QStringLiteral("新客户有限公司")).ok());
    }

    // A workbook from another program, end to end: LibreOffice writes it, FirmSheet reads the
    // first sheet (a date cell, numbers, Chinese text), the firm is imported.
    void importsWorkbookFromLibreOffice() {
        QTemporaryDir dir;
        const QString xlsx = toXlsx(
            dir, QStringLiteral("客户.csv"),
            (kHeader + QStringLiteral("柳州示例有限公司,91450200MA5K00001K,柳州,2025-06-01,0.8,180,45,\n"))
                .toUtf8());
        QVERIFY2(!xlsx.isEmpty(), "LibreOffice did not write the workbook");
        Diagnostics diags;
        const auto records = FirmSheet(library().facts()).read(xlsx, QString(), &diags);
        QVERIFY2(records, diags.isEmpty() ? "" : qPrintable(diags.first().toString()));
        QCOMPARE(records->size(), 1);
        const QMap<QString, QString> got = answersOf(records->first());
        QCOMPARE(got.value(QStringLiteral("main_business_revenue_wan/2024")),
                 QStringLiteral("8000")); // as_of 2025
        QCOMPARE(got.value(QStringLiteral("rd_staff_count")), QStringLiteral("45"));
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("f.db")))).ok());
        QCOMPARE(FirmExchange(db, library().facts()).import(*records).value(), 1);
        QCOMPARE(FirmRepository(db).findFirm(QStringLiteral("91450200MA5K00001K"))->name,
                 QStringLiteral("柳州示例有限公司"));
    }
};

QTEST_GUILESS_MAIN(TestFirmSheet)
#include "tst_firmsheet.moc"
