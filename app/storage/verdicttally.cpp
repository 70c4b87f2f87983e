#include "verdicttally.h"

#include "explanation.h"

#include <QStringList>

namespace eligicheck {

void VerdictTally::add(Verdict verdict) {
    if (verdict == Verdict::NoConditions) return;
    auto &c = m_counts[verdictRank(verdict)];
    c.first = verdict;
    ++c.second;
    if (verdict == Verdict::Eligible) ++m_eligible;
}

QString VerdictTally::text(Lang lang) const {
    QStringList parts;
    for (const auto &c : m_counts)
        parts << QStringLiteral("%1 %2").arg(verdictText(c.second.first, lang)).arg(c.second.second);
    return parts.join(QStringLiteral(" · "));
}

} // namespace eligicheck
