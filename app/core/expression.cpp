#include "expression.h"

#include "explanation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace eligicheck {

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Boolean:
        return QCoreApplication::translate("eligicheck::Expression", "boolean");
    case ValueType::Number:
        return QCoreApplication::translate("eligicheck::Expression", "number");
    case ValueType::Date:
        return QCoreApplication::translate("eligicheck::Expression", "date");
    case ValueType::Duration:
        return QCoreApplication::translate("eligicheck::Expression", "duration");
    case ValueType::Choice:
        return QCoreApplication::translate("eligicheck::Expression", "choice");
    case ValueType::Text:
        return QCoreApplication::translate("eligicheck::Expression", "text");
    case ValueType::Word:
        return QCoreApplication::translate("eligicheck::Expression", "name");
    }
    return QString();
}

namespace {

// Hostile rule files must not blow the stack.
constexpr int MaxDepth = 64;
constexpr int MaxLength = 4000;

struct Token {
    enum Type { End, Num, Percent, Money, DateLit, Ident, Str, Op, LParen, RParen, LBrace, RBrace, Comma };
    Type type = End;
    QString text;
    QString unit; // Money: 亿元, 万元 or 元
    int pos = 0;
    int end = 0;
};

struct ParseFailure {
    int offset;
    QString message;
};

bool isIdentStart(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; }
bool isIdentChar(QChar c) { return isIdentStart(c) || (c >= u'0' && c <= u'9'); }
bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// "1e400", "2.5E-3": exponents are not part of the rule language (thresholds are written as
// the law writes them); without this "1e400" was reported as an unknown fact.
void refuseExponent(const QString &word, int pos) {
    static const QRegularExpression exponent(QStringLiteral("^[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]+$"));
    if (!exponent.match(word).hasMatch()) return;
    const QString shown = elideForMessage(word);
    throw ParseFailure{pos,
                       QCoreApplication::translate("eligicheck::Expression",
                                                   "'%1': numbers with an exponent are not supported; write "
                                                   "the number in full, e.g. 15000000 or 0.0015")
                           .arg(shown)};
}

QVector<Token> tokenize(const QString &s) {
    QVector<Token> out;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.pos = i;
        if (c == u'#') break; // comment to end of expression
        if (isDigit(c)) {
            int j = i;
            while (j < n && isDigit(s[j])) ++j;
            // Date literal YYYY-MM-DD
            if (j - i == 4 && j + 6 <= n && s[j] == u'-' && isDigit(s[j + 1]) && isDigit(s[j + 2]) &&
                s[j + 3] == u'-' && isDigit(s[j + 4]) && isDigit(s[j + 5]) && (j + 6 == n || !isIdentChar(s[j + 6]))) {
                t.type = Token::DateLit;
                t.text = s.mid(i, 10);
                t.end = i + 10;
                i = t.end;
                out << t;
                continue;
            }
            if (j < n && isIdentStart(s[j])) { // choice ids like 15_1_evaluation_failed
                while (j < n && isIdentChar(s[j]))
                    ++j;
                refuseExponent(s.mid(i, j - i), i);
                t.type = Token::Ident;
                t.text = s.mid(i, j - i);
                t.end = j;
                i = j;
                out << t;
                continue;
            }
            if (j < n && s[j] == u'.') {
                ++j;
                if (j >= n || !isDigit(s[j]))
                    throw ParseFailure{j, QCoreApplication::translate("eligicheck::Expression",
                                                                      "expected digits after '.'")};
                while (j < n && isDigit(s[j])) ++j;
            }
            if (j < n && (s[j] == u'e' || s[j] == u'E')) {
                int k = j;
                while (k < n && (isIdentChar(s[k]) ||
                                 ((s[k] == u'+' || s[k] == u'-') && (s[k - 1] == u'e' || s[k - 1] == u'E'))))
                    ++k;
                refuseExponent(s.mid(i, k - i), i);
            }
            t.text = s.mid(i, j - i);
            t.type = Token::Num;
            if (j < n && (s[j] == u'%' || s[j] == QChar(0xFF05))) {
                t.type = Token::Percent;
                ++j;
            } else {
                // A sum of money as the text writes it: 10亿元, 5000万元, 300元 (also 10亿, 5000万).
                static const std::pair<const char16_t *, const char16_t *> money[] = {{u"亿元", u"亿元"},
                                                                                      {u"亿", u"亿元"},
                                                                                      {u"万元", u"万元"},
                                                                                      {u"万", u"万元"},
                                                                                      {u"元", u"元"}};
                for (const auto &[written, unit] : money)
                    if (QStringView(s).mid(j).startsWith(QStringView(written))) {
                        t.type = Token::Money;
                        t.unit = QString::fromUtf16(unit);
                        j += int(QStringView(written).size());
                        break;
                    }
            }
            t.end = j;
            i = j;
            out << t;
            continue;
        }
        if (isIdentStart(c)) {
            int j = i;
            while (j < n && isIdentChar(s[j])) ++j;
            t.type = Token::Ident;
            t.text = s.mid(i, j - i);
            t.end = j;
            i = j;
            out << t;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            int j = i + 1;
            while (j < n && s[j] != c) ++j;
            if (j >= n)
                throw ParseFailure{
                    i, QCoreApplication::translate("eligicheck::Expression", "unterminated string")};
            t.type = Token::Str;
            t.text = s.mid(i + 1, j - i - 1);
            t.end = j + 1;
            i = j + 1;
            out << t;
            continue;
        }
        auto two = s.mid(i, 2);
        if (two == QLatin1String("==") || two == QLatin1String("!=") || two == QLatin1String("<=") ||
            two == QLatin1String(">=")) {
            t.type = Token::Op;
            t.text = two;
            t.end = i + 2;
            i += 2;
            out << t;
            continue;
        }
        t.end = i + 1;
        switch (c.unicode()) {
        case '<':
        case '>':
        case '+':
        case '-':
        case '*':
        case '/': t.type = Token::Op; break;
        case 0x2265: t.type = Token::Op; t.text = QStringLiteral(">="); break; // ≥
        case 0x2264: t.type = Token::Op; t.text = QStringLiteral("<="); break; // ≤
        case 0x00D7: t.type = Token::Op; t.text = QStringLiteral("*"); break;  // ×
        case '(': t.type = Token::LParen; break;
        case ')': t.type = Token::RParen; break;
        case '{': t.type = Token::LBrace; break;
        case '}': t.type = Token::RBrace; break;
        case ',': t.type = Token::Comma; break;
        case '=':
            throw ParseFailure{i, QCoreApplication::translate("eligicheck::Expression",
                                                              "'=' is not an operator; use '==' to compare")};
        default:
            throw ParseFailure{
                i, QCoreApplication::translate("eligicheck::Expression", "unexpected character '%1'").arg(c)};
        }
        if (t.text.isEmpty()) t.text = QString(c);
        i += 1;
        out << t;
    }
    Token end;
    end.type = Token::End;
    end.pos = end.end = n;
    out << end;
    return out;
}

