#include "firmreportwriter.h"

#include "evaluator.h"
#include "firmscope.h"
#include "report.h"
#include "reportbuilder.h"
#include "reportpainter.h"

#include <QDir>
#include <algorithm>

namespace eligicheck {

FirmReportWriter::FirmReportWriter(Database &db, const RuleLibrary &library, Lang lang, const QDate &asOf,
                                   Format format, QString folder)
    : m_repo(db)
    , m_library(library)
    , m_lang(lang)
    , m_asOf(asOf)
    , m_format(format)
    , m_folder(std::move(folder))
    , m_names(format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("html")) {}

std::optional<QString> FirmReportWriter::write(const Firm &firm, QString *error) {
    Result<Answers> answers = m_repo.answersFor(firm.id, m_asOf, m_library.facts());
    if (!answers.ok()) {
        *error = tr("%1: its answers cannot be read: %2").arg(firm.name, answers.error().message);
        return std::nullopt;
    }
    const FactValues values = answers->toFactValues(m_library.facts(), m_asOf);
    const Relevance relevance = FirmScope::of(firm, values, m_library.facts(), m_asOf);
    ReportInput input = ReportInput::forMatch(m_library, *answers, m_asOf, &relevance);
    input.firmName = firm.name;
    input.creditCode = firm.creditCode;
    if (input.results.isEmpty()) {
        *error = tr("%1: no programme in force on %2 concerns this firm")
                     .arg(firm.name, m_asOf.toString(Qt::ISODate));
        return std::nullopt;
    }
    Report report = ReportBuilder(m_library.facts(), m_lang).build(input);
    m_typeface.applyTo(report);
    const QString path = QDir(m_folder).filePath(m_names.next(firm.name, m_asOf));
    QString writeError;
    const bool ok = m_format == Format::Pdf
                        ? PdfExporter::write(report, path, ReportPainter::defaultPageLayout(), &writeError)
                        : HtmlExporter::write(report, path, &writeError);
    if (!ok) {
        *error = tr("%1: %2").arg(firm.name, writeError);
        return std::nullopt;
    }
    return path;
}

} // namespace eligicheck
