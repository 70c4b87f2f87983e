#pragma once

#include "report.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace eligicheck {

class AssessmentSession;
class ReportController;

// The report of the open questionnaire: the programmes it assesses (all of them for "match
// everything", else the chosen ones grouped by document), evaluated from the current answers
// and as-of date, with the firm's name and credit code when the answers carry them.
class SessionReport {
    Q_DECLARE_TR_FUNCTIONS(SessionReport)
public:
    static std::optional<Report> build(const AssessmentSession &session, Lang lang, QString *error);
    // A report controller for the result view: reports `session`, available while programmes
    // are chosen. Owned by `window`, whose dialogs it parents.
    static ReportController *controller(AssessmentSession *session, Lang lang, QWidget *window);
};

} // namespace eligicheck
