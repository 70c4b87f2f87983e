// Firms in the desktop app: the firm list from the database, editing stored answers, a new
// assessment from stored answers, drafts, saving back with optimistic locking, and a database
// file that cannot be used. Each test works on its own database file (--db).
#include "guitest.h"

#include "assessmentservice.h"
#include "draftstore.h"
#include "firmanswersmodel.h"
#include "firmassessmentsmodel.h"
#include "firmlistview.h"
#include "firmrepository.h"
#include "firmtablemodel.h"
#include "firmview.h"
#include "firmworkspace.h"
#include "reportcontroller.h"
#include "uilanguage.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace eligicheck;
using namespace guitest;

namespace {

const QString kRuleSet = QStringLiteral("gx-enterprise-tech-center");
const QDate kAsOf(2025, 6, 1);

QString fixture(const QString &name) {
    return QStringLiteral(ELIGICHECK_TEST_DATA "/report/") + name;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Content, size and modification time: "untouched" means all three are unchanged.
QString fingerprint(const QString &path) {
    const QFileInfo fi(path);
    return QString::fromLatin1(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex()) +
           QLatin1Char('@') + QString::number(fi.lastModified().toMSecsSinceEpoch()) + QLatin1Char('#') +
           QString::number(fi.size());
}

enum class Seed { AnswersOnly, Assessed, AssessedWithOldRules };

// Adds the firm of an answers fixture through the storage API, as the CLI or another user
// would, and returns its id.
qint64 seedFirm(const QString &dbPath, const QString &answersFixture, Seed seed) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(dbPath)).ok()) return 0;
    Diagnostics diags;
    const std::optional<Answers> answers =
        loadAnswersFile(fixture(answersFixture), library().facts(), &diags);
    if (!answers) return 0;
    FirmRepository repo(db);
    Firm f;
    f.name = answers->firmName;
    f.region = QStringLiteral("广西");
    Result<Firm> added = repo.addFirm(f);
    if (!added.ok()) return 0;
    QVector<AnswerInput> inputs;
    for (auto it = answers->values.cbegin(); it != answers->values.cend(); ++it) {
        const FactDefinition *fact = library().facts().find(it.key());
        AnswerInput in;
        in.factId = it.key();
        in.fiscalYear = fact && fact->yearly ? FirmRepository::fiscalYearFor(kAsOf) : 0;
        in.value = it.value();
        in.entered = it.value().toPlainString();
        inputs << in;
    }
    if (!repo.setAnswers(added->id, inputs, library().facts()).ok()) return 0;
    const RuleSet *rs = library().ruleSet(kRuleSet);
    if (seed == Seed::Assessed) {
        if (!AssessmentService(db, library()).assess(added->id, *rs, kAsOf).ok()) return 0;
    } else if (seed == Seed::AssessedWithOldRules) {
        // A snapshot taken with an earlier version of the rule file.
        Result<Answers> stored = repo.answersFor(added->id, kAsOf, library().facts());
        const FactValues values = stored->toFactValues(library().facts(), kAsOf);
        Assessment a =
            AssessmentStore::snapshot(added->id, Evaluator::evaluate(*rs, values), values, library().facts());
        a.contentHash = QString(64, u'0');
        if (!AssessmentStore(db).save(a).ok()) return 0;
    }
    return added->id;
}

std::optional<StoredAnswer> storedAnswer(const QString &dbPath, qint64 firmId, const QString &factId) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(dbPath)).ok()) return std::nullopt;
    Result<QVector<StoredAnswer>> all = FirmRepository(db).answers(firmId);
    if (!all.ok()) return std::nullopt;
    for (const StoredAnswer &a : all.value())
        if (a.factId == factId) return a;
    return std::nullopt;
}

std::unique_ptr<MainWindow> openWithDb(const QString &dbPath) {
    auto w = openWindow({QStringLiteral("--db"), dbPath});
    w->answers()->setAsOf(kAsOf);
    w->showTab(MainWindow::FirmsTab);
    return w;
}

QModelIndex answerIndex(FirmView *v, const QString &factId) {
    const int row = v->answersModel()->rowOf(factId);
    return row < 0 ? QModelIndex() : v->answersModel()->index(row, FirmAnswersModel::ValueColumn);
}

} // namespace

