// Full disk: writes that no longer fit fail with an error that says the disk is full, nothing that
// was saved before is lost or damaged, and once there is room again saving works as before.
// Two ways to fill the disk: SQLite's page limit on the connection (always) and a real 1 MiB
// tmpfs (only where the test may mount one, i.e. as root with CAP_SYS_ADMIN; skipped otherwise).
#include "firmexchange.h"
#include "firmrepository.h"
#include "storagetestutil.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace eligicheck;
using namespace storagetest;

namespace {

bool run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A small tmpfs mounted for one test; unmounted again however the test ends.
class TmpfsMount {
public:
    explicit TmpfsMount(const QString &dir)
        : m_dir(dir) {
        QDir().mkpath(dir);
        m_mounted =
            run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=1m"), QStringLiteral("tmpfs"), dir});
    }
    ~TmpfsMount() {
        if (m_mounted) run(QStringLiteral("umount"), {m_dir});
    }
    bool mounted() const { return m_mounted; }
    bool remountReadOnly() { return run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir}); }
    bool grow() {
        return run(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,size=16m"), m_dir});
    }

private:
    QString m_dir;
    bool m_mounted = false;
};

QByteArray exportAll(Database &db, const FactRegistry &facts, const QVector<qint64> &ids) {
    Result<QByteArray> y = FirmExchange(db, facts).exportFirms(ids, QDate(2025, 6, 1));
    return y.ok() ? *y : QByteArray("export failed: ") + y.error().message.toUtf8();
}

} // namespace

class TestStorageDiskFull : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { loadRules(m_lib); }

    void fullDiskLosesNothing_data() {
        QTest::addColumn<bool>("tmpfs");
        QTest::newRow("page limit") << false;
        QTest::newRow("full tmpfs") << true;
    }
    void fullDiskLosesNothing() {
        QFETCH(bool, tmpfs);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("disk"));
        std::optional<TmpfsMount> mount;
        if (tmpfs) {
            mount.emplace(folder);
            if (!mount->mounted()) QSKIP("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
        }
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("eligicheck.db"));

        // What is saved before the disk fills up: a client's firm with its answers.
        QVector<qint64> savedIds;
        QByteArray before;
        {
            Database db;
            QVERIFY2(db.open(DatabaseLocation::sqlite(path)).ok(), "open");
            Diagnostics diags;
            Result<int> n =
                FirmExchange(db, m_lib.facts()).importFile(dataPath(QStringLiteral("client.yaml")), &diags);
            QVERIFY2(n.ok(), qPrintable(n.error().message));
            Result<QVector<Firm>> firms = FirmRepository(db).firms();
            QVERIFY(firms.ok() && !firms->isEmpty());
            for (const Firm &f : *firms)
                savedIds << f.id;
            before = exportAll(db, m_lib.facts(), savedIds);
            QVERIFY(before.contains("南宁示例科技有限公司"));
        }

        // Keep adding firms with long notes until the disk is full.
        QStringList added;
        StorageError failure;
        {
            Database db;
            QVERIFY2(db.open(DatabaseLocation::sqlite(path)).ok(), "reopen");
            if (!tmpfs) {
                const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count")).toLongLong();
                QVERIFY(execRaw(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)));
            }
            FirmRepository repo(db);
            const QString notes(4000, u'注');
            for (int i = 0; i < 5000 && failure.ok(); ++i) {
                const QString name = QStringLiteral("填满公司%1").arg(i);
                Result<Firm> f = repo.addFirm(Firm::named(name, QString(), QString(), notes));
                if (f.ok())
                    added << name;
                else
                    failure = f.error();
            }
            QVERIFY2(!failure.ok(), "the disk never filled up");
            // A clear error: it names the cause, not just "SQL error".
            QVERIFY2(failure.message.contains(QStringLiteral("disk is full")), qPrintable(failure.message));
            // The connection stays usable for reading.
            Result<QVector<Firm>> firms = repo.firms();
            QVERIFY2(firms.ok(), qPrintable(firms.error().message));
            QCOMPARE(int(firms->size()), int(savedIds.size() + added.size()));
        }

        // Reopened (still full): everything saved before is there, unchanged, and consistent.
        {
            Database db;
            const StorageError e = db.open(DatabaseLocation::sqlite(path));
            QVERIFY2(e.ok(), qPrintable(e.message));
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(exportAll(db, m_lib.facts(), savedIds), before);
            Result<QVector<Firm>> firms = FirmRepository(db).firms();
            QVERIFY(firms.ok());
            QStringList names;
            for (const Firm &f : *firms)
                names << f.name;
            for (const QString &n : added)
                QVERIFY2(names.contains(n), qPrintable(n)); // every write reported as saved is saved
        }

        // With room again, saving works.
        if (tmpfs) QVERIFY(mount->grow());
        {
            Database db;
            QVERIFY2(db.open(DatabaseLocation::sqlite(path)).ok(), "reopen with room");
            Result<Firm> f = FirmRepository(db).addFirm(Firm::named(QStringLiteral("有空间后公司")));
            QVERIFY2(f.ok(), qPrintable(f.error().message));
        }
    }

    // Issue 18 #6: a good database where nothing can be written — a read-only file system, a
    // disk so full that not even the -shm file fits — is not "damaged": it opens read-only,
    // reading works, and a write says why it was not saved.
    void unwritableIsNotDamaged_data() {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("read-only file system") << "ro" << int(StorageError::ReadOnly) << "cannot be written here";
        QTest::newRow("completely full disk") << "full" << int(StorageError::DiskFull) << "the disk is full";
    }
    void unwritableIsNotDamaged() {
        QFETCH(QString, how);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("disk"));
        TmpfsMount mount(folder);
        if (!mount.mounted()) QSKIP("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
        const QString path = QDir(folder).filePath(QStringLiteral("eligicheck.db"));
        {
            Database db;
            QVERIFY2(db.open(DatabaseLocation::sqlite(path)).ok(), "create");
            QVERIFY(FirmRepository(db).addFirm(Firm::named(QStringLiteral("甲公司"))).ok());
        }
        if (how == QLatin1String("ro")) {
            QVERIFY(mount.remountReadOnly());
        } else {
            QFile fill(QDir(folder).filePath(QStringLiteral("fill")));
            QVERIFY(fill.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (fill.write(block) == block.size() && fill.flush()) {
            }
        }
        Database db;
        const StorageError e = db.open(DatabaseLocation::sqlite(path));
        QVERIFY2(e.ok(), qPrintable(e.message)); // was: "… is damaged: integrity check failed"
        QVERIFY(db.isReadOnly());
        Result<QVector<Firm>> firms = FirmRepository(db).firms();
        QVERIFY2(firms.ok(), qPrintable(firms.ok() ? QString() : firms.error().message));
        QCOMPARE(firms->size(), 1);
        QCOMPARE(firms->first().name, QStringLiteral("甲公司"));
        Result<Firm> added = FirmRepository(db).addFirm(Firm::named(QStringLiteral("乙公司")));
        QVERIFY(!added.ok());
        QCOMPARE(int(added.error().kind), kind);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QVERIFY2(!added.error().message.contains(QLatin1String("damaged")), qPrintable(added.error().message));
    }

private:
    RuleLibrary m_lib;
};

QTEST_GUILESS_MAIN(TestStorageDiskFull)
#include "tst_storage_diskfull.moc"
