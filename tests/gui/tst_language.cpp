// Chinese and English: the same window, questionnaire and result in each interface language,
// switched in one process the way a restart with another --lang or Settings choice does. Also
// the Settings dialog (stored through AppSettings) and the user guide of each language.
#include "guitest.h"

#include "appsettings.h"
#include "programmechooser.h"
#include "resultview.h"
#include "settingsdialog.h"
#include "uilanguage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

using namespace eligicheck;
using namespace guitest;

namespace {

QStringList menuTitles(MainWindow &w) {
    QStringList out;
    for (QAction *a : w.menuBar()->actions())
        out << a->text();
    return out;
}

QStringList tabTitles(MainWindow &w) {
    QStringList out;
    for (int i = 0; i < w.tabs()->count(); ++i)
        out << w.tabs()->tabText(i);
    return out;
}

// Switches the interface language and opens a window in it, as a start with --lang does.
std::unique_ptr<MainWindow> openIn(const QString &language) {
    QString error;
    if (!UiLanguage::install(language, &error)) qFatal("%s", qPrintable(error));
    return openWindow({QStringLiteral("--lang"), language});
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void cleanupTestCase() { UiLanguage::install(QStringLiteral("zh_CN")); }

    void mainWindowMenus_data();
    void mainWindowMenus();
    void questionnaire_data();
    void questionnaire();
    void resultView_data();
    void resultView();
    void switchingBackAndForth();
    void qtDialogsAreTranslated_data();
    void qtDialogsAreTranslated();
    void userGuideFollowsLanguage_data();
    void userGuideFollowsLanguage();
    void settingsDialogStoresEverything();
    void settingsDialogCancelChangesNothing();
};

void TestLanguage::mainWindowMenus_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QStringList>("tabs");
    QTest::addColumn<QString>("settingsAction");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringList{QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"),
                                          QStringLiteral("视图(&V)"), QStringLiteral("工具(&T)"),
                                          QStringLiteral("帮助(&H)")}
                           << QStringList{QStringLiteral("政策事项(&P)"), QStringLiteral("问卷(&Q)"),
                                          QStringLiteral("结果(&R)")}
                           << QStringLiteral("设置(&S)…");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                       QStringLiteral("&View"), QStringLiteral("&Tools"),
                                       QStringLiteral("&Help")}
                        << QStringList{QStringLiteral("&Programmes"), QStringLiteral("&Questionnaire"),
                                       QStringLiteral("&Result")}
                        << QStringLiteral("&Settings…");
}

void TestLanguage::mainWindowMenus() {
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QStringList, tabs);
    QFETCH(QString, settingsAction);
    auto w = openIn(language);
    const QStringList shown = menuTitles(*w);
    for (const QString &m : menus)
        QVERIFY2(shown.contains(m), qPrintable(shown.join(u'|')));
    for (const QString &t : tabs)
        QVERIFY2(tabTitles(*w).contains(t), qPrintable(tabTitles(*w).join(u'|')));
    auto *settings = w->findChild<QAction *>(QStringLiteral("actionSettings"));
    QVERIFY(settings);
    QCOMPARE(settings->text(), settingsAction);
}

void TestLanguage::questionnaire_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("matchAll");
    QTest::addColumn<QString>("financeStep");
    QTest::addColumn<QString>("normalisedRevenue");
    QTest::addColumn<QString>("liveHeader");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("下一步(&N) >")
                           << QStringLiteral("选择政策事项") << QStringLiteral("与全部事项匹配")
                           << QStringLiteral("财务") << QStringLiteral("= 5,000万元")
                           << QStringLiteral("事项 / 条件");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Next >")
                        << QStringLiteral("Choose programmes")
                        << QStringLiteral("Match me against everything") << QStringLiteral("Finance")
                        << QStringLiteral("= 5,000 万元 (CNY 50 million)")
                        << QStringLiteral("Programme / criterion");
}

void TestLanguage::questionnaire() {
    QFETCH(QString, language);
    QFETCH(QString, next);
    QFETCH(QString, step);
    QFETCH(QString, matchAll);
    QFETCH(QString, financeStep);
    QFETCH(QString, normalisedRevenue);
    QFETCH(QString, liveHeader);
    auto w = openIn(language);
    QuestionnaireView *q = w->questionnaire();
    w->findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QCOMPARE(q->currentPageName(), QStringLiteral("choose"));
    QCOMPARE(q->nextButton()->text(), next);
    auto *stepLabel = q->findChild<QLabel *>(QStringLiteral("stepLabel"));
    QVERIFY(stepLabel);
    QVERIFY2(stepLabel->text().contains(step), qPrintable(stepLabel->text()));
    QVERIFY2(q->chooser()->matchAllBox()->text().startsWith(matchAll),
             qPrintable(q->chooser()->matchAllBox()->text()));

    QVERIFY(
        assessFromBrowser(*w, QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("recognition")));
    QVERIFY(q->goToPage(QStringLiteral("finance")));
    QVERIFY2(stepLabel->text().contains(financeStep), qPrintable(stepLabel->text()));
    answer(q, QStringLiteral("main_business_revenue_wan"), QStringLiteral("0.5 亿元"));
    // Money keeps 万元 in both languages; English adds the plain amount.
    QuestionWidget *revenue = q->questionWidget(QStringLiteral("main_business_revenue_wan"));
    QStringList labels;
    for (QLabel *l : revenue->findChildren<QLabel *>())
        labels << l->text();
    QVERIFY2(labels.contains(normalisedRevenue), qPrintable(labels.join(u'|')));
    QCOMPARE(q->liveView()->model()->headerData(0, Qt::Horizontal).toString(), liveHeader);
}

