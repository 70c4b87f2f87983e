#include "reportbatchrun.h"

#include "reportcontroller.h"

#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QUrl>

namespace eligicheck {

ReportBatchRun::ReportBatchRun(Database &db, std::shared_ptr<const RuleLibrary> library, Lang lang,
                               const QDate &asOf, QVector<Firm> firms, const QString &folder, QWidget *parent)
    : QObject(parent)
    , m_library(std::move(library))
    , m_writer(db, *m_library, lang, asOf, FirmReportWriter::Format::Pdf, folder)
    , m_firms(std::move(firms))
    , m_parent(parent)
    , m_progress(new QProgressDialog(parent)) {
    m_progress->setObjectName(QStringLiteral("reportBatchProgress"));
    m_progress->setWindowTitle(tr("Reports for %n firm(s)", nullptr, int(m_firms.size())));
    m_progress->setCancelButtonText(tr("&Stop"));
    m_progress->setRange(0, int(m_firms.size()));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_canceled = true; });
    m_writer.setTypeface(ReportController::settingsTypeface());
}

ReportBatchRun::~ReportBatchRun() {
    delete m_progress;
    delete m_done;
}

void ReportBatchRun::start() {
    m_progress->setValue(0);
    m_progress->show();
    QTimer::singleShot(0, this, &ReportBatchRun::step);
}

void ReportBatchRun::step() {
    if (m_canceled || m_next >= m_firms.size()) {
        finish();
        return;
    }
    const Firm &firm = m_firms[m_next];
    m_progress->setLabelText(
        tr("Writing the report of %1 (%2 of %3)…").arg(firm.name).arg(m_next + 1).arg(m_firms.size()));
    QString error;
    if (const std::optional<QString> path = m_writer.write(firm, &error))
        m_written << *path;
    else
        m_failures << error;
    ++m_next;
    m_progress->setValue(m_next);
    QTimer::singleShot(0, this, &ReportBatchRun::step);
}

void ReportBatchRun::finish() {
    m_finished = true;
    m_progress->hide();
    const QString folder = QDir::toNativeSeparators(m_writer.folder());
    QString text = tr("%n report(s) written to %1.", nullptr, written()).arg(folder);
    if (m_canceled)
        text += u' ' + tr("Stopped: %n firm(s) have no report; the reports already written are kept.",
                          nullptr, int(m_firms.size() - m_next));
    if (!m_failures.isEmpty())
        text += u'\n' + tr("%n firm(s) could not be reported:", nullptr, int(m_failures.size())) + u'\n' +
                m_failures.join(u'\n');
    m_done = new QMessageBox(m_failures.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                             tr("Reports for all firms"), text, QMessageBox::Close, m_parent);
    m_done->setObjectName(QStringLiteral("reportBatchDone"));
    m_done->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = m_done->addButton(tr("&Open folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openReportFolder"));
    const QUrl url = QUrl::fromLocalFile(m_writer.folder());
    connect(open, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
    m_done->open();
    emit finished();
}

} // namespace eligicheck
