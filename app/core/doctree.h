#pragma once

#include "diagnostics.h"
#include "ruleset.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace eligicheck {

class YamlFile;

// One node of a parsed rule file, independent of the YAML library: the rule loader reads this
// tree, whether it came from yaml-cpp (files users load) or from the pack built at compile time
// (bundled files). Positions are already in characters, as users count them.
struct DocNode {
    enum Kind : quint8 { Null, Scalar, Sequence, Map };
    Kind kind = Null;
    bool flow = false; // written inline as {…} or […]
    int line = 0;      // 1-based; 0 = unknown
    int column = 0;    // 1-based, in characters
    QString text;      // scalars only
    // Sequence: the items. Map: key, value, key, value… (duplicate keys are kept, in file order).
    std::vector<DocNode> children;
};

struct DocEntry;

// A cheap read-only handle on a DocNode. A default-constructed handle is "missing" (a key that
// is not there); asking a missing or mismatched node for anything returns empty answers instead
// of throwing, so hostile shapes cannot take the loader down.
class DocRef {
public:
    DocRef() = default;
    explicit DocRef(const DocNode *node)
        : m_node(node) {}

    explicit operator bool() const { return m_node != nullptr; }
    bool isMissingOrNull() const { return !m_node || m_node->kind == DocNode::Null; }
    bool isScalar() const { return m_node && m_node->kind == DocNode::Scalar; }
    bool isSequence() const { return m_node && m_node->kind == DocNode::Sequence; }
    bool isMap() const { return m_node && m_node->kind == DocNode::Map; }
    bool isFlow() const { return m_node && m_node->flow; }

    // Scalar text; empty for anything else.
    QString text() const { return isScalar() ? m_node->text : QString(); }
    SourcePos pos() const { return m_node ? SourcePos{m_node->line, m_node->column} : SourcePos{}; }
    // Items of a sequence, entries of a mapping.
    int size() const;
    // The value of the first `key` of a mapping (YAML keeps the first of duplicates).
    DocRef operator[](QLatin1String key) const;
    DocRef operator[](const char *key) const { return (*this)[QLatin1String(key)]; }

    class ItemIterator;
    class EntryIterator;
    template <typename It> struct Range {
        It b, e;
        It begin() const { return b; }
        It end() const { return e; }
    };
    Range<ItemIterator> items() const;    // a sequence's items (nothing for other kinds)
    Range<EntryIterator> entries() const; // a mapping's key/value pairs (nothing for other kinds)

    const DocNode *node() const { return m_node; }

private:
    const DocNode *m_node = nullptr;
};

// A key/value pair of a mapping.
struct DocEntry {
    DocRef key;
    DocRef value;
};

class DocRef::ItemIterator {
public:
    explicit ItemIterator(const DocNode *p)
        : m_p(p) {}
    ItemIterator &operator++() {
        ++m_p;
        return *this;
    }
    bool operator!=(const ItemIterator &o) const { return m_p != o.m_p; }
    DocRef operator*() const { return DocRef(m_p); }

private:
    const DocNode *m_p;
};

class DocRef::EntryIterator {
public:
    explicit EntryIterator(const DocNode *p)
        : m_p(p) {}
    EntryIterator &operator++() {
        m_p += 2;
        return *this;
    }
    bool operator!=(const EntryIterator &o) const { return m_p != o.m_p; }
    DocEntry operator*() const { return DocEntry{DocRef(m_p), DocRef(m_p + 1)}; }

private:
    const DocNode *m_p;
};

// Bounds for the tree of a file received from others (YAML aliases can multiply nodes).
constexpr int MaxDocNodes = 1000000;

// A rule file as the loader sees it: path, tree, and the helpers that report problems at
// file:line:column. Built from YAML text (full checks) or from a compile-time pack.
class RuleDocument {
public:
    // Parses YAML with all the safety checks of YamlFile, converts it and reports duplicate keys.
    // Returns false (with diagnostics) when the text is not usable YAML.
    bool parseYaml(const QString &path, QByteArray content, Diagnostics *diags);
    // Adopts a tree that was proven clean when the pack was built. The text is read from `path`
    // only if a position inside a multi-line scalar is ever needed.
    void adopt(const QString &path, DocNode root, QString contentHash);

    const QString &path() const { return m_path; }
    bool isPacked() const { return m_packed; } // adopted from a pack, not parsed here
    DocRef root() const { return DocRef(&m_root); }
    const DocNode &rootNode() const { return m_root; }
    // SHA-256 of the file, hex.
    const QString &contentHash() const { return m_contentHash; }

    SourcePos positionInScalar(DocRef node, int offset) const;
    void error(Diagnostics *diags, DocRef node, const QString &message) const {
        error(diags, node.pos(), message);
    }
    void error(Diagnostics *diags, const SourcePos &pos, const QString &message) const;
    void warning(Diagnostics *diags, DocRef node, const QString &message) const;

    // Reports unknown keys (with "did you mean"), and missing required keys of a mapping.
    // Returns false when `node` is not a mapping at all.
    bool checkMap(Diagnostics *diags, DocRef node, const QString &what, const QStringList &allowed,
                  const QStringList &required) const;

private:
    void checkDuplicateKeys(Diagnostics *diags, const DocNode &node) const;
    const QList<QByteArray> &lines() const;

    QString m_path;
    QString m_contentHash;
    DocNode m_root;
    mutable QByteArray m_content; // empty for a packed document until needed
    mutable QList<QByteArray> m_lines;
    mutable bool m_linesLoaded = false;
    bool m_packed = false;
};

} // namespace eligicheck
