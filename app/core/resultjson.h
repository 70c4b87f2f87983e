#pragma once

#include "evaluator.h"
#include "json.h"
#include "rulelibrary.h"

namespace eligicheck {

// The documented JSON of `eligicheck-cli check` (and, as a list, of `match`).
Json ruleSetResultToJson(const RuleSetResult &r, const FactRegistry &facts, Lang lang);
// Document metadata and every criterion (`eligicheck-cli show --format json`).
Json ruleSetToJson(const RuleSet &rs, Lang lang);

} // namespace eligicheck
