#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace eligicheck {

// Finds the report's font whatever language the desktop speaks.
//
// fontconfig gives a family several names (WenQuanYi Micro Hei is also 文泉驿微米黑 and
// 文泉驛微米黑) and Qt registers each font under the one that fits the locale, so under
// LANG=zh_CN.UTF-8 QFontDatabase knows "文泉驿微米黑" and not "WenQuanYi Micro Hei". A family is
// therefore looked up by every name fontconfig has for it and, failing that, by its file
// (QFontDatabase::addApplicationFont) — never by one spelling.
class ReportFont {
    Q_DECLARE_TR_FUNCTIONS(ReportFont)
public:
    // WenQuanYi Micro Hei: Qt 6.4 writes correct code points for it in PDFs (with Noto Sans
    // CJK some characters come out as Kangxi radicals, e.g. 示 → ⽰, breaking copy and search).
    static QString defaultFamily() { return QStringLiteral("WenQuanYi Micro Hei"); }
    static QString defaultPackage() { return QStringLiteral("fonts-wqy-microhei"); }

    // The name under which Qt's font database knows `family` (given by any of its names), or an
    // empty string when no such font is installed. Needs a QGuiApplication; the answer is cached.
    static QString resolve(const QString &family);
    // Every name fontconfig knows for the installed family that has `family` among its names
    // (in any case), and the font files; empty where fontconfig is not used or the family is
    // not installed.
    static QStringList fontconfigNames(const QString &family, QStringList *files = nullptr);
    // "The report font … is not installed …", in the user's language, naming the package.
    static QString missingMessage(const QString &family = defaultFamily());
};

} // namespace eligicheck
