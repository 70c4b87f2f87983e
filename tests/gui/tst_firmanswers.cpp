// Answers belong to the firm and are never lost (issue 17, item 2): a firm's answers are written
// to it as they are typed, so switching firms, starting a new assessment or quitting loses
// nothing; a quick check's answers are not wiped by opening a firm without asking; quitting with
// a quick check asks first. Each test drives the real window on its own database file (--db).
#include "guitest.h"

#include "assessmentservice.h"
#include "assessmentstore.h"
#include "firmlistview.h"
#include "firmrepository.h"
#include "firmtablemodel.h"
#include "firmview.h"
#include "firmworkspace.h"
#include "programmechooser.h"
#include "programmetreemodel.h"
#include "questionnaireview.h"
#include "reportcontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>

using namespace eligicheck;
using namespace guitest;

namespace {

const QString kTechCentre = QStringLiteral("gx-enterprise-tech-center");
const QString kRecognition = QStringLiteral("recognition");
const QDate kAsOf(2025, 6, 1);

qint64 addFirm(const QString &dbPath, const QString &name) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(dbPath)).ok()) return 0;
    Result<Firm> f = FirmRepository(db).addFirm(Firm::named(name));
    return f.ok() ? f->id : 0;
}

// The firm's stored answer as plain text ("" when it has none).
QString stored(const QString &dbPath, qint64 firmId, const QString &factId) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(dbPath)).ok()) return QStringLiteral("<cannot open>");
    Result<QVector<StoredAnswer>> all = FirmRepository(db).answers(firmId);
    if (!all.ok()) return all.error().message;
    for (const StoredAnswer &a : all.value())
        if (a.factId == factId) return a.value.toPlainString();
    return QString();
}

int historyLength(const QString &dbPath, qint64 firmId, const QString &factId) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(dbPath)).ok()) return -1;
    Result<QVector<StoredAnswer>> h = FirmRepository(db).answerHistory(firmId, factId, 0);
    return h.ok() ? int(h->size()) : -1;
}

// Clicks the button called `name` of the next message box.
std::shared_ptr<bool> clickInNextBox(const QString &name, QString *text = nullptr) {
    return whenModal<QMessageBox>([name, text](QMessageBox *box) {
        if (text) *text = box->text();
        auto *b = box->findChild<QAbstractButton *>(name);
        if (!b) b = box->button(QMessageBox::Cancel);
        QTest::mouseClick(b, Qt::LeftButton);
    });
}

std::unique_ptr<MainWindow> openWithDb(const QString &dbPath) {
    auto w = openWindow({QStringLiteral("--db"), dbPath});
    w->answers()->setAsOf(kAsOf);
    w->showTab(MainWindow::FirmsTab);
    return w;
}

// Firms tab → the firm → 新建评估, as the user does.
void assessFirm(MainWindow &w, qint64 firmId) {
    w.showTab(MainWindow::FirmsTab);
    QVERIFY(w.firms()->view()->selectFirm(firmId));
    QTest::mouseClick(w.firms()->firmView()->assessButton(), Qt::LeftButton);
}

void typeOnPage(MainWindow &w, const QString &page, const QString &fact, const QString &value) {
    QVERIFY(w.questionnaire()->goToPage(page));
    answer(w.questionnaire(), fact, value);
}

} // namespace

class TestFirmAnswers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void quickCheckAnswersAreNotWipedByANewFirm_data();
    void quickCheckAnswersAreNotWipedByANewFirm();
    void answersAreWrittenToTheFirmAsTyped();
    void answersSurviveSwitchingFirms();
    void answersSurviveQuitAndRelaunch();
    void newAssessmentKeepsTheFirmsAnswers();
    void quittingAQuickCheckAsksFirst_data();
    void quittingAQuickCheckAsksFirst();
    void storedAssessmentCoversTheChosenProgrammesOnly();
    void regionTextIsTheFirmsRegistrationPlace_data();
    void regionTextIsTheFirmsRegistrationPlace();
    void firmDialogSetsWhereTheFirmIsRegistered();
    void chooserShowsWhatConcernsTheFirm();
    void summaryReportFromTheFirmView();

