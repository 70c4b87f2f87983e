#pragma once

#include "rulelibrary.h"
#include "text.h"

#include <QCoreApplication>
#include <QVector>

namespace eligicheck {

// One difference between two versions of the rules, for `eligicheck-cli diff`. `text` is the
// sentence a consultant reads (document title, programme title, clause label, old → new, in
// the user's language); the ids and raw values are for JSON.
struct RuleChange {
    QString ruleSetId;
    QString programmeId; // "" for a document-level change
    QString itemId;      // criterion or amount id, "outcome" for bands; "" otherwise
    QString what;        // added, removed, title, document_number, quote, condition, …
    QString before;      // "" when added
    QString after;       // "" when removed
    QString text;
};

// Compares the rule sets of two libraries by id: documents, their metadata, programmes,
// criteria (clause, quote, kind, condition, applies_when, waived_when), amounts and outcome
// bands. Order: documents of `before` first (in its order), then documents only in `after`.
class RuleSetDiff {
    Q_DECLARE_TR_FUNCTIONS(RuleSetDiff)
public:
    static QVector<RuleChange> compare(const RuleLibrary &before, const RuleLibrary &after, Lang lang);
};

} // namespace eligicheck
