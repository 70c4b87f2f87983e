#include "firmworkspace.h"

#include "sheetexport.h"

#include "answermodel.h"
#include "appsettings.h"
#include "assessmentservice.h"
#include "assessmentsession.h"
#include "draftstore.h"
#include "explanation.h"
#include "firmanswerwriter.h"
#include "firmdialog.h"
#include "firmlistview.h"
#include "firmtablemodel.h"
#include "firmview.h"
#include "lazypage.h"
#include "librarymanager.h"
#include "mainwindow.h"
#include "questionnaireview.h"
#include "recheckwording.h"
#include "reportactions.h"
#include "reportbatchrun.h"
#include "reportcontroller.h"
#include "startpage.h"
#include "storedreportdialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
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
    , m_start(new StartPage(m_firms))
    , m_page(new LazyPage([this](QWidget *page) { return buildViews(page); })) {
    m_firms->setLanguage(options.lang);
    // Firm first: the app opens on the start page.
    window->tabs()->insertTab(MainWindow::StartTab, m_start, tr("&Start"));
    window->tabs()->setCurrentIndex(MainWindow::StartTab);
    window->tabs()->addTab(m_page, tr("Fir&ms")); // Alt+I is the Firm menu
    connect(m_start, &StartPage::firmChosen, this, &FirmWorkspace::openFirm);
    connect(m_start, &StartPage::newFirmRequested, this, [this] {
        if (const qint64 id = addFirm()) openFirm(id);
    });
    connect(m_start, &StartPage::quickCheckRequested, this, &FirmWorkspace::quickCheckRequested);
    createActions();

    connect(window->libraries(), &LibraryManager::libraryChanged, this, &FirmWorkspace::onLibraryChanged);
    connect(window->answers(), &AnswerModel::valueChanged, this, &FirmWorkspace::onAnswerChanged);
    connect(window->answers(), &AnswerModel::aboutToReset, this, &FirmWorkspace::flush);
    connect(window->answers(), &AnswerModel::answersReset, this, [this] {
        // Open answers…: no longer this firm's questionnaire. What was typed for the firm was
        // written just before (aboutToReset); the file's answers are not the firm's.
        if (!m_resetting) unlink(false);
    });

    // --db, else the file chosen in Settings, else the standard per-user file. Opened (and
    // migrated, and its newest draft restored) once the window has been painted, or earlier
    // if the Firms tab is shown first: it was an eighth of the work before the first frame.
    m_startupLocation = options.database;
    if (m_startupLocation.isEmpty()) m_startupLocation = AppSettings().databasePath();
    if (m_startupLocation.isEmpty()) m_startupLocation = DatabaseLocation::defaultSqlitePath();
    connect(window, &MainWindow::deferredStartup, this, &FirmWorkspace::openStartupDatabase);
    connect(window, &MainWindow::deferredStartup, m_start, &StartPage::finishSetUp);
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
    connect(m_detail, &FirmView::assessRequested, this, &FirmWorkspace::openFirm);
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
    connect(m_view, &FirmListView::editFirmRequested, this, &FirmWorkspace::editFirm);
    connect(m_view, &FirmListView::deleteFirmRequested, this, &FirmWorkspace::deleteFirm);
    connect(m_view, &FirmListView::assessFirmRequested, this, &FirmWorkspace::openFirm);
    connect(m_view, &FirmListView::undoDeleteRequested, this, &FirmWorkspace::undoDelete);
    connect(m_view, &FirmListView::recycleBinRequested, this, &FirmWorkspace::showRecycleBin);
    connect(m_detail, &FirmView::assessmentOpened, this, &FirmWorkspace::openStoredAssessment);
    connect(m_view, &FirmListView::openDatabaseRequested, this, &FirmWorkspace::chooseDatabaseFile);
    connect(m_view, &FirmListView::exportResultsRequested, this, [this] { exportResults(); });
    connect(m_view, &FirmListView::reportsRequested, this, &FirmWorkspace::chooseReportFolder);
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
    // The last answers are written before the database closes.
    m_quitting = true;
    flush();
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
    QAction *bin = menu->addAction(tr("Recycle &bin…"), this, [this] {
        openStartupDatabase();
        if (m_db->isOpen()) showRecycleBin();
    });
    bin->setObjectName(QStringLiteral("actionFirmRecycleBin"));
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
    // A region typed as text before becomes the firm's province/city answers (one truth).
    if (const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library())
        if (Result<int> adopted = FirmRepository(*m_db).adoptRegionText(library->facts()); !adopted.ok())
            status(adopted.error().message);
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

void FirmWorkspace::openFirm(qint64 firmId) {
    QString error;
    if (!startAssessment(firmId, &error) && !error.isEmpty()) warn(tr("Cannot start the assessment"), error);
}

qint64 FirmWorkspace::addFirm() {
    openStartupDatabase();
    if (!m_db->isOpen()) return 0;
    const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library();
    FirmDialog dialog(Firm(), &library->facts(), {}, m_options.lang, m_window);
    // Refused input keeps the dialog and everything typed, with the reason.
    while (dialog.exec() == QDialog::Accepted) {
        FirmRepository repo(*m_db);
        Result<Firm> added = dialog.firm();
        const StorageError e = m_db->transaction([&]() -> StorageError {
            added = repo.addFirm(dialog.firm());
            if (!added.ok()) return added.error();
            return repo.setAnswers(added->id, placeInputs(dialog.changedAnswers()), library->facts());
        });
        if (!e.ok()) {
            warn(tr("Firm not added"), e.message);
            continue;
        }
        reloadFirms();
        m_view->selectFirm(added->id);
        status(tr("Added %1").arg(added->name));
        return added->id;
    }
    return 0;
}

QVector<AnswerInput> FirmWorkspace::placeInputs(const QHash<QString, Value> &answers) {
    QVector<AnswerInput> inputs;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        AnswerInput in;
        in.factId = it.key();
        in.value = it.value();
        in.entered = it.value().isKnown() ? it.value().string() : QString();
        inputs.append(in);
    }
    return inputs;
}

