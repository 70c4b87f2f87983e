#include "answers.h"
#include "rulelibrary.h"

#include <QTemporaryFile>
#include <QTest>

using namespace eligicheck;

// Answers as people type them, and answers files as firms send them back.
class TestAnswers : public QObject {
    Q_OBJECT
    RuleLibrary m_lib;

private slots:
    void initTestCase()
    {
        m_lib.loadBundled();
        QVERIFY(!m_lib.hasErrors());
    }

    void values_data()
    {
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // plain value; "" = unknown
        QTest::newRow("plain 万元") << "main_business_revenue_wan" << "8000" << "8000";
        QTest::newRow("亿元") << "main_business_revenue_wan" << "0.8亿元" << "8000";
        QTest::newRow("亿") << "main_business_revenue_wan" << "1.2亿" << "12000";
        QTest::newRow("万") << "main_business_revenue_wan" << "8000万" << "8000";
        QTest::newRow("元 with separators") << "main_business_revenue_wan" << "80,000,000元" << "8000";
        QTest::newRow("元 exact cents") << "main_business_revenue_wan" << "1234.56元" << "0.123456";
        QTest::newRow("full-width digits") << "main_business_revenue_wan" << "８０００" << "8000";
        QTest::newRow("full-width with unit") << "main_business_revenue_wan" << "０．５亿元" << "5000";
        QTest::newRow("spaces") << "main_business_revenue_wan" << " 5000 万元 " << "5000";
        QTest::newRow("integer with unit") << "rd_staff_count" << "40人" << "40";
        QTest::newRow("score") << "evaluation_score" << "89.99" << "89.99";
        QTest::newRow("boolean 是") << "is_independent_legal_person" << "是" << "true";
        QTest::newRow("boolean false") << "is_independent_legal_person" << "false" << "false";
        QTest::newRow("date") << "gx_etc_revocation_date" << "2023-06-01" << "2023-06-01";
        QTest::newRow("chinese date") << "gx_etc_revocation_date" << "2023年6月1日" << "2023-06-01";
        QTest::newRow("choice id") << "enterprise_size" << "small" << "small";
        QTest::newRow("choice by Chinese label") << "enterprise_size" << "小型企业" << "small";
        QTest::newRow("empty means unknown") << "main_business_revenue_wan" << "" << "";
    }
    void values()
    {
        QFETCH(QString, fact);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const FactDefinition *f = m_lib.facts().find(fact);
        QVERIFY(f);
        QString err;
        auto v = parseFactValue(*f, input, &err);
        QVERIFY2(v, qPrintable(err));
        QCOMPARE(v->toPlainString(), expected);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number") << "main_business_revenue_wan"
                                      << "12abc"
                                      << "not understood";
        QTest::newRow("words") << "main_business_revenue_wan"
                               << "many"
                               << "not a number";
        QTest::newRow("negative money")
            << "main_business_revenue_wan"
            << "-5"
            << "must not be less than CNY 0"; // English units in English (issue 16)
        QTest::newRow("score above max") << "evaluation_score"
                                         << "100.5"
                                         << "between 0 points and 100 points";
        QTest::newRow("half a person") << "rd_staff_count"
                                       << "40.5"
                                       << "not a whole number";
        QTest::newRow("impossible date") << "gx_etc_revocation_date"
                                         << "2025-02-30"
                                         << "not a real calendar date";
        QTest::newRow("not a date") << "gx_etc_revocation_date"
                                    << "yesterday"
                                    << "expected YYYY-MM-DD";
        QTest::newRow("undeclared choice") << "enterprise_size"
                                           << "tiny"
                                           << "not one of the choices";
        QTest::newRow("not yes/no") << "is_independent_legal_person"
                                    << "maybe"
                                    << "not yes/no";
        QTest::newRow("bad grouping") << "main_business_revenue_wan"
                                      << "1,5"
                                      << "not a number";
        // Held exactly or refused for what it is (was: "is not a number").
        QTest::newRow("50-digit money") << "main_business_revenue_wan" << QString(u'1') + QString(49, u'0')
                                        << "too large to be held exactly";
        QTest::newRow("42 decimal places")
            << "main_business_revenue_wan" << QStringLiteral("0.") + QString(40, u'0') + u'1'
            << "too precise to be held exactly";
        QTest::newRow("overflow by the unit") << "main_business_revenue_wan"
                                              << "170141183460469231731687303715884105亿元"
                                              << "too large";
    }

    // A value a million digits long is named in the error, cut: not echoed into a 1 MB line.
    void longValueCutInMessage() {
        const FactDefinition *f = m_lib.facts().find(QStringLiteral("main_business_revenue_wan"));
        QVERIFY(f);
        QString err;
        QVERIFY(!parseFactValue(*f, QString(1000000, u'7'), &err));
        QVERIFY2(err.contains(QLatin1String("too large")), qPrintable(err));
        QVERIFY2(err.size() < 300, qPrintable(err.left(300)));
        QVERIFY2(err.contains(QLatin1String("1000000 characters")), qPrintable(err));
        QVERIFY(!parseFactValue(*f, QStringLiteral("x") + QString(1000000, u'7'), &err));
        QVERIFY2(err.size() < 400, qPrintable(err.left(400)));
    }
    void refusals()
    {
        QFETCH(QString, fact);
        QFETCH(QString, input);
        QFETCH(QString, message);
        const FactDefinition *f = m_lib.facts().find(fact);
        QVERIFY(f);
        QString err;
        QVERIFY(!parseFactValue(*f, input, &err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.contains(input.trimmed()) || input.isEmpty(), qPrintable(err)); // names the value
    }

    void fileErrorsNamePosition_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown fact") << QByteArray("facts:\n  main_busines_revenue_wan: 5000\n") << ":2:3:"
                                      << "unknown fact 'main_busines_revenue_wan' (did you mean main_business_revenue_wan";
        QTest::newRow("bad value") << QByteArray("facts:\n  rd_staff_count: 三十\n") << ":2:19:" << "fact 'rd_staff_count'";
        QTest::newRow("bad as_of") << QByteArray("as_of: 2025-13-01\nfacts: {}\n") << ":1:8:" << "as_of";
        QTest::newRow("unknown top key") << QByteArray("fact:\n  a: 1\n") << ":1:1:" << "unknown key 'fact'";
    }
    void fileErrorsNamePosition()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QFETCH(QString, message);
        Diagnostics d;
        auto a = parseAnswers(QStringLiteral("firm.yaml"), content, m_lib.facts(), &d);
        QVERIFY(!a);
        QVERIFY(!d.isEmpty());
        const QString text = d.first().toString();
        QVERIFY2(text.startsWith(QStringLiteral("firm.yaml") + where), qPrintable(text));
        QVERIFY2(text.contains(message), qPrintable(text));
    }

    void goodFile()
    {
        Diagnostics d;
        auto a = parseAnswers(QStringLiteral("firm.yaml"),
                              QByteArray("as_of: 2025-06-01\nfirm: {name: 测试公司, credit_code: 91350100M000100Y43}\n"
                                         "facts:\n  main_business_revenue_wan: \"0.5亿元\"\n  rd_staff_count: ~\n"),
                              m_lib.facts(), &d);
        QVERIFY(a);
        QCOMPARE(a->asOf, QDate(2025, 6, 1));
        QCOMPARE(a->firmName, QStringLiteral("测试公司"));
        QCOMPARE(a->values.value(QStringLiteral("main_business_revenue_wan")).toPlainString(), QStringLiteral("5000"));
        QVERIFY(!a->values.contains(QStringLiteral("rd_staff_count"))); // ~ = not known yet
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "tst_answers.moc"
