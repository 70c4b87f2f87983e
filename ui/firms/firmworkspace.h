#pragma once

#include "database.h"
#include "firmrepository.h"
#include "guioptions.h"
#include "reportbatchrun.h"

#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;

namespace eligicheck {

class FirmAnswerWriter;
class FirmListView;
class FirmTableModel;
class FirmView;
class StartPage;
class LazyPage;
class MainWindow;

// Firms in the desktop app: opens the firms database (--db, else the storage default; a file
// that cannot be used is reported and left untouched, and another can be chosen), shows the
// Firms tab, and links the questionnaire to a firm: "New assessment" starts from the firm's
// stored answers and asks only what is missing, every answer is written to the firm as it is
// typed (FirmAnswerWriter, with optimistic locking; what a conflict refuses is kept as a draft
// and restored after a restart), and "Store assessment" keeps a snapshot of the evaluation.
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
    const Firm &linkedFirmRecord() const { return m_linked; }
    // Starts a questionnaire for the firm from its stored answers (plus its draft, if any).
    // Answers of a quick check (a questionnaire of no firm) are not dropped silently: the user
    // is asked whether they become the firm's answers. False when the user cancels.
    bool startAssessment(qint64 firmId, QString *error);
    // Writes the questionnaire's changed answers to the linked firm now (they are written as
    // typed anyway). False with *error on a conflict or storage error; nothing is written then.
    bool saveAnswers(QString *error);
    // Writes what is pending (before quitting).
    void flush();
    // The start page (the first tab): recent firms, search, new firm, quick check.
    StartPage *startPage() const { return m_start; }
    // Asks for a new firm (name, credit code, region) and adds it; its id, or 0.
    qint64 addFirm();
    // Edit firm…: name, credit code, region, contact, notes.
    bool editFirm(qint64 firmId);
    // Delete firm…: asks, then moves the firm to the recycle bin (Undo and Recycle bin bring it back).
    bool deleteFirm(qint64 firmId);
    bool undoDelete();
    bool restoreFirm(qint64 firmId);
    void showRecycleBin();
    // 导出结果表格…: every firm against every programme as a workbook (asks for the file when
    // `path` is empty). True when written.
    bool exportResults(const QString &path = QString());
    // 导出企业表格…: the firms and their answers as a spreadsheet that imports back.
    bool exportFirms(const QString &path = QString());
    // A stored assessment opened read-only with its report (print, export).
    void openStoredAssessment(qint64 assessmentId);
    // Saves the answers, then evaluates and stores a snapshot for each chosen document.
    bool storeAssessments(QString *error, int *stored = nullptr);
    // Re-evaluates the firm's out-of-date assessments; the returned text lists what changed.
    bool recheck(qint64 firmId, QString *report, QString *error);
    // Firms of the open database whose newest assessment of some document was made with rules
    // that have changed since (the rules in use now): what a change of the rules affects.
    QVector<Firm> firmsWithChangedRules();
    // Re-checks those firms; the returned text lists, firm by firm, what changed.
    bool recheckFirms(const QVector<Firm> &firms, QString *report, QString *error);
    // The newest draft of a firm questionnaire, reopened after a restart.
    bool restoreNewestDraft();
    // 为所有企业生成报告…: one PDF per firm of `firmIds` into `folder` (made if missing), with a
    // progress dialog and Stop; the run (its dialogs) lives until the next one. Null when no
    // firm is given or the folder cannot be made (said in a message box).
    ReportBatchRun *writeReports(const QVector<qint64> &firmIds, const QString &folder);
    ReportBatchRun *reportRun() const { return m_reportRun; }
    // Opens the database chosen at start-up (--db, Settings, default) unless that was done.
    void openStartupDatabase();

signals:
    // The questionnaire was linked to another firm, or to none (window title, headers).
    void linkedFirmChanged();
    // The start page's quick check: a questionnaire of no firm.
    void quickCheckRequested();

private:
    QWidget *buildViews(QWidget *page);
    // province/city/applicant_type as chosen in the firm dialog, as answers to write.
    static QVector<AnswerInput> placeInputs(const QHash<QString, Value> &answers);
    void createActions();
    void onLibraryChanged();
    void reloadFirms();
    void showDatabaseError(const QString &location, const StorageError &error);
    void chooseDatabaseFile();
    void openFirm(qint64 firmId);
    void chooseReportFolder(const QVector<qint64> &firmIds);
    void unlink(bool write = true);
    void onWriteFailed(const QString &message, bool conflict);
    int askAboutQuickCheck(const QString &firmName);
    void onAnswerChanged(const QString &factId);
    void updateActions();
    void warn(const QString &title, const QString &message);
    void status(const QString &message);

    MainWindow *m_window;
    GuiOptions m_options;
    std::unique_ptr<Database> m_db;
    FirmTableModel *m_firms;
    StartPage *m_start;             // the Start tab
    LazyPage *m_page;               // the Firms tab
    FirmView *m_detail = nullptr;   // built with the page
    FirmListView *m_view = nullptr; // built with the page
    QPointer<QMessageBox> m_errorBox;
    QAction *m_saveToFirm = nullptr;
    QAction *m_storeAssessment = nullptr;
    QAction *m_openDb = nullptr;
    Firm m_linked;
    std::unique_ptr<FirmAnswerWriter> m_writer; // the linked firm's answers, written as typed
    bool m_hasDraft = false;                    // a draft of the linked firm awaits writing
    bool m_explicitSave = false;                // "Save answers to firm": its caller reports errors
    bool m_quitting = false;
    QString m_lastWriteError;
    qint64 m_lastDeleted = 0; // what Undo brings back
    bool m_resetting = false;
    QString m_startupLocation; // the start-up database, until it is opened
    QPointer<ReportBatchRun> m_reportRun;
};

} // namespace eligicheck