private:
    QString dbPath() { return m_databases.next(); }
    TestDatabases m_databases;
};

void TestFirmAnswers::quickCheckAnswersAreNotWipedByANewFirm_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("linked");
    QTest::addColumn<bool>("kept");
    QTest::newRow("use for the firm") << QStringLiteral("useQuickCheckAnswers") << true << true;
    QTest::newRow("discard") << QStringLiteral("discardQuickCheckAnswers") << true << false;
    QTest::newRow("cancel") << QStringLiteral("cancelQuickCheckAnswers") << false << true;
}

// The reported loss: answers typed, then a firm created and its 新建评估 clicked — every answer
// was wiped without a prompt and the programme unticked.
void TestFirmAnswers::quickCheckAnswersAreNotWipedByANewFirm() {
    QFETCH(QString, button);
    QFETCH(bool, linked);
    QFETCH(bool, kept);
    const QString path = dbPath();
    auto w = openWithDb(path);
    QTRY_VERIFY(w->firms()->isOpen());
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    typeOnPage(*w, QStringLiteral("rd"), QStringLiteral("rd_staff_count"), QStringLiteral("55"));
    typeOnPage(*w, QStringLiteral("finance"), QStringLiteral("main_business_revenue_wan"),
               QStringLiteral("8000"));

    // 新建企业 through its dialog.
    w->showTab(MainWindow::FirmsTab);
    auto added = whenModal<QDialog>([](QDialog *d) {
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("newFirmName"));
        typeText(name, QStringLiteral("柳州新建机械有限公司"));
        d->accept();
    });
    QTest::mouseClick(w->firms()->view()->addButton(), Qt::LeftButton);
    QVERIFY(*added);
    Database db;
    QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
    Result<Firm> firm = FirmRepository(db).findFirm(QStringLiteral("柳州新建机械有限公司"));
    QVERIFY(firm.ok());

    QString asked;
    auto clicked = clickInNextBox(button, &asked);
    QTest::mouseClick(w->firms()->firmView()->assessButton(), Qt::LeftButton);
    QVERIFY2(*clicked, "no question before the quick check's answers were replaced");
    QVERIFY2(asked.contains(QStringLiteral("2")), qPrintable(asked)); // it says how many

    QCOMPARE(w->firms()->linkedFirm(), linked ? firm->id : 0);
    QCOMPARE(w->answers()->value(QStringLiteral("rd_staff_count")).toPlainString(),
             kept ? QStringLiteral("55") : QString());
    if (!linked) return;
    // The programme stays chosen when the answers are carried over, and the live verdict and
    // step 1 agree.
    if (kept) {
        QCOMPARE(w->session()->selection().size(), 1);
        QCOMPARE(w->session()->selection().first().programmeId, kRecognition);
        QVERIFY(w->questionnaire()->currentPageName() != QStringLiteral("choose"));
        QCOMPARE(w->questionnaire()->liveView()->model()->rowCount(), 1);
        // …and they are the firm's now, stored without any save command.
        QTRY_COMPARE_WITH_TIMEOUT(stored(path, firm->id, QStringLiteral("rd_staff_count")),
                                  QStringLiteral("55"), 2000);
        QCOMPARE(stored(path, firm->id, QStringLiteral("main_business_revenue_wan")), QStringLiteral("8000"));
    } else {
        QTest::qWait(800);
        QCOMPARE(stored(path, firm->id, QStringLiteral("rd_staff_count")), QString());
    }
}

