#include "ruleinstaller.h"

#include "appsettings.h"
#include "boundedfile.h"
#include "examplerunner.h"
#include "sourcetext.h"
#include "yamlsupport.h"
#include "zipreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace eligicheck {

namespace {

constexpr int kMaxEntries = 1000;                 // files in one set
constexpr qint64 kMaxSetBytes = 64 * 1024 * 1024; // all of them together, unpacked

bool isRuleFile(const QString &name) {
    return name.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive);
}

bool isSourceText(const QString &name) {
    return name.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive);
}

// What archivers and desktops leave beside the files: macOS resource forks ("__MACOSX/", "._x.yaml")
// and hidden files are not rule files, whatever they are called.
bool isJunk(const QString &name) {
    if (name.startsWith(QLatin1String("__MACOSX/")) || name.contains(QLatin1String("/__MACOSX/")))
        return true;
    for (const QString &part : name.split(u'/'))
        if (part.startsWith(u'.')) return true;
    return false;
}

qint64 limitFor(const QString &name) {
    return isRuleFile(name) ? MaxRuleFileBytes : SourceTexts::kMaxBytes;
}

QString dateText(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

bool writeFile(const QString &path, const QByteArray &content, QString *error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit()) {
        *error =
            RuleInstaller::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

// The rule files of a folder, as RuleLibrary::loadPaths finds them.
QStringList ruleFilesIn(const QString &folder) {
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// The files (not built in) with errors when the built-in rules, FILES and the EXTRA folders load.
QSet<QString> failingFiles(const QStringList &files, const QStringList &extra) {
    RuleLibrary lib;
    lib.loadBundled();
    lib.loadPaths(files + extra);
    QSet<QString> out;
    for (const RuleFileStatus &st : lib.files())
        if (!st.bundled && !st.ok) out.insert(st.path);
    return out;
}

} // namespace

QString RuleInstaller::userFolder() {
    if (QStandardPaths::isTestModeEnabled())
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rules");
    // Beside the database (DatabaseLocation::defaultSqlitePath).
    return AppSettings::desktopDataFolder() + QStringLiteral("/rules");
}

RuleInstaller::RuleInstaller(const QString &folder, const QStringList &extraFolders)
    : m_folder(QDir::cleanPath(folder)) {
    for (const QString &f : extraFolders)
        if (QDir::cleanPath(f) != m_folder) m_extra << f;
}

bool RuleInstaller::Outcome::changed() const {
    return !changes.isEmpty();
}

QString RuleInstaller::SetChange::text() const {
    switch (kind) {
    case Added:
        return tr("added: %1 (verified %2)").arg(title, dateText(after));
    case Replaced:
        return tr("updated: %1, verified %2 → %3").arg(title, dateText(before), dateText(after));
    case ReplacesBuiltIn:
        return tr("replaces the built-in version: %1, verified %2 → %3")
            .arg(title, dateText(before), dateText(after));
    case KeptBuiltIn:
        return tr("not added: %1 — the built-in version (verified %2) is as recent as this one or newer "
                  "(verified %3); a rule set replaces a built-in one only when its verified_on is later")
            .arg(title, dateText(before), dateText(after));
    case KeptInUse:
        return tr("not added: %1 — the version in use (verified %2) is more recent than this one "
                  "(verified %3)")
            .arg(title, dateText(before), dateText(after));
    case Unchanged:
        return tr("already in use, unchanged: %1 (verified %2)").arg(title, dateText(after));
    case Removed:
        return tr("removed: %1 (verified %2)").arg(title, dateText(before));
    }
    return title;
}

void RuleInstaller::loadInUse(RuleLibrary &library) const {
    library.loadBundled();
    QStringList paths;
    if (QFileInfo(m_folder).isDir()) paths << m_folder;
    library.loadPaths(paths + m_extra);
}

bool RuleInstaller::readZip(const QString &path, QVector<Entry> *entries, QString *error) const {
    const ZipReader zip(path);
    // Folders, junk and other files are skipped, but the listing itself is bounded too.
    const std::optional<QStringList> names = zip.names(kMaxEntries * 20);
    if (!zip.isOpen() || !names) {
        *error = tr("%1 is not a .zip archive that can be read").arg(QDir::toNativeSeparators(path));
        return false;
    }
    qint64 total = 0;
    for (const QString &name : *names) {
        if (name.endsWith(u'/') || (!isRuleFile(name) && !isSourceText(name)) || isJunk(name)) continue;
        if (entries->size() >= kMaxEntries) {
            *error = tr("%1 holds more than %2 files").arg(QDir::toNativeSeparators(path)).arg(kMaxEntries);
            return false;
        }
        const qint64 limit = limitFor(name);
        const QString display = QDir::toNativeSeparators(path + u'/' + name);
        ZipReader::Status status;
        const std::optional<QByteArray> data = zip.read(name, limit, &status);
        if (!data) {
            *error = status == ZipReader::Status::TooLarge
                         ? tr("%1 is larger than %2 MB once unpacked").arg(display).arg(limit / (1024 * 1024))
                         : tr("cannot unpack %1 (damaged archive?)").arg(display);
            return false;
        }
        total += data->size();
        if (total > kMaxSetBytes) {
            *error = tr("%1 is larger than %2 MB once unpacked")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(kMaxSetBytes / (1024 * 1024));
            return false;
        }
        entries->append({display, name, *data});
    }
    return true;
}

bool RuleInstaller::readSet(const QString &path, QVector<Entry> *entries, QString *error) const {
    const QFileInfo fi(path);
    if (!fi.exists()) {
        *error = tr("no such file or folder: %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!fi.isDir()) {
        if (fi.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) != 0) {
            *error = tr("%1 is neither a folder nor a .zip archive of rule files")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (!readZip(path, entries, error)) return false;
    } else {
        QStringList files;
        QDirIterator it(path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.txt")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext() && files.size() <= kMaxEntries)
            files << it.next();
        if (files.size() > kMaxEntries) {
            *error = tr("%1 holds more than %2 files").arg(QDir::toNativeSeparators(path)).arg(kMaxEntries);
            return false;
        }
        files.sort();
        const QDir root(path);
        files.erase(std::remove_if(files.begin(), files.end(),
                                   [&](const QString &f) { return isJunk(root.relativeFilePath(f)); }),
                    files.end());
        qint64 total = 0;
        for (const QString &f : files) {
            std::optional<QByteArray> content = BoundedFile::read(f, limitFor(f), error);
            if (!content) return false;
            total += content->size();
            if (total > kMaxSetBytes) {
                *error = tr("%1 is larger than %2 MB")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(kMaxSetBytes / (1024 * 1024));
                return false;
            }
            entries->append({QDir::toNativeSeparators(f), root.relativeFilePath(f), *content});
        }
    }
    bool any = false;
    for (const Entry &e : std::as_const(*entries))
        any = any || isRuleFile(e.name);
    if (!any) {
        *error = tr("no rule files (*.yaml, *.yml) found in %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QHash<QString, QString> RuleInstaller::installedFiles() const {
    QHash<QString, QString> out;
    for (const Installed &i : installed())
        out.insert(i.ruleSetId, i.file);
    return out;
}

QVector<RuleInstaller::Installed> RuleInstaller::installed() const {
    QVector<Installed> out;
    if (!QFileInfo(m_folder).isDir()) return out;
    RuleLibrary lib;
    lib.loadBundled();
    lib.loadPaths({m_folder});
    for (const RuleFileStatus &st : lib.files()) {
        if (st.bundled || st.ruleSetId.isEmpty()) continue;
        if (const RuleSet *rs = lib.ruleSet(st.ruleSetId))
            out.append({rs->id, rs->title, rs->verifiedOn, st.path, true});
    }
    for (const RuleOverride &o : lib.overrides())
        if (!o.replaced) out.append({o.ruleSetId, o.title, o.folderVerifiedOn, o.folderFile, false});
    return out;
}

RuleInstaller::Outcome RuleInstaller::add(const QString &path, Lang lang) {
    Outcome out;
    QVector<Entry> entries;
    if (!readSet(path, &entries, &out.message)) {
        out.inputError = true;
        return out;
    }

    // 1. Lint and the examples, against the built-in rules (their facts), file by file.
    RuleLibrary probe;
    probe.loadBundled();
    std::vector<RuleSource> sources;
    for (const Entry &e : std::as_const(entries))
        if (isRuleFile(e.name)) sources.push_back({e.display, e.content, false});
    probe.loadSources(std::move(sources));
    for (const RuleFileStatus &st : probe.files())
        if (!st.bundled)
            for (const Diagnostic &d : st.diagnostics)
                if (d.severity == Diagnostic::Error) out.problems.append(d);
    if (!out.problems.isEmpty()) return out;
    for (const auto &rs : probe.ruleSets())
        if (!rs->bundled) out.problems += runExamples(*rs, probe.facts()).failures;
    if (!out.problems.isEmpty()) return out;

    // 2. What would change: each file's place in the user's folder.
    RuleLibrary before;
    loadInUse(before);
    const QHash<QString, QString> installed = installedFiles();
    struct Write {
        QString target; // relative to the folder
        const Entry *entry;
    };
    QVector<Write> writes;
    QStringList removals; // files of the folder replaced by a file of another name
    for (const Entry &e : std::as_const(entries)) {
        if (isSourceText(e.name)) {
            writes.append({QStringLiteral("sources/") + QFileInfo(e.name).fileName(), &e});
            continue;
        }
        const RuleFileStatus *st = nullptr;
        for (const RuleFileStatus &s : probe.files())
            if (s.path == e.display) st = &s;
        if (!st) continue;
        if (!st->ruleSetId.isEmpty()) {
            const RuleSet *now = probe.ruleSet(st->ruleSetId);
            const RuleSet *old = before.ruleSet(st->ruleSetId);
            SetChange c;
            c.ruleSetId = now->id;
            c.title = now->title;
            c.after = now->verifiedOn;
            c.kind = !old                                   ? SetChange::Added
                     : old->contentHash == now->contentHash ? SetChange::Unchanged
                     : old->bundled                         ? SetChange::ReplacesBuiltIn
                                                            : SetChange::Replaced;
            if (old) c.before = old->verifiedOn;
            out.sets.append(c);
            const QString target = now->id + QStringLiteral(".yaml");
            if (const QString had = installed.value(now->id);
                !had.isEmpty() && QFileInfo(had).fileName() != target)
                removals << QFileInfo(had).fileName();
            writes.append({target, &e});
            continue;
        }
        bool kept = false;
        for (const RuleOverride &o : probe.overrides())
            if (o.folderFile == e.display && !o.replaced) {
                kept = true;
                SetChange c;
                c.kind = SetChange::KeptBuiltIn;
                c.ruleSetId = o.ruleSetId;
                c.title = o.title;
                c.before = o.bundledVerifiedOn;
                c.after = o.folderVerifiedOn;
                // A copy added earlier (or of another folder) may be what is in use, not the
                // built-in one: name that version.
                if (const RuleSet *old = before.ruleSet(o.ruleSetId); old && !old->bundled) {
                    c.kind = SetChange::KeptInUse;
                    c.before = old->verifiedOn;
                }
                out.sets.append(c);
            }
        if (!kept) writes.append({QFileInfo(e.name).fileName(), &e}); // a fact dictionary
    }

    // 3. The rules in use after it, from a copy of the folder with the changes: a clash with a
    // rule set of another folder, or an added file that breaks one added before, refuses too.
    QTemporaryDir staging;
    if (!staging.isValid()) {
        out.message = tr("cannot create a temporary folder: %1").arg(staging.errorString());
        return out;
    }
    QHash<QString, QString> display; // staged file → what messages name
    if (QFileInfo(m_folder).isDir()) {
        QDirIterator it(m_folder, QDir::Files, QDirIterator::Subdirectories);
        const QDir root(m_folder);
        while (it.hasNext()) {
            const QString f = it.next();
            const QString rel = root.relativeFilePath(f);
            if (removals.contains(rel)) continue;
            QDir(staging.path()).mkpath(QFileInfo(rel).path());
            QFile::copy(f, staging.filePath(rel));
            display.insert(staging.filePath(rel), QDir::toNativeSeparators(f));
        }
    }
    QDir(staging.path()).mkpath(QStringLiteral("sources"));
    for (const Write &w : std::as_const(writes)) {
        QFile::remove(staging.filePath(w.target));
        if (!writeFile(staging.filePath(w.target), w.entry->content, &out.message)) return out;
        display.insert(staging.filePath(w.target), w.entry->display);
    }
    QSet<QString> brokenBefore;
    for (const RuleFileStatus &st : before.files())
        if (!st.ok) brokenBefore.insert(QDir::toNativeSeparators(st.path));
    RuleLibrary after;
    after.loadBundled();
    after.loadPaths(QStringList{staging.path()} + m_extra);
    for (const RuleFileStatus &st : after.files()) {
        if (st.bundled || !display.contains(st.path) || brokenBefore.contains(display.value(st.path)))
            continue;
        for (Diagnostic d : st.diagnostics)
            if (d.severity == Diagnostic::Error) {
                d.file = display.value(st.path);
                d.message.replace(staging.path(), m_folder);
                out.problems.append(d);
            }
    }
    if (!out.problems.isEmpty()) {
        out.sets.clear();
        return out;
    }
    out.changes = RuleSetDiff::compare(before, after, lang);

    // 4. Copy. Everything was checked; only the disk can still say no.
    if (!QDir().mkpath(m_folder + QStringLiteral("/sources"))) {
        out.message = tr("cannot create the rules folder %1").arg(QDir::toNativeSeparators(m_folder));
        out.sets.clear();
        out.changes.clear();
        return out;
    }
    for (const QString &r : std::as_const(removals))
        QFile::remove(m_folder + u'/' + r);
    for (const Write &w : std::as_const(writes))
        if (!writeFile(m_folder + u'/' + w.target, w.entry->content, &out.message)) return out;
    out.ok = true;
    return out;
}

RuleInstaller::Outcome RuleInstaller::remove(const QString &ruleSetId, Lang lang) {
    Outcome out;
    QString file;
    QStringList ids;
    SetChange c;
    const QVector<Installed> sets = installed();
    for (const Installed &i : sets) {
        ids << i.ruleSetId;
        if (i.ruleSetId != ruleSetId) continue;
        file = i.file;
        c.kind = SetChange::Removed;
        c.ruleSetId = i.ruleSetId;
        c.title = i.title;
        c.before = i.verifiedOn;
    }
    if (file.isEmpty()) {
        out.inputError = true;
        out.message =
            ids.isEmpty()
                ? tr("no rule set '%1' was added; none has been added").arg(ruleSetId)
                : tr("no rule set '%1' was added (added: %2)").arg(ruleSetId, ids.join(QStringLiteral(", ")));
        return out;
    }
    RuleLibrary before;
    loadInUse(before);
    // What the set brought beside its rule file: the fact dictionaries it needs (it has errors
    // without one) and its official text. They go with it unless another rule set uses them.
    const QStringList files = ruleFilesIn(m_folder);
    QStringList dictionaries;
    QString sourceText = ruleSetId + QStringLiteral(".txt");
    for (const RuleFileStatus &st : before.files()) {
        if (st.bundled || !st.ok || !files.contains(st.path) || st.path == file) continue;
        // A rule set not in use (the built-in one is newer) has no id here either.
        const bool isRuleSet =
            std::any_of(sets.begin(), sets.end(), [&](const Installed &i) { return i.file == st.path; });
        if (st.ruleSetId.isEmpty() && !isRuleSet) dictionaries << st.path;
    }
    for (const auto &rs : before.ruleSets())
        if (rs->filePath == file && !rs->source.isEmpty()) sourceText = rs->source;
    QStringList needed;
    for (const QString &d : std::as_const(dictionaries)) {
        QStringList without = files;
        without.removeAll(d);
        if (failingFiles(without, m_extra).contains(file)) needed << d;
    }
    if (!QFile::remove(file)) {
        out.message = tr("cannot remove %1").arg(QDir::toNativeSeparators(file));
        return out;
    }
    QStringList rest = files;
    rest.removeAll(file);
    const QSet<QString> failingNow = failingFiles(rest, m_extra);
    for (const QString &d : std::as_const(needed)) {
        QStringList without = rest;
        without.removeAll(d);
        if (failingFiles(without, m_extra) == failingNow) {
            QFile::remove(d);
            rest = without;
        }
    }
    RuleLibrary after;
    loadInUse(after);
    bool sourceUsed = false;
    for (const auto &rs : after.ruleSets())
        sourceUsed = sourceUsed || (rest.contains(rs->filePath) && rs->source == sourceText);
    for (const Installed &i : sets) // not in use now, but it may be one day
        sourceUsed = sourceUsed || (i.file != file && i.ruleSetId + QStringLiteral(".txt") == sourceText);
    if (!sourceUsed) QFile::remove(m_folder + QStringLiteral("/sources/") + QFileInfo(sourceText).fileName());
    out.sets.append(c);
    out.changes = RuleSetDiff::compare(before, after, lang);
    out.ok = true;
    return out;
}

} // namespace eligicheck
