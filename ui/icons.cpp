#include "icons.h"

#include <QHash>
#include <QImageReader>
#include <QPixmap>

namespace eligicheck {

namespace {

QString iconName(CriterionStatus s) {
    switch (s) {
    case CriterionStatus::Pass:
        return QStringLiteral("pass");
    case CriterionStatus::Fail:
        return QStringLiteral("fail");
    case CriterionStatus::Unknown:
        return QStringLiteral("unknown");
    case CriterionStatus::NotApplicable:
        return QStringLiteral("na");
    case CriterionStatus::Waived:
        return QStringLiteral("waived");
    case CriterionStatus::Warning:
        return QStringLiteral("warning");
    case CriterionStatus::Info:
        return QStringLiteral("info");
    }
    return QString();
}

// A PNG from the resources. The format is named and not detected: to detect it, Qt 6.4 loads
// every image-format plugin (SVG, GIF, ICO, JPEG and their libraries, ~1.5 ms) to ask whether it
// reads PNG, before it tries its own PNG reader.
QPixmap resourcePng(const QString &path) {
    QImageReader reader(path, "png");
    reader.setAutoDetectImageFormat(false);
    return QPixmap::fromImage(reader.read());
}

} // namespace

QIcon statusIcon(CriterionStatus s) {
    // PNGs rendered from resources/icons/status-*.svg (scripts/render-icons.sh): an SVG icon
    // loads the SVG icon engine and image plugins, at start-up for the first frame's two icons.
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(s));
    if (it == cache.end()) {
        QIcon icon;
        for (int size : kStatusIconSizes)
            icon.addPixmap(
                resourcePng(QStringLiteral(":/icons/status/status-%1-%2.png").arg(iconName(s)).arg(size)));
        it = cache.insert(int(s), icon);
    }
    return *it;
}

QIcon verdictIcon(Verdict v) {
    switch (v) {
    case Verdict::Eligible:
        return statusIcon(CriterionStatus::Pass);
    case Verdict::NotEligible:
        return statusIcon(CriterionStatus::Fail);
    case Verdict::Undetermined:
        return statusIcon(CriterionStatus::Unknown);
    case Verdict::NeedsReview:
        return statusIcon(CriterionStatus::Warning);
    case Verdict::NotApplicable:
        return statusIcon(CriterionStatus::NotApplicable);
    }
    return {};
}

QIcon validityIcon(int validity) {
    switch (validity) {
    case 0:
        return statusIcon(CriterionStatus::Pass);
    case 1:
        return statusIcon(CriterionStatus::Fail);
    default:
        return statusIcon(CriterionStatus::Warning);
    }
}

QIcon applicationIcon() {
    // PNGs rendered from resources/icons/app/eligicheck.svg: no SVG plugin needed.
    QIcon icon;
    for (int size : kApplicationIconSizes)
        icon.addPixmap(resourcePng(QStringLiteral(":/icons/app/eligicheck-%1.png").arg(size)));
    return icon;
}

QColor statusColor(CriterionStatus s) {
    switch (s) {
    case CriterionStatus::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case CriterionStatus::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case CriterionStatus::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case CriterionStatus::Waived:
    case CriterionStatus::Info:
        return QColor(0x15, 0x65, 0xc0);
    case CriterionStatus::Unknown:
    case CriterionStatus::NotApplicable:
        return QColor(0x61, 0x61, 0x61);
    }
    return {};
}

QColor verdictColor(Verdict v) {
    switch (v) {
    case Verdict::Eligible:
        return statusColor(CriterionStatus::Pass);
    case Verdict::NotEligible:
        return statusColor(CriterionStatus::Fail);
    case Verdict::NeedsReview:
        return statusColor(CriterionStatus::Warning);
    default:
        return statusColor(CriterionStatus::Unknown);
    }
}

} // namespace eligicheck
