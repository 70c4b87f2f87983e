#pragma once

#include "diagnostics.h"
#include "rulelibrary.h"

namespace eligicheck {

// Runs the `examples:` of a rule set and checks every expectation; also checks that the
// examples exercise each criterion both ways (pass and fail), so no untested criterion lands.
struct ExampleReport {
    int examples = 0;
    int checks = 0;
    Diagnostics failures; // file:line of the example, with what differed
};

ExampleReport runExamples(const RuleSet &rs, const FactRegistry &facts);

} // namespace eligicheck
