#include "mainwindow.h"

#include "sheetexport.h"
#include "templatedialog.h"

#include "answermodel.h"
#include "answerscontroller.h"
#include "appsettings.h"
#include "assessmentsession.h"
#include "browserview.h"
#include "firmfileopen.h"
#include "firmheader.h"
#include "firmsheet.h"
#include "firmtablemodel.h"
#include "firmworkspace.h"
#include "icons.h"
#include "lazypage.h"
#include "librarymanager.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "questionnaireview.h"
#include "reportactions.h"
#include "reportcontroller.h"
#include "resultview.h"
#include "rulechangesdialog.h"
#include "rulesetdiff.h"
#include "sessionreport.h"
#include "settingsdialog.h"
#include "sheetimportdialog.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace eligicheck {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kAnswersFilter = QStringLiteral("YAML (*.yaml *.yml);;All files (*)");

QStringList startupFolders(const GuiOptions &options) {
    // Folders of Settings (and Tools → Load rule folder…) come back; --rules-dir adds to them.
    QStringList folders = AppSettings().ruleFolders();
    for (const QString &d : options.rulesDirs)
        if (!folders.contains(d)) folders << d;
    return folders;
}
} // namespace

struct MainWindow::Actions {
    QAction *newAssessment, *open, *save, *saveAs, *exportReport, *print, *quit;
    QAction *copyResult, *find;
    QAction *showBrowser, *showQuestionnaire, *showResult, *fullScreen;
    QAction *loadFolder, *reload, *importSheet, *exportTemplate, *exportFirms, *exportResults;
    QAction *about, *guide;
};

