// Reports from the desktop app: File → Export… (PDF, HTML), Print…, Print preview… on the
// result view, and the remembered page setup. The PDFs are read back with pdftotext/pdfinfo.
#include "guitest.h"

#include "appsettings.h"
#include "reportactions.h"
#include "reportcontroller.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

using namespace eligicheck;
using namespace guitest;

namespace {

QString fixture(const QString &name) {
    return QStringLiteral(ELIGICHECK_TEST_DATA "/report/") + name;
}

// Text of a PDF with all white space removed: pdftotext breaks lines wherever the layout
// wrapped them, the characters themselves must be exact.
QString pdfText(const QString &path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
}

QString pdfInfo(const QString &path) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000)) return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString readUtf8(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const QString kQuote = QStringLiteral("研究与试验发展人员数不少于40人");

} // namespace

class TestReports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void init() {
        QSettings().clear();
        // Qt's file dialog remembers folders across runs; start every test from a clean state.
        QSettings(QSettings::UserScope, QStringLiteral("QtProject")).remove(QStringLiteral("FileDialog"));
    }

    void actionsFollowTheResultView();
    void exportFromResultView_data();
    void exportFromResultView();
    void exportErrorIsShown();
    void printToPdfPrinter_data();
    void printToPdfPrinter();
    void printPreviewShowsPages();
    void pageSetupIsRemembered_data();
    void pageSetupIsRemembered();
    void fontOfSettings_data();
    void fontOfSettings();

private:
    std::unique_ptr<MainWindow> resultFor(const QString &answers);
};

std::unique_ptr<MainWindow> TestReports::resultFor(const QString &answers) {
    auto w = openWindow({QStringLiteral("--answers"), fixture(answers)});
    w->answers()->setAsOf(QDate(2025, 6, 1));
    if (!assessFromBrowser(*w, QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("recognition")))
        return nullptr;
    w->showTab(MainWindow::ResultTab);
    return w;
}

void TestReports::actionsFollowTheResultView() {
    auto w = openWindow();
    QAction *exportAction = w->findChild<QAction *>(QStringLiteral("actionExport"));
    QAction *print = w->findChild<QAction *>(QStringLiteral("actionPrint"));
    QAction *preview = w->findChild<QAction *>(QStringLiteral("actionPrintPreview"));
    QVERIFY(exportAction && print && preview);
    w->showTab(MainWindow::ResultTab);
    // Nothing chosen yet: nothing to report.
    QVERIFY(!exportAction->isEnabled());
    QVERIFY(!print->isEnabled());
    QVERIFY(
        assessFromBrowser(*w, QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("recognition")));
    w->showTab(MainWindow::ResultTab);
    QVERIFY(exportAction->isEnabled());
    QVERIFY(print->isEnabled());
    QVERIFY(preview->isEnabled());
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    w->showTab(MainWindow::BrowserTab);
    QVERIFY(!exportAction->isEnabled());
}

void TestReports::exportFromResultView_data() {
    QTest::addColumn<QString>("answers");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("firm");
    QTest::addColumn<QString>("verdict");
    const QString pdf = QStringLiteral("PDF");
    const QString html = QStringLiteral("HTML");
    QTest::newRow("eligible → PDF") << QStringLiteral("eligible.yaml") << QStringLiteral("report.pdf") << pdf
                                    << QStringLiteral("广西示例精密机械有限公司") << QStringLiteral("符合");
    QTest::newRow("ineligible → PDF, suffix added")
        << QStringLiteral("ineligible.yaml") << QStringLiteral("report") << pdf
        << QStringLiteral("柳州小微创新科技有限公司") << QStringLiteral("不符合");
    QTest::newRow("eligible → HTML") << QStringLiteral("eligible.yaml") << QStringLiteral("report.html")
                                     << html << QStringLiteral("广西示例精密机械有限公司")
                                     << QStringLiteral("符合");
    QTest::newRow("undetermined → HTML, suffix added")
        << QStringLiteral("undetermined.yaml") << QStringLiteral("report") << html
        << QStringLiteral("南宁待定信息技术有限公司") << QStringLiteral("待定");
}

