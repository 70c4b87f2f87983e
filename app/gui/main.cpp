#include "appsettings.h"
#include "fonthinting.h"
#include "guioptions.h"
#include "leanstyle.h"
#include "mainwindow.h"
#include "screenshotdemo.h"
#include "startuppreload.h"
#include "uilanguage.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <chrono>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <cstdio>
#include <cstring>

namespace {

// ELIGICHECK_EXIT_AFTER_FIRST_PAINT (set by scripts/bench.sh): once the main window's first frame
// is painted, print the steady-clock time and the peak resident memory, then quit, so start-up
// can be timed from outside. Kept identical to the copy in bench/minimalapp.cpp, the yardstick.
class ExitAfterFirstPaint : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: the report is written once the whole first frame (children included) is done.
            QTimer::singleShot(0, this, [] {
                const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                    std::chrono::steady_clock::now().time_since_epoch())
                                    .count();
                QFile status(QStringLiteral("/proc/self/status"));
                QByteArray hwm = "0";
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmHWM:")) hwm = line.mid(6).trimmed().split(' ').value(0);
                std::printf("first-paint-steady-ns=%lld vmhwm-kb=%s\n", static_cast<long long>(ns),
                            hwm.constData());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char **argv) {
#ifdef __GLIBC__
    // glibc grows a thread's heap one page per mprotect() call and the main heap 128 KiB per brk():
    // reading the rules at start-up made ~820 such calls, each holding the address-space lock that
    // the GUI thread's mappings need meanwhile. 4 MiB steps instead (only pages used become memory).
    mallopt(M_TOP_PAD, 4 << 20);
#endif
    // Before QApplication, which needs a display: `eligicheck --version` works without one.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("eligicheck %s\n", ELIGICHECK_VERSION);
            return 0;
        }
    // The bundled rules are read on a second core from here on, while QApplication starts and the
    // window is built; then Qt's image plugins.
    const eligicheck::StartupPreload preload;
    QApplication app(argc, argv);
    QApplication::setStyle(new eligicheck::LeanStyle); // the same look, drawn faster
    eligicheck::honourUnhintedFonts();
    QApplication::setApplicationName(QStringLiteral("EligiCheck"));
    QApplication::setOrganizationName(QStringLiteral("EligiCheck"));
    QApplication::setApplicationVersion(QStringLiteral(ELIGICHECK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("eligicheck")); // resources/eligicheck.desktop
    // The translation goes in first, so that even a usage error is in the user's language.
    const QString language =
        eligicheck::UiLanguage::resolve(eligicheck::languageArgument(QApplication::arguments()),
                                        eligicheck::AppSettings().language(), QLocale::system(), nullptr)
            .value_or(eligicheck::UiLanguage::forSystemLocale());
    QString error, help;
    if (!eligicheck::UiLanguage::install(language, &error)) std::fprintf(stderr, "%s\n", qPrintable(error));
    error.clear();
    bool wantsHelp = false;
    const std::optional<eligicheck::GuiOptions> options =
        eligicheck::parseGuiOptions(QApplication::arguments(), &error, &wantsHelp, &help);
    if (!options || wantsHelp) {
        std::fputs(qPrintable(options ? help : error + QStringLiteral("\n") + help),
                   options ? stdout : stderr);
        return options ? 0 : 2;
    }
    eligicheck::MainWindow w(*options);
    if (qEnvironmentVariableIsSet("ELIGICHECK_EXIT_AFTER_FIRST_PAINT"))
        w.installEventFilter(new ExitAfterFirstPaint(&w));
    w.show();
    if (!options->screenshotDir.isEmpty()) return eligicheck::runScreenshotDemo(w, options->screenshotDir);
    return app.exec();
}