MainWindow::MainWindow(const GuiOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_libraries(new LibraryManager(startupFolders(options), this))
    , m_answers(new AnswerModel(this))
    , m_session(new AssessmentSession(m_libraries, m_answers, this))
    , m_files(new AnswersController(m_answers, m_libraries, this))
    , m_problems(new ProblemsModel(this))
    , m_problemsPanel(new ProblemsPanel(m_problems, this))
    , m_tabs(new QTabWidget(this))
    , m_browser(new BrowserView(options.lang, this))
    , m_questionnairePage(new LazyPage([this](QWidget *page) { return buildQuestionnaire(page); }, this))
    , m_resultPage(new LazyPage([this](QWidget *page) { return buildResult(page); }, this))
    , m_asOf(new QDateEdit(this))
    , m_libraryStatus(new QLabel(this))
    , m_actions(new Actions) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("EligiCheck 政策申报资格自测"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browser, tr("&Programmes"));
    m_tabs->addTab(m_questionnairePage, tr("&Questionnaire"));
    m_tabs->addTab(m_resultPage, tr("&Result"));
    setCentralWidget(m_tabs);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsPanel);
    m_libraryStatus->setObjectName(QStringLiteral("libraryStatus"));
    statusBar()->addPermanentWidget(m_libraryStatus);

    m_asOf->setObjectName(QStringLiteral("asOfDate"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_answers->setAsOf(AppSettings().defaultAsOf()); // today, or the fixed date of Settings
    m_asOf->setDate(m_answers->asOf());
    m_asOf->setAccessibleName(tr("Assessment date"));
    m_asOf->setToolTip(tr("The date the programmes are checked against (validity and deadlines)"));

    createActions();
    createMenus();
    createToolBar();
    m_firms = new FirmWorkspace(this, options); // adds the Firms tab and menu, opens the database
    connect(m_firms, &FirmWorkspace::linkedFirmChanged, this, &MainWindow::updateTitle);
    connect(m_firms, &FirmWorkspace::quickCheckRequested, this, &MainWindow::startQuickCheck);

    connect(m_libraries, &LibraryManager::libraryChanged, this, &MainWindow::onLibraryChanged);
    connect(m_files, &AnswersController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(this, &MainWindow::deferredStartup, m_browser, &BrowserView::finishSetUp);
    connect(m_asOf, &QDateEdit::dateChanged, m_answers, &AnswerModel::setAsOf);
    connect(m_answers, &AnswerModel::asOfChanged, m_asOf, &QDateEdit::setDate);
    connect(m_answers, &AnswerModel::asOfChanged, m_browser, &BrowserView::setDate);
    connect(m_browser, &BrowserView::assessRequested, this, [this](const Selection &s) {
        questionnaire()->startWith(s);
        showTab(QuestionnaireTab);
    });

    m_browser->setDate(m_answers->asOf());
    onLibraryChanged();
    updateRecentMenu();
    restoreSettings();
    if (!options.answersFile.isEmpty()) openAnswersFile(options.answersFile);
    // A firm file asks before importing: after the first frame, so the question has a window.
    if (!options.openFile.isEmpty()) {
        if (openedFileKind(options.openFile) == OpenedFileKind::Answers)
            openAnswersFile(options.openFile);
        else
            connect(this, &MainWindow::deferredStartup, this, [this] { openFile(m_options.openFile); });
    }
    // For a window that is never painted (started minimised, on another workspace).
    QTimer::singleShot(1000, this, &MainWindow::completeStartup);
}

MainWindow::~MainWindow() {
    // First, while the answers it writes are still there (children go in creation order).
    delete m_firms;
    delete m_actions;
}

void MainWindow::createActions() {
    auto make = [this](const QString &text, const QString &name, QKeySequence key = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) a->setShortcut(key);
        return a;
    };
    Actions &a = *m_actions;
    a.newAssessment = make(tr("&New assessment"), QStringLiteral("actionNew"), QKeySequence::New);
    a.open = make(tr("&Open answers…"), QStringLiteral("actionOpen"), QKeySequence::Open);
    a.save = make(tr("&Save answers"), QStringLiteral("actionSave"), QKeySequence::Save);
    a.saveAs = make(tr("Save answers &as…"), QStringLiteral("actionSaveAs"), QKeySequence::SaveAs);
    // Reports: the actions follow the current tab (see ReportActions).
    m_reports = new ReportActions(this);
    a.exportReport = m_reports->exportAction();
    a.print = m_reports->printAction();
    ReportController *resultReport = SessionReport::controller(m_session, m_options.lang, this);
    m_reports->addView(m_resultPage, resultReport);
    connect(resultReport, &ReportController::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_reports->setCurrentView(m_tabs->currentWidget()); });
    a.quit = make(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit);
    a.copyResult = make(tr("&Copy result as text"), QStringLiteral("actionCopyResult"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    a.find = make(tr("&Find programme…"), QStringLiteral("actionFind"), QKeySequence::Find);
    a.showBrowser =
        make(tr("&Programmes"), QStringLiteral("actionShowBrowser"), QKeySequence(Qt::CTRL | Qt::Key_1));
    a.showQuestionnaire = make(tr("&Questionnaire"), QStringLiteral("actionShowQuestionnaire"),
                               QKeySequence(Qt::CTRL | Qt::Key_2));
    a.showResult =
        make(tr("&Result"), QStringLiteral("actionShowResult"), QKeySequence(Qt::CTRL | Qt::Key_3));
    a.fullScreen = make(tr("&Full screen"), QStringLiteral("actionFullScreen"), QKeySequence::FullScreen);
    a.fullScreen->setCheckable(true);
    a.loadFolder = make(tr("&Load rule folder…"), QStringLiteral("actionLoadFolder"));
    a.reload = make(tr("&Reload rules"), QStringLiteral("actionReload"), QKeySequence::Refresh);
    a.importSheet = make(tr("&Import firms from a spreadsheet…"), QStringLiteral("actionImportSheet"));
    a.exportTemplate =
        make(tr("Export &blank questionnaire spreadsheet…"), QStringLiteral("actionExportTemplate"));
    a.exportFirms = make(tr("Export firms as a spreads&heet…"), QStringLiteral("actionExportFirms"));
    a.exportResults = make(tr("Export res&ults workbook…"), QStringLiteral("actionExportResults"));
    a.about = make(tr("&About EligiCheck"), QStringLiteral("actionAbout"));
    a.guide = make(tr("&User guide"), QStringLiteral("actionGuide"), QKeySequence::HelpContents);

    connect(a.newAssessment, &QAction::triggered, this, &MainWindow::newAssessment);
    connect(a.open, &QAction::triggered, this, &MainWindow::openAnswers);
    connect(a.save, &QAction::triggered, this, [this] { saveAnswers(false); });
    connect(a.saveAs, &QAction::triggered, this, [this] { saveAnswers(true); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.copyResult, &QAction::triggered, this, [this] { resultView()->copyAsText(); });
    connect(a.find, &QAction::triggered, this, [this] {
        showTab(BrowserTab);
        m_browser->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_browser->searchBox()->selectAll();
    });
    connect(a.showBrowser, &QAction::triggered, this, [this] { showTab(BrowserTab); });
    connect(a.showQuestionnaire, &QAction::triggered, this, [this] { showTab(QuestionnaireTab); });
    connect(a.showResult, &QAction::triggered, this, [this] { showTab(ResultTab); });
    connect(a.fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(a.loadFolder, &QAction::triggered, this, &MainWindow::loadRuleFolder);
    connect(a.importSheet, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import firms from a spreadsheet"), QString(),
            tr("Spreadsheets (*.xlsx *.csv *.tsv *.txt)") + QStringLiteral(";;") + tr("All files (*)"));
        if (!path.isEmpty()) openFile(path);
    });
    // The blank questionnaire: its dialog ticks the programmes chosen in the questionnaire at
    // first, else those that concern the firm as answered, else all of them.
    connect(a.exportTemplate, &QAction::triggered, this, [this] {
        const std::shared_ptr<const RuleLibrary> library = m_libraries->library();
        const Selection ticked = TemplateDialog::initialSelection(*library, m_session->selection(),
                                                                  m_answers->values(), m_answers->asOf());
        SheetExport::blankQuestionnaire(this, library, ticked, m_answers->asOf(), m_options.lang);
    });
    connect(a.exportFirms, &QAction::triggered, this, [this] { m_firms->exportFirms(); });
    connect(a.exportResults, &QAction::triggered, this, [this] { m_firms->exportResults(); });
    connect(a.reload, &QAction::triggered, m_libraries, &LibraryManager::reload);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.guide, &QAction::triggered, this, &MainWindow::showUserGuide);
}

void MainWindow::createMenus() {
    const Actions &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newAssessment);
    file->addAction(a.open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addAction(a.save);
    file->addAction(a.saveAs);
    file->addAction(a.importSheet);
    file->addAction(a.exportTemplate);
    file->addAction(a.exportFirms);
    file->addAction(a.exportResults);
    file->addSeparator();
    file->addAction(a.exportReport);
    file->addAction(m_reports->pageSetupAction());
    file->addAction(m_reports->previewAction());
    file->addAction(a.print);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.copyResult);
    edit->addAction(a.find);

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    view->addAction(a.showBrowser);
    view->addAction(a.showQuestionnaire);
    view->addAction(a.showResult);
    view->addSeparator();
    QAction *problems = m_problemsPanel->toggleViewAction();
    problems->setObjectName(QStringLiteral("actionShowProblems"));
    view->addAction(problems);
    view->addAction(a.fullScreen);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(a.loadFolder);
    tools->addAction(a.reload);
    tools->addSeparator();
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.guide);
    help->addAction(a.about);
}