void TestReports::exportFromResultView() {
    QFETCH(QString, answers);
    QFETCH(QString, fileName);
    QFETCH(QString, filter);
    QFETCH(QString, firm);
    QFETCH(QString, verdict);
    QTemporaryDir dir;
    // The dialog opens in the last export folder: this test's own, empty one.
    QSettings().setValue(QStringLiteral("report/exportFolder"), dir.path());
    auto w = resultFor(answers);
    QVERIFY(w);
    // The user picks File → Export…, names the file and chooses the type in the dialog.
    auto ran = whenModal<QFileDialog>([&](QFileDialog *d) {
        for (const QString &f : d->nameFilters())
            if (f.startsWith(filter)) d->selectNameFilter(f);
        typeFileName(d, dir.filePath(fileName));
    });
    w->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    QVERIFY(*ran);
    const bool isHtml = filter == QLatin1String("HTML");
    const QString written = dir.filePath(
        fileName.contains(u'.') ? fileName
                                : fileName + (isHtml ? QStringLiteral(".html") : QStringLiteral(".pdf")));
    QVERIFY2(QFile::exists(written), qPrintable(QDir(dir.path()).entryList().join(u',')));
    const QString text = isHtml ? readUtf8(written) : pdfText(written);
    QVERIFY2(!text.isEmpty(), "nothing readable was written");
    if (isHtml) QVERIFY(text.startsWith(QLatin1String("<!DOCTYPE")) || text.contains(QLatin1String("<html")));
    QVERIFY2(text.contains(firm), qPrintable(text.left(400)));
    QVERIFY(text.contains(kQuote));
    QVERIFY(text.contains(QStringLiteral("桂工信规范〔2025〕2号")));
    QVERIFY(text.contains(verdict));
    QVERIFY(w->statusBar()->currentMessage().contains(QFileInfo(written).fileName()));
}

void TestReports::exportErrorIsShown() {
    QTemporaryDir dir;
    QSettings().setValue(QStringLiteral("report/exportFolder"), dir.path());
    auto w = resultFor(QStringLiteral("eligible.yaml"));
    QVERIFY(w);
    // A "folder" that is a file: the dialog takes the name, writing fails (even for root).
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("not-a-folder/report.pdf"));
    QString shown;
    auto messageRan = std::make_shared<bool>(false);
    auto ran = whenModal<QFileDialog>([&](QFileDialog *d) {
        // Then the failure must be shown to the user, not only logged.
        messageRan = whenModal<QMessageBox>([&](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        typeFileName(d, path);
    });
    w->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    QVERIFY(*ran);
    QVERIFY(*messageRan);
    QVERIFY2(shown.contains(path), qPrintable(shown));
    QVERIFY(!QFile::exists(path));
}

void TestReports::printToPdfPrinter_data() {
    QTest::addColumn<QString>("answers");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("eligible") << QStringLiteral("eligible.yaml") << QStringLiteral("符合");
    QTest::newRow("ineligible") << QStringLiteral("ineligible.yaml") << QStringLiteral("不符合");
}

void TestReports::printToPdfPrinter() {
    QFETCH(QString, answers);
    QFETCH(QString, verdict);
    QTemporaryDir dir;
    auto w = resultFor(answers);
    QVERIFY(w);
    ReportController *c = w->reportActions()->current();
    QVERIFY(c);
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    int pages = 0;
    {
        // The same code path as File → Print… after the print dialog was accepted.
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(ReportController::pageLayout());
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        QString error;
        pages = c->printTo(&printer, &error);
        QVERIFY2(pages > 0, qPrintable(error));
    }
    const QString text = pdfText(path);
    QVERIFY(text.contains(kQuote));
    QVERIFY(text.contains(verdict));
    QVERIFY(pdfInfo(path).contains(QStringLiteral("Pages:           %1").arg(pages)));
}

void TestReports::printPreviewShowsPages() {
    auto w = resultFor(QStringLiteral("eligible.yaml"));
    QVERIFY(w);
    int pages = -1;
    auto ran = whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *d) {
        auto *preview = d->findChild<QPrintPreviewWidget *>();
        pages = preview ? preview->pageCount() : -1;
        d->reject();
    });
    w->findChild<QAction *>(QStringLiteral("actionPrintPreview"))->trigger();
    QVERIFY(*ran);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages))); // a full report is more than a page
}

