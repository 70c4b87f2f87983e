#include "appsettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace eligicheck {

AppSettings::AppSettings(QSettings *store)
    : m_store(store) {}

AppSettings::AppSettings()
    : m_owned(std::make_unique<QSettings>())
    , m_store(m_owned.get()) {}

AppSettings::~AppSettings() = default;

std::unique_ptr<QSettings> AppSettings::openDesktopStore() {
    // The organisation and application names the desktop program sets in its main().
    return std::make_unique<QSettings>(QStringLiteral("EligiCheck"), QStringLiteral("EligiCheck"));
}

QString AppSettings::desktopDataFolder() {
    // The names the desktop program sets in its main(), as openDesktopStore().
    const QString org = QCoreApplication::organizationName();
    const QString app = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("EligiCheck"));
    QCoreApplication::setApplicationName(QStringLiteral("EligiCheck"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(org);
    QCoreApplication::setApplicationName(app);
    return dir;
}

QStringList AppSettings::paperSizes() {
    return {Defaults::paperSize(), QStringLiteral("A3"),     QStringLiteral("A5"),
            QStringLiteral("B5"),  QStringLiteral("Letter"), QStringLiteral("Legal")};
}

QString AppSettings::language() const {
    const QString l = m_store->value(languageKey()).toString();
    return l == QLatin1String("zh_CN") || l == QLatin1String("en") ? l : QString();
}

void AppSettings::setLanguage(const QString &language) {
    m_store->setValue(languageKey(), language);
}

QString AppSettings::databasePath() const {
    return m_store->value(databasePathKey()).toString().trimmed();
}

void AppSettings::setDatabasePath(const QString &path) {
    m_store->setValue(databasePathKey(), path.trimmed());
}

AppSettings::AsOfMode AppSettings::asOfMode() const {
    // "fixed" without a valid date would leave nothing to use: it reads as "today".
    return m_store->value(asOfModeKey()).toString() == QLatin1String("fixed") && fixedAsOf().isValid()
               ? AsOfMode::FixedDate
               : AsOfMode::Today;
}

void AppSettings::setAsOfMode(AsOfMode mode) {
    m_store->setValue(asOfModeKey(),
                      mode == AsOfMode::FixedDate ? QStringLiteral("fixed") : QStringLiteral("today"));
}

QDate AppSettings::fixedAsOf() const {
    return QDate::fromString(m_store->value(asOfDateKey()).toString(), Qt::ISODate);
}

void AppSettings::setFixedAsOf(const QDate &date) {
    m_store->setValue(asOfDateKey(), date.toString(Qt::ISODate));
}

QDate AppSettings::defaultAsOf(const QDate &today) const {
    return asOfMode() == AsOfMode::FixedDate ? fixedAsOf() : today;
}

QStringList AppSettings::ruleFolders() const {
    QStringList out;
    for (const QString &f : m_store->value(ruleFoldersKey()).toStringList())
        if (!f.trimmed().isEmpty() && !out.contains(f)) out << f;
    return out;
}

void AppSettings::setRuleFolders(const QStringList &folders) {
    m_store->setValue(ruleFoldersKey(), folders);
}

QString AppSettings::reportFontFamily() const {
    return m_store->value(reportFontFamilyKey()).toString().trimmed();
}

void AppSettings::setReportFontFamily(const QString &family) {
    m_store->setValue(reportFontFamilyKey(), family.trimmed());
}

int AppSettings::reportFontPointSize() const {
    bool ok = false;
    const int size = m_store->value(reportFontPointSizeKey()).toInt(&ok);
    return ok && size >= Defaults::minReportFontPointSize && size <= Defaults::maxReportFontPointSize
               ? size
               : Defaults::reportFontPointSize;
}

void AppSettings::setReportFontPointSize(int points) {
    m_store->setValue(reportFontPointSizeKey(), points);
}

QString AppSettings::paperSize() const {
    // Any QPageSize key is kept (Page Setup offers more sizes than Settings); QtCore cannot
    // check it, the report side falls back to A4 for a key it does not know.
    const QString key = m_store->value(paperSizeKey()).toString().trimmed();
    return key.isEmpty() ? Defaults::paperSize() : key;
}

void AppSettings::setPaperSize(const QString &key) {
    m_store->setValue(paperSizeKey(), key);
}

} // namespace eligicheck
