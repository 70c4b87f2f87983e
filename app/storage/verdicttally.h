#pragma once

#include "evaluator.h"
#include "text.h"

#include <QString>
#include <map>

namespace eligicheck {

// "不符合 1 · 待定 2": how many programmes got each verdict, best verdict first — the short form
// the client list and a firm's assessments show (the per-programme list goes in a tooltip).
// Programmes without conditions are no result for a firm and are not counted.
class VerdictTally {
public:
    void add(Verdict verdict);
    int eligible() const { return m_eligible; }
    QString text(Lang lang) const;

private:
    std::map<int, std::pair<Verdict, int>> m_counts; // by rank
    int m_eligible = 0;
};

} // namespace eligicheck
