#include "firmrepository.h"

#include "creditcode.h"
#include "relevance.h"

#include <QSqlQuery>
#include <QVariant>

namespace eligicheck {

namespace {

const QString kFirmColumns = QStringLiteral(
    "id, name, credit_code, region, notes, created_at, updated_at, version, contact, deleted_at");
const QString kAnswerColumns =
    QStringLiteral("fact_id, fiscal_year, fact_type, value, unit, entered, changed_by, changed_at, version");

Firm firmFromQuery(const QSqlQuery &q) {
    Firm f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.creditCode = q.value(2).toString();
    f.region = q.value(3).toString();
    f.notes = q.value(4).toString();
    f.createdAt = q.value(5).toString();
    f.updatedAt = q.value(6).toString();
    f.version = q.value(7).toInt();
    f.contact = q.value(8).toString();
    f.deletedAt = q.value(9).toString();
    return f;
}

StoredAnswer answerFromQuery(const QSqlQuery &q) {
    StoredAnswer a;
    a.factId = q.value(0).toString();
    a.fiscalYear = q.value(1).toInt();
    a.factType = q.value(2).toString();
    a.value = FirmRepository::valueFromStored(a.factType, q.value(3).toString()).value_or(Value());
    a.unit = q.value(4).toString();
    a.entered = q.value(5).toString();
    a.changedBy = q.value(6).toString();
    a.changedAt = q.value(7).toString();
    a.version = q.value(8).toInt();
    return a;
}

// NULL rather than '' for a missing credit code, so the unique index allows many of them.
QVariant codeOrNull(const QString &code) {
    return code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : code;
}

// name, credit_code, region, notes, contact — in that order, as INSERT and UPDATE list them.
void bindEditableFields(QSqlQuery &q, const Firm &firm) {
    q.addBindValue(Database::text(firm.name));
    q.addBindValue(codeOrNull(firm.creditCode));
    q.addBindValue(Database::text(firm.region));
    q.addBindValue(Database::text(firm.notes));
    q.addBindValue(Database::text(firm.contact));
}

bool valueFitsType(const Value &v, FactType t) {
    switch (t) {
    case FactType::Number:
        return v.kind() == Value::Num;
    case FactType::Integer:
        return v.kind() == Value::Num && v.number().isInteger();
    case FactType::Boolean:
        return v.kind() == Value::Bool;
    case FactType::Choice:
        return v.kind() == Value::Choice;
    case FactType::Date:
        return v.kind() == Value::Date;
    case FactType::Text:
        return v.kind() == Value::Text;
    }
    return false;
}

} // namespace

std::optional<Value> FirmRepository::valueFromStored(const QString &factType, const QString &text) {
    const std::optional<FactType> type = factTypeFromName(factType);
    if (!type) return std::nullopt;
    switch (*type) {
    case FactType::Number:
    case FactType::Integer:
        if (auto n = Number::parse(text)) return Value::fromNumber(*n);
        return std::nullopt;
    case FactType::Boolean:
        if (text == QLatin1String("true")) return Value::fromBool(true);
        if (text == QLatin1String("false")) return Value::fromBool(false);
        return std::nullopt;
    case FactType::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid()) return Value::fromDate(d);
        return std::nullopt;
    }
    case FactType::Choice:
        return Value::fromChoice(text);
    case FactType::Text:
        return Value::fromText(text);
    }
    return std::nullopt;
}

std::optional<QString> FirmRepository::storedText(const Value &value, QString *error) {
    if (value.kind() == Value::Num && !value.number().isFiniteDecimal()) {
        *error =
            tr("%1 has no exact decimal form and cannot be stored exactly").arg(value.number().toString());
        return std::nullopt;
    }
    return value.toPlainString();
}

// --- firms ------------------------------------------------------------------------------------

