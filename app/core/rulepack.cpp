#include "rulepack.h"

#include "yamlsupport.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QStringList>
#include <QSysInfo>
#include <QtEndian>
#include <cstring>

namespace eligicheck {

namespace {

constexpr quint32 Magic = 0x45435250; // "ECRP"
// Bump whenever the layout below or the meaning of DocNode changes.
constexpr quint32 FormatVersion = 1;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

// FNV-1a over 64-bit little-endian words: the same on every machine (qHash is seeded and
// CPU-dependent), and fast enough to check the whole pack at every start-up.
quint64 fnv1a64(const char *data, qsizetype size) {
    quint64 h = 1469598103934665603ULL;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        h = (h ^ qFromLittleEndian(word)) * 1099511628211ULL;
    }
    for (; i < size; ++i)
        h = (h ^ quint8(data[i])) * 1099511628211ULL;
    return h;
}

void configure(QDataStream &s) {
    s.setVersion(StreamVersion);
    s.setByteOrder(QDataStream::LittleEndian); // strings need no byte swapping on common CPUs
}

// Scalars repeat a lot (keys, kinds, fact ids): the pack stores each text once, and nodes refer
// to it by number, so reading shares one QString instead of allocating thousands.
class StringTable {
public:
    quint32 index(const QString &s) {
        auto it = m_index.constFind(s);
        if (it != m_index.cend()) return *it;
        const quint32 i = quint32(m_strings.size());
        m_index.insert(s, i);
        m_strings << s;
        return i;
    }
    void collect(const DocNode &n) {
        if (n.kind == DocNode::Scalar) index(n.text);
        for (const DocNode &c : n.children)
            collect(c);
    }
    const QStringList &strings() const { return m_strings; }

private:
    QHash<QString, quint32> m_index;
    QStringList m_strings;
};

void writeNode(QDataStream &s, StringTable &strings, const DocNode &n) {
    s << quint8(quint8(n.kind) | (n.flow ? 0x80 : 0)) << qint32(n.line) << qint32(n.column);
    if (n.kind == DocNode::Scalar)
        s << strings.index(n.text);
    else if (n.kind == DocNode::Sequence || n.kind == DocNode::Map) {
        s << quint32(n.children.size());
        for (const DocNode &c : n.children)
            writeNode(s, strings, c);
    }
}

// Smallest encoding of one node: tag + line + column.
constexpr qint64 MinNodeBytes = 1 + 4 + 4;

// Reads what QDataStream wrote (little-endian, Qt_6_4), straight from memory: going through
// QDataStream and QBuffer costs more than everything else start-up does with the pack.
class PackReader {
public:
    PackReader(const char *data, qsizetype size)
        : m_p(data)
        , m_end(data + size)
        , m_nodeBudget(size / MinNodeBytes) {}

    qint64 remaining() const { return m_end - m_p; }
    bool ok() const { return m_ok; }

    template <typename T> T number() {
        T v{};
        if (remaining() < qint64(sizeof(T))) {
            m_ok = false;
            return v;
        }
        std::memcpy(&v, m_p, sizeof(T));
        m_p += sizeof(T);
        return qFromLittleEndian(v);
    }

    QString string() {
        const quint32 bytes = number<quint32>();
        if (!m_ok || bytes == 0xffffffffu) return QString(); // a null QString
        if (bytes % 2 != 0 || remaining() < qint64(bytes)) {
            m_ok = false;
            return QString();
        }
        QString s(qsizetype(bytes / 2), Qt::Uninitialized);
        std::memcpy(s.data(), m_p, bytes);
        m_p += bytes;
        if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian)
            for (QChar &c : s)
                c = QChar(qFromLittleEndian(c.unicode()));
        return s;
    }

    bool stringTable() {
        const quint32 count = number<quint32>();
        if (!m_ok || qint64(count) * 4 > remaining()) return false;
        m_strings.reserve(count);
        for (quint32 i = 0; i < count && m_ok; ++i)
            m_strings << string();
        return m_ok;
    }

