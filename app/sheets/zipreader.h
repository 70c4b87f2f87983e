#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace eligicheck {

// Reads members of a ZIP archive (an .xlsx package) through zlib's minizip — the same library
// libxlsxwriter writes workbooks with. (QuaZip carries its own copy of minizip under the same
// symbol names; with both in one program one library's calls land in the other's code.)
class ZipReader {
public:
    explicit ZipReader(const QString &path);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const { return m_zip != nullptr; }

    enum class Status { Ok, Missing, TooLarge, Damaged };
    // The member `name` (matched ignoring case), inflated, if it is at most `maxBytes` — checked
    // against both the size the archive declares and the bytes actually inflated.
    std::optional<QByteArray> read(const QString &name, qint64 maxBytes, Status *status) const;
    // The names of the archive's members in archive order; nullopt when it cannot be listed or
    // holds more than `maxNames` members (an archive is never listed without bound).
    std::optional<QStringList> names(int maxNames) const;

private:
    void *m_zip = nullptr;
};

} // namespace eligicheck
