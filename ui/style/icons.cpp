#include "icons.h"

#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>

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

// An icon drawn from square PNGs of several sizes, each decoded the first time it is drawn.
//
// A QIcon given all the sizes decodes them all at once, and the first frame shows only the 16-px
// ones (decoding all five sizes of its two status icons was ~1.3 M instructions). The sizes go
// into an inner QIcon as they are needed, and that QIcon does all the drawing — choice of size,
// scaling, disabled and selected looks — exactly as before: before it is asked, the size it would
// choose from the full set (the smallest at least as large as asked, else the largest) is added.
class PngSizesIconEngine : public QIconEngine {
public:
    PngSizesIconEngine(QString pathPattern, QList<int> sizes)
        : m_pattern(std::move(pathPattern))
        , m_sizes(std::move(sizes)) {
        std::sort(m_sizes.begin(), m_sizes.end());
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        load(size);
        return m_loaded.pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override {
        load(size); // already in device pixels
        return m_loaded.pixmap(size / scale, scale, mode, state);
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override {
        load(rect.size() * painter->device()->devicePixelRatio());
        m_loaded.paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        load(size);
        return m_loaded.actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        if (mode != QIcon::Normal || state != QIcon::Off) return {}; // as QIcon's own engine
        QList<QSize> out;
        for (int s : m_sizes)
            out << QSize(s, s);
        return out;
    }
    bool isNull() override { return m_sizes.isEmpty(); }
    QString key() const override { return QStringLiteral("PngSizesIconEngine"); }
    QIconEngine *clone() const override { return new PngSizesIconEngine(*this); }

private:
    PngSizesIconEngine(const PngSizesIconEngine &) = default;

    void load(const QSize &asked) {
        if (m_sizes.isEmpty()) return;
        const qint64 area = qint64(asked.width()) * asked.height();
        int chosen = m_sizes.last();
        for (int s : m_sizes)
            if (qint64(s) * s >= area) {
                chosen = s;
                break;
            }
        if (m_decoded.contains(chosen)) return;
        m_decoded.insert(chosen);
        m_loaded.addPixmap(resourcePng(m_pattern.arg(chosen)));
    }

    QString m_pattern; // with %1 for the size in pixels
    QList<int> m_sizes;
    QSet<int> m_decoded;
    QIcon m_loaded;
};

} // namespace

QIcon pngSizesIcon(const QString &pathPattern, const QList<int> &sizes) {
    return QIcon(new PngSizesIconEngine(pathPattern, sizes));
}

QString statusIconPath(CriterionStatus status, const QString &size) {
    return QStringLiteral(":/icons/status/status-%1-%2.png").arg(iconName(status), size);
}

QIcon statusIcon(CriterionStatus s) {
    // PNGs rendered from resources/icons/status-*.svg (scripts/render-icons.sh): an SVG icon
    // loads the SVG icon engine and image plugins, at start-up for the first frame's two icons.
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(s));
    if (it == cache.end())
        it = cache.insert(int(s), pngSizesIcon(statusIconPath(s, QStringLiteral("%1")),
                                               {std::begin(kStatusIconSizes), std::end(kStatusIconSizes)}));
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
    case Verdict::NoConditions:
        return statusIcon(CriterionStatus::Info);
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
    return pngSizesIcon(QStringLiteral(":/icons/app/eligicheck-%1.png"),
                        {std::begin(kApplicationIconSizes), std::end(kApplicationIconSizes)});
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
    case Verdict::NoConditions:
        return statusColor(CriterionStatus::Info);
    default:
        return statusColor(CriterionStatus::Unknown);
    }
}

} // namespace eligicheck