bool isKeyword(const QString &w)
{
    static const QSet<QString> kw = {QStringLiteral("and"),   QStringLiteral("or"),     QStringLiteral("not"),
                                     QStringLiteral("if"),    QStringLiteral("then"),   QStringLiteral("else"),
                                     QStringLiteral("in"),    QStringLiteral("true"),   QStringLiteral("false"),
                                     QStringLiteral("years"), QStringLiteral("months"), QStringLiteral("days"),
                                     QStringLiteral("year"),  QStringLiteral("month"),  QStringLiteral("day")};
    return kw.contains(w);
}

using NodePtr = std::unique_ptr<ExprNode>;

class Parser {
public:
    Parser(const QString &src, const SymbolTable &symbols) : m_src(src), m_symbols(symbols)
    {
        m_tokens = tokenize(src);
    }

    NodePtr parseAll()
    {
        NodePtr n = conditional();
        if (cur().type != Token::End)
            fail(cur().pos, QCoreApplication::translate("eligicheck::Expression",
                                                        "unexpected '%1'; expected an operator or the end")
                                .arg(cur().text));
        return n;
    }

    [[noreturn]] void fail(int pos, const QString &msg) { throw ParseFailure{pos, msg}; }

    // Words that are not facts end up as errors unless a choice comparison claims them.
    void requireNoWord(const ExprNode &n)
    {
        if (n.type != ValueType::Word) return;
        QString msg = QCoreApplication::translate("eligicheck::Expression", "unknown fact '%1'").arg(n.name);
        QStringList sug = m_symbols.facts ? m_symbols.facts->suggestions(n.name) : QStringList();
        if (m_symbols.parameters)
            for (const QString &p : closestMatches(n.name, m_symbols.parameters->keys())) sug << p;
        if (!sug.isEmpty())
            msg += QCoreApplication::translate("eligicheck::Expression", " (did you mean %1?)")
                       .arg(sug.join(QStringLiteral(", ")));
        fail(n.pos, msg);
    }

private:
    const Token &cur() const { return m_tokens[m_i]; }
    const Token &peek(int k = 1) const { return m_tokens[qMin(m_i + k, int(m_tokens.size()) - 1)]; }
    bool isWord(const char *w) const { return cur().type == Token::Ident && cur().text == QLatin1String(w); }
    bool isOp(const char *op) const { return cur().type == Token::Op && cur().text == QLatin1String(op); }
    void expectWord(const char *w)
    {
        if (!isWord(w))
            fail(
                cur().pos,
                QCoreApplication::translate("eligicheck::Expression", "expected '%1'").arg(QLatin1String(w)));
        ++m_i;
    }

    struct DepthGuard {
        Parser &p;
        explicit DepthGuard(Parser &p_, int pos) : p(p_)
        {
            if (++p.m_depth > MaxDepth)
                p.fail(pos,
                       QCoreApplication::translate("eligicheck::Expression", "expression nested too deeply"));
        }
        ~DepthGuard() { --p.m_depth; }
    };

    NodePtr make(ExprNode::Kind kind, int pos)
    {
        auto n = std::make_unique<ExprNode>();
        n->kind = kind;
        n->pos = pos;
        return n;
    }

    NodePtr conditional()
    {
        DepthGuard g(*this, cur().pos);
        if (isWord("if")) {
            int pos = cur().pos;
            ++m_i;
            NodePtr c = conditional();
            expectWord("then");
            NodePtr a = conditional();
            expectWord("else");
            NodePtr b = conditional();
            return makeIf(pos, std::move(c), std::move(a), std::move(b));
        }
        NodePtr e = orExpr();
        if (isWord("if")) {
            ++m_i;
            NodePtr c = orExpr();
            expectWord("else");
            NodePtr b = conditional();
            int pos = e->pos;
            return makeIf(pos, std::move(c), std::move(e), std::move(b));
        }
        return e;
    }

    // `a or b or c`, `a and b`: left-associative, each operand parsed by `operand`.
    NodePtr logicChain(const char *word, ExprNode::Kind kind, NodePtr (Parser::*operand)()) {
        NodePtr l = (this->*operand)();
        while (isWord(word)) {
            ++m_i;
            NodePtr r = (this->*operand)();
            l = makeLogic(kind, std::move(l), std::move(r));
        }
        return l;
    }

    NodePtr orExpr() { return logicChain("or", ExprNode::Or, &Parser::andExpr); }

    NodePtr andExpr() { return logicChain("and", ExprNode::And, &Parser::notExpr); }

    NodePtr notExpr()
    {
        DepthGuard g(*this, cur().pos);
        if (isWord("not") && !(peek().type == Token::Ident && peek().text == QLatin1String("in"))) {
            int pos = cur().pos;
            ++m_i;
            NodePtr k = notExpr();
            requireNoWord(*k);
            if (k->type != ValueType::Boolean)
                fail(k->pos, QCoreApplication::translate("eligicheck::Expression",
                                                         "'not' needs a yes/no value, got a %1")
                                 .arg(valueTypeName(k->type)));
            auto n = make(ExprNode::Not, pos);
            n->type = ValueType::Boolean;
            n->end = k->end;
            n->kids.push_back(std::move(k));
            return n;
        }
        return comparison();
    }

    static ExprNode::Op compareOp(const QString &t)
    {
        if (t == QLatin1String("==")) return ExprNode::Eq;
        if (t == QLatin1String("!=")) return ExprNode::Ne;
        if (t == QLatin1String("<")) return ExprNode::Lt;
        if (t == QLatin1String("<=")) return ExprNode::Le;
        if (t == QLatin1String(">")) return ExprNode::Gt;
        if (t == QLatin1String(">=")) return ExprNode::Ge;
        return ExprNode::None;
    }

    NodePtr comparison()
    {
        NodePtr l = additive();
        bool negated = false;
        if (isWord("not") && peek().type == Token::Ident && peek().text == QLatin1String("in")) {
            negated = true;
            ++m_i;
        }
        if (isWord("in")) {
            ++m_i;
            NodePtr n = inExpr(std::move(l));
            if (!negated) return n;
            auto nn = make(ExprNode::Not, n->pos);
            nn->type = ValueType::Boolean;
            nn->end = n->end;
            nn->kids.push_back(std::move(n));
            return nn;
        }
        if (cur().type == Token::Op && compareOp(cur().text) != ExprNode::None) {
            ExprNode::Op op = compareOp(cur().text);
            int opPos = cur().pos;
            ++m_i;
            NodePtr r = additive();
            if (cur().type == Token::Op && compareOp(cur().text) != ExprNode::None)
                fail(cur().pos,
                     QCoreApplication::translate("eligicheck::Expression",
                                                 "comparisons cannot be chained; join them with 'and'"));
            return makeCompare(op, opPos, std::move(l), std::move(r));
        }
        return l;
    }

