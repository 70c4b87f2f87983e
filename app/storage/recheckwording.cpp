#include "recheckwording.h"

#include "clauselabel.h"
#include "explanation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eligicheck {

namespace {

// What one stored evaluation says about its items, by id: titles, clause labels, explanations.
struct Names {
    QString title;
    QString documentNumber;
    QHash<QString, QString> programmeTitle;
    QHash<QString, QString> clause; // "programme/criterion" or "programme/$amount" → 第七条第(三)项
    QHash<QString, QString> label;  // same keys → criterion label or quote
    QHash<QString, QString> explanation; // same keys
    QHash<QString, QString> bandLabel;   // "programme/band" → label

    explicit Names(const QString &resultJson) {
        const QJsonObject o = QJsonDocument::fromJson(resultJson.toUtf8()).object();
        title = o.value(QStringLiteral("title")).toString();
        documentNumber = o.value(QStringLiteral("document_number")).toString();
        for (const QJsonValue &pv : o.value(QStringLiteral("programmes")).toArray()) {
            const QJsonObject p = pv.toObject();
            const QString pid = p.value(QStringLiteral("id")).toString();
            programmeTitle.insert(pid, p.value(QStringLiteral("title")).toString());
            for (const QJsonValue &cv : p.value(QStringLiteral("criteria")).toArray()) {
                const QJsonObject c = cv.toObject();
                const QString key = pid + u'/' + c.value(QStringLiteral("id")).toString();
                clause.insert(key, c.value(QStringLiteral("clause")).toString());
                explanation.insert(key, c.value(QStringLiteral("explanation")).toString());
            }
            for (const QJsonValue &av : p.value(QStringLiteral("amounts")).toArray()) {
                const QJsonObject a = av.toObject();
                clause.insert(pid + QStringLiteral("/$") + a.value(QStringLiteral("id")).toString(),
                              a.value(QStringLiteral("clause")).toString());
            }
            const QJsonObject band = p.value(QStringLiteral("outcome")).toObject();
            if (!band.isEmpty())
                bandLabel.insert(pid + u'/' + band.value(QStringLiteral("id")).toString(),
                                 band.value(QStringLiteral("label")).toString());
        }
    }
};

QString firstOf(const QString &a, const QString &b) {
    return a.isEmpty() ? b : a;
}

} // namespace

QString RecheckWording::criterionLabel(const QString &ruleSetId, const QString &programmeId,
                                       const QString &criterionId) const {
    const RuleSet *rs = m_library ? m_library->ruleSet(ruleSetId) : nullptr;
    const Programme *p = rs ? rs->programme(programmeId) : nullptr;
    const Criterion *c = p ? p->criterion(criterionId) : nullptr;
    return c ? c->label.get(m_lang) : QString();
}

// A stored clause label in the reader's language; the rules in use give its clause_en when
// they still cite the same label there.
QString RecheckWording::clause(const QString &ruleSetId, const QString &programmeId, const QString &itemId,
                               bool amount, const QString &label) const {
    const RuleSet *rs = m_library ? m_library->ruleSet(ruleSetId) : nullptr;
    const Programme *p = rs ? rs->programme(programmeId) : nullptr;
    QString english;
    if (const Criterion *c = p && !amount ? p->criterion(itemId) : nullptr; c && c->clause == label)
        english = c->clauseEn;
    if (const Amount *a = p && amount ? p->amount(itemId) : nullptr; a && a->clause == label)
        english = a->clauseEn;
    return clauseLabel(label, m_lang, english);
}

QString RecheckWording::heading(const AssessmentService::Recheck &r) const {
    const Names before(r.before.resultJson), after(r.after.resultJson);
    QString doc = firstOf(after.title, before.title);
    if (doc.isEmpty()) doc = tr("a document that is no longer loaded");
    const QString number = firstOf(after.documentNumber, before.documentNumber);
    if (!number.isEmpty()) doc = tr("%1 (%2)", "document title (文号)").arg(doc, number);
    if (r.staleness == Staleness::RuleMissing)
        return tr("%1: the rule set is no longer loaded; assessment #%2 was left as it was.")
            .arg(doc)
            .arg(r.before.id);
    return tr("%1: re-checked with the current rules (#%2 → #%3), %n change(s)", nullptr,
              int(r.changes.size()))
        .arg(doc)
        .arg(r.before.id)
        .arg(r.after.id);
}

