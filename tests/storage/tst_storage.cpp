// The storage suite, run twice: against an SQLite file (always) and against a real PostgreSQL
// server (the throwaway one scripts/pg-test-server.sh starts for CTest; skipped only when that
// server could not be started on this machine).
#include "assessmentservice.h"
#include "assessmentstore.h"
#include "draftstore.h"
#include "firmexchange.h"
#include "firmrepository.h"
#include "firmtablemodel.h"
#include "storagetestutil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace eligicheck;
using namespace storagetest;

namespace {

struct RoundTripRow {
    const char *name;
    const char *factId;
    const char *entered;
    const char *plain;
    int fiscalYear;
};

// One row per fact type and unit of the bundled rules (roundTripCoversEveryTypeAndUnit checks
// that none is missing when rule sets add a unit).
const RoundTripRow kRoundTrip[] = {
    {"万元 typed in 亿元 (yearly)", "main_business_revenue_wan", "0.8亿元", "8000", 2024},
    {"万元 typed in 元 with commas", "project_investment_wan", "80,000,000元", "8000", 0},
    {"万元 with four decimals", "contract_amount_received_wan", "12.3456万元", "12.3456", 0},
    {"万元 beyond double precision", "rd_expenditure_wan", "123456789012.3456万", "123456789012.3456", 2023},
    {"percent", "joint_project_share_pct", "2.5%", "2.5", 0},
    {"persons", "studio_host_count", "45人", "45", 0},
    {"persons (yearly)", "insured_employee_count", "120名", "120", 2024},
    {"个", "new_industry_linked_discipline_count", "3个", "3", 0},
    {"家", "studio_partner_enterprise_count", "2家", "2", 0},
    {"次", "skill_subsidy_claims_this_year", "1次", "1", 0},
    {"项", "head_successful_transfer_cases", "4项", "4", 0},
    {"integer 年", "granted_use_right_years", "20年", "20", 0},
    {"integer 月", "requested_extension_months", "6个月", "6", 0},
    {"integer without unit", "platform_recognition_year", "2021", "2021", 0},
    {"m²", "premises_area_m2", "1200.5㎡", "1200.5", 0},
    {"t", "emissions_reduced_t", "5.75t", "5.75", 0},
    {"tce", "energy_saved_tce", "12.125", "12.125", 0},
    {"分", "evaluation_score", "85.5", "85.5", 0},
    {"number 年", "ui_contribution_years", "1.5年", "1.5", 0},
    {"number 月", "training_course_duration_months", "2.5个月", "2.5", 0},
    {"boolean yes", "is_high_tech_enterprise", "是", "true", 0},
    {"boolean no", "is_industrial_enterprise", "否", "false", 0},
    {"choice by label", "enterprise_size", "中型企业", "medium", 0},
    {"choice by id", "applicant_type", "university", "university", 0},
    {"date in Chinese", "project_acceptance_date", "2023年5月1日", "2023-05-01", 0},
    {"date ISO", "original_license_valid_until", "2026-12-31", "2026-12-31", 0},
    {"text", "test_registered_address", "南宁市青秀区民族大道100号 B座", "南宁市青秀区民族大道100号 B座", 0},
};

} // namespace

class StorageSuite : public QObject {
    Q_OBJECT
public:
    explicit StorageSuite(bool postgres)
        : m_postgres(postgres) {}

private:
    bool m_postgres;
    QTemporaryDir m_dir;
    RuleLibrary m_library;
    DatabaseLocation m_location;
    QString m_password;
    int m_counter = 0;

    StorageError open(Database &db, int targetVersion = Database::SchemaVersion) {
        Database::OpenOptions o;
        o.password = m_password;
        o.targetVersion = targetVersion;
        return db.open(m_location, o);
    }

    void openOrFail(Database &db) {
        const StorageError e = open(db);
        QVERIFY2(e.ok(), qPrintable(e.message));
    }

    // A firm with the answers of the client questionnaire fixtures.
    Firm clientFirm(Database &db) {
        FirmExchange ex(db, m_library.facts());
        Diagnostics diags;
        Result<int> n = ex.importFile(dataPath(QStringLiteral("client.yaml")), &diags);
        if (!n.ok()) qWarning() << n.error().message << diags.size();
        FirmRepository repo(db);
        Result<Firm> f = repo.findFirm(QStringLiteral("南宁示例科技有限公司"));
        auto more = ex.parse(QStringLiteral("more-answers.yaml"),
                             readAll(dataPath(QStringLiteral("more-answers.yaml"))), &diags,
                             FirmExchange::Mode::AnswersOnly);
        if (f.ok() && more) repo.setAnswers(f->id, more->first().answers, m_library.facts());
        return f.ok() ? *f : Firm();
    }

    int count(Database &db, const QString &table) {
        return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }

    // The export of a client firm assessed with gx-enterprise-tech-center on 2025-06-01, which
    // the import tests then edit.
    void exportAssessedFirm(QByteArray *yaml) {
        Database db;
        openOrFail(db);
        const Firm firm = clientFirm(db);
        QVERIFY(AssessmentService(db, m_library)
                    .assess(firm.id, *m_library.ruleSet(QStringLiteral("gx-enterprise-tech-center")),
                            QDate(2025, 6, 1))
                    .ok());
        *yaml = *FirmExchange(db, m_library.facts()).exportFirms({firm.id}, QDate(2025, 6, 1));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        loadRules(m_library);
        QVERIFY2(!m_library.hasErrors(), "bundled rules must load");
        if (!m_postgres) return;
        const QString dir = qEnvironmentVariable("ELIGICHECK_PG_DIR");
        if (dir.isEmpty())
            QSKIP("ELIGICHECK_PG_DIR is not set: run through CTest, which starts a PostgreSQL server");
        if (QFile::exists(dir + QStringLiteral("/unavailable")))
            QSKIP(qPrintable(QStringLiteral("PostgreSQL server could not be started: ") +
                             QString::fromUtf8(readAll(dir + QStringLiteral("/unavailable"))).trimmed()));
        const QString url = QString::fromUtf8(readAll(dir + QStringLiteral("/url"))).trimmed();
        QVERIFY2(
            !url.isEmpty(),
            qPrintable(QStringLiteral("no server URL in %1/url; see the storage_pg_start test").arg(dir)));
        m_password = QString::fromUtf8(readAll(dir + QStringLiteral("/password"))).trimmed();
        QString error;
        auto loc = DatabaseLocation::parse(url, &error);
        QVERIFY2(loc, qPrintable(error));
        m_location = *loc;
    }

