#include "cliapp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// PDF reports lay out text, which needs fonts and so a QGuiApplication; every other command
// runs on a plain QCoreApplication (faster start, no platform plugin).
bool needsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if ((std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0) ||
            std::strcmp(argv[i], "--format=pdf") == 0 || std::strcmp(argv[i], "report") == 0)
            return true;
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> guard;
    if (needsGui(argc, argv)) {
        // A command-line tool never shows a window: lay out off screen unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        guard = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        guard = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *guard;
    QCoreApplication::setApplicationName(QStringLiteral("eligicheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ELIGICHECK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    eligicheck::CliApp cli(out, err);
    int rc = cli.run(app.arguments().mid(1));
    out.flush();
    err.flush();
    return rc;
}