void TestFirmAnswers::answersAreWrittenToTheFirmAsTyped() {
    const QString path = dbPath();
    const qint64 id = addFirm(path, QStringLiteral("南宁即存科技有限公司"));
    QVERIFY(id != 0);
    auto w = openWithDb(path);
    assessFirm(*w, id);
    QCOMPARE(w->firms()->linkedFirm(), id);
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    QCOMPARE(w->firms()->linkedFirm(), id);
    typeOnPage(*w, QStringLiteral("rd"), QStringLiteral("rd_staff_count"), QStringLiteral("40"));
    // No save command: stored within a second of the pause in typing.
    QTRY_COMPARE_WITH_TIMEOUT(stored(path, id, QStringLiteral("rd_staff_count")), QStringLiteral("40"), 1000);
    answer(w->questionnaire(), QStringLiteral("rd_staff_count"), QStringLiteral("41"));
    QTRY_COMPARE_WITH_TIMEOUT(stored(path, id, QStringLiteral("rd_staff_count")), QStringLiteral("41"), 1000);
    // With its history: the earlier value is kept.
    QVERIFY(historyLength(path, id, QStringLiteral("rd_staff_count")) >= 1);
}

void TestFirmAnswers::answersSurviveSwitchingFirms() {
    const QString path = dbPath();
    const qint64 a = addFirm(path, QStringLiteral("甲公司"));
    const qint64 b = addFirm(path, QStringLiteral("乙公司"));
    QVERIFY(a != 0 && b != 0);
    auto w = openWithDb(path);
    assessFirm(*w, a);
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    typeOnPage(*w, QStringLiteral("rd"), QStringLiteral("rd_staff_count"), QStringLiteral("12"));
    // Straight to the other firm, without waiting for the pause.
    assessFirm(*w, b);
    QCOMPARE(w->firms()->linkedFirm(), b);
    QCOMPARE(stored(path, a, QStringLiteral("rd_staff_count")), QStringLiteral("12"));
    QVERIFY(!w->answers()->value(QStringLiteral("rd_staff_count")).isKnown()); // 乙 has its own answers
    assessFirm(*w, a);
    QCOMPARE(w->answers()->value(QStringLiteral("rd_staff_count")).toPlainString(), QStringLiteral("12"));
}

void TestFirmAnswers::answersSurviveQuitAndRelaunch() {
    const QString path = dbPath();
    const qint64 id = addFirm(path, QStringLiteral("柳州关闭测试有限公司"));
    QVERIFY(id != 0);
    {
        auto w = openWithDb(path);
        assessFirm(*w, id);
        QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
        typeOnPage(*w, QStringLiteral("rd"), QStringLiteral("rd_staff_count"), QStringLiteral("33"));
        // Quit at once (File → Quit), no save command, no pause.
        w->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
        QVERIFY(!w->isVisible());
    }
    QCOMPARE(stored(path, id, QStringLiteral("rd_staff_count")), QStringLiteral("33"));
    auto again = openWithDb(path);
    assessFirm(*again, id);
    QCOMPARE(again->answers()->value(QStringLiteral("rd_staff_count")).toPlainString(), QStringLiteral("33"));
}

void TestFirmAnswers::newAssessmentKeepsTheFirmsAnswers() {
    const QString path = dbPath();
    const qint64 id = addFirm(path, QStringLiteral("桂林新评估有限公司"));
    QVERIFY(id != 0);
    auto w = openWithDb(path);
    assessFirm(*w, id);
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    typeOnPage(*w, QStringLiteral("rd"), QStringLiteral("rd_staff_count"), QStringLiteral("70"));
    w->findChild<QAction *>(QStringLiteral("actionNew"))->trigger(); // 新建评估 (Ctrl+N)
    QCOMPARE(w->firms()->linkedFirm(), id);
    QCOMPARE(w->questionnaire()->currentPageName(), QStringLiteral("choose"));
    QCOMPARE(w->answers()->value(QStringLiteral("rd_staff_count")).toPlainString(), QStringLiteral("70"));
    QCOMPARE(stored(path, id, QStringLiteral("rd_staff_count")), QStringLiteral("70"));
    // Known now: the new assessment asks only what is missing.
    QVERIFY(w->session()->knownFacts().contains(QStringLiteral("rd_staff_count")));
}

void TestFirmAnswers::quittingAQuickCheckAsksFirst_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("closed");
    QTest::newRow("cancel") << QStringLiteral("cancel") << false;
    QTest::newRow("discard") << QStringLiteral("discardQuickCheckButton") << true;
}