    // Every test starts from an empty database.
    void init() {
        if (!m_postgres) {
            m_location = DatabaseLocation::sqlite(m_dir.filePath(QStringLiteral("t%1.db").arg(++m_counter)));
            return;
        }
        const QString name = QStringLiteral("pg-reset");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            raw.setHostName(m_location.host);
            raw.setPort(m_location.port);
            raw.setUserName(m_location.user);
            raw.setPassword(m_password);
            raw.setDatabaseName(m_location.databaseName);
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery q(raw);
            QVERIFY2(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("CREATE SCHEMA public")), qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void schemaCreated() {
        Database db;
        openOrFail(db);
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM eligicheck_meta WHERE key = 'schema_version'"))
                     .toString(),
                 QString::number(Database::SchemaVersion));
        for (const char *table : {"firms", "answers", "assessments", "assessment_programmes",
                                  "assessment_criteria", "assessment_amounts", "drafts", "answer_history"})
            QVERIFY2(count(db, QString::fromLatin1(table)) == 0, table);
        if (!m_postgres) {
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong(),
                     qint64(Database::SqliteApplicationId));
        }
        // Foreign keys are enforced: an answer of a firm that does not exist is refused.
        QVERIFY(!execRaw(
            db, QStringLiteral("INSERT INTO answers (firm_id, fact_id, fact_type, value, changed_by, "
                               "changed_at) VALUES (999, 'x', 'number', '1', 'a', 'b')")));
        // Opening again is a no-op, not a second migration.
        db.close();
        openOrFail(db);
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    }

    // A database written by schema version 1 is brought forward: data kept, history backfilled.
    void migratesFromVersion1() {
        {
            Database v1;
            const StorageError e = open(v1, 1);
            QVERIFY2(e.ok(), qPrintable(e.message));
            QCOMPARE(v1.schemaVersion(), 1);
            QVERIFY(!execRaw(v1, QStringLiteral("SELECT count(*) FROM answer_history"))); // not in v1
            QVERIFY(execRaw(
                v1, QStringLiteral("INSERT INTO firms (name, region, notes, created_at, updated_at) VALUES "
                                   "('旧公司', 'guangxi', '', '2024-01-01T00:00:00.000Z', "
                                   "'2024-01-01T00:00:00.000Z')")));
            const qint64 id = scalar(v1, QStringLiteral("SELECT id FROM firms")).toLongLong();
            QVERIFY(execRaw(
                v1, QStringLiteral("INSERT INTO answers (firm_id, fact_id, fiscal_year, fact_type, value, "
                                   "unit, entered, changed_by, changed_at, version) VALUES (%1, "
                                   "'main_business_revenue_wan', 2023, 'number', '6000', '万元', "
                                   "'6000万', 'alice', '2024-01-02T00:00:00.000Z', 3)")
                        .arg(id)));
        }
        Database db;
        openOrFail(db);
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        FirmRepository repo(db);
        Result<Firm> f = repo.findFirm(QStringLiteral("旧公司"));
        QVERIFY(f.ok());
        Result<QVector<StoredAnswer>> answers = repo.answers(f->id);
        QVERIFY(answers.ok());
        QCOMPARE(answers->size(), 1);
        QCOMPARE(answers->first().value, Value::fromNumber(6000));
        QCOMPARE(answers->first().version, 3);
        Result<QVector<StoredAnswer>> hist =
            repo.answerHistory(f->id, QStringLiteral("main_business_revenue_wan"), 2023);
        QVERIFY(hist.ok());
        QCOMPARE(hist->size(), 1);
        QCOMPARE(hist->first().changedBy, QStringLiteral("alice"));
        // and the migrated database is fully usable
        AnswerInput in{QStringLiteral("main_business_revenue_wan"), 2023, Value::fromNumber(6500),
                       QStringLiteral("6500"), 3};
        QVERIFY(repo.setAnswer(f->id, in, m_library.facts()).ok());
        QCOMPARE(repo.answerHistory(f->id, in.factId, 2023)->size(), 2);
    }

    // Schema 3: a firm written by schema 2 gets an empty contact and is not deleted; contact is
    // saved and read back; a deleted firm leaves the list with its answers and assessments kept,
    // and comes back when restored.
    void contactAndRecycleBin() {
        {
            Database v2;
            QVERIFY(open(v2, 2).ok());
            QVERIFY(
                execRaw(v2, QStringLiteral("INSERT INTO firms (name, region, notes, created_at, updated_at) "
                                           "VALUES ('二版公司', '', '', '2024-01-01T00:00:00.000Z', "
                                           "'2024-01-01T00:00:00.000Z')")));
        }
        Database db;
        openOrFail(db);
        QCOMPARE(db.schemaVersion(), 3);
        FirmRepository repo(db);
        Result<Firm> old = repo.findFirm(QStringLiteral("二版公司"));
        QVERIFY(old.ok());
        QCOMPARE(old->contact, QString());
        QVERIFY(old->deletedAt.isEmpty());
        Firm edited = old.value();
        edited.contact = QStringLiteral("张会计 0772-1234567");
        QVERIFY(repo.updateFirm(edited).ok());
        QCOMPARE(repo.firm(old->id)->contact, QStringLiteral("张会计 0772-1234567"));

        AnswerInput in{QStringLiteral("rd_staff_count"), 0, Value::fromNumber(12), QStringLiteral("12"),
                       AnswerInput::AnyVersion};
        QVERIFY(repo.setAnswer(old->id, in, m_library.facts()).ok());
        QVERIFY(repo.setDeleted(old->id, true).ok());
        QCOMPARE(repo.firms()->size(), 0);
        QCOMPARE(repo.deletedFirms()->size(), 1);
        QVERIFY(!repo.deletedFirms()->first().deletedAt.isEmpty());
        QVERIFY(repo.setDeleted(old->id, false).ok());
        QCOMPARE(repo.firms()->size(), 1);
        QCOMPARE(repo.deletedFirms()->size(), 0);
        QCOMPARE(repo.answers(old->id)->size(), 1);
        QCOMPARE(repo.setDeleted(987654, true).kind, StorageError::NotFound);
    }

    void roundTrip_data() {
        QTest::addColumn<QString>("factId");
        QTest::addColumn<QString>("entered");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<int>("fiscalYear");
        for (const RoundTripRow &r : kRoundTrip)
            QTest::newRow(r.name) << QString::fromLatin1(r.factId) << QString::fromUtf8(r.entered)
                                  << QString::fromUtf8(r.plain) << r.fiscalYear;
    }
    void roundTrip() {
        QFETCH(QString, factId);
        QFETCH(QString, entered);
        QFETCH(QString, plain);
        QFETCH(int, fiscalYear);
        const FactDefinition *def = m_library.facts().find(factId);
        QVERIFY2(def, qPrintable(factId));
        QCOMPARE(def->yearly, fiscalYear != 0);
        QString err;
        const std::optional<Value> v = parseFactValue(*def, entered, &err);
        QVERIFY2(v && v->isKnown(), qPrintable(err));
        qint64 firmId = 0;
        {
            Database db;
            openOrFail(db);
            db.setUserName(QStringLiteral("tester"));
            FirmRepository repo(db);
            Result<Firm> f = repo.addFirm(Firm::named(QStringLiteral("往返公司")));
            QVERIFY2(f.ok(), qPrintable(f.error().message));
            firmId = f->id;
            const StorageError e =
                repo.setAnswer(firmId, {factId, fiscalYear, *v, entered, 0}, m_library.facts());
            QVERIFY2(e.ok(), qPrintable(e.message));
        }
        Database db;
        openOrFail(db);
        FirmRepository repo(db);
        Result<QVector<StoredAnswer>> answers = repo.answers(firmId);
        QVERIFY(answers.ok());
        QCOMPARE(answers->size(), 1);
        const StoredAnswer &a = answers->first();
        QCOMPARE(a.factId, factId);
        QCOMPARE(a.value, *v);
        QCOMPARE(a.value.toPlainString(), plain);
        QCOMPARE(a.entered, entered);
        QCOMPARE(a.unit, def->unit);
        QCOMPARE(a.factType, factTypeName(def->type));
        QCOMPARE(a.fiscalYear, fiscalYear);
        QCOMPARE(a.changedBy, QStringLiteral("tester"));
        QCOMPARE(a.version, 1);
        // and it reaches the evaluator for an assessment dated in the following year
        const QDate asOf(fiscalYear ? fiscalYear + 1 : 2025, 6, 1);
        Result<Answers> forEval = repo.answersFor(firmId, asOf, m_library.facts());
        QVERIFY(forEval.ok());
        QCOMPARE(forEval->values.value(factId), *v);
    }

    void roundTripCoversEveryTypeAndUnit() {
        QSet<QString> covered;
        for (const RoundTripRow &r : kRoundTrip)
            if (const FactDefinition *d = m_library.facts().find(QString::fromLatin1(r.factId)))
                covered << factTypeName(d->type) + QLatin1Char('|') + d->unit;
        QStringList missing;
        for (int slot = 0; slot < m_library.facts().size(); ++slot) {
            const FactDefinition &d = m_library.facts().at(slot);
            const QString key = factTypeName(d.type) + QLatin1Char('|') + d.unit;
            if (!d.builtin && !covered.contains(key))
                missing << key + QStringLiteral(" (e.g. ") + d.id + QLatin1Char(')');
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("add round-trip rows for: ") +
                                               missing.join(QStringLiteral(", "))));
    }

    // 上年度 revenue for 2024 ≠ for 2025: each assessment sees the year before its date.
    void yearlyFactsKeptPerFiscalYear() {
        Database db;
        openOrFail(db);
        FirmRepository repo(db);
        Result<Firm> f = repo.addFirm(Firm::named(QStringLiteral("年度公司")));
        QVERIFY(f.ok());
        const QString rev = QStringLiteral("main_business_revenue_wan");
        QVERIFY(
            repo.setAnswers(f->id,
                            {{rev, 2023, Value::fromNumber(5000), QStringLiteral("5000"), 0},
                             {rev, 2024, Value::fromNumber(8000), QStringLiteral("8000"), 0},
                             {QStringLiteral("rd_staff_count"), 2024, Value::fromNumber(30), QString(), 0}},
                            m_library.facts())
                .ok());
        QCOMPARE(repo.answersFor(f->id, QDate(2024, 6, 1), m_library.facts())->values.value(rev),
                 Value::fromNumber(5000));
        QCOMPARE(repo.answersFor(f->id, QDate(2025, 3, 1), m_library.facts())->values.value(rev),
                 Value::fromNumber(8000));
        QVERIFY(!repo.answersFor(f->id, QDate(2026, 1, 1), m_library.facts())->values.contains(rev));
        // a fact that is not yearly ignores the year it was given with
        QCOMPARE(repo.answersFor(f->id, QDate(2030, 1, 1), m_library.facts())
                     ->values.value(QStringLiteral("rd_staff_count")),
                 Value::fromNumber(30));
        // a yearly fact without a year is refused, and nothing of the batch is written
        const StorageError e =
            repo.setAnswers(f->id,
                            {{QStringLiteral("rd_staff_count"), 0, Value::fromNumber(31), QString()},
                             {rev, 0, Value::fromNumber(1), QString()}},
                            m_library.facts());
        QCOMPARE(e.kind, StorageError::Invalid);
        QVERIFY(e.message.contains(QStringLiteral("fiscal year")));
        QCOMPARE(repo.answersFor(f->id, QDate(2030, 1, 1), m_library.facts())
                     ->values.value(QStringLiteral("rd_staff_count")),
                 Value::fromNumber(30));
    }

    void answerHistoryKeepsEveryValue() {
        Database db;
        openOrFail(db);
        FirmRepository repo(db);
        Result<Firm> f = repo.addFirm(Firm::named(QStringLiteral("历史公司")));
        const QString id = QStringLiteral("rd_staff_count");
        for (int n : {10, 12, 12, 15}) // the repeated 12 changes nothing
            QVERIFY(
                repo.setAnswer(f->id, {id, 0, Value::fromNumber(n), QString::number(n)}, m_library.facts())
                    .ok());
        Result<QVector<StoredAnswer>> hist = repo.answerHistory(f->id, id, 0);
        QCOMPARE(hist->size(), 3);
        QCOMPARE(hist->at(0).value, Value::fromNumber(10));
        QCOMPARE(hist->at(2).value, Value::fromNumber(15));
        QCOMPARE(hist->at(2).version, 3);
        QCOMPARE(repo.answers(f->id)->first().version, 3);
        // an unknown value removes the answer; its history stays
        QVERIFY(repo.setAnswer(f->id, {id, 0, Value(), QString()}, m_library.facts()).ok());
        QVERIFY(repo.answers(f->id)->isEmpty());
        QCOMPARE(repo.answerHistory(f->id, id, 0)->size(), 3);
    }

    void firmValidation_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate name")
            << QStringLiteral("已有公司") << QString() << QStringLiteral("already a firm named");
        QTest::newRow("duplicate code") << QStringLiteral("另一家") << QStringLiteral("91350100M000100Y43")
                                        << QStringLiteral("already belongs to '已有公司'");
        QTest::newRow("bad check digit") << QStringLiteral("另一家") << QStringLiteral("91350100M000100Y44")
                                         << QStringLiteral("check digit");
        QTest::newRow("empty name") << QStringLiteral("  ") << QString() << QStringLiteral("needs a name");
    }
    void firmValidation() {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, message);
        Database db;
        openOrFail(db);
        FirmRepository repo(db);
        QVERIFY(repo.addFirm(Firm::named(QStringLiteral("已有公司"), QStringLiteral("9135 0100 m000 100y43")))
                    .ok());
        QCOMPARE(repo.firms()->first().creditCode, QStringLiteral("91350100M000100Y43")); // normalised
        Result<Firm> r = repo.addFirm(Firm::named(name, code));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, StorageError::Invalid);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(repo.firms()->size(), 1);
    }

    void assessmentsAreImmutable_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("change a verdict")
            << QStringLiteral("UPDATE assessment_programmes SET verdict = 'eligible'");
        QTest::newRow("change a criterion")
            << QStringLiteral("UPDATE assessment_criteria SET status = 'pass'");
        QTest::newRow("change an amount")
            << QStringLiteral("UPDATE assessment_amounts SET max_wan = '999999'");
        QTest::newRow("change the result") << QStringLiteral("UPDATE assessments SET result_json = '{}'");
        QTest::newRow("change the rules hash") << QStringLiteral("UPDATE assessments SET content_hash = 'x'");
        QTest::newRow("delete criteria") << QStringLiteral("DELETE FROM assessment_criteria");
        QTest::newRow("delete the assessment") << QStringLiteral("DELETE FROM assessments");
        QTest::newRow("delete the firm") << QStringLiteral("DELETE FROM firms");
    }
    void assessmentsAreImmutable() {
        QFETCH(QString, sql);
        Database db;
        openOrFail(db);
        const Firm firm = clientFirm(db);
        QVERIFY(firm.id > 0);
        AssessmentService service(db, m_library);
        // A rule set with support amounts, so amounts are part of the snapshot too.
        const RuleSet *rs = nullptr;
        for (const auto &r : m_library.ruleSets())
            for (const Programme &p : r->programmes)
                if (!p.amounts.empty() && !rs) rs = r.get();
        QVERIFY(rs);
        Result<Assessment> saved = service.assess(firm.id, *rs, QDate(2025, 6, 1));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QVERIFY(!saved->programmes.isEmpty());
        QVERIFY(!saved->resultJson.isEmpty());
        QCOMPARE(saved->contentHash, rs->contentHash);
        QCOMPARE(saved->verifiedOn, rs->verifiedOn);
        QString error;
        QVERIFY2(!execRaw(db, sql, &error), "the database must refuse");
        QVERIFY2(error.contains(QStringLiteral("immutable")) ||
                     error.contains(QStringLiteral("FOREIGN KEY")) ||
                     error.contains(QStringLiteral("foreign key")),
                 qPrintable(error));
        Result<Assessment> again = AssessmentStore(db).assessment(saved->id);
        QVERIFY(again.ok());
        QCOMPARE(again->resultJson, saved->resultJson);
        QCOMPARE(again->contentHash, saved->contentHash);
        QCOMPARE(again->programmes.size(), saved->programmes.size());
        for (int i = 0; i < saved->programmes.size(); ++i) {
            QCOMPARE(again->programmes[i].verdict, saved->programmes[i].verdict);
            QCOMPARE(again->programmes[i].criteria, saved->programmes[i].criteria);
            QCOMPARE(again->programmes[i].amounts.size(), saved->programmes[i].amounts.size());
            for (int k = 0; k < saved->programmes[i].amounts.size(); ++k)
                QCOMPARE(again->programmes[i].amounts[k].maxWan, saved->programmes[i].amounts[k].maxWan);
        }
        QCOMPARE(count(db, QStringLiteral("firms")), 1);
    }

    void draftAutosaveDebounces() {
        Database db;
        openOrFail(db);
        DraftAutosaver saver(db, QStringLiteral("new-firm:1"));
        saver.setInterval(100);
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        for (const char *t : {"8", "80", "800", "8000万"})
            saver.setEntry(QStringLiteral("main_business_revenue_wan"), QString::fromUtf8(t));
        QVERIFY(saver.isDirty());
        QCOMPARE(saved.count(), 0); // nothing written while typing
        QVERIFY(saved.wait(2000));
        QTest::qWait(250);
        QCOMPARE(saved.count(), 1); // one write for the burst
        Result<Draft> d = DraftStore(db).load(QStringLiteral("new-firm:1"));
        QVERIFY(d.ok());
        QCOMPARE(d->entries.value(QStringLiteral("main_business_revenue_wan")), QStringLiteral("8000万"));
    }

    void draftSavedOnClose() {
        Database db;
        openOrFail(db);
        {
            DraftAutosaver saver(db, QStringLiteral("firm:7"));
            saver.setInterval(60000); // the timer never fires in this test
            saver.setEntry(QStringLiteral("rd_staff_count"), QStringLiteral("45人"));
            QVERIFY(DraftStore(db).load(QStringLiteral("firm:7")).error().kind == StorageError::NotFound);
        } // destroyed, as when the questionnaire window closes
        Result<Draft> d = DraftStore(db).load(QStringLiteral("firm:7"));
        QVERIFY(d.ok());
        QCOMPARE(d->entries.value(QStringLiteral("rd_staff_count")), QStringLiteral("45人"));
        // reopening the questionnaire restores the typing; discarding removes it
        DraftAutosaver again(db, QStringLiteral("firm:7"));
        QVERIFY(again.restore().ok());
        QCOMPARE(again.entries().value(QStringLiteral("rd_staff_count")), QStringLiteral("45人"));
        QVERIFY(!again.isDirty());
        QVERIFY(DraftStore(db).discard(QStringLiteral("firm:7")).ok());
        QCOMPARE(DraftStore(db).all()->size(), 0);
    }

    void importRejectsBadFile_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("unknown fact") << "bad-unknown-fact.yaml"
                                      << "did you mean main_business_revenue_wan" << 4;
        QTest::newRow("bad credit code") << "bad-credit-code.yaml"
                                         << "check digit" << 2;
        QTest::newRow("bad value") << "bad-value.yaml"
                                   << "is not a number" << 4;
        QTest::newRow("second firm bad") << "bad-second-firm.yaml"
                                         << "not one of the choices" << 11;
        QTest::newRow("no firm") << "bad-no-firm.yaml"
                                 << "names no firm" << 1;
        QTest::newRow("code of another firm") << "bad-code-clash.yaml"
                                              << "belongs to '另一公司'" << 0;
        // A known credit code under another name: an error naming both, nothing renamed.
        QTest::newRow("rename without --rename")
            << "bad-rename.yaml"
            << "belongs to '已有公司' in the database, but the file names it '改名公司'" << 0;
        QTest::newRow("bad assessment") << "bad-assessment.yaml"
                                        << "not a verdict" << 12;
        QTest::newRow("YAML syntax") << "bad-syntax.yaml"
                                     << "" << 0;
    }
    void importRejectsBadFile() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(int, line);
        Database db;
        openOrFail(db);
        FirmRepository repo(db);
        QVERIFY(
            repo.addFirm(Firm::named(QStringLiteral("已有公司"), QStringLiteral("91350100M000100Y43"))).ok());
        QVERIFY(
            repo.addFirm(Firm::named(QStringLiteral("另一公司"), QStringLiteral("91110108MA01ABCD0B"))).ok());
        const QStringList tables = {QStringLiteral("firms"), QStringLiteral("answers"),
                                    QStringLiteral("answer_history"), QStringLiteral("assessments")};
        QList<int> before;
        for (const QString &t : tables)
            before << count(db, t);
        Diagnostics diags;
        Result<int> r = FirmExchange(db, m_library.facts()).importFile(dataPath(file), &diags);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, StorageError::Invalid);
        QVERIFY(r.error().message.contains(QStringLiteral("nothing was written")));
        QVERIFY(!diags.isEmpty());
        bool found = false;
        for (const Diagnostic &d : diags)
            if (d.message.contains(message) && (line == 0 || d.line == line)) found = true;
        QString all;
        for (const Diagnostic &d : diags)
            all += d.toString() + QLatin1Char('\n');
        QVERIFY2(found, qPrintable(all));
        QList<int> after;
        for (const QString &t : tables)
            after << count(db, t);
        QCOMPARE(after, before);
    }

    // With renaming asked for explicitly, the firm of the credit code takes the file's name.
    void importRenamesOnlyWhenAsked() {
        Database db;
        openOrFail(db);
        FirmRepository repo(db);
        QVERIFY(
            repo.addFirm(Firm::named(QStringLiteral("已有公司"), QStringLiteral("91350100M000100Y43"))).ok());
        FirmExchange ex(db, m_library.facts());
        ex.setAllowRename(true);
        Diagnostics diags;
        Result<int> n = ex.importFile(dataPath(QStringLiteral("bad-rename.yaml")), &diags);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().message));
        QCOMPARE(repo.findFirm(QStringLiteral("91350100M000100Y43"))->name, QStringLiteral("改名公司"));
        QCOMPARE(repo.firms()->size(), 1);
    }

    // Issue 18 #3: an import only sets what the file gives. Blank region, notes and answers
    // (as `export` writes what a database does not know) never erase what is stored here.
    void importNeverErasesWithBlanks() {
        Database db;
        openOrFail(db);
        FirmRepository repo(db);
        Result<Firm> firm =
            repo.addFirm(Firm::named(QStringLiteral("已有公司"), QStringLiteral("91350100M000100Y43"),
                                     QStringLiteral("guangxi"), QStringLiteral("老客户，年审在三月")));
        QVERIFY(firm.ok());
        QVERIFY(repo.setAnswers(
                        firm->id,
                        {{QStringLiteral("rd_staff_count"), 0, Value::fromNumber(45), QStringLiteral("45人")},
                         {QStringLiteral("rd_expenditure_wan"), 2024, Value::fromNumber(600), QString()}},
                        m_library.facts())
                    .ok());
        Diagnostics diags;
        Result<int> n = FirmExchange(db, m_library.facts())
                            .importFile(dataPath(QStringLiteral("blank-fields.yaml")), &diags);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().message));
        const Firm after = *repo.firm(firm->id);
        QCOMPARE(after.region, QStringLiteral("guangxi"));
        QCOMPARE(after.notes, QStringLiteral("老客户，年审在三月"));
        const QVector<StoredAnswer> answers = *repo.answers(firm->id);
        QStringList ids;
        for (const StoredAnswer &a : answers)
            ids << a.factId;
        QVERIFY2(ids.contains(QStringLiteral("rd_staff_count")), qPrintable(ids.join(u',')));
        QVERIFY2(ids.contains(QStringLiteral("rd_expenditure_wan")), qPrintable(ids.join(u',')));
        QVERIFY2(ids.contains(QStringLiteral("enterprise_size")),
                 qPrintable(ids.join(u','))); // what it gives is set
    }

    // Issue 18 #5: an imported assessment must agree with its own result, or the whole file is
    // refused (the history is immutable; a wrong entry could never be taken back).
    void importRefusesInconsistentAssessment_data() {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to"); // replaces the first `from`; a regex when from starts with ^
        QTest::addColumn<QString>("message");
        QTest::newRow("eligible over an undetermined result")
            << QByteArray("verdict: undetermined") << QByteArray("verdict: eligible")
            << "the verdict is 'eligible' but result_json says 'undetermined'";
        QTest::newRow("truncated: a criterion missing")
            << QByteArray("^ *annual-round: info\n") << QByteArray() << "criteria, but result_json has";
        QTest::newRow("a criterion status changed")
            << QByteArray("rd-staff: pass") << QByteArray("rd-staff: fail")
            << "criterion 'rd-staff': the status is 'fail' but result_json says 'pass'";
        QTest::newRow("result_json not JSON")
            << QByteArray("^( *)result_json: .*$") << QByteArray("\\1result_json: \"{not json\"") << "is not valid JSON";
        QTest::newRow("result_json empty") << QByteArray("^( *)result_json: .*$") << QByteArray("\\1result_json: \"\"")
                                           << "has no result_json";
    }
    void importRefusesInconsistentAssessment() {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray yaml;
        exportAssessedFirm(&yaml);
        QVERIFY(!yaml.isEmpty());
        if (from.startsWith('^')) {
            QString text = QString::fromUtf8(yaml);
            text.replace(QRegularExpression(QString::fromUtf8(from), QRegularExpression::MultilineOption),
                         QString::fromUtf8(to));
            yaml = text.toUtf8();
        } else {
            const qsizetype at = yaml.indexOf(from);
            QVERIFY2(at >= 0, from.constData());
            yaml.replace(at, from.size(), to);
        }
        init(); // an empty database
        Database db;
        openOrFail(db);
        Diagnostics diags;
        auto records = FirmExchange(db, m_library.facts()).parse(QStringLiteral("export.yaml"), yaml, &diags);
        QString all;
        for (const Diagnostic &d : diags)
            all += d.toString() + QLatin1Char('\n');
        QVERIFY(!records);
        QVERIFY2(all.contains(message), qPrintable(all));
        QCOMPARE(count(db, QStringLiteral("firms")), 0);
        QCOMPARE(count(db, QStringLiteral("assessments")), 0);
    }

    // Issue 17: a firm's region typed as text ("广西 柳州市") and its province/city answers were
    // two vocabularies, so the 注册地 criteria stayed undetermined. Opening adopts the text as
    // answers, in one transaction, when it names a known place and nothing is answered; the
    // text is kept, and an answer given already is never overwritten.
    void regionTextBecomesProvinceAndCity() {
        struct Row {
            const char *name, *region, *province, *city;
        };
        const Row rows[] = {{"柳州甲公司", "广西 柳州市", "guangxi", "liuzhou"},
                            {"南宁乙公司", "广西壮族自治区南宁市", "guangxi", "nanning"},
                            {"湘潭丙公司", "湖南湘潭", "hunan", "xiangtan"},
                            {"杭州丁公司", "浙江省杭州市", "zhejiang", ""},
                            {"英文戊公司", "Liuzhou, Guangxi", "guangxi", "liuzhou"},
                            {"开发区己公司", "高新区 3 号楼", "", ""},
                            {"两省庚公司", "广西 湖南", "", ""},
                            {"已答辛公司", "广西 柳州市", "hunan", ""}};
        {
            Database v3;
            QVERIFY(open(v3, 3).ok());
            for (const Row &r : rows)
                QVERIFY(execRaw(
                    v3, QStringLiteral("INSERT INTO firms (name, region, notes, created_at, updated_at) "
                                       "VALUES ('%1', '%2', '', '2024-01-01T00:00:00.000Z', "
                                       "'2024-01-01T00:00:00.000Z')")
                            .arg(QString::fromUtf8(r.name), QString::fromUtf8(r.region))));
            FirmRepository repo(v3);
            const qint64 answered = repo.findFirm(QStringLiteral("已答辛公司"))->id;
            QVERIFY(repo.setAnswer(answered,
                                   {QStringLiteral("province"), 0, Value::fromChoice(QStringLiteral("hunan")),
                                    QStringLiteral("hunan"), AnswerInput::AnyVersion},
                                   m_library.facts())
                        .ok());
        }
        Database db;
        openOrFail(db);
        FirmRepository repo(db);
        Result<int> adopted = repo.adoptRegionText(m_library.facts());
        QVERIFY2(adopted.ok(), qPrintable(adopted.error().message));
        QCOMPARE(*adopted, 5);
        for (const Row &r : rows) {
            const QString name = QString::fromUtf8(r.name);
            Result<Firm> f = repo.findFirm(name);
            QVERIFY(f.ok());
            QCOMPARE(f->region, QString::fromUtf8(r.region)); // the text is never lost
            QHash<QString, QString> got;
            QString entered;
            const Result<QVector<StoredAnswer>> answers = repo.answers(f->id);
            QVERIFY(answers.ok());
            for (const StoredAnswer &a : answers.value()) {
                got.insert(a.factId, a.value.string());
                if (a.factId == QLatin1String("province")) entered = a.entered;
            }
            QCOMPARE(got.value(QStringLiteral("province")), QString::fromUtf8(r.province));
            QCOMPARE(got.value(QStringLiteral("city")), QString::fromUtf8(r.city));
            if (QByteArray(r.province) == "guangxi") QCOMPARE(entered, QString::fromUtf8(r.region));
        }
        // The facts feed the evaluation: the Liuzhou firm is in the Guangxi programme's area.
        const qint64 liuzhou = repo.findFirm(QStringLiteral("柳州甲公司"))->id;
        Result<Answers> a = repo.answersFor(liuzhou, QDate(2025, 6, 1), m_library.facts());
        QVERIFY(a.ok());
        QCOMPARE(a->values.value(QStringLiteral("city")), Value::fromChoice(QStringLiteral("liuzhou")));
        // Idempotent.
        QCOMPARE(*repo.adoptRegionText(m_library.facts()), 0);
    }

    // Issue 18 #5: an assessment made with a rule set loaded here (same id and content hash) is
    // also checked against those rules: its programmes and criteria must be theirs, and its
    // inputs must give its verdicts and statuses. A forged verdict with a result_json edited to
    // match, or a file truncated in both places, is refused; a genuine export is accepted.
    void importChecksAssessmentAgainstItsRules_data() {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("message"); // empty: the file is accepted
        QTest::newRow("genuine export") << QString() << QString();
        QTest::newRow("verdict forged in both places") << "forge"
                                                       << "but its inputs give";
        QTest::newRow("a criterion cut from both places") << "truncate"
                                                          << "the criteria are not those of rule set";
        QTest::newRow("inputs removed") << "no-inputs"
                                        << "but its inputs give";
        QTest::newRow("programme renamed in both places") << "rename"
                                                          << "is not in rule set 'gx-enterprise-tech-center'";
        QTest::newRow("result_json of another rule set") << "other-ruleset"
                                                         << "its result_json is of 'gx-other'";
    }
    void importChecksAssessmentAgainstItsRules() {
        QFETCH(QString, edit);
        QFETCH(QString, message);
        QByteArray yaml;
        exportAssessedFirm(&yaml);
        QVERIFY(!yaml.isEmpty());
        YAML::Node root = YAML::Load(yaml.toStdString());
        YAML::Node firmNode = root["firms"] ? root["firms"][0] : root;
        YAML::Node a = firmNode["assessments"][0];
        QVERIFY(a.IsMap());
        QJsonObject result =
            QJsonDocument::fromJson(QByteArray::fromStdString(a["result_json"].as<std::string>())).object();
        QJsonArray progs = result[QStringLiteral("programmes")].toArray();
        YAML::Node p0 = a["programmes"][0];
        QJsonObject r0 = progs[0].toObject();
        QCOMPARE(QString::fromStdString(p0["id"].as<std::string>()), r0[QStringLiteral("id")].toString());
        if (edit == QLatin1String("forge")) {
            const std::string forged =
                p0["verdict"].as<std::string>() == "eligible" ? "not_eligible" : "eligible";
            p0["verdict"] = forged;
            r0[QStringLiteral("verdict")] = QString::fromStdString(forged);
        } else if (edit == QLatin1String("truncate")) {
            YAML::Node kept;
            std::string cut;
            for (auto it = p0["criteria"].begin(); it != p0["criteria"].end(); ++it)
                if (cut.empty())
                    cut = it->first.as<std::string>();
                else
                    kept[it->first] = it->second;
            p0["criteria"] = kept;
            QJsonArray cs;
            for (const QJsonValue &c : r0[QStringLiteral("criteria")].toArray())
                if (c[QStringLiteral("id")].toString() != QString::fromStdString(cut)) cs.append(c);
            r0[QStringLiteral("criteria")] = cs;
        } else if (edit == QLatin1String("no-inputs")) {
            a.remove("inputs");
        } else if (edit == QLatin1String("rename")) {
            p0["id"] = "made-up";
            r0[QStringLiteral("id")] = QStringLiteral("made-up");
        } else if (edit == QLatin1String("other-ruleset")) {
            result[QStringLiteral("ruleset")] = QStringLiteral("gx-other");
        }
        progs[0] = r0;
        result[QStringLiteral("programmes")] = progs;
        a["result_json"] = QJsonDocument(result).toJson(QJsonDocument::Compact).toStdString();
        YAML::Emitter out;
        out << root;
        yaml = QByteArray(out.c_str());

        init(); // an empty database
        Database db;
        openOrFail(db);
        FirmExchange exchange(db, m_library.facts());
        exchange.setRuleLibrary(&m_library);
        Diagnostics diags;
        auto records = exchange.parse(QStringLiteral("export.yaml"), yaml, &diags);
        QString all;
        for (const Diagnostic &d : diags)
            all += d.toString() + QLatin1Char('\n');
        if (message.isEmpty()) {
            QVERIFY2(records, qPrintable(all));
            QVERIFY(exchange.import(*records).ok());
            QCOMPARE(count(db, QStringLiteral("assessments")), 1);
            return;
        }
        QVERIFY(!records);
        QVERIFY2(all.contains(message), qPrintable(all));
        QCOMPARE(count(db, QStringLiteral("assessments")), 0);
    }

    void exportImportRoundTrip() {
        QByteArray yaml;
        QVector<StoredAnswer> answersBefore;
        QVector<Assessment> historyBefore;
        {
            Database db;
            openOrFail(db);
            const Firm firm = clientFirm(db);
            FirmRepository repo(db);
            QVERIFY(repo.setAnswers(firm.id,
                                    {{QStringLiteral("main_business_revenue_wan"), 2023,
                                      Value::fromNumber(15000), QStringLiteral("1.5亿")},
                                     {QStringLiteral("test_registered_address"), 0,
                                      Value::fromText(QStringLiteral("南宁市: \"引号\" # 井号")), QString()}},
                                    m_library.facts())
                        .ok());
            QVERIFY(repo.addFirm(Firm::named(QStringLiteral("空公司"))).ok());
            Firm withContact = *repo.firm(firm.id);
            withContact.contact = QStringLiteral("李经理 0771-7654321");
            QVERIFY(repo.updateFirm(withContact).ok());
            AssessmentService service(db, m_library);
            QVERIFY(service
                        .assess(firm.id, *m_library.ruleSet(QStringLiteral("gx-enterprise-tech-center")),
                                QDate(2025, 6, 1))
                        .ok());
            answersBefore = *repo.answers(firm.id);
            historyBefore = *AssessmentStore(db).history(firm.id);
            Result<QByteArray> out = FirmExchange(db, m_library.facts()).exportFirms({}, QDate(2025, 6, 1));
            QVERIFY2(out.ok(), qPrintable(out.error().message));
            yaml = *out;
        }
        QVERIFY(yaml.contains("南宁示例科技有限公司")); // readable, not escaped
        QVERIFY(yaml.contains("2亿元"));                // as the client typed it
        init();                                         // an empty database
        Database db;
        openOrFail(db);
        FirmExchange ex(db, m_library.facts());
        Diagnostics diags;
        auto records = ex.parse(QStringLiteral("export.yaml"), yaml, &diags);
        QVERIFY2(records, diags.isEmpty() ? "" : qPrintable(diags.first().toString()));
        Result<int> n = ex.import(*records);
        QVERIFY(n.ok());
        QCOMPARE(*n, 2);
        FirmRepository repo(db);
        Result<Firm> f = repo.findFirm(QStringLiteral("91350100M000100Y43"));
        QVERIFY(f.ok());
        QCOMPARE(f->name, QStringLiteral("南宁示例科技有限公司"));
        QCOMPARE(f->notes, QStringLiteral("老客户"));
        QCOMPARE(f->region, QStringLiteral("guangxi"));
        QCOMPARE(f->contact, QStringLiteral("李经理 0771-7654321")); // carried by export/import
        const QVector<StoredAnswer> answersAfter = *repo.answers(f->id);
        QCOMPARE(answersAfter.size(), answersBefore.size());
        for (int i = 0; i < answersBefore.size(); ++i) {
            QCOMPARE(answersAfter[i].factId, answersBefore[i].factId);
            QCOMPARE(answersAfter[i].fiscalYear, answersBefore[i].fiscalYear);
            QCOMPARE(answersAfter[i].value, answersBefore[i].value);
        }
        const QVector<Assessment> historyAfter = *AssessmentStore(db).history(f->id);
        QCOMPARE(historyAfter.size(), historyBefore.size());
        QCOMPARE(historyAfter.first().resultJson, historyBefore.first().resultJson);
        QCOMPARE(historyAfter.first().createdAt, historyBefore.first().createdAt);
        QCOMPARE(historyAfter.first().inputs, historyBefore.first().inputs);
        QCOMPARE(historyAfter.first().programmes.first().criteria,
                 historyBefore.first().programmes.first().criteria);
        // importing the same file again adds no duplicate assessment
        QVERIFY(ex.import(*ex.parse(QStringLiteral("export.yaml"), yaml, &diags)).ok());
        QCOMPARE(AssessmentStore(db).history(f->id)->size(), historyBefore.size());
    }

    void optimisticLockingConflict_data() {
        QTest::addColumn<bool>("existing");
        QTest::addColumn<bool>("secondRemoves");
        QTest::newRow("both change an answer") << true << false;
        QTest::newRow("both add a new answer") << false << false;
        QTest::newRow("one changes, the other removes") << true << true;
    }
    void optimisticLockingConflict() {
        QFETCH(bool, existing);
        QFETCH(bool, secondRemoves);
        Database alice, bob;
        openOrFail(alice);
        openOrFail(bob);
        alice.setUserName(QStringLiteral("alice"));
        bob.setUserName(QStringLiteral("bob"));
        FirmRepository a(alice), b(bob);
        Result<Firm> firm = a.addFirm(Firm::named(QStringLiteral("并发公司")));
        QVERIFY(firm.ok());
        const QString fact = QStringLiteral("rd_staff_count");
        if (existing)
            QVERIFY(a.setAnswer(firm->id, {fact, 0, Value::fromNumber(40), QStringLiteral("40")},
                                m_library.facts())
                        .ok());
        // Both editors loaded the same version…
        const int loaded = existing ? b.answers(firm->id)->first().version : 0;
        QCOMPARE(loaded, existing ? 1 : 0);
        // …alice saves first…
        StorageError e = a.setAnswer(firm->id, {fact, 0, Value::fromNumber(45), QStringLiteral("45"), loaded},
                                     m_library.facts());
        QVERIFY2(e.ok(), qPrintable(e.message));
        // …so bob's save, based on what he loaded, is refused and names alice.
        const Value bobs = secondRemoves ? Value() : Value::fromNumber(50);
        e = b.setAnswer(firm->id, {fact, 0, bobs, QStringLiteral("50"), loaded}, m_library.facts());
        QCOMPARE(e.kind, StorageError::Conflict);
        QVERIFY2(e.message.contains(QStringLiteral("alice")) && e.message.contains(QStringLiteral("45")),
                 qPrintable(e.message));
        const StoredAnswer now = b.answers(firm->id)->first();
        QCOMPARE(now.value, Value::fromNumber(45));
        QCOMPARE(now.changedBy, QStringLiteral("alice"));
        // After reloading, bob can save.
        QVERIFY(b.setAnswer(firm->id, {fact, 0, bobs, QStringLiteral("50"), now.version}, m_library.facts())
                    .ok());
    }

    void firmUpdateConflict() {
        Database alice, bob;
        openOrFail(alice);
        openOrFail(bob);
        Result<Firm> f = FirmRepository(alice).addFirm(Firm::named(QStringLiteral("改名公司")));
        Firm forBob = *FirmRepository(bob).firm(f->id);
        Firm forAlice = *f;
        forAlice.notes = QStringLiteral("alice was here");
        QVERIFY(FirmRepository(alice).updateFirm(forAlice).ok());
        forBob.notes = QStringLiteral("bob was here");
        Result<Firm> r = FirmRepository(bob).updateFirm(forBob);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, StorageError::Conflict);
        QCOMPARE(FirmRepository(bob).firm(f->id)->notes, QStringLiteral("alice was here"));
    }

    void newerVersionRefused() {
        {
            Database db;
            openOrFail(db);
            QVERIFY(FirmRepository(db).addFirm(Firm::named(QStringLiteral("未来公司"))).ok());
            QVERIFY(execRaw(
                db, QStringLiteral("UPDATE eligicheck_meta SET value = '99' WHERE key = 'schema_version'")));
            if (!m_postgres) QVERIFY(execRaw(db, QStringLiteral("PRAGMA user_version = 99")));
        }
        Database db;
        const StorageError e = open(db);
        QCOMPARE(e.kind, StorageError::NewerVersion);
        QVERIFY2(e.message.contains(QStringLiteral("newer version of EligiCheck")) &&
                     e.message.contains(QStringLiteral("99")),
                 qPrintable(e.message));
        QVERIFY(!db.isOpen());
        if (m_postgres) {
            // Still version 99 with the same data: nothing was migrated or written.
            Database raw;
            Database::OpenOptions o;
            o.password = m_password;
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-check"));
            c.setHostName(m_location.host);
            c.setPort(m_location.port);
            c.setUserName(m_location.user);
            c.setPassword(m_password);
            c.setDatabaseName(m_location.databaseName);
            QVERIFY(c.open());
            {
                QSqlQuery q(c);
                QVERIFY(q.exec(QStringLiteral(
                            "SELECT value FROM eligicheck_meta WHERE key = 'schema_version'")) &&
                        q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("99"));
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM firms")) && q.next());
                QCOMPARE(q.value(0).toInt(), 1);
            }
            c.close();
            c = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("pg-check"));
        }
    }

    // After a rule update the assessment is marked; re-check says what changed, criterion by
    // criterion, and the old assessment stays as it was.
    void recheckReportsChanges() {
        Database db;
        openOrFail(db);
        const Firm firm = clientFirm(db);
        const RuleSet *rs = m_library.ruleSet(QStringLiteral("gx-enterprise-tech-center"));
        QVERIFY(rs);
        AssessmentService before(db, m_library);
        Result<Assessment> first = before.assess(firm.id, *rs, QDate(2025, 6, 1));
        QVERIFY(first.ok());
        const ProgrammeSnapshot *p = first->programme(QStringLiteral("recognition"));
        QVERIFY(p);
        QVERIFY(p->criteria.contains({QStringLiteral("revenue"), CriterionStatus::Pass}));
        QVERIFY(AssessmentService(db, m_library).recheck(firm.id)->isEmpty()); // rules unchanged

        // The rule update: the revenue threshold rises above the firm's 20000万元.
        RuleLibrary updated;
        loadRules(updated, QStringLiteral("guangxi/enterprise-tech-center.yaml"),
                  QStringLiteral("main_business_revenue_wan >= 5000"),
                  QStringLiteral("main_business_revenue_wan >= 30000"));
        QVERIFY(!updated.hasErrors());
        QVERIFY(updated.ruleSet(rs->id)->contentHash != rs->contentHash);
        QCOMPARE(AssessmentStore::staleness(*first, AssessmentStore::currentHashes(updated)),
                 Staleness::RuleChanged);
        QCOMPARE(AssessmentStore::staleness(*first, AssessmentStore::currentHashes(m_library)),
                 Staleness::Current);

        Result<QVector<AssessmentService::Recheck>> r = AssessmentService(db, updated).recheck(firm.id);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->size(), 1);
        const AssessmentService::Recheck &rc = r->first();
        QCOMPARE(rc.before.id, first->id);
        QVERIFY(rc.after.id > first->id);
        QCOMPARE(rc.after.contentHash, updated.ruleSet(rs->id)->contentHash);
        bool revenueChange = false;
        for (const AssessmentChange &c : rc.changes)
            if (c.kind == AssessmentChange::Criterion && c.itemId == QLatin1String("revenue"))
                revenueChange = c.before == QLatin1String("pass") && c.after == QLatin1String("fail");
        QVERIFY(revenueChange);
        // the old snapshot is untouched, and the new one is current: nothing more to re-check
        QCOMPARE(AssessmentStore(db).assessment(first->id)->resultJson, first->resultJson);
        QVERIFY(AssessmentService(db, updated).recheck(firm.id)->isEmpty());
        QCOMPARE(AssessmentStore(db).history(firm.id)->size(), 2);
    }

    void firmTableModel() {
        Database db;
        openOrFail(db);
        const Firm firm = clientFirm(db);
        QVERIFY(FirmRepository(db)
                    .addFirm(Firm::named(QStringLiteral("甲公司"), QStringLiteral("12100000400000624D")))
                    .ok());
        QVERIFY(AssessmentService(db, m_library)
                    .assess(firm.id, *m_library.ruleSet(QStringLiteral("gx-enterprise-tech-center")),
                            QDate(2025, 6, 1))
                    .ok());
        FirmTableModel model(db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLanguage(Lang::En);
        model.setCurrentHashes(AssessmentStore::currentHashes(m_library));
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(FirmTableModel::ColumnCount));
        // sorted by name: 南… < 甲… in code-point order
        int row = model.index(0, 0).data().toString() == firm.name ? 0 : 1;
        QCOMPARE(model.index(row, FirmTableModel::CreditCodeColumn).data().toString(),
                 QStringLiteral("91350100M000100Y43"));
        QCOMPARE(model.index(row, 0).data(FirmTableModel::FirmIdRole).toLongLong(), firm.id);
        QVERIFY(!model.index(row, FirmTableModel::VerdictsColumn).data().toString().isEmpty());
        QCOMPARE(model.index(row, 0).data(FirmTableModel::StaleRole).toBool(), false);
        QVERIFY(model.index(1 - row, FirmTableModel::VerdictsColumn).data().toString().isEmpty());
        // the rules change: the assessed firm is marked
        model.setCurrentHashes({{QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("0000")}});
        QVERIFY(model.reload().ok());
        QCOMPARE(model.index(row, 0).data(FirmTableModel::StaleRole).toBool(), true);
        QVERIFY(model.index(row, FirmTableModel::StaleColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("gx-enterprise-tech-center")));
        QCOMPARE(model.index(1 - row, 0).data(FirmTableModel::StaleRole).toBool(), false);
    }
};

// Named subclasses so that the output says which backend a failure is on.
class SqliteStorage : public StorageSuite {
    Q_OBJECT
public:
    SqliteStorage()
        : StorageSuite(false) {}
};

class PostgresStorage : public StorageSuite {
    Q_OBJECT
public:
    PostgresStorage()
        : StorageSuite(true) {}
};

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        SqliteStorage sqlite;
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    {
        PostgresStorage postgres;
        failures += QTest::qExec(&postgres, argc, argv);
    }
    return failures;
}

#include "tst_storage.moc"
