#include "questionnaireview.h"

#include "assessmentsession.h"
#include "factinput.h"
#include "programmechooser.h"
#include "questionpage.h"
#include "reviewpage.h"
#include "verdictmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace eligicheck {

namespace {

bool sameProgrammes(const Selection &a, const Selection &b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); ++i)
        if (a[i].ruleSetId != b[i].ruleSetId || a[i].programmeId != b[i].programmeId) return false;
    return true;
}

} // namespace

QuestionnaireView::QuestionnaireView(AssessmentSession *session, Lang lang, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_lang(lang)
    , m_stack(new QStackedWidget(this))
    , m_chooser(new ProgrammeChooser(session->answers(), lang, this))
    , m_review(new ReviewPage(session, lang, this))
    , m_step(new QLabel(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
    , m_result(new QPushButton(tr("Show &result"), this))
    , m_verdicts(new VerdictModel(lang, this))
    , m_liveView(new QTreeView(this)) {
    m_stack->addWidget(m_chooser);
    m_stack->addWidget(m_review);
    m_step->setObjectName(QStringLiteral("stepLabel"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_result->setObjectName(QStringLiteral("resultButton"));
    m_back->setShortcut(QKeySequence::Back);
    m_next->setShortcut(QKeySequence::Forward);
    m_next->setDefault(true);

    m_liveView->setObjectName(QStringLiteral("liveVerdicts"));
    m_liveView->setModel(m_verdicts);
    m_liveView->setAccessibleName(tr("Live verdict"));
    m_liveView->setUniformRowHeights(true);
    m_liveView->header()->setSectionResizeMode(VerdictModel::NameColumn, QHeaderView::Stretch);
    m_liveView->header()->setSectionResizeMode(VerdictModel::StatusColumn, QHeaderView::ResizeToContents);
    m_liveView->header()->setStretchLastSection(false);

    auto *form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addWidget(m_step);
    formLayout->addWidget(m_stack, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_result);
    buttons->addWidget(m_next);
    formLayout->addLayout(buttons);

    auto *live = new QWidget(this);
    auto *liveLayout = new QVBoxLayout(live);
    auto *liveTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Live verdict")), live);
    liveTitle->setBuddy(m_liveView);
    liveLayout->addWidget(liveTitle);
    liveLayout->addWidget(m_liveView, 1);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("questionnaireSplitter"));
    m_splitter->addWidget(form);
    m_splitter->addWidget(live);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_back, &QPushButton::clicked, this, &QuestionnaireView::back);
    connect(m_next, &QPushButton::clicked, this, &QuestionnaireView::next);
    connect(m_result, &QPushButton::clicked, this, &QuestionnaireView::resultRequested);
    connect(m_review, &ReviewPage::editRequested, this, &QuestionnaireView::editFact);
    connect(m_session, &AssessmentSession::planChanged, this, &QuestionnaireView::rebuildPages);
    connect(m_session, &AssessmentSession::resultsChanged, this, &QuestionnaireView::onResultsChanged);
    connect(m_session->answers(), &AnswerModel::answersReset, this, [this] {
        for (QuestionPage *p : std::as_const(m_pages))
            p->showModelValues();
    });
    // The view may be built after the session started (the tab is built when first shown).
    if (!m_session->plan().groups().isEmpty()) rebuildPages();
    onResultsChanged();
}

void QuestionnaireView::setLibrary(std::shared_ptr<const RuleLibrary> library) {
    m_chooser->setLibrary(std::move(library));
}

void QuestionnaireView::choose(const Selection &preselected) {
    m_chooser->setCheckedProgrammes(preselected);
    m_chooser->setMatchAll(false);
    m_stack->setCurrentWidget(m_chooser);
    updateChrome();
}

void QuestionnaireView::startWith(const Selection &selection) {
    m_chooser->setCheckedProgrammes(selection);
    m_chooser->setMatchAll(false);
    m_stack->setCurrentWidget(m_chooser);
    next();
}

bool QuestionnaireView::isPageShown(int i) const {
    QWidget *w = m_stack->widget(i);
    if (w == m_chooser || w == m_review) return true;
    return static_cast<QuestionPage *>(w)->hasVisibleQuestions();
}

int QuestionnaireView::stepOf(int stackIndex) const {
    int step = 0;
    for (int i = 0; i <= stackIndex; ++i)
        step += isPageShown(i) ? 1 : 0;
    return step;
}

QString QuestionnaireView::currentPageName() const {
    QWidget *w = m_stack->currentWidget();
    if (w == m_chooser) return QStringLiteral("choose");
    if (w == m_review) return QStringLiteral("review");
    return static_cast<QuestionPage *>(w)->group();
}

QStringList QuestionnaireView::visiblePageNames() const {
    QStringList out{QStringLiteral("choose")};
    for (QuestionPage *p : m_pages)
        if (p->hasVisibleQuestions()) out << p->group();
    out << QStringLiteral("review");
    return out;
}

bool QuestionnaireView::goToPage(const QString &name) {
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *w = m_stack->widget(i);
        const QString n = w == m_chooser  ? QStringLiteral("choose")
                          : w == m_review ? QStringLiteral("review")
                                          : static_cast<QuestionPage *>(w)->group();
        if (n == name && isPageShown(i)) {
            if (w == m_review) m_review->rebuild();
            m_stack->setCurrentIndex(i);
            updateChrome();
            return true;
        }
    }
    return false;
}

QuestionWidget *QuestionnaireView::questionWidget(const QString &factId) const {
    for (QuestionPage *p : m_pages)
        if (QuestionWidget *w = p->question(factId)) return w;
    return nullptr;
}

bool QuestionnaireView::leaveChooser() {
    if (m_chooser->matchAll()) {
        if (!m_session->isMatchAll()) m_session->setMatchAll();
        return true;
    }
    const Selection chosen = m_chooser->checkedProgrammes();
    if (chosen.isEmpty()) {
        m_chooser->showError(tr("Tick at least one programme, or choose “Match me against everything”."));
        return false;
    }
    if (m_session->isMatchAll() || !sameProgrammes(chosen, m_session->selection()))
        m_session->setSelection(chosen);
    return true;
}

void QuestionnaireView::next() {
    const int current = m_stack->currentIndex();
    if (m_stack->currentWidget() == m_chooser && !leaveChooser()) return;
    if (auto *page = qobject_cast<QuestionPage *>(m_stack->currentWidget())) {
        if (QuestionWidget *bad = page->firstInvalid()) {
            // Refuse to move on silently: point at the field and say why.
            page->ensureWidgetVisible(bad);
            bad->focusEditor();
            emit statusMessage(
                tr("Please correct “%1”: %2").arg(bad->fact().label.get(m_lang), bad->errorText()));
            return;
        }
    }
    for (int i = current + 1; i < m_stack->count(); ++i) {
        if (!isPageShown(i)) continue;
        if (m_stack->widget(i) == m_review) m_review->rebuild();
        m_stack->setCurrentIndex(i);
        break;
    }
    updateChrome();
}

void QuestionnaireView::back() {
    for (int i = m_stack->currentIndex() - 1; i >= 0; --i) {
        if (!isPageShown(i)) continue;
        m_stack->setCurrentIndex(i);
        break;
    }
    updateChrome();
}

void QuestionnaireView::editFact(const QString &factId) {
    for (QuestionPage *p : std::as_const(m_pages)) {
        QuestionWidget *w = p->question(factId);
        if (!w || w->isHidden()) continue;
        m_stack->setCurrentWidget(p);
        updateChrome();
        p->ensureWidgetVisible(w);
        w->focusEditor();
        return;
    }
}

void QuestionnaireView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // The form's size hint (wide editors) would otherwise take all but ~340 px at 1366, and the
    // live verdict's criterion lines would all be cut. 3:2 once, when the width is known; after
    // that the user's divider stays where they put it.
    if (m_splitSet || m_splitter->width() <= 0) return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    m_splitter->setSizes({total * 3 / 5, total - total * 3 / 5});
    m_splitSet = true;
}

void QuestionnaireView::rebuildPages() {
    const QString current = currentPageName();
    for (QuestionPage *p : std::as_const(m_pages)) {
        m_stack->removeWidget(p);
        p->deleteLater();
    }
    m_pages.clear();
    const QuestionPlan &plan = m_session->plan();
    for (const QString &group : plan.groups()) {
        auto *page =
            new QuestionPage(group, plan.questionsInGroup(group), m_session->answers(), m_lang, m_stack);
        page->applyVisibility(m_session->askedFacts());
        m_stack->insertWidget(m_stack->indexOf(m_review), page);
        m_pages.append(page);
    }
    if (current != QStringLiteral("choose") && !goToPage(current)) m_stack->setCurrentWidget(m_chooser);
    updateChrome();
}

void QuestionnaireView::onResultsChanged() {
    const int before = m_verdicts->rowCount();
    m_verdicts->setResults(m_session->results());
    if (m_verdicts->rowCount() != before || before == 0) m_liveView->expandAll();
    for (QuestionPage *p : std::as_const(m_pages))
        p->applyVisibility(m_session->askedFacts());
    updateChrome();
}

void QuestionnaireView::updateChrome() {
    int total = 0;
    for (int i = 0; i < m_stack->count(); ++i)
        total += isPageShown(i) ? 1 : 0;
    const int index = m_stack->currentIndex();
    QString title;
    if (m_stack->currentWidget() == m_chooser)
        title = tr("Choose programmes");
    else if (m_stack->currentWidget() == m_review)
        title = tr("Review");
    else
        title = static_cast<QuestionPage *>(m_stack->currentWidget())->title();
    m_step->setText(tr("Step %1 of %2: %3").arg(stepOf(index)).arg(total).arg(title));
    m_back->setEnabled(index > 0);
    m_next->setVisible(m_stack->currentWidget() != m_review);
    m_result->setEnabled(!m_session->selection().isEmpty());
    m_result->setDefault(m_stack->currentWidget() == m_review);
}

} // namespace eligicheck
