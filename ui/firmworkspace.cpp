#include "firmworkspace.h"

#include "answermodel.h"
#include "appsettings.h"
#include "assessmentservice.h"
#include "assessmentsession.h"
#include "draftstore.h"
#include "explanation.h"
#include "firmlistview.h"
#include "firmtablemodel.h"
#include "firmview.h"
#include "lazypage.h"
#include "librarymanager.h"
#include "mainwindow.h"
#include "questionnaireview.h"
#include "recheckwording.h"
#include "reportactions.h"
#include "reportcontroller.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <utility>

namespace eligicheck {

namespace {
QString draftKey(qint64 firmId) {
    return QStringLiteral("firm:%1").arg(firmId);
}
} // namespace

FirmWorkspace::FirmWorkspace(MainWindow *window, const GuiOptions &options)
    : QObject(window)
    , m_window(window)
    , m_options(options)
    , m_db(std::make_unique<Database>())
    , m_firms(new FirmTableModel(*m_db, this))
    , m_page(new LazyPage([this](QWidget *page) { return buildViews(page); })) {
    m_firms->setLanguage(options.lang);
    window->tabs()->addTab(m_page, tr("Fir&ms")); // Alt+I is the Firm menu
    createActions();

    connect(window->libraries(), &LibraryManager::libraryChanged, this, &FirmWorkspace::onLibraryChanged);
    connect(window->answers(), &AnswerModel::valueChanged, this, &FirmWorkspace::onAnswerChanged);
    connect(window->answers(), &AnswerModel::answersReset, this, [this] {
        if (!m_resetting) unlink(); // New assessment / Open answers: no longer this firm's questionnaire
    });

    // --db, else the file chosen in Settings, else the standard per-user file. Opened (and
    // migrated, and its newest draft restored) once the window has been painted, or earlier
    // if the Firms tab is shown first: it was an eighth of the work before the first frame.
    m_startupLocation = options.database;
    if (m_startupLocation.isEmpty()) m_startupLocation = AppSettings().databasePath();
    if (m_startupLocation.isEmpty()) m_startupLocation = DatabaseLocation::defaultSqlitePath();
    connect(window, &MainWindow::deferredStartup, this, &FirmWorkspace::openStartupDatabase);
    connect(window->tabs(), &QTabWidget::currentChanged, this, [this] {
        if (m_window->tabs()->currentWidget() == m_page) openStartupDatabase();
    });
}

// The firm list and detail views: built when the Firms tab is first shown or the database is
// opened (right after the first frame), not before the first frame.
QWidget *FirmWorkspace::buildViews(QWidget *page) {
    m_detail = new FirmView(*m_db, m_options.lang);
    m_view = new FirmListView(m_firms, m_detail, page);
    m_window->reportActions()->addView(m_page, m_detail->reportController());
    m_window->reportActions()->setCurrentView(m_window->tabs()->currentWidget());
    connect(m_detail->reportController(), &ReportController::statusMessage, this, &FirmWorkspace::status);
    connect(m_detail, &FirmView::assessRequested, this, [this](qint64 id) {
        QString error;
        if (!startAssessment(id, &error)) warn(tr("Cannot start the assessment"), error);
    });
    connect(m_detail, &FirmView::recheckRequested, this, [this](qint64 id) {
        QString report, error;
        if (!recheck(id, &report, &error)) return warn(tr("Cannot re-check"), error);
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("Re-check"), report, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("recheckResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_detail, &FirmView::answersChanged, this, &FirmWorkspace::reloadFirms);
    connect(m_view, &FirmListView::addFirmRequested, this, &FirmWorkspace::addFirm);
    connect(m_view, &FirmListView::openDatabaseRequested, this, &FirmWorkspace::chooseDatabaseFile);
    onLibraryChanged();
    return m_view;
}

FirmListView *FirmWorkspace::view() const {
    m_page->content();
    return m_view;
}

FirmView *FirmWorkspace::firmView() const {
    m_page->content();
    return m_detail;
}

void FirmWorkspace::openStartupDatabase() {
    if (m_startupLocation.isEmpty()) return; // done, or another database was opened meanwhile
    const QString location = std::exchange(m_startupLocation, QString());
    // The draft is not restored over answers opened from the command line or already typed.
    if (openDatabase(location).ok() && m_window->answers()->values().isEmpty()) restoreNewestDraft();
}

FirmWorkspace::~FirmWorkspace() {
    // The draft is written before the database closes.
    m_autosaver.reset();
}

bool FirmWorkspace::isOpen() const {
    return m_db->isOpen();
}

void FirmWorkspace::createActions() {
    m_openDb = new QAction(tr("Open firms &database…"), this);
    m_openDb->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_saveToFirm = new QAction(tr("Save answers to &firm"), this);
    m_saveToFirm->setObjectName(QStringLiteral("actionSaveToFirm"));
    m_saveToFirm->setToolTip(tr("Write the questionnaire's answers back to the firm they came from"));
    m_storeAssessment = new QAction(tr("S&tore assessment"), this);
    m_storeAssessment->setObjectName(QStringLiteral("actionStoreAssessment"));
    m_storeAssessment->setToolTip(
        tr("Save the answers to the firm and keep a snapshot of this evaluation in its history"));
    QAction *showFirms = new QAction(tr("F&irms"), this);
    showFirms->setObjectName(QStringLiteral("actionShowFirms"));
    showFirms->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));

    connect(m_openDb, &QAction::triggered, this, &FirmWorkspace::chooseDatabaseFile);
    connect(m_saveToFirm, &QAction::triggered, this, [this] {
        QString error;
        if (!saveAnswers(&error)) warn(tr("Answers not saved"), error);
    });
    connect(m_storeAssessment, &QAction::triggered, this, [this] {
        QString error;
        if (!storeAssessments(&error)) warn(tr("Assessment not stored"), error);
    });
    connect(showFirms, &QAction::triggered, this, [this] { m_window->tabs()->setCurrentWidget(m_page); });

    auto *menu = new QMenu(tr("F&irm"), m_window);
    menu->setObjectName(QStringLiteral("menuFirm"));
    menu->addAction(showFirms);
    menu->addAction(m_saveToFirm);
    menu->addAction(m_storeAssessment);
    menu->addSeparator();
    menu->addAction(m_openDb);
    // Before Help, which stays last.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    m_window->addAction(showFirms);
    updateActions();
}

void FirmWorkspace::status(const QString &message) {
    m_window->statusBar()->showMessage(message, 10000);
}

void FirmWorkspace::warn(const QString &title, const QString &message) {
    QMessageBox::warning(m_window, title, message);
}

void FirmWorkspace::updateActions() {
    const bool linked = m_linked.id != 0 && m_db->isOpen();
    m_saveToFirm->setEnabled(linked);
    m_storeAssessment->setEnabled(linked);
}

void FirmWorkspace::onLibraryChanged() {
    if (!m_detail) return; // the views take the library when they are built
    const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library();
    m_detail->setLibrary(library);
    m_firms->setCurrentHashes(AssessmentStore::currentHashes(*library));
    reloadFirms();
}

void FirmWorkspace::reloadFirms() {
    if (!m_db->isOpen()) return;
    const qint64 selected = m_detail->firmId();
    const StorageError e = m_firms->reload();
    if (!e.ok()) status(e.message);
    if (selected != 0) m_view->selectFirm(selected);
    m_detail->reload();
}

StorageError FirmWorkspace::openDatabase(const QString &location, bool ask) {
    m_startupLocation.clear(); // an explicit choice replaces the one still pending from start-up
    m_page->content();         // the views show the outcome
    QString parseError;
    const std::optional<DatabaseLocation> where = DatabaseLocation::parse(location, &parseError);
    StorageError e;
    if (!where) {
        e = StorageError::fail(StorageError::Invalid, parseError);
    } else {
        if (where->kind == DatabaseLocation::SQLite) QDir().mkpath(QFileInfo(where->path).absolutePath());
        // Try it on a connection of its own first, so a file that cannot be used does not close
        // the database that is open now.
        Database probe;
        e = probe.open(*where);
        probe.close();
        if (e.ok()) {
            unlink();
            m_db->close();
            e = m_db->open(*where);
        }
    }
    if (!e.ok()) {
        if (!m_db->isOpen()) m_view->setDatabaseOpen(false, e.message);
        if (ask) QTimer::singleShot(0, this, [this, location, e] { showDatabaseError(location, e); });
        return e;
    }
    m_view->setDatabaseOpen(true);
    m_detail->setFirm(0);
    reloadFirms();
    updateActions();
    status(tr("Firms database: %1").arg(where->toDisplayString()));
    return {};
}

void FirmWorkspace::showDatabaseError(const QString &location, const StorageError &error) {
    if (m_errorBox) m_errorBox->close();
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Cannot open the firms database"),
                        tr("The firms database %1 cannot be used:\n\n%2\n\nThe file has not been changed. "
                           "You can open another database file, or continue without firms.")
                            .arg(QDir::toNativeSeparators(location), error.message),
                        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("databaseError"));
    QPushButton *other = box->addButton(tr("Open &another file…"), QMessageBox::AcceptRole);
    other->setObjectName(QStringLiteral("openAnotherDatabase"));
    QPushButton *without = box->addButton(tr("&Continue without firms"), QMessageBox::RejectRole);
    without->setObjectName(QStringLiteral("continueWithoutDatabase"));
    box->setDefaultButton(other);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, other] {
        if (box->clickedButton() == other) QTimer::singleShot(0, this, &FirmWorkspace::chooseDatabaseFile);
    });
    m_errorBox = box;
    box->open(); // not exec(): the window stays usable behind it and nothing waits on it
}

