#include "boundedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace eligicheck {

std::optional<QByteArray> BoundedFile::read(const QString &path, qint64 limit, QString *error) {
    auto fail = [&](const QString &message) -> std::optional<QByteArray> {
        if (error) *error = message;
        return std::nullopt;
    };
    // Opening a directory "succeeds" on Linux and reads nothing; say what it is instead.
    if (QFileInfo(path).isDir())
        return fail(
            QCoreApplication::translate("eligicheck::BoundedFile", "'%1' is a folder, not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("eligicheck::BoundedFile", "cannot read '%1': %2")
                        .arg(path, file.errorString()));
    QByteArray content;
    // read() on a pipe returns what one read(2) gives (it blocks until data or end of input), so
    // loop in chunks until the end (an empty read) or limit + 1 bytes.
    constexpr qint64 Chunk = 64 * 1024;
    while (content.size() <= limit) {
        const QByteArray part = file.read(qMin<qint64>(Chunk, limit + 1 - content.size()));
        if (part.isEmpty()) break;
        content += part;
    }
    if (content.size() > limit)
        return fail(
            QCoreApplication::translate("eligicheck::BoundedFile",
                                        "'%1' is larger than %2 MB (or never ends); refusing to read it")
                .arg(path)
                .arg(double(limit) / (1024 * 1024), 0, 'g', 3));
    if (file.error() != QFileDevice::NoError)
        return fail(QCoreApplication::translate("eligicheck::BoundedFile", "cannot read '%1': %2")
                        .arg(path, file.errorString()));
    return content;
}

} // namespace eligicheck
