#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace eligicheck {

// An exact rational number. Eligibility thresholds are law: "研发经费占比不低于2%" must hold
// at exactly 2%, so no binary floating point is used anywhere a boundary could flip.
// Values are kept as a normalised fraction of 128-bit integers; an operation that would
// overflow yields an invalid number (isValid() == false) instead of a wrong one.
class Number {
public:
    Number() = default;
    Number(long long integer) : m_num(integer) {}

    static Number fraction(__int128 num, __int128 den);
    // Why a text is not a Number: not a decimal at all, or a decimal that 128-bit fractions
    // cannot hold exactly (a value is never rounded into something it is not).
    enum class ParseError { None, NotANumber, TooLarge, TooPrecise };
    // Parses "123", "-1.25", "0.000001", "+3". No exponent, no thousands separators.
    // Trailing zeros after the point cost nothing ("1.50000…0" is 3/2).
    static std::optional<Number> parse(QStringView text, ParseError *error = nullptr);
    // A user-visible sentence for a ParseError about `text` (cut when long), e.g.
    // "'1e400' … too large to be held exactly".
    static QString parseErrorMessage(ParseError error, QStringView text);
    static Number invalid();

    bool isValid() const { return m_den != 0; }
    bool isInteger() const { return m_den == 1; }
    bool isZero() const { return m_num == 0 && m_den != 0; }
    bool isNegative() const { return m_num < 0; }
    long long toLongLong() const; // truncates toward zero
    double toDouble() const;

    Number operator+(const Number &o) const;
    Number operator-(const Number &o) const;
    Number operator*(const Number &o) const;
    Number operator/(const Number &o) const; // invalid when dividing by zero
    Number operator-() const;
    Number abs() const { return m_num < 0 ? -*this : *this; }

    // Three-way comparison; both operands must be valid.
    int compare(const Number &o) const;
    bool operator==(const Number &o) const { return m_num == o.m_num && m_den == o.m_den; }
    bool operator!=(const Number &o) const { return !(*this == o); }
    bool operator<(const Number &o) const { return compare(o) < 0; }
    bool operator<=(const Number &o) const { return compare(o) <= 0; }
    bool operator>(const Number &o) const { return compare(o) > 0; }
    bool operator>=(const Number &o) const { return compare(o) >= 0; }

    // True when the value has a finite decimal expansion (denominator 2^a·5^b).
    bool isFiniteDecimal() const;
    // Exact decimal text when finite (trailing zeros removed), otherwise rounded half-up to
    // `maxDecimals` places. `exact`, if given, tells which happened.
    QString toString(int maxDecimals = 6, bool *exact = nullptr) const;
    // Like toString, with thousands separators in the integer part ("1,234.5").
    QString toGroupedString(int maxDecimals = 6) const;

private:
    __int128 m_num = 0;
    __int128 m_den = 1;
};

} // namespace eligicheck
