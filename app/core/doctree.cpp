#include "doctree.h"

#include "facts.h"
#include "yamlsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <optional>

namespace eligicheck {

int DocRef::size() const {
    if (isSequence()) return int(m_node->children.size());
    if (isMap()) return int(m_node->children.size() / 2);
    return 0;
}

DocRef DocRef::operator[](QLatin1String key) const {
    if (!isMap()) return DocRef();
    const std::vector<DocNode> &c = m_node->children;
    for (size_t i = 0; i + 1 < c.size(); i += 2)
        if (c[i].kind == DocNode::Scalar && c[i].text == key) return DocRef(&c[i + 1]);
    return DocRef();
}

DocRef::Range<DocRef::ItemIterator> DocRef::items() const {
    if (!isSequence() || m_node->children.empty()) return {ItemIterator(nullptr), ItemIterator(nullptr)};
    const DocNode *first = m_node->children.data();
    return {ItemIterator(first), ItemIterator(first + m_node->children.size())};
}

DocRef::Range<DocRef::EntryIterator> DocRef::entries() const {
    if (!isMap() || m_node->children.size() < 2) return {EntryIterator(nullptr), EntryIterator(nullptr)};
    const DocNode *first = m_node->children.data();
    return {EntryIterator(first), EntryIterator(first + (m_node->children.size() / 2) * 2)};
}

namespace {

bool hasKey(DocRef map, const QString &key) {
    for (const DocEntry &e : map.entries())
        if (e.key.isScalar() && e.key.node()->text == key) return true;
    return false;
}

// Copies yaml-cpp's tree into DocNodes. Aliases are expanded, so the number of nodes is bounded:
// a file that refers to the same big anchor over and over is refused instead of filling memory.
class YamlConverter {
public:
    explicit YamlConverter(const YamlFile &file)
        : m_file(file) {}

    bool convert(const YAML::Node &from, DocNode *to, int depth) {
        const SourcePos pos = m_file.position(from.Mark());
        if (depth > MaxYamlDepth) {
            m_error = FileMessages::tr("YAML nested more than %1 levels").arg(MaxYamlDepth);
            m_errorPos = pos;
            return false;
        }
        if (++m_count > MaxDocNodes) {
            m_error =
                FileMessages::tr("YAML expands to more than %1 values (through aliases?)").arg(MaxDocNodes);
            m_errorPos = pos;
            return false;
        }
        if (QString tagError = YamlFile::unsupportedTagMessage(from); !tagError.isEmpty()) {
            m_error = std::move(tagError);
            m_errorPos = pos;
            return false;
        }
        to->line = pos.line;
        to->column = pos.column;
        to->flow = from.Style() == YAML::EmitterStyle::Flow;
        switch (from.Type()) {
        case YAML::NodeType::Scalar:
            to->kind = DocNode::Scalar;
            to->text = QString::fromStdString(from.Scalar());
            return true;
        case YAML::NodeType::Sequence:
            to->kind = DocNode::Sequence;
            to->children.resize(from.size());
            {
                size_t i = 0;
                for (auto it = from.begin(); it != from.end() && i < to->children.size(); ++it, ++i)
                    if (!convert(*it, &to->children[i], depth + 1)) return false;
            }
            return true;
        case YAML::NodeType::Map:
            to->kind = DocNode::Map;
            to->children.reserve(from.size() * 2);
            for (auto it = from.begin(); it != from.end(); ++it) {
                to->children.emplace_back();
                if (!convert(it->first, &to->children.back(), depth + 1)) return false;
                to->children.emplace_back();
                if (!convert(it->second, &to->children.back(), depth + 1)) return false;
            }
            return true;
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            to->kind = DocNode::Null;
            return true;
        }
        return true;
    }