void FirmWorkspace::chooseDatabaseFile() {
    // A save dialog, so that a new file name can be typed as well as an existing file chosen;
    // an existing file is opened, never overwritten.
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Open firms database"), QFileInfo(m_db->location().path).absolutePath(),
        tr("EligiCheck databases (*.db *.sqlite)") + QStringLiteral(";;") + tr("All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) openDatabase(path);
}

void FirmWorkspace::addFirm() {
    if (!m_db->isOpen()) return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("New firm"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("newFirmName"));
    auto *code = new QLineEdit(&dialog);
    code->setObjectName(QStringLiteral("newFirmCreditCode"));
    code->setPlaceholderText(tr("18 characters, optional"));
    auto *region = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Credit code (统一社会信用代码):"), code);
    form->addRow(tr("&Region:"), region);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // Refused input keeps the dialog and everything typed, with the reason.
    while (dialog.exec() == QDialog::Accepted) {
        Firm f;
        f.name = name->text().trimmed();
        f.creditCode = code->text().trimmed();
        f.region = region->text().trimmed();
        Result<Firm> added = FirmRepository(*m_db).addFirm(f);
        if (!added.ok()) {
            warn(tr("Firm not added"), added.error().message);
            continue;
        }
        reloadFirms();
        m_view->selectFirm(added->id);
        status(tr("Added %1").arg(added->name));
        return;
    }
}

void FirmWorkspace::loadLinkedVersions() {
    m_loaded.clear();
    Result<QVector<StoredAnswer>> all = FirmRepository(*m_db).answers(m_linked.id);
    if (!all.ok()) return;
    const int year = FirmRepository::fiscalYearFor(m_window->answers()->asOf());
    for (const StoredAnswer &a : all.value())
        if (a.fiscalYear == 0 || a.fiscalYear == year) m_loaded.insert(a.factId, a);
}

bool FirmWorkspace::startAssessment(qint64 firmId, QString *error) {
    const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library();
    FirmRepository repo(*m_db);
    Result<Firm> firm = repo.firm(firmId);
    if (!firm.ok()) return *error = firm.error().message, false;
    const QDate asOf = m_window->answers()->asOf();
    Result<Answers> stored = repo.answersFor(firmId, asOf, library->facts());
    if (!stored.ok()) return *error = stored.error().message, false;
    Answers answers = stored.value();
    answers.asOf = asOf;
    answers.firmName = firm->name;
    answers.creditCode = firm->creditCode;

    unlink();
    m_resetting = true;
    m_window->answers()->reset(answers);
    m_resetting = false;
    m_linked = firm.value();
    loadLinkedVersions();

    // Typing not yet saved to the firm comes back from the draft, and stays asked.
    QSet<QString> known;
    for (auto it = answers.values.cbegin(); it != answers.values.cend(); ++it)
        known.insert(it.key());
    m_autosaver = std::make_unique<DraftAutosaver>(*m_db, draftKey(firmId), firmId);
    connect(m_autosaver.get(), &DraftAutosaver::saveFailed, this,
            [this](const QString &m) { status(tr("The draft could not be saved: %1").arg(m)); });
    m_autosaver->restore();
    int restored = 0;
    const QHash<QString, QString> entries = m_autosaver->entries();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const FactDefinition *fact = library->facts().find(it.key());
        if (!fact) continue;
        QString why;
        const std::optional<Value> v =
            it.value().isEmpty() ? std::optional<Value>(Value()) : parseFactValue(*fact, it.value(), &why);
        if (!v) continue; // a draft from older rules: the question is simply asked again
        m_window->answers()->setValue(it.key(), *v);
        known.remove(it.key());
        ++restored;
    }
    m_window->session()->setKnownFacts(known);

    // The documents this firm was assessed against before; else the user chooses.
    Selection selection;
    if (Result<QVector<Assessment>> latest = AssessmentStore(*m_db).latestPerRuleSet(firmId); latest.ok())
        for (const Assessment &a : latest.value())
            if (const RuleSet *rs = library->ruleSet(a.ruleSetId))
                for (const Programme &p : rs->programmes)
                    selection.append({rs->id, p.id, rs, &p});
    if (selection.isEmpty())
        m_window->questionnaire()->choose({});
    else
        m_window->questionnaire()->startWith(selection);
    m_window->showTab(MainWindow::QuestionnaireTab);
    updateActions();
    status(restored > 0
               ? tr("%1: %n unsaved answer(s) restored from the draft.", nullptr, restored).arg(firm->name)
               : tr("%1: %n stored answer(s) used; only missing questions are asked.", nullptr,
                    int(known.size()))
                     .arg(firm->name));
    return true;
}

