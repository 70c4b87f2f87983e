#include "sheet.h"

namespace eligicheck {

bool SheetRow::isEmpty() const {
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty()) return false;
    return true;
}

QString columnLetters(int column) {
    QString s;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

} // namespace eligicheck
