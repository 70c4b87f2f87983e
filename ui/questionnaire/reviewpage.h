#pragma once

#include "text.h"

#include <QScrollArea>

class QGridLayout;

namespace eligicheck {

class AssessmentSession;

// Every asked question with its current answer and an "Edit" button that leads back to it.
class ReviewPage : public QScrollArea {
    Q_OBJECT
public:
    ReviewPage(AssessmentSession *session, Lang lang, QWidget *parent = nullptr);
    void rebuild();

signals:
    void editRequested(const QString &factId);

private:
    AssessmentSession *m_session;
    Lang m_lang;
};

} // namespace eligicheck
