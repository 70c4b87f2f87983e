#include "json.h"

namespace eligicheck {

Json &Json::insert(const QString &key, Json value)
{
    m_type = Object;
    m_members.emplace_back(key, std::move(value));
    return *this;
}

Json &Json::append(Json value)
{
    m_type = Array;
    m_items.push_back(std::move(value));
    return *this;
}

namespace {
void writeString(QString &out, const QString &s)
{
    out += u'"';
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20) out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else out += c;
        }
    }
    out += u'"';
}
} // namespace

void Json::write(QString &out, bool pretty, int indent) const
{
    auto newline = [&](int level) {
        if (!pretty) return;
        out += u'\n';
        out += QString(level * 2, u' ');
    };
    switch (m_type) {
    case Null: out += QStringLiteral("null"); break;
    case Bool: out += m_bool ? QStringLiteral("true") : QStringLiteral("false"); break;
    case Integer: out += QString::number(m_int); break;
    case String: writeString(out, m_string); break;
    case Array:
        if (m_items.empty()) {
            out += QStringLiteral("[]");
            break;
        }
        out += u'[';
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (i) out += u',';
            newline(indent + 1);
            m_items[i].write(out, pretty, indent + 1);
        }
        newline(indent);
        out += u']';
        break;
    case Object:
        if (m_members.empty()) {
            out += QStringLiteral("{}");
            break;
        }
        out += u'{';
        for (size_t i = 0; i < m_members.size(); ++i) {
            if (i) out += u',';
            newline(indent + 1);
            writeString(out, m_members[i].first);
            out += pretty ? QStringLiteral(": ") : QStringLiteral(":");
            m_members[i].second.write(out, pretty, indent + 1);
        }
        newline(indent);
        out += u'}';
        break;
    }
}

QString Json::toString(bool pretty) const
{
    return toString(pretty, 0);
}

QString Json::toString(bool pretty, int indent) const
{
    QString out;
    write(out, pretty, indent);
    return out;
}

} // namespace eligicheck