void TestFirmAnswers::quittingAQuickCheckAsksFirst() {
    QFETCH(QString, button);
    QFETCH(bool, closed);
    auto w = openWithDb(dbPath());
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    typeOnPage(*w, QStringLiteral("rd"), QStringLiteral("rd_staff_count"), QStringLiteral("9"));
    QString asked;
    auto clicked = clickInNextBox(button, &asked);
    w->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QVERIFY(*clicked);
    QVERIFY2(asked.contains(QStringLiteral("1")), qPrintable(asked));
    QCOMPARE(w->isVisible(), !closed);
    QCOMPARE(w->answers()->value(QStringLiteral("rd_staff_count")).toPlainString(), QStringLiteral("9"));
}

// Item 3: an assessment stored for 认定 only is of 认定 only — in storage, in the firm list's
// verdict summary and in its report; the next new assessment of the firm offers the same.
void TestFirmAnswers::storedAssessmentCoversTheChosenProgrammesOnly() {
    const QString path = dbPath();
    const qint64 id = addFirm(path, QStringLiteral("柳州认定测试有限公司"));
    QVERIFY(id != 0);
    auto w = openWithDb(path);
    assessFirm(*w, id);
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    typeOnPage(*w, QStringLiteral("rd"), QStringLiteral("rd_staff_count"), QStringLiteral("10"));
    QAction *store = w->findChild<QAction *>(QStringLiteral("actionStoreAssessment"));
    QVERIFY(store->isEnabled());
    store->trigger();

    Database db;
    QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
    Result<QVector<Assessment>> history = AssessmentStore(db).history(id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().programmes.size(), 1);
    QCOMPARE(history->first().programmes.first().programmeId, kRecognition);

    // The firm list: one verdict (不符合: too few R&D staff), nothing of 运行评价 or 资格保持.
    w->showTab(MainWindow::FirmsTab);
    FirmTableModel *firms = w->firms()->firmModel();
    QString summary;
    for (int r = 0; r < firms->rowCount(); ++r)
        if (firms->index(r, FirmTableModel::NameColumn).data().toString() ==
            QStringLiteral("柳州认定测试有限公司"))
            summary = firms->index(r, FirmTableModel::VerdictsColumn).data().toString();
    QVERIFY2(summary.contains(QStringLiteral("1")) && !summary.contains(QStringLiteral("2")) &&
                 !summary.contains(QStringLiteral("·")),
             qPrintable(summary));

    // The report of the stored assessment.
    QVERIFY(w->firms()->view()->selectFirm(id));
    QTemporaryDir out;
    const QString html = out.filePath(QStringLiteral("report.html"));
    QString error;
    QVERIFY2(
        w->firms()->firmView()->reportController()->exportTo(html, ReportController::Format::Html, &error),
        qPrintable(error));
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("自治区企业技术中心认定")));
    QVERIFY(!text.contains(QStringLiteral("自治区企业技术中心运行评价")));
    QVERIFY(!text.contains(QStringLiteral("资格保持")));

    // A new assessment of the firm starts with the programmes of its last one.
    assessFirm(*w, id);
    QCOMPARE(w->session()->selection().size(), 1);
    QCOMPARE(w->session()->selection().first().programmeId, kRecognition);
}

// The in-area (注册地) criterion of the open programme, as the live verdict shows it.
std::optional<CriterionStatus> areaStatus(MainWindow &w, const QString &programmeId) {
    for (const AssessedProgramme &p : w.session()->results())
        if (p.result.programme->id == programmeId)
            for (const CriterionResult &c : p.result.criteria)
                if (c.criterion->id == QLatin1String("in-area")) return c.status;
    return std::nullopt;
}

