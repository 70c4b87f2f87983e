#include "answers.h"
#include "explanation.h"
#include "expression.h"

#include <QTest>

using namespace eligicheck;

// Expressions against a small fact dictionary; answers are given as "id=value;id=value".
class TestExpression : public QObject {
    Q_OBJECT

    FactRegistry m_facts;
    QHash<QString, ParameterSymbol> m_params;

    void addFact(const QString &id, FactType type, const QString &unit = QString())
    {
        FactDefinition f;
        f.id = id;
        f.type = type;
        f.unit = unit;
        f.label = {id, id};
        if (type == FactType::Choice)
            for (const char *c : {"large", "medium", "small", "micro"}) f.choices.push_back({QString::fromLatin1(c), {}});
        m_facts.add(f);
    }

    FactValues values(const QString &spec)
    {
        FactValues v(m_facts.size());
        v[FactRegistry::ApplicationDateSlot] = Value::fromDate(QDate(2025, 6, 1));
        for (const QString &pair : spec.split(u';', Qt::SkipEmptyParts)) {
            QString id = pair.section(u'=', 0, 0), raw = pair.section(u'=', 1);
            const FactDefinition *f = m_facts.find(id);
            if (!f) qFatal("unknown fact in test spec");
            QString err;
            auto parsed = parseFactValue(*f, raw, &err);
            if (!parsed) qFatal("bad value in test spec");
            v[f->slot] = *parsed;
        }
        return v;
    }

