#pragma once

#include <QString>
#include <memory>
#include <utility>
#include <vector>

namespace eligicheck {

// A small JSON value that keeps object keys in insertion order, so output matches the
// documented field order (QJsonObject sorts keys alphabetically).
class Json {
public:
    enum Type { Null, Bool, Integer, String, Array, Object };

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b) : m_type(Bool), m_bool(b) {}
    Json(int i) : m_type(Integer), m_int(i) {}
    Json(long long i) : m_type(Integer), m_int(i) {}
    Json(const QString &s) : m_type(String), m_string(s) {}
    Json(const char *s) : m_type(String), m_string(QString::fromUtf8(s)) {}
    static Json array() { Json j; j.m_type = Array; return j; }
    static Json object() { Json j; j.m_type = Object; return j; }
    static Json stringOrNull(const QString &s) { return s.isNull() ? Json() : Json(s); }

    Json &insert(const QString &key, Json value); // objects
    Json &append(Json value);                     // arrays
    Type type() const { return m_type; }
    int size() const { return int(m_type == Array ? m_items.size() : m_members.size()); }

    QString toString(bool pretty = true) const;
    // As an element at nesting level `indent` of a pretty array written piece by piece.
    QString toString(bool pretty, int indent) const;

private:
    void write(QString &out, bool pretty, int indent) const;

    Type m_type = Null;
    bool m_bool = false;
    long long m_int = 0;
    QString m_string;
    std::vector<Json> m_items;
    std::vector<std::pair<QString, Json>> m_members;
};

// Writes a pretty JSON array one element at a time, in exactly the layout Json::toString gives
// a whole array: output that covers thousands of firms never has to be held in memory at once.
template <typename Sink> class JsonArrayWriter {
public:
    explicit JsonArrayWriter(Sink &sink) : m_sink(sink) {}
    void append(const Json &element)
    {
        m_sink << (m_count++ ? QStringLiteral(",\n  ") : QStringLiteral("[\n  ")) << element.toString(true, 1);
    }
    void finish() { m_sink << (m_count ? QStringLiteral("\n]") : QStringLiteral("[]")); }

private:
    Sink &m_sink;
    int m_count = 0;
};

} // namespace eligicheck
