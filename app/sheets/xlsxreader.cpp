#include "xlsxreader.h"

#include "zipreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace eligicheck {

namespace {

struct Xlsx {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

// One part of the package, inflated, at most MaxSheetBytes (a "zip bomb" is refused, not read).
std::optional<QByteArray> readPart(const ZipReader &zip, const QString &name, SheetError *error,
                                   bool required = true) {
    ZipReader::Status status = ZipReader::Status::Ok;
    std::optional<QByteArray> data = zip.read(name, MaxSheetBytes, &status);
    switch (status) {
    case ZipReader::Status::Ok:
        break;
    case ZipReader::Status::Missing:
        if (required) error->message = Xlsx::tr("not an Excel workbook: it has no %1").arg(name);
        break;
    case ZipReader::Status::TooLarge:
        error->message = Xlsx::tr("%1 of the workbook is larger than %2 MB once unpacked")
                             .arg(name)
                             .arg(MaxSheetBytes / (1024 * 1024));
        break;
    case ZipReader::Status::Damaged:
        error->message = Xlsx::tr("cannot unpack %1 of the workbook (damaged file?)").arg(name);
        break;
    }
    return data;
}

struct WorkbookSheet {
    QString name, part;
};

struct Workbook {
    QVector<WorkbookSheet> sheets;
    bool date1904 = false;
};

// xl/workbook.xml names the sheets and their relationship ids; xl/_rels/workbook.xml.rels maps
// those to the parts that hold them.
std::optional<Workbook> readWorkbook(const ZipReader &zip, SheetError *error) {
    const auto wb = readPart(zip, QStringLiteral("xl/workbook.xml"), error);
    if (!wb) return std::nullopt;
    const auto rels = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), error);
    if (!rels) return std::nullopt;
    QHash<QString, QString> targets;
    for (QXmlStreamReader x(*rels); !x.atEnd();)
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("Relationship")) {
            QString target = x.attributes().value(QLatin1String("Target")).toString();
            // Relative to xl/, or absolute within the package (LibreOffice and Excel differ).
            target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(x.attributes().value(QLatin1String("Id")).toString(), target);
        }
    Workbook book;
    for (QXmlStreamReader x(*wb); !x.atEnd();) {
        if (x.readNext() != QXmlStreamReader::StartElement) continue;
        if (x.name() == QLatin1String("workbookPr")) {
            const auto v = x.attributes().value(QLatin1String("date1904"));
            book.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (x.name() == QLatin1String("sheet")) {
            QString rid;
            for (const QXmlStreamAttribute &a : x.attributes())
                if (a.name() == QLatin1String("id")) rid = a.value().toString(); // r:id
            book.sheets.append({x.attributes().value(QLatin1String("name")).toString(), targets.value(rid)});
        }
    }
    if (book.sheets.isEmpty()) {
        error->message = Xlsx::tr("the workbook has no worksheet");
        return std::nullopt;
    }
    return book;
}

// Opens the package and reads its list of sheets.
std::optional<Workbook> openWorkbook(const ZipReader &zip, const QString &path, SheetError *error) {
    if (!zip.isOpen()) {
        error->message = Xlsx::tr("'%1' is not an .xlsx workbook (it cannot be opened as one)").arg(path);
        return std::nullopt;
    }
    return readWorkbook(zip, error);
}

QStringList readSharedStrings(const ZipReader &zip, SheetError *error, bool *ok) {
    *ok = true;
    QStringList strings;
    SheetError none;
    const auto part = readPart(zip, QStringLiteral("xl/sharedStrings.xml"), &none, false);
    if (!part) {
        if (!none.message.isEmpty()) *error = none, *ok = false;
        return strings;
    }
    QString current;
    bool inPhonetic = false;
    for (QXmlStreamReader x(*part); !x.atEnd();) {
        const auto t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (x.name() == QLatin1String("si"))
                current.clear();
            else if (x.name() == QLatin1String("rPh"))
                inPhonetic = true; // pronunciation guide, not text
            else if (x.name() == QLatin1String("t") && !inPhonetic)
                current += x.readElementText();
        } else if (t == QXmlStreamReader::EndElement) {
            if (x.name() == QLatin1String("si"))
                strings << current;
            else if (x.name() == QLatin1String("rPh"))
                inPhonetic = false;
        }
    }
    return strings;
}

