#pragma once

#include "rulelibrary.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace eligicheck {

// Owns the loaded rules: the bundled rule sets, those added (RuleInstaller::userFolder()), plus
// user folders (--rules-dir, Tools → Load rule folder…). Reloading builds a fresh library; a broken user file
// only adds problems to RuleLibrary::files(), it never stops loading the rest.
class LibraryManager : public QObject {
    Q_OBJECT
public:
    explicit LibraryManager(const QStringList &folders = {}, QObject *parent = nullptr);

    std::shared_ptr<const RuleLibrary> library() const;
    const QStringList &folders() const { return m_folders; }
    // Number of problems (errors and warnings) over all files.
    int problemCount() const;
    int errorFileCount() const;

public slots:
    void addFolder(const QString &folder);
    // Replaces the user folders (Settings changed them) and reloads when they differ.
    void setFolders(const QStringList &folders);
    void reload();

signals:
    // Emitted after the library was replaced. Receivers must drop every pointer into the
    // previous library before returning (it is released right after).
    void libraryChanged();

private:
    QStringList m_folders;
    mutable std::shared_ptr<const RuleLibrary> m_library; // loaded at first use
};

} // namespace eligicheck
