#include "clauselabel.h"
#include "rulelibrary.h"

#include <QTest>

using namespace eligicheck;

// Clause labels in the reader's language: Chinese as the text writes them, English by rule
// (issue 16: an English reader met 第七条第(三)项 on every line of a report).
class TestClauseLabel : public QObject {
    Q_OBJECT

    static QString u(const char16_t *s) { return QString::fromUtf16(s); }

    // Every clause label of a rule set, with where it is.
    static QList<QPair<QString, QString>> labelsOf(const RuleSet &rs) {
        QList<QPair<QString, QString>> out; // where → label rendered in English
        auto add = [&](const QString &where, const QString &label, const QString &en) {
            if (!label.isEmpty())
                out.append({where + QStringLiteral(" ") + label, clauseLabel(label, Lang::En, en)});
        };
        add(rs.id + QStringLiteral(" validity"), rs.validity.clause, rs.validity.clauseEn);
        add(rs.id + QStringLiteral(" area"), rs.area.clause, rs.area.clauseEn);
        for (const Parameter &p : rs.parameters)
            add(rs.id + u'/' + p.id, p.clause, p.clauseEn);
        for (const Programme &p : rs.programmes) {
            for (const Criterion &c : p.criteria)
                add(rs.id + u'/' + p.id + u'/' + c.id, c.clause, c.clauseEn);
            for (const Amount &a : p.amounts)
                add(rs.id + u'/' + p.id + u'/' + a.id, a.clause, a.clauseEn);
            if (p.outcome) {
                add(rs.id + u'/' + p.id + QStringLiteral("/outcome"), p.outcome->clause, p.outcome->clauseEn);
                for (const Band &b : p.outcome->bands)
                    add(rs.id + u'/' + p.id + QStringLiteral("/band ") + b.id, b.clause, b.clauseEn);
            }
        }
        return out;
    }

private slots:
    void numerals_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value"); // 0: not a numeral
        QTest::newRow("一") << u(u"一") << 1;
        QTest::newRow("九") << u(u"九") << 9;
        QTest::newRow("十") << u(u"十") << 10;
        QTest::newRow("十一") << u(u"十一") << 11;
        QTest::newRow("十五") << u(u"十五") << 15;
        QTest::newRow("二十") << u(u"二十") << 20;
        QTest::newRow("二十三") << u(u"二十三") << 23;
        QTest::newRow("三十一") << u(u"三十一") << 31;
        QTest::newRow("九十九") << u(u"九十九") << 99;
        QTest::newRow("一百") << u(u"一百") << 100;
        QTest::newRow("一百零二") << u(u"一百零二") << 102;
        QTest::newRow("一百一十") << u(u"一百一十") << 110;
        QTest::newRow("一百二十三") << u(u"一百二十三") << 123;
        QTest::newRow("九百九十九") << u(u"九百九十九") << 999;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("零") << u(u"零") << 0;
        QTest::newRow("二二") << u(u"二二") << 0;
        QTest::newRow("十十") << u(u"十十") << 0;
        QTest::newRow("一十五 (not the usual form)") << u(u"一十五") << 0;
        QTest::newRow("一百二 (ambiguous)") << u(u"一百二") << 0;
        QTest::newRow("一百零 ") << u(u"一百零") << 0;
        QTest::newRow("百") << u(u"百") << 0;
        QTest::newRow("千") << u(u"一千") << 0;
        QTest::newRow("条") << u(u"条") << 0;
    }
    void numerals() {
        QFETCH(QString, text);
        QFETCH(int, value);
        const std::optional<int> got = chineseNumeral(text);
        if (value == 0)
            QVERIFY2(!got, qPrintable(QString::number(got.value_or(-1))));
        else
            QCOMPARE(got.value_or(-1), value);
    }

    void english_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("english"); // empty: cannot be rendered without clause_en
        // Articles, paragraphs and items of 管理办法.
        QTest::newRow("第十五条") << u(u"第十五条") << QStringLiteral("Art. 15");
        QTest::newRow("第二十三条") << u(u"第二十三条") << QStringLiteral("Art. 23");
        QTest::newRow("第一百零二条") << u(u"第一百零二条") << QStringLiteral("Art. 102");
        QTest::newRow("第三十一条第(四)项") << u(u"第三十一条第(四)项") << QStringLiteral("Art. 31(4)");
        QTest::newRow("第七条第(三)项") << u(u"第七条第(三)项") << QStringLiteral("Art. 7(3)");
        QTest::newRow("full-width brackets") << u(u"第七条第（三）项") << QStringLiteral("Art. 7(3)");
        QTest::newRow("第七条第(七)项1.") << u(u"第七条第(七)项1.") << QStringLiteral("Art. 7(7)1");
        QTest::newRow("第五条第二款") << u(u"第五条第二款") << QStringLiteral("Art. 5 para. 2");
        QTest::newRow("第五条第二款第(一)项")
            << u(u"第五条第二款第(一)项") << QStringLiteral("Art. 5 para. 2(1)");
        QTest::newRow("第三项") << u(u"第六条第三项") << QStringLiteral("Art. 6 item 3");
        QTest::newRow("第7条 (digits)") << u(u"第7条") << QStringLiteral("Art. 7");
        QTest::newRow("第九条 (exception)")
            << u(u"第九条 (exception)") << QStringLiteral("Art. 9 (exception)");
        // Sections of 通知 and 措施.
        QTest::newRow("一、(一)") << u(u"一、(一)") << QStringLiteral("Sec. 1(1)");
        QTest::newRow("一、(一)2.") << u(u"一、(一)2.") << QStringLiteral("Sec. 1(1)2");
        QTest::newRow("二、(二)18.") << u(u"二、(二)18.") << QStringLiteral("Sec. 2(2)18");
        QTest::newRow("三、(十二)") << u(u"三、(十二)") << QStringLiteral("Sec. 3(12)");
        QTest::newRow("四、(十六)") << u(u"四、(十六)") << QStringLiteral("Sec. 4(16)");
        QTest::newRow("三、9.") << u(u"三、9.") << QStringLiteral("Sec. 3, item 9");
        QTest::newRow("四、建设条件(二)")
            << u(u"四、建设条件(二)") << QStringLiteral("Sec. 4 Construction conditions (2)");
        QTest::newRow("二、功能定位")
            << u(u"二、功能定位") << QStringLiteral("Sec. 2 Functions and positioning");
        QTest::newRow("五、(二)建设程序")
            << u(u"五、(二)建设程序") << QStringLiteral("Sec. 5(2) Construction procedure");
        QTest::newRow("一、建设目标")
            << u(u"一、建设目标") << QStringLiteral("Sec. 1 Construction objectives");
        QTest::newRow("五、工作要求(末段)")
            << u(u"五、工作要求(末段)") << QStringLiteral("Sec. 5 Work requirements (last paragraph)");
        QTest::newRow("(五)") << u(u"(五)") << QStringLiteral("(5)");
        QTest::newRow("(十四)") << u(u"(十四)") << QStringLiteral("(14)");
        QTest::newRow("12.") << QStringLiteral("12.") << QStringLiteral("Item 12");
        // Parts of a document named by a word.
        QTest::newRow("前言") << u(u"前言") << QStringLiteral("Preamble");
        QTest::newRow("落款") << u(u"落款") << QStringLiteral("Signature block");
        QTest::newRow("通知落款") << u(u"通知落款") << QStringLiteral("Signature block of the notice");
        QTest::newRow("印发通知") << u(u"印发通知") << QStringLiteral("Issuing notice");
        QTest::newRow("主送机关") << u(u"主送机关") << QStringLiteral("Addressees");
        QTest::newRow("有效期 (implicit window)") << u(u"有效期") << QStringLiteral("Validity period");
        QTest::newRow("附件1 (last paragraph)")
            << u(u"附件1 (last paragraph)") << QStringLiteral("Annex 1 (last paragraph)");
        QTest::newRow("English around a label") << u(u"Closing paragraph (after 三、(三))")
                                                << QStringLiteral("Closing paragraph (after Sec. 3(3))");
        QTest::newRow("English already")
            << QStringLiteral("Final paragraph") << QStringLiteral("Final paragraph");
        // What no rule renders: the rule file gives clause_en.
        QTest::newRow("2022年《政府工作报告》") << u(u"2022年《政府工作报告》") << QString();
        QTest::newRow("unknown heading") << u(u"六、保障措施") << QString();
        QTest::newRow("bad numeral") << u(u"第二二条") << QString();
    }
    void english() {
        QFETCH(QString, label);
        QFETCH(QString, english);
        const std::optional<QString> got = englishClauseLabel(label);
        if (english.isEmpty()) {
            QVERIFY2(!got, qPrintable(got.value_or(QString())));
            QCOMPARE(clauseLabel(label, Lang::En), label); // shown as written rather than lost
        } else {
            QCOMPARE(got.value_or(QStringLiteral("<none>")), english);
            QCOMPARE(clauseLabel(label, Lang::En), english);
        }
        QCOMPARE(clauseLabel(label, Lang::Zh), label); // Chinese readers get the text's own label
    }

    void overrideWins() {
        QCOMPARE(clauseLabel(u(u"2022年《政府工作报告》"), Lang::En,
                             QStringLiteral("2022 Government Work Report")),
                 QStringLiteral("2022 Government Work Report"));
        QCOMPARE(clauseLabel(u(u"第七条第(三)项"), Lang::En, QStringLiteral("Article 7, item (3)")),
                 QStringLiteral("Article 7, item (3)"));
        QCOMPARE(clauseLabel(u(u"2022年《政府工作报告》"), Lang::Zh,
                             QStringLiteral("2022 Government Work Report")),
                 u(u"2022年《政府工作报告》"));
    }

    void cjk_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("cjk");
        QTest::newRow("ascii") << QStringLiteral("Art. 7(3)") << false;
        QTest::newRow("ideograph") << u(u"条") << true;
        QTest::newRow("、") << u(u"1、") << true;
        QTest::newRow("《》") << u(u"《》") << true;
        QTest::newRow("full-width bracket") << u(u"（") << true;
        QTest::newRow("ext B") << u(u"\U00020000") << true;
        QTest::newRow("× and –") << u(u"× 10,000 – ≥") << false;
    }
    void cjk() {
        QFETCH(QString, text);
        QFETCH(bool, cjk);
        QCOMPARE(containsCjk(text), cjk);
    }

    // Every clause label of every bundled rule set reads without a Chinese character in English.
    void everyBundledLabelInEnglish() {
        RuleLibrary lib;
        lib.loadBundled();
        QVERIFY(!lib.hasErrors());
        QStringList bad;
        int checked = 0;
        for (const auto &rs : lib.ruleSets())
            for (const auto &[where, english] : labelsOf(*rs)) {
                ++checked;
                if (containsCjk(english)) bad << where + QStringLiteral(" → ") + english;
            }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
        QVERIFY(checked > 300);
    }

    // The loader reads clause_en, refuses Chinese in it, and asks for it where a bundled label
    // cannot be rendered (a warning in a folder an author works on).
    void loaderReadsClauseEn_data() {
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("clauseEn");
        QTest::addColumn<bool>("bundled");
        QTest::addColumn<QString>("problem"); // "": none, else "error" or "warning"
        QTest::addColumn<int>("line");        // of the problem: 18 clause, 19 clause_en
        QTest::addColumn<QString>("english");
        QTest::newRow("rendered by rule")
            << u(u"第七条第(三)项") << QString() << true << QString() << 0 << QStringLiteral("Art. 7(3)");
        QTest::newRow("override") << u(u"2022年《政府工作报告》")
                                  << QStringLiteral("2022 Government Work Report") << true << QString() << 0
                                  << QStringLiteral("2022 Government Work Report");
        QTest::newRow("bundled without override")
            << u(u"2022年《政府工作报告》") << QString() << true << QStringLiteral("error") << 18
            << u(u"2022年《政府工作报告》");
        QTest::newRow("folder without override")
            << u(u"2022年《政府工作报告》") << QString() << false << QStringLiteral("warning") << 18
            << u(u"2022年《政府工作报告》");
        QTest::newRow("Chinese override")
            << u(u"第七条") << u(u"第七条") << false << QStringLiteral("error") << 19 << u(u"第七条");
    }
    void loaderReadsClauseEn() {
        QFETCH(QString, clause);
        QFETCH(QString, clauseEn);
        QFETCH(bool, bundled);
        QFETCH(QString, problem);
        QFETCH(int, line);
        QFETCH(QString, english);
        const QString yaml =
            QStringLiteral(R"(schema: 1
facts:
  - {id: t_count, type: integer, unit: 人, label: {zh: 人数, en: Staff}}
document:
  id: t-doc
  title: 测试办法
  title_en: Test measures
  issuers: [测试厅]
  effective_from: 2025-01-01
  region: national
  source: t-doc.txt
  verified_on: 2026-01-01
programmes:
  - id: p
    title: {zh: 测试, en: Test}
    criteria:
      - id: c
        clause: "%1"
%2        quote: 测试
        kind: hard
        condition: t_count >= 1
        label: {zh: 人数, en: Staff}
examples:
  - {name: one, facts: {t_count: 1}, expect: {verdicts: {p: eligible}}}
)")
                .arg(clause, clauseEn.isEmpty()
                                 ? QString()
                                 : QStringLiteral("        clause_en: \"%1\"\n").arg(clauseEn));
        RuleLibrary lib;
        lib.loadSources({{QStringLiteral("t.yaml"), yaml.toUtf8(), bundled}});
        const RuleFileStatus &st = lib.files().constLast();
        QStringList errors, warnings; // about the clause lines (a test file draws other warnings)
        for (const Diagnostic &d : st.diagnostics)
            if (d.line == 18 || d.line == 19)
                (d.severity == Diagnostic::Error ? errors : warnings) << d.toString();
        if (problem.isEmpty()) {
            QVERIFY2(errors.isEmpty() && warnings.isEmpty(), qPrintable((errors + warnings).join(u'\n')));
            const RuleSet *rs = lib.ruleSet(QStringLiteral("t-doc"));
            QVERIFY(rs);
            const Criterion *c = rs->programmes.front().criterion(QStringLiteral("c"));
            QVERIFY(c);
            QCOMPARE(c->clause, clause); // ids and JSON keep the label as written
            QCOMPARE(clauseLabelOf(*c, Lang::En), english);
            QCOMPARE(clauseLabelOf(*c, Lang::Zh), clause);
        } else if (problem == QLatin1String("error")) {
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.front().startsWith(QStringLiteral("t.yaml:%1:").arg(line)),
                     qPrintable(errors.front()));
        } else {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.front().startsWith(QStringLiteral("t.yaml:%1:").arg(line)),
                     qPrintable(warnings.front()));
            QVERIFY2(warnings.front().contains(QLatin1String("clause_en")), qPrintable(warnings.front()));
        }
    }
};

QTEST_GUILESS_MAIN(TestClauseLabel)
#include "tst_clauselabel.moc"
