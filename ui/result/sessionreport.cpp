#include "sessionreport.h"

#include "assessmentsession.h"
#include "reportbuilder.h"
#include "reportcontroller.h"

#include <QWidget>

#include <algorithm>

namespace eligicheck {

std::optional<Report> SessionReport::build(const AssessmentSession &session, Lang lang, QString *error) {
    const Selection &selection = session.selection();
    if (selection.isEmpty()) {
        if (error)
            *error = tr("No programme has been assessed yet. Choose programmes and answer the "
                        "questionnaire first.");
        return std::nullopt;
    }
    const RuleLibrary &library = session.library();
    const Answers answers = session.answers()->toAnswers();
    const QDate asOf = session.answers()->asOf();
    ReportInput input;
    if (session.isMatchAll()) {
        input = ReportInput::forMatch(library, answers, asOf);
    } else {
        input.firmName = answers.firmName;
        input.creditCode = answers.creditCode;
        input.assessedOn = QDate::currentDate();
        input.asOf = asOf;
        const FactValues values = answers.toFactValues(library.facts(), asOf);
        // One section per document, in the order the programmes were chosen, holding only the
        // chosen programmes of it.
        QVector<const RuleSet *> order;
        for (const SelectedProgramme &s : selection)
            if (s.ruleSet && !order.contains(s.ruleSet)) order << s.ruleSet;
        for (const RuleSet *rs : order) {
            RuleSetResult r = Evaluator::evaluate(*rs, values);
            auto chosen = [&](const ProgrammeResult &p) {
                return std::any_of(selection.cbegin(), selection.cend(), [&](const SelectedProgramme &s) {
                    return s.ruleSet == rs && s.programme == p.programme;
                });
            };
            r.programmes.erase(std::remove_if(r.programmes.begin(), r.programmes.end(),
                                              [&](const ProgrammeResult &p) { return !chosen(p); }),
                               r.programmes.end());
            input.results.append(r);
        }
    }
    return ReportBuilder(library.facts(), lang).build(input);
}

ReportController *SessionReport::controller(AssessmentSession *session, Lang lang, QWidget *window) {
    auto *c = new ReportController(
        window, [session, lang](QString *error) { return build(*session, lang, error); }, window);
    auto update = [c, session] { c->setAvailable(!session->selection().isEmpty()); };
    QObject::connect(session, &AssessmentSession::planChanged, c, update);
    update();
    return c;
}

} // namespace eligicheck
