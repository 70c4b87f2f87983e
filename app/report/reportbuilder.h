#pragma once

#include "facts.h"
#include "report.h"

namespace eligicheck {

// Turns evaluation results into the report's HTML: header with firm and rule-set provenance,
// disclaimer, summary table, one section per programme (criteria with clause, verbatim quote,
// the firm's value/requirement/margin and a black-and-white-safe status symbol; open questions;
// self-declaration checklist; evidence to prepare; support amounts; what it would take) and the
// signature block.
//
// The report language is a parameter, not the UI language: a consultant may hand an English
// report to a foreign investor from a Chinese desktop. So wording is chosen by `Lang` the way
// the core's explanation.cpp does it, rather than through the installed QTranslator. Chinese
// quotes of the law are never translated.
class ReportBuilder {
public:
    ReportBuilder(const FactRegistry &facts, Lang lang);

    Report build(const ReportInput &input) const;

    // The report stylesheet (resources/report.css, compiled in), inlined into every report.
    static QString styleSheet();

private:
    const FactRegistry &m_facts;
    Lang m_lang;
};

} // namespace eligicheck
