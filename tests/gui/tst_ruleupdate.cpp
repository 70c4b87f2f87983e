// Issue 20 item 5 in the desktop app: Settings → Rule folders adds a folder or .zip of rule sets
// after checking it (a failure is shown with file:line:column and changes nothing); when the
// rules in use change, a dialog says what changed in clause words and offers to re-check the
// stored firms it affects; the status bar says how many rule sets come from folders.
#include "guitest.h"

#include "appsettings.h"
#include "assessmentservice.h"
#include "database.h"
#include "firmrepository.h"
#include "firmworkspace.h"
#include "rulechangesdialog.h"
#include "ruleinstaller.h"
#include "settingsdialog.h"
#include "uilanguage.h"

#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTabWidget>

using namespace guitest;

namespace {
const QString kData = QStringLiteral(ELIGICHECK_TEST_DATA "/ruleupdate/");
const QString kRuleSet = QStringLiteral("zj-2024-spring-festival-stable-employment");
const QString kFirm = QStringLiteral("浙江示例制造有限公司");

void clearAddedRules() {
    QDir(RuleInstaller::userFolder()).removeRecursively();
}

// A firm assessed with the built-in version of the Zhejiang notice.
bool seedAssessedFirm(const QString &dbPath) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(dbPath)).ok()) return false;
    Firm f;
    f.name = kFirm;
    Result<Firm> added = FirmRepository(db).addFirm(f);
    return added.ok() && AssessmentService(db, library())
                             .assess(added->id, *library().ruleSet(kRuleSet), QDate(2024, 3, 1))
                             .ok();
}
} // namespace

class TestRuleUpdate : public QObject {
    Q_OBJECT
    TestDatabases m_databases;
private slots:
    void initTestCase() {
        isolateSettings();
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
    }
    void init() { clearAddedRules(); }
    void cleanupTestCase() { clearAddedRules(); }

