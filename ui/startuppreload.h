#pragma once

#include <memory>

namespace eligicheck {

class RuleLibrary;

// Reads the bundled rule sets on a worker thread while the GUI thread builds the main window,
// so that at start-up the two overlap on two cores. bundledRules() hands them over.
//
// One instance, in main(), constructed once QApplication exists and the interface language is
// installed — QApplication sets the C locale and QLocale::setDefault must not run while
// another thread uses QLocale — and destroyed before main() returns: the destructor waits for
// the worker, so that it never outlives the statics it uses.
class StartupPreload {
public:
    StartupPreload();
    ~StartupPreload();
    StartupPreload(const StartupPreload &) = delete;
    StartupPreload &operator=(const StartupPreload &) = delete;

    // The bundled rule sets in a new library: the preloaded one the first time (waiting for it
    // if needed), read now otherwise.
    static std::shared_ptr<RuleLibrary> bundledRules();
};

} // namespace eligicheck
