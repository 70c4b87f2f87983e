#include "assessmentstore.h"

#include "resultjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace eligicheck {

namespace {

const QString kColumns = QStringLiteral(
    "id, firm_id, ruleset_id, content_hash, verified_on, as_of, created_at, created_by, inputs, result_json");

QString exactDecimal(const Value &v) {
    if (v.kind() != Value::Num) return QString();
    return v.number().toString(12); // amounts are finite decimals; 12 places guard the odd ratio
}

} // namespace

const ProgrammeSnapshot *Assessment::programme(const QString &id) const {
    for (const ProgrammeSnapshot &p : programmes)
        if (p.programmeId == id) return &p;
    return nullptr;
}

Assessment AssessmentStore::snapshot(qint64 firmId, const RuleSetResult &result, const FactValues &values,
                                     const FactRegistry &facts, Lang lang) {
    Assessment a;
    a.firmId = firmId;
    a.ruleSetId = result.ruleSet->id;
    a.contentHash = result.ruleSet->contentHash;
    a.verifiedOn = result.ruleSet->verifiedOn;
    a.asOf = result.asOf;
    for (int slot = 0; slot < int(values.size()) && slot < facts.size(); ++slot) {
        const FactDefinition &f = facts.at(slot);
        if (f.builtin || !values[slot].isKnown()) continue;
        a.inputs.insert(f.id, values[slot].toPlainString());
    }
    a.resultJson = ruleSetResultToJson(result, facts, lang).toString(false);
    for (const ProgrammeResult &p : result.programmes) {
        ProgrammeSnapshot ps;
        ps.programmeId = p.programme->id;
        ps.verdict = p.verdict;
        if (p.outcome && p.outcome->band) ps.outcomeBand = p.outcome->band->id;
        for (const CriterionResult &c : p.criteria)
            ps.criteria.append({c.criterion->id, c.status});
        for (const AmountResult &am : p.amounts)
            ps.amounts.append({am.amount->id, exactDecimal(am.max), exactDecimal(am.min)});
        a.programmes.append(ps);
    }
    return a;
}

Result<qint64> AssessmentStore::save(const Assessment &in) {
    qint64 id = 0;
    const QString createdAt = in.createdAt.isEmpty() ? Database::timestamp() : in.createdAt;
    const QString createdBy = in.createdBy.isEmpty() ? m_db.userName() : in.createdBy;
    StorageError e = m_db.transaction([&]() -> StorageError {
        QJsonObject inputs;
        for (auto it = in.inputs.cbegin(); it != in.inputs.cend(); ++it)
            inputs.insert(it.key(), it.value());
        QSqlQuery q =
            m_db.query(QStringLiteral("INSERT INTO assessments (firm_id, ruleset_id, content_hash, "
                                      "verified_on, as_of, created_at, created_by, inputs, result_json) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        for (const QVariant &v :
             {QVariant(in.firmId), QVariant(Database::text(in.ruleSetId)),
              QVariant(Database::text(in.contentHash)),
              QVariant(Database::text(in.verifiedOn.toString(Qt::ISODate))),
              QVariant(Database::text(in.asOf.toString(Qt::ISODate))), QVariant(createdAt),
              QVariant(Database::text(createdBy)),
              QVariant(QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact))),
              QVariant(Database::text(in.resultJson))})
            q.addBindValue(v);
        const Result<qint64> inserted =
            m_db.insertReturningId(q, tr("saving the assessment"), tr("saving the assessment returned no id"));
        if (!inserted.ok()) return inserted.error();
        id = inserted.value();
        QSqlQuery pq =
            m_db.query(QStringLiteral("INSERT INTO assessment_programmes (assessment_id, programme_id, "
                                      "verdict, outcome_band, position) VALUES (?, ?, ?, ?, ?)"));
        QSqlQuery cq =
            m_db.query(QStringLiteral("INSERT INTO assessment_criteria (assessment_id, programme_id, "
                                      "criterion_id, position, status) VALUES (?, ?, ?, ?, ?)"));
        QSqlQuery aq =
            m_db.query(QStringLiteral("INSERT INTO assessment_amounts (assessment_id, programme_id, "
                                      "amount_id, max_wan, min_wan) VALUES (?, ?, ?, ?, ?)"));
        for (int pos = 0; pos < in.programmes.size(); ++pos) {
            const ProgrammeSnapshot &p = in.programmes[pos];
            pq.bindValue(4, pos);
            pq.bindValue(0, id);
            pq.bindValue(1, Database::text(p.programmeId));
            pq.bindValue(2, verdictName(p.verdict));
            pq.bindValue(3, Database::text(p.outcomeBand));
            if (StorageError s = m_db.exec(pq, tr("saving verdicts")); !s.ok()) return s;
            for (int i = 0; i < p.criteria.size(); ++i) {
                cq.bindValue(0, id);
                cq.bindValue(1, p.programmeId);
                cq.bindValue(2, p.criteria[i].first);
                cq.bindValue(3, i);
                cq.bindValue(4, criterionStatusName(p.criteria[i].second));
                if (StorageError s = m_db.exec(cq, tr("saving criterion statuses")); !s.ok()) return s;
            }
            for (const AmountSnapshot &am : p.amounts) {
                aq.bindValue(0, id);
                aq.bindValue(1, p.programmeId);
                aq.bindValue(2, am.amountId);
                aq.bindValue(3, Database::text(am.maxWan));
                aq.bindValue(4, Database::text(am.minWan));
                if (StorageError s = m_db.exec(aq, tr("saving amounts")); !s.ok()) return s;
            }
        }
        return {};
    });
    if (!e.ok()) return e;
    return id;
}

