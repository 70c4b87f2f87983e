// What happens to files that are not (or no longer) good EligiCheck databases: each is
// reported with a specific message and left byte-for-byte untouched. Also the default
// location and the frozen schema-1 fixture.
#include "firmrepository.h"
#include "storagetestutil.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace eligicheck;
using namespace storagetest;

class TestStorageFiles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString createDatabase(const QString &name) {
        const QString path = m_dir.filePath(name);
        Database db;
        const StorageError e = db.open(DatabaseLocation::sqlite(path));
        if (!e.ok()) qWarning() << e.message;
        FirmRepository repo(db);
        for (int i = 0; i < 50; ++i)
            repo.addFirm(Firm::named(QStringLiteral("公司%1").arg(i), QString(), QStringLiteral("guangxi"),
                                     QString(1000, u'注')));
        return path;
    }

    // Runs `sql` on a plain SQLite connection (not through Database).
    void rawSqlite(const QString &path, const QStringList &sql) {
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            c.setDatabaseName(path);
            QVERIFY(c.open());
            QSqlQuery q(c);
            for (const QString &s : sql)
                QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
            q.finish();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void expectRefusedUntouched(const QString &path, StorageError::Kind kind, const QString &message) {
        const QString before = fingerprint(path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        QTest::qWait(20); // so that a write would show in the modification time
        Database db;
        const StorageError e = db.open(DatabaseLocation::sqlite(path));
        QCOMPARE(e.kind, kind);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY2(e.message.contains(QFileInfo(path).fileName()), "the message names the file");
        QVERIFY(!db.isOpen());
        db.close();
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no -wal/-shm left behind
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void notADatabase_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("as_of: 2025-06-01\nfacts: {}\n");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16).repeated(20);
        QTest::newRow("short SQLite header") << QByteArray("SQLite format 3\0", 16);
        QTest::newRow("one byte") << QByteArray("x");
    }
    void notADatabase() {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(
            QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        expectRefusedUntouched(path, StorageError::NotEligiCheck,
                               QStringLiteral("not an EligiCheck database"));
    }

    void otherProgramsSqliteDatabase() {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        rawSqlite(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                         QStringLiteral("INSERT INTO notes (body) VALUES ('mine')")});
        expectRefusedUntouched(path, StorageError::NotEligiCheck, QStringLiteral("another program"));
    }

    void damagedDatabase() {
        const QString path = createDatabase(QStringLiteral("damaged.db"));
        QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 8192);
        // Keep the header page, scramble the table pages behind it.
        for (qsizetype i = 4096; i < bytes.size(); i += 7)
            bytes[i] = char(0xA5 ^ (i & 0xff));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        expectRefusedUntouched(path, StorageError::Damaged, QStringLiteral("integrity check failed"));
    }

    void newerVersion() {
        const QString path = createDatabase(QStringLiteral("newer.db"));
        rawSqlite(path,
                  {QStringLiteral("UPDATE eligicheck_meta SET value = '%1' WHERE key = 'schema_version'")
                       .arg(Database::SchemaVersion + 1),
                   QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)});
        expectRefusedUntouched(path, StorageError::NewerVersion,
                               QStringLiteral("newer version of EligiCheck"));
    }

    // The meta table says newer even if the header was not updated (written by hand or by a
    // program that forgot): still refused before anything is written.
    void newerVersionInMetaOnly() {
        const QString path = createDatabase(QStringLiteral("newer-meta.db"));
        rawSqlite(path,
                  {QStringLiteral("UPDATE eligicheck_meta SET value = '7' WHERE key = 'schema_version'")});
        const QString before = fingerprint(path);
        Database db;
        QCOMPARE(db.open(DatabaseLocation::sqlite(path)).kind, StorageError::NewerVersion);
        db.close();
        QCOMPARE(fingerprint(path), before);
    }

    void folderInsteadOfFile() {
        Database db;
        const StorageError e = db.open(DatabaseLocation::sqlite(m_dir.path()));
        QCOMPARE(e.kind, StorageError::Io);
        QVERIFY(e.message.contains(QStringLiteral("folder")));
    }

    void emptyFileBecomesDatabase() {
        const QString path = m_dir.filePath(QStringLiteral("empty.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Database db;
        QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    }

    void defaultLocationCreatedOnFirstRun() {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = DatabaseLocation::defaultSqlitePath();
        QVERIFY2(path.endsWith(QStringLiteral("/EligiCheck/EligiCheck/eligicheck.db")), qPrintable(path));
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("tst_storage_files")); // restored
        QFile::remove(path);
        QDir(QFileInfo(path).absolutePath()).removeRecursively();
        {
            Database db;
            const StorageError e = db.open(DatabaseLocation::sqlite(path));
            QVERIFY2(e.ok(), qPrintable(e.message));
        }
        QVERIFY(QFileInfo::exists(path));
        QDir(QFileInfo(path).absolutePath()).removeRecursively();
    }

    void locationParsing_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expect");
        QTest::newRow("file") << "clients.db" << true << "clients.db";
        QTest::newRow("postgres url")
            << "postgresql://ann@db.example:6543/firms" << true << "postgresql://ann@db.example:6543/firms";
        QTest::newRow("default port")
            << "postgres://ann@db.example/firms" << true << "postgresql://ann@db.example:5432/firms";
        QTest::newRow("password refused")
            << "postgresql://ann:secret@db.example/firms" << false << "PGPASSWORD";
        QTest::newRow("no database") << "postgresql://ann@db.example/" << false << "names no database";
        QTest::newRow("empty") << "" << false << "no database";
    }
    void locationParsing() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, expect);
        QString error;
        auto loc = DatabaseLocation::parse(text, &error);
        QCOMPARE(bool(loc), ok);
        if (ok)
            QCOMPARE(loc->toDisplayString(), expect);
        else
            QVERIFY2(error.contains(expect), qPrintable(error));
        if (!ok) QVERIFY(!error.contains(QStringLiteral("secret")));
    }

    // The schema as version 1 shipped it (a frozen fixture, not today's code) migrates to the
    // current version with every row kept.
    void frozenVersion1Fixture() {
        const QString path = m_dir.filePath(QStringLiteral("v1-fixture.db"));
        const QString sql = QString::fromUtf8(readAll(dataPath(QStringLiteral("schema-v1.sql"))));
        QVERIFY(!sql.isEmpty());
        QStringList lines = sql.split(u'\n');
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [](const QString &l) { return l.startsWith(QLatin1String("--")); }),
                    lines.end());
        QStringList statements;
        for (const QString &s : lines.join(u'\n').split(QStringLiteral(";\n")))
            if (!s.trimmed().isEmpty()) statements << s.trimmed();
        rawSqlite(path, statements);
        Database db;
        const StorageError e = db.open(DatabaseLocation::sqlite(path));
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion); // brought forward to the current schema
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
        FirmRepository repo(db);
        Result<Firm> f = repo.findFirm(QStringLiteral("91350100M000100Y43"));
        QVERIFY(f.ok());
        QCOMPARE(f->name, QStringLiteral("旧版公司"));
        QCOMPARE(repo.answers(f->id)->size(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM answer_history")).toInt(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM assessment_criteria")).toInt(), 1);
        // the immutability triggers of version 1 are still in force
        QVERIFY(!execRaw(db, QStringLiteral("DELETE FROM assessments")));
    }
};

QTEST_GUILESS_MAIN(TestStorageFiles)
#include "tst_storage_files.moc"
