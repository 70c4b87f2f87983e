// A file given to the desktop program — `eligicheck FILE`, which is what a double-click in the
// file manager runs (Exec=eligicheck %f) — is opened: an answers file in the questionnaire, a firm
// file written by export is offered for import and imported only when the user agrees.
#include "guitest.h"

#include "firmsheet.h"
#include "firmtablemodel.h"
#include "firmworkspace.h"
#include "sheetimportdialog.h"
#include "sheetpreviewmodel.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace eligicheck;
using namespace guitest;

namespace {

QString fixture(const QString &name) {
    return QStringLiteral(ELIGICHECK_TEST_DATA "/gui/openfile/") + name;
}

QStringList firmNames(MainWindow &w) {
    QStringList names;
    QAbstractItemModel *m = w.firms()->firmModel();
    for (int r = 0; r < m->rowCount(); ++r)
        names << m->index(r, 0).data().toString();
    names.sort();
    return names;
}

} // namespace

class TestOpenFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void commandLine_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("openFile"); // expected FILE
        QTest::addColumn<bool>("version");     // --version asked
        QTest::addColumn<QString>("error");    // part of the usage error, "" = none
        QTest::newRow("no file") << QStringList{} << QString() << false << QString();
        QTest::newRow("one file") << QStringList{QStringLiteral("/tmp/客户.yaml")}
                                  << QStringLiteral("/tmp/客户.yaml") << false << QString();
        QTest::newRow("file after options")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("a.yaml")}
            << QStringLiteral("a.yaml") << false << QString();
        QTest::newRow("two files") << QStringList{QStringLiteral("a.yaml"), QStringLiteral("b.yaml")}
                                   << QString() << false << QStringLiteral("b.yaml");
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << QString() << true
                                 << QString();
    }
    void commandLine() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, openFile);
        QFETCH(bool, version);
        QFETCH(QString, error);
        QString message;
        bool wantsVersion = false;
        const auto options = parseGuiOptions(QStringList{QStringLiteral("eligicheck")} + arguments, &message,
                                             nullptr, nullptr, &wantsVersion);
        if (!error.isEmpty()) {
            QVERIFY(!options);
            QVERIFY2(message.contains(error), qPrintable(message));
            return;
        }
        QVERIFY2(options, qPrintable(message));
        QCOMPARE(options->openFile, openFile);
        QCOMPARE(wantsVersion, version);
    }

    // The answers file opens in the questionnaire, as File → Open answers would.
    void answersFileOpens() {
        QTemporaryDir dir;
        auto w = openWindow({QStringLiteral("--db"), dir.filePath(QStringLiteral("firms.db")),
                             fixture(QStringLiteral("firm-answers.yaml"))});
        QCOMPARE(w->answers()->values().value(QStringLiteral("rd_staff_count")).toPlainString(),
                 QStringLiteral("55"));
        QCOMPARE(w->answers()->asOf(), QDate(2025, 6, 1));
        QCOMPARE(firmNames(*w), QStringList{}); // answers are not firms: nothing imported
    }

    // A firm file: the question names how many firms and which; Yes imports them all and shows
    // the Firms tab, Cancel writes nothing.
    void firmFileAsksFirst_data() {
        QTest::addColumn<bool>("accept");
        QTest::newRow("yes") << true;
        QTest::newRow("cancel") << false;
    }
    void firmFileAsksFirst() {
        QFETCH(bool, accept);
        QTemporaryDir dir;
        auto w = openWindow({QStringLiteral("--db"), dir.filePath(QStringLiteral("firms.db"))});
        QString asked, listed;
        auto ran = whenModal<QMessageBox>([&](QMessageBox *box) {
            asked = box->text();
            listed = box->detailedText();
            box->button(accept ? QMessageBox::Yes : QMessageBox::Cancel)->click();
        });
        w->openFile(fixture(QStringLiteral("clients.yaml")));
        QVERIFY(*ran);
        QVERIFY2(asked.contains(QStringLiteral("2")), qPrintable(asked));
        QVERIFY2(listed.contains(QStringLiteral("柳州示例汽车零部件有限公司")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("广西示例精密机械有限公司")), qPrintable(listed));
        const QStringList expected = accept ? QStringList{QStringLiteral("广西示例精密机械有限公司"),
                                                          QStringLiteral("柳州示例汽车零部件有限公司")}
                                            : QStringList{};
        QCOMPARE(firmNames(*w), expected);
        if (accept) QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::FirmsTab));
    }

    // A damaged firm file is refused with where and why; the database keeps what it had.
    void badFirmFileWritesNothing() {
        QTemporaryDir dir;
        auto w = openWindow({QStringLiteral("--db"), dir.filePath(QStringLiteral("firms.db"))});
        QString said, details;
        auto ran = whenModal<QMessageBox>([&](QMessageBox *box) {
            said = box->text();
            details = box->detailedText();
            box->accept();
        });
        w->openFile(fixture(QStringLiteral("clients-bad.yaml")));
        QVERIFY(*ran);
        QVERIFY2(said.contains(QStringLiteral("未更改")) || said.contains(QStringLiteral("nothing")),
                 qPrintable(said));
        QVERIFY2(details.contains(QStringLiteral("clients-bad.yaml:")), qPrintable(details));
        QCOMPARE(firmNames(*w), QStringList{});
    }

    // A client spreadsheet opens in a preview: every row as it will be imported, problems red at
    // their cells, Import disabled until the file is right; then all rows in one go.
    void spreadsheetPreviewsFirst_data() {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<int>("badRow");    // spreadsheet row with a problem, 0 = none
        QTest::addColumn<int>("badColumn"); // 0-based
        QTest::addColumn<QStringList>("imported");
        const QString header =
            QStringLiteral("企业名称,统一社会信用代码,上年度主营业务收入（亿元）,研究与试验发展人员数\n");
        QTest::newRow("good") << header + QStringLiteral("柳州甲有限公司,,0.8,45\n柳州乙有限公司,,1.2,\n")
                              << 0 << 0
                              << QStringList{QStringLiteral("柳州乙有限公司"),
                                             QStringLiteral("柳州甲有限公司")};
        QTest::newRow("bad cell in row 3")
            << header + QStringLiteral("柳州甲有限公司,,0.8,45\n柳州乙有限公司,,很多,\n") << 3 << 2
            << QStringList{};
    }
    void spreadsheetPreviewsFirst() {
        QFETCH(QString, csv);
        QFETCH(int, badRow);
        QFETCH(int, badColumn);
        QFETCH(QStringList, imported);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("客户.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();
        auto w = openWindow({QStringLiteral("--db"), dir.filePath(QStringLiteral("firms.db"))});
        bool importEnabled = true;
        QString problem;
        int rows = 0;
        auto ran = whenModal<SheetImportDialog>([&](SheetImportDialog *d) {
            for (int i = 0; i < 1000 && d->isLoading(); ++i) // read on a worker thread
                QTest::qWait(10);
            rows = d->preview()->rowCount();
            importEnabled = d->importButton()->isEnabled();
            if (badRow) {
                const int r = d->preview()->tableRow(badRow);
                problem = d->preview()->index(r, badColumn).data(SheetPreviewModel::ProblemRole).toString();
                d->reject();
            } else {
                QTest::mouseClick(d->importButton(), Qt::LeftButton);
            }
        });
        w->openFile(path);
        QVERIFY(*ran);
        QCOMPARE(rows, 2);
        QCOMPARE(importEnabled, badRow == 0);
        if (badRow) QVERIFY2(problem.contains(QStringLiteral("很多")), qPrintable(problem));
        QCOMPARE(firmNames(*w), imported);
    }

    // A large client spreadsheet (issue 19 item 1): the dialog is up at once with a busy progress
    // bar while the file is read and checked on a worker thread — the window keeps answering — and
    // the preview and the import are the same as a read on the spot would give.
    void largeSpreadsheetIsReadWithoutBlocking() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("大表.csv"));
        QByteArray csv = "企业名称,财务年度,上年度主营业务收入（万元）,rd_staff_count\n";
        for (int i = 0; i < 6000; ++i)
            csv += "表格企业" + QByteArray::number(i / 2) + "," + QByteArray::number(2023 + i % 2) + "," +
                   QByteArray::number(1000 + i) + "," + QByteArray::number(i / 2 % 90) + "\n";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("firms.db")))).ok());
        Diagnostics direct;
        const auto expected = FirmSheet(library().facts()).read(path, QString(), &direct);
        QVERIFY2(expected && !hasErrors(direct),
                 direct.isEmpty() ? "" : qPrintable(direct.first().toString()));

        SheetImportDialog d(db, library().facts(), path);
        QSignalSpy loaded(&d, &SheetImportDialog::loaded);
        // Back from the constructor before the file is read: busy bar shown, Import not offered.
        QVERIFY(d.isLoading());
        QVERIFY(d.progressBar()->isVisibleTo(&d));
        QVERIFY(!d.importButton()->isEnabled());
        d.show();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start(5);
        QVERIFY(loaded.wait(60000));
        QVERIFY(!d.isLoading());
        QVERIFY(!d.progressBar()->isVisibleTo(&d));
        QCOMPARE(d.preview()->rowCount(), 6000);
        QVERIFY(d.importButton()->isEnabled());
        QVERIFY2(d.summary()->text().contains(QString::number(expected->size())),
                 qPrintable(d.summary()->text()));
        QTest::mouseClick(d.importButton(), Qt::LeftButton);
        QCOMPARE(d.importedCount(), int(expected->size()));
        QVERIFY(ticks > 0);
    }
};

QTEST_MAIN(TestOpenFile)
#include "tst_openfile.moc"