// A firm stored with the region "广西 柳州市" (typed before province/city were answers, or
// imported from a 地区 column) showed 注册地在广西壮族自治区 as 待补充: the region field and the
// facts were two vocabularies. Now the text is the firm's province/city answers.
void TestFirmAnswers::regionTextIsTheFirmsRegistrationPlace_data() {
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("status");
    QTest::newRow("广西 柳州市") << QStringLiteral("广西 柳州市") << int(CriterionStatus::Pass);
    QTest::newRow("广西壮族自治区南宁市")
        << QStringLiteral("广西壮族自治区南宁市") << int(CriterionStatus::Pass);
    QTest::newRow("Liuzhou") << QStringLiteral("Liuzhou") << int(CriterionStatus::Pass);
    QTest::newRow("浙江省杭州市") << QStringLiteral("浙江省杭州市") << int(CriterionStatus::Fail);
    QTest::newRow("unknown text") << QStringLiteral("开发区 3 号楼") << int(CriterionStatus::Unknown);
}

void TestFirmAnswers::regionTextIsTheFirmsRegistrationPlace() {
    QFETCH(QString, region);
    QFETCH(int, status);
    const QString path = dbPath();
    qint64 id = 0;
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
        Result<Firm> f =
            FirmRepository(db).addFirm(Firm::named(QStringLiteral("柳州地区测试有限公司"), {}, region));
        QVERIFY(f.ok());
        id = f->id;
    }
    auto w = openWithDb(path);
    assessFirm(*w, id);
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    QTRY_VERIFY(areaStatus(*w, kRecognition).has_value());
    QCOMPARE(int(*areaStatus(*w, kRecognition)), status);
    // The text itself is kept as typed.
    Database db;
    QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
    QCOMPARE(FirmRepository(db).firm(id)->region, region);
}

// The firm dialog's province/city/applicant type are the firm's answers: chosen there, the
// questionnaire's 注册地 criterion is met and the relevance filter reads them.
void TestFirmAnswers::firmDialogSetsWhereTheFirmIsRegistered() {
    const QString path = dbPath();
    const qint64 id = addFirm(path, QStringLiteral("对话框地区测试有限公司"));
    QVERIFY(id != 0);
    auto w = openWithDb(path);
    auto done = whenModal<QDialog>([](QDialog *d) {
        auto *province = d->findChild<QComboBox *>(QStringLiteral("firmProvince"));
        auto *city = d->findChild<QComboBox *>(QStringLiteral("firmCity"));
        auto *type = d->findChild<QComboBox *>(QStringLiteral("firmApplicantType"));
        auto *contact = d->findChild<QLineEdit *>(QStringLiteral("firmContact"));
        if (!province || !city || !type || !contact) return d->reject();
        province->setCurrentIndex(province->findData(QStringLiteral("guangxi")));
        // Only Guangxi's cities are offered once Guangxi is chosen.
        if (city->findData(QStringLiteral("xiangtan")) >= 0) return d->reject();
        city->setCurrentIndex(city->findData(QStringLiteral("liuzhou")));
        type->setCurrentIndex(type->findData(QStringLiteral("enterprise")));
        contact->setText(QStringLiteral("张三 0772-1234567"));
        d->accept();
    });
    QVERIFY(w->firms()->editFirm(id));
    QVERIFY(*done);
    QCOMPARE(stored(path, id, QStringLiteral("province")), QStringLiteral("guangxi"));
    QCOMPARE(stored(path, id, QStringLiteral("city")), QStringLiteral("liuzhou"));
    QCOMPARE(stored(path, id, QStringLiteral("applicant_type")), QStringLiteral("enterprise"));
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
        Result<Firm> f = FirmRepository(db).firm(id);
        QCOMPARE(f->contact, QStringLiteral("张三 0772-1234567"));
        QCOMPARE(f->region, QStringLiteral("广西壮族自治区 柳州市"));
    }
    assessFirm(*w, id);
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    QTRY_VERIFY(areaStatus(*w, kRecognition).has_value());
    QCOMPARE(*areaStatus(*w, kRecognition), CriterionStatus::Pass);
}

