#include "screenshotdemo.h"

#include "answermodel.h"
#include "assessmentsession.h"
#include "browserview.h"
#include "factinput.h"
#include "firmdialog.h"
#include "firmlistview.h"
#include "firmrepository.h"
#include "firmtablemodel.h"
#include "firmview.h"
#include "firmworkspace.h"
#include "librarymanager.h"
#include "mainwindow.h"
#include "questionnaireview.h"
#include "resultview.h"
#include "sourceviewer.h"
#include "storedreportdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextStream>
#include <QTimer>

namespace eligicheck {

namespace {

// A firm that misses the technology-centre recognition on R&D staff and R&D spending: the
// result then shows failing clauses, margins and "what it would take".
const char kDemoAnswers[] = R"(as_of: 2025-06-01
facts:
  is_independent_legal_person: true
  has_enterprise_tech_center: true
  tech_center_operating_years: 2
  innovation_mechanism_and_advantage_declared: true
  tech_center_budget_in_annual_plan: true
  rd_expenditure_wan: 150
  tech_dev_equipment_original_value_wan: 650
  is_software_it_service_enterprise: false
  has_qualified_tech_leader_declared: true
  rd_staff_count: 35
  customs_smuggling_penalty_last_3y: false
  serious_tax_violation_last_3y: false
  major_quality_safety_accident_tech_cause_last_3y: false
  other_serious_illegal_dishonest_conduct_last_3y: false
  parent_has_gx_enterprise_tech_center: false
  gx_etc_revocation_reason: none
)";

bool save(QWidget &w, const QString &dir, const QString &name, QTextStream &log) {
    // Let the views finish laying out (their columns resize on timers), as a user's running
    // window has by the time anyone looks.
    QEventLoop settle;
    QTimer::singleShot(100, &settle, &QEventLoop::quit);
    settle.exec();
    const QString path = QDir(dir).filePath(name);
    const bool ok = w.grab().save(path, "PNG");
    log << (ok ? "saved " : "FAILED to save ") << path << "\n";
    return ok;
}

// The demo's client firms, written to the (temporary) firms database the window opened: the
// first with the demo answers, the others only listed.
qint64 seedDemoFirms(MainWindow &window, const Answers &answers, QTextStream &err) {
    Database &db = window.firms()->database();
    if (!db.isOpen()) {
        err << "the demo firms database did not open\n";
        return 0;
    }
    FirmRepository repo(db);
    const FactRegistry &facts = window.libraries()->library()->facts();
    Result<Firm> main = repo.findFirm(QStringLiteral("柳州示例精密机械有限公司"));
    if (!main.ok()) {
        Firm f = Firm::named(QStringLiteral("柳州示例精密机械有限公司"), QStringLiteral("91350100M000100Y43"),
                             QStringLiteral("广西 柳州市"));
        f.contact = QStringLiteral("李会计 0772-1234567");
        main = repo.addFirm(f);
        repo.addFirm(Firm::named(QStringLiteral("南宁待定信息技术有限公司"), QString(),
                                 QStringLiteral("广西 南宁市")));
        repo.addFirm(Firm::named(QStringLiteral("桂林山水新材料股份有限公司"), QString(),
                                 QStringLiteral("广西 桂林市")));
        // As when a database is opened or firms are imported: a region text naming a known place
        // becomes the firm's province/city answers, which the 注册地 criteria judge.
        repo.adoptRegionText(facts);
    }
    if (!main.ok()) {
        err << main.error().message << "\n";
        return 0;
    }
    QVector<AnswerInput> inputs;
    for (auto it = answers.values.cbegin(); it != answers.values.cend(); ++it) {
        const FactDefinition *fact = facts.find(it.key());
        inputs.append({it.key(),
                       fact && fact->yearly
                           ? FirmRepository::fiscalYearFor(answers.asOf.value_or(QDate(2025, 6, 1)))
                           : 0,
                       it.value(), it.value().toPlainString(), AnswerInput::AnyVersion});
    }
    if (StorageError e = repo.setAnswers(main->id, inputs, facts); !e.ok()) {
        err << e.message << "\n";
        return 0;
    }
    return main->id;
}

} // namespace

qint64 seedScreenshotDemo(MainWindow &window, QString *error) {
    const RuleLibrary &library = *window.libraries()->library();
    Diagnostics diags;
    std::optional<Answers> answers =
        parseAnswers(QStringLiteral("demo"), QByteArray(kDemoAnswers), library.facts(), &diags);
    if (!answers) {
        *error = QStringLiteral("demo answers do not load");
        return 0;
    }
    window.answers()->setAsOf(answers->asOf.value_or(QDate(2025, 6, 1)));
    QString message;
    QTextStream err(&message);
    const qint64 firmId = seedDemoFirms(window, *answers, err);
    if (firmId == 0) {
        *error = message;
        return 0;
    }
    window.firms()->firmModel()->reload();
    return firmId;
}

