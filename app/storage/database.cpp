#include "database.h"

#include <QRegularExpression>
#include <QSet>

#include "appsettings.h"
#include "schema.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <QtEndian>

namespace eligicheck {

namespace {

QAtomicInt g_connectionCounter;

// The 100-byte SQLite file header (https://www.sqlite.org/fileformat.html#the_database_header):
// reading it tells "not SQLite", "another program's database" and "newer schema" apart without
// letting SQLite touch the file at all.
struct SqliteHeader {
    bool isSqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

SqliteHeader readSqliteHeader(const QByteArray &bytes) {
    SqliteHeader h;
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"))) return h;
    h.isSqlite = true;
    h.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    h.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return h;
}

QString sqlErrorText(const QSqlError &e) {
    QString t = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return t.trimmed();
}

// SQLite's primary result code of an error (extended codes carry it in the low byte).
int sqliteCode(const QSqlError &e) {
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
constexpr int SqliteBusy = 5, SqliteReadOnly = 8, SqliteIoErr = 10, SqliteCorrupt = 11, SqliteFull = 13,
              SqliteCantOpen = 14, SqliteNotADb = 26;

// Only SQLite itself saying the file is corrupt means damage; a read-only folder, a full disk
// or a busy lock says nothing about the data, and "restore a backup" would destroy good data.
bool diskFull(const QString &folder) {
    QStorageInfo disk(folder);
    return disk.isValid() && disk.bytesAvailable() < 64 * 1024;
}

bool meansDamage(const QSqlError &e) {
    const int code = sqliteCode(e);
    return code == SqliteCorrupt || code == SqliteNotADb;
}

} // namespace

// ---------------------------------------------------------------------------------------------

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error) {
    if (text.trimmed().isEmpty()) {
        *error = tr("no database given");
        return std::nullopt;
    }
    if (!text.startsWith(QLatin1String("postgresql://")) && !text.startsWith(QLatin1String("postgres://")))
        return sqlite(text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error =
            tr("'%1' is not a valid PostgreSQL URL; expected postgresql://user@host:port/dbname").arg(text);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error =
            tr("the database URL contains a password; remove it and set PGPASSWORD or type the password when "
               "asked, so it is not stored in shell history or settings");
        return std::nullopt;
    }
    DatabaseLocation loc;
    loc.kind = PostgreSQL;
    loc.user = url.userName();
    loc.host = url.host();
    loc.port = url.port(5432);
    loc.databaseName = url.path().mid(1);
    if (loc.databaseName.isEmpty() || loc.databaseName.contains(u'/')) {
        *error = tr("'%1' names no database; expected postgresql://user@host:port/dbname").arg(text);
        return std::nullopt;
    }
    if (loc.user.isEmpty()) loc.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    return loc;
}

DatabaseLocation DatabaseLocation::sqlite(const QString &path) {
    DatabaseLocation loc;
    loc.kind = SQLite;
    loc.path = path;
    return loc;
}

QString DatabaseLocation::defaultSqlitePath() {
    // The GUI sets organisation and application "EligiCheck"; the CLI may not. Both must find
    // the same file.
    return AppSettings::desktopDataFolder() + QStringLiteral("/eligicheck.db");
}

QString DatabaseLocation::toDisplayString() const {
    if (kind == SQLite) return QDir::toNativeSeparators(path);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

// ---------------------------------------------------------------------------------------------

Database::Database() {
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        m_userName = qEnvironmentVariable(var);
        if (!m_userName.isEmpty()) return;
    }
    m_userName = QDir::home().dirName(); // e.g. a service without a login environment
}

Database::~Database() {
    close();
}

bool Database::isOpen() const {
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close() {
    m_statements.clear(); // they hold the connection
    if (m_connectionName.isEmpty()) return;
    {
        QSqlDatabase db = connection();
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_schemaVersion = 0;
    m_transactionDepth = 0;
    m_readOnly = m_diskFull = false;
}

QString Database::timestamp() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QSqlQuery Database::query(const QString &sql) const {
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

QSqlQuery &Database::reusableQuery(const QString &sql) const {
    std::shared_ptr<QSqlQuery> &q = m_statements[sql];
    if (!q) q = std::make_shared<QSqlQuery>(query(sql));
    return *q;
}

StorageError Database::exec(QSqlQuery &q, const QString &what) const {
    if (q.exec()) return {};
    const QString text = sqlErrorText(q.lastError());
    if (text.contains(QLatin1String("immutable")))
        return StorageError::fail(StorageError::Immutable,
                                  tr("%1: saved assessments cannot be changed").arg(what));
    return failure(q.lastError(), what);
}

StorageError Database::failure(const QSqlError &error, const QString &what) const {
    const QString text = sqlErrorText(error);
    if (m_backend == Backend::SQLite) {
        const int code = sqliteCode(error);
        if (m_diskFull || code == SqliteFull)
            return StorageError::fail(StorageError::DiskFull,
                                      tr("%1: not saved — the disk is full (%2). Nothing saved before "
                                         "was lost; free some space and try again.")
                                          .arg(what, m_diskFull ? tr("no room even to read it safely") : text));
        if (code == SqliteReadOnly || (m_readOnly && code == SqliteCantOpen))
            return StorageError::fail(
                StorageError::ReadOnly,
                tr("%1: not saved — '%2' cannot be written here (the file or its folder is read-only). "
                   "Reading works; to change it, copy it to a folder you can write to or ask for write "
                   "permission.")
                    .arg(what, m_location.toDisplayString()));
    }
    return StorageError::fail(StorageError::Sql, tr("%1 failed: %2").arg(what, text));
}

Result<qint64> Database::insertReturningId(QSqlQuery &q, const QString &what, const QString &noId) const {
    if (StorageError e = exec(q, what); !e.ok()) return e;
    if (!q.next()) return StorageError::fail(StorageError::Sql, noId);
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // an unfinished statement would make the COMMIT fail
    return id;
}

StorageError Database::execSql(const QString &sql, const QString &what) const {
    QSqlQuery q(connection());
    if (q.exec(sql)) return {};
    return failure(q.lastError(), what);
}

StorageError Database::transaction(const std::function<StorageError()> &work) {
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        StorageError e = work();
        --m_transactionDepth;
        return e;
    }
    const QString begin =
        m_backend == Backend::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (StorageError e = execSql(begin, tr("starting a transaction")); !e.ok()) return e;
    m_transactionDepth = 1;
    StorageError e = work();
    m_transactionDepth = 0;
    if (e.ok()) {
        if (StorageError c = execSql(QStringLiteral("COMMIT"), tr("saving")); !c.ok()) {
            execSql(QStringLiteral("ROLLBACK"), QString());
            return c;
        }
        return {};
    }
    execSql(QStringLiteral("ROLLBACK"), QString());
    return e;
}

StorageError Database::open(const DatabaseLocation &location, const OpenOptions &options) {
    close();
    m_location = location;
    m_connectionName = QStringLiteral("eligicheck-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    StorageError e = location.kind == DatabaseLocation::SQLite ? openSqlite(options) : openPostgres(options);
    if (e.ok()) e = checkTables();
    if (!e.ok()) close();
    return e;
}

// Every table of the schema must be there: one removed by another program otherwise shows up
// much later, as a baffling "Parameter count mismatch" of the query that needs it.
StorageError Database::checkTables() {
    QSet<QString> expected;
    static const QRegularExpression create(QStringLiteral("^\\s*CREATE TABLE (?:IF NOT EXISTS )?(\\w+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(QStringLiteral("^\\s*DROP TABLE (?:IF EXISTS )?(\\w+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (int v = 1; v <= m_schemaVersion; ++v)
        for (const QString &sql : migrationStatements(v, m_backend)) {
            if (const auto m = create.match(sql); m.hasMatch()) expected.insert(m.captured(1).toLower());
            if (const auto m = drop.match(sql); m.hasMatch()) expected.remove(m.captured(1).toLower());
        }
    QSet<QString> present;
    for (const QString &t : connection().tables(QSql::Tables))
        present.insert(t.section(u'.', -1).toLower());
    QStringList missing;
    for (const QString &t : std::as_const(expected))
        if (!present.contains(t)) missing << t;
    if (missing.isEmpty()) return {};
    missing.sort();
    return StorageError::fail(StorageError::Damaged,
                              tr("'%1' is incomplete: the table(s) %2 are missing (removed by another "
                                 "program?). It was left unchanged; restore a backup of it")
                                  .arg(m_location.toDisplayString(), missing.join(QStringLiteral(", "))));
}

StorageError Database::openSqlite(const OpenOptions &options) {
    m_backend = Backend::SQLite;
    const QString path = m_location.path;
    const QFileInfo fi(path);
    if (fi.isDir())
        return StorageError::fail(StorageError::Io, tr("'%1' is a folder, not a database file").arg(path));
    if (fi.exists() && !fi.isFile())
        return StorageError::fail(
            StorageError::NotEligiCheck,
            tr("'%1' is not a database file (it is a device, a pipe or another special file)").arg(path));
    if (fi.exists() && fi.size() > 0) {
        // Where writing is impossible (a read-only file, folder or file system) the database is
        // opened read-only: reading works, and a write says why it cannot be saved.
        m_readOnly = !fi.isWritable() || !QFileInfo(fi.absolutePath()).isWritable();
        StorageError e = inspectSqlite(options);
        // On a full disk even reading fails, for want of room for the -shm file: read the file
        // as it is (immutable) instead, and let every write say that the disk is full.
        if (e.kind == StorageError::Io && diskFull(fi.absolutePath())) {
            m_readOnly = m_diskFull = true;
            e = inspectSqlite(options);
        }
        if (!e.ok()) return e;
    } else if (!QDir().mkpath(fi.absolutePath())) {
        return StorageError::fail(StorageError::Io,
                                  tr("cannot create the folder '%1'").arg(fi.absolutePath()));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    configureSqlite(db, m_readOnly, options.busyTimeoutMs);
    if (!db.open())
        return StorageError::fail(StorageError::Io,
                                  tr("cannot open '%1': %2").arg(path, sqlErrorText(db.lastError())));
    if (m_readOnly) return readOnlyVersion(options.targetVersion);
    // Only now, with the file known to be ours, sound and not newer, may anything be written.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL")})
        if (StorageError e = execSql(pragma, pragma); !e.ok()) return e;
    {
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next() ||
            wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return StorageError::fail(StorageError::Io,
                                      tr("cannot switch '%1' to write-ahead logging").arg(path));
    } // finished before the migration: an open statement would block its COMMIT
    return migrate(options.targetVersion);
}

StorageError Database::openPostgres(const OpenOptions &options) {
    m_backend = Backend::PostgreSQL;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return StorageError::fail(StorageError::Io,
                                  tr("the PostgreSQL driver of Qt (QPSQL) is not installed; on "
                                     "Debian install the package libqt6sql6-psql"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setUserName(m_location.user);
    db.setDatabaseName(m_location.databaseName);
    if (!options.password.isEmpty()) db.setPassword(options.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    const bool opened = db.open();
    db.setPassword(QString()); // not kept in memory longer than needed
    if (!opened)
        return StorageError::fail(
            StorageError::Io,
            tr("cannot connect to %1: %2").arg(m_location.toDisplayString(), sqlErrorText(db.lastError())));
    // Quiet NOTICEs (e.g. from DROP … CASCADE) would otherwise go to stderr.
    execSql(QStringLiteral("SET client_min_messages = warning"), QString());
    if (StorageError e = checkExisting(connection()); !e.ok()) return e;
    return migrate(options.targetVersion);
}

// Checks an existing file before any connection that could write to it is opened: first its
// raw header, then, through a read-only connection, its integrity and schema version.
StorageError Database::inspectSqlite(const OpenOptions &options) {
    const QString path = m_location.path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return StorageError::fail(StorageError::Io, tr("cannot read '%1': %2").arg(path, f.errorString()));
    const SqliteHeader h = readSqliteHeader(f.read(100));
    f.close();
    if (!h.isSqlite)
        return StorageError::fail(
            StorageError::NotEligiCheck,
            tr("'%1' is not an EligiCheck database (it is not an SQLite file); it was left "
               "unchanged — open another file")
                .arg(path));
    // The header may lag behind while another connection has changes in the write-ahead log
    // (application_id 0 on a database created a moment ago), so only a foreign id or a newer
    // version refuses here; the read-only connection below decides the rest.
    if (h.applicationId != 0 && h.applicationId != SqliteApplicationId)
        return StorageError::fail(
            StorageError::NotEligiCheck,
            tr("'%1' is not an EligiCheck database (an SQLite file of another program); it "
               "was left unchanged — open another file")
                .arg(path));
    if (int(h.userVersion) > SchemaVersion)
        return StorageError::fail(
            StorageError::NewerVersion,
            tr("'%1' was written by a newer version of EligiCheck (database schema %2; this "
               "version understands up to %3). Update EligiCheck to open it; the file was not "
               "changed.")
                .arg(path)
                .arg(h.userVersion)
                .arg(SchemaVersion));
    // A read-only connection to a write-ahead-log file creates -wal and -shm files it cannot
    // delete; when the file is refused, remove those again so it is left exactly as found.
    const QString wal = path + QStringLiteral("-wal"), shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal), hadShm = QFileInfo::exists(shm);
    const QString name = m_connectionName + QStringLiteral("-inspect");
    StorageError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        configureSqlite(db, true, options.busyTimeoutMs);
        if (!db.open())
            result = StorageError::fail(StorageError::Io,
                                        tr("cannot open '%1': %2").arg(path, sqlErrorText(db.lastError())));
        else
            result = checkExisting(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!result.ok()) {
        if (!hadWal && QFileInfo(wal).size() == 0) QFile::remove(wal);
        if (!hadShm && !QFileInfo::exists(wal)) QFile::remove(shm);
    }
    return result;
}

StorageError Database::readSchemaVersion(const QSqlDatabase &db, int *version, bool *exists) const {
    QSqlQuery q(db);
    const QString tableQuery =
        m_backend == Backend::SQLite
            ? QStringLiteral(
                  "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'eligicheck_meta'")
            : QStringLiteral(
                  "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                  "AND table_name = 'eligicheck_meta'");
    if (!q.exec(tableQuery) || !q.next())
        return StorageError::fail(meansDamage(q.lastError()) ? StorageError::Damaged : StorageError::Io,
                                  tr("'%1' is damaged: integrity check failed (%2). It was left unchanged.")
                                      .arg(m_location.toDisplayString(), sqlErrorText(q.lastError())));
    *exists = q.value(0).toInt() > 0;
    *version = 0;
    if (!*exists) return {};
    if (!q.exec(QStringLiteral("SELECT value FROM eligicheck_meta WHERE key = 'schema_version'")) ||
        !q.next())
        return StorageError::fail(
            StorageError::Damaged,
            tr("'%1' has no schema version; it is damaged or not an EligiCheck database")
                .arg(m_location.toDisplayString()));
    bool ok = false;
    *version = q.value(0).toString().toInt(&ok);
    if (!ok || *version < 1)
        return StorageError::fail(StorageError::Damaged,
                                  tr("'%1' has an invalid schema version '%2'")
                                      .arg(m_location.toDisplayString(), q.value(0).toString()));
    return {};
}

// Read-only checks of a database that already exists; nothing here writes.
StorageError Database::checkExisting(const QSqlDatabase &db) {
    const QString where = m_location.toDisplayString();
    QSqlQuery q(db);
    if (m_backend == Backend::SQLite) {
        QStringList problems;
        if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
            if (!meansDamage(q.lastError()))
                return StorageError::fail(
                    StorageError::Io,
                    tr("cannot read '%1': %2. The file was not checked and was left unchanged; it is "
                       "not known to be damaged (a full disk, a read-only or removed drive, or a "
                       "lock held by another program can cause this).")
                        .arg(where, sqlErrorText(q.lastError())));
            problems << sqlErrorText(q.lastError());
        } else {
            while (q.next()) {
                const QString row = q.value(0).toString();
                if (row != QLatin1String("ok")) problems << row;
                if (problems.size() >= 3) break;
            }
        }
        q.finish();
        if (!problems.isEmpty())
            return StorageError::fail(
                StorageError::Damaged,
                tr("'%1' is damaged: integrity check failed (%2). It was left unchanged; "
                   "restore a backup or open another file.")
                    .arg(where, problems.join(QStringLiteral("; "))));
    }
    int version = 0;
    bool exists = false;
    if (StorageError e = readSchemaVersion(db, &version, &exists); !e.ok()) return e;
    if (!exists) {
        // An empty database is fine (a new file or team database); one with tables of some
        // other application is not.
        const QString tables = m_backend == Backend::SQLite
                                   ? QStringLiteral("SELECT count(*) FROM sqlite_master")
                                   : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                                    "table_schema = current_schema()");
        if (q.exec(tables) && q.next() && q.value(0).toInt() > 0)
            return StorageError::fail(
                StorageError::NotEligiCheck,
                m_backend == Backend::SQLite
                    ? tr("'%1' is not an EligiCheck database (an SQLite file of another "
                         "program); it was left unchanged — open another file")
                          .arg(where)
                    : tr("%1 already holds tables of another application; it is not an "
                         "EligiCheck database and was left unchanged")
                          .arg(where));
        return {};
    }
    if (version > SchemaVersion)
        return StorageError::fail(
            StorageError::NewerVersion,
            tr("%1 was written by a newer version of EligiCheck (database schema %2; this "
               "version understands up to %3). Update EligiCheck to open it; the database was "
               "not changed.")
                .arg(where)
                .arg(version)
                .arg(SchemaVersion));
    return {};
}

// Read-only or immutable connection: how SQLite must open a file where nothing can be written.
void Database::configureSqlite(QSqlDatabase &db, bool readOnly, int busyTimeoutMs) const {
    const QString path = m_location.path;
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    db.setDatabaseName(path);
    if (!readOnly) {
        db.setConnectOptions(options);
        return;
    }
    options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    // A write-ahead-log database needs its -shm file even to read; in a folder where it cannot
    // be created SQLite gives "unable to open" or "attempt to write a readonly database". With
    // nothing there to be written by anyone, the file is opened as immutable instead.
    const QFileInfo folder(QFileInfo(path).absolutePath());
    const bool sidecars = QFileInfo::exists(path + QStringLiteral("-wal")) &&
                          QFileInfo::exists(path + QStringLiteral("-shm"));
    if ((m_diskFull || !folder.isWritable()) && !sidecars) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    }
    db.setConnectOptions(options);
}

// A read-only database is used at its schema version; one that needs an upgrade cannot be.
StorageError Database::readOnlyVersion(int targetVersion) {
    int version = 0;
    bool exists = false;
    if (StorageError e = readSchemaVersion(connection(), &version, &exists); !e.ok()) return e;
    m_schemaVersion = version;
    if (version < targetVersion)
        return StorageError::fail(StorageError::ReadOnly,
                                  tr("'%1' is read-only and needs to be upgraded to schema %2 before "
                                     "this version can use it; copy it to a folder you can write to")
                                      .arg(m_location.toDisplayString())
                                      .arg(targetVersion));
    return {};
}

// Each step runs in its own transaction and re-reads the version inside it, so two programs
// opening the same new database at once migrate it once, not twice.
StorageError Database::migrate(int targetVersion) {
    for (;;) {
        bool done = false;
        StorageError e = transaction([&]() -> StorageError {
            int version = 0;
            bool exists = false;
            if (StorageError r = readSchemaVersion(connection(), &version, &exists); !r.ok()) return r;
            if (version > SchemaVersion)
                return StorageError::fail(
                    StorageError::NewerVersion,
                    tr("%1 was written by a newer version of EligiCheck (database schema %2)")
                        .arg(m_location.toDisplayString())
                        .arg(version));
            m_schemaVersion = version;
            if (version >= targetVersion) {
                done = true;
                return {};
            }
            const int next = version + 1;
            for (const QString &sql : migrationStatements(next, m_backend))
                if (StorageError s = execSql(sql, tr("upgrading the database to schema %1").arg(next));
                    !s.ok())
                    return s;
            QSqlQuery q =
                query(QStringLiteral("INSERT INTO eligicheck_meta (key, value) VALUES ('schema_version', ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(QString::number(next));
            if (StorageError s = exec(q, tr("recording the schema version")); !s.ok()) return s;
            if (m_backend == Backend::SQLite) {
                // Mirrored into the file header so that a newer file is recognised without opening it.
                if (StorageError s =
                        execSql(QStringLiteral("PRAGMA application_id = %1").arg(SqliteApplicationId),
                                tr("marking the file as an EligiCheck database"));
                    !s.ok())
                    return s;
                if (StorageError s = execSql(QStringLiteral("PRAGMA user_version = %1").arg(next),
                                             tr("recording the schema version"));
                    !s.ok())
                    return s;
            }
            m_schemaVersion = next;
            return {};
        });
        if (!e.ok()) return e;
        if (done) return {};
    }
}

} // namespace eligicheck
