#pragma once

#include "number.h"

#include <QDate>
#include <QString>

namespace eligicheck {

struct Duration {
    int years = 0;
    int months = 0;
    int days = 0;
    bool operator==(const Duration &o) const { return years == o.years && months == o.months && days == o.days; }
};

// The value of a fact or of an expression: three-valued, so "not answered" is its own state
// and never silently becomes 0 or false.
class Value {
public:
    enum Kind { Unknown, Bool, Num, Date, Dur, Choice, Text };

    Value() = default;
    static Value fromBool(bool b);
    static Value fromNumber(const Number &n);
    static Value fromDate(const QDate &d);
    static Value fromDuration(const Duration &d);
    static Value fromChoice(const QString &id);
    static Value fromText(const QString &text);

    Kind kind() const { return m_kind; }
    bool isKnown() const { return m_kind != Unknown; }
    bool toBool() const { return m_bool; }
    const Number &number() const { return m_number; }
    QDate date() const { return m_date; }
    Duration duration() const { return m_duration; }
    const QString &string() const { return m_string; } // choice id or text

    bool operator==(const Value &o) const;
    bool operator!=(const Value &o) const { return !(*this == o); }

    // Plain, language-neutral text for files: "5000", "2025-06-01", "true", a choice id.
    QString toPlainString() const;

private:
    Kind m_kind = Unknown;
    bool m_bool = false;
    Number m_number;
    QDate m_date;
    Duration m_duration;
    QString m_string;
};

} // namespace eligicheck
