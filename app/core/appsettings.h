#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace eligicheck {

// The user's preferences (the Settings dialog), stored with QSettings. Every key and every
// default lives in this class and nowhere else; a stored value that is missing or malformed
// (hand-edited file, older version) reads as the default, never as an error.
//
// Keys, stable because other modules and the command-line tool read them:
//   ui/language            "" = follow the system locale, or "zh_CN" / "en"
//                          (takes effect when the application next starts)
//   storage/databasePath   the database opened when no --db is given: an SQLite file path or a
//                          postgresql:// URL (DatabaseLocation::parse); "" = the standard
//                          per-user file, DatabaseLocation::defaultSqlitePath()
//   assessment/asOfMode    "today" or "fixed": the assessment date a new assessment starts with
//   assessment/asOfDate    the date for "fixed" (ISO 8601, yyyy-MM-dd)
//   rules/folders          extra rule folders loaded at every start (besides --rules-dir)
//   report/fontFamily      "" = the report's own font
//   report/fontPointSize   body text size of printed and exported reports, 6–24
//   report/pageSize        QPageSize::key() of the paper, "A4" by default; the dialog offers
//                          paperSizes(), File → Page Setup… (ReportController) may store others
class AppSettings {
public:
    enum class AsOfMode { Today, FixedDate };

    // Uses `store` (not owned; tests pass an INI file in a temporary folder).
    explicit AppSettings(QSettings *store);
    // The application's own settings (QSettings() with its organisation and name).
    AppSettings();
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // The desktop application's settings, whatever this process is called: the command-line
    // tool reads storage/databasePath from here so both programs open the same database.
    static std::unique_ptr<QSettings> openDesktopStore();
    // The desktop application's data folder (AppDataLocation, XDG:
    // ~/.local/share/EligiCheck/EligiCheck), whatever this process is called: the database and
    // the rule sets a user added are there for both programs.
    static QString desktopDataFolder();

    static QStringList paperSizes(); // the paper sizes Settings offers, default first

    QString language() const;
    void setLanguage(const QString &language);
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    AsOfMode asOfMode() const;
    void setAsOfMode(AsOfMode mode);
    QDate fixedAsOf() const;
    void setFixedAsOf(const QDate &date);
    // The assessment date a new assessment starts with.
    QDate defaultAsOf(const QDate &today = QDate::currentDate()) const;
    QStringList ruleFolders() const;
    void setRuleFolders(const QStringList &folders);
    QString reportFontFamily() const;
    void setReportFontFamily(const QString &family);
    int reportFontPointSize() const;
    void setReportFontPointSize(int points);
    QString paperSize() const;
    void setPaperSize(const QString &key);

    struct Defaults {
        static constexpr int reportFontPointSize = 9; // the stylesheet's body size (report.css)
        static constexpr int minReportFontPointSize = 6;
        static constexpr int maxReportFontPointSize = 24;
        static QString paperSize() { return QStringLiteral("A4"); }
    };

    // Key names (for modules that read a single value without this class, and for tests).
    static QString languageKey() { return QStringLiteral("ui/language"); }
    static QString databasePathKey() { return QStringLiteral("storage/databasePath"); }
    static QString asOfModeKey() { return QStringLiteral("assessment/asOfMode"); }
    static QString asOfDateKey() { return QStringLiteral("assessment/asOfDate"); }
    static QString ruleFoldersKey() { return QStringLiteral("rules/folders"); }
    static QString reportFontFamilyKey() { return QStringLiteral("report/fontFamily"); }
    static QString reportFontPointSizeKey() { return QStringLiteral("report/fontPointSize"); }
    static QString paperSizeKey() { return QStringLiteral("report/pageSize"); }

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_store;
};

} // namespace eligicheck
