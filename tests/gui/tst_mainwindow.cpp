// The main window: programme browser search, the Problems panel, answers files, options.
#include "guitest.h"

#include "answerscontroller.h"
#include "firmlistview.h"
#include "firmworkspace.h"
#include "icons.h"
#include "librarymanager.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "programmechooser.h"
#include "programmefiltermodel.h"
#include "programmetreemodel.h"
#include "questionnaireview.h"
#include "reportactions.h"
#include "reportcontroller.h"
#include "resultview.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QPainter>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>

using namespace eligicheck;
using namespace guitest;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void browserSearch_data();
    void browserSearch();
    void browserShowsValidityOnTheChosenDate_data();
    void browserShowsValidityOnTheChosenDate();
    void documentViewQuotesEveryCriterion();
    void problemsPanelListsBrokenRuleFile();
    void answersFileRoundTrip();
    void brokenAnswersFileChangesNothing();
    void commandLine_data();
    void commandLine();
    void tabsOpenedFirstAreComplete();
    void resultActionsBeforeTheResultTabExists();
    void searchClearButtonAfterFirstFrame();
    void statusIconsShowTheirColourAtEverySize_data();
    void statusIconsShowTheirColourAtEverySize();
    void statusIconsDrawAsAnIconOfAllSizes_data();
    void statusIconsDrawAsAnIconOfAllSizes();
};

// The clear button of the programme search is made after the first frame (making it loads Qt's
// image plugins); typing must still show it, and it must empty the search.
void TestMainWindow::searchClearButtonAfterFirstFrame() {
    auto w = openWindow();
    QTRY_VERIFY(w->isStartupComplete());
    w->showTab(MainWindow::BrowserTab); // the app opens on the start page
    QLineEdit *search = w->browser()->searchBox();
    QVERIFY(search->isClearButtonEnabled());
    const int before = w->browser()->filterModel()->rowCount();
    search->setFocus();
    typeText(search, QStringLiteral("运行评价"));
    QVERIFY(w->browser()->filterModel()->rowCount() < before);
    auto *clear = search->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    QVERIFY(clear);
    QToolButton *button = nullptr;
    for (QToolButton *b : search->findChildren<QToolButton *>())
        if (b->defaultAction() == clear) button = b;
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(w->browser()->filterModel()->rowCount(), before);
}

void TestMainWindow::statusIconsShowTheirColourAtEverySize_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QColor>("colour"); // the main colour of resources/icons/status-*.svg
    QTest::newRow("pass") << int(CriterionStatus::Pass) << QColor(0x2e, 0x7d, 0x32);
    QTest::newRow("fail") << int(CriterionStatus::Fail) << QColor(0xc6, 0x28, 0x28);
    QTest::newRow("warning") << int(CriterionStatus::Warning) << QColor(0xef, 0x8f, 0x00);
    QTest::newRow("info") << int(CriterionStatus::Info) << QColor(0x15, 0x65, 0xc0);
    QTest::newRow("waived") << int(CriterionStatus::Waived) << QColor(0x15, 0x65, 0xc0);
    QTest::newRow("unknown") << int(CriterionStatus::Unknown) << QColor(0x61, 0x61, 0x61);
    QTest::newRow("not applicable") << int(CriterionStatus::NotApplicable) << QColor(0xee, 0xee, 0xee);
}

// Each status icon is the PNG of its colour at every size the views ask for: not blank, not
// scaled from another size, not another status's icon.
void TestMainWindow::statusIconsShowTheirColourAtEverySize() {
    QFETCH(int, status);
    QFETCH(QColor, colour);
    const QIcon icon = statusIcon(CriterionStatus(status));
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.availableSizes().size(), int(std::size(kStatusIconSizes)));
    for (int size : kStatusIconSizes) {
        const QImage image = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        int drawn = 0;
        QHash<QRgb, int> solid; // nearly opaque pixels by colour, white (a symbol) left out
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                const QRgb p = image.pixel(x, y);
                if (qAlpha(p) > 0) ++drawn;
                if (qAlpha(p) >= 200 && (p & RGB_MASK) != 0xffffff) ++solid[p | 0xff000000];
            }
        QVERIFY2(drawn > size * size / 4, qPrintable(QStringLiteral("blank at %1 px").arg(size)));
        QRgb main = 0;
        for (auto it = solid.cbegin(); it != solid.cend(); ++it)
            if (it.value() > solid.value(main)) main = it.key();
        const QColor found(main);
        const int off = qMax(qAbs(found.red() - colour.red()),
                             qMax(qAbs(found.green() - colour.green()), qAbs(found.blue() - colour.blue())));
        QVERIFY2(
            off <= 24,
            qPrintable(QStringLiteral("%1 px: %2, expected %3").arg(size).arg(found.name(), colour.name())));
    }
}

