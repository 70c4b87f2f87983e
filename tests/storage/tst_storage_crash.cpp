// Crash safety: a child process writing assessments is killed with SIGKILL at random moments.
// Afterwards the database passes PRAGMA integrity_check and holds every assessment the child
// reported as committed (and each of them complete).
#include "assessmentstore.h"
#include "storagetestutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace eligicheck;
using namespace storagetest;

class TestStorageCrash : public QObject {
    Q_OBJECT
private slots:
    void killedWriterLosesNothingCommitted() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        QSet<qint64> reported;
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        const int rounds = 8;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.start(QStringLiteral(STORAGE_CRASH_CHILD), {path});
            QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
            // Wait until it is writing, then a random moment more.
            QVERIFY2(child.waitForReadyRead(10000),
                     qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
            QTest::qWait(int(rng.bounded(20, 300)));
            child.kill(); // SIGKILL on Unix: no clean-up, no checkpoint
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            int complete = 0;
            for (const QByteArray &line : lines) {
                bool ok = false;
                const qint64 id = line.toLongLong(&ok);
                if (ok) {
                    reported.insert(id);
                    ++complete;
                }
            }
            QVERIFY2(complete > 0, "the child committed something before it was killed");
        }
        Database db;
        const StorageError e = db.open(DatabaseLocation::sqlite(path));
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        Result<QVector<qint64>> ids = AssessmentStore(db).allIds();
        QVERIFY(ids.ok());
        const QSet<qint64> stored(ids->cbegin(), ids->cend());
        QVERIFY2(
            stored.contains(reported),
            qPrintable(QStringLiteral("%1 reported, %2 stored").arg(reported.size()).arg(stored.size())));
        // No half-written assessment: each has all of its 4 programmes and 48 criteria.
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM assessments a WHERE (SELECT count(*) FROM "
                                "assessment_criteria c WHERE c.assessment_id = a.id) <> 48 OR (SELECT "
                                "count(*) FROM assessment_programmes p WHERE p.assessment_id = a.id) <> 4"))
                     .toInt(),
                 0);
        qInfo("%d rounds, %lld assessments reported committed, %lld stored", rounds, qint64(reported.size()),
              qint64(stored.size()));
    }
};

QTEST_GUILESS_MAIN(TestStorageCrash)
#include "tst_storage_crash.moc"
