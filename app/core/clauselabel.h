#pragma once

#include "text.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace eligicheck {

// Clause labels (`clause:` in rule files) are written as the Chinese text numbers its parts:
// 第七条第(三)项, 一、(一)2., 四、建设条件(二), 前言. Chinese readers get them verbatim; English
// readers get them rendered by rule — "Art. 7(3)", "Sec. 1(1)2", "Sec. 4 Construction conditions
// (2)", "Preamble" — or, where the rule file gives one, its `clause_en`. Ids and JSON keep the
// label as written.

// The value of a Chinese numeral as clause numbers write it, 一 … 九百九十九 in its usual form
// (十五, 二十三, 一百零二, 一百一十); nullopt for anything else.
std::optional<int> chineseNumeral(QStringView text);

// True when the text has a CJK character (ideographs, CJK punctuation, full-width forms).
bool containsCjk(QStringView text);

// The label in English by rule, or nullopt when part of it cannot be rendered without Chinese
// characters (a rule file then gives `clause_en`).
std::optional<QString> englishClauseLabel(const QString &label);

// The label in the reader's language: Chinese as written; English the rule file's `clause_en`
// (`labelEn`) if any, else the rendering by rule, else the label as written.
QString clauseLabel(const QString &label, Lang lang, const QString &labelEn = QString());

// The clause label of anything that cites a clause (criterion, amount, outcome, band,
// parameter, validity, area: members `clause` and `clauseEn`).
template <typename T> QString clauseLabelOf(const T &item, Lang lang) {
    return clauseLabel(item.clause, lang, item.clauseEn);
}

} // namespace eligicheck
