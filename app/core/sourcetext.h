#pragma once

#include <QString>
#include <QVector>
#include <optional>

namespace eligicheck {

struct RuleSet;

// A stretch of a text, in QChar offsets; invalid when start < 0.
struct TextSpan {
    qsizetype start = -1;
    qsizetype length = 0;
    bool isValid() const { return start >= 0; }
    qsizetype end() const { return start + length; }
};

// Finds quotes in one document the way the quote test checks them: whitespace (including the
// ideographic space U+3000 and no-break space) is ignored on both sides, because scraped pages
// break lines and pad paragraphs at random. " … " (U+2026) in a quote marks an omission: the
// pieces must appear in order, and the span runs from the first piece to the end of the last.
// Built once per text, so a report or a viewer can locate many quotes cheaply.
class QuoteLocator {
public:
    explicit QuoteLocator(const QString &text);
    TextSpan find(const QString &quote, qsizetype from = 0) const;
    static QString squeezed(const QString &s); // s without whitespace

private:
    QString m_squeezed;
    QVector<qsizetype> m_origin; // m_squeezed[i] is text[m_origin[i]]
};

// The text as a reader wants it on screen: scraped pages often lost their paragraph breaks and
// keep a whole document on one line with a single space between paragraphs. In such long
// lines a space between two Chinese characters (or after ":" ";" ")") becomes a line break;
// "2024 年" and ASCII runs stay as they are. One character for one, so every offset (and so a
// located quote) is the same in the result as in the text.
QString paragraphsForDisplay(const QString &text);

// The official text of a rule set's document: rules/sources/<document.source>, compiled in as
// :/rules/sources/ for the bundled rule sets; for a rule file of a folder, `sources/` beside the
// file or beside its region folder (falling back to the bundled text of that name). Read only
// when asked, so start-up never pays for it.
class SourceTexts {
public:
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024; // a document, not an archive

    // `source` overrides the document's (a quote may cite another file); "" = the document's.
    // Empty when the rule set names no readable source ("external", a path, a missing file).
    static QString pathFor(const RuleSet &rs, const QString &source = QString());
    // The text, or nullopt with a translated reason in *error.
    static std::optional<QString> read(const RuleSet &rs, const QString &source = QString(),
                                       QString *error = nullptr);
};

} // namespace eligicheck
