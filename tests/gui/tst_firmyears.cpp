// Several years of figures (issue 19 item 6): a client spreadsheet with one row per firm per
// 财务年度 is imported, and the firm's "By year" tab shows each yearly figure in its fiscal year's
// column with the change on the year before; a cell is edited for its year (a new year too), and
// a value the question does not accept is refused with nothing written.
#include "guitest.h"

#include "firmanswersmodel.h"
#include "firmexchange.h"
#include "firmlistview.h"
#include "firmrepository.h"
#include "firmsheet.h"
#include "firmview.h"
#include "firmworkspace.h"
#include "firmyearsmodel.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace eligicheck;
using namespace guitest;

namespace {

const QString kFirm = QStringLiteral("柳州示例有限公司");

// Imports the spreadsheet as 文件 → 导入企业表格 does; the firm's id, or 0.
qint64 importSheet(const QString &dbPath, const QString &csvPath) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(dbPath)).ok()) return 0;
    Diagnostics diags;
    const auto records = FirmSheet(library().facts()).read(csvPath, QString(), &diags);
    if (!records || hasErrors(diags)) return 0;
    if (!FirmExchange(db, library().facts()).import(*records).ok()) return 0;
    Result<Firm> f = FirmRepository(db).findFirm(kFirm);
    return f.ok() ? f->id : 0;
}

// The stored figure of a yearly fact for one year, as plain text ("" when none).
QString stored(const QString &dbPath, qint64 firmId, const QString &factId, int year) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(dbPath)).ok()) return QStringLiteral("?");
    Result<QVector<StoredAnswer>> answers = FirmRepository(db).answers(firmId);
    if (!answers.ok()) return QStringLiteral("?");
    for (const StoredAnswer &a : *answers)
        if (a.factId == factId && a.fiscalYear == year) return a.value.toPlainString();
    return QString();
}

// Types into the cell of `row` and `year` of the view, as a user does, and presses Enter.
void typeInto(QTableView *view, FirmYearsModel *model, int row, int year, const QString &text) {
    const QModelIndex index = model->index(row, model->columnOf(year));
    view->setCurrentIndex(index);
    view->scrollTo(index);
    view->edit(index);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index)); // the editor of this cell
    QVERIFY(editor);
    editor->selectAll();
    editor->insert(text); // Chinese text: typed through the input method, not as key codes
    // What Enter does in the editor: the delegate hands the text to the model and closes it.
    QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
    emit delegate->commitData(editor);
    emit delegate->closeEditor(editor);
}

} // namespace

class TestFirmYears : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void yearsFromASpreadsheetAreShownAndEditedByYear() {
        const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("企业名称,财务年度,上年度主营业务收入（万元）,rd_expenditure_wan\n"
                               "%1,2023,8000,200\n"
                               "%1,2024,0.9亿元,180\n")
                    .arg(kFirm)
                    .toUtf8());
        f.close();
        const QString db = m_dir.filePath(QStringLiteral("firms.db"));
        const qint64 id = importSheet(db, csv);
        QVERIFY(id);

        auto w = openWindow({QStringLiteral("--db"), db});
        w->showTab(MainWindow::FirmsTab);
        QTRY_VERIFY(w->firms()->view() && w->firms()->view()->selectFirm(id));
        FirmView *view = w->firms()->firmView();
        view->tabs()->setCurrentWidget(view->yearsView());
        QTRY_VERIFY(view->yearsView()->isVisible());
        FirmYearsModel *years = view->yearsModel();

        // A column per fiscal year, oldest first, headed by the year; the last finished year is
        // there to be filled in.
        QVERIFY(years->years().contains(2023) && years->years().contains(2024));
        QVERIFY(years->columnOf(2023) < years->columnOf(2024));
        QVERIFY(years->headerData(years->columnOf(2024), Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("2024")));
        const int revenue = years->rowOf(QStringLiteral("main_business_revenue_wan"));
        const int rd = years->rowOf(QStringLiteral("rd_expenditure_wan"));
        QVERIFY(revenue >= 0 && rd >= 0);
        auto cell = [&](int row, int year, int role = Qt::DisplayRole) {
            return years->index(row, years->columnOf(year)).data(role).toString();
        };
        QVERIFY2(cell(revenue, 2023).remove(u',').contains(QStringLiteral("8000")),
                 qPrintable(cell(revenue, 2023)));
        QVERIFY2(cell(revenue, 2024).remove(u',').contains(QStringLiteral("9000")),
                 qPrintable(cell(revenue, 2024)));
        // Year-on-year: 8000 → 9000 is +12.5%; R&D 200 → 180 is -10%; none for the first year.
        QCOMPARE(cell(revenue, 2024, FirmYearsModel::ChangeRole), QStringLiteral("+12.5%"));
        QCOMPARE(cell(rd, 2024, FirmYearsModel::ChangeRole), QStringLiteral("-10%"));
        QCOMPARE(cell(revenue, 2023, FirmYearsModel::ChangeRole), QString());
        QCOMPARE(years->index(revenue, years->changeColumn()).data().toString(), QStringLiteral("+12.5%"));
        QVERIFY(cell(revenue, 2024, Qt::ToolTipRole).contains(QStringLiteral("2023")));

        // Edit 2023 in the table: stored for 2023 only, and the change follows.
        typeInto(view->yearsView(), years, revenue, 2023, QStringLiteral("1亿元"));
        QCOMPARE(stored(db, id, QStringLiteral("main_business_revenue_wan"), 2023), QStringLiteral("10000"));
        QCOMPARE(stored(db, id, QStringLiteral("main_business_revenue_wan"), 2024), QStringLiteral("9000"));
        QCOMPARE(cell(revenue, 2024, FirmYearsModel::ChangeRole), QStringLiteral("-10%"));

        // A year with no figure yet: entered in its column, stored for that year.
        const int next = years->years().last();
        QVERIFY(next > 2024);
        if (next == 2025) {
            typeInto(view->yearsView(), years, revenue, 2025, QStringLiteral("12000"));
            QCOMPARE(stored(db, id, QStringLiteral("main_business_revenue_wan"), 2025),
                     QStringLiteral("12000"));
            QCOMPARE(cell(revenue, 2025, FirmYearsModel::ChangeRole), QStringLiteral("+33.3%"));
            QCOMPARE(years->index(revenue, years->changeColumn()).data().toString(),
                     QStringLiteral("+33.3%"));
        }
        // The Answers tab shows the same figure.
        QVERIFY(view->answersModel()->rowOf(QStringLiteral("main_business_revenue_wan")) >= 0);

        // Refused: said in the view, nothing written.
        typeInto(view->yearsView(), years, rd, 2024, QStringLiteral("很多"));
        QCOMPARE(stored(db, id, QStringLiteral("rd_expenditure_wan"), 2024), QStringLiteral("180"));
        QVERIFY(view->messageLabel()->isVisible());
        QVERIFY2(view->messageLabel()->text().contains(QStringLiteral("很多")),
                 qPrintable(view->messageLabel()->text()));
    }
};

QTEST_MAIN(TestFirmYears)
#include "tst_firmyears.moc"
