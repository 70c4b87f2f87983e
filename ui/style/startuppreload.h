#pragma once

#include <memory>

namespace eligicheck {

class RuleLibrary;

// Start-up work that does not need the GUI thread, done on a second core while the GUI thread
// starts QApplication and builds the main window: reading the bundled rule sets, then loading
// Qt's image plugins. bundledRules() hands the rules over.
//
// One instance, the first statement of main() — before QApplication, so that the rules are read
// while QApplication starts (reading them needs neither QApplication, nor the C locale, nor
// QLocale) — destroyed when main() returns: it waits for the worker, so that the worker never
// outlives the statics it uses. The image plugins need a QApplication: the worker loads them
// only once QApplication's constructor has run, and QApplication's destructor waits for them.
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
