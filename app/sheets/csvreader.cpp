#include "csvreader.h"

#include "csvwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace eligicheck {

namespace {

struct Csv {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// The separator the header row uses most, outside quotes (comma when it uses none).
QChar detectSeparator(const QString &text) {
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon) return u'\t';
    if (semicolon > comma) return u';';
    return u',';
}

} // namespace

std::optional<QString> CsvReader::decode(const QByteArray &bytes, QString *encoding) {
    auto decodeWith = [&](QStringConverter::Encoding e, const char *name) -> std::optional<QString> {
        QStringDecoder d(e, QStringDecoder::Flag::Stateless);
        QString s = d.decode(bytes);
        if (d.hasError()) return std::nullopt;
        if (encoding) *encoding = QString::fromLatin1(name);
        return s;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) return decodeWith(QStringConverter::Utf8, "UTF-8");
    if (bytes.startsWith("\xFF\xFE")) return decodeWith(QStringConverter::Utf16LE, "UTF-16LE");
    if (bytes.startsWith("\xFE\xFF")) return decodeWith(QStringConverter::Utf16BE, "UTF-16BE");
    // Text that is valid UTF-8 is UTF-8: GB18030 text of any length is almost never valid UTF-8.
    if (auto s = decodeWith(QStringConverter::Utf8, "UTF-8")) return s;
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid()) return std::nullopt;
    QString s = gb.decode(bytes);
    if (gb.hasError()) return std::nullopt;
    if (encoding) *encoding = QStringLiteral("GB18030");
    return s;
}

QString CsvReader::unguardFormula(const QString &text) {
    if (!text.startsWith(u'\'')) return text;
    qsizetype i = 1;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    if (i == text.size()) return text;
    if (!CsvWriter::startsFormula(text[i])) return text;
    return text.mid(1);
}

std::optional<Sheet> CsvReader::parse(const QByteArray &bytes, SheetError *error) {
    const std::optional<QString> decoded = decode(bytes);
    if (!decoded) {
        error->message = Csv::tr("the file is neither UTF-8 nor GB18030/GBK text; save it again as "
                                 "\"CSV UTF-8\" or \"CSV (逗号分隔)\"");
        return std::nullopt;
    }
    QString text = *decoded;
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    const QChar sep = detectSeparator(text);
    Sheet sheet;
    SheetRow row;
    row.number = 1;
    QString field;
    bool quoted = false, fieldStarted = false;
    int rowStartLine = 1, line = 1;
    auto endField = [&] {
        row.cells.append(unguardFormula(field));
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        sheet.rows.append(row);
        row = SheetRow();
        row.number = int(sheet.rows.size()) + 1;
        rowStartLine = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') ++line;
                if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') continue; // CRLF → LF
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == sep) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') ++i;
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        error->message = Csv::tr("a quoted field that starts on line %1 is never closed (a missing '\"')")
                             .arg(rowStartLine);
        return std::nullopt;
    }
    if (fieldStarted || !row.cells.isEmpty() || !field.isEmpty()) endRow();
    return sheet;
}

std::optional<Sheet> CsvReader::read(const QString &path, SheetError *error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error->message = Csv::tr("cannot read '%1': %2").arg(path, f.errorString());
        return std::nullopt;
    }
    // Bounded whatever the file is (a pipe or a device has no size to check first).
    const QByteArray bytes = f.read(MaxSheetBytes + 1);
    if (bytes.size() > MaxSheetBytes) {
        error->message = Csv::tr("'%1' is larger than %2 MB; split it into smaller files")
                             .arg(path)
                             .arg(MaxSheetBytes / (1024 * 1024));
        return std::nullopt;
    }
    return parse(bytes, error);
}

} // namespace eligicheck
