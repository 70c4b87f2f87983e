// AppSettings (one typed class over QSettings, defaults in one place) and UiLanguage (which
// interface language a start chooses, and that its translation is really built in).
#include "appsettings.h"
#include "uilanguage.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace eligicheck;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void init();
    void defaultsWhenEmpty();
    void roundTrip();
    void malformedValuesReadAsDefaults_data();
    void malformedValuesReadAsDefaults();
    void defaultAsOf_data();
    void defaultAsOf();
    void keysOtherModulesRead();
    void normalise_data();
    void normalise();
    void resolve_data();
    void resolve();
    void translationsAreBuiltIn_data();
    void translationsAreBuiltIn();

private:
    QSettings &store() { return *m_store; }
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
};

void TestSettings::init() {
    // A fresh INI file per test: nothing is read from or written to the user's settings.
    QVERIFY(m_dir.isValid());
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_store =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void TestSettings::defaultsWhenEmpty() {
    const AppSettings s(&store());
    QCOMPARE(s.language(), QString()); // follow the system
    QCOMPARE(s.databasePath(), QString());
    QCOMPARE(s.asOfMode(), AppSettings::AsOfMode::Today);
    QCOMPARE(s.defaultAsOf(QDate(2025, 6, 1)), QDate(2025, 6, 1));
    QCOMPARE(s.ruleFolders(), QStringList());
    QCOMPARE(s.reportFontFamily(), QString());
    QCOMPARE(s.reportFontPointSize(), 9);
    QCOMPARE(s.paperSize(), QStringLiteral("A4"));
}

void TestSettings::roundTrip() {
    {
        AppSettings s(&store());
        s.setLanguage(QStringLiteral("en"));
        s.setDatabasePath(QStringLiteral("  /data/firms.db "));
        s.setAsOfMode(AppSettings::AsOfMode::FixedDate);
        s.setFixedAsOf(QDate(2024, 12, 31));
        s.setRuleFolders({QStringLiteral("/rules/a"), QStringLiteral("/rules/b")});
        s.setReportFontFamily(QStringLiteral("Noto Serif CJK SC"));
        s.setReportFontPointSize(12);
        s.setPaperSize(QStringLiteral("Letter"));
    }
    store().sync();
    // Read back through a second QSettings on the same file, as the next start would.
    QSettings again(store().fileName(), QSettings::IniFormat);
    const AppSettings s(&again);
    QCOMPARE(s.language(), QStringLiteral("en"));
    QCOMPARE(s.databasePath(), QStringLiteral("/data/firms.db"));
    QCOMPARE(s.asOfMode(), AppSettings::AsOfMode::FixedDate);
    QCOMPARE(s.defaultAsOf(QDate(2025, 6, 1)), QDate(2024, 12, 31));
    QCOMPARE(s.ruleFolders(), (QStringList{QStringLiteral("/rules/a"), QStringLiteral("/rules/b")}));
    QCOMPARE(s.reportFontFamily(), QStringLiteral("Noto Serif CJK SC"));
    QCOMPARE(s.reportFontPointSize(), 12);
    QCOMPARE(s.paperSize(), QStringLiteral("Letter"));
}

void TestSettings::malformedValuesReadAsDefaults_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("unknown language") << AppSettings::languageKey() << QVariant(QStringLiteral("fr"));
    QTest::newRow("font size not a number")
        << AppSettings::reportFontPointSizeKey() << QVariant(QStringLiteral("big"));
    QTest::newRow("font size too small") << AppSettings::reportFontPointSizeKey() << QVariant(2);
    QTest::newRow("font size too large") << AppSettings::reportFontPointSizeKey() << QVariant(200);
    QTest::newRow("empty paper") << AppSettings::paperSizeKey() << QVariant(QStringLiteral(" "));
    QTest::newRow("fixed mode without a date")
        << AppSettings::asOfModeKey() << QVariant(QStringLiteral("fixed"));
    QTest::newRow("unknown as-of mode")
        << AppSettings::asOfModeKey() << QVariant(QStringLiteral("yesterday"));
}

void TestSettings::malformedValuesReadAsDefaults() {
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    store().setValue(key, stored);
    const AppSettings s(&store());
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.reportFontPointSize(), 9);
    QCOMPARE(s.paperSize(), QStringLiteral("A4"));
    QCOMPARE(s.asOfMode(), AppSettings::AsOfMode::Today);
    QCOMPARE(s.defaultAsOf(QDate(2025, 6, 1)), QDate(2025, 6, 1));
}