    NodePtr inExpr(NodePtr l)
    {
        if (cur().type != Token::LBrace)
            fail(cur().pos, QCoreApplication::translate("eligicheck::Expression", "expected '{' after 'in'"));
        ++m_i;
        auto n = make(ExprNode::In, l->pos);
        n->type = ValueType::Boolean;
        requireNoWord(*l);
        if (l->type != ValueType::Choice && l->type != ValueType::Number && l->type != ValueType::Text)
            fail(l->pos,
                 QCoreApplication::translate("eligicheck::Expression",
                                             "'in {…}' needs a choice, number or text on the left, got a %1")
                     .arg(valueTypeName(l->type)));
        NodePtr left = std::move(l);
        n->kids.push_back(std::move(left));
        const ExprNode &lhs = *n->kids.front();
        while (true) {
            if (cur().type == Token::RBrace && n->kids.size() > 1) break;
            NodePtr item = additive();
            coerceTo(lhs, *item, QCoreApplication::translate("eligicheck::Expression", "in {…}"));
            n->kids.push_back(std::move(item));
            if (cur().type == Token::Comma) {
                ++m_i;
                continue;
            }
            if (cur().type == Token::RBrace) break;
            fail(cur().pos,
                 QCoreApplication::translate("eligicheck::Expression", "expected ',' or '}' in the set"));
        }
        n->end = cur().end;
        ++m_i;
        return n;
    }

    NodePtr additive()
    {
        NodePtr l = multiplicative();
        while (isOp("+") || isOp("-")) {
            ExprNode::Op op = cur().text == QLatin1String("+") ? ExprNode::Add : ExprNode::Sub;
            int pos = cur().pos;
            ++m_i;
            NodePtr r = multiplicative();
            l = makeArith(op, pos, std::move(l), std::move(r));
        }
        return l;
    }

    NodePtr multiplicative()
    {
        NodePtr l = unary();
        while (isOp("*") || isOp("/")) {
            ExprNode::Op op = cur().text == QLatin1String("*") ? ExprNode::Mul : ExprNode::Div;
            int pos = cur().pos;
            ++m_i;
            NodePtr r = unary();
            // A division by a written zero would make every evaluation "undetermined"; it is a
            // mistake in the rule file, so lint says so where it is.
            if (op == ExprNode::Div && isLiteralZero(*r))
                fail(r->pos, QCoreApplication::translate("eligicheck::Expression", "division by zero"));
            l = makeArith(op, pos, std::move(l), std::move(r));
        }
        return l;
    }

    static bool isLiteralZero(const ExprNode &n) {
        if (n.kind == ExprNode::Neg && n.kids.size() == 1) return isLiteralZero(*n.kids[0]);
        return n.kind == ExprNode::Literal && n.type == ValueType::Number && n.literal.isKnown() &&
               n.literal.number().isZero();
    }

    NodePtr unary() {
        DepthGuard g(*this, cur().pos);
        if (isOp("-")) {
            int pos = cur().pos;
            ++m_i;
            NodePtr k = unary();
            requireNoWord(*k);
            if (k->type != ValueType::Number)
                fail(k->pos, QCoreApplication::translate("eligicheck::Expression", "'-' needs a number"));
            auto n = make(ExprNode::Neg, pos);
            n->type = ValueType::Number;
            n->unit = k->unit;
            n->flexibleUnit = k->flexibleUnit;
            n->end = k->end;
            n->kids.push_back(std::move(k));
            return n;
        }
        return postfix();
    }

    NodePtr postfix()
    {
        NodePtr p = primary();
        if (cur().type == Token::Ident) {
            const QString &w = cur().text;
            QString unit;
            if (w == QLatin1String("years") || w == QLatin1String("year")) unit = QStringLiteral("years");
            else if (w == QLatin1String("months") || w == QLatin1String("month")) unit = QStringLiteral("months");
            else if (w == QLatin1String("days") || w == QLatin1String("day")) unit = QStringLiteral("days");
            if (!unit.isEmpty()) {
                requireNoWord(*p);
                if (p->type != ValueType::Number)
                    fail(p->pos, QCoreApplication::translate("eligicheck::Expression",
                                                             "a duration needs a number before '%1'")
                                     .arg(w));
                auto n = make(ExprNode::DurationOf, p->pos);
                n->type = ValueType::Duration;
                n->name = unit;
                n->end = cur().end;
                ++m_i;
                n->kids.push_back(std::move(p));
                return n;
            }
        }
        return p;
    }

    NodePtr primary()
    {
        const Token t = cur();
        switch (t.type) {
        case Token::Money: {
            ++m_i;
            auto n = make(ExprNode::Literal, t.pos);
            n->end = t.end;
            n->type = ValueType::Number;
            Number::ParseError why = Number::ParseError::None;
            std::optional<Number> parsed = Number::parse(t.text, &why);
            if (!parsed) fail(t.pos, Number::parseErrorMessage(why, t.text + t.unit));
            // Held in 万元 like every money fact; the unit it was written in is kept for display.
            const Number v = t.unit == QStringLiteral("亿元") ? *parsed * Number(10000)
                             : t.unit == QStringLiteral("元") ? *parsed / Number(10000)
                                                              : *parsed;
            if (!v.isValid())
                fail(t.pos, Number::parseErrorMessage(Number::ParseError::TooLarge, t.text + t.unit));
            n->unit = QStringLiteral("万元");
            n->moneyUnit = t.unit;
            n->literal = Value::fromNumber(v);
            return n;
        }
        case Token::Num:
        case Token::Percent: {
            ++m_i;
            auto n = make(ExprNode::Literal, t.pos);
            n->end = t.end;
            n->type = ValueType::Number;
            // A literal is held exactly or refused: an overflow must never become a threshold.
            Number::ParseError why = Number::ParseError::None;
            std::optional<Number> parsed = Number::parse(t.text, &why);
            if (!parsed) fail(t.pos, Number::parseErrorMessage(why, t.text));
            Number v = *parsed;
            if (t.type == Token::Percent) {
                v = v / Number(100);
                if (!v.isValid())
                    fail(t.pos, Number::parseErrorMessage(Number::ParseError::TooPrecise, t.text + u'%'));
                n->percentDisplay = true;
            } else {
                n->flexibleUnit = true;
            }
            n->literal = Value::fromNumber(v);
            return n;
        }
        case Token::DateLit: {
            ++m_i;
            QDate d = QDate::fromString(t.text, Qt::ISODate);
            if (!d.isValid())
                fail(t.pos, QCoreApplication::translate("eligicheck::Expression", "'%1' is not a valid date")
                                .arg(t.text));
            auto n = make(ExprNode::Literal, t.pos);
            n->end = t.end;
            n->type = ValueType::Date;
            n->literal = Value::fromDate(d);
            return n;
        }
        case Token::Str: {
            ++m_i;
            auto n = make(ExprNode::Literal, t.pos);
            n->end = t.end;
            n->type = ValueType::Text;
            n->literal = Value::fromText(t.text);
            return n;
        }
        case Token::LParen: {
            ++m_i;
            NodePtr e = conditional();
            if (cur().type != Token::RParen)
                fail(cur().pos, QCoreApplication::translate("eligicheck::Expression", "expected ')'"));
            e->end = cur().end;
            ++m_i;
            return e;
        }
        case Token::Ident: return identifier();
        case Token::End:
            fail(t.pos, QCoreApplication::translate("eligicheck::Expression",
                                                    "unexpected end of expression; expected a value"));
        default:
            fail(t.pos,
                 QCoreApplication::translate("eligicheck::Expression", "unexpected '%1'; expected a value")
                     .arg(t.text));
        }
    }

