#pragma once

#include "report.h"

#include <QString>

namespace eligicheck {

// The typeface a report is set in, as chosen under Settings → Reports. The stylesheet
// (resources/report.css) sets body text at 9 pt in WenQuanYi Micro Hei and every other size
// relative to it; a chosen family goes first in the body's font list, and a chosen size scales
// every size of the stylesheet by the same factor, so headings keep their proportions.
struct ReportTypeface {
    static constexpr int stylesheetPointSize = 9;

    QString family;    // empty = the stylesheet's own (ReportFont::defaultFamily())
    int pointSize = 0; // body text; 0 = stylesheetPointSize

    // Rewrites the <style> block of `report.html` and records the family in report.fontFamily,
    // which the painter then checks and lays out with. The HTML export carries the same style.
    void applyTo(Report &report) const;
};

} // namespace eligicheck
