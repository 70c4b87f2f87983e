#include "creditcode.h"

#include "answers.h"

namespace eligicheck {

namespace {
// GB 32100-2015 §4.2: weight of position i is 3^(i) mod 31, positions counted from the left.
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
} // namespace

const QString &CreditCode::alphabet() {
    static const QString chars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return chars;
}

QString CreditCode::normalize(const QString &text) {
    QString s = normalizeFullWidth(text).toUpper();
    s.remove(u' ');
    s.remove(u'-');
    return s;
}

QChar CreditCode::checkCharacter(const QString &first17) {
    if (first17.size() < 17) return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = alphabet().indexOf(first17.at(i));
        if (v < 0) return QChar();
        sum += v * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return alphabet().at(check);
}

QString CreditCode::validate(const QString &code) {
    if (code.size() != 18)
        return tr("a 统一社会信用代码 has 18 characters; '%1' has %2").arg(code).arg(code.size());
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (alphabet().contains(c)) continue;
        if (QStringLiteral("IOZSV").contains(c))
            return tr("character %1 of '%2' is '%3', a letter never used in credit codes (I, O, Z, S and V "
                      "are "
                      "excluded; did you mean a digit?)")
                .arg(i + 1)
                .arg(code, c);
        return tr("character %1 of '%2' is '%3'; only digits and capital letters are allowed")
            .arg(i + 1)
            .arg(code, c);
    }
    for (int i = 2; i < 8; ++i)
        if (!code.at(i).isDigit())
            return tr("characters 3–8 of '%1' are the administrative division code and must be digits")
                .arg(code);
    const QChar expected = checkCharacter(code.left(17));
    if (code.at(17) != expected)
        return tr("'%1' fails the check digit: the last character should be '%2', not '%3' (probably a "
                  "typing "
                  "error in the code)")
            .arg(code, expected, code.at(17));
    return QString();
}

} // namespace eligicheck
