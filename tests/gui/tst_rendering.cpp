// How the window is drawn: the start-up measures that draw the same window with less work must
// draw exactly the same window — LeanStyle (clipped tool bars and scroll bars),
// RegularWeightHeader (headers measured in the font they are drawn in) — and fontconfig's
// "no hinting" must reach Qt (honourUnhintedFonts).
#include "guitest.h"

#include "fonthinting.h"
#include "icons.h"
#include "leanstyle.h"
#include "regularweightheader.h"
#include "resultview.h"

#include <QHeaderView>
#include <QListView>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QStyleOptionHeader>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>

#include <functional>

#if ELIGICHECK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

using namespace eligicheck;
using namespace guitest;

class TestRendering : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }
    void cleanup() { QApplication::setStyle(QStringLiteral("Fusion")); }

    void leanStyleDrawsTheSamePixels_data();
    void leanStyleDrawsTheSamePixels();
    void itemViewsDrawTheSamePixels_data();
    void itemViewsDrawTheSamePixels();
    void headerMeasuresInItsOwnFont_data();
    void headerMeasuresInItsOwnFont();
    void installedHeaderKeepsTheViewsSettings();
    void unhintedFontsStayUnhinted_data();
    void unhintedFontsStayUnhinted();
};

namespace {

QImage grabTab(MainWindow::Tab tab) {
    auto w = openWindow();
    w->resize(960, 630);
    w->showTab(tab);
    if (tab == MainWindow::BrowserTab)
        w->browser()->selectRuleSet(QStringLiteral("gx-enterprise-tech-center"));
    QApplication::processEvents();
    return w->grab().toImage();
}

// Where two images differ, for the failure message.
QString firstDifference(const QImage &a, const QImage &b) {
    if (a.size() != b.size())
        return QStringLiteral("sizes %1x%2 and %3x%4")
            .arg(a.width())
            .arg(a.height())
            .arg(b.width())
            .arg(b.height());
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y)) return QStringLiteral("first at (%1, %2)").arg(x).arg(y);
    return QString();
}

// What `grab` returns under plain Fusion and under LeanStyle (made as main() makes it) is the same.
void verifySamePixelsUnderLeanStyle(const std::function<QImage()> &grab) {
    QApplication::setStyle(QStringLiteral("Fusion"));
    const QImage plain = grab();
    QApplication::setStyle(new LeanStyle);
    QVERIFY(qobject_cast<LeanStyle *>(QApplication::style()));
    const QImage lean = grab();
    QVERIFY(!plain.isNull());
    QVERIFY2(plain == lean, qPrintable(firstDifference(plain, lean)));
}

} // namespace

void TestRendering::leanStyleDrawsTheSamePixels_data() {
    QTest::addColumn<int>("tab");
    QTest::newRow("programmes (tool bar, menus, tree with both scroll bars, header, document)")
        << int(MainWindow::BrowserTab);
    QTest::newRow("questionnaire") << int(MainWindow::QuestionnaireTab);
    QTest::newRow("result") << int(MainWindow::ResultTab);
    QTest::newRow("firms") << int(MainWindow::FirmsTab);
}

void TestRendering::leanStyleDrawsTheSamePixels() {
    QFETCH(int, tab);
    verifySamePixelsUnderLeanStyle([&] { return grabTab(MainWindow::Tab(tab)); });
}

void TestRendering::itemViewsDrawTheSamePixels_data() {
    QTest::addColumn<QString>("view");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addColumn<bool>("selected");
    for (const char *view : {"tree", "list", "icons", "text above icons", "table"})
        for (bool rtl : {false, true})
            for (bool selected : {false, true})
                QTest::addRow("%s%s%s", view, rtl ? ", right to left" : "", selected ? ", selected" : "")
                    << QString::fromLatin1(view) << rtl << selected;
}

namespace {

class TextAboveIcon : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        option->decorationPosition = QStyleOptionViewItem::Bottom;
        option->showDecorationSelected = true;
    }
};