void MainWindow::createToolBar() {
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_actions->newAssessment);
    bar->addAction(m_actions->open);
    bar->addAction(m_actions->save);
    bar->addSeparator();
    bar->addAction(m_actions->reload);
    bar->addSeparator();
    auto *label = new QLabel(tr("Assessment &date:"), bar);
    label->setBuddy(m_asOf);
    bar->addWidget(label);
    bar->addWidget(m_asOf);
    m_viewMenu->addAction(bar->toggleViewAction());
}

QuestionnaireView *MainWindow::questionnaire() const {
    m_questionnairePage->content();
    return m_questionnaire;
}

// Built when the Questionnaire tab is first shown or used: nothing in it is on the first frame.
QWidget *MainWindow::buildQuestionnaire(QWidget *page) {
    QWidget *content = withFirmHeader(page);
    m_questionnaire = new QuestionnaireView(m_session, m_options.lang, content);
    static_cast<QVBoxLayout *>(content->layout())->addWidget(m_questionnaire, 1);
    m_questionnaire->setLibrary(m_libraries->library());
    connect(m_questionnaire, &QuestionnaireView::resultRequested, this, [this] { showTab(ResultTab); });
    connect(m_questionnaire, &QuestionnaireView::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    return content;
}

// Whose assessment it is, above the questionnaire (with its live verdict) and the result.
QWidget *MainWindow::withFirmHeader(QWidget *page) {
    auto *content = new QWidget(page);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new FirmHeader(m_firms, content));
    return content;
}

