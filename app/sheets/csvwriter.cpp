#include "csvwriter.h"

#include <QDir>

namespace eligicheck {

CsvWriter::CsvWriter(const QString &path)
    : m_file(path)
    , m_path(path) {
    if (!m_file.open(QIODevice::WriteOnly))
        m_error = tr("cannot write '%1': %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
    else
        m_file.write("\xEF\xBB\xBF"); // the BOM tells Excel the file is UTF-8
}

QString CsvWriter::field(const QString &text) {
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void CsvWriter::writeRow(const QStringList &cells) {
    if (!ok()) return;
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i) line += u',';
        line += field(cells[i]);
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_file.write(bytes) != bytes.size())
        m_error = tr("cannot write '%1': %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
}

bool CsvWriter::close() {
    if (!ok()) {
        m_file.cancelWriting();
        m_file.commit();
        return false;
    }
    if (!m_file.commit()) {
        m_error = tr("cannot write '%1': %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    return true;
}

} // namespace eligicheck
