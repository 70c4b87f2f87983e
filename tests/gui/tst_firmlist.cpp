// The Firms tab as a client list (issue 17, items 4 and 8): edit a firm's name, credit code,
// region, contact and notes; delete with confirmation, Undo and the recycle bin; a stored
// assessment opened read-only with print and export; the history's empty-state hint; the
// firm dialog sized to its content.
#include "guitest.h"

#include "assessmentservice.h"
#include "firmassessmentsmodel.h"
#include "firmdialog.h"
#include "firmlistview.h"
#include "firmrepository.h"
#include "firmtablemodel.h"
#include "firmview.h"
#include "firmworkspace.h"
#include "programmechooser.h"
#include "programmetreemodel.h"
#include "storedreportdialog.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <functional>

using namespace eligicheck;
using namespace guitest;

namespace {

const QDate kAsOf(2025, 6, 1);
const QString kName = QStringLiteral("柳州示例机械有限公司");

// A firm with one answer and (optionally) one stored assessment of 认定 only.
qint64 seed(const QString &path, bool assessed) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(path)).ok()) return 0;
    FirmRepository repo(db);
    Result<Firm> f = repo.addFirm(Firm::named(kName));
    if (!f.ok()) return 0;
    AnswerInput in{QStringLiteral("rd_staff_count"), 0, Value::fromNumber(Number(12)), QStringLiteral("12"),
                   AnswerInput::AnyVersion};
    if (!repo.setAnswer(f->id, in, library().facts()).ok()) return 0;
    if (assessed && !AssessmentService(db, library())
                         .assess(f->id, *library().ruleSet(QStringLiteral("gx-enterprise-tech-center")),
                                 kAsOf, nullptr, Lang::Zh, {QStringLiteral("recognition")})
                         .ok())
        return 0;
    return f->id;
}

Firm stored(const QString &path, qint64 id) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(path)).ok()) return Firm();
    Result<Firm> f = FirmRepository(db).firm(id);
    return f.ok() ? f.value() : Firm();
}

std::unique_ptr<MainWindow> openFirms(const QString &path) {
    auto w = openWindow({QStringLiteral("--db"), path});
    w->answers()->setAsOf(kAsOf);
    w->showTab(MainWindow::FirmsTab);
    // The tab is built when shown; its layout is done by the next turn of the event loop.
    for (int i = 0; i < 50 && w->firms()->view()->deleteButton()->height() == 0; ++i)
        QTest::qWait(10);
    return w;
}

bool listed(MainWindow &w, const QString &name) {
    QAbstractItemModel *m = w.firms()->view()->list()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, FirmTableModel::NameColumn).data().toString() == name) return true;
    return false;
}

} // namespace

class TestFirmList : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void editSavesEveryField();
    void deleteAsksAndUndoBringsItBack_data();
    void deleteAsksAndUndoBringsItBack();
    void recycleBinRestores();
    void storedAssessmentOpensReadOnlyToPrintAndExport();
    void historySaysHowToFillIt();
    void firmDialogFitsItsContent();
    void stepOneShowsValidityAndDocumentNumberWhole();

private:
    QString dbPath() { return m_dir.filePath(QStringLiteral("list-%1.db").arg(++m_counter)); }
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestFirmList::editSavesEveryField() {
    const QString path = dbPath();
    const qint64 id = seed(path, false);
    QVERIFY(id);
    auto w = openFirms(path);
    // Working on the firm: the title follows the edit.
    QVERIFY(w->firms()->view()->selectFirm(id));
    QTest::mouseClick(w->firms()->firmView()->assessButton(), Qt::LeftButton);
    w->showTab(MainWindow::FirmsTab);
    QVERIFY(w->firms()->view()->selectFirm(id));
    auto edited = whenModal<QDialog>([](QDialog *d) {
        clearAndType(d->findChild<QLineEdit *>(QStringLiteral("newFirmName")),
                     QStringLiteral("柳州新名称有限公司"));
        clearAndType(d->findChild<QLineEdit *>(QStringLiteral("newFirmCreditCode")),
                     QStringLiteral("91350100M000100Y43"));
        // Where it is registered: chosen from the known provinces and cities (they are answers).
        auto *province = d->findChild<QComboBox *>(QStringLiteral("firmProvince"));
        auto *city = d->findChild<QComboBox *>(QStringLiteral("firmCity"));
        if (!province || !city) return d->reject();
        province->setCurrentIndex(province->findData(QStringLiteral("guangxi")));
        city->setCurrentIndex(city->findData(QStringLiteral("liuzhou")));
        clearAndType(d->findChild<QLineEdit *>(QStringLiteral("firmContact")),
                     QStringLiteral("张会计 0772-1234567"));
        auto *notes = d->findChild<QPlainTextEdit *>(QStringLiteral("firmNotes"));
        notes->setFocus();
        typeText(notes, QStringLiteral("老客户"));
        d->accept();
    });
    QTest::mouseClick(w->firms()->view()->editButton(), Qt::LeftButton);
    QVERIFY(*edited);
    const Firm f = stored(path, id);
    QCOMPARE(f.name, QStringLiteral("柳州新名称有限公司"));
    QCOMPARE(f.creditCode, QStringLiteral("91350100M000100Y43"));
    QCOMPARE(f.region, QStringLiteral("广西壮族自治区 柳州市"));
    // The firm is being assessed: its questionnaire has the place as answers.
    QCOMPARE(w->answers()->values().value(QStringLiteral("city")),
             Value::fromChoice(QStringLiteral("liuzhou")));
    QCOMPARE(w->answers()->values().value(QStringLiteral("province")),
             Value::fromChoice(QStringLiteral("guangxi")));
    QCOMPARE(f.contact, QStringLiteral("张会计 0772-1234567"));
    QCOMPARE(f.notes, QStringLiteral("老客户"));
    QVERIFY(listed(*w, QStringLiteral("柳州新名称有限公司")));
    QVERIFY(w->windowTitle().contains(QStringLiteral("柳州新名称有限公司")));
}

