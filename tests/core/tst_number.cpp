#include "number.h"

#include <QTest>

using eligicheck::Number;

class TestNumber : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("integer") << "5000" << true << "5000";
        QTest::newRow("decimal") << "4999.99" << true << "4999.99";
        QTest::newRow("trailing zeros") << "2.500" << true << "2.5";
        QTest::newRow("negative") << "-0.25" << true << "-0.25";
        QTest::newRow("tiny") << "0.000001" << true << "0.000001";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("letters") << "12abc" << false << "";
        QTest::newRow("two points") << "1.2.3" << false << "";
        QTest::newRow("exponent refused") << "1e3" << false << "";
        QTest::newRow("largest integer held")
            << "170141183460469231731687303715884105727" << true << "170141183460469231731687303715884105727";
        QTest::newRow("2^127 refused") << "170141183460469231731687303715884105728" << false << "";
        QTest::newRow("-2^127 refused") << "-170141183460469231731687303715884105728" << false << "";
        QTest::newRow("1e-40 refused") << "0.0000000000000000000000000000000000000001" << false << "";
        QTest::newRow("many trailing zeros held")
            << "1.5000000000000000000000000000000000000000000000" << true << "1.5";
        QTest::newRow("111 digits refused") << QString(111, u'9') << false << "";
    }

    // Why a text is refused: a syntax error, or a decimal too large / too precise to hold exactly.
    void parseError_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("error");
        QTest::newRow("ok") << "12.5" << int(Number::ParseError::None);
        QTest::newRow("letters") << "12abc" << int(Number::ParseError::NotANumber);
        QTest::newRow("letters after many digits")
            << QString(60, u'9') + u'x' << int(Number::ParseError::NotANumber);
        QTest::newRow("too large") << QString(60, u'9') << int(Number::ParseError::TooLarge);
        QTest::newRow("too large with decimals")
            << QString(60, u'9') + QStringLiteral(".5") << int(Number::ParseError::TooLarge);
        QTest::newRow("too precise") << QStringLiteral("0.") + QString(45, u'3')
                                     << int(Number::ParseError::TooPrecise);
    }
    void parseError() {
        QFETCH(QString, text);
        QFETCH(int, error);
        Number::ParseError why = Number::ParseError::NotANumber;
        auto n = Number::parse(text, &why);
        QCOMPARE(int(why), error);
        QCOMPARE(bool(n), error == int(Number::ParseError::None));
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, canonical);
        auto n = Number::parse(text);
        QCOMPARE(bool(n), ok);
        if (ok) QCOMPARE(n->toString(), canonical);
    }

    // The boundaries that binary floating point gets wrong must be exact here.
    void exactBoundaries_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected"); // sign of a - b
        QTest::newRow("0.1+0.2 vs 0.3") << "0.3" << "0.3" << 0;
        QTest::newRow("R&D 2% of revenue") << "200" << "200" << 0;
        QTest::newRow("just below") << "599.99" << "600" << -1;
    }
    void exactBoundaries()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        Number x = *Number::parse(a), y = *Number::parse(b);
        QCOMPARE(x.compare(y), expected);
    }

    void arithmeticIsExact()
    {
        Number a = *Number::parse(u"0.1"), b = *Number::parse(u"0.2");
        QCOMPARE(a + b, *Number::parse(u"0.3"));
        // rd / revenue >= 2% exactly at 2%
        Number rd = Number(600), revenue = Number(30000), twoPercent = Number(2) / Number(100);
        QVERIFY(rd / revenue >= twoPercent);
        QVERIFY(!(*Number::parse(u"599.99") / revenue >= twoPercent));
        // 200 * 100 >= 2 * 10000
        QVERIFY(Number(200) * Number(100) >= Number(2) * Number(10000));
        // 1/3 * 3 == 1 (rationals, not decimals)
        QCOMPARE(Number(1) / Number(3) * Number(3), Number(1));
    }

    // Found by fuzzing: printing a fraction with a denominator near 2^127 overflowed.
    void hugeDenominatorPrints()
    {
        Number tiny = Number(1) / *Number::parse(u"182622766329838000000000000000000000");
        QVERIFY(tiny.isValid());
        bool exact = true;
        QCOMPARE(tiny.toString(6, &exact), QStringLiteral("0"));
        QVERIFY(!exact);
        QVERIFY(!(-(*Number::parse(u"170141183460469231731687303715884105727")) - Number(2)).isValid());
    }

    void divisionByZeroIsInvalid()
    {
        QVERIFY(!(Number(1) / Number(0)).isValid());
    }

    void overflowIsDetected()
    {
        Number big = *Number::parse(u"99999999999999999999999999999999999");
        QVERIFY(!(big * big).isValid());
    }

    void formatting_data()
    {
        QTest::addColumn<QString>("num");
        QTest::addColumn<QString>("den");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("grouped");
        QTest::newRow("thousands") << "1234567.5" << "1" << "1234567.5" << "1,234,567.5";
        QTest::newRow("third rounds") << "1" << "3" << "0.333333" << "0.333333";
        QTest::newRow("two thirds rounds up") << "2" << "3" << "0.666667" << "0.666667";
        QTest::newRow("negative") << "-1000" << "1" << "-1000" << "-1,000";
    }
    void formatting()
    {
        QFETCH(QString, num);
        QFETCH(QString, den);
        QFETCH(QString, plain);
        QFETCH(QString, grouped);
        Number n = *Number::parse(num) / *Number::parse(den);
        QCOMPARE(n.toString(), plain);
        QCOMPARE(n.toGroupedString(), grouped);
    }
};

QTEST_APPLESS_MAIN(TestNumber)
#include "tst_number.moc"
