#include "assessmentsession.h"

namespace eligicheck {

AssessmentSession::AssessmentSession(LibraryManager *libraries, AnswerModel *answers, QObject *parent)
    : QObject(parent)
    , m_libraries(libraries)
    , m_answers(answers) {
    connect(m_answers, &AnswerModel::changed, this, &AssessmentSession::reevaluate);
    connect(m_answers, &AnswerModel::answersReset, this, [this] { m_known.clear(); });
    connect(m_libraries, &LibraryManager::libraryChanged, this, &AssessmentSession::onLibraryChanged);
}

void AssessmentSession::setSelection(const Selection &selection) {
    m_matchAll = false;
    m_selection = resolveSelection(library(), selection);
    rebuildPlan();
}

void AssessmentSession::setMatchAll() {
    m_matchAll = true;
    m_selection = selectAll(library());
    rebuildPlan();
}

void AssessmentSession::rebuildPlan() {
    m_plan = QuestionPlan(library().facts(), m_selection);
    // Results hold pointers into the rules, so they are recomputed before anyone reads them.
    compute();
    emit planChanged();
    emit resultsChanged();
}

void AssessmentSession::onLibraryChanged() {
    m_selection = m_matchAll ? selectAll(library()) : resolveSelection(library(), m_selection);
    rebuildPlan();
}

void AssessmentSession::compute() {
    const FactValues values = m_answers->toFactValues(library().facts());
    m_results = evaluateSelection(m_selection, values);
    m_asked = m_plan.askedFacts(values);
    m_asked.subtract(m_known);
}

void AssessmentSession::setKnownFacts(const QSet<QString> &factIds) {
    m_known = factIds;
    reevaluate(); // the questionnaire hides known questions and pages left without any
}

void AssessmentSession::reevaluate() {
    compute();
    emit resultsChanged();
}

} // namespace eligicheck