void TestMainWindow::statusIconsDrawAsAnIconOfAllSizes_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("mode");
    for (int status : {int(CriterionStatus::Pass), int(CriterionStatus::Fail), int(CriterionStatus::Info)})
        for (int mode : {int(QIcon::Normal), int(QIcon::Disabled), int(QIcon::Selected)})
            QTest::addRow("status %d, mode %d", status, mode) << status << mode;
}

// Status icons decode each size when first drawn; whatever is asked, in whatever order, they
// draw what an icon holding all the sizes from the start draws. statusIcon() uses this icon.
void TestMainWindow::statusIconsDrawAsAnIconOfAllSizes() {
    QFETCH(int, status);
    QFETCH(int, mode);
    const QString pattern = statusIconPath(CriterionStatus(status), QStringLiteral("%1"));
    QIcon allSizes;
    for (int size : kStatusIconSizes) {
        QImageReader reader(pattern.arg(size), "png");
        allSizes.addPixmap(QPixmap::fromImage(reader.read()));
    }
    QCOMPARE(allSizes.availableSizes().size(), int(std::size(kStatusIconSizes)));
    QCOMPARE(statusIcon(CriterionStatus(status)).availableSizes(), allSizes.availableSizes());
    const auto m = QIcon::Mode(mode);
    const QList<int> sizes(std::begin(kStatusIconSizes), std::end(kStatusIconSizes));
    // One icon asked for every size in turn (an answer may reuse sizes decoded before it), and a
    // new icon for each size (nothing decoded yet).
    const QIcon shared = pngSizesIcon(pattern, sizes);
    for (int asked : {100, 20, 8, 16, 33, 64, 47, 24, 12}) {
        const QSize size(asked, asked);
        for (const QIcon &lazy : {shared, pngSizesIcon(pattern, sizes), pngSizesIcon(pattern, sizes)}) {
            QCOMPARE(lazy.availableSizes(), allSizes.availableSizes());
            QCOMPARE(lazy.actualSize(size, m), allSizes.actualSize(size, m));
        }
        for (const QIcon &lazy : {shared, pngSizesIcon(pattern, sizes)})
            QCOMPARE(lazy.pixmap(size, m).toImage(), allSizes.pixmap(size, m).toImage());
        for (const QIcon &lazy : {shared, pngSizesIcon(pattern, sizes)})
            QCOMPARE(lazy.pixmap(size, 2.0, m).toImage(), allSizes.pixmap(size, 2.0, m).toImage());
        for (const QIcon &lazy : {shared, pngSizesIcon(pattern, sizes)}) {
            QImage a(asked + 4, asked + 4, QImage::Format_ARGB32_Premultiplied), b = a;
            a.fill(Qt::transparent);
            b.fill(Qt::transparent);
            QPainter pa(&a), pb(&b);
            lazy.paint(&pa, QRect(2, 2, asked, asked), Qt::AlignCenter, m);
            allSizes.paint(&pb, QRect(2, 2, asked, asked), Qt::AlignCenter, m);
            pa.end();
            pb.end();
            QCOMPARE(a, b);
        }
    }
}

// The Questionnaire, Firms and Result tabs are built when first shown (not before the first frame):
// clicked straight after start-up they must be complete.
void TestMainWindow::tabsOpenedFirstAreComplete() {
    auto w = openWindow();
    QTabBar *bar = w->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(MainWindow::QuestionnaireTab).center());
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::QuestionnaireTab));
    ProgrammeChooser *chooser = w->questionnaire()->chooser();
    QTRY_VERIFY(chooser->isVisible());
    QVERIFY(chooser->view()->isVisible());
    QCOMPARE(chooser->view()->model()->rowCount(), int(w->libraries()->library()->ruleSets().size()));

    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(MainWindow::FirmsTab).center());
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::FirmsTab));
    QTRY_VERIFY(w->firms()->view()->isVisible());
    QVERIFY(w->firms()->isOpen());
    QVERIFY(w->firms()->view()->list()->isVisible());

    // The Result tab too, and the page is built by the click, not before.
    QWidget *resultPage = w->tabs()->widget(MainWindow::ResultTab);
    QVERIFY(!resultPage->findChild<ResultView *>());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(MainWindow::ResultTab).center());
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::ResultTab));
    QTRY_VERIFY(w->resultView()->isVisible());
    QCOMPARE(resultPage->findChild<ResultView *>(), w->resultView());
    QVERIFY(w->resultView()->browser()->isVisible());
    QVERIFY(!w->resultView()->browser()->toPlainText().isEmpty()); // "assess a programme first"
}

