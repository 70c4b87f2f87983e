// Firm first (issue 17, item 1): the app opens on a start page with the firms (most recently
// assessed first), a search, "New firm…" and a quick check that stores nothing; choosing a firm
// opens its questionnaire, and its name and credit code are on the window title and in a header
// above the questionnaire (with the live verdict) and the result.
#include "guitest.h"

#include "assessmentservice.h"
#include "firmheader.h"
#include "firmrepository.h"
#include "firmworkspace.h"
#include "resultview.h"
#include "startpage.h"

#include <QDialog>
#include <QLabel>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

using namespace eligicheck;
using namespace guitest;

namespace {

const QDate kAsOf(2025, 6, 1);
const QString kCode = QStringLiteral("91350100M000100Y43");

qint64 addFirm(Database &db, const QString &name, const QString &code = QString()) {
    Result<Firm> f = FirmRepository(db).addFirm(Firm::named(name, code));
    return f.ok() ? f->id : 0;
}

int count(const QString &path, const QString &table) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(path)).ok()) return -1;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
}

QStringList listedNames(StartPage *page) {
    QStringList out;
    QAbstractItemModel *m = page->list()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, 0).data().toString();
    return out;
}

FirmHeader *headerOf(QWidget *page) {
    return page->findChild<FirmHeader *>();
}

} // namespace

class TestStartPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void opensOnTheFirmList();
    void emptyDatabaseSaysWhatToDo();
    void choosingAFirmShowsItEverywhere();
    void newFirmOpensItsQuestionnaire();
    void quickCheckStoresNothing();

private:
    QString dbPath() { return m_dir.filePath(QStringLiteral("start-%1.db").arg(++m_counter)); }
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestStartPage::opensOnTheFirmList() {
    const QString path = dbPath();
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
        QVERIFY(addFirm(db, QStringLiteral("南宁甲科技有限公司")));
        const qint64 assessed = addFirm(db, QStringLiteral("柳州乙机械有限公司"), kCode);
        QVERIFY(assessed);
        QVERIFY(AssessmentService(db, library())
                    .assess(assessed, *library().ruleSet(QStringLiteral("gx-enterprise-tech-center")), kAsOf)
                    .ok());
        QVERIFY(addFirm(db, QStringLiteral("桂林丙信息有限公司")));
    }
    auto w = openWindow({QStringLiteral("--db"), path});
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::StartTab));
    StartPage *start = w->firms()->startPage();
    QVERIFY(start->isVisible());
    QTRY_COMPARE(start->list()->model()->rowCount(), 3);
    QVERIFY(start->list()->isVisible());
    QVERIFY(!start->emptyHint()->isVisible());
    // The firm worked on most recently (assessed) first.
    QCOMPARE(listedNames(start).first(), QStringLiteral("柳州乙机械有限公司"));
    // Search by part of the name or by credit code.
    start->searchBox()->setFocus();
    typeText(start->searchBox(), QStringLiteral("桂林"));
    QCOMPARE(listedNames(start), QStringList{QStringLiteral("桂林丙信息有限公司")});
    clearAndType(start->searchBox(), QStringLiteral("M000100"));
    QCOMPARE(listedNames(start), QStringList{QStringLiteral("柳州乙机械有限公司")});
}

void TestStartPage::emptyDatabaseSaysWhatToDo() {
    auto w = openWindow({QStringLiteral("--db"), dbPath()});
    QTRY_VERIFY(w->firms()->isOpen());
    StartPage *start = w->firms()->startPage();
    QVERIFY(start->emptyHint()->isVisible());
    QVERIFY(!start->list()->isVisible());
    // The hint names the button to press (as the button reads, without its mnemonic).
    QString button = start->newFirmButton()->text();
    button.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))).remove(u'&');
    QVERIFY2(start->emptyHint()->text().contains(button), qPrintable(start->emptyHint()->text()));
    QVERIFY(!start->openButton()->isEnabled());
    // The quick check says it stores nothing.
    QCOMPARE(start->quickCheckButton()->text(),
             QCoreApplication::translate("eligicheck::StartPage", "Quic&k check (not stored)"));
}

