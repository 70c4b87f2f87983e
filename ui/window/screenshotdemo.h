#pragma once

#include <QString>

namespace eligicheck {

class MainWindow;

// Walks the real window the firm-first way — start page → the firm → questionnaire → review →
// result → stored assessment in the firm's history → its report — for a sample firm (the
// Guangxi technology-centre recognition) and saves a PNG of each step into `outDir`.
// Used by scripts/screenshot.sh (--screenshot-demo DIR). Returns a process exit code.
int runScreenshotDemo(MainWindow &window, const QString &outDir);

} // namespace eligicheck
