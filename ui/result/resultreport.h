#pragma once

#include "assessment.h"

#include <QDate>
#include <QString>

namespace eligicheck {

// The result of an assessment as a document: per programme the verdict in words, each
// criterion with status, clause, verbatim quote and explanation, amounts, outcome, what it
// would take, the self-declarations to affirm and the documents to prepare. The HTML feeds the
// result view (and printing/export); the plain text is "Copy as text".
class ResultReport {
public:
    ResultReport(const QVector<AssessedProgramme> &results, const FactRegistry &facts, const QDate &asOf,
                 Lang lang);

    QString toHtml() const;
    QString toPlainText() const;

private:
    QString word(const char16_t *zh, const char16_t *en) const;
    QStringList evidence(const ProgrammeResult &r) const;

    const QVector<AssessedProgramme> &m_results;
    const FactRegistry &m_facts;
    QDate m_asOf;
    Lang m_lang;
};

} // namespace eligicheck