class TestFirms : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void firmListShowsStoredFirm_data();
    void firmListShowsStoredFirm();
    void editingAnAnswerValidates_data();
    void editingAnAnswerValidates();
    void newAssessmentAsksOnlyWhatIsMissing();
    void draftIsRestoredAfterRestart();
    void databaseOpensRightAfterTheFirstFrame();
    void databaseOpensForAWindowNeverPainted();
    void savingBackDetectsConflict();
    void storeAssessmentAddsToHistory();
    void unusableDatabaseIsReportedUntouched_data();
    void unusableDatabaseIsReportedUntouched();
    void recheckSpeaksOfClausesNotIds();

private:
    QString dbPath() { return m_databases.next(); }
    TestDatabases m_databases;
};

void TestFirms::firmListShowsStoredFirm_data() {
    QTest::addColumn<QString>("answers");
    QTest::addColumn<int>("seed");
    QTest::addColumn<QString>("firm");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("stale");
    QTest::newRow("eligible") << QStringLiteral("eligible.yaml") << int(Seed::Assessed)
                              << QStringLiteral("广西示例精密机械有限公司") << QStringLiteral("符合")
                              << false;
    QTest::newRow("ineligible") << QStringLiteral("ineligible.yaml") << int(Seed::Assessed)
                                << QStringLiteral("柳州小微创新科技有限公司") << QStringLiteral("不符合")
                                << false;
    QTest::newRow("assessed with old rules")
        << QStringLiteral("eligible.yaml") << int(Seed::AssessedWithOldRules)
        << QStringLiteral("广西示例精密机械有限公司") << QStringLiteral("符合") << true;
    QTest::newRow("never assessed") << QStringLiteral("undetermined.yaml") << int(Seed::AnswersOnly)
                                    << QStringLiteral("南宁待定信息技术有限公司") << QString() << false;
}

void TestFirms::firmListShowsStoredFirm() {
    QFETCH(QString, answers);
    QFETCH(int, seed);
    QFETCH(QString, firm);
    QFETCH(QString, verdict);
    QFETCH(bool, stale);
    const QString path = dbPath();
    QVERIFY(seedFirm(path, answers, Seed(seed)) != 0);
    QVERIFY(seedFirm(path, QStringLiteral("undetermined.yaml"), Seed::AnswersOnly) != 0 ||
            answers == QLatin1String("undetermined.yaml"));
    auto w = openWithDb(path);
    FirmListView *v = w->firms()->view();
    QVERIFY(v->isVisible());
    QAbstractItemModel *m = v->list()->model();
    int row = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, FirmTableModel::NameColumn).data().toString() == firm) row = r;
    QVERIFY2(row >= 0, "the firm added through the storage API is not listed");
    const QString verdicts = m->index(row, FirmTableModel::VerdictsColumn).data().toString();
    if (verdict.isEmpty()) {
        QVERIFY2(verdicts.isEmpty(), qPrintable(verdicts));
    } else {
        QVERIFY2(verdicts.contains(verdict), qPrintable(verdicts));
    }
    QCOMPARE(m->index(row, FirmTableModel::StaleColumn).data(FirmTableModel::StaleRole).toBool(), stale);
    QCOMPARE(!m->index(row, FirmTableModel::StaleColumn).data().toString().isEmpty(), stale);

    // Search narrows the list as the user types, by any part of the name.
    typeText(v->searchBox(), firm.left(4));
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->index(0, FirmTableModel::NameColumn).data().toString(), firm);
    v->searchBox()->clear();
    typeText(v->searchBox(), QStringLiteral("没有这家企业"));
    QCOMPARE(m->rowCount(), 0);
}

void TestFirms::editingAnAnswerValidates_data() {
    QTest::addColumn<QString>("fact");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("storedAfter"); // plain text stored when accepted
    QTest::newRow("letters for money")
        << QStringLiteral("main_business_revenue_wan") << QStringLiteral("abc") << false << QString();
    QTest::newRow("words for a head count")
        << QStringLiteral("rd_staff_count") << QStringLiteral("很多") << false << QString();
    QTest::newRow("maybe for yes/no")
        << QStringLiteral("is_independent_legal_person") << QStringLiteral("也许") << false << QString();
    QTest::newRow("fraction of a person")
        << QStringLiteral("rd_staff_count") << QStringLiteral("40.5") << false << QString();
    QTest::newRow("亿元 converted to 万元") << QStringLiteral("main_business_revenue_wan")
                                            << QStringLiteral("0.8亿元") << true << QStringLiteral("8000");
    QTest::newRow("否 for yes/no") << QStringLiteral("is_independent_legal_person") << QStringLiteral("否")
                                   << true << QStringLiteral("false");
}

