#pragma once

#include "facts.h"
#include "text.h"
#include "value.h"

#include <QString>
#include <QVarLengthArray>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace eligicheck {

// Static type of an expression, decided when the rule file is loaded.
enum class ValueType { Boolean, Number, Date, Duration, Choice, Text, Word };

struct ExprNode {
    enum Kind { Literal, Fact, Word, Not, Neg, And, Or, Compare, Arith, In, If, Call, DurationOf };
    enum Op { None, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub, Mul, Div };
    enum Func { NoFunc, Min, Max, YearsBetween, Year, Known, MakeDate };

    Kind kind = Literal;
    Op op = None;
    Func func = NoFunc;
    int pos = 0; // character offset in the source text
    int end = 0;

    ValueType type = ValueType::Boolean;
    QString unit;              // numbers: 万元, %, 人, "" (plain) …
    bool flexibleUnit = false; // bare numeric literal: adopts the other side's unit
    bool percentDisplay = false; // a ratio best shown as a percentage (2%, a / b)
    QString moneyUnit; // a sum of money written with its unit (10亿元): 亿元, 万元 or 元; held in 万元
    const FactDefinition *fact = nullptr; // Fact nodes; choice-typed nodes: whose choices
    Value literal;                        // Literal nodes
    QString name;                         // Word text, parameter label, duration unit
    LocalizedText paramLabel;             // Literal nodes that came from a rule-set parameter
    std::vector<std::unique_ptr<ExprNode>> kids;
};

// Answers indexed by fact slot (see FactRegistry).
using FactValues = QVector<Value>;

struct EvalContext {
    const FactValues *facts = nullptr;
    QVarLengthArray<int, 8> *missing = nullptr; // slots of unanswered facts that were read
    bool arithmeticError = false;               // division by zero or overflow
};

// One comparison that decided (part of) a condition, for explanations.
struct ComparisonTrace {
    const ExprNode *node = nullptr;
    Value lhs;
    Value rhs;
    Value result;
    bool branch = false; // the condition of an if/else: it chose the requirement, it is not one
};

struct ParameterSymbol {
    Number value;
    QString unit;
    LocalizedText label;
};

// Resolves identifiers while parsing: facts of the library, then the rule set's parameters.
struct SymbolTable {
    const FactRegistry *facts = nullptr;
    const QHash<QString, ParameterSymbol> *parameters = nullptr;
};

struct ExpressionError {
    int offset = 0; // character offset into the expression text
    QString message;
};

class Expression {
public:
    Expression() = default;
    Expression(const Expression &) = delete;
    Expression &operator=(const Expression &) = delete;
    Expression(Expression &&) = default;
    Expression &operator=(Expression &&) = default;

    // Parses and type-checks. `expected` (if set) is the type the context requires.
    static std::optional<Expression> parse(const QString &text, const SymbolTable &symbols,
                                           std::optional<ValueType> expected, ExpressionError *error);

    bool isNull() const { return !m_root; }
    const QString &source() const { return m_source; }
    const ExprNode &root() const { return *m_root; }
    ValueType type() const { return m_root->type; }
    QString unit() const { return m_root->unit; }

    Value evaluate(EvalContext &ctx) const;
    // Evaluates and records the comparisons that decided the result.
    Value trace(EvalContext &ctx, QVector<ComparisonTrace> *out) const;
    // Fact slots this expression reads (each once, in order of appearance).
    QVector<int> referencedSlots() const;

    // Human-readable rendering with fact labels instead of ids ("项目(总)投资 × 30%").
    static QString describe(const ExprNode &node, Lang lang);

private:
    QString m_source;
    std::unique_ptr<ExprNode> m_root;
};

QString valueTypeName(ValueType type);

} // namespace eligicheck
