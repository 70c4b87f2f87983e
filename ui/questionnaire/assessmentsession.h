#pragma once

#include "answermodel.h"
#include "assessment.h"
#include "librarymanager.h"

#include <QObject>
#include <QSet>

namespace eligicheck {

// The open assessment: which programmes, which questions they need, and the live results.
// Re-evaluates on every change of the answers (no "Calculate" button anywhere).
class AssessmentSession : public QObject {
    Q_OBJECT
public:
    AssessmentSession(LibraryManager *libraries, AnswerModel *answers, QObject *parent = nullptr);

    void setSelection(const Selection &selection);
    const Selection &selection() const { return m_selection; }
    bool isMatchAll() const { return m_matchAll; }
    void setMatchAll();

    const QuestionPlan &plan() const { return m_plan; }
    const QVector<AssessedProgramme> &results() const { return m_results; }
    const QSet<QString> &askedFacts() const { return m_asked; }
    bool isAsked(const QString &factId) const { return m_asked.contains(factId); }
    // Facts already known before this questionnaire (a stored firm's answers): they are not
    // asked again, so the questionnaire shows only what is missing. Cleared when the answers
    // are replaced (New assessment, Open answers…).
    void setKnownFacts(const QSet<QString> &factIds);
    const QSet<QString> &knownFacts() const { return m_known; }

    AnswerModel *answers() const { return m_answers; }
    const RuleLibrary &library() const { return *m_libraries->library(); }

public slots:
    void reevaluate();

signals:
    void planChanged();    // new selection or reloaded rules: pages must be rebuilt
    void resultsChanged(); // after every re-evaluation

private:
    void onLibraryChanged();
    void rebuildPlan();
    void compute();

    LibraryManager *m_libraries;
    AnswerModel *m_answers;
    Selection m_selection;
    bool m_matchAll = false;
    QuestionPlan m_plan;
    QVector<AssessedProgramme> m_results;
    QSet<QString> m_asked;
    QSet<QString> m_known;
};

} // namespace eligicheck