QStringList RecheckWording::changes(const AssessmentService::Recheck &r) const {
    const Names before(r.before.resultJson), after(r.after.resultJson);
    const RuleSet *rules = m_library ? m_library->ruleSet(r.before.ruleSetId) : nullptr;
    auto programme = [&](const QString &id) {
        // The title in the reader's language while the rules still have the programme; else as
        // the evaluation stored it.
        if (const Programme *p = rules ? rules->programme(id) : nullptr; p && !p->title.isEmpty())
            return p->title.get(m_lang);
        return firstOf(after.programmeTitle.value(id), before.programmeTitle.value(id));
    };
    auto status = [&](const QString &name) {
        if (name.isEmpty()) return tr("(not in the rules)");
        const std::optional<CriterionStatus> s = criterionStatusFromName(name);
        return s ? statusText(*s, m_lang) : name;
    };
    auto verdict = [&](const QString &name) {
        if (name.isEmpty()) return tr("(none)");
        const std::optional<Verdict> v = verdictFromName(name);
        return v ? verdictText(*v, m_lang) : name;
    };
    auto amount = [&](const QString &wan) {
        if (wan.isEmpty()) return tr("unknown");
        const std::optional<Number> n = Number::parse(wan);
        return n ? formatMoney(*n, m_lang) : wan; // 2,000万元 / 1亿元 / CNY 20 million
    };

    QStringList out;
    for (const AssessmentChange &c : r.changes) {
        const QString title = programme(c.programmeId);
        switch (c.kind) {
        case AssessmentChange::Verdict:
            out << tr("%1: verdict %2 → %3").arg(title, verdict(c.before), verdict(c.after));
            break;
        case AssessmentChange::Criterion: {
            const QString key = c.programmeId + u'/' + c.itemId;
            QString clause = this->clause(r.before.ruleSetId, c.programmeId, c.itemId, false,
                                          firstOf(after.clause.value(key), before.clause.value(key)));
            const QString label = criterionLabel(r.before.ruleSetId, c.programmeId, c.itemId);
            if (!label.isEmpty()) clause += u' ' + label;
            const QString why = after.explanation.value(key);
            out << (why.isEmpty() || c.after.isEmpty()
                        ? tr("%1 %2: %3 → %4").arg(title, clause, status(c.before), status(c.after))
                        : tr("%1 %2: %3 → %4, %5")
                              .arg(title, clause, status(c.before), status(c.after), why));
            break;
        }
        case AssessmentChange::Amount: {
            const QString key = c.programmeId + QStringLiteral("/$") + c.itemId;
            out << tr("%1 %2: support amount up to %3 → %4")
                       .arg(title,
                            clause(r.before.ruleSetId, c.programmeId, c.itemId, true,
                                   firstOf(after.clause.value(key), before.clause.value(key))),
                            amount(c.before), amount(c.after));
            break;
        }
        case AssessmentChange::Outcome: {
            auto band = [&](const QString &id) {
                if (id.isEmpty()) return tr("(none)");
                const Programme *p = rules ? rules->programme(c.programmeId) : nullptr;
                if (p && p->outcome)
                    for (const Band &b : p->outcome->bands)
                        if (b.id == id && !b.label.isEmpty()) return b.label.get(m_lang);
                const QString key = c.programmeId + u'/' + id;
                return firstOf(after.bandLabel.value(key), firstOf(before.bandLabel.value(key), id));
            };
            out << tr("%1: outcome %2 → %3").arg(title, band(c.before), band(c.after));
            break;
        }
        case AssessmentChange::ProgrammeAdded:
            out << tr("%1: new in the rules, %2").arg(title, verdict(c.after));
            break;
        case AssessmentChange::ProgrammeRemoved:
            out << tr("%1: no longer in the rules (was %2)").arg(title, verdict(c.before));
            break;
        }
    }
    return out;
}

} // namespace eligicheck
