#pragma once

#include <QCoreApplication>
#include <QString>

namespace eligicheck {

// 统一社会信用代码 (Unified Social Credit Code) per GB 32100-2015: 18 characters —
// registration authority (1), organisation category (1), administrative division (6 digits),
// organisation code (9) and a check character — from the 31-character set 0-9 and the capital
// letters without I, O, Z, S, V.
class CreditCode {
    Q_DECLARE_TR_FUNCTIONS(CreditCode)
public:
    // The characters allowed, in value order (index = value used by the check digit).
    static const QString &alphabet();
    // Upper-cases, removes spaces and converts full-width characters: what people paste.
    static QString normalize(const QString &text);
    // The check character for the first 17 characters (which must be from the alphabet);
    // a null QChar when they are not.
    static QChar checkCharacter(const QString &first17);
    // Empty when `code` (already normalised) is valid, else a sentence saying what is wrong.
    static QString validate(const QString &code);
    static bool isValid(const QString &code) { return validate(code).isEmpty(); }
};

} // namespace eligicheck
