#pragma once

#include "diagnostics.h"
#include "facts.h"
#include "ruleset.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace eligicheck {

struct PackedFile;

struct RuleSource {
    QString path;
    QByteArray content;
    bool bundled = false;
};

// What became of one rule file: loaded (ruleSetId set) or rejected, with its problems.
// A broken file stays in this list so that no rule set silently disappears.
struct RuleFileStatus {
    QString path;
    QString ruleSetId; // empty when the file did not load (or is a fact dictionary)
    bool bundled = false;
    bool ok = false;
    bool unreadable = false; // could not be read at all (missing, endless, too large): an input error
    Diagnostics diagnostics;

    // What a user of the program is shown: every error, but warnings only for files an author
    // works on. A warning on a bundled file is for whoever maintains the rules (lint, the
    // build), not a problem of the installed product.
    Diagnostics problems() const;
};

// A rule set of a folder with the id of a built-in one: the folder's replaces the built-in one
// only when its verified_on is newer (a consultant's revision of a policy the program also
// ships); otherwise the built-in one stays and this says why. Neither case is an error.
struct RuleOverride {
    QString ruleSetId;
    QString title;      // the document's title (of the version in use)
    QString folderFile; // the folder's rule file
    QDate bundledVerifiedOn;
    QDate folderVerifiedOn;
    bool replaced = false; // true: the folder's version is in use

    // The sentence a user reads, in the interface language: "《title》: the version of FILE
    // (verified 2027-01-15) replaces the built-in one (verified 2026-11-25)" or "… is not
    // used: it is not newer than the built-in one …".
    QString text() const;
};

// Every loaded fact and rule set. Loading never throws and never stops at the first broken
// file: each file's problems are kept with the file.
class RuleLibrary {
public:
    RuleLibrary();
    ~RuleLibrary();
    RuleLibrary(const RuleLibrary &) = delete;
    RuleLibrary &operator=(const RuleLibrary &) = delete;

    // The rule sets compiled in under :/rules. They come from the pack made at build time (parsed
    // and checked then); if that pack is unusable, from the YAML files themselves.
    enum class BundledSource { Pack, Yaml };
    BundledSource loadBundled();
    BundledSource loadBundled(const QByteArray &pack); // the same with a given pack (for tests)
    // Whether bundled rule sets come with their `examples` (needed only to run them, as `test`
    // does; the build has already checked them). Off by default: start-up does not pay for them.
    // Files users load always get their examples, fully checked.
    void setLoadBundledExamples(bool load) { m_loadBundledExamples = load; }
    void loadDirectory(const QString &dir);   // every *.yaml below dir
    void loadPaths(const QStringList &paths); // files or directories
    void loadSources(std::vector<RuleSource> sources);

    const FactRegistry &facts() const { return m_facts; }
    const std::vector<std::unique_ptr<RuleSet>> &ruleSets() const { return m_ruleSets; }
    const RuleSet *ruleSet(const QString &id) const;
    QStringList suggestRuleSets(const QString &id) const;

    const QVector<RuleFileStatus> &files() const { return m_files; }
    // Folder rule sets that met a built-in one of the same id, in loading order.
    const QVector<RuleOverride> &overrides() const { return m_overrides; }
    Diagnostics diagnostics() const; // of all files
    bool hasErrors() const;

private:
    friend class RuleFileLoader;
    struct ParsedFile;
    int addFileStatus(const QString &path, bool bundled); // -1 when the path is already loaded
    void loadParsed(std::vector<ParsedFile> &parsed);
    void loadPacked(std::vector<PackedFile> files); // bundled files, already checked

    FactRegistry m_facts;
    std::vector<std::unique_ptr<RuleSet>> m_ruleSets;
    QVector<RuleFileStatus> m_files;
    QVector<RuleOverride> m_overrides;
    bool m_loadBundledExamples = false;
};

} // namespace eligicheck
