#pragma once

#include "answers.h"
#include "evaluator.h"
#include "relevance.h"
#include "rulelibrary.h"
#include "text.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace eligicheck {

// What a report is about: one firm, the date it was assessed, and one or more rule-set results.
// The results point into the RuleLibrary that produced them (RuleSetResult keeps raw pointers to
// rule sets, programmes and criteria), so a ReportInput must not outlive that library.
struct ReportInput {
    QString firmName;   // Answers::firmName; empty = not given
    QString creditCode; // 统一社会信用代码, Answers::creditCode; empty = not given
    QDate assessedOn;   // the day the report was produced
    QDate asOf;         // the date the rules were evaluated for (answers' as_of)
    QString preparer;   // consultant preparing the report; empty = a blank line to fill in by hand
    QVector<RuleSetResult> results;
    // A match lists programmes best verdict first; a single check keeps the document's order.
    bool sortByVerdict = false;
    // Shown prominently under the disclaimer, e.g. "regenerated from an assessment saved on …;
    // the rule set has changed since" (the caller knows; the report only prints it).
    QStringList notices;

    // Evaluates one rule set (optionally only one programme of it) for a firm.
    static ReportInput forRuleSet(const RuleLibrary &library, const RuleSet &rs, const Answers &answers,
                                  const QDate &asOf, const QString &onlyProgramme = QString());
    // Evaluates every loaded rule set for a firm, as `eligicheck-cli match` does; with `relevance`,
    // only the programmes it shows (and the rule sets that have one).
    static ReportInput forMatch(const RuleLibrary &library, const Answers &answers, const QDate &asOf,
                                const Relevance *relevance = nullptr);
    // Evaluates a stored assessment again to print it: its rule set id, as_of and the answers as
    // saved (fact id → plain text, as Value::toPlainString() writes them). Returns nullopt with
    // *error naming the rule set or the answer that cannot be used.
    static std::optional<ReportInput> forStoredInputs(const RuleLibrary &library, const QString &ruleSetId,
                                                      const QHash<QString, QString> &inputs,
                                                      const QDate &asOf, const QString &firmName,
                                                      const QString &creditCode, QString *error);
};

// A finished report: self-contained HTML (inline CSS, UTF-8) plus what the page painter needs
// for the running footer. The same HTML is written as the HTML export and laid out for PDF and
// printing, so the two cannot drift apart.
struct Report {
    QString html;
    QString title;      // document title (PDF metadata, HTML <title>)
    QString footerText; // left part of every page footer: tool, firm, as-of date
    Lang lang = Lang::Zh;
    QString fontFamily; // the family chosen in Settings (ReportTypeface); empty = the default
};

} // namespace eligicheck
