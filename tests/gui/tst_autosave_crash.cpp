// Crash safety of the questionnaire's autosave: the real desktop app (gui_autosave_child) types
// answers into a firm's questionnaire, which writes them to the firm as typed, and is killed
// with SIGKILL at random moments. Each time, the database passes PRAGMA integrity_check and the
// firm's stored answer is exactly the last autosaved one (or the one being typed, when the kill
// came between its write and the report of it) — never an older or a torn one; the firm's other
// answers are untouched; each write is in the answer's history; and the app reopened on the
// database shows that last answer in the firm's questionnaire.
#include "guitest.h"

#include "assessmentstore.h"
#include "evaluator.h"
#include "firmlistview.h"
#include "firmrepository.h"
#include "firmview.h"
#include "firmworkspace.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace eligicheck;
using namespace guitest;

namespace {

const QString kFact = QStringLiteral("rd_staff_count");

QVariant scalar(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

// The firm of the report fixture "undetermined.yaml" with its answers and one assessment, so
// "New assessment" opens the technology-centre questionnaire.
qint64 seedFirm(const QString &path) {
    RuleLibrary lib;
    lib.loadBundled();
    Database db;
    if (!db.open(DatabaseLocation::sqlite(path)).ok()) return 0;
    Diagnostics diags;
    const auto answers = loadAnswersFile(QStringLiteral(ELIGICHECK_TEST_DATA "/report/undetermined.yaml"),
                                         lib.facts(), &diags);
    if (!answers) return 0;
    FirmRepository repo(db);
    Result<Firm> firm = repo.addFirm(Firm::named(answers->firmName));
    if (!firm.ok()) return 0;
    QVector<AnswerInput> inputs;
    for (auto it = answers->values.cbegin(); it != answers->values.cend(); ++it) {
        const FactDefinition *fact = lib.facts().find(it.key());
        AnswerInput in;
        in.factId = it.key();
        in.fiscalYear = fact && fact->yearly ? FirmRepository::fiscalYearFor(QDate(2025, 6, 1)) : 0;
        in.value = it.value();
        in.entered = it.value().toPlainString();
        inputs << in;
    }
    if (!repo.setAnswers(firm->id, inputs, lib.facts()).ok()) return 0;
    const RuleSet *rs = lib.ruleSet(QStringLiteral("gx-enterprise-tech-center"));
    const FactValues values = answers->toFactValues(lib.facts(), QDate(2025, 6, 1));
    Assessment a = AssessmentStore::snapshot(firm->id, Evaluator::evaluate(*rs, values), values, lib.facts());
    if (!AssessmentStore(db).save(a).ok()) return 0;
    return firm->id;
}

QString storedAnswers(const QString &path, qint64 firmId) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(path)).ok()) return QStringLiteral("cannot open");
    Result<QVector<StoredAnswer>> all = FirmRepository(db).answers(firmId);
    if (!all.ok()) return all.error().message;
    QStringList out;
    for (const StoredAnswer &a : *all)
        out << a.factId + u'=' + a.value.toPlainString() + u'@' + QString::number(a.version);
    return out.join(u';');
}

QString storedValue(Database &db, qint64 firmId) {
    Result<QVector<StoredAnswer>> all = FirmRepository(db).answers(firmId);
    if (all.ok())
        for (const StoredAnswer &a : all.value())
            if (a.factId == kFact) return a.value.toPlainString();
    return QString();
}

// The stored answers without the one being typed, in a stable order.
QString withoutFact(const QString &answers) {
    QStringList parts = answers.split(u';');
    parts.erase(std::remove_if(parts.begin(), parts.end(),
                               [](const QString &p) { return p.startsWith(kFact + u'='); }),
                parts.end());
    parts.sort();
    return parts.join(u';');
}

} // namespace

class TestAutosaveCrash : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EligiCheckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_autosave_crash"));
        QSettings().clear();
    }

    void killedQuestionnaireKeepsLastAutosave() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("firms.db"));
        const qint64 firmId = seedFirm(path);
        QVERIFY(firmId != 0);
        const QString answersBefore = storedAnswers(path, firmId);
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        QString draft;
        const int rounds = 5;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            child.setProcessEnvironment(env);
            child.start(QStringLiteral(GUI_AUTOSAVE_CHILD),
                        {path, QString::number(firmId), QString::number((round + 1) * 1000)});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            // Wait for its first autosave, then a random moment more (one autosave takes ~1.5 s).
            QByteArray out;
            QElapsedTimer t;
            t.start();
            while (!out.contains("SAVED") && t.elapsed() < 120000 && child.state() == QProcess::Running) {
                child.waitForReadyRead(200);
                out += child.readAllStandardOutput();
            }
            QVERIFY2(out.contains("SAVED"), qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
            QTest::qWait(int(rng.bounded(0, 4000)));
            child.kill(); // SIGKILL: no clean-up, no final flush of the autosaver
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            out += child.readAllStandardOutput();

            QString saved, typing;
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("SAVED ")) saved = QString::fromLatin1(line.mid(6));
                if (line.startsWith("TYPING ")) typing = QString::fromLatin1(line.mid(7));
            }
            Database db;
            const StorageError e = db.open(DatabaseLocation::sqlite(path));
            QVERIFY2(e.ok(), qPrintable(e.message));
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            draft = storedValue(db, firmId);
            QVERIFY2(draft == saved || draft == typing,
                     qPrintable(QStringLiteral("round %1: stored %2, last autosaved %3, typing %4")
                                    .arg(round)
                                    .arg(draft, saved, typing)));
        }
        // The firm's other answers are as they were; the typed one has its history.
        QCOMPARE(withoutFact(storedAnswers(path, firmId)), withoutFact(answersBefore));
        {
            Database db;
            QVERIFY(db.open(DatabaseLocation::sqlite(path)).ok());
            Result<QVector<StoredAnswer>> h = FirmRepository(db).answerHistory(firmId, kFact, 0);
            QVERIFY(h.ok());
            QVERIFY2(h->size() >= rounds - 1, qPrintable(QString::number(h->size())));
        }

        // Reopened: the firm's questionnaire has the last autosaved answer.
        auto w = openWindow({QStringLiteral("--db"), path});
        w->answers()->setAsOf(QDate(2025, 6, 1));
        QTRY_VERIFY_WITH_TIMEOUT(w->firms()->isOpen(), 10000);
        w->showTab(MainWindow::FirmsTab);
        QVERIFY(w->firms()->view()->selectFirm(firmId));
        QTest::mouseClick(w->firms()->firmView()->assessButton(), Qt::LeftButton);
        QCOMPARE(w->firms()->linkedFirm(), firmId);
        QCOMPARE(w->answers()->value(kFact).toPlainString(), draft);
    }
};

QTEST_MAIN(TestAutosaveCrash)
#include "tst_autosave_crash.moc"
