#include "schema.h"

namespace eligicheck {

namespace {

// The two dialects differ only in auto-increment keys and in how a trigger refuses a change;
// everything else (ON CONFLICT, RETURNING, TEXT, BIGINT) is common to SQLite ≥ 3.35 and
// PostgreSQL. Decimal values are TEXT so no database ever rounds them.
QString dialect(QString sql, Database::Backend backend) {
    const bool pg = backend == Database::Backend::PostgreSQL;
    sql.replace(QStringLiteral("%PK%"), pg ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                           : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return sql;
}

// Saved assessments are evidence: a printed report must stay reproducible, so the database
// itself refuses to change or delete them, whatever program connects to it.
QStringList immutabilityTriggers(const QStringList &tables, Database::Backend backend) {
    QStringList out;
    if (backend == Database::Backend::PostgreSQL) {
        out << QStringLiteral(
            "CREATE FUNCTION eligicheck_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'saved assessments are immutable (table %)', TG_TABLE_NAME; "
            "END $$");
        for (const QString &t : tables) {
            out << QStringLiteral("CREATE TRIGGER %1_immutable BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW "
                                  "EXECUTE FUNCTION eligicheck_refuse_change()")
                       .arg(t);
            out << QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 FOR EACH STATEMENT "
                                  "EXECUTE FUNCTION eligicheck_refuse_change()")
                       .arg(t);
        }
        return out;
    }
    for (const QString &t : tables) {
        out << QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN "
                              "SELECT RAISE(ABORT, 'saved assessments are immutable'); END")
                   .arg(t);
        out << QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN "
                              "SELECT RAISE(ABORT, 'saved assessments are immutable'); END")
                   .arg(t);
    }
    return out;
}

QStringList version1(Database::Backend backend) {
    QStringList s = {
        QStringLiteral("CREATE TABLE eligicheck_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE firms ("
                       " id %PK%,"
                       " name TEXT NOT NULL,"
                       " credit_code TEXT," // NULL when not known yet
                       " region TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE UNIQUE INDEX firms_name ON firms (name)"),
        QStringLiteral("CREATE UNIQUE INDEX firms_credit_code ON firms (credit_code)"),
        // fiscal_year is 0 for facts that are not yearly, so it can be part of the key.
        QStringLiteral("CREATE TABLE answers ("
                       " firm_id BIGINT NOT NULL REFERENCES firms (id) ON DELETE CASCADE,"
                       " fact_id TEXT NOT NULL,"
                       " fiscal_year INTEGER NOT NULL DEFAULT 0,"
                       " fact_type TEXT NOT NULL,"
                       " value TEXT NOT NULL,"
                       " unit TEXT NOT NULL DEFAULT '',"
                       " entered TEXT NOT NULL DEFAULT '',"
                       " changed_by TEXT NOT NULL,"
                       " changed_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " PRIMARY KEY (firm_id, fact_id, fiscal_year))"),
        QStringLiteral("CREATE TABLE assessments ("
                       " id %PK%,"
                       " firm_id BIGINT NOT NULL REFERENCES firms (id),"
                       " ruleset_id TEXT NOT NULL,"
                       " content_hash TEXT NOT NULL,"
                       " verified_on TEXT NOT NULL,"
                       " as_of TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL,"
                       " inputs TEXT NOT NULL,"
                       " result_json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX assessments_firm ON assessments (firm_id, ruleset_id, id)"),
        QStringLiteral("CREATE TABLE assessment_programmes ("
                       " assessment_id BIGINT NOT NULL REFERENCES assessments (id),"
                       " programme_id TEXT NOT NULL,"
                       " verdict TEXT NOT NULL,"
                       " outcome_band TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (assessment_id, programme_id))"),
        QStringLiteral("CREATE TABLE assessment_criteria ("
                       " assessment_id BIGINT NOT NULL REFERENCES assessments (id),"
                       " programme_id TEXT NOT NULL,"
                       " criterion_id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " status TEXT NOT NULL,"
                       " PRIMARY KEY (assessment_id, programme_id, criterion_id))"),
        QStringLiteral("CREATE TABLE assessment_amounts ("
                       " assessment_id BIGINT NOT NULL REFERENCES assessments (id),"
                       " programme_id TEXT NOT NULL,"
                       " amount_id TEXT NOT NULL,"
                       " max_wan TEXT NOT NULL DEFAULT ''," // exact decimal; '' = unknown
                       " min_wan TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (assessment_id, programme_id, amount_id))"),
        QStringLiteral("CREATE TABLE drafts ("
                       " draft_key TEXT PRIMARY KEY,"
                       " firm_id BIGINT REFERENCES firms (id) ON DELETE CASCADE,"
                       " content TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
    };
    s << immutabilityTriggers({QStringLiteral("assessments"), QStringLiteral("assessment_programmes"),
                               QStringLiteral("assessment_criteria"), QStringLiteral("assessment_amounts")},
                              backend);
    return s;
}

// Version 2: every overwritten answer is kept in answer_history ("never lose an answer");
// existing answers are copied in as the first entry of their history. Programme results keep
// the rule order (rows saved by version 1 have position 0 and fall back to id order).
QStringList version2(Database::Backend) {
    return {
        QStringLiteral("ALTER TABLE assessment_programmes ADD COLUMN position INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE answer_history ("
                       " id %PK%,"
                       " firm_id BIGINT NOT NULL REFERENCES firms (id) ON DELETE CASCADE,"
                       " fact_id TEXT NOT NULL,"
                       " fiscal_year INTEGER NOT NULL,"
                       " fact_type TEXT NOT NULL,"
                       " value TEXT NOT NULL,"
                       " unit TEXT NOT NULL,"
                       " entered TEXT NOT NULL,"
                       " changed_by TEXT NOT NULL,"
                       " changed_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX answer_history_fact ON answer_history (firm_id, fact_id, fiscal_year)"),
        QStringLiteral(
            "INSERT INTO answer_history (firm_id, fact_id, fiscal_year, fact_type, value, unit, entered,"
            " changed_by, changed_at, version)"
            " SELECT firm_id, fact_id, fiscal_year, fact_type, value, unit, entered, changed_by,"
            " changed_at, version FROM answers"),
    };
}

// Version 3: a firm's contact (person, phone …), and a recycle bin: deleting a firm sets
// deleted_at (its assessments are immutable, so nothing of it is erased) and restoring clears it.
QStringList version3(Database::Backend) {
    return {
        QStringLiteral("ALTER TABLE firms ADD COLUMN contact TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE firms ADD COLUMN deleted_at TEXT"),
    };
}

} // namespace

QStringList migrationStatements(int version, Database::Backend backend) {
    QStringList statements;
    switch (version) {
    case 1:
        statements = version1(backend);
        break;
    case 2:
        statements = version2(backend);
        break;
    case 3:
        statements = version3(backend);
        break;
    default:
        return {};
    }
    for (QString &s : statements)
        s = dialect(s, backend);
    return statements;
}

} // namespace eligicheck
