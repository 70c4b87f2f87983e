#pragma once

#include "ruleset.h"

#include <QColor>
#include <QIcon>

namespace eligicheck {

// Icons from :/icons, as PNGs at these sizes (rendered from the SVGs in resources/icons).
inline constexpr int kStatusIconSizes[] = {16, 24, 32, 48, 64};
inline constexpr int kApplicationIconSizes[] = {16, 24, 32, 48, 64, 128, 256};

// An icon of square PNGs at `sizes` (`pathPattern` with %1 for the size in pixels), each decoded
// when first drawn; it draws as a QIcon given all of them at once.
QIcon pngSizesIcon(const QString &pathPattern, const QList<int> &sizes);
// The resource path of a status icon's PNG at `size` pixels.
QString statusIconPath(CriterionStatus status, const QString &size);

QIcon statusIcon(CriterionStatus status);
QIcon verdictIcon(Verdict verdict);
QIcon validityIcon(int validity); // ProgrammeTreeModel::Validity
QIcon applicationIcon();
QColor statusColor(CriterionStatus status);
QColor verdictColor(Verdict verdict);

} // namespace eligicheck