StorageError FirmRepository::validateFirm(const Firm &firm, qint64 selfId) const {
    if (firm.name.trimmed().isEmpty())
        return StorageError::fail(StorageError::Invalid, tr("a firm needs a name"));
    // A name is echoed to terminals, reports and YAML files: control characters (a terminal
    // escape, CR, DEL, NUL) and line separators would act there instead of being shown.
    for (qsizetype i = 0; i < firm.name.size(); ++i) {
        const QChar c = firm.name.at(i);
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph)
            return StorageError::fail(StorageError::Invalid,
                                      tr("the firm name contains a control character (U+%1 at position %2); "
                                         "names are plain text")
                                          .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                          .arg(i + 1));
    }
    // A name the command line would take for an option ("---") could never be addressed.
    if (firm.name.trimmed().startsWith(u'-'))
        return StorageError::fail(StorageError::Invalid, tr("a firm name cannot start with '-'"));
    if (!firm.creditCode.isEmpty()) {
        const QString problem = CreditCode::validate(firm.creditCode);
        if (!problem.isEmpty()) return StorageError::fail(StorageError::Invalid, problem);
    }
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT id, name, credit_code FROM firms WHERE (name = ? OR credit_code = ?) "
                       "AND id <> ?"));
    q.addBindValue(firm.name.trimmed());
    q.addBindValue(codeOrNull(firm.creditCode));
    q.addBindValue(selfId);
    if (StorageError e = m_db.exec(q, tr("checking the firm")); !e.ok()) return e;
    if (q.next()) {
        if (q.value(1).toString() == firm.name.trimmed())
            return StorageError::fail(StorageError::Invalid,
                                      tr("there is already a firm named '%1'").arg(firm.name));
        return StorageError::fail(
            StorageError::Invalid,
            tr("credit code %1 already belongs to '%2'").arg(firm.creditCode, q.value(1).toString()));
    }
    return {};
}

Result<Firm> FirmRepository::addFirm(const Firm &input) {
    Firm firm = input;
    firm.name = firm.name.trimmed();
    firm.creditCode = CreditCode::normalize(firm.creditCode);
    if (StorageError e = validateFirm(firm, 0); !e.ok()) return e;
    firm.createdAt = firm.updatedAt = Database::timestamp();
    // In an explicit transaction: with RETURNING, SQLite commits an autocommit statement only
    // when it is reset, after the id was read, and Qt never reports that commit's error — on a
    // full disk the firm was reported as added but was not saved (tst_storage_diskfull).
    StorageError e = m_db.transaction([&]() -> StorageError {
        QSqlQuery q =
            m_db.query(QStringLiteral("INSERT INTO firms (name, credit_code, region, notes, contact, "
                                      "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) "
                                      "RETURNING id"));
        bindEditableFields(q, firm);
        q.addBindValue(firm.createdAt);
        q.addBindValue(firm.updatedAt);
        const Result<qint64> id = m_db.insertReturningId(
            q, tr("adding firm '%1'").arg(firm.name), tr("adding firm '%1' returned no id").arg(firm.name));
        if (!id.ok()) return id.error();
        firm.id = id.value();
        return {};
    });
    if (!e.ok()) return e;
    firm.version = 1;
    return firm;
}

Result<Firm> FirmRepository::updateFirm(const Firm &input) {
    Firm firm = input;
    firm.name = firm.name.trimmed();
    firm.creditCode = CreditCode::normalize(firm.creditCode);
    if (StorageError e = validateFirm(firm, firm.id); !e.ok()) return e;
    firm.updatedAt = Database::timestamp();
    QSqlQuery q =
        m_db.query(QStringLiteral("UPDATE firms SET name = ?, credit_code = ?, region = ?, notes = ?, "
                                  "contact = ?, updated_at = ?, version = version + 1 WHERE id = ? AND "
                                  "version = ?"));
    bindEditableFields(q, firm);
    q.addBindValue(firm.updatedAt);
    q.addBindValue(firm.id);
    q.addBindValue(firm.version);
    if (StorageError e = m_db.exec(q, tr("saving firm '%1'").arg(firm.name)); !e.ok()) return e;
    if (q.numRowsAffected() != 1) {
        Result<Firm> now = this->firm(firm.id);
        if (!now.ok()) return now.error();
        return StorageError::fail(
            StorageError::Conflict,
            tr("firm '%1' was changed by someone else at %2; your changes were not saved — "
               "reload it and apply them again")
                .arg(now->name, now->updatedAt));
    }
    ++firm.version;
    return firm;
}

