#include "yamlsupport.h"

#include "doctree.h"
#include "facts.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <sstream>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

namespace eligicheck {

YamlFile::YamlFile(QString path, QByteArray content)
    : m_path(std::move(path))
    , m_content(std::move(content))
{
    m_lines = m_content.split('\n');
}

namespace {
// Counts, from yaml-cpp's parse events, what the document becomes once every alias is expanded.
// yaml-cpp shares an aliased node instead of copying it, but every walk over the tree (duplicate
// keys, the readers) visits it once per alias: a "billion laughs" file of a few lines — even one
// with only 99 aliases, three per anchor over 33 anchors — would keep us busy for ages. Counting
// events is exact, where scanning the text for '*' missed aliases after a tab or a stray quote
// (found by fuzz_answers / fuzz_import).
class ExpansionCounter : public YAML::EventHandler {
public:
    qint64 aliases = 0;
    qint64 total = 0; // expanded values, saturating just above the limit
    bool cycle = false; // an alias inside the value of its own anchor (found by fuzz_answers)

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    // Where each problem first shows (for line:column): the alias over the limit, the alias
    // inside its own anchor, the value at which the expanded size passes the limit.
    YAML::Mark tooManyAt = YAML::Mark::null_mark(), cycleAt = YAML::Mark::null_mark(),
               overAt = YAML::Mark::null_mark();

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        m_last = mark;
        leaf(anchor);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &) override {
        m_last = mark;
        leaf(anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        m_last = mark;
        if (++aliases == 101) tooManyAt = mark;
        // An anchor gets its size when its value ends; before that, the alias is inside it.
        if (!m_sizes.contains(anchor) && !cycle) {
            cycle = true;
            cycleAt = mark;
        }
        add(m_sizes.value(anchor, 1));
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        m_last = mark;
        m_open.push_back({anchor, 1});
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        m_last = mark;
        m_open.push_back({anchor, 1});
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        YAML::anchor_t anchor;
        qint64 size;
    };
    static qint64 capped(qint64 n) { return std::min<qint64>(n, qint64(MaxDocNodes) + 1); }
    void add(qint64 n) {
        qint64 &size = m_open.empty() ? total : m_open.back().size;
        size = capped(size + n);
        if (size > MaxDocNodes && overAt.is_null()) overAt = m_last;
    }
    void leaf(YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor) m_sizes.insert(anchor, 1);
        add(1);
    }
    void close() {
        if (m_open.empty()) return;
        const Open o = m_open.back();
        m_open.pop_back();
        if (o.anchor != YAML::NullAnchor) m_sizes.insert(o.anchor, o.size);
        add(o.size);
    }
    std::vector<Open> m_open;
    QHash<YAML::anchor_t, qint64> m_sizes;
    YAML::Mark m_last = YAML::Mark::null_mark();
};

// The offset of the first byte that makes `text` no YAML text: not UTF-8 (overlong forms,
// surrogates and values over U+10FFFF included), or a control character other than tab, CR and
// LF (NUL, ESC, DEL…); -1 when there is none.
qsizetype firstNonText(const QByteArray &text) {
    const auto *p = reinterpret_cast<const uchar *>(text.constData());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const uchar b = p[i];
        if (b < 0x80) {
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7f) return i;
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0, min = 0;
        if ((b & 0xE0) == 0xC0)
            len = 2, cp = b & 0x1F, min = 0x80;
        else if ((b & 0xF0) == 0xE0)
            len = 3, cp = b & 0x0F, min = 0x800;
        else if ((b & 0xF8) == 0xF0)
            len = 4, cp = b & 0x07, min = 0x10000;
        else
            return i;
        if (i + len > n) return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return -1;
}

// The offset of the '[' or '{' that opens flow collections more than `limit` deep, or -1.
// Brackets in comments, quoted scalars and block scalars (| >) are text, not nesting: a comment
// full of '[' is a comment. In block context a bracket opens a collection only where a value
// starts. This is a guard for yaml-cpp's recursion, not a parser: where it errs, yaml-cpp's own
// depth guard and the depth limit of the readers still hold.
qsizetype firstTooDeep(const QByteArray &text, int limit) {
    const qsizetype n = text.size();
    int depth = 0;
    int blockIndent = -1; // inside a block scalar: lines indented more than this belong to it
    qsizetype i = 0;
    while (i < n) {
        // One line.
        qsizetype end = text.indexOf('\n', i);
        if (end < 0) end = n;
        int indent = 0;
        while (i + indent < end && text[i + indent] == ' ')
            ++indent;
        const bool blank = i + indent >= end || text[i + indent] == '\r';
        if (blockIndent >= 0) {
            if (blank || indent > blockIndent) {
                i = end + 1;
                continue;
            }
            blockIndent = -1;
        }
        char quote = 0;
        char prev = ' ';
        char lastSignificant = 0;
        for (qsizetype j = i; j < end; ++j) {
            const char c = text[j];
            if (quote) {
                if (quote == '"' && c == '\\')
                    ++j;
                else if (c == quote)
                    quote = 0;
                prev = c;
                continue;
            }
            const bool tokenStart = prev == ' ' || prev == '\t' || j == i ||
                                    (depth > 0 && (prev == '[' || prev == '{' || prev == ',' || prev == ':'));
            if (c == '#' && (prev == ' ' || prev == '\t' || j == i)) break; // a comment
            if ((c == '"' || c == '\'') && tokenStart) {
                quote = c;
            } else if ((c == '[' || c == '{') && (depth > 0 || tokenStart)) {
                if (++depth > limit) return j;
            } else if ((c == ']' || c == '}') && depth > 0) {
                --depth;
            }
            if (c != ' ' && c != '\t' && c != '\r') lastSignificant = c;
            prev = c;
        }
        // A quoted scalar may go on over the next lines.
        while (quote && end < n) {
            i = end + 1;
            end = text.indexOf('\n', i);
            if (end < 0) end = n;
            for (qsizetype j = i; j < end && quote; ++j) {
                if (quote == '"' && text[j] == '\\')
                    ++j;
                else if (text[j] == quote) {
                    quote = 0;
                    // The rest of that line is read on as a line of its own.
                    end = j;
                }
            }
        }
        // `key: |` or `key: >-` starts a block scalar (outside flow collections).
        if (depth == 0 && !quote) {
            const QByteArray line = text.mid(i, end - i);
            static const QRegularExpression block(QStringLiteral("(^|[\\s:-])[|>][-+0-9]*\\s*(#.*)?$"));
            if ((lastSignificant == '|' || lastSignificant == '>' || lastSignificant == '-' ||
                 lastSignificant == '+' || (lastSignificant >= '0' && lastSignificant <= '9')) &&
                block.match(QString::fromUtf8(line)).hasMatch())
                blockIndent = indent;
        }
        i = end + 1;
    }
    return -1;
}

// Whether the text could hold an alias or more than MaxDocNodes values — only then is it worth
// parsing twice (counting, then building the tree): the count would be a third of the time of
// loading a rule folder. An alias is '*' directly followed by its name, and each value takes at
// least half a byte of text ("[a,a" … or "?\n"), so the answer errs only towards counting.
bool mayExpand(const QByteArray &text)
{
    if (text.size() >= MaxDocNodes / 2) return true;
    for (qsizetype i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i + 1)) {
        const char next = i + 1 < text.size() ? text[i + 1] : ' ';
        if (next != ' ' && next != '\t' && next != '\n' && next != '\r') return true;
    }
    return false;
}
} // namespace

