#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace eligicheck {

// Writes a CSV file row by row, as Excel and WPS open it on a Chinese desktop without asking:
// UTF-8 with a byte-order mark, comma-separated, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break. Nothing is held beyond the current row; the file replaces an
// existing one only when close() succeeds.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    explicit CsvWriter(const QString &path);
    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    void writeRow(const QStringList &cells);
    bool close();

    static QString field(const QString &text);

private:
    QSaveFile m_file;
    QString m_path;
    QString m_error;
};

} // namespace eligicheck