Result<Firm> FirmRepository::firmWhere(const QString &condition, const QVariant &arg) const {
    QSqlQuery &q =
        m_db.reusableQuery(QStringLiteral("SELECT %1 FROM firms WHERE %2").arg(kFirmColumns, condition));
    q.addBindValue(arg);
    if (StorageError e = m_db.exec(q, tr("reading a firm")); !e.ok()) return e;
    const bool found = q.next();
    const Firm firm = found ? firmFromQuery(q) : Firm();
    q.finish(); // the statement is used again (reusableQuery)
    if (!found) return StorageError::fail(StorageError::NotFound, QString());
    return firm;
}

Result<Firm> FirmRepository::firm(qint64 id) const {
    Result<Firm> r = firmWhere(QStringLiteral("id = ?"), id);
    if (!r.ok() && r.error().kind == StorageError::NotFound)
        return StorageError::fail(StorageError::NotFound, tr("there is no firm with id %1").arg(id));
    return r;
}

Result<Firm> FirmRepository::findFirm(const QString &nameOrCode) const {
    Result<Firm> r = firmWhere(QStringLiteral("name = ?"), nameOrCode.trimmed());
    if (r.ok() || r.error().kind != StorageError::NotFound) return r;
    r = firmWhere(QStringLiteral("credit_code = ?"), CreditCode::normalize(nameOrCode));
    if (r.ok() || r.error().kind != StorageError::NotFound) return r;
    return StorageError::fail(StorageError::NotFound, tr("there is no firm named '%1'").arg(nameOrCode));
}

Result<QVector<Firm>> FirmRepository::firms() const {
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT %1 FROM firms WHERE deleted_at IS NULL ORDER BY name, id").arg(kFirmColumns));
    if (StorageError e = m_db.exec(q, tr("listing firms")); !e.ok()) return e;
    QVector<Firm> out;
    while (q.next())
        out.append(firmFromQuery(q));
    return out;
}

Result<QVector<Firm>> FirmRepository::deletedFirms() const {
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT %1 FROM firms WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id")
            .arg(kFirmColumns));
    if (StorageError e = m_db.exec(q, tr("listing deleted firms")); !e.ok()) return e;
    QVector<Firm> out;
    while (q.next())
        out.append(firmFromQuery(q));
    return out;
}

// A deleted firm keeps its answers and assessments (which can never be deleted anyway): it
// only leaves the lists, and comes back as it was when restored.
StorageError FirmRepository::setDeleted(qint64 id, bool deleted) {
    QSqlQuery q =
        m_db.query(QStringLiteral("UPDATE firms SET deleted_at = ?, updated_at = ?, version = version + 1 "
                                  "WHERE id = ?"));
    const QString now = Database::timestamp();
    q.addBindValue(deleted ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(now);
    q.addBindValue(id);
    if (StorageError e = m_db.exec(q, deleted ? tr("deleting the firm") : tr("restoring the firm")); !e.ok())
        return e;
    if (q.numRowsAffected() != 1)
        return StorageError::fail(StorageError::NotFound, tr("there is no firm with id %1").arg(id));
    return {};
}

// --- answers ----------------------------------------------------------------------------------

Result<QVector<StoredAnswer>> FirmRepository::answers(qint64 firmId) const {
    // Read for every firm by match-all and report --all: prepared once (reusableQuery).
    QSqlQuery &q = m_db.reusableQuery(
        QStringLiteral("SELECT %1 FROM answers WHERE firm_id = ? ORDER BY fact_id, fiscal_year")
            .arg(kAnswerColumns));
    q.addBindValue(firmId);
    if (StorageError e = m_db.exec(q, tr("reading answers")); !e.ok()) return e;
    QVector<StoredAnswer> out;
    while (q.next())
        out.append(answerFromQuery(q));
    q.finish();
    return out;
}

Result<QVector<StoredAnswer>> FirmRepository::answerHistory(qint64 firmId, const QString &factId,
                                                            int fiscalYear) const {
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT %1 FROM answer_history WHERE firm_id = ? AND fact_id = ? AND "
                                  "fiscal_year = ? ORDER BY id")
                       .arg(kAnswerColumns));
    q.addBindValue(firmId);
    q.addBindValue(factId);
    q.addBindValue(fiscalYear);
    if (StorageError e = m_db.exec(q, tr("reading answer history")); !e.ok()) return e;
    QVector<StoredAnswer> out;
    while (q.next())
        out.append(answerFromQuery(q));
    return out;
}

