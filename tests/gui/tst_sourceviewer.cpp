#include "guitest.h"

#include "resultview.h"
#include "sourcelink.h"
#include "sourceviewer.h"
#include "uilanguage.h"

#include <QLabel>
#include <QPrinter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>

using namespace guitest;

// "查看原文": from a criterion in the programme browser, the questionnaire and the result, the
// official text opens with the criterion's passage highlighted and in view; find and print work.
class TestSourceViewer : public QObject {
    Q_OBJECT

    static constexpr const char16_t *kRuleSet = u"gx-enterprise-tech-center";

    // Clicks the link with `href` in a text browser, as a user does: scroll it into view, press
    // and release the mouse on it.
    static bool clickLink(QTextBrowser *browser, const QString &href) {
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (f.charFormat().anchorHref() != href) continue;
                QTextCursor c(browser->document());
                c.setPosition(f.position() + f.length() / 2);
                browser->setTextCursor(c);
                browser->ensureCursorVisible();
                QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(c).center());
                return true;
            }
        return false;
    }

    static SourceViewer *openedViewer(QWidget *parent) {
        // The dialog is a child window of the view that opened it.
        QTest::qWaitFor([&] { return parent->findChild<SourceViewer *>() != nullptr; }, 5000);
        return parent->findChild<SourceViewer *>();
    }

    // The passage in view and highlighted, and it is the quote (whitespace aside).
    static void verifyShowsQuote(SourceViewer *v, const QString &quote) {
        QVERIFY(QTest::qWaitForWindowExposed(v));
        QCOMPARE(QuoteLocator::squeezed(v->highlightedText()), QuoteLocator::squeezed(quote));
        QTRY_VERIFY(v->isHighlightVisible());
    }