    static QString show(const Value &v)
    {
        if (!v.isKnown()) return QStringLiteral("unknown");
        return v.toPlainString();
    }

private slots:
    void initTestCase()
    {
        addFact(QStringLiteral("revenue_wan"), FactType::Number, QStringLiteral("万元"));
        addFact(QStringLiteral("rd_wan"), FactType::Number, QStringLiteral("万元"));
        addFact(QStringLiteral("staff"), FactType::Integer, QStringLiteral("人"));
        addFact(QStringLiteral("a"), FactType::Boolean);
        addFact(QStringLiteral("b"), FactType::Boolean);
        addFact(QStringLiteral("size"), FactType::Choice);
        addFact(QStringLiteral("d1"), FactType::Date);
        addFact(QStringLiteral("rate_pct"), FactType::Number, QStringLiteral("%"));
        m_params.insert(QStringLiteral("target_pct"), {*Number::parse(QStringLiteral("5.5")), QStringLiteral("%"), {}});
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("facts");
        QTest::addColumn<QString>("expected");
        // Three-valued truth tables: an unanswered fact is unknown, never false.
        QTest::newRow("false and unknown") << "a and b" << "a=false" << "false";
        QTest::newRow("true and unknown") << "a and b" << "a=true" << "unknown";
        QTest::newRow("unknown and false") << "a and b" << "b=false" << "false";
        QTest::newRow("true or unknown") << "a or b" << "a=true" << "true";
        QTest::newRow("false or unknown") << "a or b" << "a=false" << "unknown";
        QTest::newRow("unknown or true") << "a or b" << "b=true" << "true";
        QTest::newRow("not unknown") << "not a" << "" << "unknown";
        QTest::newRow("not true") << "not a" << "a=true" << "false";
        QTest::newRow("comparison with unknown") << "staff >= 40" << "" << "unknown";
        QTest::newRow("unknown is not zero") << "staff < 1" << "" << "unknown";
        // Exact decimal boundaries.
        QTest::newRow("ratio exactly 2%") << "rd_wan / revenue_wan >= 2%" << "rd_wan=600;revenue_wan=30000" << "true";
        QTest::newRow("ratio just below 2%") << "rd_wan / revenue_wan >= 2%" << "rd_wan=599.99;revenue_wan=30000" << "false";
        QTest::newRow("cross-multiplied") << "rd_wan * 100 >= 2 * revenue_wan" << "rd_wan=200;revenue_wan=10000" << "true";
        QTest::newRow("0.1 + 0.2 == 0.3") << "rd_wan + 0.2 == 0.3" << "rd_wan=0.1" << "true";
        QTest::newRow("boundary >=") << "revenue_wan >= 5000" << "revenue_wan=5000" << "true";
        QTest::newRow("boundary >") << "revenue_wan > 5000" << "revenue_wan=5000" << "false";
        QTest::newRow("boundary <") << "revenue_wan < 5000" << "revenue_wan=4999.99" << "true";
        QTest::newRow("money in 亿") << "revenue_wan >= 100000" << "revenue_wan=10亿元" << "true";
        // Sums of money written as the clause writes them are held in 万元, exactly.
        QTest::newRow("10亿元 at the boundary") << "revenue_wan >= 10亿元"
                                                << "revenue_wan=100000"
                                                << "true";
        QTest::newRow("10亿元 just below") << "revenue_wan >= 10亿元"
                                           << "revenue_wan=99999.9999"
                                           << "false";
        QTest::newRow("10亿 without 元") << "revenue_wan >= 10亿"
                                         << "revenue_wan=100000"
                                         << "true";
        QTest::newRow("0.5亿元") << "revenue_wan == 0.5亿元"
                                 << "revenue_wan=5000"
                                 << "true";
        QTest::newRow("5000万元") << "revenue_wan >= 5000万元"
                                  << "revenue_wan=4999.9999"
                                  << "false";
        QTest::newRow("5000万") << "revenue_wan >= 5000万"
                                << "revenue_wan=5000"
                                << "true";
        QTest::newRow("300元 is 0.03万元") << "revenue_wan == 300元"
                                           << "revenue_wan=0.03"
                                           << "true";
        QTest::newRow("1元 is 0.0001万元") << "revenue_wan > 1元"
                                           << "revenue_wan=0.0001"
                                           << "false";
        QTest::newRow("capped at 1亿元") << "min(revenue_wan * 30%, 1亿元)"
                                         << "revenue_wan=50000"
                                         << "10000";
        // Arithmetic, min/max, conditionals.
        QTest::newRow("capped amount below cap") << "min(revenue_wan * 30%, 2000)" << "revenue_wan=5000" << "1500";
        QTest::newRow("capped amount above cap") << "min(revenue_wan * 30%, 2000)" << "revenue_wan=10000" << "2000";
        QTest::newRow("max") << "max(rd_wan, 10)" << "rd_wan=3" << "10";
        QTest::newRow("min with unknown") << "min(rd_wan, 10)" << "" << "unknown";
        QTest::newRow("if then else") << "if a then 300 else 600" << "a=true" << "300";
        QTest::newRow("inline if") << "(300 if a else 600)" << "a=false" << "600";
        QTest::newRow("if unknown, branches differ") << "if a then 300 else 600" << "" << "unknown";
        QTest::newRow("if unknown, branches agree") << "if revenue_wan >= 100000 then rd_wan >= 2000 else rd_wan >= 2000"
                                                    << "rd_wan=2000" << "true";
        QTest::newRow("division by zero is unknown") << "rd_wan / revenue_wan >= 2%" << "rd_wan=1;revenue_wan=0" << "unknown";
        QTest::newRow("parameter") << "rate_pct <= target_pct" << "rate_pct=5.5" << "true";
        QTest::newRow("pct fact scaled") << "staff * rate_pct / 100 >= 2" << "staff=40;rate_pct=5" << "true";
        // Choices.
        QTest::newRow("in set") << "size in {small, micro}" << "size=micro" << "true";
        QTest::newRow("not in set") << "size not in {small, micro}" << "size=large" << "true";
        QTest::newRow("choice by label id") << "size == medium" << "size=medium" << "true";
        QTest::newRow("choice unknown") << "size == medium" << "" << "unknown";
        // Dates: 民法典 — a year after 29 Feb ends on 28 Feb.
        QTest::newRow("date plus years") << "d1 + 2 years" << "d1=2023-06-01" << "2025-06-01";
        QTest::newRow("leap day plus a year") << "d1 + 1 years" << "d1=2024-02-29" << "2025-02-28";
        QTest::newRow("months") << "d1 + 1 months" << "d1=2025-01-31" << "2025-02-28";
        QTest::newRow("days") << "d1 - 30 days" << "d1=2025-03-31" << "2025-03-01";
        QTest::newRow("anniversary is allowed") << "application_date >= d1 + 2 years" << "d1=2023-06-01" << "true";
        QTest::newRow("day before anniversary") << "application_date >= d1 + 2 years" << "d1=2023-06-02" << "false";
        QTest::newRow("years_between full years") << "years_between(d1, application_date)" << "d1=2020-06-02" << "4";
        QTest::newRow("years_between on the day") << "years_between(d1, application_date)" << "d1=2020-06-01" << "5";
        QTest::newRow("year()") << "year(d1) == 2024" << "d1=2024-12-31" << "true";
        QTest::newRow("date()") << "d1 <= date(year(application_date), 8, 31)" << "d1=2025-08-31" << "true";
        QTest::newRow("known() of unanswered") << "known(d1)" << "" << "false";
        QTest::newRow("known() of answered") << "known(d1)" << "d1=2020-01-01" << "true";
    }
    void evaluate()
    {
        QFETCH(QString, expr);
        QFETCH(QString, facts);
        QFETCH(QString, expected);
        ExpressionError err;
        auto e = Expression::parse(expr, SymbolTable{&m_facts, &m_params}, std::nullopt, &err);
        QVERIFY2(e, qPrintable(err.message));
        FactValues v = values(facts);
        EvalContext ctx{&v, nullptr, false};
        QCOMPARE(show(e->evaluate(ctx)), expected);
    }

