#include "guioptions.h"

#include "appsettings.h"
#include "uilanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace eligicheck {

std::optional<GuiOptions> parseGuiOptions(const QStringList &arguments, QString *error, bool *wantsHelp,
                                          QString *helpText, bool *wantsVersion) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GuiOptions", "EligiCheck 政策申报资格自测"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("GuiOptions",
                                    "An answers file to open, or a firm file (written by export) to import."),
        QStringLiteral("[FILE]"));
    const QCommandLineOption rulesDir(
        QStringLiteral("rules-dir"),
        QCoreApplication::translate("GuiOptions", "Load more rule sets from DIR (repeatable)."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate(
            "GuiOptions",
            "Interface language: zh_CN or en (default: as chosen in Settings, else the system's)."),
        QStringLiteral("LANG"));
    const QCommandLineOption answers(
        QStringLiteral("answers"),
        QCoreApplication::translate("GuiOptions", "Open an answers file at start."), QStringLiteral("FILE"));
    QCommandLineOption screenshot(QStringLiteral("screenshot-demo"),
                                  QStringLiteral("Save screenshots to DIR and quit."), QStringLiteral("DIR"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("GuiOptions",
                                    "Firms database: an SQLite file or postgresql://user@host:port/dbname "
                                    "(default: the database in the user's data folder)."),
        QStringLiteral("PATH"));
    parser.addOptions({rulesDir, lang, answers, screenshot, db});
    if (helpText) *helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        if (error) *error = parser.errorText();
        return std::nullopt;
    }
    if (wantsHelp) *wantsHelp = parser.isSet(help);
    if (wantsVersion) *wantsVersion = parser.isSet(version);
    if (parser.positionalArguments().size() > 1) {
        if (error)
            *error = QCoreApplication::translate("GuiOptions", "Unexpected argument '%1'.")
                         .arg(parser.positionalArguments().at(1));
        return std::nullopt;
    }
    GuiOptions o;
    o.rulesDirs = parser.values(rulesDir);
    o.answersFile = parser.value(answers);
    o.openFile = parser.positionalArguments().value(0);
    o.screenshotDir = parser.value(screenshot);
    o.database = parser.value(db);
    const std::optional<QString> language =
        UiLanguage::resolve(parser.value(lang), AppSettings().language(), QLocale::system(), error);
    if (!language) return std::nullopt;
    o.localeName = *language;
    o.lang = UiLanguage::langOf(*language);
    return o;
}

QString languageArgument(const QStringList &arguments) {
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size()) return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang="))) return arguments[i].mid(7);
    }
    return QString();
}

} // namespace eligicheck
