// Spreadsheets out of the desktop app (issue 19, items 2 and 3): 导出结果表格… on the Firms tab
// writes match-all's workbook, 文件 → 导出空白问卷表格… the blank questionnaire of the programmes
// ticked in its dialog (at first those chosen in the questionnaire), and a cancelled dialog writes
// nothing. Driven through the real button, menu, programme tree and file dialog; what was written
// is read back by the importer's own reader.
#include "guitest.h"

#include "firmlistview.h"
#include "firmrepository.h"
#include "firmsheet.h"
#include "firmworkspace.h"
#include "programmetreemodel.h"
#include "templatebuilder.h"
#include "templatedialog.h"
#include "xlsxreader.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>

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

// Ticks or unticks a programme in the dialog's tree as a user does: a click on its row, then the
// space bar. False when the programme is not listed.
bool toggleProgramme(TemplateDialog *d, const QString &ruleSetId, const QString &programmeId) {
    QTreeView *view = d->view();
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex doc = m->index(r, 0);
        if (doc.data(ProgrammeTreeModel::RuleSetIdRole).toString() != ruleSetId) continue;
        for (int c = 0; c < m->rowCount(doc); ++c) {
            const QModelIndex p = m->index(c, 0, doc);
            if (p.data(ProgrammeTreeModel::ProgrammeIdRole).toString() != programmeId) continue;
            view->scrollTo(p);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(p).center());
            QTest::keyClick(view, Qt::Key_Space);
            return true;
        }
    }
    return false;
}

void clickSave(TemplateDialog *d) {
    QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
}