void TestFirmList::deleteAsksAndUndoBringsItBack_data() {
    QTest::addColumn<bool>("confirm");
    QTest::newRow("cancelled") << false;
    QTest::newRow("confirmed, then undone") << true;
}

void TestFirmList::deleteAsksAndUndoBringsItBack() {
    QFETCH(bool, confirm);
    const QString path = dbPath();
    const qint64 id = seed(path, true);
    QVERIFY(id);
    auto w = openFirms(path);
    QVERIFY(w->firms()->view()->selectFirm(id));
    QString asked;
    auto ran = whenModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->text();
        QAbstractButton *b =
            confirm ? box->findChild<QAbstractButton *>(QStringLiteral("confirmDeleteFirmButton"))
                    : box->button(QMessageBox::Cancel);
        QTest::mouseClick(b, Qt::LeftButton);
    });
    QTest::mouseClick(w->firms()->view()->deleteButton(), Qt::LeftButton);
    QVERIFY(*ran);
    QVERIFY2(asked.contains(kName), qPrintable(asked));
    QCOMPARE(listed(*w, kName), !confirm);
    QCOMPARE(stored(path, id).deletedAt.isEmpty(), !confirm);
    if (!confirm) return;
    QPushButton *undo = w->firms()->view()->undoButton();
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(listed(*w, kName));
    QVERIFY(!undo->isVisible());
    QVERIFY(stored(path, id).deletedAt.isEmpty());
    // With its answers and assessment.
    QCOMPARE(w->firms()->view()->currentFirmId(), id);
    QCOMPARE(w->firms()->firmView()->assessmentsModel()->rowCount(), 1);
}

