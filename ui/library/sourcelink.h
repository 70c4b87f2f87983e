#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace eligicheck {

class RuleLibrary;
struct RuleSet;

// What "查看原文" opens: one document's text, and the passage to highlight in it (none for the
// whole document). Self-contained, so a viewer outlives a reload of the rules.
struct SourceTarget {
    const RuleSet *ruleSet = nullptr;
    QString clause; // 第七条第(一)项; empty for the whole document
    QString quote;  // the verbatim passage; empty for the whole document
    QString source; // the quote's own source file ("" = the document's)
    QString clauseEn; // the rule file's clause_en, if any (the viewer shows clauseLabel())
};

// Links from the HTML views (programme browser, result) to the source viewer:
// eligicheck-source:<rule set>?programme=<id>&criterion=<id> (or &amount=<id>, &outcome=1).
namespace SourceLink {
QUrl forDocument(const QString &ruleSetId);
QUrl forCriterion(const QString &ruleSetId, const QString &programmeId, const QString &criterionId);
QUrl forAmount(const QString &ruleSetId, const QString &programmeId, const QString &amountId);
QUrl forOutcome(const QString &ruleSetId, const QString &programmeId);
bool isSourceLink(const QUrl &url);
// nullopt when the link names nothing in `library` (the rules changed since it was drawn).
std::optional<SourceTarget> resolve(const QUrl &url, const RuleLibrary &library);
} // namespace SourceLink

} // namespace eligicheck
