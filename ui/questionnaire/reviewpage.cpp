#include "reviewpage.h"

#include "assessmentsession.h"
#include "explanation.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace eligicheck {

ReviewPage::ReviewPage(AssessmentSession *session, Lang lang, QWidget *parent)
    : QScrollArea(parent)
    , m_session(session)
    , m_lang(lang) {
    setObjectName(QStringLiteral("page-review"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

void ReviewPage::rebuild() {
    const Lang lang = m_lang;
    auto *content = new QWidget(this);
    auto *outer = new QVBoxLayout(content);
    outer->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Review your answers")), content));
    auto *grid = new QGridLayout;
    outer->addLayout(grid);
    int row = 0;
    const QuestionPlan &plan = m_session->plan();
    for (const QString &group : plan.groups()) {
        bool headerDone = false;
        for (const Question *q : plan.questionsInGroup(group)) {
            if (!m_session->isAsked(q->fact->id)) continue;
            if (!headerDone) {
                grid->addWidget(
                    new QLabel(QStringLiteral("<b>%1</b>").arg(QuestionPlan::groupTitle(group)), content),
                    row++, 0, 1, 3);
                headerDone = true;
            }
            const Value v = m_session->answers()->value(q->fact->id);
            auto *label = new QLabel(q->fact->label.get(lang), content);
            label->setWordWrap(true);
            auto *value =
                new QLabel(v.isKnown() ? formatFactValue(*q->fact, v, lang) : tr("not answered"), content);
            value->setObjectName(QStringLiteral("review-value-") + q->fact->id);
            auto *edit = new QPushButton(tr("Edit"), content);
            edit->setObjectName(QStringLiteral("review-edit-") + q->fact->id);
            edit->setAccessibleName(tr("Edit: %1").arg(q->fact->label.get(lang)));
            const QString id = q->fact->id;
            connect(edit, &QPushButton::clicked, this, [this, id] { emit editRequested(id); });
            grid->addWidget(label, row, 0);
            grid->addWidget(value, row, 1);
            grid->addWidget(edit, row, 2);
            ++row;
        }
    }
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    outer->addStretch();
    setWidget(content); // deletes the previous content
}

} // namespace eligicheck