void TestFirms::editingAnAnswerValidates() {
    QFETCH(QString, fact);
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(QString, storedAfter);
    const QString path = dbPath();
    const qint64 id = seedFirm(path, QStringLiteral("eligible.yaml"), Seed::Assessed);
    QVERIFY(id != 0);
    const std::optional<StoredAnswer> before = storedAnswer(path, id, fact);
    QVERIFY(before);
    auto w = openWithDb(path);
    FirmListView *list = w->firms()->view();
    QVERIFY(list->selectFirm(id));
    FirmView *v = list->detail();
    QCOMPARE(v->firmId(), id);
    const QModelIndex index = answerIndex(v, fact);
    QVERIFY(index.isValid());
    QVERIFY(!index.siblingAtColumn(FirmAnswersModel::UnitColumn).data().isNull());

    // Edit in the table as a user does: select the cell, F2, type, Enter.
    QTableView *table = v->answersView();
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    clearAndType(editor, typed);
    QPointer<QLineEdit> open = editor;
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor from the event loop.
    QTRY_VERIFY(!open || !open->isVisible());

    const std::optional<StoredAnswer> after = storedAnswer(path, id, fact);
    QVERIFY(after);
    if (accepted) {
        QVERIFY2(!v->messageLabel()->isVisible(), qPrintable(v->messageLabel()->text()));
        QCOMPARE(after->value.toPlainString(), storedAfter);
        QCOMPARE(after->version, before->version + 1);
        QCOMPARE(after->entered, typed);
    } else {
        // Refused with the reason, and nothing written.
        QVERIFY(v->messageLabel()->isVisible());
        const QString message = v->messageLabel()->text();
        QVERIFY2(message.contains(typed), qPrintable(message));
        QVERIFY2(message.size() > typed.size() + 20, qPrintable(message)); // says why, not just "error"
        QCOMPARE(after->version, before->version);
        QCOMPARE(after->value, before->value);
        QCOMPARE(after->changedAt, before->changedAt);
    }
}

void TestFirms::newAssessmentAsksOnlyWhatIsMissing() {
    const QString path = dbPath();
    // 南宁待定: equipment value and a few yes/no answers stored; revenue, R&D spending and
    // staff missing.
    const qint64 id = seedFirm(path, QStringLiteral("undetermined.yaml"), Seed::Assessed);
    QVERIFY(id != 0);
    auto w = openWithDb(path);
    QVERIFY(w->firms()->view()->selectFirm(id));
    QTest::mouseClick(w->firms()->firmView()->assessButton(), Qt::LeftButton);
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::QuestionnaireTab));
    QCOMPARE(w->firms()->linkedFirm(), id);
    QVERIFY(w->questionnaire()->currentPageName() != QStringLiteral("choose"));

    const QStringList stored{QStringLiteral("tech_dev_equipment_original_value_wan"),
                             QStringLiteral("is_independent_legal_person"),
                             QStringLiteral("tech_center_operating_years")};
    const QStringList missing{QStringLiteral("main_business_revenue_wan"), QStringLiteral("rd_staff_count"),
                              QStringLiteral("rd_expenditure_wan")};
    for (const QString &f : stored) {
        QVERIFY2(w->answers()->value(f).isKnown(), qPrintable(f + QStringLiteral(" not pre-filled")));
        QVERIFY2(!w->session()->isAsked(f), qPrintable(f + QStringLiteral(" asked again")));
        if (QuestionWidget *q = w->questionnaire()->questionWidget(f)) QVERIFY(q->isHidden());
    }
    QCOMPARE(w->answers()->value(QStringLiteral("tech_dev_equipment_original_value_wan")).toPlainString(),
             QStringLiteral("700"));
    for (const QString &f : missing) {
        QVERIFY2(w->session()->isAsked(f), qPrintable(f + QStringLiteral(" not asked")));
        QVERIFY(!w->answers()->value(f).isKnown());
    }
    // Walking through the pages shows only missing questions.
    QStringList seen;
    for (int i = 0; i < 10 && w->questionnaire()->currentPageName() != QStringLiteral("review"); ++i) {
        for (const QString &f : stored + missing)
            if (QuestionWidget *q = w->questionnaire()->questionWidget(f); q && q->isVisible()) seen << f;
        clickNext(w->questionnaire());
    }
    for (const QString &f : missing)
        QVERIFY2(seen.contains(f), qPrintable(seen.join(u',')));
    for (const QString &f : stored)
        QVERIFY2(!seen.contains(f), qPrintable(seen.join(u',')));
}