    NodePtr identifier()
    {
        const Token t = cur();
        ++m_i;
        if (t.text == QLatin1String("true") || t.text == QLatin1String("false")) {
            auto n = make(ExprNode::Literal, t.pos);
            n->end = t.end;
            n->type = ValueType::Boolean;
            n->literal = Value::fromBool(t.text == QLatin1String("true"));
            return n;
        }
        if (cur().type == Token::LParen) return call(t);
        if (isKeyword(t.text))
            fail(t.pos,
                 QCoreApplication::translate("eligicheck::Expression", "unexpected '%1'; expected a value")
                     .arg(t.text));
        if (const FactDefinition *f = m_symbols.facts ? m_symbols.facts->find(t.text) : nullptr) {
            auto n = make(ExprNode::Fact, t.pos);
            n->end = t.end;
            n->fact = f;
            switch (f->type) {
            case FactType::Number:
            case FactType::Integer:
                n->type = ValueType::Number;
                n->unit = f->unit;
                break;
            case FactType::Boolean: n->type = ValueType::Boolean; break;
            case FactType::Choice: n->type = ValueType::Choice; break;
            case FactType::Date: n->type = ValueType::Date; break;
            case FactType::Text: n->type = ValueType::Text; break;
            }
            return n;
        }
        if (m_symbols.parameters) {
            auto it = m_symbols.parameters->constFind(t.text);
            if (it != m_symbols.parameters->cend()) {
                auto n = make(ExprNode::Literal, t.pos);
                n->end = t.end;
                n->type = ValueType::Number;
                n->unit = it->unit;
                n->literal = Value::fromNumber(it->value);
                n->name = t.text;
                n->paramLabel = it->label;
                return n;
            }
        }
        auto n = make(ExprNode::Word, t.pos);
        n->end = t.end;
        n->type = ValueType::Word;
        n->name = t.text;
        return n;
    }

    NodePtr call(const Token &t)
    {
        ExprNode::Func f = ExprNode::NoFunc;
        if (t.text == QLatin1String("min")) f = ExprNode::Min;
        else if (t.text == QLatin1String("max")) f = ExprNode::Max;
        else if (t.text == QLatin1String("years_between")) f = ExprNode::YearsBetween;
        else if (t.text == QLatin1String("year")) f = ExprNode::Year;
        else if (t.text == QLatin1String("known")) f = ExprNode::Known;
        else if (t.text == QLatin1String("date")) f = ExprNode::MakeDate;
        else {
            QStringList names = {QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("years_between"),
                                 QStringLiteral("year"), QStringLiteral("known"), QStringLiteral("date")};
            QStringList sug = closestMatches(t.text, names);
            fail(t.pos, QCoreApplication::translate("eligicheck::Expression", "unknown function '%1'%2")
                            .arg(t.text, sug.isEmpty() ? QString()
                                                       : QCoreApplication::translate("eligicheck::Expression",
                                                                                     " (did you mean %1?)")
                                                             .arg(sug.join(QStringLiteral(", ")))));
        }
        ++m_i; // '('
        auto n = make(ExprNode::Call, t.pos);
        n->func = f;
        if (cur().type != Token::RParen) {
            while (true) {
                n->kids.push_back(conditional());
                if (cur().type == Token::Comma) {
                    ++m_i;
                    continue;
                }
                break;
            }
        }
        if (cur().type != Token::RParen)
            fail(cur().pos,
                 QCoreApplication::translate("eligicheck::Expression", "expected ',' or ')' in the call"));
        n->end = cur().end;
        ++m_i;
        typeCall(*n);
        return n;
    }

    void typeCall(ExprNode &n)
    {
        auto argc = [&](int want) {
            if (int(n.kids.size()) != want)
                fail(n.pos, QCoreApplication::translate("eligicheck::Expression",
                                                        "this function takes %1 argument(s), got %2")
                                .arg(want)
                                .arg(n.kids.size()));
        };
        switch (n.func) {
        case ExprNode::Min:
        case ExprNode::Max: {
            if (n.kids.size() < 2)
                fail(n.pos, QCoreApplication::translate("eligicheck::Expression",
                                                        "min()/max() need at least two arguments"));
            n.type = ValueType::Number;
            n.flexibleUnit = true;
            for (auto &k : n.kids) {
                requireNoWord(*k);
                if (k->type != ValueType::Number)
                    fail(k->pos, QCoreApplication::translate("eligicheck::Expression",
                                                             "min()/max() take numbers, got a %1")
                                     .arg(valueTypeName(k->type)));
                unifyUnits(n, *k, n.pos);
                n.percentDisplay = n.percentDisplay || k->percentDisplay;
            }
            break;
        }
        case ExprNode::YearsBetween:
            argc(2);
            for (auto &k : n.kids) {
                requireNoWord(*k);
                if (k->type != ValueType::Date)
                    fail(k->pos, QCoreApplication::translate("eligicheck::Expression",
                                                             "years_between() takes two dates"));
            }
            n.type = ValueType::Number;
            n.unit = QStringLiteral("年");
            break;
        case ExprNode::Year:
            argc(1);
            requireNoWord(*n.kids[0]);
            if (n.kids[0]->type != ValueType::Date)
                fail(n.kids[0]->pos,
                     QCoreApplication::translate("eligicheck::Expression", "year() takes a date"));
            n.type = ValueType::Number;
            n.flexibleUnit = true;
            break;
        case ExprNode::Known:
            argc(1);
            requireNoWord(*n.kids[0]);
            if (n.kids[0]->kind != ExprNode::Fact)
                fail(n.kids[0]->pos,
                     QCoreApplication::translate("eligicheck::Expression", "known() takes a fact id"));
            n.type = ValueType::Boolean;
            break;
        case ExprNode::MakeDate:
            argc(3);
            for (auto &k : n.kids) {
                requireNoWord(*k);
                if (k->type != ValueType::Number)
                    fail(k->pos, QCoreApplication::translate("eligicheck::Expression",
                                                             "date(year, month, day) takes three numbers"));
            }
            n.type = ValueType::Date;
            break;
        case ExprNode::NoFunc: break;
        }
    }

