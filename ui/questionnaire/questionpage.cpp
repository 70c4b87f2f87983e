#include "questionpage.h"

#include "factinput.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eligicheck {

QuestionPage::QuestionPage(const QString &group, const QVector<const Question *> &questions,
                           AnswerModel *answers, Lang lang, QWidget *parent)
    : QScrollArea(parent)
    , m_group(group)
    , m_title(QuestionPlan::groupTitle(group))
    , m_lang(lang) {
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
    updateRelatedNotes();
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
    updateRelatedNotes();
}

void QuestionPage::updateRelatedNotes() {
    // A note needs a related question shown above it; the plan puts relatives together, so it
    // is normally the one just above ("上一题"); in a longer chain it is named.
    const QuestionWidget *above = nullptr; // the nearest shown question above
    for (QuestionWidget *w : std::as_const(m_questions)) {
        if (!m_visible.contains(w->factId())) {
            w->setRelatedNote(QString());
            continue;
        }
        const FactDefinition &f = w->fact();
        const QuestionWidget *relative = nullptr;
        for (const QuestionWidget *o : std::as_const(m_questions)) {
            if (o == w) break;
            if (m_visible.contains(o->factId()) && f.related.contains(o->factId())) relative = o;
        }
        const QString difference = f.difference.get(m_lang);
        if (!relative || difference.isEmpty())
            w->setRelatedNote(QString());
        else if (relative == above)
            w->setRelatedNote(tr("Unlike the previous question: %1").arg(difference));
        else
            w->setRelatedNote(
                tr("Unlike “%1” above: %2").arg(relative->fact().label.get(m_lang), difference));
        above = w;
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
