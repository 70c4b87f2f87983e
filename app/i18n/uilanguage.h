#pragma once

#include "text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace eligicheck {

// The languages of the user interface and how one is chosen and switched on. Both programs
// use it: --lang wins, then the language saved in Settings (GUI only), then the system locale.
//
// A language is named "zh_CN" or "en". Switching installs the application's translation
// (:/i18n/eligicheck_<name>.qm, built from translations/*.ts) and Qt's own (qtbase_zh_CN.qm from
// QLibraryInfo::TranslationsPath, so standard dialogs and buttons are translated too) and makes
// QLocale's default the language's locale, so numbers are grouped the way its readers expect.
class UiLanguage {
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)
public:
    static QStringList available() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

    // "zh", "zh_CN", "zh-CN", "zh_Hans_CN" → "zh_CN"; "en", "en_US", "en-GB" → "en"; otherwise
    // nullopt.
    static std::optional<QString> normalise(const QString &name);

    // The language for the system locale: Chinese for Chinese systems, English for every other
    // one. That includes the neutral "C" locale of scripts and CI, which by Unix convention
    // means untranslated messages (and keeps scripted output stable).
    static QString forSystemLocale(const QLocale &system = QLocale::system());

    // --lang value (may be empty) → saved setting (may be empty: follow the system) → system.
    // An unknown --lang is an error (returns nullopt, *error says what is allowed); an unknown
    // saved value is ignored.
    static std::optional<QString> resolve(const QString &commandLine, const QString &saved,
                                          const QLocale &system, QString *error);

    static Lang langOf(const QString &name) { return name == QLatin1String("en") ? Lang::En : Lang::Zh; }
    static QLocale localeOf(const QString &name);
    // The language's own name, for the Settings dialog ("中文（简体）", "English").
    static QString nativeName(const QString &name);

    // Installs the translators of `name`, replacing those installed before (tests switch back
    // and forth). Returns false and says why when the application's translation is missing;
    // a missing Qt translation only means Qt's dialogs stay in English, so it is not an error.
    static bool install(const QString &name, QString *error = nullptr);
    // The language installed last ("" before the first install()).
    static QString current();
};

} // namespace eligicheck
