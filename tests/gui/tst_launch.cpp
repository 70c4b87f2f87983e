// The real `eligicheck` program, started as a user starts it: main(), the rules and image plugins
// read on the second core (StartupPreload), the first frame, and a clean exit — the path the
// other GUI tests, which build a MainWindow themselves, do not take. Under
// `scripts/test.sh --sanitize` the program is a sanitizer build, so a memory error or leak on
// that path fails here.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestLaunch : public QObject {
    Q_OBJECT
private slots:
    void startsPaintsAndQuits_data();
    void startsPaintsAndQuits();
};

void TestLaunch::startsPaintsAndQuits_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("brokenRules"); // add a --rules-dir with a rule file that has an error
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutPattern");
    QTest::addColumn<QString>("stderrPattern");
    const QString painted = QStringLiteral("^first-paint-steady-ns=\\d+ vmhwm-kb=\\d+$");
    QTest::newRow("English, bundled rules")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << false << 0 << painted << QString();
    QTest::newRow("Chinese, a broken rule file beside them")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} << true << 0 << painted
        << QString();
    QTest::newRow("--help") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                           QStringLiteral("--help")}
                            << false << 0 << QStringLiteral("--rules-dir") << QString();
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << false << 2 << QString()
                                    << QStringLiteral("frobnicate");
}

void TestLaunch::startsPaintsAndQuits() {
    QFETCH(QStringList, args);
    QFETCH(bool, brokenRules);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutPattern);
    QFETCH(QString, stderrPattern);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (brokenRules) {
        QVERIFY(QDir(home.path()).mkdir(QStringLiteral("rules")));
        QVERIFY(QFile::copy(QStringLiteral(ELIGICHECK_TEST_DATA "/gui/broken-rules/broken.yaml"),
                            home.filePath(QStringLiteral("rules/broken.yaml"))));
        args << QStringLiteral("--rules-dir") << home.filePath(QStringLiteral("rules"));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ELIGICHECK_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    for (const char *dir : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(dir), home.filePath(QString::fromLatin1(dir)));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(ELIGICHECK_BIN_DIR "/eligicheck"), args);
    QVERIFY2(app.waitForFinished(60000), "did not quit within a minute");
    const QString out = QString::fromLocal8Bit(app.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(app.readAllStandardError());
    QVERIFY2(app.exitStatus() == QProcess::NormalExit, qPrintable(err));
    QVERIFY2(app.exitCode() == exitCode,
             qPrintable(QStringLiteral("exit %1\n%2").arg(app.exitCode()).arg(err)));
    if (!stdoutPattern.isEmpty())
        QVERIFY2(QRegularExpression(stdoutPattern, QRegularExpression::MultilineOption).match(out).hasMatch(),
                 qPrintable(out));
    if (!stderrPattern.isEmpty()) QVERIFY2(err.contains(stderrPattern), qPrintable(err));
    for (const char *report : {"runtime error", "Sanitizer", "QObject::", "ASSERT"})
        QVERIFY2(!err.contains(QLatin1String(report)), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_launch.moc"