QString yamlCppMessage(const std::string &message)
{
    // The messages of yaml-cpp 0.7 (yaml-cpp/exceptions.h) a hand-edited file runs into; the rest
    // keep the library's English.
    static const char *const known[] = {
        QT_TRANSLATE_NOOP("FileMessages", "end of map not found"),
        QT_TRANSLATE_NOOP("FileMessages", "end of map flow not found"),
        QT_TRANSLATE_NOOP("FileMessages", "end of sequence not found"),
        QT_TRANSLATE_NOOP("FileMessages", "end of sequence flow not found"),
        QT_TRANSLATE_NOOP("FileMessages", "unknown token"),
        QT_TRANSLATE_NOOP("FileMessages", "illegal EOF in scalar"),
        QT_TRANSLATE_NOOP("FileMessages", "illegal character in scalar"),
        QT_TRANSLATE_NOOP("FileMessages", "illegal flow end"),
        QT_TRANSLATE_NOOP("FileMessages", "illegal block entry"),
        QT_TRANSLATE_NOOP("FileMessages", "illegal map key"),
        QT_TRANSLATE_NOOP("FileMessages", "illegal map value"),
        QT_TRANSLATE_NOOP("FileMessages", "illegal tab when looking for indentation"),
        QT_TRANSLATE_NOOP("FileMessages", "the referenced anchor is not defined"),
        QT_TRANSLATE_NOOP("FileMessages", "unexpected character in block scalar"),
    };
    for (const char *m : known)
        if (message == m) return FileMessages::tr(m);
    return QString::fromStdString(message);
}