bool FirmWorkspace::editFirm(qint64 firmId) {
    Result<Firm> firm = FirmRepository(*m_db).firm(firmId);
    if (!firm.ok()) return warn(tr("Cannot edit the firm"), firm.error().message), false;
    const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library();
    // Where it is and what it is are answers: those of the open questionnaire when the firm is
    // being assessed (they may not be written yet), else the stored ones.
    const bool linked = m_linked.id == firmId;
    QHash<QString, Value> place;
    if (linked) {
        place = m_window->answers()->values();
    } else if (Result<QVector<StoredAnswer>> stored = FirmRepository(*m_db).answers(firmId); stored.ok()) {
        for (const StoredAnswer &a : stored.value())
            if (a.fiscalYear == 0) place.insert(a.factId, a.value);
    }
    FirmDialog dialog(firm.value(), &library->facts(), place, m_options.lang, m_window);
    while (dialog.exec() == QDialog::Accepted) {
        FirmRepository repo(*m_db);
        Result<Firm> saved = dialog.firm();
        const QHash<QString, Value> changed = dialog.changedAnswers();
        const StorageError e = m_db->transaction([&]() -> StorageError {
            saved = repo.updateFirm(dialog.firm());
            if (!saved.ok()) return saved.error();
            // The open questionnaire writes its own answers as typed (below).
            return linked ? StorageError() : repo.setAnswers(firmId, placeInputs(changed), library->facts());
        });
        if (!e.ok()) {
            warn(tr("Firm not saved"), e.message);
            continue;
        }
        if (linked) {
            m_linked = saved.value();
            for (auto it = changed.cbegin(); it != changed.cend(); ++it)
                m_window->answers()->setValue(it.key(), it.value());
            emit linkedFirmChanged(); // the title and headers show the new name
        }
        reloadFirms();
        m_view->selectFirm(firmId);
        status(tr("Saved %1").arg(saved->name));
        return true;
    }
    return false;
}

bool FirmWorkspace::deleteFirm(qint64 firmId) {
    Result<Firm> firm = FirmRepository(*m_db).firm(firmId);
    if (!firm.ok()) return warn(tr("Cannot delete the firm"), firm.error().message), false;
    QMessageBox box(QMessageBox::Question, tr("Delete firm"),
                    tr("Move %1 to the recycle bin?\n\nIts answers and stored assessments are kept. Undo, or "
                       "Firm → Recycle bin…, brings it back.")
                        .arg(firm->name),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("confirmDeleteFirm"));
    QPushButton *yes = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDeleteFirmButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes) return false;
    if (m_linked.id == firmId) {
        // Its questionnaire closes: the answers are written first, then an empty quick check.
        unlink();
        Answers empty;
        empty.asOf = m_window->answers()->asOf();
        m_resetting = true;
        m_window->answers()->reset(empty);
        m_resetting = false;
    }
    if (StorageError e = FirmRepository(*m_db).setDeleted(firmId, true); !e.ok())
        return warn(tr("Cannot delete the firm"), e.message), false;
    m_lastDeleted = firmId;
    reloadFirms();
    m_view->offerUndo(firm->name);
    status(tr("%1 moved to the recycle bin").arg(firm->name));
    return true;
}

