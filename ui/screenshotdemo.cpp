#include "screenshotdemo.h"

#include "answermodel.h"
#include "assessmentsession.h"
#include "browserview.h"
#include "factinput.h"
#include "librarymanager.h"
#include "mainwindow.h"
#include "questionnaireview.h"
#include "resultview.h"
#include "sourceviewer.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTextBrowser>
#include <QTextStream>

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
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QString path = QDir(dir).filePath(name);
    const bool ok = w.grab().save(path, "PNG");
    log << (ok ? "saved " : "FAILED to save ") << path << "\n";
    return ok;
}

} // namespace

int runScreenshotDemo(MainWindow &window, const QString &outDir) {
    QTextStream log(stdout);
    if (!QDir().mkpath(outDir)) {
        QTextStream(stderr) << "cannot create " << outDir << "\n";
        return 2;
    }
    const RuleLibrary &library = *window.libraries()->library();
    const RuleSet *rs = library.ruleSet(QStringLiteral("gx-enterprise-tech-center"));
    if (!rs) {
        QTextStream(stderr) << "the bundled rule set gx-enterprise-tech-center is missing\n";
        return 2;
    }
    bool ok = true;
    // A size derived from the font (not fixed pixels), large enough for a readable page.
    window.resize(window.fontMetrics().averageCharWidth() * 230, window.fontMetrics().height() * 60);
    window.showTab(MainWindow::BrowserTab);
    window.browser()->selectRuleSet(rs->id, QStringLiteral("recognition"));
    ok &= save(window, outDir, QStringLiteral("01-browser.png"), log);

    Diagnostics diags;
    std::optional<Answers> answers =
        parseAnswers(QStringLiteral("demo"), QByteArray(kDemoAnswers), library.facts(), &diags);
    if (!answers) {
        QTextStream(stderr) << "demo answers do not load\n";
        return 2;
    }
    window.answers()->reset(*answers);
    const Programme *recognition = rs->programme(QStringLiteral("recognition"));
    window.questionnaire()->startWith({{rs->id, recognition->id, rs, recognition}});
    window.showTab(MainWindow::QuestionnaireTab);
    window.questionnaire()->goToPage(QStringLiteral("finance"));
    // Type the revenue the way a finance officer would: 0.8 with the unit set to 亿元.
    if (QuestionWidget *q =
            window.questionnaire()->questionWidget(QStringLiteral("main_business_revenue_wan"))) {
        auto *editor = static_cast<NumberEditor *>(q->editor());
        editor->lineEdit()->setText(QStringLiteral("0.8"));
        editor->unitSelector()->setCurrentIndex(2);
    }
    ok &= save(window, outDir, QStringLiteral("02-questionnaire-finance.png"), log);
    window.questionnaire()->goToPage(QStringLiteral("rd"));
    ok &= save(window, outDir, QStringLiteral("03-questionnaire-rd.png"), log);
    window.questionnaire()->goToPage(QStringLiteral("review"));
    ok &= save(window, outDir, QStringLiteral("04-review.png"), log);
    window.showTab(MainWindow::ResultTab);
    ok &= save(window, outDir, QStringLiteral("05-result.png"), log);
    // The end of the result: declarations checklist and documents to prepare.
    window.resultView()->browser()->moveCursor(QTextCursor::End);
    window.resultView()->browser()->ensureCursorVisible();
    ok &= save(window, outDir, QStringLiteral("06-result-end.png"), log);
    // "查看原文" of the failing R&D-staff clause: the official text, the passage highlighted.
    if (const Criterion *c = recognition->criterion(QStringLiteral("rd-staff"))) {
        SourceViewer *viewer = SourceViewer::open({rs, c->clause, c->quote, c->source}, &window);
        ok &= save(*viewer, outDir, QStringLiteral("08-source-viewer.png"), log);
        viewer->close();
    }
    return ok ? 0 : 1;
}

} // namespace eligicheck
