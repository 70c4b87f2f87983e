#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace eligicheck {

// The translation context of what is said about a file (rule, answers, firms files): read by
// users and authors in the interface language, always with file:line:column.
class FileMessages {
    Q_DECLARE_TR_FUNCTIONS(FileMessages)
};

// A problem found in a rule or answers file, with a position a text editor can jump to.
struct Diagnostic {
    enum Severity { Error, Warning };
    Severity severity = Error;
    QString file;
    int line = 0;   // 1-based; 0 = whole file
    int column = 0; // 1-based, in characters (not bytes)
    QString message;

    // "file:line:column: error: message", the format compilers and editors understand.
    QString toString() const;
};

using Diagnostics = QVector<Diagnostic>;

inline bool hasErrors(const Diagnostics &d) {
    for (const Diagnostic &x : d)
        if (x.severity == Diagnostic::Error) return true;
    return false;
}

} // namespace eligicheck