    const QString &error() const { return m_error; }
    const SourcePos &errorPosition() const { return m_errorPos; } // where known

private:
    const YamlFile &m_file;
    int m_count = 0;
    QString m_error;
    SourcePos m_errorPos;
};

} // namespace

bool RuleDocument::parseYaml(const QString &path, QByteArray content, Diagnostics *diags) {
    m_path = path;
    m_content = content;
    m_linesLoaded = false;
    m_packed = false;
    YamlFile yaml(path, std::move(content));
    if (!yaml.parse(diags)) return false;
    m_contentHash =
        QString::fromLatin1(QCryptographicHash::hash(yaml.content(), QCryptographicHash::Sha256).toHex());
    YamlConverter converter(yaml);
    bool ok = false;
    try {
        ok = converter.convert(yaml.root(), &m_root, 0);
    } catch (const YAML::Exception &e) {
        const SourcePos pos = yaml.position(e.mark);
        error(diags, pos, FileMessages::tr("unexpected structure: %1").arg(yamlCppMessage(e.msg)));
        return false;
    }
    if (!ok) {
        error(diags, converter.errorPosition(), converter.error());
        return false;
    }
    checkDuplicateKeys(diags, m_root);
    return true;
}

void RuleDocument::adopt(const QString &path, DocNode root, QString contentHash) {
    m_path = path;
    m_root = std::move(root);
    m_contentHash = std::move(contentHash);
    m_content.clear();
    m_lines.clear();
    m_linesLoaded = false;
    m_packed = true;
}

const QList<QByteArray> &RuleDocument::lines() const {
    if (!m_linesLoaded) {
        if (m_content.isEmpty()) {
            QFile f(m_path);
            if (f.open(QIODevice::ReadOnly)) m_content = f.read(MaxRuleFileBytes);
        }
        // Split like YamlFile does (before a byte-order mark is dropped), so positions agree.
        m_lines = m_content.split('\n');
        m_linesLoaded = true;
    }
    return m_lines;
}

SourcePos RuleDocument::positionInScalar(DocRef node, int offset) const {
    const SourcePos start = node.pos();
    if (start.line <= 0 || start.line > lines().size()) return start;
    const int lineIndex = start.line - 1;
    const QString line = QString::fromUtf8(lines()[lineIndex]);
    const int startCol = start.column - 1;
    QChar first = startCol >= 0 && startCol < line.size() ? line[startCol] : QChar();
    if (first == u'|' || first == u'>') {
        // Block scalar: text starts on the next line at that line's indentation.
        const QString text = node.text();
        int lineOffset = int(text.left(offset).count(u'\n'));
        int lastNl = int(text.left(offset).lastIndexOf(u'\n'));
        int inLine = offset - (lastNl + 1);
        int lineNo = lineIndex + 1 + lineOffset;
        int indent = 0;
        if (lineNo < lines().size()) {
            QString l = QString::fromUtf8(lines()[lineNo]);
            while (indent < l.size() && l[indent] == u' ')
                ++indent;
        }
        return {lineNo + 1, indent + inLine + 1};
    }
    int quote = (first == u'"' || first == u'\'') ? 1 : 0;
    return {start.line, start.column + quote + offset};
}

void RuleDocument::error(Diagnostics *diags, const SourcePos &pos, const QString &message) const {
    diags->append({Diagnostic::Error, m_path, pos.line, pos.column, message});
}

void RuleDocument::warning(Diagnostics *diags, DocRef node, const QString &message) const {
    const SourcePos pos = node.pos();
    diags->append({Diagnostic::Warning, m_path, pos.line, pos.column, message});
}

bool RuleDocument::checkMap(Diagnostics *diags, DocRef node, const QString &what, const QStringList &allowed,
                            const QStringList &required) const {
    if (!node.isMap()) {
        error(diags, node, FileMessages::tr("%1 must be a mapping (key: value lines)").arg(what));
        return false;
    }
    for (const DocEntry &e : node.entries()) {
        const QString key = e.key.text();
        if (allowed.contains(key)) continue;
        QStringList sug = closestMatches(key, allowed, 1);
        if (node.isFlow() && sug.isEmpty()) {
            error(diags, e.key,
                  FileMessages::tr(
                      "unexpected key '%1' in %2: a comma inside {…} starts a new key; put text that "
                      "contains commas in quotes")
                      .arg(key, what));
            continue;
        }
        error(diags, e.key,
              FileMessages::tr("unknown key '%1' in %2%3")
                  .arg(key, what,
                       sug.isEmpty()
                           ? FileMessages::tr(" (allowed: %1)").arg(allowed.join(QStringLiteral(", ")))
                           : FileMessages::tr(" (did you mean '%1'?)").arg(sug.first())));
    }
    for (const QString &r : required)
        if (!hasKey(node, r))
            error(diags, node, FileMessages::tr("%1 is missing the required key '%2'").arg(what, r));
    return true;
}

void RuleDocument::checkDuplicateKeys(Diagnostics *diags, const DocNode &node) const {
    if (node.kind == DocNode::Map) {
        const std::vector<DocNode> &c = node.children;
        // Rule-file mappings are small: comparing with the earlier keys beats hashing them. A
        // hostile file's huge mapping is hashed, so this stays linear.
        constexpr size_t SmallMap = 2 * 24;
        QHash<QString, int> firstLine;
        for (size_t i = 0; i + 1 < c.size(); i += 2) {
            const QString key = DocRef(&c[i]).text();
            std::optional<int> previous; // line of the first occurrence
            if (c.size() <= SmallMap) {
                for (size_t j = 0; j < i && !previous; j += 2)
                    if (DocRef(&c[j]).text() == key) previous = c[j].line;
            } else if (auto it = firstLine.constFind(key); it != firstLine.cend()) {
                previous = *it;
            } else {
                firstLine.insert(key, c[i].line);
            }
            if (previous)
                error(diags, DocRef(&c[i]),
                      QStringLiteral(
                          "duplicate key '%1' (first defined at line %2); YAML keeps only one of them")
                          .arg(key)
                          .arg(*previous));
            checkDuplicateKeys(diags, c[i + 1]);
        }
    } else if (node.kind == DocNode::Sequence) {
        for (const DocNode &c : node.children)
            checkDuplicateKeys(diags, c);
    }
}

} // namespace eligicheck
