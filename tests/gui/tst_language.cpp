// Chinese and English: the same window, questionnaire and result in each interface language,
// switched in one process the way a restart with another --lang or Settings choice does. Also
// the Settings dialog (stored through AppSettings) and the user guide of each language.
#include "guitest.h"

#include "appsettings.h"
#include "programmechooser.h"
#include "resultview.h"
#include "settingsdialog.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextDocumentFragment>
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

// A label or button text as the user sees it: "&x" underlines x (the "&" is not shown) and
// "&&" shows one "&". A QLabel reads "&" that way only when it has a buddy; without one it
// shows every "&" literally — "数据库(&D)" on screen.
QString shownText(const QString &text, bool mnemonics) {
    if (!mnemonics) return text;
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size()) ++i; // "&&" → "&", "&x" → "x"
        out += text[i];
    }
    return out;
}

// Every label of `root` that holds a mnemonic ("(&D)", "&Database") but would show it literally.
QStringList literalMnemonics(QWidget *root) {
    // "&" that starts a word or stands in brackets: "&Database:", "数据库(&D)" (not "R&D").
    static const QRegularExpression mnemonic(QStringLiteral("(^|[\\s(（>])&[^&\\s]"));
    QStringList out;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (!label->buddy() && mnemonic.match(text).hasMatch() && !text.contains(QLatin1String("&amp;")))
            out << text;
    }
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
    void mnemonicsAreNeverShownLiterally_data();
    void mnemonicsAreNeverShownLiterally();
    void ampersandsFromRuleFilesAreShown();
    void fieldMessagesFollowLanguage_data();
    void fieldMessagesFollowLanguage();
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
                        << QStringLiteral("= CNY 50 million") << QStringLiteral("Programme / criterion");
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
    QTest::addColumn<QString>("clause");      // the revenue criterion's clause, as this reader names it
    QTest::addColumn<QString>("otherClause"); // … and as the other language does
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("复制为文本(&C)")
                           << QStringLiteral("评估日期：") << QStringLiteral("待定")
                           << QStringLiteral("第七条第(三)项") << QStringLiteral("Art. 7(3)");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Copy as text")
                        << QStringLiteral("Assessment date:") << QStringLiteral("Undetermined")
                        << QStringLiteral("Art. 7(3)") << QStringLiteral("第七条第(三)项");
}

void TestLanguage::resultView() {
    QFETCH(QString, language);
    QFETCH(QString, copyButton);
    QFETCH(QString, dateLabel);
    QFETCH(QString, verdict);
    QFETCH(QString, clause);
    QFETCH(QString, otherClause);
    auto w = openIn(language);
    QVERIFY(
        assessFromBrowser(*w, QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("recognition")));
    // The live verdict names each criterion by its clause in the reader's language (issue 16).
    QAbstractItemModel *live = w->questionnaire()->liveView()->model();
    QStringList rows;
    for (int i = 0; i < live->rowCount(live->index(0, 0)); ++i)
        rows << live->index(i, 0, live->index(0, 0)).data().toString();
    QVERIFY2(rows.join(u'|').contains(clause) && !rows.join(u'|').contains(otherClause),
             qPrintable(rows.join(u'|')));
    w->showTab(MainWindow::ResultTab);
    ResultView *r = w->resultView();
    QCOMPARE(r->copyButton()->text(), copyButton);
    const QString text = r->browser()->toPlainText();
    QVERIFY2(text.contains(dateLabel), qPrintable(text.left(200)));
    QVERIFY2(text.contains(verdict), qPrintable(text.left(400)));
    // The law is quoted in Chinese whatever the interface language.
    QVERIFY(text.contains(QStringLiteral("研究与试验发展人员数不少于40人")));
    QVERIFY2(text.contains(clause) && !text.contains(otherClause), qPrintable(text.left(2000)));
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

void TestLanguage::mnemonicsAreNeverShownLiterally_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

// Settings once showed "数据库(&D)": a form row of several widgets has no buddy, so its label
// printed the "&". Every page of the dialog, and the main window, in both languages.
void TestLanguage::mnemonicsAreNeverShownLiterally() {
    QFETCH(QString, language);
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    QVERIFY(UiLanguage::install(language));
    SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList literal = literalMnemonics(&dialog);
    QVERIFY2(literal.isEmpty(), qPrintable(literal.join(u'|')));
    // On each page a key moves to one place only (Alt+D was both "Database" and "dated").
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        QStringList keys;
        QStringList texts;
        for (QLabel *l : tabs->widget(i)->findChildren<QLabel *>())
            if (l->buddy()) texts << l->text();
        for (QAbstractButton *b : tabs->widget(i)->findChildren<QAbstractButton *>())
            texts << b->text();
        for (const QString &t : texts) {
            const QKeySequence key = QKeySequence::mnemonic(t);
            if (key.isEmpty()) continue;
            QVERIFY2(!keys.contains(key.toString()),
                     qPrintable(t + QStringLiteral(" repeats ") + key.toString()));
            keys << key.toString();
        }
    }
    // The database label's key moves the focus to the database field.
    QLabel *dbLabel = nullptr;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        if (l->buddy() == dialog.databaseEdit()) dbLabel = l;
    QVERIFY(dbLabel);
    QCOMPARE(shownText(dbLabel->text(), true),
             language == QLatin1String("en") ? QStringLiteral("Database:") : QStringLiteral("数据库(D)："));
    dialog.languageBox()->setFocus();
    QTest::keyClick(&dialog, QKeySequence::mnemonic(dbLabel->text())[0].key(), Qt::AltModifier);
    QTRY_VERIFY(dialog.databaseEdit()->hasFocus());

    auto w = openIn(language);
    literal = literalMnemonics(w.get());
    QVERIFY2(literal.isEmpty(), qPrintable(literal.join(u'|')));
}

