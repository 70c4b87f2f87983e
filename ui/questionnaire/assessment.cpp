#include "assessment.h"

#include <algorithm>

namespace eligicheck {

Selection selectAll(const RuleLibrary &library) {
    Selection out;
    for (const auto &rs : library.ruleSets())
        for (const Programme &p : rs->programmes)
            out.append({rs->id, p.id, rs.get(), &p});
    return out;
}

Selection resolveSelection(const RuleLibrary &library, const Selection &ids) {
    Selection out;
    for (const SelectedProgramme &s : ids) {
        const RuleSet *rs = library.ruleSet(s.ruleSetId);
        const Programme *p = rs ? rs->programme(s.programmeId) : nullptr;
        if (p) out.append({s.ruleSetId, s.programmeId, rs, p});
    }
    return out;
}

QVector<AssessedProgramme> evaluateSelection(const Selection &selection, const FactValues &facts) {
    QVector<AssessedProgramme> out;
    out.reserve(selection.size());
    for (const SelectedProgramme &s : selection)
        out.append({s.ruleSet, Evaluator::evaluateProgramme(*s.ruleSet, *s.programme, facts)});
    return out;
}

QStringList QuestionPlan::groupOrder() {
    return {QStringLiteral("basic"),   QStringLiteral("finance"),    QStringLiteral("rd"),
            QStringLiteral("project"), QStringLiteral("compliance"), QStringLiteral("history"),
            QStringLiteral("other")};
}

QString QuestionPlan::groupTitle(const QString &group) {
    //: Questionnaire page title
    if (group == QLatin1String("basic")) return tr("Basic information");
    //: Questionnaire page title
    if (group == QLatin1String("finance")) return tr("Finance");
    //: Questionnaire page title
    if (group == QLatin1String("rd")) return tr("R&D and staff");
    //: Questionnaire page title (questions about the project applied for)
    if (group == QLatin1String("project")) return tr("Project");
    //: Questionnaire page title
    if (group == QLatin1String("compliance")) return tr("Compliance and credit");
    //: Questionnaire page title: earlier recognitions, revocations and bans
    if (group == QLatin1String("history")) return tr("History and recognitions");
    //: Questionnaire page title
    return tr("Other");
}

void QuestionPlan::addUse(const FactRegistry &facts, const Expression &e, const FactUse &use,
                          const QVector<Gate> &gates, bool gating) {
    if (e.isNull()) return;
    for (int slot : e.referencedSlots()) {
        const FactDefinition &f = facts.at(slot);
        if (f.builtin) continue; // application_date is the assessment date, never a question
        auto it = std::find_if(m_questions.begin(), m_questions.end(),
                               [&](const Question &q) { return q.fact == &f; });
        if (it == m_questions.end()) {
            m_questions.append(Question{&f, gating, {}, {}, {}});
            it = m_questions.end() - 1;
        }
        it->gating = it->gating || gating;
        // One line per clause: a fact read twice by the same criterion is listed once, with
        // the most permissive gates (an ungated read keeps the question asked).
        int i = 0;
        while (i < it->uses.size() &&
               !(it->uses[i].programme == use.programme && it->uses[i].clause == use.clause &&
                 it->uses[i].label.zh == use.label.zh))
            ++i;
        if (i == it->uses.size()) {
            it->uses.append(use);
            it->useGates.append(gates);
            it->useExpressions.append(&e);
        } else {
            if (gates.size() < it->useGates[i].size()) it->useGates[i] = gates;
            if (it->useExpressions[i] != &e) it->useExpressions[i] = nullptr; // read twice: keep asking
        }
    }
}

QuestionPlan::QuestionPlan(const FactRegistry &facts, const Selection &selection) {
    for (const SelectedProgramme &s : selection) {
        const Programme &p = *s.programme;
        QVector<Gate> programmeGates;
        if (!p.appliesWhen.isNull()) programmeGates.append({&p.appliesWhen, true});
        addUse(facts, p.appliesWhen, {s.ruleSet, &p, QString(), p.title, QString(), QString(), QString()}, {},
               true);
        for (const Criterion &c : p.criteria) {
            const LocalizedText label = c.label.isEmpty() ? LocalizedText{c.quote, c.quote} : c.label;
            const FactUse use{s.ruleSet, &p, c.clause, label, c.quote, c.source, c.clauseEn};
            addUse(facts, c.appliesWhen, use, programmeGates, true);
            QVector<Gate> gates = programmeGates;
            if (!c.appliesWhen.isNull()) gates.append({&c.appliesWhen, true});
            addUse(facts, c.waivedWhen, use, gates, false);
            if (!c.waivedWhen.isNull()) gates.append({&c.waivedWhen, false});
            addUse(facts, c.condition, use, gates, false);
        }
        if (p.outcome) {
            QVector<Gate> gates = programmeGates;
            addUse(facts, p.outcome->appliesWhen,
                   {s.ruleSet, &p, p.outcome->clause, p.title, p.outcome->quote, p.outcome->source,
                    p.outcome->clauseEn},
                   gates, true);
            if (!p.outcome->appliesWhen.isNull()) gates.append({&p.outcome->appliesWhen, true});
            FactUse use{
                s.ruleSet,          &p, p.outcome->clause, p.title, p.outcome->quote, p.outcome->source,
                p.outcome->clauseEn};
            if (p.outcome->fact && !p.outcome->fact->builtin) {
                // The outcome reads its fact directly (no expression), so add it by hand.
                const FactDefinition *f = p.outcome->fact;
                auto it = std::find_if(m_questions.begin(), m_questions.end(),
                                       [&](const Question &q) { return q.fact == f; });
                if (it == m_questions.end())
                    m_questions.append(Question{f, false, {use}, {gates}, {nullptr}});
                else {
                    it->uses.append(use);
                    it->useGates.append(gates);
                    it->useExpressions.append(nullptr);
                }
            }
        }
        for (const Amount &a : p.amounts) {
            const FactUse use{s.ruleSet, &p, a.clause, a.label, a.quote, a.source, a.clauseEn};
            addUse(facts, a.appliesWhen, use, programmeGates, true);
            QVector<Gate> gates = programmeGates;
            if (!a.appliesWhen.isNull()) gates.append({&a.appliesWhen, true});
            addUse(facts, a.max, use, gates, false);
            addUse(facts, a.min, use, gates, false);
        }
    }
    // Pages in the fixed group order; gating questions first within a page, otherwise the
    // order in which the documents ask them.
    const QStringList order = groupOrder();
    auto rank = [&](const Question &q) {
        int g = int(order.indexOf(q.fact->group));
        return (g < 0 ? int(order.size()) - 1 : g) * 2 + (q.gating ? 0 : 1);
    };
    std::stable_sort(m_questions.begin(), m_questions.end(),
                     [&](const Question &a, const Question &b) { return rank(a) < rank(b); });
    // Near-duplicates ("走私 in the 3 years before the deadline" / "走私" at any time) side by
    // side: each related question the plan asks moves up behind the first of its kind, onto
    // that question's page.
    QVector<Question> ordered;
    ordered.reserve(m_questions.size());
    QVector<bool> placed(m_questions.size(), false);
    auto indexOf = [&](const QString &factId) {
        for (int i = 0; i < m_questions.size(); ++i)
            if (m_questions[i].fact->id == factId) return i;
        return -1;
    };
    for (int i = 0; i < m_questions.size(); ++i) {
        if (placed[i]) continue;
        placed[i] = true;
        const QString page =
            order.contains(m_questions[i].fact->group) ? m_questions[i].fact->group : QStringLiteral("other");
        m_questions[i].page = page;
        ordered.append(m_questions[i]);
        for (int k = int(ordered.size()) - 1; k < ordered.size(); ++k) { // grows as relatives join
            for (const QString &id : ordered[k].fact->related) {
                const int r = indexOf(id);
                if (r < 0 || placed[r]) continue;
                placed[r] = true;
                m_questions[r].page = page;
                ordered.append(m_questions[r]);
            }
        }
    }
    m_questions = std::move(ordered);
}

const Question *QuestionPlan::question(const QString &factId) const {
    for (const Question &q : m_questions)
        if (q.fact->id == factId) return &q;
    return nullptr;
}

QStringList QuestionPlan::groups() const {
    QStringList out;
    // In page order: a question moved onto an earlier page does not reorder the pages.
    for (const QString &g : groupOrder())
        for (const Question &q : m_questions)
            if (q.page == g) {
                out.append(g);
                break;
            }
    return out;
}

QVector<const Question *> QuestionPlan::questionsInGroup(const QString &group) const {
    QVector<const Question *> out;
    for (const Question &q : m_questions)
        if (q.page == group) out.append(&q);
    return out;
}

QSet<QString> QuestionPlan::askedFacts(const FactValues &values) const {
    QSet<QString> out;
    EvalContext ctx{&values, nullptr, false};
    auto open = [&](const Gate &g) {
        const Value v = g.expression->evaluate(ctx);
        return !v.isKnown() || v.toBool() == g.expected;
    };
    // Whether the answers to the facts `e` reads before `slot` already decide it: then the
    // answer to `slot` (and to what comes after it) can change nothing. Only earlier facts
    // count, so a gate question never disappears because its follow-up was answered first.
    auto settled = [&](const Expression *e, int slot) {
        if (!e || slot < 0) return false;
        const QVector<int> read = e->referencedSlots();
        const int first = int(read.indexOf(slot));
        if (first < 0) return false;
        FactValues without = values;
        for (int i = first; i < read.size(); ++i)
            if (read[i] < without.size() && !read.mid(0, first).contains(read[i])) without[read[i]] = Value();
        EvalContext c{&without, nullptr, false};
        return e->evaluate(c).isKnown() && !c.arithmeticError;
    };
    for (const Question &q : m_questions) {
        for (int i = 0; i < q.useGates.size(); ++i) {
            const QVector<Gate> &gates = q.useGates[i];
            if (!std::all_of(gates.cbegin(), gates.cend(), open)) continue;
            if (settled(q.useExpressions.value(i), q.fact->slot)) continue;
            out.insert(q.fact->id);
            break;
        }
    }
    return out;
}

} // namespace eligicheck
