#pragma once

#include "storageerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace eligicheck {

// Where the data lives: an SQLite file (the default, one per user) or a PostgreSQL database
// shared by a team ("postgresql://user@host:port/dbname"). A password is never part of it.
struct DatabaseLocation {
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
public:
    enum Kind { SQLite, PostgreSQL };
    Kind kind = SQLite;
    QString path; // SQLite
    QString user; // PostgreSQL
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString databaseName;

    // A file path, or a postgresql:// / postgres:// URL. A URL that contains a password is
    // refused: passwords come from PGPASSWORD or a prompt, so they never end up in shell
    // history, settings or process lists.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    static DatabaseLocation sqlite(const QString &path);
    // The GUI's AppDataLocation/eligicheck.db, the same file for the GUI and the CLI.
    static QString defaultSqlitePath();
    QString toDisplayString() const;
};

// One open connection to an EligiCheck database. Opening checks before it writes anything:
// a file that is not an EligiCheck database, is damaged, or comes from a newer version is
// reported and left exactly as it was. Then the schema is migrated forward, each step in its
// own transaction. Not thread-safe: use one Database per thread.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Backend { SQLite, PostgreSQL };
    static constexpr int SchemaVersion = 3;
    static constexpr quint32 SqliteApplicationId = 0x456c4368; // "ElCh" in the SQLite header

    struct OpenOptions {
        QString password;                  // PostgreSQL; empty: libpq reads PGPASSWORD itself
        int targetVersion = SchemaVersion; // tests create old databases with a lower value
        int busyTimeoutMs = 5000;          // wait this long for another writer
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    StorageError open(const DatabaseLocation &location, const OpenOptions &options);
    StorageError open(const DatabaseLocation &location) { return open(location, OpenOptions()); }
    void close();
    bool isOpen() const;

    Backend backend() const { return m_backend; }
    const DatabaseLocation &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    // Opened read-only because the file, its folder or its file system cannot be written.
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase connection() const;

    // Who is recorded in changed_by/created_by; defaults to the login name.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    // Runs `work` in one transaction: commit when it returns ok, roll back otherwise. Nested
    // calls join the outer transaction. On SQLite the transaction takes the write lock at once
    // (BEGIN IMMEDIATE), so two writers queue instead of failing half-way.
    StorageError transaction(const std::function<StorageError()> &work);

    // A prepared query on this connection.
    QSqlQuery query(const QString &sql) const;
    // The same, prepared once per connection and handed out again: for statements run many times
    // in a row (an import writes thousands of answers; preparing took 40% of its time). Only for a
    // statement that is executed and done with (a SELECT read and finish()ed) before the next
    // call with the same SQL: every call returns the same query. Valid until close().
    QSqlQuery &reusableQuery(const QString &sql) const;
    // Executes a prepared query; on failure returns an Sql error naming `what`.
    StorageError exec(QSqlQuery &q, const QString &what) const;
    // Executes an INSERT … RETURNING id and reads the id (`noId` when none comes back). Call it
    // inside transaction(): an autocommit INSERT … RETURNING commits only when the statement is
    // reset, and Qt never reports that commit's error (a full disk lost the row silently).
    Result<qint64> insertReturningId(QSqlQuery &q, const QString &what, const QString &noId) const;
    StorageError execSql(const QString &sql, const QString &what) const;

    // Qt SQL binds a null QString as SQL NULL; text columns are NOT NULL, so bind through this.
    static QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

    // UTC timestamp with milliseconds, the format of every *_at column.
    static QString timestamp();

private:
    StorageError openSqlite(const OpenOptions &options);
    StorageError openPostgres(const OpenOptions &options);
    StorageError inspectSqlite(const OpenOptions &options);
    StorageError checkExisting(const QSqlDatabase &db);
    StorageError checkTables();
    StorageError migrate(int targetVersion);
    StorageError readSchemaVersion(const QSqlDatabase &db, int *version, bool *exists) const;
    void configureSqlite(QSqlDatabase &db, bool readOnly, int busyTimeoutMs) const;
    StorageError readOnlyVersion(int targetVersion);
    // A failed statement as a sentence: read-only and disk full are told apart from other errors.
    StorageError failure(const QSqlError &error, const QString &what) const;

    QString m_connectionName;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // reusableQuery(), dropped on close()
    DatabaseLocation m_location;
    Backend m_backend = Backend::SQLite;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    bool m_diskFull = false; // opened read-only because not even -shm fitted
    QString m_userName;
};

} // namespace eligicheck
