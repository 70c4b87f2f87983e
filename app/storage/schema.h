#pragma once

#include "database.h"

#include <QStringList>

namespace eligicheck {

// The SQL that brings a database from schema version `version - 1` to `version`, in the
// dialect of `backend`. Version 1 is the first released schema; a step, once released, is
// never edited — a change is a new step, so every old database follows the same path.
QStringList migrationStatements(int version, Database::Backend backend);

} // namespace eligicheck