StorageError AssessmentStore::loadDetails(Assessment &a) const {
    QSqlQuery pq =
        m_db.query(QStringLiteral("SELECT programme_id, verdict, outcome_band FROM assessment_programmes "
                                  "WHERE assessment_id = ? ORDER BY position, programme_id"));
    pq.addBindValue(a.id);
    if (StorageError e = m_db.exec(pq, tr("reading verdicts")); !e.ok()) return e;
    while (pq.next()) {
        ProgrammeSnapshot p;
        p.programmeId = pq.value(0).toString();
        p.verdict = verdictFromName(pq.value(1).toString()).value_or(Verdict::Undetermined);
        p.outcomeBand = pq.value(2).toString();
        a.programmes.append(p);
    }
    QSqlQuery cq =
        m_db.query(QStringLiteral("SELECT programme_id, criterion_id, status FROM assessment_criteria "
                                  "WHERE assessment_id = ? ORDER BY programme_id, position"));
    cq.addBindValue(a.id);
    if (StorageError e = m_db.exec(cq, tr("reading criterion statuses")); !e.ok()) return e;
    while (cq.next())
        for (ProgrammeSnapshot &p : a.programmes)
            if (p.programmeId == cq.value(0).toString())
                p.criteria.append(
                    {cq.value(1).toString(),
                     criterionStatusFromName(cq.value(2).toString()).value_or(CriterionStatus::Unknown)});
    QSqlQuery aq =
        m_db.query(QStringLiteral("SELECT programme_id, amount_id, max_wan, min_wan FROM assessment_amounts "
                                  "WHERE assessment_id = ? ORDER BY programme_id, amount_id"));
    aq.addBindValue(a.id);
    if (StorageError e = m_db.exec(aq, tr("reading amounts")); !e.ok()) return e;
    while (aq.next())
        for (ProgrammeSnapshot &p : a.programmes)
            if (p.programmeId == aq.value(0).toString())
                p.amounts.append({aq.value(1).toString(), aq.value(2).toString(), aq.value(3).toString()});
    return {};
}

Result<QVector<Assessment>> AssessmentStore::select(const QString &where, const QVariantList &args) const {
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %1 FROM assessments %2").arg(kColumns, where));
    for (const QVariant &v : args)
        q.addBindValue(v);
    if (StorageError e = m_db.exec(q, tr("reading assessments")); !e.ok()) return e;
    QVector<Assessment> out;
    while (q.next()) {
        Assessment a;
        a.id = q.value(0).toLongLong();
        a.firmId = q.value(1).toLongLong();
        a.ruleSetId = q.value(2).toString();
        a.contentHash = q.value(3).toString();
        a.verifiedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        a.asOf = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        a.createdAt = q.value(6).toString();
        a.createdBy = q.value(7).toString();
        const QJsonObject inputs = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        for (auto it = inputs.begin(); it != inputs.end(); ++it)
            a.inputs.insert(it.key(), it.value().toString());
        a.resultJson = q.value(9).toString();
        out.append(a);
    }
    q.finish();
    for (Assessment &a : out)
        if (StorageError e = loadDetails(a); !e.ok()) return e;
    return out;
}

