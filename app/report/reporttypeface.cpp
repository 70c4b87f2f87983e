#include "reporttypeface.h"

#include "reportfont.h"

#include <QLocale>
#include <QRegularExpression>

namespace eligicheck {

namespace {

// "9pt" → "10pt" for a 10 pt body: exact to a tenth of a point, printed without a trailing ".0".
QString scaled(const QString &points, int body) {
    const double value = points.toDouble() * body / ReportTypeface::stylesheetPointSize;
    return QString::number(qRound(value * 10) / 10.0, 'g', 6) + QStringLiteral("pt");
}

QString cssString(const QString &family) {
    QString quoted = family;
    quoted.remove(QLatin1Char('"'))
        .remove(QLatin1Char('\\'))
        .remove(QLatin1Char('<'))
        .remove(QLatin1Char('>'));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

void ReportTypeface::applyTo(Report &report) const {
    const QString wantedFamily = family.trimmed();
    report.fontFamily = wantedFamily;
    const int body = pointSize > 0 ? pointSize : stylesheetPointSize;
    if (wantedFamily.isEmpty() && body == stylesheetPointSize) return;

    // Only the stylesheet is touched: text a firm typed ("12pt" in a name) stays as it is.
    const qsizetype open = report.html.indexOf(QLatin1String("<style>"));
    const qsizetype close = report.html.indexOf(QLatin1String("</style>"), open);
    if (open < 0 || close < 0) return;
    const qsizetype from = open + 7;
    QString css = report.html.mid(from, close - from);
    if (body != stylesheetPointSize) {
        static const QRegularExpression size(QStringLiteral("(\\d+(?:\\.\\d+)?)pt\\b"));
        QString out;
        qsizetype last = 0;
        for (auto it = size.globalMatch(css); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += css.mid(last, m.capturedStart() - last) + scaled(m.captured(1), body);
            last = m.capturedEnd();
        }
        css = out + css.mid(last);
    }
    if (!wantedFamily.isEmpty()) {
        // The first font-family of the stylesheet is the body's; the rest (.mono) stay.
        static const QRegularExpression bodyFamily(QStringLiteral("(body\\s*\\{[^}]*font-family:\\s*)"));
        const QRegularExpressionMatch m = bodyFamily.match(css);
        // By the name Qt knows the family under in this locale (文泉驿等宽微米黑 is not a family
        // name Qt lists under LANG=C), else as chosen: the painter then refuses a missing font.
        const QString known = ReportFont::resolve(wantedFamily);
        if (m.hasMatch())
            css.insert(m.capturedEnd(),
                       cssString(known.isEmpty() ? wantedFamily : known) + QStringLiteral(", "));
    }
    report.html.replace(from, close - from, css);
}

} // namespace eligicheck