    // Makes `target` take the unit of `other` (or checks they agree).
    void unifyUnits(ExprNode &target, const ExprNode &other, int pos)
    {
        if (other.flexibleUnit) return;
        if (target.flexibleUnit) {
            target.unit = other.unit;
            target.flexibleUnit = false;
            return;
        }
        if (target.unit != other.unit) unitMismatch(target.unit, other.unit, pos);
    }

    [[noreturn]] void unitMismatch(const QString &a, const QString &b, int pos)
    {
        if ((a == QLatin1String("%") && b.isEmpty()) || (b == QLatin1String("%") && a.isEmpty()))
            fail(pos, QCoreApplication::translate(
                          "eligicheck::Expression",
                          "cannot compare a percentage fact (unit %) with a ratio such as 2%: a _pct fact "
                          "holds percentage points, so write 2, not 2%"));
        auto show = [](const QString &u) {
            return u.isEmpty() ? QCoreApplication::translate("eligicheck::Expression", "a plain number") : u;
        };
        fail(pos, QCoreApplication::translate("eligicheck::Expression", "unit mismatch: %1 vs %2")
                      .arg(show(a), show(b)));
    }

    // A plain number already scaled to percentage points (`a / b * 100`) may be compared with a
    // _pct fact; a ratio (`a / b`, `2%`) may not, since it is 100 times smaller.
    static bool percentPointsMatch(const ExprNode &a, const ExprNode &b)
    {
        auto plainPoints = [](const ExprNode &n) { return n.unit.isEmpty() && !n.percentDisplay; };
        return (a.unit == QLatin1String("%") && plainPoints(b)) || (b.unit == QLatin1String("%") && plainPoints(a));
    }

    // Checks that `item` can be compared with `lhs`; turns bare words into choice literals.
    void coerceTo(const ExprNode &lhs, ExprNode &item, const QString &what)
    {
        if (lhs.type == ValueType::Choice) {
            const FactDefinition *f = lhs.fact;
            if (item.type == ValueType::Choice) {
                // A bare word that is both another fact's id and a choice of this one (`city` in
                // `platform_level in {national, provincial, city}`) means the choice.
                if (item.kind == ExprNode::Fact && item.fact != f && f && item.fact &&
                    f->choice(item.fact->id)) {
                    const QString id = item.fact->id;
                    item.kind = ExprNode::Literal;
                    item.fact = f;
                    item.literal = Value::fromChoice(id);
                    return;
                }
                if (item.fact != f)
                    fail(item.pos, QCoreApplication::translate("eligicheck::Expression",
                                                               "these choices belong to different facts"));
                return;
            }
            if (item.type == ValueType::Word || (item.kind == ExprNode::Literal && item.type == ValueType::Text)) {
                QString id = item.type == ValueType::Word ? item.name : item.literal.string();
                if (f && !f->choice(id)) {
                    QStringList sug = closestMatches(id, f->choiceIds());
                    fail(item.pos,
                         QCoreApplication::translate("eligicheck::Expression",
                                                     "'%1' is not a declared choice of fact '%2'%3")
                             .arg(id, f->id,
                                  sug.isEmpty() ? QCoreApplication::translate("eligicheck::Expression",
                                                                              " (choices: %1)")
                                                      .arg(f->choiceIds().join(u','))
                                                : QCoreApplication::translate("eligicheck::Expression",
                                                                              " (did you mean %1?)")
                                                      .arg(sug.join(QStringLiteral(", ")))));
                }
                item.kind = ExprNode::Literal;
                item.type = ValueType::Choice;
                item.fact = f;
                item.literal = Value::fromChoice(id);
                return;
            }
            fail(item.pos, QCoreApplication::translate("eligicheck::Expression",
                                                       "cannot compare a choice with a %1 in %2")
                               .arg(valueTypeName(item.type), what));
        }
        if (item.type == ValueType::Choice && lhs.type == ValueType::Word) {
            requireNoWord(lhs);
        }
        requireNoWord(item);
        requireNoWord(lhs);
        if (lhs.type != item.type)
            fail(item.pos,
                 QCoreApplication::translate("eligicheck::Expression", "cannot compare a %1 with a %2")
                     .arg(valueTypeName(lhs.type), valueTypeName(item.type)));
        if (lhs.type == ValueType::Number) {
            if (!lhs.flexibleUnit && !item.flexibleUnit && lhs.unit != item.unit &&
                !percentPointsMatch(lhs, item))
                unitMismatch(lhs.unit, item.unit, item.pos);
        }
    }

    NodePtr makeIf(int pos, NodePtr c, NodePtr a, NodePtr b)
    {
        requireNoWord(*c);
        if (c->type != ValueType::Boolean)
            fail(c->pos, QCoreApplication::translate("eligicheck::Expression",
                                                     "the condition after 'if' must be yes/no, got a %1")
                             .arg(valueTypeName(c->type)));
        requireNoWord(*a);
        requireNoWord(*b);
        if (a->type != b->type)
            fail(b->pos, QCoreApplication::translate("eligicheck::Expression",
                                                     "both branches must have the same type (%1 vs %2)")
                             .arg(valueTypeName(a->type), valueTypeName(b->type)));
        auto n = make(ExprNode::If, pos);
        n->type = a->type;
        n->fact = a->fact ? a->fact : b->fact;
        if (a->type == ValueType::Number) {
            n->unit = a->unit;
            n->flexibleUnit = a->flexibleUnit;
            unifyUnits(*n, *b, b->pos);
            n->percentDisplay = a->percentDisplay || b->percentDisplay;
        }
        n->end = b->end;
        n->kids.push_back(std::move(c));
        n->kids.push_back(std::move(a));
        n->kids.push_back(std::move(b));
        return n;
    }

    NodePtr makeLogic(ExprNode::Kind kind, NodePtr l, NodePtr r)
    {
        for (const NodePtr *k : {&l, &r}) {
            requireNoWord(**k);
            if ((*k)->type != ValueType::Boolean)
                fail((*k)->pos, QCoreApplication::translate("eligicheck::Expression",
                                                            "'%1' joins yes/no conditions, got a %2")
                                    .arg(kind == ExprNode::And ? QStringLiteral("and") : QStringLiteral("or"),
                                         valueTypeName((*k)->type)));
        }
        auto n = make(kind, l->pos);
        n->type = ValueType::Boolean;
        n->end = r->end;
        // Flatten chains so evaluation and explanations see one n-ary node.
        for (NodePtr *k : {&l, &r}) {
            if ((*k)->kind == kind) {
                for (auto &kk : (*k)->kids) n->kids.push_back(std::move(kk));
            } else {
                n->kids.push_back(std::move(*k));
            }
        }
        return n;
    }

