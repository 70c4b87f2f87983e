#include "uilanguage.h"

#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace eligicheck {

namespace {

struct Installed {
    QString name;
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed() {
    static Installed state;
    return state;
}

void remove(std::unique_ptr<QTranslator> &t) {
    if (!t) return;
    QCoreApplication::removeTranslator(t.get());
    t.reset();
}

} // namespace

std::optional<QString> UiLanguage::normalise(const QString &name) {
    const QString n = name.trimmed();
    const QLocale locale(n);
    if (n.isEmpty() || locale.language() == QLocale::C) return std::nullopt;
    if (locale.language() == QLocale::English) return QStringLiteral("en");
    // Traditional-script Chinese is not offered: the rule texts are in simplified characters.
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript)
        return QStringLiteral("zh_CN");
    return std::nullopt;
}

QString UiLanguage::forSystemLocale(const QLocale &system) {
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<QString> UiLanguage::resolve(const QString &commandLine, const QString &saved,
                                           const QLocale &system, QString *error) {
    if (!commandLine.isEmpty()) {
        std::optional<QString> n = normalise(commandLine);
        if (!n && error) *error = tr("Unknown language '%1' (use zh_CN or en).").arg(commandLine);
        return n;
    }
    if (std::optional<QString> n = normalise(saved)) return n;
    return forSystemLocale(system);
}

QLocale UiLanguage::localeOf(const QString &name) {
    return name == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                       : QLocale(QLocale::Chinese, QLocale::China);
}

QString UiLanguage::nativeName(const QString &name) {
    // Written in the language itself, never translated: a user who cannot read the current
    // language must still find their own.
    return name == QLatin1String("en") ? QStringLiteral("English") : QStringLiteral("中文（简体）");
}

bool UiLanguage::install(const QString &name, QString *error) {
    Installed &s = installed();
    remove(s.app);
    remove(s.qt);
    s.name = name;
    QLocale::setDefault(localeOf(name));

    auto qt = std::make_unique<QTranslator>();
    if (name != QLatin1String("en") &&
        qt->load(QStringLiteral("qtbase_") + name, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s.qt = std::move(qt);
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/eligicheck_") + name)) {
        if (error) *error = tr("The %1 translation is missing from this build.").arg(name);
        return false;
    }
    QCoreApplication::installTranslator(app.get());
    s.app = std::move(app);
    return true;
}

QString UiLanguage::current() {
    return installed().name;
}

} // namespace eligicheck
