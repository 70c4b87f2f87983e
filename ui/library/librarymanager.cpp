#include "librarymanager.h"

#include "ruleinstaller.h"
#include "startuppreload.h"

#include <QDir>
#include <QFileInfo>

namespace eligicheck {

namespace {

std::shared_ptr<const RuleLibrary> load(const QStringList &folders) {
    std::shared_ptr<RuleLibrary> library = StartupPreload::bundledRules();
    // The rule sets added in Settings or with `eligicheck-cli rules add`, then the folders.
    QStringList paths;
    if (const QString added = RuleInstaller::userFolder(); QFileInfo(added).isDir()) paths << added;
    library->loadPaths(paths + folders);
    return library;
}

} // namespace

LibraryManager::LibraryManager(const QStringList &folders, QObject *parent)
    : QObject(parent)
    , m_folders(folders) {}

std::shared_ptr<const RuleLibrary> LibraryManager::library() const {
    // Loaded at first use rather than at construction, so that at start-up the widgets are
    // built while the rules are still being read on the other core (StartupPreload).
    if (!m_library) m_library = load(m_folders);
    return m_library;
}

int LibraryManager::problemCount() const {
    int n = 0;
    for (const RuleFileStatus &f : library()->files())
        n += int(f.problems().size());
    return n;
}

int LibraryManager::errorFileCount() const {
    int n = 0;
    for (const RuleFileStatus &f : library()->files())
        n += f.ok ? 0 : 1;
    return n;
}

void LibraryManager::addFolder(const QString &folder) {
    const QString clean = QDir::cleanPath(folder);
    if (!m_folders.contains(clean)) m_folders.append(clean);
    reload();
}

void LibraryManager::setFolders(const QStringList &folders) {
    QStringList clean;
    for (const QString &f : folders)
        if (!clean.contains(QDir::cleanPath(f))) clean << QDir::cleanPath(f);
    if (clean == m_folders) return;
    m_folders = clean;
    reload();
}

void LibraryManager::reload() {
    // Keep the old library alive until every receiver has switched to the new one.
    std::shared_ptr<const RuleLibrary> previous = std::move(m_library);
    m_library = load(m_folders);
    emit libraryChanged();
}

} // namespace eligicheck
