#pragma once

#include "ruleset.h"

#include <QColor>
#include <QIcon>

namespace eligicheck {

// Status icons from :/icons (SVG). When the SVG image plugin is not installed the same
// shapes are painted, so a missing package never leaves the verdict without its icon.
QIcon statusIcon(CriterionStatus status);
QIcon verdictIcon(Verdict verdict);
QIcon validityIcon(int validity); // ProgrammeTreeModel::Validity
QIcon applicationIcon();
QColor statusColor(CriterionStatus status);
QColor verdictColor(Verdict verdict);

} // namespace eligicheck
