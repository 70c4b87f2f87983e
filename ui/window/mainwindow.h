#pragma once

#include "guioptions.h"

#include <QMainWindow>
#include <functional>

class QAction;
class QDateEdit;
class QLabel;
class QMenu;
class QTabWidget;

namespace eligicheck {

class AnswerModel;
class AnswersController;
class AssessmentSession;
class BrowserView;
class LibraryManager;
class ProblemsModel;
class ProblemsPanel;
class QuestionnaireView;
class FirmWorkspace;
class LazyPage;
class ReportActions;
class ResultView;

// The application window: programme browser, questionnaire and result as tabs, the Problems
// dock, menus and settings. Data lives in the models and controllers it wires together.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const GuiOptions &options, QWidget *parent = nullptr);
    const GuiOptions &options() const { return m_options; }
    ~MainWindow() override;

    enum Tab { StartTab, BrowserTab, QuestionnaireTab, ResultTab, FirmsTab };
    void showTab(Tab tab);

    LibraryManager *libraries() const { return m_libraries; }
    AnswerModel *answers() const { return m_answers; }
    AssessmentSession *session() const { return m_session; }
    AnswersController *answersController() const { return m_files; }
    BrowserView *browser() const { return m_browser; }
    // Built at the first call (or when their tab is first shown).
    QuestionnaireView *questionnaire() const;
    ResultView *resultView() const;
    ProblemsPanel *problemsPanel() const { return m_problemsPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    ReportActions *reportActions() const { return m_reports; }
    FirmWorkspace *firms() const { return m_firms; }
    // A file given on the command line (or double-clicked): an answers file opens in the
    // questionnaire, a firm file is offered for import into the firms database.
    void openFile(const QString &path);

    // True once the work deferred past the first frame has run.
    bool isStartupComplete() const { return m_startupComplete; }

signals:
    // Once, right after the first painted frame (or a second after construction for a window
    // that is not painted, say started minimised): work that need not delay the window's
    // appearance, such as opening the firms database, starts here.
    void deferredStartup();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildQuestionnaire(QWidget *page);
    QWidget *buildResult(QWidget *page);
    QWidget *withFirmHeader(QWidget *page);
    void completeStartup();
    void createActions();
    void createMenus();
    void createToolBar();
    void onLibraryChanged();
    void updateRecentMenu();
    void newAssessment();
    void startQuickCheck();
    void clearQuestionnaire();
    // Asks before a quick check's answers (of no firm, not saved to a file) are discarded;
    // false when the user cancels.
    bool confirmDiscardQuickCheck();
    void updateTitle();
    void openAnswers();
    void openAnswersFile(const QString &path);
    void saveAnswers(bool askForPath);
    void loadRuleFolder();
    void showAbout();
    void showUserGuide();
    void showSettings();
    // Runs `change` (which may reload the rules) and, when the rules in use differ afterwards,
    // shows what changed and offers to re-check the stored firms it affects.
    void applyRuleChange(const std::function<void()> &change);
    void restoreSettings();

    GuiOptions m_options;
    LibraryManager *m_libraries;
    AnswerModel *m_answers;
    AssessmentSession *m_session;
    AnswersController *m_files;
    ProblemsModel *m_problems;
    ProblemsPanel *m_problemsPanel;
    QTabWidget *m_tabs;
    BrowserView *m_browser;
    LazyPage *m_questionnairePage;
    QuestionnaireView *m_questionnaire = nullptr; // built with its page
    LazyPage *m_resultPage;
    ResultView *m_result = nullptr; // built with its page
    QDateEdit *m_asOf;
    QLabel *m_libraryStatus;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    struct Actions;
    Actions *m_actions;
    ReportActions *m_reports = nullptr; // File → Export/Print/Preview for the current tab
    FirmWorkspace *m_firms = nullptr;   // Firms tab, firms database, questionnaire ↔ firm
    bool m_firstPaintSeen = false;
    bool m_startupComplete = false;
};

} // namespace eligicheck
