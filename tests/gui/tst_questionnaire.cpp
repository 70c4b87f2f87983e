// The questionnaire as a user meets it: real widgets driven with keys and clicks, offscreen.
#include "guitest.h"

#include "explanation.h"
#include "programmechooser.h"
#include "programmetreemodel.h"
#include "resultview.h"
#include "uilanguage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QTabWidget>

using namespace eligicheck;
using namespace guitest;

using FactAnswers = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(FactAnswers)

namespace {

const QString kTechCentre = QStringLiteral("gx-enterprise-tech-center");
const QString kRecognition = QStringLiteral("recognition");

FactAnswers eligibleFirm() {
    return {
        {QStringLiteral("is_independent_legal_person"), QStringLiteral("是")},
        {QStringLiteral("is_software_it_service_enterprise"), QStringLiteral("否")},
        {QStringLiteral("main_business_revenue_wan"), QStringLiteral("2 亿元")},
        {QStringLiteral("tech_center_budget_in_annual_plan"), QStringLiteral("是")},
        {QStringLiteral("has_enterprise_tech_center"), QStringLiteral("是")},
        {QStringLiteral("tech_center_operating_years"), QStringLiteral("3")},
        {QStringLiteral("innovation_mechanism_and_advantage_declared"), QStringLiteral("是")},
        {QStringLiteral("rd_expenditure_wan"), QStringLiteral("600")},
        {QStringLiteral("tech_dev_equipment_original_value_wan"), QStringLiteral("800")},
        {QStringLiteral("has_qualified_tech_leader_declared"), QStringLiteral("是")},
        {QStringLiteral("rd_staff_count"), QStringLiteral("55")},
        {QStringLiteral("customs_smuggling_penalty_last_3y"), QStringLiteral("否")},
        {QStringLiteral("serious_tax_violation_last_3y"), QStringLiteral("否")},
        {QStringLiteral("major_quality_safety_accident_tech_cause_last_3y"), QStringLiteral("否")},
        {QStringLiteral("other_serious_illegal_dishonest_conduct_last_3y"), QStringLiteral("否")},
        // No parent centre: "same business field as the parent" is then never asked.
        {QStringLiteral("parent_has_gx_enterprise_tech_center"), QStringLiteral("否")},
        {QStringLiteral("gx_etc_revocation_reason"), QStringLiteral("none")},
        // Last, so that the positions above (answers.value(10) …) stay: registered in Guangxi.
        {QStringLiteral("province"), QStringLiteral("guangxi")},
    };
}

FactAnswers with(FactAnswers base, const QString &id, const QString &value) {
    for (auto &a : base)
        if (a.first == id) a.second = value;
    return base;
}

// Answers whatever of `answers` the current page shows, then presses Next, until the review
// page; returns the facts that were never shown.
QStringList walkToReview(QuestionnaireView *q, const FactAnswers &answers) {
    QStringList pending;
    for (const auto &a : answers)
        pending << a.first;
    for (int guard = 0; guard < 20 && q->currentPageName() != QStringLiteral("review"); ++guard) {
        for (const auto &a : answers) {
            QuestionWidget *w = q->questionWidget(a.first);
            if (!pending.contains(a.first) || !w || !w->isVisible()) continue;
            answer(q, a.first, a.second);
            pending.removeAll(a.first);
        }
        clickNext(q);
    }
    return pending;
}

bool goToPageWithNext(QuestionnaireView *q, const QString &page) {
    for (int guard = 0; guard < 20 && q->currentPageName() != page; ++guard) {
        if (q->currentPageName() == QStringLiteral("review")) return false;
        clickNext(q);
    }
    return q->currentPageName() == page;
}

// Ticks a programme in step 1 as a user does: click its row, press Space.
bool tickProgramme(ProgrammeChooser *chooser, const QString &ruleSetId, const QString &programmeId) {
    QTreeView *view = chooser->view();
    QAbstractItemModel *m = view->model();
    for (int d = 0; d < m->rowCount(); ++d) {
        const QModelIndex doc = m->index(d, 0);
        for (int p = 0; p < m->rowCount(doc); ++p) {
            const QModelIndex idx = m->index(p, 0, doc);
            if (idx.data(ProgrammeTreeModel::RuleSetIdRole).toString() != ruleSetId ||
                idx.data(ProgrammeTreeModel::ProgrammeIdRole).toString() != programmeId)
                continue;
            view->expand(doc);
            view->scrollTo(idx);
            QApplication::processEvents(); // the tree lays out the expanded rows
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(idx).center());
            QTest::keyClick(view, Qt::Key_Space);
            return idx.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        }
    }
    return false;
}

} // namespace