// Edit → Copy result works before the Result tab was ever opened (its page is built then), and
// File → Export follows the Result tab once it is shown.
void TestMainWindow::resultActionsBeforeTheResultTabExists() {
    auto w = openWindow();
    QAction *copy = w->findChild<QAction *>(QStringLiteral("actionCopyResult"));
    QVERIFY(copy);
    QVERIFY(!w->tabs()->widget(MainWindow::ResultTab)->findChild<ResultView *>());
    QApplication::clipboard()->clear();
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text(), w->resultView()->plainText());
    QVERIFY(!QApplication::clipboard()->text().isEmpty());
    w->showTab(MainWindow::ResultTab);
    QVERIFY(w->reportActions()->pageSetupAction()->isEnabled());
    w->showTab(MainWindow::BrowserTab);
    QVERIFY(!w->reportActions()->pageSetupAction()->isEnabled());
}

void TestMainWindow::browserSearch_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("mustShow");
    QTest::addColumn<int>("maxDocuments");
    QTest::newRow("文号") << QStringLiteral("桂工信规范〔2025〕2号")
                          << QStringList{QStringLiteral("gx-enterprise-tech-center")} << 1;
    QTest::newRow("part of a quote") << QStringLiteral("研究与试验发展人员数不少于40人")
                                     << QStringList{QStringLiteral("gx-enterprise-tech-center")} << 1;
    QTest::newRow("programme title") << QStringLiteral("运行评价")
                                     << QStringList{QStringLiteral("gx-enterprise-tech-center")} << 13;
    QTest::newRow("nothing") << QStringLiteral("完全不存在的文字xyz") << QStringList() << 0;
}

void TestMainWindow::browserSearch() {
    QFETCH(QString, typed);
    QFETCH(QStringList, mustShow);
    QFETCH(int, maxDocuments);
    auto w = openWindow();
    BrowserView *b = w->browser();
    const int before = b->filterModel()->rowCount();
    QVERIFY(before >= 13);
    b->searchBox()->setFocus();
    typeText(b->searchBox(), typed);
    QAbstractItemModel *m = b->tree()->model();
    QStringList shown;
    for (int i = 0; i < m->rowCount(); ++i)
        shown << m->index(i, 0).data(ProgrammeTreeModel::RuleSetIdRole).toString();
    for (const QString &id : mustShow)
        QVERIFY2(shown.contains(id), qPrintable(shown.join(u',')));
    QVERIFY(shown.size() <= maxDocuments);
    if (!mustShow.isEmpty()) QVERIFY(m->rowCount(m->index(0, 0)) > 0); // its programmes are listed
    b->searchBox()->clear();
    QCOMPARE(m->rowCount(), before);
}

void TestMainWindow::browserShowsValidityOnTheChosenDate_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("validity");
    QTest::newRow("before 2025-02-12")
        << QDate(2025, 2, 11) << int(ProgrammeTreeModel::Validity::NotYetInForce);
    QTest::newRow("on the day") << QDate(2025, 2, 12) << int(ProgrammeTreeModel::Validity::InForce);
}

void TestMainWindow::browserShowsValidityOnTheChosenDate() {
    QFETCH(QDate, date);
    QFETCH(int, validity);
    auto w = openWindow();
    auto *dateEdit = w->findChild<QDateEdit *>(QStringLiteral("asOfDate"));
    QVERIFY(dateEdit);
    dateEdit->setDate(date);
    QCOMPARE(w->answers()->asOf(), date);
    QVERIFY(w->browser()->selectRuleSet(QStringLiteral("gx-enterprise-tech-center")));
    const QModelIndex row = w->browser()->tree()->currentIndex();
    QCOMPARE(row.siblingAtColumn(ProgrammeTreeModel::ValidityColumn)
                 .data(ProgrammeTreeModel::ValidityRole)
                 .toInt(),
             validity);
}

void TestMainWindow::documentViewQuotesEveryCriterion() {
    auto w = openWindow();
    QVERIFY(w->browser()->selectRuleSet(QStringLiteral("gx-enterprise-tech-center"),
                                        QStringLiteral("recognition")));
    const QString text = w->browser()->documentView()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("桂工信规范〔2025〕2号")));
    QVERIFY(text.contains(QStringLiteral("第七条第(三)项")));
    QVERIFY(text.contains(QStringLiteral("企业上年度主营业务收入不低于5000万元")));
}