void FirmWorkspace::unlink() {
    if (m_linked.id == 0) return;
    m_autosaver.reset(); // writes what is pending; the draft stays until the answers are saved
    m_linked = Firm();
    m_loaded.clear();
    updateActions();
}

void FirmWorkspace::onAnswerChanged(const QString &factId) {
    if (!m_autosaver || m_linked.id == 0) return;
    const Value v = m_window->answers()->value(factId);
    m_autosaver->setEntry(factId, v.isKnown() ? v.toPlainString() : QString());
}

bool FirmWorkspace::saveAnswers(QString *error) {
    if (m_linked.id == 0 || !m_db->isOpen()) {
        *error = tr("This questionnaire does not belong to a stored firm. Start it from the Firms tab "
                    "with \"New assessment\".");
        return false;
    }
    const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library();
    const AnswerModel *answers = m_window->answers();
    const int year = FirmRepository::fiscalYearFor(answers->asOf());
    QSet<QString> ids;
    for (auto it = answers->values().cbegin(); it != answers->values().cend(); ++it)
        ids.insert(it.key());
    for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it)
        ids.insert(it.key());
    QVector<AnswerInput> inputs;
    for (const QString &id : std::as_const(ids)) {
        const FactDefinition *fact = library->facts().find(id);
        if (!fact || fact->builtin) continue;
        const Value now = answers->value(id);
        const auto loaded = m_loaded.constFind(id);
        const bool had = loaded != m_loaded.cend() && loaded->value.isKnown();
        if ((had && loaded->value == now) || (!had && !now.isKnown())) continue;
        AnswerInput in;
        in.factId = id;
        in.fiscalYear = fact->yearly ? year : 0;
        in.value = now;
        in.entered = now.isKnown() ? now.toPlainString() : QString();
        // The version the questionnaire started from: if the row moved on since, it is a conflict.
        in.expectedVersion =
            loaded != m_loaded.cend() && loaded->fiscalYear == in.fiscalYear ? loaded->version : 0;
        inputs.append(in);
    }
    if (!inputs.isEmpty()) {
        const StorageError e = FirmRepository(*m_db).setAnswers(m_linked.id, inputs, library->facts());
        if (!e.ok()) {
            *error = e.kind == StorageError::Conflict
                         ? tr("The answers of %1 were not saved: someone else changed them after this "
                              "questionnaire was opened.\n\n%2\n\nNothing was overwritten. Your answers are "
                              "still here and in the draft; open the firm again to see the other changes.")
                               .arg(m_linked.name, e.message)
                         : tr("The answers of %1 were not saved: %2").arg(m_linked.name, e.message);
            return false;
        }
    }
    // Saved: the draft is no longer needed (the autosaver writes once more when destroyed, so
    // it goes first).
    const qint64 id = m_linked.id;
    m_autosaver.reset();
    DraftStore(*m_db).discard(draftKey(id));
    m_autosaver = std::make_unique<DraftAutosaver>(*m_db, draftKey(id), id);
    loadLinkedVersions();
    reloadFirms();
    status(tr("%n answer(s) saved to %1", nullptr, int(inputs.size())).arg(m_linked.name));
    return true;
}

