// Spreadsheets as consultants receive them: CSV written by Excel or WPS on Chinese Windows
// (GB18030/GBK, or UTF-8 with a BOM; comma, semicolon or tab; line breaks inside quotes) and .xlsx
// workbooks written by another program (LibreOffice, run here headless from CSVs the test writes).
#include "csvreader.h"
#include "libreoffice.h"
#include "xlsxreader.h"

#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace eligicheck;

namespace {

using Rows = QList<QStringList>;

Rows cellsOf(const Sheet &sheet, QList<int> *numbers = nullptr) {
    Rows rows;
    for (const SheetRow &r : sheet.rows) {
        rows << QStringList(r.cells.cbegin(), r.cells.cend());
        if (numbers) *numbers << r.number;
    }
    return rows;
}

QByteArray gb18030(const QString &text) {
    QStringEncoder e("GB18030");
    return e.encode(text);
}

} // namespace

class TestSheets : public QObject {
    Q_OBJECT
private slots:
    void csv_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Rows>("rows");
        const QString header = QStringLiteral("企业名称,主营业务收入（万元）");
        const Rows plain = {{QStringLiteral("企业名称"), QStringLiteral("主营业务收入（万元）")},
                            {QStringLiteral("柳州示例有限公司"), QStringLiteral("8000")}};
        const QString body = header + QStringLiteral("\r\n柳州示例有限公司,8000\r\n");
        QTest::newRow("UTF-8") << body.toUtf8() << plain;
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + body.toUtf8() << plain;
        QTest::newRow("GB18030 (Excel on Chinese Windows)") << gb18030(body) << plain;
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::newRow("UTF-16 (Excel's Unicode text, tabs)")
            << QByteArray(utf16.encode(QString(body).replace(u',', u'\t'))) << plain;
        QTest::newRow("semicolons") << QString(body).replace(u',', u';').toUtf8() << plain;
        QTest::newRow("no final line break") << QString(body).chopped(2).toUtf8() << plain;
        QTest::newRow("quoted: separator, quote, line break")
            << QStringLiteral("name,notes\n\"甲, 乙\",\"他说\"\"好\"\"\r\n第二行\"\n丙,\n").toUtf8()
            << Rows{{QStringLiteral("name"), QStringLiteral("notes")},
                    {QStringLiteral("甲, 乙"), QStringLiteral("他说\"好\"\n第二行")},
                    {QStringLiteral("丙"), QString()}};
        QTest::newRow("semicolon header wins over commas in values")
            << QStringLiteral("name;revenue\nA;\"8,000\"\n").toUtf8()
            << Rows{{QStringLiteral("name"), QStringLiteral("revenue")},
                    {QStringLiteral("A"), QStringLiteral("8,000")}};
    }
    void csv() {
        QFETCH(QByteArray, bytes);
        QFETCH(Rows, rows);
        SheetError error;
        const std::optional<Sheet> sheet = CsvReader::parse(bytes, &error);
        QVERIFY2(sheet, qPrintable(error.message));
        QCOMPARE(cellsOf(*sheet), rows);
    }

    // Row numbers are the spreadsheet's: a record with a line break inside is one row.
    void csvRowNumbersCountRecords() {
        SheetError error;
        const auto sheet = CsvReader::parse("name,notes\n\"A\",\"1\n2\n3\"\nB,x\n", &error);
        QVERIFY(sheet);
        QList<int> numbers;
        cellsOf(*sheet, &numbers);
        QCOMPARE(numbers, (QList<int>{1, 2, 3}));
        QCOMPARE(sheet->rows[2].cell(0), QStringLiteral("B"));
    }

    void csvErrors_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed quote") << QByteArray("name\nA\n\"B,\nC\n") << QStringLiteral("line 3");
        QTest::newRow("not text") << QByteArray("\x81\x30\xFF\xFF\x00\x01", 6) << QStringLiteral("GB18030");
    }
    void csvErrors() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        SheetError error;
        QVERIFY(!CsvReader::parse(bytes, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    }

    void excelNumbers_data() {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("integer") << QStringLiteral("8000") << QStringLiteral("8000");
        QTest::newRow("decimal") << QStringLiteral("0.1") << QStringLiteral("0.1");
        QTest::newRow("formula artefact") << QStringLiteral("5000.0000000000009") << QStringLiteral("5000");
        QTest::newRow("0.1+0.2") << QStringLiteral("0.30000000000000004") << QStringLiteral("0.3");
        QTest::newRow("negative") << QStringLiteral("-2.5") << QStringLiteral("-2.5");
        QTest::newRow("exponent, large")
            << QStringLiteral("1.5E+20") << QStringLiteral("150000000000000000000");
        QTest::newRow("exponent, small") << QStringLiteral("1.23E-7") << QStringLiteral("0.000000123");
        QTest::newRow("more than 15 digits")
            << QStringLiteral("123456789012345678") << QStringLiteral("123456789012346000");
    }
    void excelNumbers() {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        bool ok = false;
        QCOMPARE(excelNumberText(stored, &ok), shown);
        QVERIFY(ok);
    }

    void excelDates_data() {
        QTest::addColumn<QString>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QDate>("date"); // invalid: no such date
        QTest::newRow("2024-06-01") << QStringLiteral("45444") << false << QDate(2024, 6, 1);
        QTest::newRow("with a time of day") << QStringLiteral("45444.75") << false << QDate(2024, 6, 1);
        QTest::newRow("1900-01-01") << QStringLiteral("1") << false << QDate(1900, 1, 1);
        QTest::newRow("1900-02-28") << QStringLiteral("59") << false << QDate(1900, 2, 28);
        QTest::newRow("Excel's 1900-02-29") << QStringLiteral("60") << false << QDate();
        QTest::newRow("1900-03-01") << QStringLiteral("61") << false << QDate(1900, 3, 1);
        QTest::newRow("1904 system") << QStringLiteral("0") << true << QDate(1904, 1, 1);
        QTest::newRow("negative") << QStringLiteral("-1") << false << QDate();
    }
    void excelDates() {
        QFETCH(QString, serial);
        QFETCH(bool, date1904);
        QFETCH(QDate, date);
        QCOMPARE(excelSerialDate(serial, date1904).value_or(QDate()), date);
    }

    void columnNames() {
        QCOMPARE(columnLetters(0), QStringLiteral("A"));
        QCOMPARE(columnLetters(25), QStringLiteral("Z"));
        QCOMPARE(columnLetters(26), QStringLiteral("AA"));
        QCOMPARE(columnLetters(701), QStringLiteral("ZZ"));
        QCOMPARE(columnLetters(702), QStringLiteral("AAA"));
    }

    // A workbook written by another program: strings (shared), numbers, a date, empty cells,
    // a text with a line break, and a row number past an empty row.
    void xlsxFromLibreOffice() {
        QTemporaryDir dir;
        const QString csv =
            QStringLiteral("企业名称,统一社会信用代码,评估基准日,主营业务收入（万元）,研发人员,备注\n"
                           "柳州示例有限公司,91450200MA5K000001,2025-06-01,8000,55,\"第一行\n第二行\"\n"
                           ",,,,,\n"
                           "广西示例有限公司,,2024-12-31,0.8亿元,,\n");
        const QString xlsx = toXlsx(dir, QStringLiteral("clients.csv"), csv.toUtf8());
        QVERIFY2(!xlsx.isEmpty(), "LibreOffice did not write the workbook");
        SheetError error;
        const std::optional<QStringList> names = XlsxReader::sheetNames(xlsx, &error);
        QVERIFY2(names, qPrintable(error.message));
        QCOMPARE(names->size(), 1);
        const std::optional<Sheet> sheet = XlsxReader::read(xlsx, QString(), &error);
        QVERIFY2(sheet, qPrintable(error.message));
        QCOMPARE(sheet->name, names->first());
        QList<int> numbers;
        const Rows rows = cellsOf(*sheet, &numbers);
        QCOMPARE(rows.value(0).value(0), QStringLiteral("企业名称"));
        QCOMPARE(rows.value(0).value(3), QStringLiteral("主营业务收入（万元）"));
        const QStringList first = rows.value(1);
        QCOMPARE(first.value(0), QStringLiteral("柳州示例有限公司"));
        QCOMPARE(first.value(1), QStringLiteral("91450200MA5K000001"));
        QCOMPARE(first.value(2), QStringLiteral("2025-06-01")); // a date cell, not its serial 45809
        QCOMPARE(first.value(3), QStringLiteral("8000"));
        QCOMPARE(first.value(4), QStringLiteral("55"));
        QCOMPARE(first.value(5), QStringLiteral("第一行\n第二行"));
        QCOMPARE(numbers.last(), 4); // the empty row 3 is counted
        const QStringList last = sheet->rows.last().cells.toList();
        QCOMPARE(last.value(0), QStringLiteral("广西示例有限公司"));
        QCOMPARE(last.value(1), QString()); // empty cell
        QCOMPARE(last.value(2), QStringLiteral("2024-12-31"));
        QCOMPARE(last.value(3), QStringLiteral("0.8亿元"));
        // A sheet that is not there is named, with the ones that are.
        QVERIFY(!XlsxReader::read(xlsx, QStringLiteral("财务数据"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("财务数据")) && error.message.contains(names->first()),
                 qPrintable(error.message));
    }

    void xlsxNotAWorkbook() {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("fake.xlsx")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("企业名称,收入\n");
        f.close();
        SheetError error;
        QVERIFY(!XlsxReader::read(f.fileName(), QString(), &error));
        QVERIFY2(error.message.contains(QStringLiteral("fake.xlsx")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestSheets)
#include "tst_sheets.moc"
