#include "value.h"

namespace eligicheck {

Value Value::fromBool(bool b)
{
    Value v;
    v.m_kind = Bool;
    v.m_bool = b;
    return v;
}

Value Value::fromNumber(const Number &n)
{
    Value v;
    if (!n.isValid()) return v; // an arithmetic error is not a value
    v.m_kind = Num;
    v.m_number = n;
    return v;
}

Value Value::fromDate(const QDate &d)
{
    Value v;
    if (!d.isValid()) return v;
    v.m_kind = Date;
    v.m_date = d;
    return v;
}

Value Value::fromDuration(const Duration &d)
{
    Value v;
    v.m_kind = Dur;
    v.m_duration = d;
    return v;
}

Value Value::fromChoice(const QString &id)
{
    Value v;
    v.m_kind = Choice;
    v.m_string = id;
    return v;
}

Value Value::fromText(const QString &text)
{
    Value v;
    v.m_kind = Text;
    v.m_string = text;
    return v;
}

bool Value::operator==(const Value &o) const
{
    if (m_kind != o.m_kind) return false;
    switch (m_kind) {
    case Unknown: return true;
    case Bool: return m_bool == o.m_bool;
    case Num: return m_number == o.m_number;
    case Date: return m_date == o.m_date;
    case Dur: return m_duration == o.m_duration;
    case Choice:
    case Text: return m_string == o.m_string;
    }
    return false;
}

QString Value::toPlainString() const
{
    switch (m_kind) {
    case Unknown: return QString();
    case Bool: return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Num: return m_number.toString();
    case Date: return m_date.toString(Qt::ISODate);
    case Dur:
        return QStringLiteral("%1y%2m%3d").arg(m_duration.years).arg(m_duration.months).arg(m_duration.days);
    case Choice:
    case Text: return m_string;
    }
    return QString();
}

} // namespace eligicheck
