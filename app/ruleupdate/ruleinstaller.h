#pragma once

#include "rulelibrary.h"
#include "rulesetdiff.h"
#include "text.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace eligicheck {

// Rule updates apart from program updates (issue 20 item 5). A consultant adds a folder or a
// .zip of rule files; every file is checked first (lint, then the examples of every rule set)
// and anything failing refuses the whole set with file:line:column, nothing copied. What passes
// is copied into the user's rules folder, which both programs load at every start after the
// built-in rule sets: `<id>.yaml` per rule set, fact dictionaries by their name, the official
// texts into `sources/`. A rule set with the id of a built-in one replaces it only when its
// verified_on is later (RuleLibrary, RuleOverride); an older one is not copied and the outcome
// says why.
class RuleInstaller {
    Q_DECLARE_TR_FUNCTIONS(RuleInstaller)
public:
    // <the desktop program's data folder>/rules (XDG: ~/.local/share/EligiCheck/EligiCheck/rules),
    // whatever this process is called, so that the CLI and the GUI share it. Under
    // QStandardPaths' test mode, the running program's own folder (tests run in parallel).
    static QString userFolder();

    // `extraFolders`: other folders loaded beside it (Settings, --rules-dir); a rule set that
    // clashes with one of them is refused too.
    explicit RuleInstaller(const QString &folder = userFolder(), const QStringList &extraFolders = {});

    // What became of one rule set of the added files.
    struct SetChange {
        enum Kind {
            Added,           // new to the rules in use
            Replaced,        // replaces an added (or folder) version of the same id
            ReplacesBuiltIn, // replaces the built-in version: its verified_on is later
            KeptBuiltIn,     // not copied: the built-in version is as recent or newer
            KeptInUse,       // not copied: older than the built-in version, and a newer copy
                             // (added before, or of another folder) is in use
            Unchanged,       // the same file is in use already
            Removed          // `remove`: no longer in use
        };
        Kind kind = Added;
        QString ruleSetId;
        QString title;
        QDate before; // verified_on of the version in use so far (invalid when Added)
        QDate after;  // verified_on of the added version
        // One line in the user's language: "added: 《title》 (verified 2027-01-15)", …
        QString text() const;
    };

    struct Outcome {
        bool ok = false;         // checked and installed (or nothing needed to change)
        bool inputError = false; // the path could not be read or holds no rule file (exit 2)
        QString message;         // why, when inputError or when writing failed
        Diagnostics problems;    // refused: every error and failing example, file:line:column
        QVector<SetChange> sets;
        QVector<RuleChange> changes; // the rules in use before → after (RuleSetDiff)
        bool changed() const;        // the rules in use differ
    };

    // Checks PATH (a folder or a .zip) and installs it when everything passes.
    Outcome add(const QString &path, Lang lang);
    // Removes an added rule set (by id); the built-in version, if any, is in use again.
    Outcome remove(const QString &ruleSetId, Lang lang);

    // The rules in use: built-in, then this folder, then the extra folders.
    void loadInUse(RuleLibrary &library) const;
    // The rule sets this folder holds now (in use or not), for `rules list` and Settings.
    struct Installed {
        QString ruleSetId;
        QString title;
        QDate verifiedOn;
        QString file;
        bool inUse = true; // false: a built-in version as recent or newer is used instead
    };
    QVector<Installed> installed() const;

    QString folder() const { return m_folder; }

private:
    struct Entry {
        QString display; // what messages name: PATH/inner/file.yaml
        QString name;    // inside the set: inner/file.yaml
        QByteArray content;
    };
    bool readSet(const QString &path, QVector<Entry> *entries, QString *error) const;
    bool readZip(const QString &path, QVector<Entry> *entries, QString *error) const;
    QHash<QString, QString> installedFiles() const; // rule set id → file in m_folder

    QString m_folder;
    QStringList m_extra;
};

} // namespace eligicheck
