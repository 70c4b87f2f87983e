#include "number.h"

#include "text.h"

#include <QChar>
#include <QCoreApplication>

namespace eligicheck {
namespace {

constexpr __int128 kInt128Max = (__int128)(~(unsigned __int128)0 >> 1);
constexpr __int128 kInt128Min = -kInt128Max - 1;

__int128 gcd128(__int128 a, __int128 b)
{
    if (a == kInt128Min || b == kInt128Min) return 1; // cannot be negated; leave unreduced
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b != 0) {
        __int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

bool mulOverflow(__int128 a, __int128 b, __int128 *out) { return __builtin_mul_overflow(a, b, out); }
bool addOverflow(__int128 a, __int128 b, __int128 *out) { return __builtin_add_overflow(a, b, out); }

QString int128ToString(__int128 v)
{
    if (v == 0) return QStringLiteral("0");
    bool neg = v < 0;
    unsigned __int128 u = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
    char buf[64];
    int i = 63;
    buf[i] = 0;
    while (u > 0) {
        buf[--i] = char('0' + int(u % 10));
        u /= 10;
    }
    if (neg) buf[--i] = '-';
    return QString::fromLatin1(buf + i);
}

} // namespace

Number Number::invalid()
{
    Number n;
    n.m_den = 0;
    return n;
}

Number Number::fraction(__int128 num, __int128 den)
{
    if (den == 0) return invalid();
    if (num == kInt128Min || den == kInt128Min) return invalid(); // would overflow when negated
    if (den < 0) {
        num = -num;
        den = -den;
    }
    __int128 g = gcd128(num, den);
    Number n;
    if (g > 1) {
        num /= g;
        den /= g;
    }
    n.m_num = num;
    n.m_den = den;
    return n;
}

std::optional<Number> Number::parse(QStringView text, ParseError *error) {
    auto fail = [&](ParseError e) -> std::optional<Number> {
        if (error) *error = e;
        return std::nullopt;
    };
    if (error) *error = ParseError::None;
    text = text.trimmed();
    if (text.isEmpty()) return fail(ParseError::NotANumber);
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    // Syntax first, so that "12x" is "not a number" even when its digits would overflow.
    qsizetype point = -1;
    bool digits = false;
    for (qsizetype k = i; k < text.size(); ++k) {
        if (text[k] == u'.') {
            if (point >= 0) return fail(ParseError::NotANumber);
            point = k;
        } else if (text[k] < u'0' || text[k] > u'9') {
            return fail(ParseError::NotANumber);
        } else {
            digits = true;
        }
    }
    if (!digits) return fail(ParseError::NotANumber);
    qsizetype end = text.size();
    if (point >= 0)
        while (end > point + 1 && text[end - 1] == u'0')
            --end; // 1.500 == 1.5
    __int128 num = 0, den = 1;
    for (qsizetype k = i; k < end; ++k) {
        if (k == point) continue;
        const bool fractional = point >= 0 && k > point;
        if (mulOverflow(num, 10, &num) || addOverflow(num, text[k].unicode() - u'0', &num))
            return fail(fractional ? ParseError::TooPrecise : ParseError::TooLarge);
        if (fractional && mulOverflow(den, 10, &den)) return fail(ParseError::TooPrecise);
    }
    // fraction() refuses the one value whose negation overflows.
    Number n = fraction(negative ? -num : num, den);
    if (!n.isValid()) return fail(ParseError::TooLarge);
    return n;
}

QString Number::parseErrorMessage(ParseError error, QStringView text) {
    const QString shown = elideForMessage(text.trimmed().toString());
    switch (error) {
    case ParseError::None:
        return QString();
    case ParseError::NotANumber:
        return QCoreApplication::translate("eligicheck::Number", "'%1' is not a number").arg(shown);
    case ParseError::TooLarge:
        return QCoreApplication::translate("eligicheck::Number", "'%1' is too large to be held exactly")
            .arg(shown);
    case ParseError::TooPrecise:
        return QCoreApplication::translate("eligicheck::Number",
                                           "'%1' is too precise to be held exactly (too many digits)")
            .arg(shown);
    }
    return QString();
}

long long Number::toLongLong() const { return isValid() ? (long long)(m_num / m_den) : 0; }

double Number::toDouble() const { return isValid() ? double(m_num) / double(m_den) : 0.0; }

Number Number::operator+(const Number &o) const
{
    if (!isValid() || !o.isValid()) return invalid();
    if (m_den == o.m_den) {
        __int128 n;
        if (addOverflow(m_num, o.m_num, &n)) return invalid();
        return fraction(n, m_den);
    }
    __int128 a, b, n, d;
    if (mulOverflow(m_num, o.m_den, &a) || mulOverflow(o.m_num, m_den, &b) || addOverflow(a, b, &n) ||
        mulOverflow(m_den, o.m_den, &d))
        return invalid();
    return fraction(n, d);
}

Number Number::operator-() const
{
    if (!isValid() || m_num == kInt128Min) return invalid();
    Number n = *this;
    n.m_num = -m_num;
    return n;
}

Number Number::operator-(const Number &o) const { return *this + (-o); }

Number Number::operator*(const Number &o) const
{
    if (!isValid() || !o.isValid()) return invalid();
    // Cross-reduce first to keep intermediate values small.
    __int128 g1 = gcd128(m_num, o.m_den), g2 = gcd128(o.m_num, m_den);
    if (g1 == 0) g1 = 1;
    if (g2 == 0) g2 = 1;
    __int128 n, d;
    if (mulOverflow(m_num / g1, o.m_num / g2, &n) || mulOverflow(m_den / g2, o.m_den / g1, &d)) return invalid();
    return fraction(n, d);
}

Number Number::operator/(const Number &o) const
{
    if (!isValid() || !o.isValid() || o.m_num == 0) return invalid();
    Number inv;
    inv.m_num = o.m_den;
    inv.m_den = o.m_num;
    if (inv.m_den < 0) {
        inv.m_den = -inv.m_den;
        inv.m_num = -inv.m_num;
    }
    return *this * inv;
}

int Number::compare(const Number &o) const
{
    if (m_den == o.m_den) return m_num < o.m_num ? -1 : (m_num > o.m_num ? 1 : 0);
    __int128 a, b;
    if (!mulOverflow(m_num, o.m_den, &a) && !mulOverflow(o.m_num, m_den, &b)) return a < b ? -1 : (a > b ? 1 : 0);
    // Fall back to comparing integer parts, then the fractional remainders recursively.
    __int128 ia = m_num / m_den, ib = o.m_num / o.m_den;
    if (m_num < 0 && m_num % m_den) --ia;
    if (o.m_num < 0 && o.m_num % o.m_den) --ib;
    if (ia != ib) return ia < ib ? -1 : 1;
    Number fa = fraction(m_num - ia * m_den, m_den), fb = fraction(o.m_num - ib * o.m_den, o.m_den);
    if (fa.m_num == 0 || fb.m_num == 0) return fa.m_num == fb.m_num ? 0 : (fa.m_num == 0 ? -1 : 1);
    // a/b < c/d  <=>  d/c < b/a for positive fractions
    return -Number::fraction(fa.m_den, fa.m_num).compare(Number::fraction(fb.m_den, fb.m_num));
}

bool Number::isFiniteDecimal() const
{
    if (!isValid()) return false;
    __int128 d = m_den;
    while (d % 2 == 0) d /= 2;
    while (d % 5 == 0) d /= 5;
    return d == 1;
}

QString Number::toString(int maxDecimals, bool *exact) const
{
    if (!isValid()) {
        if (exact) *exact = false;
        return QStringLiteral("NaN");
    }
    bool neg = m_num < 0;
    __int128 n = neg ? -m_num : m_num;
    __int128 intPart = n / m_den, rem = n % m_den;
    QString frac;
    bool isExact = true;
    // Exact digits for finite decimals (up to 30 places), else rounded.
    int limit = isFiniteDecimal() ? 30 : maxDecimals;
    __int128 den = m_den;
    for (int i = 0; i < limit && rem != 0; ++i) {
        if (rem > kInt128Max / 10) {
            // Only for display: a denominator this large cannot be expanded exactly without
            // overflowing, so drop one digit of precision from both parts.
            rem /= 10;
            den /= 10;
            isExact = false;
            if (den == 0) break;
        }
        rem *= 10;
        frac.append(QChar(u'0' + int(rem / den)));
        rem %= den;
    }
    if (rem != 0 && den != 0) {
        isExact = false;
        // Round half up on the next digit.
        if (rem > kInt128Max / 10) {
            rem /= 10;
            den /= 10;
        }
        rem *= 10;
        if (den != 0 && rem / den >= 5) {
            int i = frac.size() - 1;
            for (; i >= 0; --i) {
                if (frac[i] == u'9') {
                    frac[i] = u'0';
                } else {
                    frac[i] = QChar(frac[i].unicode() + 1);
                    break;
                }
            }
            if (i < 0) ++intPart;
        }
    }
    while (frac.endsWith(u'0')) frac.chop(1);
    if (exact) *exact = isExact;
    QString s = int128ToString(intPart);
    if (!frac.isEmpty()) s += u'.' + frac;
    if (neg && s != QLatin1String("0")) s.prepend(u'-');
    return s;
}

QString Number::toGroupedString(int maxDecimals) const
{
    QString s = toString(maxDecimals);
    qsizetype start = s.startsWith(u'-') ? 1 : 0;
    qsizetype end = s.indexOf(u'.');
    if (end < 0) end = s.size();
    for (qsizetype i = end - 3; i > start; i -= 3) s.insert(i, u',');
    return s;
}

} // namespace eligicheck
