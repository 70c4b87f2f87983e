#pragma once

#include <memory>

namespace eligicheck {

class RuleLibrary;

// Start-up work that the first frame needs but that does not need the GUI thread, done on a
// second core while QApplication and the widgets are set up on the first: reading fontconfig's
// configuration and font list (what Qt's font database asks for at the first widget) and
// reading the bundled rule sets. Everything still works without start(): whoever needs the
// result then does the work itself.
class StartupPreload {
public:
    // Call once, at the top of main(), before QApplication.
    static void start();
    // Blocks until fontconfig is initialised (at once when start() was not called). Call before
    // the first widget, so that the GUI thread does not initialise it a second time meanwhile.
    static void waitForFonts();
    // The bundled rule sets read by start(), waiting for them if needed; nullptr when start()
    // was not called or they were taken already.
    static std::shared_ptr<RuleLibrary> takeBundledRules();
};

} // namespace eligicheck
