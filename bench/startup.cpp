#include "startup.h"

#include <QProcess>
#include <QRegularExpression>
#include <chrono>

namespace eligicheck::bench {

QProcessEnvironment startupEnvironment(const QString &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ELIGICHECK_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    return env;
}

std::optional<StartupSample> launchToFirstPaint(const QString &program, const QProcessEnvironment &env,
                                                QString *error) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    // The probe prints std::chrono::steady_clock (CLOCK_MONOTONIC, shared by all processes).
    const auto launched = std::chrono::steady_clock::now().time_since_epoch();
    process.start(program, {});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        *error =
            QStringLiteral("%1 did not start and quit after its first paint: %2 %3")
                .arg(program, process.errorString(), QString::fromLocal8Bit(process.readAllStandardError()));
        return std::nullopt;
    }
    static const QRegularExpression line(QStringLiteral("first-paint-steady-ns=(\\d+) vmhwm-kb=(\\d+)"));
    const QRegularExpressionMatch m = line.match(QString::fromLocal8Bit(process.readAllStandardOutput()));
    if (!m.hasMatch()) {
        *error =
            QStringLiteral("%1 quit without reporting its first paint (is ELIGICHECK_EXIT_AFTER_FIRST_PAINT "
                           "supported?)")
                .arg(program);
        return std::nullopt;
    }
    const qint64 painted = m.captured(1).toLongLong();
    const qint64 launchedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(launched).count();
    return StartupSample{double(painted - launchedNs) / 1e6, m.captured(2).toLongLong()};
}

} // namespace eligicheck::bench
