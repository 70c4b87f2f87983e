#pragma once

#include "diagnostics.h"
#include "ruleset.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <yaml-cpp/yaml.h>

namespace eligicheck {

// A YAML document plus what is needed to report precise positions: yaml-cpp counts columns in
// bytes, users count characters, so positions are converted against the original text.
class YamlFile {
public:
    YamlFile(QString path, QByteArray content);

    // Parses; on a syntax error adds a diagnostic and returns false.
    bool parse(Diagnostics *diags);
    const YAML::Node &root() const { return m_root; }
    const QString &path() const { return m_path; }
    const QByteArray &content() const { return m_content; }

    SourcePos position(const YAML::Mark &mark) const;
    SourcePos positionOfOffset(qsizetype byteOffset) const; // line:column of a byte of content()
    SourcePos position(const YAML::Node &node) const { return position(node.Mark()); }
    // Position of character `offset` inside the scalar `node` (for errors inside expressions).
    SourcePos positionInScalar(const YAML::Node &node, int offset) const;

    void error(Diagnostics *diags, const YAML::Node &node, const QString &message) const;
    void error(Diagnostics *diags, const SourcePos &pos, const QString &message) const;
    void warning(Diagnostics *diags, const YAML::Node &node, const QString &message) const;

    // Reports unknown keys (with "did you mean"), duplicate keys and missing required keys of
    // a mapping. Returns false when `node` is not a mapping at all.
    bool checkMap(Diagnostics *diags, const YAML::Node &node, const QString &what, const QStringList &allowed,
                  const QStringList &required) const;
    // Recursively reports duplicate keys anywhere below `node` (yaml-cpp keeps the first silently)
    // and tags that are not plain YAML (see unsupportedTagMessage).
    void checkDuplicateKeys(Diagnostics *diags, const YAML::Node &node, int depth = 0) const;
    // Non-empty when the node carries a tag other than YAML's own (!!str, !!int …), such as
    // `!include`: a file from someone else must not look as if it pulled in another file — it
    // never does; the tag is refused rather than silently read as text.
    static QString unsupportedTagMessage(const YAML::Node &node);

    static QString scalar(const YAML::Node &node); // UTF-8 decoded scalar text
    static bool isNull(const YAML::Node &node) { return !node || node.IsNull(); }

private:
    QString m_path;
    QByteArray m_content;
    QList<QByteArray> m_lines;
    YAML::Node m_root;
};

// yaml-cpp's own message (English, fixed by the library) in the interface language.
QString yamlCppMessage(const std::string &message);

// Security bounds for files received from others.
constexpr qint64 MaxRuleFileBytes = 2 * 1024 * 1024;
// A firms file holds many firms with their answers and history.
constexpr qint64 MaxImportFileBytes = 8 * MaxRuleFileBytes;
constexpr int MaxYamlDepth = 40;
// Counts per rule file: over 20 times what the largest bundled file has (40 facts, 26
// programmes, 21 criteria in one programme, 71 examples).
constexpr int MaxFactsPerFile = 1000;
constexpr int MaxProgrammesPerFile = 500;
constexpr int MaxCriteriaPerProgramme = 500;
constexpr int MaxExamplesPerFile = 2000;
// "Did you mean" costs a comparison with every known id; a file full of unknown ids gets it for
// its first ones only (the errors themselves are all reported).
constexpr int MaxSuggestionsPerFile = 20;

} // namespace eligicheck