void TestFirms::databaseOpensRightAfterTheFirstFrame() {
    // Opening (and migrating) the firms database waits for the first painted frame, to keep
    // start-up short, but then happens by itself: the Firms tab need not be shown, and a
    // draft left by a crash comes back without any action of the user.
    const QString path = dbPath();
    const qint64 id = seedFirm(path, QStringLiteral("undetermined.yaml"), Seed::Assessed);
    QVERIFY(id != 0);
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
        Draft d;
        d.key = QStringLiteral("firm:%1").arg(id);
        d.firmId = id;
        d.entries.insert(QStringLiteral("rd_staff_count"), QStringLiteral("44"));
        QVERIFY(DraftStore(db).save(d).ok());
    }
    QString error;
    auto options = parseGuiOptions({QStringLiteral("eligicheck"), QStringLiteral("--lang"),
                                    QStringLiteral("zh_CN"), QStringLiteral("--db"), path},
                                   &error);
    QVERIFY2(options, qPrintable(error));
    MainWindow w(*options);
    QVERIFY(!w.isStartupComplete());
    QVERIFY(!w.firms()->isOpen()); // nothing read before the window is on screen
    w.show();
    QTRY_VERIFY(w.isStartupComplete());
    QVERIFY(w.tabs()->currentIndex() != int(MainWindow::FirmsTab)); // the draft opened the questionnaire
    QVERIFY(w.firms()->isOpen());
    QCOMPARE(w.firms()->linkedFirm(), id);
    QCOMPARE(w.answers()->value(QStringLiteral("rd_staff_count")).toPlainString(), QStringLiteral("44"));
    QVERIFY(!w.windowIcon().isNull());
}

void TestFirms::databaseOpensForAWindowNeverPainted() {
    // Started minimised or on another workspace, the window is not painted: the deferred
    // start-up still runs, a moment later.
    const QString path = dbPath();
    QVERIFY(seedFirm(path, QStringLiteral("undetermined.yaml"), Seed::AnswersOnly) != 0);
    QString error;
    auto options = parseGuiOptions({QStringLiteral("eligicheck"), QStringLiteral("--db"), path}, &error);
    QVERIFY2(options, qPrintable(error));
    MainWindow w(*options);
    QVERIFY(!w.firms()->isOpen());
    QTRY_VERIFY_WITH_TIMEOUT(w.isStartupComplete(), 5000);
    QVERIFY(w.firms()->isOpen());
    QVERIFY(!w.isVisible());
}

