#include "icons.h"

#include "explanation.h"

#include <QHash>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace eligicheck {

namespace {

bool svgSupported() {
    static const bool supported = QImageReader::supportedImageFormats().contains("svg");
    return supported;
}

QString iconFile(CriterionStatus s) {
    switch (s) {
    case CriterionStatus::Pass:
        return QStringLiteral(":/icons/status-pass.svg");
    case CriterionStatus::Fail:
        return QStringLiteral(":/icons/status-fail.svg");
    case CriterionStatus::Unknown:
        return QStringLiteral(":/icons/status-unknown.svg");
    case CriterionStatus::NotApplicable:
        return QStringLiteral(":/icons/status-na.svg");
    case CriterionStatus::Waived:
        return QStringLiteral(":/icons/status-waived.svg");
    case CriterionStatus::Warning:
        return QStringLiteral(":/icons/status-warning.svg");
    case CriterionStatus::Info:
        return QStringLiteral(":/icons/status-info.svg");
    }
    return QString();
}

// Fallback: a coloured disc with the status symbol, at a size the style asks for.
QIcon paintedIcon(CriterionStatus s) {
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(statusColor(s));
        p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        QFont f = p.font();
        f.setPixelSize(size * 2 / 3);
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(pm.rect(), Qt::AlignCenter, statusSymbol(s));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace

QIcon statusIcon(CriterionStatus s) {
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(s));
    if (it == cache.end()) it = cache.insert(int(s), svgSupported() ? QIcon(iconFile(s)) : paintedIcon(s));
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
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/app/eligicheck-%1.png").arg(size), QSize(size, size));
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
