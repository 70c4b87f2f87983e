#include "csvwriter.h"

#include <QDir>
#include <QRegularExpression>

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

bool CsvWriter::startsFormula(QChar c) {
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n';
}

QString CsvWriter::guardFormula(const QString &text) {
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    if (i == text.size()) return text;
    if (!startsFormula(text[i])) return text;
    // A number a spreadsheet reads as that number: no formula, nothing to guard.
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$)"));
    if (i == 0 && number.match(text).hasMatch()) return text;
    return u'\'' + text;
}

void CsvWriter::writeRow(const QStringList &cells) {
    if (!ok()) return;
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i) line += u',';
        line += field(guardFormula(cells[i]));
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