// Items of every kind the item texts shortcut must tell apart: long (elided), short, Chinese,
// with icon, with check box, with a line break (not taken), empty.
std::unique_ptr<QStandardItemModel> itemsOfEveryKind() {
    auto model = std::make_unique<QStandardItemModel>(0, 2);
    const QStringList texts = {
        QStringLiteral("Recognition as a Guangxi enterprise technology centre, with a title too long to fit"),
        QStringLiteral("Liuzhou"),
        QStringLiteral("广西壮族自治区企业技术中心认定管理办法（桂工信规范〔2025〕2号）"),
        QStringLiteral("two\nlines"),
        QString(),
        QStringLiteral("In force"),
    };
    for (int i = 0; i < texts.size(); ++i) {
        auto *first = new QStandardItem(texts[i]);
        auto *second = new QStandardItem(texts[(i + 2) % texts.size()]);
        if (i % 2 == 0)
            first->setIcon(statusIcon(i % 4 == 0 ? CriterionStatus::Pass : CriterionStatus::Fail));
        if (i % 3 == 1) {
            second->setCheckable(true);
            second->setCheckState(i % 2 ? Qt::Checked : Qt::Unchecked);
        }
        model->appendRow({first, second});
    }
    model->item(0)->appendRow({new QStandardItem(texts[2]), new QStandardItem(texts[1])});
    return model;
}

QImage grabView(const QString &kind, bool rightToLeft, bool selected) {
    const auto model = itemsOfEveryKind();
    std::unique_ptr<QAbstractItemView> view;
    if (kind == QLatin1String("tree")) {
        auto *tree = new QTreeView;
        tree->setModel(model.get());
        tree->expandAll();
        view.reset(tree);
    } else if (kind == QLatin1String("table")) {
        view.reset(new QTableView);
        view->setModel(model.get());
    } else {
        auto *list = new QListView;
        if (kind != QLatin1String("list")) list->setViewMode(QListView::IconMode);
        if (kind == QLatin1String("text above icons")) list->setItemDelegate(new TextAboveIcon(list));
        list->setModel(model.get());
        view.reset(list);
    }
    view->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    view->resize(260, 220);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) return {};
    if (selected) {
        view->setFocus();
        view->setCurrentIndex(model->index(0, 0));
        view->selectionModel()->select(model->index(2, 0), QItemSelectionModel::Select);
    }
    return view->grab().toImage();
}

} // namespace

// Item views of every kind, in both directions, selected or not, with texts of every kind: the
// same pixels under LeanStyle (whose item texts shortcut applies to some of them) as under Fusion.
void TestRendering::itemViewsDrawTheSamePixels() {
    QFETCH(QString, view);
    QFETCH(bool, rightToLeft);
    QFETCH(bool, selected);
    verifySamePixelsUnderLeanStyle([&] { return grabView(view, rightToLeft, selected); });
}

void TestRendering::headerMeasuresInItsOwnFont_data() {
    QTest::addColumn<QString>("title");
    QTest::newRow("Latin") << QStringLiteral("Document number (文号)");
    QTest::newRow("Chinese") << QStringLiteral("政策文件 / 申报事项");
    QTest::newRow("long Latin") << QStringLiteral("Applicant of the programme, as the document names it");
}

// The width a section needs for its title, in the header's own (regular) font, as the style
// computes it.
static int regularWidth(const QHeaderView &header, const QString &title) {
    QStyleOptionHeader opt;
    opt.initFrom(&header);
    opt.text = title;
    opt.fontMetrics = header.fontMetrics();
    if (header.isSortIndicatorShown()) opt.sortIndicator = QStyleOptionHeader::SortDown;
    return header.style()->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), &header).width();
}

void TestRendering::headerMeasuresInItsOwnFont() {
    QFETCH(QString, title);
    QStandardItemModel model(0, 1);
    model.setHorizontalHeaderLabels({title});
    RegularWeightHeader ours(Qt::Horizontal);
    QHeaderView qts(Qt::Horizontal);
    // A font with a real bold face: under LANG=zh_CN.UTF-8 the desktop's default sans-serif is
    // WenQuanYi Micro Hei, whose (synthetic) bold is exactly as wide as its regular.
    const QFont font(QStringLiteral("DejaVu Sans"), 10);
    for (QHeaderView *h : {static_cast<QHeaderView *>(&ours), &qts}) {
        h->setFont(font);
        h->setModel(&model);
    }
    // Qt measures in bold (wider); ours in the font the title is drawn in.
    QCOMPARE(ours.sectionSizeHint(0), regularWidth(ours, title));
    QVERIFY2(ours.sectionSizeHint(0) < qts.sectionSizeHint(0),
             qPrintable(QStringLiteral("%1 vs %2").arg(ours.sectionSizeHint(0)).arg(qts.sectionSizeHint(0))));
    QCOMPARE(ours.sizeHint().height(), qts.sizeHint().height());
    // Highlighted sections are drawn in bold: then it measures in bold, as Qt does.
    ours.setHighlightSections(true);
    QCOMPARE(ours.sectionSizeHint(0), qts.sectionSizeHint(0));
}

