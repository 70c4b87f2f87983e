#pragma once

#include <QString>

class QWidget;

namespace eligicheck {

class Database;
class FactRegistry;
class RuleLibrary;

// What a file given to the program (a double-click in the file manager, `eligicheck FILE`) is:
// EligiCheck writes a first line that tells (the same lines the MIME types of the package match,
// resources/packaging/eligicheck-mime.xml).
enum class OpenedFileKind { Answers, Firms };
OpenedFileKind openedFileKind(const QString &path);

// Offers a firm file for import into the firms database: reads and checks the whole file first,
// says which firms it holds and asks; nothing is written unless the user agrees and the whole
// file is valid. Errors are shown with file:line:column. Returns the number of firms imported.
int importFirmFileInteractively(QWidget *parent, Database &db, const RuleLibrary &library,
                                const QString &path);

} // namespace eligicheck
