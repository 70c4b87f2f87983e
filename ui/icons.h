#pragma once

#include "ruleset.h"

#include <QColor>
#include <QIcon>

namespace eligicheck {

// Icons from :/icons, as PNGs at these sizes (rendered from the SVGs in resources/icons).
inline constexpr int kStatusIconSizes[] = {16, 24, 32, 48, 64};
inline constexpr int kApplicationIconSizes[] = {16, 24, 32, 48, 64, 128, 256};

QIcon statusIcon(CriterionStatus status);
QIcon verdictIcon(Verdict verdict);
QIcon validityIcon(int validity); // ProgrammeTreeModel::Validity
QIcon applicationIcon();
QColor statusColor(CriterionStatus status);
QColor verdictColor(Verdict verdict);

} // namespace eligicheck
