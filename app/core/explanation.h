#pragma once

#include "evaluator.h"
#include "facts.h"
#include "ruleset.h"
#include "text.h"

#include <QString>
#include <QStringList>

namespace eligicheck {

// Words for results, in the user's language. Chinese wording follows the brief:
// 符合 / 不符合 / 待定 / 需人工复核.
QString verdictText(Verdict v, Lang lang);
QString statusText(CriterionStatus s, Lang lang);
QString statusSymbol(CriterionStatus s); // survives black-and-white printing: ✔ ✘ ? …
// The symbol of the criterion status that a verdict stands for (eligible ✔, not eligible ✘, …).
QString verdictSymbol(Verdict v);
QString kindText(CriterionKind k, Lang lang);

// A unit as its readers name it: the rule file's own (人, 万元) in Chinese; in English "people",
// "× 10,000 yuan" (`one`: the singular, for a count of 1).
QString unitName(const QString &unit, Lang lang, bool one = false);
// The language of the installed translation (what QCoreApplication::translate answers in), for
// core messages that put a unit into a translated sentence.
Lang uiLang();

// "5,000万元" / "CNY 50 million", "2.5%", "40人" / "40 people", "是", a choice's label.
QString formatNumber(const Number &n, const QString &unit, Lang lang, bool percent = false);
// A sum of money held in 万元, in the unit a reader of the policy expects. `unit` (亿元, 万元 or
// 元) is the one the rule wrote the amount in, used when the number stays exact in it; otherwise
// the largest of 亿元, 万元 and 元 that keeps the number exact and readable (at most two decimals
// in 亿元, whole 元 under 1万元): 100000 → 10亿元, 15000 → 1.5亿元, 5000 → 5,000万元, 300.5 →
// 300.5万元, 0.05 → 500元. English: "CNY 50 million", and "CNY 1.5 billion" from a billion on
// when exact that way. Exact decimals only, never floating point.
QString formatMoney(const Number &wan, Lang lang, const QString &unit = QString());
// A date in prose as its readers write it: 2025年6月1日 in Chinese, 2025-06-01 in English.
// Files and JSON keep ISO dates (Qt::ISODate), whatever the language.
QString formatDate(const QDate &date, Lang lang);
QString formatValue(const Value &v, const QString &unit, const FactDefinition *choiceFact, Lang lang,
                    bool percent = false);
QString formatFactValue(const FactDefinition &fact, const Value &v, Lang lang);

// One sentence (or several, joined) explaining a criterion's status with the firm's value, the
// requirement and the margin: "研究与试验发展经费支出 180万元，要求不低于 200万元，差 20万元".
QString explainCriterion(const CriterionResult &r, const RuleSet &rs, const FactRegistry &facts,
                         const QDate &asOf, Lang lang);
QString explainAmount(const AmountResult &r, Lang lang);
QString missingFactsText(const QVector<int> &factSlots, const FactRegistry &facts, Lang lang);

// "What would it take": for each failing numeric comparison, the gap to the requirement.
struct Gap {
    const Criterion *criterion = nullptr;
    QString text;
};
QVector<Gap> gapsToEligibility(const ProgrammeResult &r, Lang lang);

} // namespace eligicheck
