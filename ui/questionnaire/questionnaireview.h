#pragma once

#include "assessment.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

class QSplitter;

namespace eligicheck {

class AssessmentSession;
class ProgrammeChooser;
class QuestionPage;
class QuestionWidget;
class ReviewPage;
class VerdictModel;

// The questionnaire: choose programmes → one page per group of questions → review, with the
// live verdict panel beside it. Pages without a question that applies are skipped; answering a
// gating question shows or hides questions and pages immediately.
class QuestionnaireView : public QWidget {
    Q_OBJECT
public:
    QuestionnaireView(AssessmentSession *session, Lang lang, QWidget *parent = nullptr);

    void setLibrary(std::shared_ptr<const RuleLibrary> library);
    // Opens the chooser with these programmes ticked.
    void choose(const Selection &preselected);
    // Skips the chooser: asks the questions of `selection` at once.
    void startWith(const Selection &selection);

    // For navigation, tests and the screenshot driver.
    QString currentPageName() const; // "choose", a group id ("finance" …) or "review"
    QStringList visiblePageNames() const;
    bool goToPage(const QString &name);
    QuestionWidget *questionWidget(const QString &factId) const;
    ProgrammeChooser *chooser() const { return m_chooser; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *resultButton() const { return m_result; }
    QTreeView *liveView() const { return m_liveView; }
    ReviewPage *reviewPage() const { return m_review; }

public slots:
    void next();
    void back();
    void editFact(const QString &factId);

signals:
    void resultRequested();
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildPages();
    void onResultsChanged();
    void updateChrome();
    bool leaveChooser();
    int stepOf(int stackIndex) const;
    bool isPageShown(int stackIndex) const;

    AssessmentSession *m_session;
    Lang m_lang;
    QStackedWidget *m_stack;
    ProgrammeChooser *m_chooser;
    ReviewPage *m_review;
    QVector<QuestionPage *> m_pages;
    QLabel *m_step;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_result;
    VerdictModel *m_verdicts;
    QTreeView *m_liveView;
    QSplitter *m_splitter = nullptr;
    bool m_splitSet = false;
};

} // namespace eligicheck