StorageError FirmRepository::setAnswers(qint64 firmId, const QVector<AnswerInput> &inputs,
                                        const FactRegistry &facts) {
    // Validate everything before the first write.
    QVector<const FactDefinition *> defs;
    for (const AnswerInput &in : inputs) {
        const FactDefinition *f = facts.find(in.factId);
        if (!f || f->builtin)
            return StorageError::fail(StorageError::Invalid, tr("unknown fact '%1'").arg(in.factId));
        if (in.value.isKnown() && !valueFitsType(in.value, f->type))
            return StorageError::fail(StorageError::Invalid,
                                      tr("'%1' is not a valid %2 for '%3'")
                                          .arg(in.value.toPlainString(), factTypeName(f->type), f->id));
        if (f->yearly && in.fiscalYear < 1900)
            return StorageError::fail(
                StorageError::Invalid,
                tr("'%1' is asked per year; say which fiscal year it is for").arg(f->id));
        QString error;
        if (in.value.isKnown() && !storedText(in.value, &error))
            return StorageError::fail(StorageError::Invalid, tr("'%1': %2").arg(f->id, error));
        defs.append(f);
    }
    if (StorageError e = firm(firmId).error(); e.kind == StorageError::NotFound) return e;
    return m_db.transaction([&]() -> StorageError {
        for (int i = 0; i < inputs.size(); ++i)
            if (StorageError e = writeAnswer(firmId, *defs[i], inputs[i]); !e.ok()) return e;
        return {};
    });
}

Result<int> FirmRepository::adoptRegionText(const FactRegistry &facts) {
    const FactDefinition *province = facts.find(QStringLiteral("province"));
    const FactDefinition *city = facts.find(QStringLiteral("city"));
    if (!province || !city || m_db.isReadOnly()) return 0;
    int adopted = 0;
    const StorageError e = m_db.transaction([&]() -> StorageError {
        QSqlQuery q = m_db.query(QStringLiteral(
            "SELECT id, region FROM firms f WHERE region <> '' AND NOT EXISTS (SELECT 1 FROM answers a "
            "WHERE a.firm_id = f.id AND a.fact_id IN ('province', 'city'))"));
        if (StorageError e = m_db.exec(q, tr("reading the firms' regions")); !e.ok()) return e;
        QVector<QPair<qint64, QString>> pending;
        while (q.next())
            pending.append({q.value(0).toLongLong(), q.value(1).toString()});
        q.finish();
        for (const auto &[id, text] : pending) {
            const std::optional<Relevance> r = Relevance::fromRegionText(text, facts);
            if (!r) continue;
            AnswerInput in;
            in.factId = province->id;
            in.value = Value::fromChoice(r->province);
            in.entered = text;
            if (StorageError e = writeAnswer(id, *province, in); !e.ok()) return e;
            if (!r->city.isEmpty()) {
                in.factId = city->id;
                in.value = Value::fromChoice(r->city);
                if (StorageError e = writeAnswer(id, *city, in); !e.ok()) return e;
            }
            ++adopted;
        }
        return {};
    });
    if (!e.ok()) return e;
    return adopted;
}