private slots:
    void initTestCase() {
        isolateSettings();
        QVERIFY(UiLanguage::install(QStringLiteral("zh_CN"))); // as on the users' desktops
    }
    void cleanup() {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<SourceViewer *>(w)) delete w;
    }

    void fromTheProgrammeBrowser() {
        auto w = openWindow();
        w->showTab(MainWindow::BrowserTab);
        QVERIFY(w->browser()->selectRuleSet(QString::fromUtf16(kRuleSet), QStringLiteral("recognition")));
        const QString href =
            SourceLink::forCriterion(QString::fromUtf16(kRuleSet), QStringLiteral("recognition"),
                                     QStringLiteral("rd-staff"))
                .toString(QUrl::FullyEncoded);
        QVERIFY(clickLink(w->browser()->documentView(), href));
        SourceViewer *v = openedViewer(w->browser());
        QVERIFY(v);
        verifyShowsQuote(v, QStringLiteral("研究与试验发展人员数不少于40人"));
        QVERIFY(v->windowTitle().contains(QStringLiteral("广西壮族自治区企业技术中心认定管理办法")));
        // The passage is far down the document: the view had to scroll to show it.
        QVERIFY(v->textView()->verticalScrollBar()->value() > 0);
        QVERIFY(v->findChild<QLabel *>(QStringLiteral("sourceHeader"))
                    ->text()
                    .contains(QStringLiteral("第七条第(六)项")));
    }

    // A criterion of another document, deeper in its text, and an amount.
    void fromTheBrowser_data() {
        QTest::addColumn<QString>("ruleSet");
        QTest::addColumn<QString>("programme");
        QTest::addColumn<QString>("criterion");
        const auto lib = std::make_unique<RuleLibrary>();
        lib->loadBundled();
        const RuleSet *rs = lib->ruleSet(QStringLiteral("gx-industrial-park-management"));
        QVERIFY(rs && !rs->programmes.empty());
        const Programme &last = rs->programmes.back();
        for (auto it = last.criteria.rbegin(); it != last.criteria.rend(); ++it)
            if (!it->implicitInForce && !it->quote.isEmpty()) {
                QTest::newRow("last criterion of the park measures") << rs->id << last.id << it->id;
                break;
            }
    }
    void fromTheBrowser() {
        QFETCH(QString, ruleSet);
        QFETCH(QString, programme);
        QFETCH(QString, criterion);
        auto w = openWindow();
        w->showTab(MainWindow::BrowserTab);
        QVERIFY(w->browser()->selectRuleSet(ruleSet, programme));
        QVERIFY(
            clickLink(w->browser()->documentView(),
                      SourceLink::forCriterion(ruleSet, programme, criterion).toString(QUrl::FullyEncoded)));
        SourceViewer *v = openedViewer(w->browser());
        QVERIFY(v);
        const RuleSet *rs = w->libraries()->library()->ruleSet(ruleSet);
        verifyShowsQuote(v, rs->programme(programme)->criterion(criterion)->quote);
    }

    void fromTheQuestionnaire() {
        auto w = openWindow();
        QVERIFY(assessFromBrowser(*w, QString::fromUtf16(kRuleSet), QStringLiteral("recognition")));
        QuestionWidget *q = w->questionnaire()->questionWidget(QStringLiteral("rd_staff_count"));
        QVERIFY(q);
        QLabel *usedBy = q->usedByLabel();
        QVERIFY(usedBy->text().contains(QStringLiteral("第七条第(六)项</a>")));
        // The label's link, as QLabel reports a click on it.
        const QRegularExpressionMatch link =
            QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(usedBy->text());
        QVERIFY(link.hasMatch());
        emit usedBy->linkActivated(link.captured(1));
        SourceViewer *v = openedViewer(q);
        QVERIFY(v);
        verifyShowsQuote(v, QStringLiteral("研究与试验发展人员数不少于40人"));
    }

    void fromTheResult() {
        auto w = openWindow();
        QVERIFY(assessFromBrowser(*w, QString::fromUtf16(kRuleSet), QStringLiteral("recognition")));
        w->showTab(MainWindow::ResultTab);
        QTextBrowser *result = w->resultView()->browser();
        QTRY_VERIFY(result->toPlainText().contains(QStringLiteral("查看原文")));
        QVERIFY(clickLink(result,
                          SourceLink::forCriterion(QString::fromUtf16(kRuleSet),
                                                   QStringLiteral("recognition"), QStringLiteral("rd-staff"))
                              .toString(QUrl::FullyEncoded)));
        SourceViewer *v = openedViewer(w->resultView());
        QVERIFY(v);
        verifyShowsQuote(v, QStringLiteral("研究与试验发展人员数不少于40人"));
    }

    // Ctrl+F goes to the find box; Enter finds the next occurrence (wrapping round); a word the
    // text lacks says so.
    void findInTheText() {
        auto w = openWindow();
        const RuleSet *rs = w->libraries()->library()->ruleSet(QString::fromUtf16(kRuleSet));
        SourceViewer *v = SourceViewer::open({rs, QString(), QString(), QString(), QString()}, w.get());
        QVERIFY(QTest::qWaitForWindowExposed(v));
        v->textView()->setFocus();
        QTest::keyClick(v, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(v->findBox()));
        typeText(v->findBox(), QStringLiteral("第十五条"));
        QTest::keyClick(v->findBox(), Qt::Key_Return);
        QCOMPARE(v->textView()->textCursor().selectedText(), QStringLiteral("第十五条"));
        const int first = v->textView()->textCursor().position();
        QTest::keyClick(v->findBox(), Qt::Key_Return);
        const int second = v->textView()->textCursor().position();
        QVERIFY(second != first);
        QCOMPARE(v->textView()->textCursor().selectedText(), QStringLiteral("第十五条"));
        QVERIFY(v->statusLabel()->text().isEmpty());

        v->findBox()->clear();
        typeText(v->findBox(), QStringLiteral("第九十九条"));
        QTest::keyClick(v->findBox(), Qt::Key_Return);
        QCOMPARE(v->statusLabel()->text(), QStringLiteral("未找到"));
    }

    // Printing (here to PDF) writes the document with its heading.
    void printsTheText() {
        auto w = openWindow();
        const RuleSet *rs = w->libraries()->library()->ruleSet(QString::fromUtf16(kRuleSet));
        const Criterion *c =
            rs->programme(QStringLiteral("recognition"))->criterion(QStringLiteral("rd-staff"));
        SourceViewer v({rs, c->clause, c->quote, c->source}, w.get());
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("source.pdf")));
        QVERIFY(v.printTo(&printer));
        QFile pdf(printer.outputFileName());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type/Page") >= 2);
    }

    // A passage the text does not have is said so, and nothing is marked.
    void passageNotInTheText() {
        auto w = openWindow();
        const RuleSet *rs = w->libraries()->library()->ruleSet(QString::fromUtf16(kRuleSet));
        SourceViewer v({rs, QStringLiteral("第九十九条"), QStringLiteral("本条不存在于原文"), QString()},
                       w.get());
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QVERIFY(v.highlightedText().isEmpty());
        QVERIFY(v.findChild<QLabel *>(QStringLiteral("sourceHeader"))
                    ->text()
                    .contains(QStringLiteral("本条不存在于原文")));
        QVERIFY(!v.textView()->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestSourceViewer)
#include "tst_sourceviewer.moc"
