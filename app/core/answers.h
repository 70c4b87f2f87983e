#pragma once

#include "diagnostics.h"
#include "expression.h"
#include "facts.h"
#include "value.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <optional>

namespace eligicheck {

// Parses one answer as people type it: "0.8亿元", "8000万", "80,000,000元", "８０００",
// "2.5%", "是", "2025-06-01", a choice id or its Chinese label. Money ends up in 万元.
// Returns nullopt and a message saying what is allowed when the text is not acceptable.
// An empty text is not an error: it means "not known yet" (an unknown Value).
std::optional<Value> parseFactValue(const FactDefinition &fact, const QString &text, QString *error);

// Replaces full-width digits and punctuation with their ASCII forms.
QString normalizeFullWidth(const QString &text);

// Checks min/max of a numeric value; returns an error message or an empty string.
QString checkBounds(const FactDefinition &fact, const Number &value);

// A firm's answers: fact id → value, plus the evaluation date and firm identity when given.
struct Answers {
    std::optional<QDate> asOf;
    QString firmName;
    QString creditCode;
    QHash<QString, Value> values;

    // Dense per-slot view for the evaluator; application_date is `date`.
    FactValues toFactValues(const FactRegistry &facts, const QDate &date) const;
};

// Reads an answers file (`as_of:`, `firm:`, `facts: {id: value}`). Every problem is reported
// with file:line:column; nothing is returned partially: on any error the result is nullopt.
std::optional<Answers> loadAnswersFile(const QString &path, const FactRegistry &facts, Diagnostics *diags);
std::optional<Answers> parseAnswers(const QString &path, const QByteArray &content, const FactRegistry &facts,
                                    Diagnostics *diags);

} // namespace eligicheck
