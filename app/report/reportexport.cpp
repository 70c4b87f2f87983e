#include "reportexport.h"

#include "reportbuilder.h"
#include "reportpainter.h"

namespace eligicheck {

bool writeMatchReportPdf(const RuleLibrary &library, const Answers &answers, const QDate &asOf, Lang lang,
                         const QString &path, QString *error, int *pageCount) {
    const Report report =
        ReportBuilder(library.facts(), lang).build(ReportInput::forMatch(library, answers, asOf));
    return PdfExporter::write(report, path, ReportPainter::defaultPageLayout(), error, pageCount);
}

} // namespace eligicheck