    NodePtr makeCompare(ExprNode::Op op, int opPos, NodePtr l, NodePtr r)
    {
        if (l->type == ValueType::Word && r->type == ValueType::Choice) std::swap(l, r);
        coerceTo(*l, *r, QCoreApplication::translate("eligicheck::Expression", "a comparison"));
        bool ordered = op != ExprNode::Eq && op != ExprNode::Ne;
        if (ordered && l->type != ValueType::Number && l->type != ValueType::Date)
            fail(opPos, QCoreApplication::translate("eligicheck::Expression",
                                                    "'<', '>' and friends compare numbers or dates, not a %1")
                            .arg(valueTypeName(l->type)));
        if (l->type == ValueType::Duration)
            fail(opPos, QCoreApplication::translate("eligicheck::Expression",
                                                    "durations cannot be compared; add them to a date"));
        auto n = make(ExprNode::Compare, l->pos);
        n->op = op;
        n->type = ValueType::Boolean;
        n->end = r->end;
        n->percentDisplay = l->percentDisplay || r->percentDisplay;
        n->unit = l->flexibleUnit ? r->unit : l->unit;
        n->kids.push_back(std::move(l));
        n->kids.push_back(std::move(r));
        return n;
    }

    NodePtr makeArith(ExprNode::Op op, int opPos, NodePtr l, NodePtr r)
    {
        requireNoWord(*l);
        requireNoWord(*r);
        auto n = make(ExprNode::Arith, l->pos);
        n->op = op;
        n->end = r->end;
        if (l->type == ValueType::Date && r->type == ValueType::Duration && (op == ExprNode::Add || op == ExprNode::Sub)) {
            n->type = ValueType::Date;
        } else if (l->type == ValueType::Number && r->type == ValueType::Number) {
            n->type = ValueType::Number;
            switch (op) {
            case ExprNode::Add:
            case ExprNode::Sub:
                n->unit = l->unit;
                n->flexibleUnit = l->flexibleUnit;
                unifyUnits(*n, *r, opPos);
                n->percentDisplay = l->percentDisplay && r->percentDisplay;
                break;
            case ExprNode::Mul:
                // A _pct fact holds percentage points: in a product it scales like a plain number
                // (the rule writes the /100 itself, as the catalogue's cross-multiplied forms do).
                if (l->flexibleUnit || l->unit.isEmpty() || l->unit == QLatin1String("%")) {
                    n->unit = r->unit;
                    n->flexibleUnit = l->flexibleUnit && r->flexibleUnit;
                } else if (r->flexibleUnit || r->unit.isEmpty() || r->unit == QLatin1String("%")) {
                    n->unit = l->unit;
                } else {
                    n->unit = l->unit + u'\u00B7' + r->unit;
                }
                break;
            case ExprNode::Div:
                if (!l->flexibleUnit && !r->flexibleUnit && l->unit == r->unit) {
                    n->unit.clear(); // a ratio of like quantities
                    n->percentDisplay = true;
                } else if (r->flexibleUnit || r->unit.isEmpty() || r->unit == QLatin1String("%")) {
                    n->unit = l->unit;
                    n->flexibleUnit = l->flexibleUnit;
                } else {
                    n->unit = (l->flexibleUnit ? QStringLiteral("1") : l->unit) + u'/' + r->unit;
                }
                break;
            default: break;
            }
        } else {
            fail(opPos,
                 QCoreApplication::translate("eligicheck::Expression", "cannot apply '%1' to a %2 and a %3")
                     .arg(op == ExprNode::Add   ? QStringLiteral("+")
                          : op == ExprNode::Sub ? QStringLiteral("-")
                          : op == ExprNode::Mul ? QStringLiteral("*")
                                                : QStringLiteral("/"),
                          valueTypeName(l->type), valueTypeName(r->type)));
        }
        n->kids.push_back(std::move(l));
        n->kids.push_back(std::move(r));
        return n;
    }

    QString m_src;
    const SymbolTable &m_symbols;
    QVector<Token> m_tokens;
    int m_i = 0;
    int m_depth = 0;
};

// ---------------------------------------------------------------------------------------------
// Evaluation

Value eval(const ExprNode &n, EvalContext &ctx);

QDate addDuration(QDate d, const Duration &du, int sign)
{
    return d.addYears(sign * du.years).addMonths(sign * du.months).addDays(qint64(sign) * du.days);
}

// Full years elapsed from a to b, consistent with `a + N years` (民法典第二百零三条:
// a period ending on a day that does not exist ends on the last day of that month).
int yearsBetween(QDate a, QDate b)
{
    if (b < a) return -yearsBetween(b, a);
    int y = b.year() - a.year();
    if (a.addYears(y) > b) --y;
    return y;
}

Value compareValues(ExprNode::Op op, const Value &a, const Value &b)
{
    if (!a.isKnown() || !b.isKnown()) return Value();
    int c = 0;
    switch (a.kind()) {
    case Value::Num: c = a.number().compare(b.number()); break;
    case Value::Date: c = a.date() < b.date() ? -1 : (a.date() > b.date() ? 1 : 0); break;
    default:
        if (op == ExprNode::Eq) return Value::fromBool(a == b);
        if (op == ExprNode::Ne) return Value::fromBool(a != b);
        return Value();
    }
    switch (op) {
    case ExprNode::Eq: return Value::fromBool(c == 0);
    case ExprNode::Ne: return Value::fromBool(c != 0);
    case ExprNode::Lt: return Value::fromBool(c < 0);
    case ExprNode::Le: return Value::fromBool(c <= 0);
    case ExprNode::Gt: return Value::fromBool(c > 0);
    case ExprNode::Ge: return Value::fromBool(c >= 0);
    default: return Value();
    }
}

