#include "sourcetext.h"

#include "ruleset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace eligicheck {

namespace {

bool isBlank(QChar c) {
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0xA0) || c == QChar(0xFEFF);
}

// A source is a plain file name: it must not walk out of the sources folder.
bool isPlainFileName(const QString &name) {
    return !name.isEmpty() && !name.startsWith(u'.') && !name.contains(u'/') && !name.contains(u'\\') &&
           name != QLatin1String("external");
}

const QString kBundledSources = QStringLiteral(":/rules/sources/");

} // namespace

QuoteLocator::QuoteLocator(const QString &text) {
    m_squeezed.reserve(text.size());
    m_origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isBlank(text[i])) continue;
        m_squeezed.append(text[i]);
        m_origin.append(i);
    }
}

QString QuoteLocator::squeezed(const QString &s) {
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!isBlank(c)) out.append(c);
    return out;
}

TextSpan QuoteLocator::find(const QString &quote, qsizetype from) const {
    // `from` is an offset in the original text: start at the first kept character at or after it.
    qsizetype at = std::lower_bound(m_origin.cbegin(), m_origin.cend(), from) - m_origin.cbegin();
    qsizetype first = -1, last = -1;
    for (const QString &piece : quote.split(QChar(0x2026))) {
        const QString p = squeezed(piece);
        if (p.isEmpty()) continue;
        const qsizetype hit = m_squeezed.indexOf(p, at);
        if (hit < 0) return {};
        if (first < 0) first = hit;
        last = hit + p.size() - 1;
        at = hit + p.size();
    }
    if (first < 0) return {}; // nothing but whitespace and omission marks
    return {m_origin[first], m_origin[last] - m_origin[first] + 1};
}

QString paragraphsForDisplay(const QString &text) {
    constexpr qsizetype kLongLine = 300; // shorter lines were laid out by the page itself
    QString out = text;
    qsizetype lineStart = 0;
    while (lineStart < out.size()) {
        qsizetype lineEnd = out.indexOf(u'\n', lineStart);
        if (lineEnd < 0) lineEnd = out.size();
        if (lineEnd - lineStart > kLongLine) {
            for (qsizetype i = lineStart + 1; i + 1 < lineEnd; ++i) {
                if (out[i] != u' ') continue;
                const QChar before = out[i - 1], after = out[i + 1];
                const bool leftOk =
                    before.unicode() > 0x7F ? !isBlank(before) : QStringView(u":;)").contains(before);
                const bool rightOk = after.unicode() > 0x7F ? !isBlank(after) : after == u'(';
                if (leftOk && rightOk) out[i] = u'\n';
            }
        }
        lineStart = lineEnd + 1;
    }
    return out;
}

QString SourceTexts::pathFor(const RuleSet &rs, const QString &source) {
    const QString name = source.isEmpty() ? rs.source : source;
    if (!isPlainFileName(name)) return QString();
    if (rs.bundled || rs.filePath.startsWith(QLatin1String(":/"))) {
        const QString p = kBundledSources + name;
        return QFile::exists(p) ? p : QString();
    }
    const QDir here = QFileInfo(rs.filePath).absoluteDir();
    for (const QString &candidate : {here.filePath(QStringLiteral("sources/") + name),
                                     here.filePath(QStringLiteral("../sources/") + name)})
        if (QFileInfo(candidate).isFile()) return QDir::cleanPath(candidate);
    // A folder copy of a bundled rule set that brings no text of its own shows the bundled one.
    const QString bundled = kBundledSources + name;
    return QFile::exists(bundled) ? bundled : QString();
}

std::optional<QString> SourceTexts::read(const RuleSet &rs, const QString &source, QString *error) {
    const QString name = source.isEmpty() ? rs.source : source;
    const QString path = pathFor(rs, source);
    auto fail = [&](const QString &why) -> std::optional<QString> {
        if (error) *error = why;
        return std::nullopt;
    };
    if (path.isEmpty())
        return fail(
            QCoreApplication::translate("SourceTexts", "The text of “%1” is not available (source: %2).")
                .arg(rs.title, name.isEmpty() ? QStringLiteral("—") : name));
    QFile f(path);
    if (f.size() > kMaxBytes)
        return fail(QCoreApplication::translate("SourceTexts", "%1: the source text is larger than %2 MB.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(kMaxBytes / (1024 * 1024)));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("SourceTexts", "%1: cannot read the source text: %2")
                        .arg(QDir::toNativeSeparators(path), f.errorString()));
    const QByteArray bytes = f.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return fail(QCoreApplication::translate("SourceTexts", "%1: the source text is larger than %2 MB.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(kMaxBytes / (1024 * 1024)));
    return QString::fromUtf8(bytes);
}

} // namespace eligicheck
