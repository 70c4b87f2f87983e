// 统一社会信用代码 validation (GB 32100-2015): real valid codes pass, each kind of typing error
// is caught with a message that says what is wrong.
#include "creditcode.h"

#include <QTest>

using namespace eligicheck;

class TestCreditCode : public QObject {
    Q_OBJECT
private slots:
    void valid_data() {
        QTest::addColumn<QString>("typed");
        // 91350100M000100Y43 is the example published with the standard's guidance. The others were
        // computed with this implementation; 12100000400000624D checked by hand:
        // 1·1+2·3+1·9+4·20+6·10+2·30+4·28 = 328, 328 mod 31 = 18, 31−18 = 13 → 'D'.
        QTest::newRow("published example") << QStringLiteral("91350100M000100Y43");
        QTest::newRow("institution, letter check") << QStringLiteral("12100000400000624D");
        QTest::newRow("company, Y check") << QStringLiteral("91450100198226154Y");
        QTest::newRow("individual business") << QStringLiteral("92450103MA5N123456");
        QTest::newRow("lower case and spaces") << QStringLiteral("9135 0100 m000 100y43");
        QTest::newRow("full-width digits") << QStringLiteral("９１３５０１００M０００１００Y４３");
    }
    void valid() {
        QFETCH(QString, typed);
        const QString code = CreditCode::normalize(typed);
        QCOMPARE(CreditCode::validate(code), QString());
        QVERIFY(CreditCode::isValid(code));
    }

    void invalid_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong check digit")
            << QStringLiteral("91350100M000100Y44") << QStringLiteral("the last character should be '3'");
        QTest::newRow("two digits swapped")
            << QStringLiteral("91530100M000100Y43") << QStringLiteral("check digit");
        QTest::newRow("17 characters") << QStringLiteral("91350100M000100Y4") << QStringLiteral("has 17");
        QTest::newRow("19 characters") << QStringLiteral("91350100M000100Y433") << QStringLiteral("has 19");
        QTest::newRow("letter O for zero")
            << QStringLiteral("91350100M0O0100Y43") << QStringLiteral("never used");
        QTest::newRow("letter I") << QStringLiteral("9135010IM000100Y43") << QStringLiteral("never used");
        QTest::newRow("punctuation") << QStringLiteral("91350100M000100Y4#") << QStringLiteral("'#'");
        QTest::newRow("letter in division code")
            << QStringLiteral("9135A100M000100Y43") << QStringLiteral("administrative division");
        QTest::newRow("empty") << QString() << QStringLiteral("has 0");
    }
    void invalid() {
        QFETCH(QString, code);
        QFETCH(QString, message);
        const QString problem = CreditCode::validate(code);
        QVERIFY2(problem.contains(message), qPrintable(problem));
        QVERIFY(!CreditCode::isValid(code));
    }

    // Any single-character typing error in a valid code is detected (the point of the check digit).
    void everySingleSubstitutionDetected() {
        const QString good = QStringLiteral("91350100M000100Y43");
        int tried = 0;
        for (int i = 0; i < 18; ++i)
            for (QChar c : CreditCode::alphabet()) {
                if (c == good.at(i)) continue;
                QString bad = good;
                bad[i] = c;
                ++tried;
                QVERIFY2(!CreditCode::isValid(bad), qPrintable(bad));
            }
        QCOMPARE(tried, 18 * 30);
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
