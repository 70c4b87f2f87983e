#pragma once

#include "answers.h"

#include <QByteArray>
#include <QString>

namespace eligicheck {

// The CLI's answers-file format (as_of, firm, facts), written with each value's plain string
// so eligicheck-cli reads what the desktop app saved and vice versa. Reading is the core's
// loadAnswersFile(), which reports every problem with file:line:column.
QByteArray answersToYaml(const Answers &answers);
bool saveAnswersFile(const QString &path, const Answers &answers, QString *error);

} // namespace eligicheck