class TestQuestionnaire : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void techCentreQuestionnaire_data();
    void techCentreQuestionnaire();
    void unitSelectorConvertsExactly_data();
    void unitSelectorConvertsExactly();
    void badInputIsRefusedAtTheField_data();
    void badInputIsRefusedAtTheField();
    void dontKnowLeavesFactUnknown();
    void backAndForwardKeepAnswers();
    void gatingQuestionHidesAndShowsPage();
    void followUpHidesWhenItsGateSettlesIt();
    void onlyNeededQuestionsAreAsked();
    void nearDuplicatesShownTogetherWithANote_data();
    void nearDuplicatesShownTogetherWithANote();
};

void TestQuestionnaire::techCentreQuestionnaire_data() {
    QTest::addColumn<FactAnswers>("answers");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QStringList>("failingClauses");

    QTest::newRow("eligible firm") << eligibleFirm() << int(Verdict::Eligible) << QStringList();
    QTest::newRow("too few R&D staff, too little R&D spending")
        << with(with(eligibleFirm(), QStringLiteral("rd_staff_count"), QStringLiteral("35")),
                QStringLiteral("rd_expenditure_wan"), QStringLiteral("150"))
        << int(Verdict::NotEligible)
        << QStringList{QStringLiteral("第七条第(四)项"), QStringLiteral("第七条第(六)项")};
    QTest::newRow("revenue 4999 万元 and a smuggling penalty")
        << with(with(eligibleFirm(), QStringLiteral("main_business_revenue_wan"), QStringLiteral("4999")),
                QStringLiteral("customs_smuggling_penalty_last_3y"), QStringLiteral("是"))
        << int(Verdict::NotEligible)
        << QStringList{QStringLiteral("第七条第(三)项"), QStringLiteral("第七条第(七)项1.")};
}

void TestQuestionnaire::techCentreQuestionnaire() {
    QFETCH(FactAnswers, answers);
    QFETCH(int, verdict);
    QFETCH(QStringList, failingClauses);

    auto w = openWindow();
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    QuestionnaireView *q = w->questionnaire();
    QCOMPARE(q->currentPageName(), QStringLiteral("basic"));

    const QStringList neverShown = walkToReview(q, answers);
    QVERIFY2(neverShown.isEmpty(), qPrintable(neverShown.join(u',')));
    QCOMPARE(q->currentPageName(), QStringLiteral("review"));

    // The live panel already has the verdict — nobody pressed a Calculate button.
    QCOMPARE(int(liveVerdict(q)), verdict);
    QStringList failing = liveClausesWithStatus(q, CriterionStatus::Fail);
    failing.removeDuplicates();
    QCOMPARE(failing, failingClauses);

    // The review lists the answers in the user's words.
    auto *staff = q->reviewPage()->findChild<QLabel *>(QStringLiteral("review-value-rd_staff_count"));
    QVERIFY(staff);
    QCOMPARE(staff->text(), answers.value(10).second + QStringLiteral("人"));

    QTest::mouseClick(q->resultButton(), Qt::LeftButton);
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::ResultTab));
    const QString text = w->resultView()->plainText();
    QVERIFY(text.contains(verdictText(Verdict(verdict), Lang::Zh)));
    for (const QString &clause : failingClauses)
        QVERIFY2(text.contains(QStringLiteral("✘ ") + clause), qPrintable(clause));
    QVERIFY(
        w->resultView()->html().contains(QStringLiteral("研究与试验发展人员数不少于40人"))); // verbatim quote
    if (verdict == int(Verdict::NotEligible) && failingClauses.contains(QStringLiteral("第七条第(六)项"))) {
        QVERIFY(text.contains(QStringLiteral("差 5人")));    // what it would take
        QVERIFY(text.contains(QStringLiteral("差 50万元"))); // R&D short by 50万元
    }
    QVERIFY(text.contains(QStringLiteral("[x] 自我声明 第七条第(二)项"))); // declarations as a checklist
    QVERIFY(text.contains(QStringLiteral("研发人员名册")));                // evidence to prepare
}

void TestQuestionnaire::unitSelectorConvertsExactly_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("status");
    QTest::newRow("0.5 亿元 = 5000 万元")
        << QStringLiteral("0.5 亿元") << QStringLiteral("5000") << int(CriterionStatus::Pass);
    QTest::newRow("0.4999 亿元") << QStringLiteral("0.4999 亿元") << QStringLiteral("4999")
                                 << int(CriterionStatus::Fail);
    QTest::newRow("50,000,000 元") << QStringLiteral("50000000 元") << QStringLiteral("5000")
                                   << int(CriterionStatus::Pass);
    QTest::newRow("49,999,999 元") << QStringLiteral("49999999 元") << QStringLiteral("4999.9999")
                                   << int(CriterionStatus::Fail);
    QTest::newRow("5000 万元") << QStringLiteral("5000 万元") << QStringLiteral("5000")
                               << int(CriterionStatus::Pass);
    QTest::newRow("unit typed in the field")
        << QStringLiteral("0.5亿元") << QStringLiteral("5000") << int(CriterionStatus::Pass);
}