bool isDateFormatCode(QString code) {
    // Drop quoted literals, escaped characters and [colour]/[locale] parts before looking for
    // the letters of days, months and years.
    code.remove(QRegularExpression(QStringLiteral(R"("[^"]*"|\\.|\[[^\]]*\])")));
    return code.contains(QRegularExpression(QStringLiteral("[dDyY]|[mM]{1,5}(?![^;]*[sS])")));
}

// The style indexes (cellXfs positions) whose number format shows a date.
QSet<int> readDateStyles(const ZipReader &zip) {
    SheetError none;
    const auto part = readPart(zip, QStringLiteral("xl/styles.xml"), &none, false);
    QSet<int> dates;
    if (!part) return dates;
    // Built-in date formats of Excel (14–22, 27–36 and 50–58 in East Asian versions, 45–47).
    QSet<int> dateFormats = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47};
    for (int i = 27; i <= 36; ++i)
        dateFormats.insert(i);
    for (int i = 50; i <= 58; ++i)
        dateFormats.insert(i);
    bool inCellXfs = false;
    int xf = 0;
    for (QXmlStreamReader x(*part); !x.atEnd();) {
        const auto t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (x.name() == QLatin1String("numFmt")) {
                if (isDateFormatCode(x.attributes().value(QLatin1String("formatCode")).toString()))
                    dateFormats.insert(x.attributes().value(QLatin1String("numFmtId")).toInt());
            } else if (x.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && x.name() == QLatin1String("xf")) {
                if (dateFormats.contains(x.attributes().value(QLatin1String("numFmtId")).toInt()))
                    dates.insert(xf);
                ++xf;
            }
        } else if (t == QXmlStreamReader::EndElement && x.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return dates;
}

// "B12" → column 1 (the row comes from <row r=…>).
int columnOf(QStringView ref) {
    int col = 0;
    for (QChar c : ref) {
        if (c < u'A' || c > u'Z') break;
        col = col * 26 + (c.unicode() - u'A' + 1);
    }
    return col - 1;
}

} // namespace

QString excelNumberText(const QString &stored, bool *ok) {
    // The stored text is the shortest decimal that reads back as the double; 15 significant
    // digits is what Excel shows and what anyone can have typed.
    const double d = stored.toDouble(ok);
    if (!*ok) return QString();
    QString s = QString::number(d, 'g', 15);
    const qsizetype e = s.indexOf(u'e');
    if (e >= 0) {
        // Exponent form (very large or small): the same 15 digits written out in full, by moving
        // the decimal point in the text (no second rounding through binary).
        const bool negative = s.startsWith(u'-');
        QString digits = s.mid(negative ? 1 : 0, e - (negative ? 1 : 0));
        int exponent = s.mid(e + 1).toInt();
        qsizetype point = digits.indexOf(u'.');
        if (point < 0) point = digits.size();
        digits.remove(u'.');
        qsizetype newPoint = point + exponent;
        if (newPoint <= 0) {
            digits.prepend(QString(-newPoint, u'0'));
            newPoint = 0;
        } else if (newPoint > digits.size()) {
            digits.append(QString(newPoint - digits.size(), u'0'));
        }
        QString whole = digits.left(newPoint), fraction = digits.mid(newPoint);
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        if (whole.isEmpty()) whole = QStringLiteral("0");
        s = (negative ? QStringLiteral("-") : QString()) + whole +
            (fraction.isEmpty() ? QString() : QStringLiteral(".") + fraction);
    }
    return s;
}

std::optional<QDate> excelSerialDate(const QString &stored, bool date1904) {
    bool ok = false;
    const double serial = stored.toDouble(&ok);
    if (!ok || serial < 0 || serial > 2958465) return std::nullopt; // 9999-12-31
    qint64 days = qint64(serial);                                   // the time of day is dropped
    if (date1904) return QDate(1904, 1, 1).addDays(days);
    // Excel counts 1900-02-29, which did not exist (serial 60): dates after it are one day off.
    if (days == 60) return std::nullopt;
    if (days < 60) ++days;
    return QDate(1899, 12, 30).addDays(days);
}

std::optional<QStringList> XlsxReader::sheetNames(const QString &path, SheetError *error) {
    const ZipReader zip(path);
    const auto book = openWorkbook(zip, path, error);
    if (!book) return std::nullopt;
    QStringList names;
    for (const WorkbookSheet &s : book->sheets)
        names << s.name;
    return names;
}

std::optional<Sheet> XlsxReader::read(const QString &path, const QString &sheetName, SheetError *error) {
    const ZipReader zip(path);
    const auto book = openWorkbook(zip, path, error);
    if (!book) return std::nullopt;
    const WorkbookSheet *chosen = &book->sheets.first();
    if (!sheetName.isEmpty()) {
        chosen = nullptr;
        QStringList names;
        for (const WorkbookSheet &s : book->sheets) {
            names << s.name;
            if (s.name == sheetName) chosen = &s;
        }
        if (!chosen) {
            error->message = Xlsx::tr("the workbook has no sheet '%1' (it has: %2)")
                                 .arg(sheetName, names.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    bool ok = true;
    const QStringList shared = readSharedStrings(zip, error, &ok);
    if (!ok) return std::nullopt;
    const QSet<int> dateStyles = readDateStyles(zip);
    const auto part = readPart(zip, chosen->part, error);
    if (!part) return std::nullopt;

    Sheet sheet;
    sheet.name = chosen->name;
    SheetRow row;
    int col = -1, style = -1;
    QString type, value, inlineText;
    QXmlStreamReader x(*part);
    while (!x.atEnd()) {
        const auto t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const QStringView n = x.name();
            if (n == QLatin1String("row")) {
                row = SheetRow();
                const int r = x.attributes().value(QLatin1String("r")).toInt();
                row.number = r > 0 ? r : (sheet.rows.isEmpty() ? 1 : sheet.rows.last().number + 1);
                col = -1;
            } else if (n == QLatin1String("c")) {
                const QStringView ref = x.attributes().value(QLatin1String("r"));
                col = ref.isEmpty() ? col + 1 : columnOf(ref);
                type = x.attributes().value(QLatin1String("t")).toString();
                style = x.attributes().hasAttribute(QLatin1String("s"))
                            ? x.attributes().value(QLatin1String("s")).toInt()
                            : -1;
                value.clear();
                inlineText.clear();
            } else if (n == QLatin1String("v")) {
                value = x.readElementText();
            } else if (n == QLatin1String("t") && type == QLatin1String("inlineStr")) {
                inlineText += x.readElementText();
            }
        } else if (t == QXmlStreamReader::EndElement) {
            const QStringView n = x.name();
            if (n == QLatin1String("c") && col >= 0 && col < 16384) {
                QString text;
                if (type == QLatin1String("s")) {
                    bool isIndex = false;
                    const int i = value.toInt(&isIndex);
                    if (!isIndex || i < 0 || i >= shared.size()) {
                        error->message = Xlsx::tr("sheet '%1', cell %2%3 refers to a missing shared string")
                                             .arg(sheet.name, columnLetters(col))
                                             .arg(row.number);
                        return std::nullopt;
                    }
                    text = shared[i];
                } else if (type == QLatin1String("inlineStr")) {
                    text = inlineText;
                } else if (type == QLatin1String("b")) {
                    text = value == QLatin1String("1") ? QStringLiteral("是") : QStringLiteral("否");
                } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                    text = value; // a formula's text, or an error such as #N/A (refused by the field)
                } else if (!value.isEmpty()) { // a number (t="n" or none)
                    if (dateStyles.contains(style)) {
                        const std::optional<QDate> d = excelSerialDate(value, book->date1904);
                        text = d ? d->toString(Qt::ISODate) : value;
                    } else {
                        bool numberOk = false;
                        text = excelNumberText(value, &numberOk);
                        if (!numberOk) text = value;
                    }
                }
                if (row.cells.size() <= col) row.cells.resize(col + 1);
                row.cells[col] = text;
            } else if (n == QLatin1String("row")) {
                while (!row.cells.isEmpty() && row.cells.last().isEmpty())
                    row.cells.removeLast();
                sheet.rows.append(row);
            }
        }
    }
    if (x.hasError()) {
        error->message =
            Xlsx::tr("sheet '%1' of the workbook is damaged: %2").arg(sheet.name, x.errorString());
        return std::nullopt;
    }
    return sheet;
}

} // namespace eligicheck
