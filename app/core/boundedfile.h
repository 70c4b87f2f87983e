#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace eligicheck {

// Reads a file given by a user — an answers file, a rule file, an import, a pipe or /dev/stdin —
// and stops at `limit` + 1 bytes whatever the file is: QFileInfo::size() is 0 for /dev/zero, a
// FIFO or a pipe, so a size check before reading lets an endless input grow memory without end.
// Every input from outside goes through here.
class BoundedFile {
public:
    // The content (at most `limit` bytes), or nullopt with a user-visible `error` (cannot open /
    // larger than the limit / not a file).
    static std::optional<QByteArray> read(const QString &path, qint64 limit, QString *error);
};

} // namespace eligicheck
