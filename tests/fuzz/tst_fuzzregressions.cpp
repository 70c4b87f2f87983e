// Replays every input the fuzzers ever found (tests/data/fuzz/<target>/) through the fuzz
// targets with the ordinary build, so a fixed crash can never come back unnoticed.
#include <QDir>
#include <QTest>
#include <cstdint>

extern "C" int fuzzRuleLoader(const uint8_t *data, size_t size);
extern "C" int fuzzExpression(const uint8_t *data, size_t size);
extern "C" int fuzzAnswers(const uint8_t *data, size_t size);
extern "C" int fuzzImport(const uint8_t *data, size_t size);
extern "C" int fuzzSheets(const uint8_t *data, size_t size);

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void replay_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        for (const char *t : {"ruleloader", "expression", "answers", "import", "sheets"}) {
            QDir dir(QStringLiteral(ELIGICHECK_TEST_DATA "/fuzz/") + QLatin1String(t));
            for (const QString &f : dir.entryList(QDir::Files))
                QTest::newRow(qPrintable(QLatin1String(t) + u'/' + f))
                    << QString::fromLatin1(t) << dir.filePath(f);
        }
    }
    void replay() {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray data = f.readAll();
        auto *p = reinterpret_cast<const uint8_t *>(data.constData());
        if (target == QLatin1String("ruleloader"))
            fuzzRuleLoader(p, size_t(data.size()));
        else if (target == QLatin1String("expression"))
            fuzzExpression(p, size_t(data.size()));
        else if (target == QLatin1String("answers"))
            fuzzAnswers(p, size_t(data.size()));
        else if (target == QLatin1String("import"))
            fuzzImport(p, size_t(data.size()));
        else
            fuzzSheets(p, size_t(data.size()));
        QVERIFY(true); // reaching here without a crash or sanitizer report is the assertion
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
