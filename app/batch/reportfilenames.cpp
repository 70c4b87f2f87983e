#include "reportfilenames.h"

#include <QRegularExpression>

namespace eligicheck {

namespace {
constexpr int MaxStemLength = 80; // 240 bytes of UTF-8 for Chinese names: under the 255 of ext4 and NTFS
} // namespace

QString ReportFileNames::sanitize(const QString &name) {
    QString s;
    s.reserve(name.size());
    for (const QChar c : name) {
        const bool bad = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                         c == QChar::LineSeparator || c == QChar::ParagraphSeparator ||
                         QStringLiteral("/\\:*?\"<>|").contains(c);
        s += bad ? QChar(u'_') : c;
    }
    s = s.simplified();
    while (!s.isEmpty() && (s.front() == u'.' || s.front() == u' ' || s.front() == u'-'))
        s.remove(0, 1);
    if (s.size() > MaxStemLength) {
        s.truncate(MaxStemLength);
        if (s.back().isHighSurrogate()) s.chop(1);
    }
    while (!s.isEmpty() && (s.back() == u'.' || s.back() == u' '))
        s.chop(1);
    if (s.isEmpty()) return QStringLiteral("report");
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(s).hasMatch()) s += u'_';
    return s;
}

QString ReportFileNames::next(const QString &firmName, const QDate &asOf) {
    const QString stem = sanitize(firmName) + u'_' + asOf.toString(Qt::ISODate);
    QString name = stem + u'.' + m_extension;
    for (int n = 2; m_used.contains(name.toLower()); ++n)
        name = stem + u'_' + QString::number(n) + u'.' + m_extension;
    m_used.insert(name.toLower());
    return name;
}

} // namespace eligicheck
