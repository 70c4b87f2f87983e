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

} // namespace eligicheck
