#pragma once

#include <memory>

namespace eligicheck {

class RuleLibrary;

// Reads the bundled rule sets on a worker thread while the GUI thread builds the main window,
// so that at start-up the two overlap on two cores. Whoever needs the rules takes them with
// takeBundledRules() (waiting if they are not ready yet); without a running preload it reads
// them itself.
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

    // The rules read by the running preload, waiting for them if needed; nullptr when there is
    // no preload or they were taken already.
    static std::shared_ptr<RuleLibrary> takeBundledRules();
};

} // namespace eligicheck