bool YamlFile::parse(Diagnostics *diags)
{
    if (m_content.size() > MaxRuleFileBytes) {
        diags->append({Diagnostic::Error, m_path, 0, 0,
                       FileMessages::tr("file is larger than %1 bytes; refusing to read it").arg(MaxRuleFileBytes)});
        return false;
    }
    if (m_content.startsWith("\xEF\xBB\xBF")) m_content.remove(0, 3);
    // Text that is not UTF-8, or holds NUL and other control characters, is not a YAML file (a
    // binary file, UTF-16, GBK): refused where it starts, before yaml-cpp reads it as something else.
    if (const qsizetype bad = firstNonText(m_content); bad >= 0) {
        const uchar b = uchar(m_content[bad]);
        const QString what =
            b < 0x80 ? FileMessages::tr("the control character U+%1 is not allowed in a YAML file "
                                        "(only tab and line breaks are)")
                           .arg(b, 4, 16, QLatin1Char('0'))
                     : FileMessages::tr("the file is not valid UTF-8 (byte 0x%1); save it as UTF-8")
                           .arg(b, 2, 16, QLatin1Char('0'));
        error(diags, positionOfOffset(bad), what);
        return false;
    }
    // yaml-cpp recurses per nesting level; refuse absurd nesting before it does, where it happens.
    if (const qsizetype deep = firstTooDeep(m_content, MaxYamlDepth); deep >= 0) {
        error(diags, positionOfOffset(deep),
              FileMessages::tr("YAML nested more than %1 levels").arg(MaxYamlDepth));
        return false;
    }
    try {
        // Aliases are counted and expanded sizes summed before any tree is built or walked.
        ExpansionCounter counter;
        if (mayExpand(m_content)) {
            std::istringstream in(std::string(m_content.constData(), size_t(m_content.size())));
            YAML::Parser parser(in);
            parser.HandleNextDocument(counter); // YAML::Load reads only the first document too
        }
        if (counter.aliases > 100) {
            error(diags, position(counter.tooManyAt),
                  FileMessages::tr("too many YAML aliases (*name); rule files do not need them"));
            return false;
        }
        if (counter.cycle) {
            error(diags, position(counter.cycleAt),
                  FileMessages::tr("a YAML alias (*name) is used inside the value of its own anchor "
                                   "(&name): it would never end"));
            return false;
        }
        if (counter.total > MaxDocNodes) {
            error(
                diags, position(counter.overAt),
                FileMessages::tr("YAML expands to more than %1 values (through aliases?)").arg(MaxDocNodes));
            return false;
        }
        m_root = YAML::Load(std::string(m_content.constData(), size_t(m_content.size())));
    } catch (const YAML::Exception &e) {
        SourcePos pos = position(e.mark);
        diags->append({Diagnostic::Error, m_path, pos.line, pos.column, FileMessages::tr("YAML syntax error: %1").arg(yamlCppMessage(e.msg))});
        return false;
    }
    return true;
}

SourcePos YamlFile::positionOfOffset(qsizetype offset) const {
    const qsizetype lineStart = offset > 0 ? m_content.lastIndexOf('\n', offset - 1) + 1 : 0;
    SourcePos p;
    p.line = int(m_content.left(lineStart).count('\n')) + 1;
    // Characters before it on its line (the bytes before `offset` are checked text).
    p.column = int(QString::fromUtf8(m_content.mid(lineStart, offset - lineStart)).size()) + 1;
    return p;
}

SourcePos YamlFile::position(const YAML::Mark &mark) const
{
    if (mark.is_null() || mark.line < 0) return {};
    SourcePos p;
    p.line = mark.line + 1;
    int col = 0;
    if (mark.line < m_lines.size()) {
        const QByteArray &line = m_lines[mark.line];
        QByteArray prefix = line.left(mark.column);
        col = int(QString::fromUtf8(prefix).size());
    } else {
        col = mark.column;
    }
    p.column = col + 1;
    return p;
}

SourcePos YamlFile::positionInScalar(const YAML::Node &node, int offset) const
{
    SourcePos start = position(node);
    const YAML::Mark m = node.Mark();
    if (m.is_null() || m.line < 0 || m.line >= m_lines.size()) return start;
    const QString line = QString::fromUtf8(m_lines[m.line]);
    const int startCol = start.column - 1;
    QChar first = startCol < line.size() ? line[startCol] : QChar();
    if (first == u'|' || first == u'>') {
        // Block scalar: text starts on the next line at that line's indentation.
        const QString text = scalar(node);
        int lineOffset = int(text.left(offset).count(u'\n'));
        int lastNl = int(text.left(offset).lastIndexOf(u'\n'));
        int inLine = offset - (lastNl + 1);
        int lineNo = m.line + 1 + lineOffset;
        int indent = 0;
        if (lineNo < m_lines.size()) {
            QString l = QString::fromUtf8(m_lines[lineNo]);
            while (indent < l.size() && l[indent] == u' ') ++indent;
        }
        return {lineNo + 1, indent + inLine + 1};
    }
    int quote = (first == u'"' || first == u'\'') ? 1 : 0;
    return {start.line, start.column + quote + offset};
}