bool FirmWorkspace::restoreFirm(qint64 firmId) {
    if (StorageError e = FirmRepository(*m_db).setDeleted(firmId, false); !e.ok())
        return warn(tr("Cannot restore the firm"), e.message), false;
    if (m_lastDeleted == firmId) {
        m_lastDeleted = 0;
        m_view->hideUndo();
    }
    reloadFirms();
    m_view->selectFirm(firmId);
    return true;
}

bool FirmWorkspace::undoDelete() {
    return m_lastDeleted != 0 && restoreFirm(m_lastDeleted);
}

void FirmWorkspace::showRecycleBin() {
    Result<QVector<Firm>> deleted = FirmRepository(*m_db).deletedFirms();
    if (!deleted.ok()) return warn(tr("Recycle bin"), deleted.error().message);
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("firmRecycleBinDialog"));
    dialog.setWindowTitle(tr("Recycle bin"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("deletedFirms"));
    for (const Firm &f : deleted.value()) {
        auto *item = new QListWidgetItem(
            tr("%1 (deleted %2)").arg(f.name, f.deletedAt.left(16).replace(u'T', u' ')), list);
        item->setData(Qt::UserRole, f.id);
    }
    auto *hint = new QLabel(list->count() == 0 ? tr("The recycle bin is empty.")
                                               : tr("Deleted firms keep their answers and assessments."),
                            &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    restore->setObjectName(QStringLiteral("restoreFirm"));
    restore->setEnabled(false);
    connect(list, &QListWidget::currentRowChanged, restore,
            [restore](int row) { restore->setEnabled(row >= 0); });
    connect(restore, &QPushButton::clicked, &dialog, [this, list] {
        QListWidgetItem *item = list->currentItem();
        if (item && restoreFirm(item->data(Qt::UserRole).toLongLong())) delete item;
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 70, dialog.fontMetrics().height() * 20);
    dialog.exec();
}

void FirmWorkspace::openStoredAssessment(qint64 assessmentId) {
    FirmView *view = m_detail;
    auto *dialog = new StoredReportDialog(
        tr("Stored assessment — %1").arg(view->firmName()),
        [view, assessmentId](QString *error) { return view->reportOf(assessmentId, error); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog->controller(), &ReportController::statusMessage, this, &FirmWorkspace::status);
    dialog->open();
}

int FirmWorkspace::askAboutQuickCheck(const QString &firmName) {
    QMessageBox box(QMessageBox::Question, tr("Answers of the quick check"),
                    tr("The questionnaire holds %n answer(s) that belong to no firm (a quick check).\n\n"
                       "Use them for %1? They are saved as its answers, replacing its stored answers to "
                       "the same questions; its other answers are kept.",
                       nullptr, int(m_window->answers()->values().size()))
                        .arg(firmName),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("quickCheckAnswers"));
    QPushButton *use = box.addButton(tr("&Use for %1").arg(firmName), QMessageBox::YesRole);
    use->setObjectName(QStringLiteral("useQuickCheckAnswers"));
    QPushButton *drop = box.addButton(tr("&Discard them"), QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("discardQuickCheckAnswers"));
    box.addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelQuickCheckAnswers"));
    box.setDefaultButton(use);
    box.exec();
    if (box.clickedButton() == use) return QMessageBox::Yes;
    if (box.clickedButton() == drop) return QMessageBox::Discard;
    return QMessageBox::Cancel;
}

bool FirmWorkspace::startAssessment(qint64 firmId, QString *error) {
    const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library();
    FirmRepository repo(*m_db);
    Result<Firm> firm = repo.firm(firmId);
    if (!firm.ok()) return *error = firm.error().message, false;

    // A quick check's answers (and programmes) are carried over only when the user says so.
    QHash<QString, Value> carried;
    const Selection current = m_window->session()->selection();
    if (m_linked.id == 0 && !m_window->answers()->values().isEmpty()) {
        const int choice = askAboutQuickCheck(firm->name);
        if (choice == QMessageBox::Cancel) return error->clear(), false;
        if (choice == QMessageBox::Yes) carried = m_window->answers()->values();
    }
    unlink(); // the previous firm's last answers are written first

    const QDate asOf = m_window->answers()->asOf();
    Result<Answers> stored = repo.answersFor(firmId, asOf, library->facts());
    if (!stored.ok()) return *error = stored.error().message, false;
    Answers answers = stored.value();
    answers.asOf = asOf;
    answers.firmName = firm->name;
    answers.creditCode = firm->creditCode;
    m_resetting = true;
    m_window->answers()->reset(answers);
    m_resetting = false;
    m_linked = firm.value();
    m_writer = std::make_unique<FirmAnswerWriter>(*m_db, m_window->answers(), m_window->libraries(), firmId);
    connect(m_writer.get(), &FirmAnswerWriter::writeFailed, this, &FirmWorkspace::onWriteFailed);
    connect(m_writer.get(), &FirmAnswerWriter::written, this, [this] {
        if (m_hasDraft && DraftStore(*m_db).discard(draftKey(m_linked.id)).ok()) m_hasDraft = false;
    });
    m_writer->load();
    emit linkedFirmChanged();

    // Answers a conflict kept from being written come back from the draft, and stay asked.
    QSet<QString> known;
    for (auto it = answers.values.cbegin(); it != answers.values.cend(); ++it)
        known.insert(it.key());
    int restored = 0;
    Result<Draft> draft = DraftStore(*m_db).load(draftKey(firmId));
    m_hasDraft = draft.ok();
    const QHash<QString, QString> entries = draft.ok() ? draft->entries : QHash<QString, QString>();
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
    for (auto it = carried.cbegin(); it != carried.cend(); ++it) {
        m_window->answers()->setValue(it.key(), it.value());
        known.remove(it.key());
    }
    m_window->session()->setKnownFacts(known);

    // The programmes of the firm's newest assessments; else those of the quick check carried
    // over; else the user chooses.
    Selection selection;
    if (Result<QVector<Assessment>> latest = AssessmentStore(*m_db).latestPerRuleSet(firmId); latest.ok())
        for (const Assessment &a : latest.value())
            if (const RuleSet *rs = library->ruleSet(a.ruleSetId))
                for (const Programme &p : rs->programmes)
                    if (a.programme(p.id)) selection.append({rs->id, p.id, rs, &p});
    if (selection.isEmpty() && !carried.isEmpty()) selection = current;
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

void FirmWorkspace::unlink(bool write) {
    if (m_linked.id == 0) return;
    if (write) flush(); // the answers typed last go to the firm (or its draft) before it is left
    m_writer.reset();
    m_linked = Firm();
    m_hasDraft = false;
    updateActions();
    emit linkedFirmChanged();
}

void FirmWorkspace::onAnswerChanged(const QString &) {
    if (m_writer && m_linked.id != 0) m_writer->answerChanged();
}

void FirmWorkspace::flush() {
    if (m_writer && m_db->isOpen() && !m_resetting) m_writer->flush();
}

// A write the database refused: the answers stay in the questionnaire and go to the firm's
// draft, so that they are not lost even if the app is closed now.
void FirmWorkspace::onWriteFailed(const QString &message, bool conflict) {
    Draft d;
    d.key = draftKey(m_linked.id);
    d.firmId = m_linked.id;
    if (m_writer)
        for (const AnswerInput &in : m_writer->changes())
            d.entries.insert(in.factId, in.entered);
    if (!d.entries.isEmpty() && DraftStore(*m_db).save(d).ok()) m_hasDraft = true;
    const QString text =
        conflict ? tr("The answers of %1 were not saved: someone else changed them after this "
                      "questionnaire was opened.\n\n%2\n\nNothing was overwritten. Your answers are "
                      "still here and in the draft; open the firm again to see the other changes.")
                       .arg(m_linked.name, message)
                 : tr("The answers of %1 were not saved: %2").arg(m_linked.name, message);
    m_lastWriteError = text;
    status(text);
    if (!m_quitting && !m_explicitSave) warn(tr("Answers not saved"), text);
}

bool FirmWorkspace::saveAnswers(QString *error) {
    if (m_linked.id == 0 || !m_db->isOpen()) {
        *error = tr("This questionnaire does not belong to a stored firm. Start it from the Firms tab "
                    "with \"New assessment\".");
        return false;
    }
    const int pending = int(m_writer->changes().size());
    m_explicitSave = true;
    const bool ok = m_writer->flush();
    m_explicitSave = false;
    if (!ok) return *error = m_lastWriteError, false;
    reloadFirms();
    status(tr("%n answer(s) saved to %1", nullptr, pending).arg(m_linked.name));
    return true;
}

bool FirmWorkspace::storeAssessments(QString *error, int *stored) {
    if (!saveAnswers(error)) return false;
    const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library();
    // One assessment per document, of exactly the programmes chosen in it.
    QVector<const RuleSet *> ruleSets;
    QHash<const RuleSet *, QStringList> chosen;
    for (const SelectedProgramme &s : m_window->session()->selection()) {
        if (!s.ruleSet) continue;
        if (!ruleSets.contains(s.ruleSet)) ruleSets << s.ruleSet;
        chosen[s.ruleSet] << s.programmeId;
    }
    if (ruleSets.isEmpty()) {
        *error = tr("No programme is chosen, so there is nothing to assess.");
        return false;
    }
    AssessmentService service(*m_db, *library);
    int count = 0;
    for (const RuleSet *rs : std::as_const(ruleSets)) {
        Result<Assessment> a = service.assess(m_linked.id, *rs, m_window->answers()->asOf(), nullptr,
                                              m_options.lang, chosen.value(rs));
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

QVector<Firm> FirmWorkspace::firmsWithChangedRules() {
    QVector<Firm> out;
    openStartupDatabase();
    if (!isOpen()) return out;
    Result<QVector<Firm>> firms = FirmRepository(*m_db).firms();
    if (!firms.ok()) return out;
    const QHash<QString, QString> hashes = AssessmentStore::currentHashes(*m_window->libraries()->library());
    const AssessmentStore store(*m_db);
    for (const Firm &f : firms.value()) {
        Result<QVector<Assessment>> latest = store.latestPerRuleSet(f.id);
        if (!latest.ok()) continue;
        for (const Assessment &a : latest.value())
            if (AssessmentStore::staleness(a, hashes) == Staleness::RuleChanged) {
                out.append(f);
                break;
            }
    }
    return out;
}

bool FirmWorkspace::recheckFirms(const QVector<Firm> &firms, QString *report, QString *error) {
    QStringList parts;
    for (const Firm &f : firms) {
        QString one;
        if (!recheck(f.id, &one, error)) return false;
        parts << f.name + u'\n' + one;
    }
    *report = parts.join(QStringLiteral("\n\n"));
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

bool FirmWorkspace::exportResults(const QString &path) {
    openStartupDatabase();
    if (!isOpen()) return false;
    const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library();
    return SheetExport::results(m_window, *m_db, *library, m_options.lang, path);
}

bool FirmWorkspace::exportFirms(const QString &path) {
    openStartupDatabase();
    if (!isOpen()) return false;
    const std::shared_ptr<const RuleLibrary> library = m_window->libraries()->library();
    return SheetExport::firms(m_window, *m_db, library->facts(), m_options.lang, path);
}

void FirmWorkspace::chooseReportFolder(const QVector<qint64> &firmIds) {
    if (firmIds.isEmpty()) {
        warn(tr("Reports for all firms"), tr("There is no firm in the list to report on."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Folder for the reports"));
    if (!folder.isEmpty()) writeReports(firmIds, folder);
}

ReportBatchRun *FirmWorkspace::writeReports(const QVector<qint64> &firmIds, const QString &folder) {
    if (firmIds.isEmpty() || !isOpen()) return nullptr;
    if (!QDir().mkpath(folder)) {
        warn(tr("Reports for all firms"),
             tr("The folder '%1' cannot be made.").arg(QDir::toNativeSeparators(folder)));
        return nullptr;
    }
    QVector<Firm> firms;
    firms.reserve(firmIds.size());
    FirmRepository repo(*m_db);
    for (const qint64 id : firmIds)
        if (Result<Firm> f = repo.firm(id); f.ok()) firms << *f;
    delete m_reportRun;
    m_reportRun = new ReportBatchRun(*m_db, m_window->libraries()->library(), m_options.lang,
                                     m_window->answers()->asOf(), std::move(firms), folder, m_window);
    m_reportRun->start();
    return m_reportRun;
}

} // namespace eligicheck