Value eval(const ExprNode &n, EvalContext &ctx)
{
    switch (n.kind) {
    case ExprNode::Literal: return n.literal;
    case ExprNode::Word: return Value();
    case ExprNode::Fact: {
        const Value &v = n.fact->slot < ctx.facts->size() ? (*ctx.facts)[n.fact->slot] : Value();
        if (!v.isKnown() && ctx.missing && !ctx.missing->contains(n.fact->slot)) ctx.missing->append(n.fact->slot);
        return v;
    }
    case ExprNode::Not: {
        Value v = eval(*n.kids[0], ctx);
        return v.isKnown() ? Value::fromBool(!v.toBool()) : Value();
    }
    case ExprNode::Neg: {
        Value v = eval(*n.kids[0], ctx);
        return v.isKnown() ? Value::fromNumber(-v.number()) : Value();
    }
    case ExprNode::And:
    case ExprNode::Or: {
        const bool isAnd = n.kind == ExprNode::And;
        const int missingBefore = ctx.missing ? int(ctx.missing->size()) : 0;
        bool unknown = false;
        bool decided = false;
        for (const auto &k : n.kids) {
            Value v = eval(*k, ctx);
            if (!v.isKnown()) unknown = true;
            else if (v.toBool() != isAnd) decided = true; // false in and / true in or
        }
        if (decided) {
            // The result no longer depends on the unanswered operands: asking for them would
            // only bother the user.
            if (ctx.missing) ctx.missing->resize(missingBefore);
            return Value::fromBool(!isAnd);
        }
        if (unknown) return Value();
        return Value::fromBool(isAnd);
    }
    case ExprNode::Compare: return compareValues(n.op, eval(*n.kids[0], ctx), eval(*n.kids[1], ctx));
    case ExprNode::In: {
        Value v = eval(*n.kids[0], ctx);
        if (!v.isKnown()) return Value();
        bool unknown = false;
        for (size_t i = 1; i < n.kids.size(); ++i) {
            Value c = compareValues(ExprNode::Eq, v, eval(*n.kids[i], ctx));
            if (!c.isKnown()) unknown = true;
            else if (c.toBool()) return Value::fromBool(true);
        }
        return unknown ? Value() : Value::fromBool(false);
    }
    case ExprNode::Arith: {
        Value a = eval(*n.kids[0], ctx), b = eval(*n.kids[1], ctx);
        if (!a.isKnown() || !b.isKnown()) return Value();
        if (a.kind() == Value::Date)
            return Value::fromDate(addDuration(a.date(), b.duration(), n.op == ExprNode::Add ? 1 : -1));
        Number r;
        switch (n.op) {
        case ExprNode::Add: r = a.number() + b.number(); break;
        case ExprNode::Sub: r = a.number() - b.number(); break;
        case ExprNode::Mul: r = a.number() * b.number(); break;
        case ExprNode::Div: r = a.number() / b.number(); break;
        default: break;
        }
        if (!r.isValid()) ctx.arithmeticError = true;
        return Value::fromNumber(r);
    }
    case ExprNode::If: {
        Value c = eval(*n.kids[0], ctx);
        if (c.isKnown()) return eval(*n.kids[c.toBool() ? 1 : 2], ctx);
        // Unknown condition: the result is still known when both branches agree
        // (e.g. the overlapping "10亿元以上/以下" branches at exactly 10亿).
        const int missingBefore = ctx.missing ? int(ctx.missing->size()) : 0;
        Value a = eval(*n.kids[1], ctx), b = eval(*n.kids[2], ctx);
        if (a.isKnown() && a == b) {
            if (ctx.missing) ctx.missing->resize(missingBefore);
            return a;
        }
        return Value();
    }
    case ExprNode::Call: {
        switch (n.func) {
        case ExprNode::Min:
        case ExprNode::Max: {
            Value best;
            bool unknown = false;
            for (const auto &k : n.kids) {
                Value v = eval(*k, ctx);
                if (!v.isKnown()) {
                    unknown = true;
                    continue;
                }
                if (!best.isKnown() || (n.func == ExprNode::Min ? v.number() < best.number() : v.number() > best.number()))
                    best = v;
            }
            return unknown ? Value() : best;
        }
        case ExprNode::YearsBetween: {
            Value a = eval(*n.kids[0], ctx), b = eval(*n.kids[1], ctx);
            if (!a.isKnown() || !b.isKnown()) return Value();
            return Value::fromNumber(Number(yearsBetween(a.date(), b.date())));
        }
        case ExprNode::Year: {
            Value a = eval(*n.kids[0], ctx);
            return a.isKnown() ? Value::fromNumber(Number(a.date().year())) : Value();
        }
        case ExprNode::Known: {
            const ExprNode &f = *n.kids[0];
            return Value::fromBool(f.fact->slot < ctx.facts->size() && (*ctx.facts)[f.fact->slot].isKnown());
        }
        case ExprNode::MakeDate: {
            int parts[3];
            for (int i = 0; i < 3; ++i) {
                Value v = eval(*n.kids[size_t(i)], ctx);
                if (!v.isKnown()) return Value();
                if (!v.number().isInteger()) {
                    ctx.arithmeticError = true;
                    return Value();
                }
                parts[i] = int(v.number().toLongLong());
            }
            QDate d(parts[0], parts[1], parts[2]);
            if (!d.isValid()) ctx.arithmeticError = true;
            return Value::fromDate(d);
        }
        case ExprNode::NoFunc: break;
        }
        return Value();
    }
    case ExprNode::DurationOf: {
        Value v = eval(*n.kids[0], ctx);
        if (!v.isKnown()) return Value();
        if (!v.number().isInteger()) {
            ctx.arithmeticError = true;
            return Value();
        }
        Duration d;
        int k = int(v.number().toLongLong());
        if (n.name == QLatin1String("years")) d.years = k;
        else if (n.name == QLatin1String("months")) d.months = k;
        else d.days = k;
        return Value::fromDuration(d);
    }
    }
    return Value();
}

Value traceNode(const ExprNode &n, EvalContext &ctx, QVector<ComparisonTrace> *out)
{
    switch (n.kind) {
    case ExprNode::Compare: {
        ComparisonTrace t;
        t.node = &n;
        t.lhs = eval(*n.kids[0], ctx);
        t.rhs = eval(*n.kids[1], ctx);
        t.result = compareValues(n.op, t.lhs, t.rhs);
        out->append(t);
        return t.result;
    }
    case ExprNode::Not: {
        Value v = traceNode(*n.kids[0], ctx, out);
        return v.isKnown() ? Value::fromBool(!v.toBool()) : Value();
    }
    case ExprNode::And:
    case ExprNode::Or: {
        Value result = eval(n, ctx);
        const bool isAnd = n.kind == ExprNode::And;
        for (const auto &k : n.kids) {
            Value v = eval(*k, ctx);
            // Show what decided: the failing parts of a failed "and", the passing parts of a
            // passed "or", everything otherwise.
            bool show = !result.isKnown() || result.toBool() == isAnd || (v.isKnown() && v.toBool() == result.toBool());
            if (result.isKnown() && result.toBool() != isAnd && !(v.isKnown() && v.toBool() == result.toBool()))
                show = false;
            if (show) {
                QVector<ComparisonTrace> sub;
                traceNode(*k, ctx, &sub);
                *out += sub;
            }
        }
        return result;
    }
    case ExprNode::If: {
        const int first = int(out->size());
        Value c = traceNode(*n.kids[0], ctx, out);
        for (int i = first; i < out->size(); ++i) (*out)[i].branch = true;
        if (c.isKnown()) return traceNode(*n.kids[c.toBool() ? 1 : 2], ctx, out);
        traceNode(*n.kids[1], ctx, out);
        traceNode(*n.kids[2], ctx, out);
        return eval(n, ctx);
    }
    default: return eval(n, ctx);
    }
}

