// Firms tab → 为所有企业生成报告… (issue 19 item 4): one PDF per listed firm into a chosen folder
// under a progress dialog; Stop keeps the reports already written and says so; the closing
// message offers the folder.
#include "guitest.h"

#include "firmlistview.h"
#include "firmrepository.h"
#include "firmworkspace.h"
#include "reportbatchrun.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace eligicheck;
using namespace guitest;

namespace {

QString seed(TestDatabases &dbs, const QStringList &names) {
    const QString path = dbs.next();
    Database db;
    if (!db.open(DatabaseLocation::sqlite(path)).ok()) return QString();
    FirmRepository repo(db);
    for (const QString &name : names) {
        Result<Firm> f = repo.addFirm(Firm::named(name, QString(), QStringLiteral("guangxi")));
        if (!f.ok()) return QString();
        AnswerInput in{QStringLiteral("rd_staff_count"), 0, Value::fromNumber(Number(40)),
                       QStringLiteral("40"), AnswerInput::AnyVersion};
        if (!repo.setAnswer(f->id, in, library().facts()).ok()) return QString();
    }
    return path;
}

std::unique_ptr<MainWindow> openFirms(const QString &path) {
    auto w = openWindow({QStringLiteral("--db"), path});
    w->showTab(MainWindow::FirmsTab);
    for (int i = 0; i < 50 && w->firms()->view()->reportsButton()->height() == 0; ++i)
        QTest::qWait(10);
    return w;
}

QString pdfText(const QString &pdf) {
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!text.waitForFinished(30000)) return QString();
    return QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

QStringList pdfs(const QString &dir) {
    return QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

} // namespace

class TestFirmReports : public QObject {
    Q_OBJECT
    TestDatabases m_databases;
    QTemporaryDir m_out;

private slots:
    void initTestCase() { QVERIFY(m_out.isValid()); }

    // The button, the folder dialog, the progress dialog, then one PDF per firm listed (the search
    // narrows the list) with the firm's name in it, and a message naming the folder.
    void reportsForTheListedFirms() {
        const QString path =
            seed(m_databases, {QStringLiteral("南宁甲科技有限公司"), QStringLiteral("南宁乙科技有限公司"),
                               QStringLiteral("柳州丙机械有限公司")});
        QVERIFY(!path.isEmpty());
        auto w = openFirms(path);
        FirmListView *view = w->firms()->view();
        view->searchBox()->setText(QStringLiteral("南宁"));
        QCOMPARE(view->listedFirmIds().size(), 2);
        const QString dir = m_out.filePath(QStringLiteral("listed"));
        QVERIFY(QDir().mkpath(dir));
        auto chosen = whenModal<QFileDialog>([dir](QFileDialog *d) {
            d->setDirectory(dir); // nothing typed: the folder shown is the one chosen
            QMetaObject::invokeMethod(d, "accept");
        });
        QTest::mouseClick(view->reportsButton(), Qt::LeftButton);
        QVERIFY(*chosen);
        ReportBatchRun *run = w->firms()->reportRun();
        QVERIFY(run);
        QVERIFY(run->progress()->isVisible() || run->isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 60000);
        QVERIFY2(run->failures().isEmpty(), qPrintable(run->failures().join(u'\n')));
        QCOMPARE(QDir(run->folder()).absolutePath(), QDir(dir).absolutePath());
        QCOMPARE(pdfs(dir), QStringList({QStringLiteral("南宁乙科技有限公司_2025-06-01.pdf"),
                                         QStringLiteral("南宁甲科技有限公司_2025-06-01.pdf")}));
        QVERIFY(pdfText(QDir(dir).filePath(pdfs(dir)[0])).contains(QStringLiteral("南宁乙科技有限公司")));
        QVERIFY(pdfText(QDir(dir).filePath(pdfs(dir)[1])).contains(QStringLiteral("南宁甲科技有限公司")));
        QVERIFY(run->doneBox());
        QVERIFY2(run->doneBox()->text().contains(QStringLiteral("2")) &&
                     run->doneBox()->text().contains(QDir::toNativeSeparators(dir)),
                 qPrintable(run->doneBox()->text()));
        QVERIFY(run->doneBox()->findChild<QPushButton *>(QStringLiteral("openReportFolder")));
        QVERIFY(run->failures().isEmpty());
        QVERIFY(!run->progress()->isVisible());
        run->doneBox()->close();
    }

    // Stop after the first report: the window answered while it ran, the files written are kept
    // (no half-written file), the rest are not written, and the message says it stopped.
    void stopKeepsWhatIsWritten() {
        QStringList names;
        for (int i = 1; i <= 8; ++i)
            names << QStringLiteral("北海示例%1有限公司").arg(i);
        const QString path = seed(m_databases, names);
        QVERIFY(!path.isEmpty());
        auto w = openFirms(path);
        const QString dir = m_out.filePath(QStringLiteral("stopped"));
        ReportBatchRun *run = w->firms()->writeReports(w->firms()->view()->listedFirmIds(), dir);
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(run->written() >= 1, 30000);
        QVERIFY(!run->isFinished());
        auto *stop = run->progress()->findChild<QPushButton *>();
        QVERIFY(stop);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 30000);
        QVERIFY(run->wasCanceled());
        const int written = run->written();
        QVERIFY2(written >= 1 && written < 8, qPrintable(QString::number(written)));
        QCOMPARE(pdfs(dir).size(), written);
        for (const QString &f : pdfs(dir))
            QVERIFY2(pdfText(QDir(dir).filePath(f)).contains(f.section(u'_', 0, 0)), qPrintable(f));
        QVERIFY2(run->doneBox()->text().contains(QString::number(8 - written)),
                 qPrintable(run->doneBox()->text()));
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), written); // nothing half-written beside them
        run->doneBox()->close();
    }
};

QTEST_MAIN(TestFirmReports)
#include "tst_firmreports.moc"