void TestLanguage::resultView_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("copyButton");
    QTest::addColumn<QString>("dateLabel");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("复制为文本(&C)")
                           << QStringLiteral("评估日期：") << QStringLiteral("待定");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Copy as text")
                        << QStringLiteral("Assessment date:") << QStringLiteral("Undetermined");
}

void TestLanguage::resultView() {
    QFETCH(QString, language);
    QFETCH(QString, copyButton);
    QFETCH(QString, dateLabel);
    QFETCH(QString, verdict);
    auto w = openIn(language);
    QVERIFY(
        assessFromBrowser(*w, QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("recognition")));
    w->showTab(MainWindow::ResultTab);
    ResultView *r = w->resultView();
    QCOMPARE(r->copyButton()->text(), copyButton);
    const QString text = r->browser()->toPlainText();
    QVERIFY2(text.contains(dateLabel), qPrintable(text.left(200)));
    QVERIFY2(text.contains(verdict), qPrintable(text.left(400)));
    // The law is quoted in Chinese whatever the interface language.
    QVERIFY(text.contains(QStringLiteral("研究与试验发展人员数不少于40人")));
}

void TestLanguage::switchingBackAndForth() {
    // Nothing of one language survives into the next window.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        auto w = openIn(language);
        QCOMPARE(menuTitles(*w).first(),
                 language == QLatin1String("en") ? QStringLiteral("&File") : QStringLiteral("文件(&F)"));
        QCOMPARE(UiLanguage::current(), language);
    }
}

void TestLanguage::qtDialogsAreTranslated_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("取消");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Cancel");
}

void TestLanguage::qtDialogsAreTranslated() {
    // Qt's own strings (standard buttons, file dialogs) come from qtbase_zh_CN.qm.
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QVERIFY(UiLanguage::install(language));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    // Mnemonics depend on the platform theme ("&Cancel", "取消(&C)"); the words must not.
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QStringLiteral("(&C)")).remove(u'&'),
             cancel);
}

void TestLanguage::userGuideFollowsLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("notExpected");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("如何阅读结果")
                           << QStringLiteral("How to read the result");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("How to read the result")
                        << QStringLiteral("如何阅读结果");
}

void TestLanguage::userGuideFollowsLanguage() {
    QFETCH(QString, language);
    QFETCH(QString, heading);
    QFETCH(QString, notExpected);
    auto w = openIn(language);
    QString shown;
    // The guide is a modal dialog: read it and close it from the event loop it runs.
    QTimer::singleShot(0, this, [&shown] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog) return;
        if (auto *text = dialog->findChild<QTextBrowser *>()) shown = text->toPlainText();
        dialog->close();
    });
    w->findChild<QAction *>(QStringLiteral("actionGuide"))->trigger();
    QVERIFY2(shown.contains(heading), qPrintable(shown.left(200)));
    QVERIFY(!shown.contains(notExpected));
}

void TestLanguage::settingsDialogStoresEverything() {
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    QVERIFY(UiLanguage::install(QStringLiteral("zh_CN")));
    SettingsDialog dialog(&settings);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("设置"));
    chooseWithKeys(dialog.languageBox(), dialog.languageBox()->findData(QStringLiteral("en")));
    clearAndType(dialog.databaseEdit(), QStringLiteral("/tmp/firms.db"));
    QTest::mouseClick(dialog.fixedDateButton(), Qt::LeftButton);
    QVERIFY(dialog.fixedDateEdit()->isEnabled());
    dialog.fixedDateEdit()->setDate(QDate(2024, 12, 31));
    dialog.ruleFolderModel()->setStringList({QStringLiteral("/srv/rules")});
    dialog.fontSizeBox()->setValue(12);
    chooseWithKeys(dialog.paperBox(), dialog.paperBox()->findData(QStringLiteral("Letter")));
    dialog.accept();

    QVERIFY(dialog.languageChanged());
    QVERIFY(dialog.ruleFoldersChanged());
    QCOMPARE(settings.language(), QStringLiteral("en"));
    QCOMPARE(settings.databasePath(), QStringLiteral("/tmp/firms.db"));
    QCOMPARE(settings.asOfMode(), AppSettings::AsOfMode::FixedDate);
    QCOMPARE(settings.defaultAsOf(QDate(2025, 6, 1)), QDate(2024, 12, 31));
    QCOMPARE(settings.ruleFolders(), QStringList{QStringLiteral("/srv/rules")});
    QCOMPARE(settings.reportFontPointSize(), 12);
    QCOMPARE(settings.reportFontFamily(), dialog.fontBox()->currentFont().family());
    QCOMPARE(settings.paperSize(), QStringLiteral("Letter"));

    // Opened again, the dialog shows what was stored.
    SettingsDialog again(&settings);
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("en"));
    QVERIFY(again.fixedDateButton()->isChecked());
    QCOMPARE(again.fixedDateEdit()->date(), QDate(2024, 12, 31));
    QCOMPARE(again.paperBox()->currentData().toString(), QStringLiteral("Letter"));
}

void TestLanguage::settingsDialogCancelChangesNothing() {
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    settings.setDatabasePath(QStringLiteral("/data/a.db"));
    SettingsDialog dialog(&settings);
    clearAndType(dialog.databaseEdit(), QStringLiteral("/data/b.db"));
    chooseWithKeys(dialog.languageBox(), dialog.languageBox()->findData(QStringLiteral("en")));
    dialog.reject();
    QCOMPARE(settings.databasePath(), QStringLiteral("/data/a.db"));
    QCOMPARE(settings.language(), QString());
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
