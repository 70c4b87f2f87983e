#pragma once

#include <QDate>
#include <QSet>
#include <QString>

namespace eligicheck {

// File names for one report per firm in one folder: the firm's name and the as-of date, made safe
// for every file system a consultant copies the folder to (Windows, macOS, Linux, USB sticks),
// and unique within the batch — two firms of the same name get "…_2", "…_3" (compared without
// case, as Windows and macOS do).
class ReportFileNames {
public:
    explicit ReportFileNames(QString extension)
        : m_extension(std::move(extension)) {}

    // "广西示例科技有限公司_2025-06-01.pdf"; never the same twice for one object.
    QString next(const QString &firmName, const QDate &asOf);
    // The name with characters that a file system refuses or misreads replaced by '_'
    // (/ \ : * ? " < > |, control characters), no leading or trailing dots or spaces, not a
    // Windows device name (CON, NUL, COM1 …), at most 80 characters; "report" when nothing is left.
    static QString sanitize(const QString &name);

private:
    QString m_extension;
    QSet<QString> m_used; // lower-cased names given out
};

} // namespace eligicheck