// Rule-set ids of the programmes step 1 lists now.
QSet<QString> listedRuleSets(MainWindow &w) {
    QSet<QString> ids;
    QAbstractItemModel *m = w.questionnaire()->chooser()->view()->model();
    for (int d = 0; d < m->rowCount(); ++d) {
        const QModelIndex doc = m->index(d, 0);
        for (int p = 0; p < m->rowCount(doc); ++p)
            ids.insert(m->index(p, 0, doc).data(ProgrammeTreeModel::RuleSetIdRole).toString());
    }
    return ids;
}

// Issue 17 item 5: step 1 of a firm's assessment lists the programmes of its region and national
// ones, in force on the assessment date, for its applicant type; 显示全部 shows the rest.
void TestFirmAnswers::chooserShowsWhatConcernsTheFirm() {
    const QString path = dbPath();
    qint64 id = 0;
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
        Result<Firm> f = FirmRepository(db).addFirm(Firm::named(QStringLiteral("柳州相关性测试有限公司")));
        QVERIFY(f.ok());
        id = f->id;
        QVERIFY(
            FirmRepository(db)
                .setAnswers(id,
                            {{QStringLiteral("city"), 0, Value::fromChoice(QStringLiteral("liuzhou")),
                              QStringLiteral("liuzhou")},
                             {QStringLiteral("applicant_type"), 0,
                              Value::fromChoice(QStringLiteral("enterprise")), QStringLiteral("enterprise")}},
                            library().facts())
                .ok());
    }
    auto w = openWithDb(path);
    assessFirm(*w, id);
    ProgrammeChooser *chooser = w->questionnaire()->chooser();
    QTRY_VERIFY(chooser->isVisible());
    QVERIFY(chooser->relevanceLabel()->isVisible());
    QVERIFY2(chooser->relevanceLabel()->text().contains(QStringLiteral("柳州市")),
             qPrintable(chooser->relevanceLabel()->text()));
    const QSet<QString> relevant = listedRuleSets(*w);
    QVERIFY(relevant.contains(kTechCentre));
    for (const QString &rs : relevant)
        QVERIFY2(!rs.startsWith(QLatin1String("zj-")) && !rs.startsWith(QLatin1String("sd-")) &&
                     !rs.startsWith(QLatin1String("xt-")),
                 qPrintable(rs));
    QTest::mouseClick(chooser->showAllBox(), Qt::LeftButton);
    const QSet<QString> every = listedRuleSets(*w);
    QVERIFY(every.size() > relevant.size());
    QVERIFY(std::any_of(every.cbegin(), every.cend(),
                        [](const QString &rs) { return rs.startsWith(QLatin1String("zj-")); }));
}

// Issue 17 item 5: 可申报事项一览 from the firm view — one page of its newest stored assessments.
void TestFirmAnswers::summaryReportFromTheFirmView() {
    const QString path = dbPath();
    const qint64 id = addFirm(path, QStringLiteral("一览测试有限公司"));
    QVERIFY(id != 0);
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
        QVERIFY(FirmRepository(db)
                    .setAnswers(id,
                                {{QStringLiteral("province"), 0, Value::fromChoice(QStringLiteral("guangxi")),
                                  QStringLiteral("guangxi")}},
                                library().facts())
                    .ok());
        QVERIFY(AssessmentService(db, library()).assess(id, *library().ruleSet(kTechCentre), kAsOf).ok());
    }
    auto w = openWithDb(path);
    QVERIFY(w->firms()->view()->selectFirm(id));
    FirmView *view = w->firms()->firmView();
    QVERIFY(view->summaryButton()->isEnabled());
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("summary.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(view->summaryController()->exportTo(pdf, ReportController::Format::Pdf, &error, &pages),
             qPrintable(error));
    QCOMPARE(pages, 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString extracted =
        QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(extracted.contains(QStringLiteral("可申报事项一览")), qPrintable(extracted.left(300)));
    QVERIFY(extracted.contains(QStringLiteral("一览测试有限公司")));
    QVERIFY(extracted.contains(QStringLiteral("自治区企业技术中心认定")));
    QVERIFY(extracted.contains(QStringLiteral("最能决定结果的回答")));
}

QTEST_MAIN(TestFirmAnswers)
#include "tst_firmanswers.moc"