void TestRendering::installedHeaderKeepsTheViewsSettings() {
    QTreeView plain, ours;
    RegularWeightHeader *header = RegularWeightHeader::install(&ours);
    QCOMPARE(ours.header(), header);
    QStandardItemModel model(3, 2);
    plain.setModel(&model);
    ours.setModel(&model);
    QCOMPARE(header->model(), &model);
    QCOMPARE(header->parent(), &ours);
    QCOMPARE(header->sectionsMovable(), plain.header()->sectionsMovable());
    QCOMPARE(header->stretchLastSection(), plain.header()->stretchLastSection());
    QCOMPARE(header->defaultAlignment(), plain.header()->defaultAlignment());
    QCOMPARE(header->sectionsClickable(), plain.header()->sectionsClickable());
    // Sorting still works through it: a click on the title sorts the column.
    ours.setSortingEnabled(true);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("b")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("c")));
    model.setItem(2, 0, new QStandardItem(QStringLiteral("a")));
    ours.resize(300, 200);
    ours.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ours));
    ours.sortByColumn(0, Qt::AscendingOrder);
    QCOMPARE(ours.model()->index(0, 0).data().toString(), QStringLiteral("a"));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(0) + 5, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(ours.model()->index(0, 0).data().toString(), QStringLiteral("c"));
}

void TestRendering::unhintedFontsStayUnhinted_data() {
    QTest::addColumn<QString>("family");
    QTest::addColumn<bool>("configuredUnhinted");
    // 65-wqy-microhei.conf (fonts-wqy-microhei, installed by scripts/setup.sh) turns hinting off.
    QTest::newRow("WenQuanYi Micro Hei (hinting off)") << QStringLiteral("WenQuanYi Micro Hei") << true;
    QTest::newRow("DejaVu Sans (hinted)") << QStringLiteral("DejaVu Sans") << false;
}

void TestRendering::unhintedFontsStayUnhinted() {
#if ELIGICHECK_HAVE_FONTCONFIG
    QFETCH(QString, family);
    QFETCH(bool, configuredUnhinted);
    struct Match {
        QString family;
        bool hinting = true;
        int hintStyle = -1;
    };
    const auto match = [&] {
        FcPattern *pattern = FcPatternCreate();
        FcPatternAddString(pattern, FC_FAMILY,
                           reinterpret_cast<const FcChar8 *>(family.toUtf8().constData()));
        FcPatternAddDouble(pattern, FC_PIXEL_SIZE, 12);
        FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
        FcDefaultSubstitute(pattern);
        FcResult result;
        FcPattern *found = FcFontMatch(nullptr, pattern, &result);
        Match m;
        if (found) {
            // Any of the font's names: under LANG=zh_CN.UTF-8 the first is 文泉驿微米黑.
            FcChar8 *name = nullptr;
            for (int i = 0; FcPatternGetString(found, FC_FAMILY, i, &name) == FcResultMatch; ++i)
                if (i == 0 || QString::fromUtf8(reinterpret_cast<const char *>(name)) == family)
                    m.family = QString::fromUtf8(reinterpret_cast<const char *>(name));
            FcBool hinting = FcTrue;
            if (FcPatternGetBool(found, FC_HINTING, 0, &hinting) == FcResultMatch) m.hinting = hinting;
            FcPatternGetInteger(found, FC_HINT_STYLE, 0, &m.hintStyle);
            FcPatternDestroy(found);
        }
        FcPatternDestroy(pattern);
        return m;
    };
    const Match before = match();
    if (before.family != family) QSKIP(qPrintable(family + QStringLiteral(" is not installed")));
    QCOMPARE(!before.hinting, configuredUnhinted);
    QVERIFY(honourUnhintedFonts());
    const Match after = match();
    QCOMPARE(after.family, family);
    QCOMPARE(after.hinting, before.hinting);
    // Qt 6.4 reads only the hint style: "none" for an unhinted font, the desktop's for the others.
    QCOMPARE(after.hintStyle, configuredUnhinted ? int(FC_HINT_NONE) : before.hintStyle);
#else
    QSKIP("fontconfig is not used on this platform");
#endif
}

QTEST_MAIN(TestRendering)
#include "tst_rendering.moc"
