#pragma once

#include "database.h"
#include "firmrepository.h"
#include "guioptions.h"

#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;

namespace eligicheck {

class DraftAutosaver;
class FirmListView;
class FirmTableModel;
class FirmView;
class LazyPage;
class MainWindow;

// Firms in the desktop app: opens the firms database (--db, else the storage default; a file
// that cannot be used is reported and left untouched, and another can be chosen), shows the
// Firms tab, and links the questionnaire to a firm: "New assessment" starts from the firm's
// stored answers and asks only what is missing, the typing is autosaved as a draft (restored
// after a crash or restart), "Save answers to firm" writes the changes back with optimistic
// locking and "Store assessment" keeps a snapshot of the evaluation.
class FirmWorkspace : public QObject {
    Q_OBJECT
public:
    FirmWorkspace(MainWindow *window, const GuiOptions &options);
    ~FirmWorkspace() override;

    // Opens a database (file path or postgresql:// URL). On failure the error is returned and,
    // when `ask` is set, shown in a dialog that offers to open another file.
    StorageError openDatabase(const QString &location, bool ask = true);
    Database &database() {
        openStartupDatabase();
        return *m_db;
    }
    bool isOpen() const;

    // The views are built at the first call (or when the Firms tab is first shown).
    FirmListView *view() const;
    FirmView *firmView() const;
    FirmTableModel *firmModel() const { return m_firms; }
    QMessageBox *errorBox() const { return m_errorBox; }
    QAction *saveToFirmAction() const { return m_saveToFirm; }
    QAction *storeAssessmentAction() const { return m_storeAssessment; }

    // The questionnaire's link to a firm (0: not linked).
    qint64 linkedFirm() const { return m_linked.id; }
    // Starts a questionnaire for the firm from its stored answers (plus its draft, if any).
    bool startAssessment(qint64 firmId, QString *error);
    // Writes the questionnaire's changed answers to the linked firm. False with *error on a
    // conflict or storage error; nothing is written then.
    bool saveAnswers(QString *error);
    // Saves the answers, then evaluates and stores a snapshot for each chosen document.
    bool storeAssessments(QString *error, int *stored = nullptr);
    // Re-evaluates the firm's out-of-date assessments; the returned text lists what changed.
    bool recheck(qint64 firmId, QString *report, QString *error);
    // The newest draft of a firm questionnaire, reopened after a restart.
    bool restoreNewestDraft();
    // Opens the database chosen at start-up (--db, Settings, default) unless that was done.
    void openStartupDatabase();

private:
    QWidget *buildViews(QWidget *page);
    void createActions();
    void onLibraryChanged();
    void reloadFirms();
    void showDatabaseError(const QString &location, const StorageError &error);
    void chooseDatabaseFile();
    void addFirm();
    void unlink();
    void loadLinkedVersions();
    void onAnswerChanged(const QString &factId);
    void updateActions();
    void warn(const QString &title, const QString &message);
    void status(const QString &message);

    MainWindow *m_window;
    GuiOptions m_options;
    std::unique_ptr<Database> m_db;
    FirmTableModel *m_firms;
    LazyPage *m_page;               // the Firms tab
    FirmView *m_detail = nullptr;   // built with the page
    FirmListView *m_view = nullptr; // built with the page
    QPointer<QMessageBox> m_errorBox;
    QAction *m_saveToFirm = nullptr;
    QAction *m_storeAssessment = nullptr;
    QAction *m_openDb = nullptr;
    Firm m_linked;
    QHash<QString, StoredAnswer> m_loaded; // the linked firm's answers the questionnaire started from
    std::unique_ptr<DraftAutosaver> m_autosaver;
    bool m_resetting = false;
    QString m_startupLocation; // the start-up database, until it is opened
};

} // namespace eligicheck