void TestFirmList::recycleBinRestores() {
    const QString path = dbPath();
    const qint64 id = seed(path, false);
    QVERIFY(id);
    auto w = openFirms(path);
    QVERIFY(w->firms()->view()->selectFirm(id));
    auto confirmed = whenModal<QMessageBox>([](QMessageBox *box) {
        QTest::mouseClick(box->findChild<QAbstractButton *>(QStringLiteral("confirmDeleteFirmButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(w->firms()->view()->deleteButton(), Qt::LeftButton);
    QVERIFY(*confirmed);
    QVERIFY(!listed(*w, kName));
    auto restored = whenModal<QDialog>([](QDialog *d) {
        auto *list = d->findChild<QListWidget *>(QStringLiteral("deletedFirms"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(kName));
        list->setCurrentRow(0);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("restoreFirm")), Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        d->reject();
    });
    QTest::mouseClick(w->firms()->view()->findChild<QPushButton *>(QStringLiteral("firmRecycleBin")),
                      Qt::LeftButton);
    QVERIFY(*restored);
    QVERIFY(listed(*w, kName));
}

void TestFirmList::storedAssessmentOpensReadOnlyToPrintAndExport() {
    const QString path = dbPath();
    const qint64 id = seed(path, true);
    QVERIFY(id);
    auto w = openFirms(path);
    QVERIFY(w->firms()->view()->selectFirm(id));
    FirmView *view = w->firms()->firmView();
    view->findChild<QTabWidget *>(QStringLiteral("firmTabs"))->setCurrentWidget(view->assessmentsView());
    QTableView *assessments = view->assessmentsView();
    QCOMPARE(assessments->model()->rowCount(), 1);
    const QRect row = assessments->visualRect(assessments->model()->index(0, 0));
    QTest::mouseClick(assessments->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(assessments->viewport(), Qt::LeftButton, {}, row.center());
    StoredReportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<StoredReportDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->browser()->isReadOnly());
    const QString text = dialog->browser()->toPlainText();
    QVERIFY(text.contains(kName));
    QVERIFY(text.contains(QStringLiteral("自治区企业技术中心认定")));
    QVERIFY(!text.contains(QStringLiteral("运行评价"))); // stored for 认定 only
    QVERIFY(dialog->printButton()->isEnabled());
    QVERIFY(dialog->exportButton()->isEnabled());
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("stored.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(dialog->controller()->exportTo(pdf, ReportController::Format::Pdf, &error, &pages),
             qPrintable(error));
    QVERIFY(pages >= 1);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    dialog->close();
}

void TestFirmList::historySaysHowToFillIt() {
    const QString path = dbPath();
    const qint64 id = seed(path, false);
    QVERIFY(id);
    auto w = openFirms(path);
    QVERIFY(w->firms()->view()->selectFirm(id));
    FirmView *view = w->firms()->firmView();
    auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("firmTabs"));
    tabs->setCurrentIndex(tabs->count() - 1); // History, the last tab
    QVERIFY(view->historyHint()->isVisible());
    QVERIFY(!view->historyHint()->text().isEmpty());
    view->answersView()->setCurrentIndex(view->answersView()->model()->index(0, 0));
    QVERIFY(!view->historyHint()->isVisible());
    QVERIFY(view->findChild<QTableView *>(QStringLiteral("answerHistory"))->model()->rowCount() >= 1);
}

// It was 259×130 px with the name and credit code cut off.
void TestFirmList::firmDialogFitsItsContent() {
    FirmDialog dialog{Firm(), &library().facts(), {}, Lang::Zh};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("newFirmName"));
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("newFirmCreditCode"));
    const QFontMetrics fm = name->fontMetrics();
    QVERIFY(name->width() >=
            fm.horizontalAdvance(QStringLiteral("广西壮族自治区柳州市某某精密机械制造股份有限公司")));
    QVERIFY(code->width() >= fm.horizontalAdvance(QStringLiteral("91350100M000100Y43")));
    QVERIFY(code->width() >= fm.horizontalAdvance(code->placeholderText()));
    QVERIFY(dialog.width() > 259 && dialog.height() > 130);
    // Every label is shown whole.
    for (QLabel *l : dialog.findChildren<QLabel *>())
        QVERIFY2(l->width() >= l->sizeHint().width(), qPrintable(l->text()));
    // Province, city and applicant type are choices, each wide enough for its longest entry
    // (新疆维吾尔自治区, 湘西土家族苗族自治州, 社会组织(…)).
    for (const char *name : {"firmProvince", "firmCity", "firmApplicantType"}) {
        auto *box = dialog.findChild<QComboBox *>(QLatin1String(name));
        QVERIFY2(box, name);
        QVERIFY(box->count() > 2);
        int widest = 0;
        for (int i = 0; i < box->count(); ++i)
            widest = qMax(widest, box->fontMetrics().horizontalAdvance(box->itemText(i)));
        QVERIFY2(box->width() >= widest, name);
    }
}

// Step 1 cut validity to "已于 2024-···" and the 文号.
void TestFirmList::stepOneShowsValidityAndDocumentNumberWhole() {
    auto w = openWindow();
    w->resize(1366, 768);
    w->showTab(MainWindow::QuestionnaireTab);
    ProgrammeChooser *chooser = w->questionnaire()->chooser();
    QTRY_VERIFY(chooser->view()->isVisible());
    QTreeView *view = chooser->view();
    QAbstractItemModel *m = view->model();
    int checked = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            for (int c : {int(ProgrammeTreeModel::ValidityColumn), int(ProgrammeTreeModel::NumberColumn)}) {
                const QModelIndex i = m->index(r, c, parent);
                const QString text = i.data().toString();
                if (text.isEmpty()) continue;
                const int needed = view->fontMetrics().horizontalAdvance(text);
                QVERIFY2(view->columnWidth(c) >= needed, qPrintable(text));
                ++checked;
            }
            walk(m->index(r, 0, parent));
        }
    };
    walk(QModelIndex());
    QVERIFY(checked > 20);
}

QTEST_MAIN(TestFirmList)
#include "tst_firmlist.moc"