    void missingFactsAreOnlyThoseThatMatter()
    {
        ExpressionError err;
        auto e = Expression::parse(QStringLiteral("(a and staff >= 1) or (b and revenue_wan >= 1)"),
                                   SymbolTable{&m_facts, &m_params}, std::nullopt, &err);
        QVERIFY(e);
        FactValues v = values(QStringLiteral("b=false"));
        QVarLengthArray<int, 8> missing;
        EvalContext ctx{&v, &missing, false};
        QVERIFY(!e->evaluate(ctx).isKnown());
        // revenue_wan cannot change the result once b is false.
        QCOMPARE(missing.size(), 2);
        QVERIFY(missing.contains(m_facts.find(QStringLiteral("a"))->slot));
        QVERIFY(missing.contains(m_facts.find(QStringLiteral("staff"))->slot));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown fact") << "stafff >= 40" << 0 << "unknown fact 'stafff' (did you mean staff?)";
        QTest::newRow("unit mismatch") << "revenue_wan >= staff" << 15 << "unit mismatch: 万元 vs 人";
        QTest::newRow("bool vs number") << "a >= 1" << 5 << "cannot compare a boolean with a number";
        QTest::newRow("number vs bool") << "staff == true" << 9 << "cannot compare a number with a boolean";
        QTest::newRow("pct fact vs ratio") << "rate_pct >= 2%" << 12 << "write 2, not 2%";
        QTest::newRow("undeclared choice") << "size in {small, tiny}" << 16 << "'tiny' is not a declared choice";
        QTest::newRow("single =") << "staff = 4" << 6 << "use '=='";
        QTest::newRow("chained comparison") << "1 < staff < 4" << 10 << "cannot be chained";
        QTest::newRow("unbalanced") << "(staff >= 4" << 11 << "expected ')'";
        QTest::newRow("empty") << "" << 0 << "empty expression";
        QTest::newRow("and of numbers") << "staff and a" << 0 << "joins yes/no conditions";
        QTest::newRow("unknown function") << "mni(staff, 1)" << 0 << "unknown function 'mni' (did you mean max, min?)";
        QTest::newRow("bad date literal") << "d1 >= 2025-02-30" << 6 << "not a valid date";
        QTest::newRow("branches differ in type") << "if a then 1 else d1" << 17 << "same type";
        QTest::newRow("money is not people") << "staff >= 10万元" << 9 << "unit mismatch: 人 vs 万元";
        QTest::newRow("other unit after a number") << "staff >= 10人" << 11 << "unexpected character";
    }
    void errors()
    {
        QFETCH(QString, expr);
        QFETCH(int, offset);
        QFETCH(QString, message);
        ExpressionError err;
        auto e = Expression::parse(expr, SymbolTable{&m_facts, &m_params}, std::nullopt, &err);
        QVERIFY(!e);
        QVERIFY2(err.message.contains(message), qPrintable(err.message));
        QCOMPARE(err.offset, offset);
    }