void TestMainWindow::problemsPanelListsBrokenRuleFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString broken = dir.filePath(QStringLiteral("broken.yaml"));
    QVERIFY(QFile::copy(QStringLiteral(ELIGICHECK_TEST_DATA "/gui/broken-rules/broken.yaml"), broken));
    auto w = openWindow({QStringLiteral("--rules-dir"), dir.path()});

    // The app is up with every bundled rule set …
    QVERIFY(w->libraries()->library()->ruleSet(QStringLiteral("gx-enterprise-tech-center")));
    QVERIFY(!w->libraries()->library()->ruleSet(QStringLiteral("gui-test-broken")));
    // … and the Problems panel shows the broken file with file:line:column and the reason.
    QVERIFY(w->problemsPanel()->isVisible());
    QAbstractItemModel *m = w->problemsPanel()->view()->model();
    bool found = false;
    for (int i = 0; i < m->rowCount(); ++i) {
        const QString where = m->index(i, ProblemsModel::LocationColumn).data().toString();
        const QString what = m->index(i, ProblemsModel::MessageColumn).data().toString();
        if (where.startsWith(broken + QStringLiteral(":24:")) &&
            what.contains(QStringLiteral("gui_no_such_fact_count")))
            found = true;
    }
    QVERIFY2(found, "broken.yaml:24:… not listed");
    QVERIFY(w->problemsPanel()->windowTitle().contains(QString::number(m->rowCount())));
}

void TestMainWindow::answersFileRoundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("firm.yaml"));
    auto w = openWindow();
    QVERIFY(
        assessFromBrowser(*w, QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("recognition")));
    QuestionnaireView *q = w->questionnaire();
    answer(q, QStringLiteral("is_independent_legal_person"), QStringLiteral("是"));
    clickNext(q);
    answer(q, QStringLiteral("main_business_revenue_wan"), QStringLiteral("0.5 亿元"));
    QString error;
    QVERIFY2(w->answersController()->save(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString yaml = QString::fromUtf8(f.readAll());
    QVERIFY(yaml.contains(QStringLiteral("as_of: 2025-06-01")));
    QVERIFY(yaml.contains(QStringLiteral("main_business_revenue_wan: \"5000\"")));
    QVERIFY(yaml.contains(QStringLiteral("is_independent_legal_person: \"true\"")));

    auto other = openWindow();
    QVERIFY2(other->answersController()->open(path, &error), qPrintable(error));
    QCOMPARE(other->answers()->values(), w->answers()->values());
    QCOMPARE(other->answers()->asOf(), QDate(2025, 6, 1));
    QVERIFY(other->answersController()->recentFiles().contains(QFileInfo(path).absoluteFilePath()));
}

void TestMainWindow::brokenAnswersFileChangesNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("as_of: 2025-06-01\nfacts:\n  rd_staff_count: abc\n");
    f.close();
    auto w = openWindow();
    w->answers()->setValue(QStringLiteral("rd_staff_count"), Value::fromNumber(Number(41)));
    QString error;
    QVERIFY(!w->answersController()->open(path, &error));
    QVERIFY2(error.contains(path + QStringLiteral(":3:")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("not a number")));
    QCOMPARE(w->answers()->value(QStringLiteral("rd_staff_count")).toPlainString(), QStringLiteral("41"));
}

void TestMainWindow::commandLine_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("dirs");
    QTest::addColumn<int>("lang");
    QTest::newRow("defaults") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} << true << 0
                              << int(Lang::Zh);
    QTest::newRow("two rule dirs, English")
        << QStringList{QStringLiteral("--rules-dir"), QStringLiteral("/a"),     QStringLiteral("--rules-dir"),
                       QStringLiteral("/b"),          QStringLiteral("--lang"), QStringLiteral("en")}
        << true << 2 << int(Lang::En);
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << false << 0 << 0;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << false << 0 << 0;
}

void TestMainWindow::commandLine() {
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    QFETCH(int, dirs);
    QFETCH(int, lang);
    QString error;
    const auto options = parseGuiOptions(QStringList{QStringLiteral("eligicheck")} + args, &error);
    QCOMPARE(options.has_value(), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(options->rulesDirs.size(), dirs);
    QCOMPARE(int(options->lang), lang);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