void TestQuestionnaire::unitSelectorConvertsExactly() {
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(int, status);
    auto w = openWindow();
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    QuestionnaireView *q = w->questionnaire();
    QVERIFY(goToPageWithNext(q, QStringLiteral("finance")));
    answer(q, QStringLiteral("main_business_revenue_wan"), typed);
    QCOMPARE(w->answers()->value(QStringLiteral("main_business_revenue_wan")).toPlainString(), stored);
    QVERIFY(liveClausesWithStatus(q, CriterionStatus(status)).contains(QStringLiteral("第七条第(三)项")));
    QVERIFY(!q->questionWidget(QStringLiteral("main_business_revenue_wan"))->hasError());
}

void TestQuestionnaire::badInputIsRefusedAtTheField_data() {
    QTest::addColumn<QString>("fact");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("corrected");
    QTest::newRow("text for a count")
        << QStringLiteral("rd_staff_count") << QStringLiteral("rd") << QStringLiteral("abc")
        << QStringLiteral("is not a number") << QStringLiteral("45");
    QTest::newRow("negative count") << QStringLiteral("rd_staff_count") << QStringLiteral("rd")
                                    << QStringLiteral("-1") << QStringLiteral("out of range")
                                    << QStringLiteral("45");
    QTest::newRow("half a person") << QStringLiteral("rd_staff_count") << QStringLiteral("rd")
                                   << QStringLiteral("40.5") << QStringLiteral("not a whole number")
                                   << QStringLiteral("40");
    QTest::newRow("above max") << QStringLiteral("tech_center_operating_years") << QStringLiteral("rd")
                               << QStringLiteral("300") << QStringLiteral("between 0 years and 200 years")
                               << QStringLiteral("2");
    QTest::newRow("unknown currency")
        << QStringLiteral("main_business_revenue_wan") << QStringLiteral("finance")
        << QStringLiteral("5000美元") << QStringLiteral("expected an amount in 万元")
        << QStringLiteral("5000");
}

void TestQuestionnaire::badInputIsRefusedAtTheField() {
    QFETCH(QString, fact);
    QFETCH(QString, page);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QFETCH(QString, corrected);
    auto w = openWindow();
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    QuestionnaireView *q = w->questionnaire();
    QVERIFY(goToPageWithNext(q, page));

    QuestionWidget *field = q->questionWidget(fact);
    auto *edit = static_cast<NumberEditor *>(field->editor())->lineEdit();
    clearAndType(edit, typed);
    QVERIFY(field->hasError());
    QVERIFY(field->errorLabel()->isVisible());
    QVERIFY2(field->errorLabel()->text().contains(message), qPrintable(field->errorLabel()->text()));
    QCOMPARE(edit->text(), typed);                 // the input is kept for correcting
    QVERIFY(!w->answers()->value(fact).isKnown()); // and not used as an answer
    clickNext(q);
    QCOMPARE(q->currentPageName(), page); // Next refuses to leave the page

    clearAndType(edit, corrected);
    QVERIFY(!field->hasError());
    QVERIFY(!field->errorLabel()->isVisible());
    QCOMPARE(w->answers()->value(fact).toPlainString(), corrected);
    clickNext(q);
    QVERIFY(q->currentPageName() != page);
}

void TestQuestionnaire::dontKnowLeavesFactUnknown() {
    auto w = openWindow();
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    QuestionnaireView *q = w->questionnaire();
    QVERIFY(goToPageWithNext(q, QStringLiteral("rd")));
    answer(q, QStringLiteral("rd_staff_count"), QStringLiteral("55"));
    QVERIFY(liveClausesWithStatus(q, CriterionStatus::Pass).contains(QStringLiteral("第七条第(六)项")));
    QuestionWidget *field = q->questionWidget(QStringLiteral("rd_staff_count"));
    QTest::mouseClick(field->dontKnowBox(), Qt::LeftButton);
    QVERIFY(!w->answers()->value(QStringLiteral("rd_staff_count")).isKnown());
    QVERIFY(liveClausesWithStatus(q, CriterionStatus::Unknown).contains(QStringLiteral("第七条第(六)项")));
    QCOMPARE(int(liveVerdict(q)), int(Verdict::Undetermined));
    QTest::mouseClick(field->dontKnowBox(), Qt::LeftButton); // the typed 55 counts again
    QCOMPARE(w->answers()->value(QStringLiteral("rd_staff_count")).toPlainString(), QStringLiteral("55"));
}