bool FirmWorkspace::storeAssessments(QString *error, int *stored) {
    if (!saveAnswers(error)) return false;
    const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library();
    QVector<const RuleSet *> ruleSets;
    for (const SelectedProgramme &s : m_window->session()->selection())
        if (s.ruleSet && !ruleSets.contains(s.ruleSet)) ruleSets << s.ruleSet;
    if (ruleSets.isEmpty()) {
        *error = tr("No programme is chosen, so there is nothing to assess.");
        return false;
    }
    AssessmentService service(*m_db, *library);
    int count = 0;
    for (const RuleSet *rs : std::as_const(ruleSets)) {
        Result<Assessment> a =
            service.assess(m_linked.id, *rs, m_window->answers()->asOf(), nullptr, m_options.lang);
        if (!a.ok()) {
            *error = tr("The assessment for %1 was not stored: %2").arg(rs->id, a.error().message);
            reloadFirms();
            return false;
        }
        ++count;
    }
    if (stored) *stored = count;
    reloadFirms();
    status(tr("%n assessment(s) stored for %1", nullptr, count).arg(m_linked.name));
    return true;
}

bool FirmWorkspace::recheck(qint64 firmId, QString *report, QString *error) {
    const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library();
    Result<QVector<AssessmentService::Recheck>> r =
        AssessmentService(*m_db, *library).recheck(firmId, m_options.lang);
    if (!r.ok()) return *error = r.error().message, false;
    // In the user's words: document title, programme title and clause label, old → new, why.
    const RecheckWording wording(library.get(), m_options.lang);
    QStringList lines;
    for (const AssessmentService::Recheck &c : r.value()) {
        lines << wording.heading(c);
        for (const QString &change : wording.changes(c))
            lines << QStringLiteral("  ") + change;
    }
    *report = lines.isEmpty()
                  ? tr("All assessments of this firm were made with the rules loaded now; nothing "
                       "to re-check.")
                  : lines.join(u'\n');
    reloadFirms();
    return true;
}

bool FirmWorkspace::restoreNewestDraft() {
    Result<QVector<Draft>> drafts = DraftStore(*m_db).all();
    if (!drafts.ok()) return false;
    const Draft *newest = nullptr;
    for (const Draft &d : drafts.value())
        if (d.firmId != 0 && !d.entries.isEmpty() && (!newest || d.updatedAt > newest->updatedAt))
            newest = &d;
    if (!newest) return false;
    QString error;
    if (!startAssessment(newest->firmId, &error)) {
        status(tr("An unsaved draft could not be restored: %1").arg(error));
        return false;
    }
    return true;
}

} // namespace eligicheck