    void refusedSetChangesNothing_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("where"); // file:line:column the message must give
        QTest::newRow("unknown fact") << "broken" << QStringLiteral("zz-typo.yaml:40:20: error");
        QTest::newRow("failing example")
            << "failing" << QStringLiteral("failing/measures.yaml:46:5: error: example");
    }
    void refusedSetChangesNothing() {
        QFETCH(QString, path);
        QFETCH(QString, where);
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AppSettings settings(&store);
        SettingsDialog dialog(&settings);
        QString shown;
        auto ran = whenModal<QMessageBox>([&](QMessageBox *box) {
            shown = box->text() + u'\n' + box->informativeText();
            box->done(QMessageBox::Ok);
        });
        QVERIFY(!dialog.addRuleSet(kData + path));
        QVERIFY(*ran);
        QVERIFY2(shown.contains(where), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Nothing was changed")), qPrintable(shown));
        QCOMPARE(dialog.addedRuleSets()->count(), 0);
        QVERIFY(!dialog.ruleSetsChanged());
        QVERIFY(RuleInstaller().installed().isEmpty());
    }

    // The Settings buttons as a user clicks them: "Add folder…" and "Add .zip…" through the file
    // dialog, then "Remove" of the selected set takes it off the list and off the disk.
    void addAndRemoveThroughTheButtons() {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AppSettings settings(&store);
        SettingsDialog dialog(&settings);
        dialog.show();
        QListWidget *list = dialog.addedRuleSets();
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(tabs->indexOf(list->parentWidget()));
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *addFolder = dialog.findChild<QPushButton *>(QStringLiteral("addRuleSetFolder"));
        auto *addZip = dialog.findChild<QPushButton *>(QStringLiteral("addRuleSetZip"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeRuleSet"));
        QVERIFY(addFolder && addZip && remove && addFolder->isVisible());
        const QString file = RuleInstaller::userFolder() + u'/' + kRuleSet + QStringLiteral(".yaml");

        auto folderRan = whenModal<QFileDialog>([](QFileDialog *d) {
            d->setDirectory(kData + QStringLiteral("newer")); // the folder shown is the one chosen
            QMetaObject::invokeMethod(d, "accept");
        });
        QTest::mouseClick(addFolder, Qt::LeftButton);
        QVERIFY(*folderRan);
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("verified 2027-01-15")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(QFileInfo::exists(file));

        auto zipRan = whenModal<QFileDialog>(
            [](QFileDialog *d) { typeFileName(d, kData + QStringLiteral("newer.zip")); });
        QTest::mouseClick(addZip, Qt::LeftButton);
        QVERIFY(*zipRan);
        QCOMPARE(list->count(), 2); // the Zhejiang revision (unchanged) and 测试扶持办法
        QVERIFY2(dialog.ruleSetStatus()->text().contains(QStringLiteral("added: 测试扶持办法")),
                 qPrintable(dialog.ruleSetStatus()->text()));

        QVERIFY(!remove->isEnabled()); // nothing selected yet
        QListWidgetItem *zj = nullptr;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == kRuleSet) zj = list->item(i);
        QVERIFY(zj);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(zj).center());
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("测试扶持办法")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY2(dialog.ruleSetStatus()->text().contains(QStringLiteral("removed: ")),
                 qPrintable(dialog.ruleSetStatus()->text()));
        QVERIFY(dialog.ruleSetsChanged());
        RuleLibrary inUse;
        RuleInstaller().loadInUse(inUse);
        QVERIFY(inUse.ruleSet(kRuleSet) && inUse.ruleSet(kRuleSet)->bundled);
    }

    void addedRuleSetShowsChangesAndOffersRecheck() {
        const QString db = m_databases.next();
        QVERIFY(seedAssessedFirm(db));
        auto w = openWindow({QStringLiteral("--db"), db});
        w->firms()->database(); // opened now rather than after the first frame
        auto *status = w->statusBar()->findChild<QLabel *>(QStringLiteral("libraryStatus"));
        QVERIFY(status && !status->text().contains(QStringLiteral("from folders")));

        QString added, changes, firms;
        auto settingsRan = whenModal<SettingsDialog>([&](SettingsDialog *d) {
            QVERIFY(d->addRuleSet(kData + QStringLiteral("newer")));
            added = d->ruleSetStatus()->text();
            QCOMPARE(d->addedRuleSets()->count(), 1);
            QVERIFY(d->addedRuleSets()->item(0)->text().contains(QStringLiteral("verified 2027-01-15")));
            d->accept();
        });
        auto changesRan = whenModal<RuleChangesDialog>([&](RuleChangesDialog *d) {
            changes = d->changesText();
            firms = d->findChild<QLabel *>(QStringLiteral("affectedFirms"))->text();
            QVERIFY(d->recheckButton());
            QTest::mouseClick(d->recheckButton(), Qt::LeftButton);
        });
        w->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        QVERIFY(*settingsRan);
        QTRY_VERIFY(*changesRan);
        QVERIFY2(added.contains(QStringLiteral("replaces the built-in version")) &&
                     added.contains(QStringLiteral("2026-11-25 → 2027-01-15")),
                 qPrintable(added));
        // What changed, in clause words, as `eligicheck-cli diff` says it.
        QVERIFY2(changes.contains(QStringLiteral("verified on: 2026-11-25 → 2027-01-15")),
                 qPrintable(changes));
        // Which version is used, and why; ids only in the file's name, never in the sentences.
        QVERIFY2(changes.contains(QStringLiteral("(verified 2027-01-15) is used instead of the built-in one "
                                                 "(verified 2026-11-25)")),
                 qPrintable(changes));
        const QString file =
            QDir::toNativeSeparators(RuleInstaller::userFolder() + u'/' + kRuleSet + QStringLiteral(".yaml"));
        QVERIFY2(!QString(changes).remove(file).contains(kRuleSet), qPrintable(changes));
        QVERIFY2(firms.contains(kFirm), qPrintable(firms));
        QMessageBox *report = nullptr;
        QTRY_VERIFY((report = w->findChild<QMessageBox *>(QStringLiteral("recheckResult"))) != nullptr);
        QVERIFY2(report->text().contains(kFirm) && report->text().contains(QStringLiteral("#1 → #2")),
                 qPrintable(report->text()));
        report->close();
        // The rules in use now: the revision, from the user's folder, as the status bar says.
        const RuleSet *rs = w->libraries()->library()->ruleSet(kRuleSet);
        QVERIFY(rs && !rs->bundled);
        QCOMPARE(rs->verifiedOn, QDate(2027, 1, 15));
        QVERIFY2(status->text().contains(QStringLiteral("1 from folders")), qPrintable(status->text()));
        QVERIFY(status->toolTip().contains(QStringLiteral("verified 2027-01-15")));
        // Nothing affected any more: a second look finds no firm to re-check.
        QVERIFY(w->firms()->firmsWithChangedRules().isEmpty());
    }
};

QTEST_MAIN(TestRuleUpdate)
#include "tst_ruleupdate.moc"