void TestQuestionnaire::backAndForwardKeepAnswers() {
    auto w = openWindow();
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    QuestionnaireView *q = w->questionnaire();
    QCOMPARE(q->currentPageName(), QStringLiteral("basic"));
    answer(q, QStringLiteral("is_independent_legal_person"), QStringLiteral("是"));
    clickNext(q);
    QCOMPARE(q->currentPageName(), QStringLiteral("finance"));
    answer(q, QStringLiteral("main_business_revenue_wan"), QStringLiteral("8000"));
    clickBack(q);
    QCOMPARE(q->currentPageName(), QStringLiteral("basic"));
    auto *legal =
        static_cast<BoolEditor *>(q->questionWidget(QStringLiteral("is_independent_legal_person"))->editor());
    QVERIFY(legal->yesButton()->isChecked());
    clickNext(q);
    auto *revenue =
        static_cast<NumberEditor *>(q->questionWidget(QStringLiteral("main_business_revenue_wan"))->editor());
    QCOMPARE(revenue->lineEdit()->text(), QStringLiteral("8000"));

    QVERIFY(goToPageWithNext(q, QStringLiteral("review")));
    auto *value =
        q->reviewPage()->findChild<QLabel *>(QStringLiteral("review-value-main_business_revenue_wan"));
    QVERIFY(value);
    QCOMPARE(value->text(), QStringLiteral("8,000万元"));
    auto *edit =
        q->reviewPage()->findChild<QPushButton *>(QStringLiteral("review-edit-main_business_revenue_wan"));
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(q->currentPageName(), QStringLiteral("finance"));
    QCOMPARE(QApplication::focusWidget(), revenue->lineEdit());
    QCOMPARE(w->answers()->value(QStringLiteral("is_independent_legal_person")).toPlainString(),
             QStringLiteral("true"));
}

void TestQuestionnaire::gatingQuestionHidesAndShowsPage() {
    auto w = openWindow({QStringLiteral("--rules-dir"), QStringLiteral(ELIGICHECK_TEST_DATA "/gui/gating")});
    QVERIFY(assessFromBrowser(*w, QStringLiteral("gui-test-gating"), QStringLiteral("support")));
    QuestionnaireView *q = w->questionnaire();
    const QStringList all{QStringLiteral("choose"), QStringLiteral("basic"), QStringLiteral("project"),
                          QStringLiteral("review")};
    QCOMPARE(q->visiblePageNames(), all); // unanswered gate: the question may be needed

    answer(q, QStringLiteral("gui_test_has_project"), QStringLiteral("否"));
    QCOMPARE(q->visiblePageNames(),
             (QStringList{QStringLiteral("choose"), QStringLiteral("basic"), QStringLiteral("review")}));
    QCOMPARE(int(liveVerdict(q)), int(Verdict::Eligible));
    clickNext(q);
    QCOMPARE(q->currentPageName(), QStringLiteral("review")); // the 项目 page is skipped
    QVERIFY(!q->reviewPage()->findChild<QLabel *>(QStringLiteral("review-value-gui_test_project_years")));

    clickBack(q);
    QCOMPARE(q->currentPageName(), QStringLiteral("basic"));
    answer(q, QStringLiteral("gui_test_has_project"), QStringLiteral("是"));
    QCOMPARE(q->visiblePageNames(), all);
    clickNext(q);
    QCOMPARE(q->currentPageName(), QStringLiteral("project"));
    answer(q, QStringLiteral("gui_test_project_years"), QStringLiteral("5"));
    QCOMPARE(int(liveVerdict(q)), int(Verdict::NotEligible));
}

// Issue 17: "子公司从事业务领域与母公司一致" was asked after 母公司技术中心已认定 = 否, although the
// clause (not (parent and same field)) is then decided. It hides, and comes back with 是.
void TestQuestionnaire::followUpHidesWhenItsGateSettlesIt() {
    auto w = openWindow();
    QVERIFY(assessFromBrowser(*w, kTechCentre, kRecognition));
    QuestionnaireView *q = w->questionnaire();
    QVERIFY(q->goToPage(QStringLiteral("history")));
    const QString parent = QStringLiteral("parent_has_gx_enterprise_tech_center");
    const QString sameField = QStringLiteral("business_field_same_as_parent");
    QVERIFY(q->questionWidget(sameField)->isVisible()); // unanswered gate: it may be needed
    answer(q, parent, QStringLiteral("否"));
    QVERIFY(!q->questionWidget(sameField)->isVisible());
    QVERIFY(!w->session()->isAsked(sameField));
    QVERIFY(q->questionWidget(parent)->isVisible());
    answer(q, parent, QStringLiteral("是"));
    QVERIFY(q->questionWidget(sameField)->isVisible());
    answer(q, sameField, QStringLiteral("否"));
    // Answering the follow-up never hides its gate.
    QVERIFY(q->questionWidget(parent)->isVisible());
    QCOMPARE(w->answers()->value(sameField).toPlainString(), QStringLiteral("false"));
}

