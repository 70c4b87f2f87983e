#include "questionpage.h"

#include "factinput.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eligicheck {

QuestionPage::QuestionPage(const QString &group, const QVector<const Question *> &questions,
                           AnswerModel *answers, Lang lang, QWidget *parent)
    : QScrollArea(parent)
    , m_group(group)
    , m_title(QuestionPlan::groupTitle(group)) {
    setObjectName(QStringLiteral("page-") + group);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(m_title.toHtmlEscaped()), content);
    layout->addWidget(heading);
    for (const Question *q : questions) {
        auto *w = new QuestionWidget(*q, answers, lang, content);
        layout->addWidget(w);
        m_questions.append(w);
        m_visible.insert(w->factId());
    }
    layout->addStretch();
    setWidget(content);
}

QuestionWidget *QuestionPage::question(const QString &factId) const {
    for (QuestionWidget *w : m_questions)
        if (w->factId() == factId) return w;
    return nullptr;
}

void QuestionPage::applyVisibility(const QSet<QString> &askedFacts) {
    m_visible.clear();
    for (QuestionWidget *w : m_questions) {
        const bool asked = askedFacts.contains(w->factId());
        // setVisible on a page that is not shown yet must still record the state.
        w->setHidden(!asked);
        if (asked) m_visible.insert(w->factId());
    }
}

bool QuestionPage::hasVisibleQuestions() const {
    return !m_visible.isEmpty();
}

QuestionWidget *QuestionPage::firstInvalid() const {
    for (QuestionWidget *w : m_questions)
        if (m_visible.contains(w->factId()) && w->hasError()) return w;
    return nullptr;
}

void QuestionPage::showModelValues() {
    for (QuestionWidget *w : m_questions)
        w->showModelValue();
}

} // namespace eligicheck
