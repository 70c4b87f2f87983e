#pragma once

#include "firmrepository.h"
#include "report.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace eligicheck {

class FirmAnswersModel;
class FirmAssessmentsModel;
class FirmYearsModel;
class ReportController;
class RuleLibrary;

// One firm opened from the firm list: its answers (editable, validated as the questionnaire
// validates them), its yearly figures by fiscal year with the change on the year before
// (FirmYearsModel, editable by year), its saved assessments and the change history of the
// selected answer.
// Printing and export report the selected assessment as it was saved (its answers, rule set
// and as-of date), evaluated again with the rules loaded now.
class FirmView : public QWidget {
    Q_OBJECT
public:
    FirmView(Database &db, Lang lang, QWidget *parent = nullptr);

    void setLibrary(std::shared_ptr<const RuleLibrary> library);
    // Shows `firmId` (0: none). Storage errors are shown in the view.
    void setFirm(qint64 firmId);
    void reload();
    qint64 firmId() const { return m_firm.id; }
    const QString &firmName() const { return m_firm.name; }

    FirmAnswersModel *answersModel() const { return m_answers; }
    FirmAssessmentsModel *assessmentsModel() const { return m_assessments; }
    QTableView *answersView() const { return m_answersView; }
    FirmYearsModel *yearsModel() const { return m_years; }
    QTableView *yearsView() const { return m_yearsView; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *assessmentsView() const { return m_assessmentsView; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *assessButton() const { return m_assess; }
    QPushButton *recheckButton() const { return m_recheck; }
    ReportController *reportController() const { return m_report; }
    // 可申报事项一览 of the firm: its newest stored assessment of each rule set on one page.
    ReportController *summaryController() const { return m_summary; }
    QPushButton *summaryButton() const { return m_summaryButton; }
    std::optional<Report> summaryReport(QString *error) const;

    // The selected assessment (else the newest), or nullptr when the firm has none.
    qint64 currentAssessmentId() const;
    // The report of a stored assessment: its programmes, answers and date, as saved.
    std::optional<Report> reportOf(qint64 assessmentId, QString *error) const;
    QLabel *historyHint() const { return m_historyHint; }

signals:
    void assessRequested(qint64 firmId);
    void recheckRequested(qint64 firmId);
    void answersChanged(qint64 firmId);
    // Double-click (or Enter) on a stored assessment.
    void assessmentOpened(qint64 assessmentId);

private:
    void showMessage(const QString &text, bool error);
    void showHistory();
    void updateReportAvailability();

    Database &m_db;
    Lang m_lang;
    std::shared_ptr<const RuleLibrary> m_library;
    Firm m_firm;
    QLabel *m_title;
    QLabel *m_message;
    QTabWidget *m_tabs;
    FirmAnswersModel *m_answers;
    FirmAssessmentsModel *m_assessments;
    FirmYearsModel *m_years;
    QStandardItemModel *m_history;
    QTableView *m_answersView;
    QTableView *m_assessmentsView;
    QTableView *m_yearsView;
    QTableView *m_historyView;
    QLabel *m_historyHint = nullptr;
    QPushButton *m_assess;
    QPushButton *m_summaryButton;
    ReportController *m_summary = nullptr;
    QPushButton *m_recheck;
    ReportController *m_report;
};

} // namespace eligicheck
