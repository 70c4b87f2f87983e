// The yardstick for the start-up figure: the smallest Qt Widgets program that looks like an
// application window (a QMainWindow with a QTreeView), built with the same compiler, flags and Qt
// as `eligicheck`. It loads nothing, so eligicheck's start-up divided by this one's is what our
// own code costs on top of Qt itself.
//
// With ELIGICHECK_EXIT_AFTER_FIRST_PAINT set it behaves exactly like `eligicheck` does (see
// app/gui/main.cpp): after the first paint of the main window it prints the steady-clock time
// and the peak resident memory, then quits. The two copies of that probe are kept identical on
// purpose; this program must not link any EligiCheck code.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <chrono>
#include <cstdio>

namespace {

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
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Programme")});
    model.appendRow(new QStandardItem(QStringLiteral("Minimal")));
    auto *tree = new QTreeView(&window);
    tree->setModel(&model);
    window.setCentralWidget(tree);
    if (qEnvironmentVariableIsSet("ELIGICHECK_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(new ExitAfterFirstPaint(&window));
    window.show();
    return app.exec();
}