Result<Assessment> AssessmentStore::assessment(qint64 id) const {
    Result<QVector<Assessment>> r = select(QStringLiteral("WHERE id = ?"), {id});
    if (!r.ok()) return r.error();
    if (r->isEmpty())
        return StorageError::fail(StorageError::NotFound, tr("there is no assessment %1").arg(id));
    return r->first();
}

Result<QVector<Assessment>> AssessmentStore::history(qint64 firmId) const {
    return select(QStringLiteral("WHERE firm_id = ? ORDER BY id DESC"), {firmId});
}

Result<QVector<Assessment>> AssessmentStore::latestPerRuleSet(qint64 firmId) const {
    return select(QStringLiteral("WHERE id IN (SELECT max(id) FROM assessments WHERE firm_id = ? GROUP BY "
                                 "ruleset_id) ORDER BY ruleset_id"),
                  {firmId});
}

Result<QVector<qint64>> AssessmentStore::allIds() const {
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id FROM assessments ORDER BY id"));
    if (StorageError e = m_db.exec(q, tr("reading assessments")); !e.ok()) return e;
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Staleness AssessmentStore::staleness(const Assessment &a, const QHash<QString, QString> &currentHashes) {
    auto it = currentHashes.constFind(a.ruleSetId);
    if (it == currentHashes.constEnd()) return Staleness::RuleMissing;
    return it.value() == a.contentHash ? Staleness::Current : Staleness::RuleChanged;
}

QHash<QString, QString> AssessmentStore::currentHashes(const RuleLibrary &library) {
    QHash<QString, QString> out;
    for (const auto &rs : library.ruleSets())
        out.insert(rs->id, rs->contentHash);
    return out;
}

QVector<AssessmentChange> AssessmentStore::compare(const Assessment &before, const Assessment &after) {
    QVector<AssessmentChange> out;
    for (const ProgrammeSnapshot &old : before.programmes)
        if (!after.programme(old.programmeId))
            out.append({AssessmentChange::ProgrammeRemoved, old.programmeId, QString(),
                        verdictName(old.verdict), QString()});
    for (const ProgrammeSnapshot &now : after.programmes) {
        const ProgrammeSnapshot *old = before.programme(now.programmeId);
        if (!old) {
            out.append({AssessmentChange::ProgrammeAdded, now.programmeId, QString(), QString(),
                        verdictName(now.verdict)});
            continue;
        }
        if (old->verdict != now.verdict)
            out.append({AssessmentChange::Verdict, now.programmeId, QString(), verdictName(old->verdict),
                        verdictName(now.verdict)});
        if (old->outcomeBand != now.outcomeBand)
            out.append(
                {AssessmentChange::Outcome, now.programmeId, QString(), old->outcomeBand, now.outcomeBand});
        auto statusIn = [](const ProgrammeSnapshot &p, const QString &id) -> QString {
            for (const auto &c : p.criteria)
                if (c.first == id) return criterionStatusName(c.second);
            return QString();
        };
        for (const auto &c : now.criteria) {
            const QString was = statusIn(*old, c.first);
            const QString is = criterionStatusName(c.second);
            if (was != is) out.append({AssessmentChange::Criterion, now.programmeId, c.first, was, is});
        }
        for (const auto &c : old->criteria)
            if (statusIn(now, c.first).isEmpty())
                out.append({AssessmentChange::Criterion, now.programmeId, c.first,
                            criterionStatusName(c.second), QString()});
        auto amountIn = [](const ProgrammeSnapshot &p, const QString &id) -> const AmountSnapshot * {
            for (const AmountSnapshot &a : p.amounts)
                if (a.amountId == id) return &a;
            return nullptr;
        };
        for (const AmountSnapshot &a : now.amounts) {
            const AmountSnapshot *was = amountIn(*old, a.amountId);
            if (!was || was->maxWan != a.maxWan)
                out.append({AssessmentChange::Amount, now.programmeId, a.amountId,
                            was ? was->maxWan : QString(), a.maxWan});
        }
        for (const AmountSnapshot &a : old->amounts)
            if (!amountIn(now, a.amountId))
                out.append({AssessmentChange::Amount, now.programmeId, a.amountId, a.maxWan, QString()});
    }
    return out;
}

} // namespace eligicheck