void collectSlots(const ExprNode &n, QVector<int> &out)
{
    if (n.kind == ExprNode::Fact && !out.contains(n.fact->slot)) out << n.fact->slot;
    for (const auto &k : n.kids) collectSlots(*k, out);
}

} // namespace

std::optional<Expression> Expression::parse(const QString &text, const SymbolTable &symbols,
                                            std::optional<ValueType> expected, ExpressionError *error)
{
    try {
        if (text.size() > MaxLength)
            throw ParseFailure{0, QCoreApplication::translate("eligicheck::Expression",
                                                              "expression longer than %1 characters")
                                      .arg(MaxLength)};
        if (text.trimmed().isEmpty())
            throw ParseFailure{0, QCoreApplication::translate("eligicheck::Expression", "empty expression")};
        Parser p(text, symbols);
        NodePtr root = p.parseAll();
        p.requireNoWord(*root);
        if (expected && root->type != *expected)
            throw ParseFailure{root->pos, QCoreApplication::translate("eligicheck::Expression",
                                                                      "expected a %1 expression, got a %2")
                                              .arg(valueTypeName(*expected), valueTypeName(root->type))};
        Expression e;
        e.m_source = text;
        e.m_root = std::move(root);
        return e;
    } catch (const ParseFailure &f) {
        if (error) *error = {f.offset, f.message};
        return std::nullopt;
    }
}

Value Expression::evaluate(EvalContext &ctx) const { return m_root ? eval(*m_root, ctx) : Value(); }

Value Expression::trace(EvalContext &ctx, QVector<ComparisonTrace> *out) const
{
    return m_root ? traceNode(*m_root, ctx, out) : Value();
}

QVector<int> Expression::referencedSlots() const
{
    QVector<int> out;
    if (m_root) collectSlots(*m_root, out);
    return out;
}

QString Expression::describe(const ExprNode &n, Lang lang)
{
    auto opText = [](ExprNode::Op op) -> QString {
        switch (op) {
        case ExprNode::Eq: return QStringLiteral(" = ");
        case ExprNode::Ne: return QStringLiteral(" ≠ ");
        case ExprNode::Lt: return QStringLiteral(" < ");
        case ExprNode::Le: return QStringLiteral(" ≤ ");
        case ExprNode::Gt: return QStringLiteral(" > ");
        case ExprNode::Ge: return QStringLiteral(" ≥ ");
        case ExprNode::Add: return QStringLiteral(" + ");
        case ExprNode::Sub: return QStringLiteral(" − ");
        case ExprNode::Mul: return QStringLiteral(" × ");
        case ExprNode::Div: return QStringLiteral(" ÷ ");
        default: return QString();
        }
    };
    auto wrap = [&](const ExprNode &k) {
        QString s = describe(k, lang);
        bool compound = k.kind == ExprNode::Arith || k.kind == ExprNode::And || k.kind == ExprNode::Or ||
                        k.kind == ExprNode::If || k.kind == ExprNode::Compare;
        return compound ? QStringLiteral("(") + s + u')' : s;
    };
    switch (n.kind) {
    case ExprNode::Literal:
        if (!n.paramLabel.isEmpty()) return n.paramLabel.get(lang);
        if (n.literal.kind() == Value::Num) {
            if (n.percentDisplay) return (n.literal.number() * Number(100)).toString() + u'%';
            if (!n.moneyUnit.isEmpty()) return formatMoney(n.literal.number(), lang, n.moneyUnit);
            return n.literal.number().toString() + n.unit;
        }
        if (n.literal.kind() == Value::Choice && n.fact) {
            if (const ChoiceOption *c = n.fact->choice(n.literal.string())) return c->label.get(lang);
        }
        if (n.literal.kind() == Value::Bool)
            return lang == Lang::Zh ? (n.literal.toBool() ? QStringLiteral("是") : QStringLiteral("否"))
                                    : (n.literal.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
        return n.literal.toPlainString();
    case ExprNode::Fact: return n.fact->label.get(lang).isEmpty() ? n.fact->id : n.fact->label.get(lang);
    case ExprNode::Word: return n.name;
    case ExprNode::Not: return (lang == Lang::Zh ? QStringLiteral("非") : QStringLiteral("not ")) + wrap(*n.kids[0]);
    case ExprNode::Neg: return u'-' + wrap(*n.kids[0]);
    case ExprNode::And:
    case ExprNode::Or: {
        QStringList parts;
        for (const auto &k : n.kids) parts << wrap(*k);
        QString sep = n.kind == ExprNode::And ? (lang == Lang::Zh ? QStringLiteral(" 且 ") : QStringLiteral(" and "))
                                              : (lang == Lang::Zh ? QStringLiteral(" 或 ") : QStringLiteral(" or "));
        return parts.join(sep);
    }
    case ExprNode::Compare:
    case ExprNode::Arith: return wrap(*n.kids[0]) + opText(n.op) + wrap(*n.kids[1]);
    case ExprNode::In: {
        QStringList parts;
        for (size_t i = 1; i < n.kids.size(); ++i) parts << describe(*n.kids[i], lang);
        return describe(*n.kids[0], lang) + (lang == Lang::Zh ? QStringLiteral(" ∈ {") : QStringLiteral(" in {")) +
               parts.join(QStringLiteral(", ")) + u'}';
    }
    case ExprNode::If:
        return (lang == Lang::Zh ? QStringLiteral("若 %1 则 %2 否则 %3") : QStringLiteral("if %1 then %2 else %3"))
            .arg(describe(*n.kids[0], lang), describe(*n.kids[1], lang), describe(*n.kids[2], lang));
    case ExprNode::Call: {
        QStringList parts;
        for (const auto &k : n.kids) parts << describe(*k, lang);
        static const char *names[] = {"", "min", "max", "years_between", "year", "known", "date"};
        return QString::fromLatin1(names[n.func]) + u'(' + parts.join(QStringLiteral(", ")) + u')';
    }
    case ExprNode::DurationOf: {
        QString unit = n.name;
        if (lang == Lang::Zh)
            unit = n.name == QLatin1String("years") ? QStringLiteral("年")
                   : n.name == QLatin1String("months") ? QStringLiteral("个月")
                                                       : QStringLiteral("天");
        else
            unit.prepend(u' ');
        return wrap(*n.kids[0]) + unit;
    }
    }
    return QString();
}

} // namespace eligicheck
