#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace eligicheck::bench {

// One launch of a GUI program that honours ELIGICHECK_EXIT_AFTER_FIRST_PAINT (eligicheck and
// eligicheck-minimal): time from just before the process is started to the end of the main
// window's first painted frame, and the program's peak resident memory (VmHWM) at that moment.
struct StartupSample {
    double msToFirstPaint = 0;
    qint64 peakKb = 0;
};

// The environment for those launches: offscreen platform, the probe switched on, and settings,
// data and caches in `home` so the runs neither read nor change the user's own.
QProcessEnvironment startupEnvironment(const QString &home);

std::optional<StartupSample> launchToFirstPaint(const QString &program, const QProcessEnvironment &env,
                                                QString *error);

} // namespace eligicheck::bench
