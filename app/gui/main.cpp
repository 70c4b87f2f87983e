#include "mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("EligiCheck"));
    QApplication::setOrganizationName(QStringLiteral("EligiCheck"));
    QApplication::setApplicationVersion(QStringLiteral(ELIGICHECK_VERSION));
    auto library = std::make_shared<eligicheck::RuleLibrary>();
    library->loadBundled();
    eligicheck::MainWindow w(library);
    w.resize(1000, 700);
    w.show();
    return app.exec();
}
