#pragma once

// The bundled rule sets, loaded once per test program (kept for the whole run, as the app keeps
// its library). Shared by the suites that only read them.

#include "rulelibrary.h"

namespace testlibrary {

inline const eligicheck::RuleLibrary &library() {
    static eligicheck::RuleLibrary *lib = [] {
        auto *l = new eligicheck::RuleLibrary;
        l->loadBundled();
        return l;
    }();
    return *lib;
}

} // namespace testlibrary
