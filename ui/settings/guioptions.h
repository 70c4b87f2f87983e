#pragma once

#include "text.h"

#include <QStringList>
#include <optional>

class QCoreApplication;

namespace eligicheck {

// Command line of the desktop application.
struct GuiOptions {
    QStringList rulesDirs; // --rules-dir DIR (repeatable)
    Lang lang = Lang::Zh;  // --lang zh_CN|en, else Settings, else the system locale (UiLanguage)
    QString localeName = QStringLiteral("zh_CN"); // the interface language: "zh_CN" or "en"
    QString answersFile;                          // --answers FILE: open these answers at start
    QString openFile;      // FILE (a double-click in the file manager): answers, or firms to import
    QString database;      // --db PATH: the firms database; empty = the storage default file
    QString screenshotDir; // --screenshot-demo DIR (hidden): walk to a result, save PNGs, quit
};

// Parses `arguments` (argv, program name first). On a usage error returns nullopt and the
// message; --help and --version are handled by the caller via `helpText`/`wantsHelp`.
// `wantsVersion` is set for --version.
std::optional<GuiOptions> parseGuiOptions(const QStringList &arguments, QString *error,
                                          bool *wantsHelp = nullptr, QString *helpText = nullptr,
                                          bool *wantsVersion = nullptr);

// The raw value of --lang in `arguments` ("" when absent): main() installs the translation
// before parsing, so that usage messages and --help are already in the chosen language.
QString languageArgument(const QStringList &arguments);

} // namespace eligicheck
