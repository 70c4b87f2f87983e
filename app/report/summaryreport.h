#pragma once

#include "report.h"

namespace eligicheck {

// 可申报事项一览 (issue 17 item 5): a short report of one page for the client — which
// programmes it is eligible for, which need review, which are undetermined, and the few
// answers that would decide the most programmes. Details (clause and what is missing) only for
// those three groups; not-eligible programmes and those without conditions are only counted.
// Same input as the full report (ReportBuilder), same stylesheet; pdf/html via the exporters.
class SummaryReportBuilder {
public:
    SummaryReportBuilder(const FactRegistry &facts, Lang lang)
        : m_facts(facts)
        , m_lang(lang) {}

    // How many deciding answers are listed.
    static constexpr int MaxDecisiveAnswers = 5;

    Report build(const ReportInput &input) const;

private:
    const FactRegistry &m_facts;
    Lang m_lang;
};

} // namespace eligicheck