// "R&D" in a rule file is shown as "R&D", not as "RD" with an underlined D, where Qt reads
// mnemonics (the question's title is the buddy of its input).
void TestLanguage::ampersandsFromRuleFilesAreShown() {
    auto w = openIn(QStringLiteral("en"));
    QVERIFY(
        assessFromBrowser(*w, QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("recognition")));
    QuestionnaireView *q = w->questionnaire();
    QVERIFY(q->goToPage(QStringLiteral("rd")));
    QuestionWidget *question = q->questionWidget(QStringLiteral("rd_expenditure_wan"));
    QVERIFY(question);
    QStringList shown;
    for (QLabel *l : question->findChildren<QLabel *>()) {
        const QString text = Qt::mightBeRichText(l->text())
                                 ? QTextDocumentFragment::fromHtml(l->text()).toPlainText()
                                 : l->text();
        shown << shownText(text, l->buddy() != nullptr);
    }
    QVERIFY2(shown.join(u'|').contains(QStringLiteral("Annual R&D expenditure")),
             qPrintable(shown.join(u'|')));
    QVERIFY2(!shown.join(u'|').contains(QStringLiteral("Annual RD expenditure")),
             qPrintable(shown.join(u'|')));
}

void TestLanguage::fieldMessagesFollowLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("zh_CN, text") << QStringLiteral("zh_CN") << QStringLiteral("abc")
                                 << QStringLiteral("“abc”不是数字；应为整数（单位：人）");
    QTest::newRow("zh_CN, negative") << QStringLiteral("zh_CN") << QStringLiteral("-1")
                                     << QStringLiteral("“-1”超出范围：不得低于0人");
    QTest::newRow("en, text") << QStringLiteral("en") << QStringLiteral("abc")
                              << QStringLiteral("'abc' is not a number; expected a whole number of people");
}

// What the field says about a bad answer is in the interface language (it came from the core
// in English only).
void TestLanguage::fieldMessagesFollowLanguage() {
    QFETCH(QString, language);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    auto w = openIn(language);
    QVERIFY(
        assessFromBrowser(*w, QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("recognition")));
    QuestionnaireView *q = w->questionnaire();
    QVERIFY(q->goToPage(QStringLiteral("rd")));
    QuestionWidget *field = q->questionWidget(QStringLiteral("rd_staff_count"));
    QVERIFY(field);
    clearAndType(static_cast<NumberEditor *>(field->editor())->lineEdit(), typed);
    QVERIFY(field->hasError());
    QVERIFY2(field->errorLabel()->text().contains(message), qPrintable(field->errorLabel()->text()));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