int runScreenshotDemo(MainWindow &window, const QString &outDir) {
    QTextStream log(stdout);
    QTextStream err(stderr);
    if (!QDir().mkpath(outDir)) {
        err << "cannot create " << outDir << "\n";
        return 2;
    }
    const RuleLibrary &library = *window.libraries()->library();
    const RuleSet *rs = library.ruleSet(QStringLiteral("gx-enterprise-tech-center"));
    if (!rs) {
        err << "the bundled rule set gx-enterprise-tech-center is missing\n";
        return 2;
    }
    bool ok = true;
    // The whole screen, as a consultant works (scripts/screenshot.sh runs 1366×768 and 1920×1080).
    if (QScreen *screen = window.screen()) window.setGeometry(screen->availableGeometry());
    QString error;
    const qint64 firmId = seedScreenshotDemo(window, &error);
    if (firmId == 0) {
        err << error << "\n";
        return 2;
    }

    // Start page → the firm → its questionnaire → result → stored report.
    window.showTab(MainWindow::StartTab);
    ok &= save(window, outDir, QStringLiteral("01-start.png"), log);
    if (!window.firms()->startAssessment(firmId, &error)) {
        err << error << "\n";
        return 2;
    }
    const Programme *recognition = rs->programme(QStringLiteral("recognition"));
    window.questionnaire()->startWith({{rs->id, recognition->id, rs, recognition}});
    window.questionnaire()->goToPage(QStringLiteral("choose"));
    ok &= save(window, outDir, QStringLiteral("02-questionnaire-choose.png"), log);
    window.questionnaire()->goToPage(QStringLiteral("finance"));
    // Type the revenue the way a finance officer would: 0.8 with the unit set to 亿元.
    if (QuestionWidget *q =
            window.questionnaire()->questionWidget(QStringLiteral("main_business_revenue_wan"))) {
        auto *editor = static_cast<NumberEditor *>(q->editor());
        editor->lineEdit()->setText(QStringLiteral("0.8"));
        editor->unitSelector()->setCurrentIndex(2);
    }
    ok &= save(window, outDir, QStringLiteral("03-questionnaire-finance.png"), log);
    // The R&D page, when the programme asks its questions on a page of their own (the Guangxi
    // recognition asks them all under finance: no second picture of the same page).
    if (window.questionnaire()->goToPage(QStringLiteral("rd")))
        ok &= save(window, outDir, QStringLiteral("04-questionnaire-rd.png"), log);
    window.questionnaire()->goToPage(QStringLiteral("review"));
    ok &= save(window, outDir, QStringLiteral("05-review.png"), log);
    window.showTab(MainWindow::ResultTab);
    ok &= save(window, outDir, QStringLiteral("06-result.png"), log);
    // The end of the result: declarations checklist and documents to prepare.
    window.resultView()->browser()->moveCursor(QTextCursor::End);
    window.resultView()->browser()->ensureCursorVisible();
    ok &= save(window, outDir, QStringLiteral("07-result-end.png"), log);
    // "查看原文" of the failing R&D-staff clause: the official text, the passage highlighted.
    if (const Criterion *c = recognition->criterion(QStringLiteral("rd-staff"))) {
        SourceViewer *viewer = SourceViewer::open({rs, c->clause, c->quote, c->source, c->clauseEn}, &window);
        ok &= save(*viewer, outDir, QStringLiteral("11-source-viewer.png"), log);
        viewer->close();
    }

    // Stored, then found again in the firm's history and opened read-only.
    if (!window.firms()->storeAssessments(&error)) {
        err << error << "\n";
        return 2;
    }
    window.showTab(MainWindow::FirmsTab);
    window.firms()->view()->selectFirm(firmId);
    if (auto *tabs = window.firms()->firmView()->findChild<QTabWidget *>(QStringLiteral("firmTabs")))
        tabs->setCurrentWidget(window.firms()->firmView()->assessmentsView());
    ok &= save(window, outDir, QStringLiteral("08-firms.png"), log);
    window.firms()->openStoredAssessment(window.firms()->firmView()->currentAssessmentId());
    if (auto *dialog = window.findChild<StoredReportDialog *>()) {
        ok &= save(*dialog, outDir, QStringLiteral("09-stored-report.png"), log);
        dialog->close();
    }
    window.firms()->view()->selectFirm(firmId);
    FirmDialog dialog(window.firms()->linkedFirmRecord(), &window.libraries()->library()->facts(),
                      window.answers()->values(), window.options().lang, &window);
    dialog.show();
    ok &= save(dialog, outDir, QStringLiteral("10-edit-firm.png"), log);
    return ok ? 0 : 1;
}

} // namespace eligicheck
