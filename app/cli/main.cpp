#include "cliapp.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