void YamlFile::error(Diagnostics *diags, const YAML::Node &node, const QString &message) const
{
    error(diags, position(node), message);
}

void YamlFile::error(Diagnostics *diags, const SourcePos &pos, const QString &message) const
{
    diags->append({Diagnostic::Error, m_path, pos.line, pos.column, message});
}

void YamlFile::warning(Diagnostics *diags, const YAML::Node &node, const QString &message) const
{
    SourcePos pos = position(node);
    diags->append({Diagnostic::Warning, m_path, pos.line, pos.column, message});
}

QString YamlFile::scalar(const YAML::Node &node)
{
    if (!node || !node.IsScalar()) return QString();
    return QString::fromStdString(node.Scalar());
}

bool YamlFile::checkMap(Diagnostics *diags, const YAML::Node &node, const QString &what, const QStringList &allowed,
                        const QStringList &required) const
{
    if (!node || !node.IsMap()) {
        error(diags, node, FileMessages::tr("%1 must be a mapping (key: value lines)").arg(what));
        return false;
    }
    QSet<QString> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        QString key = scalar(it->first);
        if (!allowed.contains(key)) {
            QStringList sug = closestMatches(key, allowed, 1);
            if (node.Style() == YAML::EmitterStyle::Flow &&
                sug.isEmpty()) {
                error(diags, it->first,
                      FileMessages::tr("unexpected key '%1' in %2: a comma inside {…} starts a new key; put text "
                                       "that contains commas in quotes").arg(key, what));
                continue;
            }
            error(diags, it->first,
                  FileMessages::tr("unknown key '%1' in %2%3").arg(key, what,
                      sug.isEmpty() ? FileMessages::tr(" (allowed: %1)").arg(allowed.join(QStringLiteral(", ")))
                                    : FileMessages::tr(" (did you mean '%1'?)").arg(sug.first())));
        }
        seen.insert(key);
    }
    for (const QString &r : required)
        if (!seen.contains(r)) error(diags, node, FileMessages::tr("%1 is missing the required key '%2'").arg(what, r));
    return true;
}

QString YamlFile::unsupportedTagMessage(const YAML::Node &node)
{
    // yaml-cpp gives "?" for an untagged plain node, "!" for an untagged quoted one and the full
    // "tag:yaml.org,2002:…" form for !!str and the like. Only the plain-data types pass.
    static const std::string core = "tag:yaml.org,2002:";
    static const char *const plainTypes[] = {"str", "int", "float", "bool", "null", "map", "seq"};
    const std::string &tag = node.Tag();
    if (tag.empty() || tag == "?" || tag == "!") return {};
    if (tag.rfind(core, 0) == 0)
        for (const char *type : plainTypes)
            if (tag.compare(core.size(), std::string::npos, type) == 0) return {};
    return FileMessages::tr("the YAML tag '%1' is not supported (files are read as plain data; nothing is "
                            "included, loaded or run)")
        .arg(QString::fromStdString(tag));
}

void YamlFile::checkDuplicateKeys(Diagnostics *diags, const YAML::Node &node, int depth) const
{
    if (!node || depth > MaxYamlDepth) return;
    if (const QString tagError = unsupportedTagMessage(node); !tagError.isEmpty()) error(diags, node, tagError);
    if (node.IsMap()) {
        QHash<QString, SourcePos> seen;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (const QString tagError = unsupportedTagMessage(it->first); !tagError.isEmpty())
                error(diags, it->first, tagError);
            QString key = scalar(it->first);
            auto prev = seen.constFind(key);
            if (prev != seen.cend()) {
                error(diags, it->first,
                      FileMessages::tr("duplicate key '%1' (first defined at line %2); YAML keeps only one of them")
                          .arg(key)
                          .arg(prev->line));
            } else {
                seen.insert(key, position(it->first));
            }
            checkDuplicateKeys(diags, it->second, depth + 1);
        }
    } else if (node.IsSequence()) {
        for (auto it = node.begin(); it != node.end(); ++it) checkDuplicateKeys(diags, *it, depth + 1);
    }
}

} // namespace eligicheck