void TestStartPage::choosingAFirmShowsItEverywhere() {
    const QString path = dbPath();
    qint64 id = 0;
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
        id = addFirm(db, QStringLiteral("柳州乙机械有限公司"), kCode);
        QVERIFY(id);
    }
    auto w = openWindow({QStringLiteral("--db"), path});
    StartPage *start = w->firms()->startPage();
    QTRY_COMPARE(start->list()->model()->rowCount(), 1);
    const QRect row = start->list()->visualRect(start->list()->model()->index(0, 0));
    QTest::mouseClick(start->list()->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(start->list()->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(w->firms()->linkedFirm(), id);
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::QuestionnaireTab));
    QVERIFY(w->windowTitle().contains(QStringLiteral("柳州乙机械有限公司")));
    QVERIFY(w->windowTitle().contains(kCode));
    // Above the questionnaire and its live verdict…
    FirmHeader *header = headerOf(w->tabs()->widget(MainWindow::QuestionnaireTab));
    QVERIFY(header && header->isVisible());
    QVERIFY(header->text().contains(QStringLiteral("柳州乙机械有限公司")) && header->text().contains(kCode));
    QVERIFY(header->geometry().bottom() <= w->questionnaire()->geometry().top());
    QTRY_VERIFY(w->questionnaire()->height() > 0);
    // One line: the questionnaire keeps the page.
    QVERIFY2(header->height() <= header->fontMetrics().height() * 3,
             qPrintable(QString::number(header->height())));
    QVERIFY(w->questionnaire()->height() > header->height() * 5);
    // …and above the result.
    w->showTab(MainWindow::ResultTab);
    FirmHeader *resultHeader = headerOf(w->tabs()->widget(MainWindow::ResultTab));
    QVERIFY(resultHeader && resultHeader->isVisible());
    QCOMPARE(resultHeader->text(), header->text());
    // The result starts with its content, not with an empty line and a rule.
    QVERIFY(!w->resultView()->browser()->toHtml().contains(QStringLiteral("<hr />\n<h2")) ||
            w->session()->results().size() > 1);
}

void TestStartPage::newFirmOpensItsQuestionnaire() {
    const QString path = dbPath();
    auto w = openWindow({QStringLiteral("--db"), path});
    QTRY_VERIFY(w->firms()->isOpen());
    auto added = whenModal<QDialog>([](QDialog *d) {
        typeText(d->findChild<QLineEdit *>(QStringLiteral("newFirmName")),
                 QStringLiteral("北海丁贸易有限公司"));
        d->accept();
    });
    QTest::mouseClick(w->firms()->startPage()->newFirmButton(), Qt::LeftButton);
    QVERIFY(*added);
    QVERIFY(w->firms()->linkedFirm() != 0);
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::QuestionnaireTab));
    QVERIFY(w->windowTitle().contains(QStringLiteral("北海丁贸易有限公司")));
    QCOMPARE(count(path, QStringLiteral("firms")), 1);
}

void TestStartPage::quickCheckStoresNothing() {
    const QString path = dbPath();
    auto w = openWindow({QStringLiteral("--db"), path});
    QTRY_VERIFY(w->firms()->isOpen());
    QTest::mouseClick(w->firms()->startPage()->quickCheckButton(), Qt::LeftButton);
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::QuestionnaireTab));
    QCOMPARE(w->firms()->linkedFirm(), 0);
    FirmHeader *header = headerOf(w->tabs()->widget(MainWindow::QuestionnaireTab));
    QCOMPARE(header->text(),
             QCoreApplication::translate("eligicheck::FirmHeader",
                                         "Quick check — no firm chosen; these answers are not stored"));
    QVERIFY(
        assessFromBrowser(*w, QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("recognition")));
    QVERIFY(w->questionnaire()->goToPage(QStringLiteral("rd")));
    answer(w->questionnaire(), QStringLiteral("rd_staff_count"), QStringLiteral("50"));
    QTest::qWait(800);
    QCOMPARE(count(path, QStringLiteral("firms")), 0);
    QCOMPARE(count(path, QStringLiteral("answers")), 0);
    QCOMPARE(count(path, QStringLiteral("drafts")), 0);
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
