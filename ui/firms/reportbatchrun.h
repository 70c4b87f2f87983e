#pragma once

#include "firmreportwriter.h"
#include "firmrepository.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <memory>

class QMessageBox;
class QProgressDialog;
class QWidget;

namespace eligicheck {

class Database;
class RuleLibrary;

// Firms tab → 为所有企业生成报告…: one PDF per firm into a folder (FirmReportWriter), a firm per
// turn of the event loop so the window stays responsive, under a progress dialog. Cancel stops
// after the file being written; the files already written are kept, and the closing message says
// how many were written, which firms failed and why, and offers to open the folder.
class ReportBatchRun : public QObject {
    Q_OBJECT
public:
    ReportBatchRun(Database &db, std::shared_ptr<const RuleLibrary> library, Lang lang, const QDate &asOf,
                   QVector<Firm> firms, const QString &folder, QWidget *parent);
    ~ReportBatchRun() override;

    void start();

    QProgressDialog *progress() const { return m_progress; }
    QMessageBox *doneBox() const { return m_done; } // null until the run ends
    int written() const { return m_written.size(); }
    const QStringList &failures() const { return m_failures; }
    bool wasCanceled() const { return m_canceled; }
    bool isFinished() const { return m_finished; }
    const QString &folder() const { return m_writer.folder(); }

signals:
    void finished();

private:
    void step();
    void finish();

    std::shared_ptr<const RuleLibrary> m_library; // kept alive while the run uses it
    FirmReportWriter m_writer;
    QVector<Firm> m_firms;
    QWidget *m_parent;
    QProgressDialog *m_progress;
    QPointer<QMessageBox> m_done;
    int m_next = 0;
    QStringList m_written;
    QStringList m_failures;
    bool m_canceled = false;
    bool m_finished = false;
};

} // namespace eligicheck
