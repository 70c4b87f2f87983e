#pragma once

#include "answers.h"
#include "rulelibrary.h"
#include "text.h"

#include <QDate>
#include <QString>

namespace eligicheck {

// From answers to a PDF report of every loaded programme, best verdict first: evaluation,
// HTML, layout and PDF in one call (what `eligicheck-cli match --format pdf` does). Meant for
// callers that want the whole pipeline, e.g. the benchmark. Needs a QGuiApplication.
bool writeMatchReportPdf(const RuleLibrary &library, const Answers &answers, const QDate &asOf, Lang lang,
                         const QString &path, QString *error = nullptr, int *pageCount = nullptr);

} // namespace eligicheck
