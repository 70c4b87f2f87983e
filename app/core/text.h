#pragma once

#include <QString>

namespace eligicheck {

enum class Lang { Zh, En };

// A text that rule files give in Chinese and (optionally) English. Chinese is the language of
// the law and always present; English falls back to Chinese when missing.
struct LocalizedText {
    QString zh;
    QString en;

    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    QString get(Lang lang) const { return lang == Lang::En && !en.isEmpty() ? en : zh; }
};

// A value quoted in a message, cut in the middle when long: a 1M-digit answer must not turn into
// a 1 MB error line.
inline QString elideForMessage(const QString &text, int max = 60) {
    if (text.size() <= max) return text;
    return text.left(max - 12) + QStringLiteral("…") + text.right(8) +
           QStringLiteral(" (%1 characters)").arg(text.size());
}

} // namespace eligicheck
