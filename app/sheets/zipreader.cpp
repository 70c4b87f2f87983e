#include "zipreader.h"

#include <QFile>
#include <unzip.h>

namespace eligicheck {

ZipReader::ZipReader(const QString &path) {
    const QByteArray file = QFile::encodeName(path);
    m_zip = unzOpen64(file.constData());
}

ZipReader::~ZipReader() {
    if (m_zip) unzClose(m_zip);
}

std::optional<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes, Status *status) const {
    *status = Status::Damaged;
    if (!m_zip) return std::nullopt;
    const QByteArray utf8 = name.toUtf8();
    if (unzLocateFile(m_zip, utf8.constData(), 2 /* ignoring case */) != UNZ_OK) {
        *status = Status::Missing;
        return std::nullopt;
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return std::nullopt;
    if (qint64(info.uncompressed_size) > maxBytes || qint64(info.uncompressed_size) < 0) {
        *status = Status::TooLarge;
        return std::nullopt;
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) return std::nullopt;
    QByteArray data;
    char buffer[64 * 1024];
    int n = 0;
    while ((n = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
        if (data.size() + n > maxBytes) { // the size in the header may lie
            unzCloseCurrentFile(m_zip);
            *status = Status::TooLarge;
            return std::nullopt;
        }
        data.append(buffer, n);
    }
    // A negative count is an inflate error; closing reports a CRC that does not match.
    if (unzCloseCurrentFile(m_zip) != UNZ_OK || n < 0) return std::nullopt;
    *status = Status::Ok;
    return data;
}

std::optional<QStringList> ZipReader::names(int maxNames) const {
    if (!m_zip) return std::nullopt;
    QStringList out;
    int rc = unzGoToFirstFile(m_zip);
    while (rc == UNZ_OK) {
        if (out.size() >= maxNames) return std::nullopt;
        char name[1024];
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return std::nullopt;
        name[sizeof name - 1] = '\0';
        out << QString::fromUtf8(name);
        rc = unzGoToNextFile(m_zip);
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE) return std::nullopt;
    return out;
}

} // namespace eligicheck
