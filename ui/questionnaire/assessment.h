#pragma once

#include "evaluator.h"
#include "facts.h"
#include "rulelibrary.h"
#include "ruleset.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVector>

namespace eligicheck {

// One programme chosen for an assessment. Ids are kept beside the pointers so a selection
// survives a rule reload (the pointers are re-resolved against the new library).
struct SelectedProgramme {
    QString ruleSetId;
    QString programmeId;
    const RuleSet *ruleSet = nullptr;
    const Programme *programme = nullptr;
};
using Selection = QVector<SelectedProgramme>;

// Every programme of every loaded rule set ("match me against everything").
Selection selectAll(const RuleLibrary &library);
// Resolves ids against `library`; entries whose rule set or programme vanished are dropped.
Selection resolveSelection(const RuleLibrary &library, const Selection &ids);

// A programme evaluated for the live panel and the result view.
struct AssessedProgramme {
    const RuleSet *ruleSet = nullptr;
    ProgrammeResult result;
};

// THE re-evaluation step of the desktop app, run after every changed answer (exposed so the
// benchmark measures exactly what the GUI does). Evaluates each selected programme with
// explanations, in selection order.
QVector<AssessedProgramme> evaluateSelection(const Selection &selection, const FactValues &facts);

// Where a question is used: the clause that reads the fact, shown beside the field.
struct FactUse {
    const RuleSet *ruleSet = nullptr;
    const Programme *programme = nullptr;
    QString clause;
    LocalizedText label; // criterion/amount label, or the programme title for applies_when
    QString quote;       // the clause's verbatim text ("查看原文" highlights it); empty for applies_when
    QString source;      // the quote's own source file ("" = the document's)
    QString clauseEn;    // the rule file's clause_en, if any (clauseLabel() shows the clause)
};

// A gate decides whether a use of a fact is currently relevant: the use is dropped when the
// gate expression is known and differs from `expected` (applies_when false, waived_when true).
struct Gate {
    const Expression *expression = nullptr;
    bool expected = true;
};

struct Question {
    const FactDefinition *fact = nullptr;
    bool gating = false; // read by an applies_when: asked first, other questions depend on it
    QVector<FactUse> uses;
    QVector<QVector<Gate>> useGates; // parallel to `uses`
    // Parallel to `uses`: the expression that reads the fact there (nullptr: read directly, or
    // by several expressions of one clause), to tell when earlier answers settle it.
    QVector<const Expression *> useExpressions;
    // The page (group id) it is shown on: its fact's group, or the page of the near-duplicate
    // question (FactDefinition::related) it is shown next to.
    QString page;
};

// Which facts a set of programmes needs, computed from the expressions themselves
// (Expression::referencedSlots): conditions, applies_when, waived_when, amounts and outcomes.
// Questions are grouped into pages by FactDefinition::group in the fixed order of groupOrder(),
// except that near-duplicate questions (FactDefinition::related) follow the first of them that
// is asked, on its page, so that the questionnaire shows them together.
class QuestionPlan {
    Q_DECLARE_TR_FUNCTIONS(QuestionPlan)
public:
    QuestionPlan() = default;
    QuestionPlan(const FactRegistry &facts, const Selection &selection);

    const QVector<Question> &questions() const { return m_questions; }
    const Question *question(const QString &factId) const;
    // Groups that have at least one question, in page order.
    QStringList groups() const;
    QVector<const Question *> questionsInGroup(const QString &group) const;
    // Fact ids to ask given the current answers (gates that are known to be closed hide a use;
    // so does an expression that the answers to the facts it reads before this one already
    // decide — "子公司业务领域与母公司一致" once 母公司已认定 = 否 — a question is asked while at
    // least one of its uses is open).
    QSet<QString> askedFacts(const FactValues &values) const;

    static QStringList groupOrder();
    // The page title in the interface language (a translation, not rule-file text).
    static QString groupTitle(const QString &group);

private:
    void addUse(const FactRegistry &facts, const Expression &e, const FactUse &use,
                const QVector<Gate> &gates, bool gating);
    QVector<Question> m_questions;
};

} // namespace eligicheck