void TestReports::pageSetupIsRemembered_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("default A4") << -1 << -1 << QStringLiteral("(A4)");
    QTest::newRow("A5 landscape") << int(QPageSize::A5) << int(QPageLayout::Landscape)
                                  << QStringLiteral("595 x 420 pts");
    QTest::newRow("Letter portrait") << int(QPageSize::Letter) << int(QPageLayout::Portrait)
                                     << QStringLiteral("(letter)");
}

void TestReports::pageSetupIsRemembered() {
    QFETCH(int, size);
    QFETCH(int, orientation);
    QFETCH(QString, pdfinfoSize);
    if (size >= 0) {
        QPageLayout chosen = ReportController::pageLayout();
        chosen.setPageSize(QPageSize(QPageSize::PageSizeId(size)));
        chosen.setOrientation(QPageLayout::Orientation(orientation));
        ReportController::rememberPageLayout(chosen);
    }
    QTemporaryDir dir;
    auto w = resultFor(QStringLiteral("eligible.yaml"));
    QVERIFY(w);
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QString error;
    QVERIFY2(w->reportActions()->current()->exportTo(path, ReportController::Format::Pdf, &error),
             qPrintable(error));
    const QString info = pdfInfo(path);
    QVERIFY2(info.contains(pdfinfoSize), qPrintable(info));
}

QString pdfFonts(const QString &path) {
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {path});
    if (!p.waitForFinished(30000)) return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Settings → Reports: the family and size chosen there are what the exported PDF and the printed
// pages are set in (the dialog writing AppSettings is tested in tst_language).
void TestReports::fontOfSettings_data() {
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("points");
    QTest::addColumn<QString>("embedded");
    QTest::newRow("default") << QString() << 0 << "WenQuanYiMicroHei";
    QTest::newRow("Mono, by its Chinese name, 12 pt")
        << QStringLiteral("文泉驿等宽微米黑") << 12 << "WenQuanYiMicroHeiMono";
}

void TestReports::fontOfSettings() {
    QFETCH(QString, family);
    QFETCH(int, points);
    QFETCH(QString, embedded);
    AppSettings settings;
    if (!family.isEmpty()) settings.setReportFontFamily(family);
    if (points > 0) settings.setReportFontPointSize(points);
    QTemporaryDir dir;
    auto w = resultFor(QStringLiteral("eligible.yaml"));
    QVERIFY(w);
    ReportController *c = w->reportActions()->current();
    QVERIFY(c);
    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(c->exportTo(exported, ReportController::Format::Pdf, &error, &pages), qPrintable(error));
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(ReportController::pageLayout());
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QVERIFY2(c->printTo(&printer, &error) == pages, qPrintable(error));
    }
    for (const QString &path : {exported, printed}) {
        const QString fonts = pdfFonts(path);
        // The body font's line (with or without a subset tag), embedded.
        const QRegularExpression line(QStringLiteral("(^|\\n|\\+)%1\\s.*\\syes\\s").arg(embedded));
        QVERIFY2(line.match(fonts).hasMatch(), qPrintable(fonts));
        QVERIFY(pdfText(path).contains(kQuote));
    }
    // A larger size takes more pages than the default.
    settings.setReportFontPointSize(AppSettings::Defaults::reportFontPointSize);
    settings.setReportFontFamily(QString());
    int defaultPages = 0;
    QVERIFY(c->exportTo(dir.filePath(QStringLiteral("default.pdf")), ReportController::Format::Pdf, &error,
                        &defaultPages));
    if (points > AppSettings::Defaults::reportFontPointSize)
        QVERIFY2(pages > defaultPages, qPrintable(QStringLiteral("%1 vs %2").arg(pages).arg(defaultPages)));
    else
        QCOMPARE(pages, defaultPages);
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