// Answers are written to the firm as typed; one that someone else changed meanwhile is not
// overwritten: it is kept as the firm's draft, said so, and back in the questionnaire after a
// restart.
void TestFirms::draftIsRestoredAfterRestart() {
    const QString path = dbPath();
    const qint64 id = seedFirm(path, QStringLiteral("undetermined.yaml"), Seed::Assessed);
    QVERIFY(id != 0);
    const QString fact = QStringLiteral("tech_dev_equipment_original_value_wan");
    {
        auto w = openWithDb(path);
        QVERIFY(w->firms()->view()->selectFirm(id));
        QTest::mouseClick(w->firms()->firmView()->assessButton(), Qt::LeftButton);
        {
            Database db; // a colleague, on another connection
            QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
            AnswerInput in;
            in.factId = fact;
            in.value = Value::fromNumber(Number(900));
            in.entered = QStringLiteral("900");
            QVERIFY(FirmRepository(db).setAnswer(id, in, library().facts()).ok());
        }
        QString shown;
        auto ran = whenModal<QMessageBox>([&](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        w->answers()->setValue(fact, Value::fromNumber(Number(750)));
        QTRY_VERIFY_WITH_TIMEOUT(*ran, 5000); // autosaved once typing pauses: refused, and said so
        QVERIFY2(shown.contains(QStringLiteral("someone else")), qPrintable(shown));
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
        Result<Draft> d = DraftStore(db).load(QStringLiteral("firm:%1").arg(id));
        QVERIFY(d.ok());
        QCOMPARE(d->entries.value(fact), QStringLiteral("750"));
    } // the window closes
    QCOMPARE(storedAnswer(path, id, fact)->value.toPlainString(), QStringLiteral("900"));
    auto again = openWithDb(path);
    QCOMPARE(again->firms()->linkedFirm(), id);
    QCOMPARE(again->answers()->value(fact).toPlainString(), QStringLiteral("750"));
    QVERIFY(again->session()->isAsked(fact)); // restored typing stays in the questionnaire
}

void TestFirms::savingBackDetectsConflict() {
    const QString path = dbPath();
    const qint64 id = seedFirm(path, QStringLiteral("undetermined.yaml"), Seed::Assessed);
    QVERIFY(id != 0);
    auto w = openWithDb(path);
    QVERIFY(w->firms()->view()->selectFirm(id));
    QTest::mouseClick(w->firms()->firmView()->assessButton(), Qt::LeftButton);
    const QString fact = QStringLiteral("tech_dev_equipment_original_value_wan");
    const QString added = QStringLiteral("rd_staff_count");

    // A colleague changes the same answer meanwhile, on another connection.
    {
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
        AnswerInput in;
        in.factId = fact;
        in.value = Value::fromNumber(Number(900));
        in.entered = QStringLiteral("900");
        QVERIFY(FirmRepository(db).setAnswer(id, in, library().facts()).ok());
    }
    w->answers()->setValue(fact, Value::fromNumber(Number(750)));
    w->answers()->setValue(added, Value::fromNumber(Number(45)));
    QString shown;
    auto ran = whenModal<QMessageBox>([&](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    w->firms()->saveToFirmAction()->trigger();
    QVERIFY(*ran);
    QVERIFY2(shown.contains(QStringLiteral("someone else")), qPrintable(shown));
    // Nothing overwritten, nothing half-written, nothing lost in the questionnaire.
    QCOMPARE(storedAnswer(path, id, fact)->value.toPlainString(), QStringLiteral("900"));
    QVERIFY(!storedAnswer(path, id, added));
    QCOMPARE(w->answers()->value(fact).toPlainString(), QStringLiteral("750"));
}

void TestFirms::storeAssessmentAddsToHistory() {
    const QString path = dbPath();
    const qint64 id = seedFirm(path, QStringLiteral("undetermined.yaml"), Seed::Assessed);
    QVERIFY(id != 0);
    auto w = openWithDb(path);
    QVERIFY(w->firms()->view()->selectFirm(id));
    const int before = w->firms()->firmView()->assessmentsModel()->rowCount();
    QTest::mouseClick(w->firms()->firmView()->assessButton(), Qt::LeftButton);
    w->answers()->setValue(QStringLiteral("rd_staff_count"), Value::fromNumber(Number(45)));
    QVERIFY(w->firms()->storeAssessmentAction()->isEnabled());
    w->firms()->storeAssessmentAction()->trigger();
    QCOMPARE(storedAnswer(path, id, QStringLiteral("rd_staff_count"))->value.toPlainString(),
             QStringLiteral("45"));
    QCOMPARE(w->firms()->firmView()->assessmentsModel()->rowCount(), before + 1);
    // The firm view prints the stored assessment.
    w->showTab(MainWindow::FirmsTab);
    QAction *exportAction = w->findChild<QAction *>(QStringLiteral("actionExport"));
    QVERIFY(exportAction->isEnabled());
    QTemporaryDir out;
    const QString html = out.filePath(QStringLiteral("firm.html"));
    QString error;
    QVERIFY2(
        w->firms()->firmView()->reportController()->exportTo(html, ReportController::Format::Html, &error),
        qPrintable(error));
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("南宁待定信息技术有限公司")));
    QVERIFY(text.contains(QStringLiteral("桂工信规范〔2025〕2号")));
}

// Re-check (the button in the firm view) names what changed by document title, programme title
// and clause label, old → new and why: the firm's assessment was made with an earlier rule file
// whose revenue threshold (30000万元) the firm's 2亿元 missed; the rules now in use ask 5000万元.
void TestFirms::recheckSpeaksOfClausesNotIds() {
    QVERIFY(UiLanguage::install(QStringLiteral("zh_CN"))); // the words users read
    const auto english = qScopeGuard([] { UiLanguage::install(QStringLiteral("en")); });
    const QString path = dbPath();
    const qint64 id = seedFirm(path, QStringLiteral("eligible.yaml"), Seed::AnswersOnly);
    QVERIFY(id != 0);
    {
        QFile in(QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules/guangxi/enterprise-tech-center.yaml"));
        QFile facts(QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules/facts.yaml"));
        QVERIFY(in.open(QIODevice::ReadOnly) && facts.open(QIODevice::ReadOnly));
        QByteArray yaml = in.readAll();
        yaml.replace("condition: main_business_revenue_wan >= 5000\n",
                     "condition: main_business_revenue_wan >= 30000\n");
        RuleLibrary old;
        old.loadSources({{QStringLiteral("facts.yaml"), facts.readAll(), false},
                         {QStringLiteral("old/enterprise-tech-center.yaml"), yaml, false}});
        QVERIFY(!old.hasErrors());
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
        QVERIFY(AssessmentService(db, old).assess(id, *old.ruleSet(kRuleSet), kAsOf).ok());
    }
    auto w = openWithDb(path);
    QVERIFY(w->firms()->view()->selectFirm(id));
    QMessageBox *shown = nullptr;
    QTest::mouseClick(w->firms()->firmView()->recheckButton(), Qt::LeftButton);
    QTRY_VERIFY((shown = w->findChild<QMessageBox *>(QStringLiteral("recheckResult"))) != nullptr);
    const QStringList lines = shown->text().split(u'\n');
    QCOMPARE(lines.value(0), QStringLiteral("广西壮族自治区企业技术中心认定管理办法（桂工信规范〔2025〕2号）"
                                            "：已按当前规则重新评估（#1 → #2），2 处变化"));
    QVERIFY2(lines.contains(QStringLiteral("  自治区企业技术中心认定：结论 不符合 → 符合")),
             qPrintable(shown->text()));
    QVERIFY2(lines.contains(QStringLiteral(
                 "  自治区企业技术中心认定 第七条第(三)项 上年度主营业务收入：不满足 → "
                 "满足，上年度主营业务收入 20,000万元，要求不低于 5,000万元，高出 1.5亿元")),
             qPrintable(shown->text()));
    QVERIFY(!shown->text().contains(QStringLiteral("recognition")) && !shown->text().contains(kRuleSet));
    shown->close();
}

void TestFirms::unusableDatabaseIsReportedUntouched_data() {
    QTest::addColumn<QByteArray>("content"); // empty: an EligiCheck database of a newer version
    QTest::addColumn<QString>("reason");
    QTest::newRow("text file") << QByteArray("as_of: 2025-06-01\nfacts: {}\n")
                               << QStringLiteral("not an EligiCheck database");
    QTest::newRow("truncated SQLite")
        << QByteArray("SQLite format 3\0", 16) << QStringLiteral("not an EligiCheck database");
    QTest::newRow("newer version") << QByteArray() << QStringLiteral("newer version of EligiCheck");
}

void TestFirms::unusableDatabaseIsReportedUntouched() {
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = dbPath();
    if (content.isEmpty()) {
        {
            Database db;
            QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(
                QStringLiteral("UPDATE eligicheck_meta SET value = '99' WHERE key = 'schema_version'")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QString before = fingerprint(path);
    QTest::qWait(20); // a write now would show in the modification time
    auto w = openWithDb(path);
    QTRY_VERIFY(w->firms()->errorBox() && w->firms()->errorBox()->isVisible());
    QMessageBox *box = w->firms()->errorBox();
    QVERIFY2(box->text().contains(reason), qPrintable(box->text()));
    QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("openAnotherDatabase")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("continueWithoutDatabase")),
                      Qt::LeftButton);
    QTRY_VERIFY(!w->firms()->errorBox());
    QVERIFY(!w->firms()->isOpen());
    QVERIFY(w->firms()->view()->noDatabaseLabel()->isVisible());
    QVERIFY(!w->firms()->saveToFirmAction()->isEnabled());
    w.reset();
    QCOMPARE(fingerprint(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

QTEST_MAIN(TestFirms)
#include "tst_firms.moc"
