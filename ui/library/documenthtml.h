#pragma once

#include "ruleset.h"
#include "text.h"

#include <QString>

namespace eligicheck {

// The document view's content: metadata of one policy document and every criterion with its
// clause label and verbatim quote, grouped by programme (anchors "programme-<id>").
QString documentHtml(const RuleSet &rs, Lang lang);

} // namespace eligicheck