void TestSettings::defaultAsOf_data() {
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("today") << QStringLiteral("today") << QStringLiteral("2024-01-15") << QDate(2025, 6, 1);
    QTest::newRow("fixed") << QStringLiteral("fixed") << QStringLiteral("2024-01-15") << QDate(2024, 1, 15);
    QTest::newRow("fixed, bad date") << QStringLiteral("fixed") << QStringLiteral("2024-02-30")
                                     << QDate(2025, 6, 1);
}

void TestSettings::defaultAsOf() {
    QFETCH(QString, mode);
    QFETCH(QString, date);
    QFETCH(QDate, expected);
    store().setValue(AppSettings::asOfModeKey(), mode);
    store().setValue(AppSettings::asOfDateKey(), date);
    QCOMPARE(AppSettings(&store()).defaultAsOf(QDate(2025, 6, 1)), expected);
}

void TestSettings::keysOtherModulesRead() {
    // The storage layer and the report controller read these keys directly: renaming one
    // would silently disconnect the Settings dialog from them.
    AppSettings s(&store());
    s.setDatabasePath(QStringLiteral("postgresql://team@db.example/eligicheck"));
    s.setPaperSize(QStringLiteral("A3"));
    QCOMPARE(store().value(QStringLiteral("storage/databasePath")).toString(),
             QStringLiteral("postgresql://team@db.example/eligicheck"));
    QCOMPARE(store().value(QStringLiteral("report/pageSize")).toString(), QStringLiteral("A3"));
}

void TestSettings::normalise_data() {
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected"); // "" = refused
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN");
    QTest::newRow("zh-CN") << QStringLiteral("zh-CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("traditional Chinese") << QStringLiteral("zh_TW") << QString();
    QTest::newRow("French") << QStringLiteral("fr") << QString();
    QTest::newRow("nonsense") << QStringLiteral("xx_YY") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSettings::normalise() {
    QFETCH(QString, given);
    QFETCH(QString, expected);
    QCOMPARE(UiLanguage::normalise(given).value_or(QString()), expected);
}

void TestSettings::resolve_data() {
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected"); // "" = usage error
    QTest::newRow("system Chinese") << QString() << QString() << QStringLiteral("zh_CN")
                                    << QStringLiteral("zh_CN");
    QTest::newRow("system English") << QString() << QString() << QStringLiteral("en_US")
                                    << QStringLiteral("en");
    QTest::newRow("system C locale") << QString() << QString() << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("system German") << QString() << QString() << QStringLiteral("de_DE")
                                   << QStringLiteral("en");
    QTest::newRow("saved wins over system")
        << QString() << QStringLiteral("en") << QStringLiteral("zh_CN") << QStringLiteral("en");
    QTest::newRow("--lang wins over saved") << QStringLiteral("zh_CN") << QStringLiteral("en")
                                            << QStringLiteral("en_US") << QStringLiteral("zh_CN");
    QTest::newRow("bad saved value ignored")
        << QString() << QStringLiteral("klingon") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("bad --lang refused")
        << QStringLiteral("fr") << QString() << QStringLiteral("en_US") << QString();
}

void TestSettings::resolve() {
    QFETCH(QString, commandLine);
    QFETCH(QString, saved);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QString error;
    const std::optional<QString> got = UiLanguage::resolve(commandLine, saved, QLocale(system), &error);
    QCOMPARE(got.value_or(QString()), expected);
    if (expected.isEmpty()) QVERIFY(error.contains(commandLine));
}

void TestSettings::translationsAreBuiltIn_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringLiteral("Unknown language '%1' (use zh_CN or en).")
                           << QStringLiteral("未知语言“%1”（请使用 zh_CN 或 en）。");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Unknown language '%1' (use zh_CN or en).")
                        << QStringLiteral("Unknown language '%1' (use zh_CN or en).");
}

void TestSettings::translationsAreBuiltIn() {
    QFETCH(QString, language);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QString error;
    QVERIFY2(UiLanguage::install(language, &error), qPrintable(error));
    QCOMPARE(UiLanguage::current(), language);
    QCOMPARE(QCoreApplication::translate("UiLanguage", source.toUtf8().constData()), expected);
    // Numbers follow the language's locale.
    QCOMPARE(QLocale().toString(1234567), QStringLiteral("1,234,567"));
    QCOMPARE(QLocale().language(), language == QLatin1String("en") ? QLocale::English : QLocale::Chinese);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