    // A sum of money in the unit the rule wrote it in (10亿元), else the largest of 亿元, 万元
    // and 元 that keeps it exact and readable; never through floating point.
    void formatMoney_data() {
        QTest::addColumn<QString>("wan");  // the amount in 万元
        QTest::addColumn<QString>("unit"); // as written in the rule ("" = not known)
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("100000 → 10亿元") << "100000"
                                         << ""
                                         << "10亿元"
                                         << "CNY 1 billion";
        QTest::newRow("10000 → 1亿元") << "10000"
                                       << ""
                                       << "1亿元"
                                       << "CNY 100 million";
        QTest::newRow("9999.99 stays") << "9999.99"
                                       << ""
                                       << "9,999.99万元"
                                       << "CNY 99.9999 million";
        QTest::newRow("15000 → 1.5亿元") << "15000"
                                         << ""
                                         << "1.5亿元"
                                         << "CNY 150 million";
        QTest::newRow("12300 → 1.23亿元") << "12300"
                                          << ""
                                          << "1.23亿元"
                                          << "CNY 123 million";
        QTest::newRow("12345 stays (1.2345亿 is not readable)") << "12345"
                                                                << ""
                                                                << "12,345万元"
                                                                << "CNY 123.45 million";
        QTest::newRow("100000.01 stays") << "100000.01"
                                         << ""
                                         << "100,000.01万元"
                                         << "CNY 1,000.0001 million";
        QTest::newRow("3000000 → 300亿元") << "3000000"
                                           << ""
                                           << "300亿元"
                                           << "CNY 30 billion";
        QTest::newRow("150000 → 15亿元") << "150000"
                                         << ""
                                         << "15亿元"
                                         << "CNY 1.5 billion";
        QTest::newRow("5000 stays") << "5000"
                                    << ""
                                    << "5,000万元"
                                    << "CNY 50 million";
        QTest::newRow("300.5 stays") << "300.5"
                                     << ""
                                     << "300.5万元"
                                     << "CNY 3.005 million";
        QTest::newRow("1 stays") << "1"
                                 << ""
                                 << "1万元"
                                 << "CNY 0.01 million";
        QTest::newRow("0.9999 → 9,999元") << "0.9999"
                                          << ""
                                          << "9,999元"
                                          << "CNY 0.009999 million";
        QTest::newRow("0.0001 → 1元") << "0.0001"
                                      << ""
                                      << "1元"
                                      << "CNY 0.000001 million";
        QTest::newRow("0.00005 stays (half a yuan)") << "0.00005"
                                                     << ""
                                                     << "0.00005万元"
                                                     << "CNY 0.0000005 million";
        QTest::newRow("0") << "0"
                           << ""
                           << "0万元"
                           << "CNY 0";
        QTest::newRow("negative") << "-20000"
                                  << ""
                                  << "-2亿元"
                                  << "CNY -200 million";
        QTest::newRow("written 亿元") << "5000"
                                      << "亿元"
                                      << "0.5亿元"
                                      << "CNY 50 million";
        QTest::newRow("written 万元") << "100000"
                                      << "万元"
                                      << "100,000万元"
                                      << "CNY 1 billion";
        QTest::newRow("written 元") << "0.03"
                                    << "元"
                                    << "300元"
                                    << "CNY 0.0003 million";
        QTest::newRow("written 元, large") << "2"
                                           << "元"
                                           << "20,000元"
                                           << "CNY 0.02 million";
        QTest::newRow("written 亿元, not exact in it") << "0.00001"
                                                       << "亿元"
                                                       << "0.00001万元"
                                                       << "CNY 0.0000001 million";
    }
    void formatMoney() {
        QFETCH(QString, wan);
        QFETCH(QString, unit);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        const Number n = *Number::parse(wan);
        QCOMPARE(eligicheck::formatMoney(n, Lang::Zh, unit), zh);
        QCOMPARE(eligicheck::formatMoney(n, Lang::En, unit), en);
    }

    // A money literal is described in the unit it was written in.
    void moneyLiteralIsDescribedAsWritten() {
        ExpressionError err;
        auto e = Expression::parse(QStringLiteral("min(revenue_wan * 30%, 1亿元)"),
                                   SymbolTable{&m_facts, &m_params}, std::nullopt, &err);
        QVERIFY2(e, qPrintable(err.message));
        QCOMPARE(Expression::describe(e->root(), Lang::Zh), QStringLiteral("min(revenue_wan × 30%, 1亿元)"));
        QCOMPARE(Expression::describe(e->root(), Lang::En),
                 QStringLiteral("min(revenue_wan × 30%, CNY 100 million)"));
    }

    void hostileNestingIsRefused()
    {
        QString deep = QString(500, u'(') + QStringLiteral("a") + QString(500, u')');
        ExpressionError err;
        QVERIFY(!Expression::parse(deep, SymbolTable{&m_facts, &m_params}, std::nullopt, &err));
        QVERIFY(err.message.contains(QStringLiteral("nested too deeply")));
    }

    void expectedTypeIsChecked()
    {
        ExpressionError err;
        QVERIFY(!Expression::parse(QStringLiteral("staff + 1"), SymbolTable{&m_facts, &m_params}, ValueType::Boolean, &err));
        QVERIFY(err.message.contains(QStringLiteral("expected a boolean expression")));
    }
};

QTEST_APPLESS_MAIN(TestExpression)
#include "tst_expression.moc"
