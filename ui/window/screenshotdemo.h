#pragma once

#include <QString>

namespace eligicheck {

class MainWindow;

// Walks the real window the firm-first way — start page → the firm → questionnaire → review →
// result → stored assessment in the firm's history → its report — for a sample firm (the
// Guangxi technology-centre recognition) and saves a PNG of each step into `outDir`.
// Used by scripts/screenshot.sh (--screenshot-demo DIR). Returns a process exit code.
int runScreenshotDemo(MainWindow &window, const QString &outDir);

// The walk's starting state, also used by the layout test (tests/gui/tst_layout.cpp): the
// sample firms in the window's firms database, the first with the demo answers (missing the
// recognition on R&D staff and spending), the assessment date 2025-06-01. Returns the sample
// firm's id, or 0 with `error` set.
qint64 seedScreenshotDemo(MainWindow &window, QString *error);

} // namespace eligicheck
