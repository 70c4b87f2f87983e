// Spreadsheets out of the desktop app (issue 19, items 2 and 3): 导出结果表格… on the Firms tab
// writes match-all's workbook, 文件 → 导出空白问卷表格… the blank questionnaire of the programmes
// chosen, and a cancelled file dialog writes nothing. Driven through the real button, menu and
// file dialog; what was written is read back by the importer's own reader.
#include "guitest.h"

#include "firmlistview.h"
#include "firmrepository.h"
#include "firmsheet.h"
#include "firmworkspace.h"
#include "templatebuilder.h"
#include "xlsxreader.h"

#include <QAction>
#include <QFileDialog>

using namespace eligicheck;
using namespace guitest;

namespace {

const QStringList kFirms = {QStringLiteral("柳州示例机械有限公司"), QStringLiteral("南宁示例科技有限公司")};

bool seed(const QString &path) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(path)).ok()) return false;
    FirmRepository repo(db);
    for (const QString &name : kFirms)
        if (!repo.addFirm(Firm::named(name)).ok()) return false;
    return true;
}

QVector<QStringList> rowsOf(const QString &path, int sheet = 0) {
    SheetError error;
    const QStringList names = XlsxReader::sheetNames(path, &error).value_or(QStringList());
    const std::optional<Sheet> s = XlsxReader::read(path, names.value(sheet), &error);
    QVector<QStringList> out;
    if (!s) return out;
    for (const SheetRow &r : s->rows)
        out << QStringList(r.cells.begin(), r.cells.end());
    return out;
}

} // namespace

class TestSheetExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    // The Firms tab's button: a workbook with a row per firm and a column per programme.
    void resultsFromFirmsTab() {
        const QString db = m_dir.filePath(QStringLiteral("results.db"));
        QVERIFY(seed(db));
        auto w = openWindow({QStringLiteral("--db"), db});
        w->showTab(MainWindow::FirmsTab);
        QPushButton *button = w->firms()->view()->exportResultsButton();
        QVERIFY(button->isVisible());
        QTRY_VERIFY(button->height() > 0); // the tab is laid out by the next turn of the event loop
        const QString file = m_dir.filePath(QStringLiteral("结果.xlsx"));
        auto ran = whenModal<QFileDialog>([&](QFileDialog *d) { typeFileName(d, file); });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(*ran);
        QTRY_VERIFY(QFile::exists(file));
        const QVector<QStringList> rows = rowsOf(file);
        QCOMPARE(rows.size(), 2 + kFirms.size());
        QStringList names = {rows[2].value(0), rows[3].value(0)};
        names.sort();
        QStringList expected = kFirms;
        expected.sort();
        QCOMPARE(names, expected);
        QCOMPARE(rows[1].value(0), QStringLiteral("企业名称"));
        int programmes = 0;
        for (const auto &rs : library().ruleSets())
            programmes += int(rs->programmes.size());
        QCOMPARE(rows[1].size(), 5 + programmes);
    }

    // 文件 → 导出空白问卷表格…: the questionnaire of the programme being assessed, not of all.
    void blankQuestionnaireOfTheChosenProgramme() {
        auto w = openWindow({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("t.db"))});
        QVERIFY(assessFromBrowser(*w, QStringLiteral("gx-enterprise-tech-center"),
                                  QStringLiteral("recognition")));
        const QString file = m_dir.filePath(QStringLiteral("问卷.xlsx"));
        auto ran = whenModal<QFileDialog>([&](QFileDialog *d) { typeFileName(d, file); });
        w->findChild<QAction *>(QStringLiteral("actionExportTemplate"))->trigger();
        QVERIFY(*ran);
        QVERIFY(QFile::exists(file));
        const RuleSet *rs = library().ruleSet(QStringLiteral("gx-enterprise-tech-center"));
        const TemplateBuilder expected(library().facts(),
                                       {{rs, rs->programme(QStringLiteral("recognition"))}}, Lang::Zh);
        const QVector<QStringList> rows = rowsOf(file);
        QCOMPARE(rows.value(0), expected.headers());
        const TemplateBuilder all(library().facts(), *resolveProgrammes(library(), {}, nullptr), Lang::Zh);
        QVERIFY(expected.headers().size() < all.headers().size());
        // The explanation sheet names the clause that asks each question.
        const QVector<QStringList> notes = rowsOf(file, 1);
        QCOMPARE(notes.size(), 1 + expected.headers().size());
        QVERIFY(notes.last().value(4).contains(rs->programme(QStringLiteral("recognition"))->title.zh));
    }

    // Cancelling the file dialog writes nothing.
    void cancelWritesNothing() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.db"));
        QVERIFY(seed(db));
        auto w = openWindow({QStringLiteral("--db"), db});
        for (const char *action : {"actionExportFirms", "actionExportResults", "actionExportTemplate"}) {
            auto ran = whenModal<QFileDialog>([&](QFileDialog *d) { d->reject(); });
            w->findChild<QAction *>(QString::fromLatin1(action))->trigger();
            QVERIFY(*ran);
        }
        QCOMPARE(QDir(dir.path())
                     .entryList({QStringLiteral("*.xlsx"), QStringLiteral("*.csv"), QStringLiteral("*.part")},
                                QDir::Files | QDir::Hidden),
                 QStringList());
    }
};

QTEST_MAIN(TestSheetExport)
#include "tst_sheetexport.moc"
