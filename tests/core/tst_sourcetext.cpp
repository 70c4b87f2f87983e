#include "rulelibrary.h"
#include "sourcetext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace eligicheck;

// The official texts a user opens from a criterion ("查看原文"): the compiled-in text is the one
// in rules/sources/, and a quote is found (and so highlighted) where the document has it, across
// the line breaks and padding of scraped pages.
class TestSourceText : public QObject {
    Q_OBJECT

    static QString repoSource(const QString &name) {
        QFile f(QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules/sources/") + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void locate_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("start"); // -1 = not found
        QTest::addColumn<QString>("found");

        QTest::newRow("plain") << QStringLiteral("第一条 本办法自颁布之日起施行。")
                               << QStringLiteral("本办法自颁布之日起施行。") << 4
                               << QStringLiteral("本办法自颁布之日起施行。");
        QTest::newRow("quote without the text's spaces")
            << QStringLiteral("浙江省人力资源和社会保障厅关于做好 2024 年春节期间")
            << QStringLiteral("做好2024年春节") << 15 << QStringLiteral("做好 2024 年春节");
        QTest::newRow("line break and ideographic space inside")
            << QStringLiteral("上年度主营业务收入\n\u3000不低于5000万元")
            << QStringLiteral("主营业务收入不低于5000万元") << 3
            << QStringLiteral("主营业务收入\n\u3000不低于5000万元");
        QTest::newRow("spaces in the quote")
            << QStringLiteral("研发投入占比不低于3%") << QStringLiteral("研发 投入 占比") << 0
            << QStringLiteral("研发投入占比");
        QTest::newRow("omission spans both pieces")
            << QStringLiteral("对企业给予补贴,具体办法另行制定,最高不超过100万元。")
            << QStringLiteral("对企业给予补贴 … 最高不超过100万元") << 0
            << QStringLiteral("对企业给予补贴,具体办法另行制定,最高不超过100万元");
        QTest::newRow("omission pieces out of order")
            << QStringLiteral("甲乙丙丁") << QStringLiteral("丙 … 甲") << -1 << QString();
        QTest::newRow("one character differs")
            << QStringLiteral("不低于5000万元") << QStringLiteral("不低于6000万元") << -1 << QString();
        QTest::newRow("blank quote") << QStringLiteral("甲乙") << QStringLiteral(" \u3000 ") << -1
                                     << QString();
        QTest::newRow("empty text") << QString() << QStringLiteral("甲") << -1 << QString();
    }
    void locate() {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(int, start);
        QFETCH(QString, found);
        const TextSpan span = QuoteLocator(text).find(quote);
        QCOMPARE(int(span.start), start);
        if (start >= 0) QCOMPARE(text.mid(span.start, span.length), found);
    }

    // A second occurrence is reached by searching from after the first.
    void locateFrom() {
        const QString text = QStringLiteral("补贴 甲。补贴 乙。");
        QuoteLocator loc(text);
        const TextSpan first = loc.find(QStringLiteral("补贴"));
        const TextSpan second = loc.find(QStringLiteral("补贴"), first.end());
        QCOMPARE(int(first.start), 0);
        QCOMPARE(int(second.start), 5);
        QVERIFY(!loc.find(QStringLiteral("补贴"), second.end()).isValid());
    }

    // Long scraped lines get their paragraph breaks back; nothing else changes, and a quote is
    // found at the same place in both.
    void paragraphsForDisplay_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString pad(300, u'甲');
        QTest::newRow("paragraphs of a long line") << pad + QStringLiteral("。 一、总体要求 (一)指导思想")
                                                   << pad + QStringLiteral("。\n一、总体要求\n(一)指导思想");
        QTest::newRow("after an ASCII colon")
            << pad + QStringLiteral("各有关单位: 现将") << pad + QStringLiteral("各有关单位:\n现将");
        QTest::newRow("numbers keep their spaces")
            << pad + QStringLiteral("做好 2024 年春节") << pad + QStringLiteral("做好 2024 年春节");
        QTest::newRow("short lines are the page's own")
            << QStringLiteral("一、总体要求 (一)指导思想") << QStringLiteral("一、总体要求 (一)指导思想");
        QTest::newRow("double spaces stay")
            << pad + QStringLiteral("。  一、") << pad + QStringLiteral("。  一、");
    }
    void paragraphsForDisplay() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString shown = eligicheck::paragraphsForDisplay(text);
        QCOMPARE(shown, expected);
        QCOMPARE(shown.size(), text.size());
    }

    void quotesAreAtTheSamePlaceOnScreen() {
        const QString text = repoSource(QStringLiteral("lz-manufacturing-upgrade-2025.txt"));
        const QString shown = eligicheck::paragraphsForDisplay(text);
        QVERIFY(shown.count(u'\n') > text.count(u'\n') + 20); // the single long line got its paragraphs
        const QString quote = QStringLiteral("每年市级财政安排不低于1000万元资金");
        const TextSpan a = QuoteLocator(text).find(quote), b = QuoteLocator(shown).find(quote);
        QVERIFY(a.isValid());
        QCOMPARE(b.start, a.start);
        QCOMPARE(b.length, a.length);
    }

    // What the program shows is what rules/sources/ holds, for every bundled rule set.
    void bundledTextIsTheRepositorysText() {
        RuleLibrary lib;
        lib.loadBundled();
        QVERIFY(!lib.ruleSets().empty());
        for (const auto &rs : lib.ruleSets()) {
            QString error;
            const std::optional<QString> text = SourceTexts::read(*rs, QString(), &error);
            QVERIFY2(text, qPrintable(rs->id + QStringLiteral(": ") + error));
            QCOMPARE(*text, repoSource(rs->id + QStringLiteral(".txt")));
            QVERIFY(!text->isEmpty());
        }
    }

    // A rule set from a folder reads the text beside it; it cannot name a file outside the
    // sources folder; a name nobody has gives a reason, not an empty viewer.
    void folderRuleSetsAndBadNames() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("rules/guangxi")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("rules/sources")));
        QFile t(dir.filePath(QStringLiteral("rules/sources/my-doc.txt")));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("修订后的文本\n第一条 ……\n");
        t.close();

        RuleSet rs;
        rs.title = QStringLiteral("测试文件");
        rs.filePath = dir.filePath(QStringLiteral("rules/guangxi/my-doc.yaml"));
        rs.source = QStringLiteral("my-doc.txt");
        QCOMPARE(SourceTexts::read(rs).value_or(QString()), QStringLiteral("修订后的文本\n第一条 ……\n"));

        // No text of its own: the bundled text of that name.
        rs.source = QStringLiteral("gx-enterprise-tech-center.txt");
        QCOMPARE(SourceTexts::read(rs).value_or(QString()), repoSource(rs.source));

        for (const QString &bad : {QStringLiteral("../guangxi/my-doc.yaml"), QStringLiteral("/etc/passwd"),
                                   QStringLiteral("external"), QStringLiteral("missing.txt"), QString()}) {
            rs.source = bad;
            QString error;
            QVERIFY2(!SourceTexts::read(rs, QString(), &error), qPrintable(bad));
            QVERIFY(error.contains(QStringLiteral("测试文件")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSourceText)
#include "tst_sourcetext.moc"
