#pragma once

#include <QString>
#include <QStringList>

namespace eligicheck::bench {

// Writes `count` rule files into `dir`, each the technology-centre criteria of
// bench/ruleset-template.yaml with its own ids and thresholds (what a consultancy with a
// thousand in-house rule sets would load). Returns the file paths, or an empty list and `error`.
QStringList writeGeneratedRuleSets(const QString &dir, int count, QString *error);

} // namespace eligicheck::bench
