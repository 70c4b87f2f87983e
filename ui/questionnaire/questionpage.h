#pragma once

#include "assessment.h"

#include <QScrollArea>
#include <QSet>

namespace eligicheck {

class AnswerModel;
class QuestionWidget;

// One page of the questionnaire: the questions of one group (基本情况, 财务 …). Questions whose
// clauses do not apply to this applicant (applies_when false) are hidden, not deleted, so
// their answers come back if the gating answer changes again. Under the later of two
// near-duplicate questions shown together, a note says how it differs from the one above.
class QuestionPage : public QScrollArea {
    Q_OBJECT
public:
    QuestionPage(const QString &group, const QVector<const Question *> &questions, AnswerModel *answers,
                 Lang lang, QWidget *parent = nullptr);

    const QString &group() const { return m_group; }
    const QString &title() const { return m_title; }
    const QVector<QuestionWidget *> &questions() const { return m_questions; }
    QuestionWidget *question(const QString &factId) const;

    void applyVisibility(const QSet<QString> &askedFacts);
    bool hasVisibleQuestions() const;
    QuestionWidget *firstInvalid() const; // a visible question with refused input
    void showModelValues();

private:
    void updateRelatedNotes();

    QString m_group;
    QString m_title;
    Lang m_lang;
    QVector<QuestionWidget *> m_questions;
    QSet<QString> m_visible;
};

} // namespace eligicheck