void TestQuestionnaire::onlyNeededQuestionsAreAsked() {
    auto w = openWindow();
    QVERIFY(assessFromBrowser(*w, kTechCentre, QStringLiteral("evaluation")));
    QuestionnaireView *q = w->questionnaire();
    // The evaluation programme reads the score and dates, never revenue or R&D staff.
    QVERIFY(q->questionWidget(QStringLiteral("evaluation_score")));
    QVERIFY(!q->questionWidget(QStringLiteral("main_business_revenue_wan")));
    QVERIFY(!q->questionWidget(QStringLiteral("rd_staff_count")));
    QVERIFY(!q->questionWidget(QStringLiteral("application_date"))); // the assessment date is not a question
}

void TestQuestionnaire::nearDuplicatesShownTogetherWithANote_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("note");
    QTest::newRow("zh_CN")
        << QStringLiteral("zh_CN")
        << QStringLiteral("与上一题不同：此题不限于截止日期前3年：第十五条把它列为撤销已认定资格的情形，"
                          "未规定期限。");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringLiteral(
                               "Unlike the previous question: Not limited to the 3 years before the "
                               "deadline: Art. 15 makes it a ground for revoking a recognition, with "
                               "no time limit.");
}

// Issue 17 item 7: 认定 asks 走私 "in the 3 years before the deadline", 资格保持 asks it at any
// time. Chosen together, the two questions stand next to each other, and the second says why
// it is asked again.
void TestQuestionnaire::nearDuplicatesShownTogetherWithANote() {
    QFETCH(QString, language);
    QFETCH(QString, note);
    QString error;
    QVERIFY2(UiLanguage::install(language, &error), qPrintable(error));
    auto w = openWindow({QStringLiteral("--lang"), language});
    w->showTab(MainWindow::QuestionnaireTab);
    QuestionnaireView *q = w->questionnaire();
    QTRY_VERIFY(q->chooser()->isVisible());
    QVERIFY(tickProgramme(q->chooser(), kTechCentre, kRecognition));
    QVERIFY(tickProgramme(q->chooser(), kTechCentre, QStringLiteral("retention")));
    clickNext(q);
    QVERIFY(goToPageWithNext(q, QStringLiteral("compliance")));

    const QString recent = QStringLiteral("customs_smuggling_penalty_last_3y");
    const QString ever = QStringLiteral("customs_smuggling_penalty");
    QuestionWidget *first = q->questionWidget(recent);
    QuestionWidget *second = q->questionWidget(ever);
    QVERIFY(first && second);
    QVERIFY(first->isVisible() && second->isVisible());
    // Adjacent: one after the other in the page's column of questions.
    QCOMPARE(second->parentWidget(), first->parentWidget());
    QLayout *column = first->parentWidget()->layout();
    QCOMPARE(column->indexOf(second), column->indexOf(first) + 1);
    QVERIFY(second->geometry().top() > first->geometry().bottom());

    QVERIFY(!first->relatedNoteLabel()->isVisible());
    QVERIFY(second->relatedNoteLabel()->isVisible());
    QCOMPARE(second->relatedNoteLabel()->text(), note);
    // The other pairs of the two programmes too (税收, 事故, 违法失信).
    for (const QString &base :
         {QStringLiteral("serious_tax_violation"), QStringLiteral("major_quality_safety_accident_tech_cause"),
          QStringLiteral("other_serious_illegal_dishonest_conduct")}) {
        QuestionWidget *a = q->questionWidget(base + QStringLiteral("_last_3y"));
        QuestionWidget *b = q->questionWidget(base);
        QVERIFY(a && b);
        QCOMPARE(column->indexOf(b), column->indexOf(a) + 1);
        QVERIFY2(b->relatedNoteLabel()->isVisible(), qPrintable(base));
    }
    UiLanguage::install(QStringLiteral("zh_CN"));
}

QTEST_MAIN(TestQuestionnaire)
#include "tst_questionnaire.moc"