ResultView *MainWindow::resultView() const {
    m_resultPage->content();
    return m_result;
}

// Built when the Result tab is first shown or used. Not only to save its construction: QTabWidget
// sizes itself from every page, and the page's bold title made that load a bold font face before
// the first frame.
QWidget *MainWindow::buildResult(QWidget *page) {
    QWidget *content = withFirmHeader(page);
    m_result = new ResultView(m_session, m_options.lang, content);
    static_cast<QVBoxLayout *>(content->layout())->addWidget(m_result, 1);
    return content;
}

void MainWindow::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

void MainWindow::onLibraryChanged() {
    const std::shared_ptr<const RuleLibrary> library = m_libraries->library();
    m_browser->setLibrary(library);
    if (m_questionnaire) m_questionnaire->setLibrary(library); // else it starts with the current one
    m_problems->setLibrary(*library);
    int programmes = 0;
    for (const auto &rs : library->ruleSets())
        programmes += int(rs->programmes.size());
    const int problems = m_problems->rowCount();
    // Where each rule set comes from and when it was verified against its text: a consultant
    // with added or revised rule sets sees which version is in use.
    int fromFolders = 0;
    QStringList origins;
    for (const auto &rs : library->ruleSets()) {
        const QString verified =
            rs->verifiedOn.isValid() ? rs->verifiedOn.toString(Qt::ISODate) : QStringLiteral("—");
        if (!rs->bundled) ++fromFolders;
        origins << (rs->bundled ? tr("%1 — built in, verified %2").arg(rs->title, verified)
                                : tr("%1 — from %2, verified %3")
                                      .arg(rs->title, QDir::toNativeSeparators(rs->filePath), verified));
    }
    for (const RuleOverride &o : library->overrides())
        origins << o.text();
    QString status = tr("%L1 documents, %L2 programmes, %n problem(s)", nullptr, problems)
                         .arg(library->ruleSets().size())
                         .arg(programmes);
    if (fromFolders > 0) status += tr(" · %n from folders", nullptr, fromFolders);
    m_libraryStatus->setText(status);
    m_libraryStatus->setToolTip(origins.join(u'\n'));
    // A folder's older copy of a built-in rule set is not an error, but it must not go unnoticed.
    for (const RuleOverride &o : library->overrides())
        if (!o.replaced) statusBar()->showMessage(o.text(), 15000);
    if (m_problems->errorCount() > 0) {
        // A broken rule file never stops the app, but it must not go unnoticed either.
        m_problemsPanel->show();
        statusBar()->showMessage(
            tr("%n rule file(s) could not be loaded; see Problems.", nullptr, m_libraries->errorFileCount()),
            15000);
    }
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = m_files->recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        QAction *a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(recent[i]).fileName()));
        a->setToolTip(recent[i]);
        const QString path = recent[i];
        connect(a, &QAction::triggered, this, [this, path] { openAnswersFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle() {
    const QString app = tr("EligiCheck 政策申报资格自测");
    const Firm &firm = m_firms->linkedFirmRecord();
    if (firm.id == 0) return setWindowTitle(app);
    const QString who = firm.creditCode.isEmpty() ? firm.name : tr("%1 (%2)").arg(firm.name, firm.creditCode);
    setWindowTitle(tr("%1 — %2").arg(who, app));
}

// An empty questionnaire on the same assessment date, with no programme chosen and no file.
void MainWindow::clearQuestionnaire() {
    Answers empty;
    empty.asOf = m_answers->asOf();
    m_answers->reset(empty);
    m_files->forgetPath();
    questionnaire()->choose({});
}

void MainWindow::startQuickCheck() {
    // A quick check already open is continued; a firm's questionnaire (its answers are stored)
    // makes way for an empty one.
    if (m_firms->linkedFirm() != 0 || m_answers->values().isEmpty()) clearQuestionnaire();
    showTab(QuestionnaireTab);
    statusBar()->showMessage(tr("Quick check: choose the programmes; nothing is stored unless you save it."),
                             10000);
}

bool MainWindow::confirmDiscardQuickCheck() {
    if (m_firms->linkedFirm() != 0 || m_answers->values().isEmpty() || !m_files->isModified()) return true;
    QMessageBox box(QMessageBox::Question, tr("Discard the quick check?"),
                    tr("The %n answer(s) of this quick check belong to no firm and are not saved to a file. "
                       "They will be lost.",
                       nullptr, int(m_answers->values().size())),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardQuickCheck"));
    QPushButton *save = box.addButton(tr("&Save to a file…"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveQuickCheck"));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardQuickCheckButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == discard) return true;
    if (box.clickedButton() != save) return false;
    saveAnswers(true);
    return !m_files->isModified();
}

void MainWindow::newAssessment() {
    if (m_firms->linkedFirm() != 0) {
        // A firm's answers are its own and already stored: a new assessment starts from them
        // again (asking only what is missing) with the programmes to choose.
        QString error;
        const Selection programmes = m_session->selection();
        if (!m_firms->startAssessment(m_firms->linkedFirm(), &error)) {
            if (!error.isEmpty()) QMessageBox::warning(this, tr("Cannot start the assessment"), error);
            return;
        }
        questionnaire()->choose(programmes);
        return;
    }
    if (!confirmDiscardQuickCheck()) return;
    clearQuestionnaire();
    showTab(QuestionnaireTab);
    statusBar()->showMessage(tr("New assessment: choose the programmes to check."), 5000);
}

void MainWindow::openAnswers() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open answers"), QString(), kAnswersFilter);
    if (!path.isEmpty()) openAnswersFile(path);
}

void MainWindow::openAnswersFile(const QString &path) {
    QString error;
    if (!m_files->open(path, &error)) {
        QMessageBox::warning(
            this, tr("Cannot open answers"),
            tr("The answers file was not loaded; your current answers are unchanged.\n\n%1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::openFile(const QString &path) {
    int imported = 0;
    if (FirmSheet::isSpreadsheet(path)) {
        SheetImportDialog dialog(m_firms->database(), m_libraries->library()->facts(), path, this);
        if (dialog.exec() == QDialog::Accepted) imported = dialog.importedCount();
    } else if (openedFileKind(path) == OpenedFileKind::Answers) {
        openAnswersFile(path);
        return;
    } else {
        imported = importFirmFileInteractively(this, m_firms->database(), *m_libraries->library(), path);
    }
    if (imported <= 0) return;
    m_firms->firmModel()->reload();
    showTab(FirmsTab);
    statusBar()->showMessage(
        tr("Imported %n firm(s) from %1", nullptr, imported).arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::saveAnswers(bool askForPath) {
    QString path = m_files->currentPath();
    if (askForPath || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save answers"), path, kAnswersFilter);
        if (path.isEmpty()) return;
        // The name the desktop's file types know as EligiCheck answers (a double-click opens it here).
        if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".eligicheck.yaml");
    }
    QString error;
    if (!m_files->save(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save answers"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::loadRuleFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Load rule folder"));
    if (dir.isEmpty()) return;
    AppSettings settings;
    QStringList saved = settings.ruleFolders();
    if (!saved.contains(dir)) settings.setRuleFolders(saved << dir);
    applyRuleChange([&] { m_libraries->addFolder(dir); });
}

void MainWindow::applyRuleChange(const std::function<void()> &change) {
    const std::shared_ptr<const RuleLibrary> before = m_libraries->library();
    change();
    const std::shared_ptr<const RuleLibrary> after = m_libraries->library();
    if (before == after) return;
    const QVector<RuleChange> changes = RuleSetDiff::compare(*before, *after, m_options.lang);
    if (changes.isEmpty()) return;
    const QVector<Firm> firms = m_firms->firmsWithChangedRules();
    QStringList names;
    for (const Firm &f : firms)
        names << f.name;
    RuleChangesDialog dialog(changes, *before, *after, names, this);
    if (dialog.exec() != QDialog::Accepted || firms.isEmpty()) return;
    QString report, error;
    if (!m_firms->recheckFirms(firms, &report, &error)) {
        QMessageBox::warning(this, tr("Cannot re-check"), error);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("Re-check"), report, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("recheckResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About EligiCheck"),
        tr("<h3>EligiCheck 政策申报资格自测 %1</h3>"
           "<p>Tells a firm whether it qualifies for government support programmes and shows why, "
           "clause by clause, with the verbatim text of each policy.</p>"
           "<p>Works offline. The result is a self-assessment, not an official decision.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::showUserGuide() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("User guide"));
    auto *text = new QTextBrowser(&dialog);
    // One guide per interface language (resources/help/userguide_<language>.html).
    QFile guide(QStringLiteral(":/help/userguide_%1.html").arg(m_options.localeName));
    text->setHtml(guide.open(QIODevice::ReadOnly) ? QString::fromUtf8(guide.readAll())
                                                  : tr("The user guide is missing from this build."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(dialog.sizeHint().expandedTo(
        QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 35)));
    dialog.exec();
}

void MainWindow::showSettings() {
    AppSettings settings;
    SettingsDialog dialog(&settings, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    // Rule sets are added or removed at once in the dialog, so even Cancel may leave new rules.
    if ((accepted && dialog.ruleFoldersChanged()) || dialog.ruleSetsChanged())
        applyRuleChange([&] {
            const std::shared_ptr<const RuleLibrary> old = m_libraries->library();
            m_libraries->setFolders(startupFolders(m_options));
            if (m_libraries->library() == old) m_libraries->reload();
        });
    if (!accepted) return;
    if (dialog.languageChanged())
        statusBar()->showMessage(tr("The new language takes effect the next time EligiCheck starts."), 15000);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a size derived from the font, so it scales with the screen's DPI.
        resize(fontMetrics().averageCharWidth() * 160, fontMetrics().height() * 45);
    }
    const bool firstStart = settings.value(kStateKey).isNull();
    restoreState(settings.value(kStateKey).toByteArray());
    if (firstStart) {
        // Warnings alone do not pop the panel up; errors always do (see onLibraryChanged).
        m_problemsPanel->setVisible(m_problems->errorCount() > 0);
        resizeDocks({m_problemsPanel}, {height() / 5}, Qt::Vertical);
    }
    if (m_problems->errorCount() > 0) m_problemsPanel->show();
}

bool MainWindow::event(QEvent *event) {
    if (event->type() == QEvent::Paint && !m_firstPaintSeen) {
        m_firstPaintSeen = true;
        // Queued, so that it runs once the whole first frame is on screen.
        QTimer::singleShot(0, this, &MainWindow::completeStartup);
    }
    return QMainWindow::event(event);
}

void MainWindow::completeStartup() {
    if (m_startupComplete) return;
    m_startupComplete = true;
    // Decoding the seven icon PNGs was 4% of the start-up; the title bar gets it a frame later.
    setWindowIcon(applicationIcon());
    emit deferredStartup();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_firms->flush(); // a firm's answers are written as typed; the last ones go now
    if (!confirmDiscardQuickCheck()) return event->ignore();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

} // namespace eligicheck
