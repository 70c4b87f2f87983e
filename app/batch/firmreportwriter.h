#pragma once

#include "database.h"
#include "firmrepository.h"
#include "reportfilenames.h"
#include "reporttypeface.h"
#include "rulelibrary.h"
#include "text.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace eligicheck {

// One report file per firm into one folder (`report --all`, Firms tab → 为所有企业生成报告…).
// A firm's report is what match-all shows for it, with every clause explained: its current
// stored answers evaluated on `asOf` against the programmes that concern it (FirmScope). Each call
// reads one firm and writes one file, so a batch of any size holds one firm at a time.
// Needs a QGuiApplication (the PDF is laid out with Qt Gui).
class FirmReportWriter {
    Q_DECLARE_TR_FUNCTIONS(FirmReportWriter)
public:
    enum class Format { Pdf, Html };

    FirmReportWriter(Database &db, const RuleLibrary &library, Lang lang, const QDate &asOf, Format format,
                     QString folder);

    // Writes the report of `firm` and returns its path; nullopt with *error (in the user's language,
    // naming the firm) when its answers cannot be read, no programme concerns it or the file
    // cannot be written. The file name comes from ReportFileNames (unique within this writer); an
    // earlier file of the same name in the folder is replaced.
    std::optional<QString> write(const Firm &firm, QString *error);

    // The typeface of Settings → Reports (the GUI's batch); the stylesheet's own by default.
    void setTypeface(const ReportTypeface &typeface) { m_typeface = typeface; }

    const QString &folder() const { return m_folder; }
    const QDate &asOf() const { return m_asOf; }

private:
    FirmRepository m_repo;
    const RuleLibrary &m_library;
    Lang m_lang;
    QDate m_asOf;
    Format m_format;
    QString m_folder;
    ReportFileNames m_names;
    ReportTypeface m_typeface;
};

} // namespace eligicheck