// Header cells of the fact columns (after the firm's own five).
QStringList factHeaders(const QStringList &headers) {
    return headers.mid(5);
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

    // 文件 → 导出空白问卷表格…: the dialog ticks the programme being assessed, not all of them, and
    // the spreadsheet asks its questions.
    void blankQuestionnaireOfTheChosenProgramme() {
        auto w = openWindow({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("t.db"))});
        QVERIFY(assessFromBrowser(*w, QStringLiteral("gx-enterprise-tech-center"),
                                  QStringLiteral("recognition")));
        const QString file = m_dir.filePath(QStringLiteral("问卷.xlsx"));
        QVector<ProgrammeRef> ticked;
        auto dialogRan = whenModal<TemplateDialog>([&](TemplateDialog *d) {
            ticked = d->programmes();
            clickSave(d);
        });
        auto ran = whenModal<QFileDialog>([&](QFileDialog *d) { typeFileName(d, file); });
        w->findChild<QAction *>(QStringLiteral("actionExportTemplate"))->trigger();
        QVERIFY(*dialogRan);
        QVERIFY(*ran);
        QVERIFY(QFile::exists(file));
        const RuleSet *rs = library().ruleSet(QStringLiteral("gx-enterprise-tech-center"));
        QCOMPARE(ticked.size(), 1);
        QCOMPARE(ticked[0].ruleSet->id + u'/' + ticked[0].programme->id,
                 QStringLiteral("gx-enterprise-tech-center/recognition"));
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

    // The programme picker (as `template RULESET/PROGRAMME…` on the command line): nothing chosen
    // in the questionnaire and nothing known of the firm, so every programme is ticked at first;
    // the user unticks all, ticks two programmes in the tree, and the spreadsheet has exactly the
    // columns of those two programmes' facts.
    void blankQuestionnaireOfTwoTickedProgrammes_data() {
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("two documents") << QStringList{
            QStringLiteral("gx-enterprise-tech-center/recognition"),
            QStringLiteral("lz-manufacturing-upgrade-2025/") +
                library().ruleSet(QStringLiteral("lz-manufacturing-upgrade-2025"))->programmes.front().id};
        for (const auto &rs : library().ruleSets())
            if (rs->programmes.size() >= 2) {
                QTest::newRow("one document, two of its programmes") << QStringList{
                    rs->id + u'/' + rs->programmes[0].id, rs->id + u'/' + rs->programmes[1].id};
                break;
            }
    }
    void blankQuestionnaireOfTwoTickedProgrammes() {
        QFETCH(QStringList, ids);
        auto w = openWindow({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("two.db"))});
        const QString file = m_dir.filePath(
            QStringLiteral("two-%1.xlsx").arg(qHash(QString::fromUtf8(QTest::currentDataTag()))));
        int ticked = -1;
        QString before, after;
        bool toggled = true, saveDisabledWhenNone = false;
        auto dialogRan = whenModal<TemplateDialog>([&](TemplateDialog *d) {
            ticked = int(d->programmes().size());
            before = d->summaryLabel()->text();
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("tickNone")), Qt::LeftButton);
            saveDisabledWhenNone = !d->buttons()->button(QDialogButtonBox::Save)->isEnabled();
            for (const QString &id : ids)
                toggled = toggleProgramme(d, id.section(u'/', 0, 0), id.section(u'/', 1)) && toggled;
            after = d->summaryLabel()->text();
            clickSave(d);
        });
        auto ran = whenModal<QFileDialog>([&](QFileDialog *d) { typeFileName(d, file); });
        w->findChild<QAction *>(QStringLiteral("actionExportTemplate"))->trigger();
        QVERIFY(*dialogRan);
        QVERIFY(toggled);
        QVERIFY(saveDisabledWhenNone);
        QVERIFY(*ran);
        const QVector<ProgrammeRef> all = *resolveProgrammes(library(), {}, nullptr);
        QCOMPARE(ticked, int(all.size())); // nothing chosen, nothing known: every programme
        // In the library's order, as the tree lists them (the columns follow the programmes' order).
        QVector<ProgrammeRef> two;
        for (const ProgrammeRef &p : all)
            if (ids.contains(p.ruleSet->id + u'/' + p.programme->id)) two.append(p);
        QCOMPARE(two.size(), 2);
        const TemplateBuilder expected(library().facts(), two, Lang::Zh);
        QVERIFY2(after.contains(QStringLiteral("2")) &&
                     after.contains(QString::number(expected.columns().size())),
                 qPrintable(after));
        QVERIFY(after != before);
        QVERIFY(QFile::exists(file));
        const QStringList headers = rowsOf(file).value(0);
        QCOMPARE(headers, expected.headers());
        // Exactly the facts the two programmes read: each of theirs, and none of another's.
        QStringList wanted;
        for (const TemplateBuilder::Column &c : expected.columns())
            wanted << FactHeaders(library().facts(), Lang::Zh)(*c.fact);
        QCOMPARE(factHeaders(headers), wanted);
        const TemplateBuilder each0(library().facts(), {two[0]}, Lang::Zh),
            each1(library().facts(), {two[1]}, Lang::Zh);
        QSet<QString> union_;
        for (const QString &h : factHeaders(each0.headers()) + factHeaders(each1.headers()))
            union_.insert(h);
        const QStringList written = factHeaders(headers);
        QCOMPARE(QSet<QString>(written.begin(), written.end()), union_);
        QVERIFY(factHeaders(headers).size() <
                factHeaders(TemplateBuilder(library().facts(), all, Lang::Zh).headers()).size());
    }

    // Nothing chosen in the questionnaire, but the firm's province is answered: the programmes that
    // concern it are ticked at first (its region and national ones), not those of other provinces.
    void blankQuestionnaireTicksWhatConcernsTheFirm() {
        QHash<QString, Value> answers;
        answers.insert(QStringLiteral("province"), Value::fromChoice(QStringLiteral("guangxi")));
        const Selection s = TemplateDialog::initialSelection(library(), {}, answers, QDate(2025, 6, 1));
        QVERIFY(!s.isEmpty());
        bool guangxi = false;
        for (const SelectedProgramme &p : s) {
            for (const char *other : {"zj-", "sh-", "sd-", "xt-"})
                QVERIFY2(!p.ruleSetId.startsWith(QLatin1String(other)), qPrintable(p.ruleSetId));
            guangxi = guangxi || p.ruleSetId == QStringLiteral("gx-enterprise-tech-center");
        }
        QVERIFY(guangxi);
        QVERIFY(s.size() < selectAll(library()).size());
        // Chosen in step 1 wins.
        const Selection chosen = {{QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("recognition"),
                                   library().ruleSet(QStringLiteral("gx-enterprise-tech-center")),
                                   library()
                                       .ruleSet(QStringLiteral("gx-enterprise-tech-center"))
                                       ->programme(QStringLiteral("recognition"))}};
        QCOMPARE(TemplateDialog::initialSelection(library(), chosen, answers, QDate(2025, 6, 1)).size(), 1);
    }

    // Cancelling the file dialog writes nothing.
    void cancelWritesNothing() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.db"));
        QVERIFY(seed(db));
        auto w = openWindow({QStringLiteral("--db"), db});
        for (const char *action : {"actionExportFirms", "actionExportResults"}) {
            auto ran = whenModal<QFileDialog>([](QFileDialog *d) { d->reject(); });
            w->findChild<QAction *>(QString::fromLatin1(action))->trigger();
            QVERIFY(*ran);
        }
        // The blank questionnaire asks for its programmes first, then for the file.
        auto picked = whenModal<TemplateDialog>([](TemplateDialog *d) { clickSave(d); });
        auto ran = whenModal<QFileDialog>([](QFileDialog *d) { d->reject(); });
        w->findChild<QAction *>(QStringLiteral("actionExportTemplate"))->trigger();
        QVERIFY(*picked);
        QVERIFY(*ran);
        // Cancel in the programme dialog: no file dialog, nothing written.
        auto cancelled = whenModal<TemplateDialog>([](TemplateDialog *d) {
            QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        });
        w->findChild<QAction *>(QStringLiteral("actionExportTemplate"))->trigger();
        QVERIFY(*cancelled);
        QCOMPARE(QDir(dir.path())
                     .entryList({QStringLiteral("*.xlsx"), QStringLiteral("*.csv"), QStringLiteral("*.part")},
                                QDir::Files | QDir::Hidden),
                 QStringList());
    }
};

QTEST_MAIN(TestSheetExport)
#include "tst_sheetexport.moc"
