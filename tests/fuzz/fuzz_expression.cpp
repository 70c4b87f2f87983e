// libFuzzer target: the expression parser and evaluator alone.
#include "answers.h"
#include "expression.h"

#include <cstddef>
#include <cstdint>

namespace {
struct Fixture {
    eligicheck::FactRegistry facts;
    QHash<QString, eligicheck::ParameterSymbol> params;
    Fixture()
    {
        using namespace eligicheck;
        auto add = [&](const char *id, FactType t, const char *unit) {
            FactDefinition f;
            f.id = QString::fromLatin1(id);
            f.type = t;
            f.unit = QString::fromUtf8(unit);
            if (t == FactType::Choice) f.choices = {{QStringLiteral("a"), {}}, {QStringLiteral("b"), {}}};
            facts.add(f);
        };
        add("x_wan", FactType::Number, "万元");
        add("y_wan", FactType::Number, "万元");
        add("n", FactType::Integer, "人");
        add("p_pct", FactType::Number, "%");
        add("f", FactType::Boolean, "");
        add("c", FactType::Choice, "");
        add("d", FactType::Date, "");
        params.insert(QStringLiteral("k_pct"), {Number(5), QStringLiteral("%"), {}});
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace eligicheck;
    static Fixture fx;
    if (size < 1) return 0;
    // The first byte chooses which facts are answered; the rest is the expression.
    const uint8_t mask = data[0];
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), int(size - 1));
    ExpressionError err;
    auto e = Expression::parse(text, SymbolTable{&fx.facts, &fx.params}, std::nullopt, &err);
    if (!e) return 0;
    FactValues v(fx.facts.size());
    v[0] = Value::fromDate(QDate(2025, 6, 1));
    if (mask & 1) v[1] = Value::fromNumber(Number::fraction(123456, 100));
    if (mask & 2) v[2] = Value::fromNumber(Number(0));
    if (mask & 4) v[3] = Value::fromNumber(Number(40));
    if (mask & 8) v[4] = Value::fromNumber(Number(2));
    if (mask & 16) v[5] = Value::fromBool(true);
    if (mask & 32) v[6] = Value::fromChoice(QStringLiteral("a"));
    if (mask & 64) v[7] = Value::fromDate(QDate(2024, 2, 29));
    QVarLengthArray<int, 8> missing;
    EvalContext ctx{&v, &missing, false};
    e->evaluate(ctx);
    QVector<ComparisonTrace> traces;
    EvalContext tctx{&v, nullptr, false};
    e->trace(tctx, &traces);
    Expression::describe(e->root(), Lang::Zh);
    return 0;
}