StorageError FirmRepository::writeAnswer(qint64 firmId, const FactDefinition &fact, const AnswerInput &in) {
    const int year = fact.yearly ? in.fiscalYear : 0;
    // Only for messages: made when one is needed (an import writes thousands of answers).
    auto label = [&] {
        return fact.yearly ? tr("'%1' (%2)").arg(fact.id).arg(year) : QStringLiteral("'%1'").arg(fact.id);
    };
    QSqlQuery &cur =
        m_db.reusableQuery(QStringLiteral("SELECT %1 FROM answers WHERE firm_id = ? AND fact_id = ? AND "
                                          "fiscal_year = ?")
                               .arg(kAnswerColumns));
    cur.addBindValue(firmId);
    cur.addBindValue(fact.id);
    cur.addBindValue(year);
    if (StorageError e = m_db.exec(cur, tr("reading answer %1").arg(label())); !e.ok()) return e;
    std::optional<StoredAnswer> current;
    if (cur.next()) current = answerFromQuery(cur);
    cur.finish();

    auto conflict = [&](const std::optional<StoredAnswer> &now) {
        if (!now)
            return StorageError::fail(
                StorageError::Conflict,
                tr("answer %1 was removed by someone else; your change was not saved — reload "
                   "and enter it again")
                    .arg(label()));
        return StorageError::fail(
            StorageError::Conflict,
            tr("answer %1 was changed by %2 at %3 (now '%4'); your change was not saved — "
               "reload and decide which value is right")
                .arg(label(), now->changedBy, now->changedAt,
                     now->entered.isEmpty() ? now->value.toPlainString() : now->entered));
    };
    const int currentVersion = current ? current->version : 0;
    if (in.expectedVersion != AnswerInput::AnyVersion && in.expectedVersion != currentVersion)
        return conflict(current);

    const QString now = Database::timestamp();
    const QString by = m_db.userName();
    if (!in.value.isKnown()) {
        if (!current) return {};
        QSqlQuery &del =
            m_db.reusableQuery(QStringLiteral("DELETE FROM answers WHERE firm_id = ? AND fact_id = ? AND "
                                              "fiscal_year = ? AND version = ?"));
        del.addBindValue(firmId);
        del.addBindValue(fact.id);
        del.addBindValue(year);
        del.addBindValue(currentVersion);
        if (StorageError e = m_db.exec(del, tr("removing answer %1").arg(label())); !e.ok()) return e;
        if (del.numRowsAffected() != 1) return conflict(current);
        return {};
    }
    QString ignored;
    const QString text = *storedText(in.value, &ignored);
    if (current && current->factType == factTypeName(fact.type) && current->value == in.value &&
        current->entered == in.entered)
        return {}; // unchanged: keep version and history as they are

    QSqlQuery &w =
        current ? m_db.reusableQuery(QStringLiteral(
                      "UPDATE answers SET fact_type = ?, value = ?, unit = ?, entered = ?, changed_by = ?, "
                      "changed_at = ?, version = version + 1 WHERE firm_id = ? AND fact_id = ? AND "
                      "fiscal_year = ? AND version = ?"))
                : m_db.reusableQuery(QStringLiteral(
                      "INSERT INTO answers (fact_type, value, unit, entered, changed_by, changed_at, "
                      "version, firm_id, fact_id, fiscal_year) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?) "
                      "ON CONFLICT (firm_id, fact_id, fiscal_year) DO NOTHING"));
    for (const QVariant &v :
         {QVariant(factTypeName(fact.type)), QVariant(Database::text(text)),
          QVariant(Database::text(fact.unit)), QVariant(Database::text(in.entered)),
          QVariant(Database::text(by)), QVariant(now), QVariant(firmId), QVariant(fact.id), QVariant(year)})
        w.addBindValue(v);
    if (current) w.addBindValue(currentVersion);
    if (StorageError e = m_db.exec(w, tr("saving answer %1").arg(label())); !e.ok()) return e;
    if (w.numRowsAffected() != 1) return conflict(current);

    QSqlQuery &h = m_db.reusableQuery(
        QStringLiteral("INSERT INTO answer_history (firm_id, fact_id, fiscal_year, fact_type, "
                       "value, unit, entered, changed_by, changed_at, version) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(firmId), QVariant(fact.id), QVariant(year),
                              QVariant(factTypeName(fact.type)), QVariant(Database::text(text)),
                              QVariant(Database::text(fact.unit)), QVariant(Database::text(in.entered)),
                              QVariant(Database::text(by)), QVariant(now), QVariant(currentVersion + 1)})
        h.addBindValue(v);
    return m_db.exec(h, tr("recording the history of answer %1").arg(label()));
}

Result<Answers> FirmRepository::answersFor(qint64 firmId, const QDate &asOf,
                                           const FactRegistry &facts) const {
    Result<Firm> f = firm(firmId);
    if (!f.ok()) return f.error();
    Result<QVector<StoredAnswer>> stored = answers(firmId);
    if (!stored.ok()) return stored.error();
    Answers out;
    out.asOf = asOf;
    out.firmName = f->name;
    out.creditCode = f->creditCode;
    const int year = fiscalYearFor(asOf);
    for (const StoredAnswer &a : *stored) {
        const FactDefinition *def = facts.find(a.factId);
        if (!def || def->builtin || a.factType != factTypeName(def->type) || !a.value.isKnown()) continue;
        if (def->yearly ? a.fiscalYear != year : a.fiscalYear != 0) continue;
        out.values.insert(a.factId, a.value);
    }
    return out;
}

} // namespace eligicheck