    bool node(DocNode *n, int depth) {
        if (depth > MaxYamlDepth + 1) return false;
        const quint8 tag = number<quint8>();
        const qint32 line = number<qint32>();
        const qint32 column = number<qint32>();
        const quint8 kind = tag & 0x7f;
        if (!m_ok || kind > DocNode::Map || line < 0 || column < 0) return false;
        n->kind = DocNode::Kind(kind);
        n->flow = tag & 0x80;
        n->line = line;
        n->column = column;
        if (n->kind == DocNode::Scalar) {
            const quint32 i = number<quint32>();
            if (!m_ok || i >= quint32(m_strings.size())) return false;
            n->text = m_strings.at(i);
            return true;
        }
        if (n->kind == DocNode::Null) return true;
        const quint32 count = number<quint32>();
        // Never trust a count: each child needs bytes that must still be there.
        if (!m_ok || qint64(count) * MinNodeBytes > remaining()) return false;
        if (n->kind == DocNode::Map && count % 2 != 0) return false;
        // Nor the sum of the counts: all nodes together must fit in the pack's bytes.
        if (qint64(count) > m_nodeBudget) return false;
        m_nodeBudget -= count;
        n->children.resize(count);
        for (DocNode &c : n->children)
            if (!node(&c, depth + 1)) return false;
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
    qint64 m_nodeBudget;
    bool m_ok = true;
    QStringList m_strings;
};

} // namespace

quint64 RulePack::checksum(QByteArrayView payload) {
    return fnv1a64(payload.data(), payload.size());
}

QByteArray RulePack::write(const std::vector<PackedFile> &files) {
    QByteArray payload;
    {
        QDataStream s(&payload, QIODevice::WriteOnly);
        configure(s);
        StringTable strings;
        for (const PackedFile &f : files)
            strings.collect(f.root);
        s << quint32(strings.strings().size());
        for (const QString &t : strings.strings())
            s << t;
        s << quint32(files.size());
        for (const PackedFile &f : files) {
            s << f.path << qint64(f.size) << f.contentHash;
            writeNode(s, strings, f.root);
        }
    }
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    configure(s);
    s << Magic << FormatVersion << fnv1a64(payload.constData(), payload.size());
    out.append(payload);
    return out;
}

bool RulePack::read(const QByteArray &data, std::vector<PackedFile> *files, QString *error) {
    files->clear();
    auto fail = [&](const QString &why) {
        files->clear();
        if (error) *error = why;
        return false;
    };
    if (data.size() < HeaderBytes) return fail(FileMessages::tr("rule pack is truncated"));
    PackReader header(data.constData(), HeaderBytes);
    const quint32 magic = header.number<quint32>();
    const quint32 version = header.number<quint32>();
    const quint64 sum = header.number<quint64>();
    if (magic != Magic) return fail(FileMessages::tr("not a rule pack"));
    if (version != FormatVersion)
        return fail(FileMessages::tr("rule pack format %1, this program reads format %2")
                        .arg(version)
                        .arg(FormatVersion));
    const QByteArray payload =
        QByteArray::fromRawData(data.constData() + HeaderBytes, data.size() - HeaderBytes);
    if (fnv1a64(payload.constData(), payload.size()) != sum)
        return fail(FileMessages::tr("rule pack checksum mismatch"));

    PackReader r(payload.constData(), payload.size());
    if (!r.stringTable()) return fail(FileMessages::tr("rule pack is corrupt"));
    const quint32 count = r.number<quint32>();
    if (!r.ok() || qint64(count) * MinNodeBytes > r.remaining())
        return fail(FileMessages::tr("rule pack is corrupt"));
    files->resize(count);
    for (PackedFile &f : *files) {
        f.path = r.string();
        f.size = r.number<qint64>();
        f.contentHash = r.string();
        if (!r.ok() || f.size < 0 || !r.node(&f.root, 0))
            return fail(FileMessages::tr("rule pack is corrupt"));
    }
    if (r.remaining() != 0) return fail(FileMessages::tr("rule pack has trailing data"));
    return true;
}

} // namespace eligicheck
