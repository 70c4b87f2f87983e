#include "clauselabel.h"

#include <QRegularExpression>

namespace eligicheck {

namespace {

int digitValue(QChar c) {
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    return int(digits.indexOf(c));
}

// The usual way of writing n (1 ≤ n ≤ 999) in a clause number: 十五, 二十三, 一百零二, 一百一十.
QString canonicalNumeral(int n) {
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    const int h = n / 100, t = n / 10 % 10, u = n % 10;
    QString s;
    if (h > 0) {
        s += digits[h] + QStringLiteral("百");
        if (t == 0 && u == 0) return s;
        if (t == 0) return s + QStringLiteral("零") + digits[u];
    }
    if (t > 0) {
        if (t > 1 || h > 0) s += digits[t];
        s += QStringLiteral("十");
    }
    if (u > 0) s += digits[u];
    return s;
}

// A numeral as clause labels write it: Chinese (一 … 九百九十九) or Arabic digits.
std::optional<int> numeralValue(const QString &text) {
    bool arabic = !text.isEmpty();
    for (QChar c : text)
        arabic = arabic && c >= u'0' && c <= u'9';
    if (arabic) {
        bool ok = false;
        const int v = text.size() <= 6 ? text.toInt(&ok) : 0;
        return ok ? std::optional<int>(v) : std::nullopt;
    }
    return chineseNumeral(text);
}

// Section headings and parts of a document that clause labels name by their Chinese title.
// Longer first, so that 通知落款 is not read as 通知 + 落款.
struct Word {
    const char16_t *zh;
    const char16_t *en;
};
const Word kWords[] = {
    {u"通知落款", u"Signature block of the notice"},
    {u"建设条件", u"Construction conditions"},
    {u"功能定位", u"Functions and positioning"},
    {u"建设程序", u"Construction procedure"},
    {u"建设目标", u"Construction objectives"},
    {u"建设布局", u"Layout"},
    {u"总体要求", u"General requirements"},
    {u"支持对象", u"Who is supported"},
    {u"工作要求", u"Work requirements"},
    {u"印发通知", u"Issuing notice"},
    {u"主送机关", u"Addressees"},
    {u"有效期", u"Validity period"},
    {u"前言", u"Preamble"},
    {u"落款", u"Signature block"},
    {u"其他", u"Other provisions"},
    {u"末段", u"last paragraph"},
};

// Writes the English label piece by piece; `last` decides how the next piece joins on.
class Renderer {
public:
    enum Piece { Start, Article, Paragraph, Paren, Section, Item, Heading, Text };

    void article(int n) { add(Article, space() + QStringLiteral("Art. %1").arg(n)); }
    void paragraph(int n) {
        add(Paragraph, m_last == Start ? QStringLiteral("Para. %1").arg(n)
                                       : space() + QStringLiteral("para. %1").arg(n));
    }
    void section(int n) { add(Section, space() + QStringLiteral("Sec. %1").arg(n)); }
    void annex(int n) { add(Section, space() + QStringLiteral("Annex %1").arg(n)); }
    // (三) after an article, a section or an item: "Art. 7(3)", "Sec. 1(1)"; after a heading,
    // spaced: "Construction conditions (2)".
    void paren(int n) {
        const bool spaced = m_last == Heading || (m_last == Text && endsWithWord());
        add(Paren, (spaced ? QStringLiteral(" ") : QString()) + QStringLiteral("(%1)").arg(n));
    }
    // 第三项 (no brackets).
    void item(int n) {
        add(Item,
            m_last == Start ? QStringLiteral("Item %1").arg(n) : space() + QStringLiteral("item %1").arg(n));
    }
    // "2." of 一、(一)2.: straight after a bracketed number ("Sec. 1(1)2"), else an item.
    void numberedItem(int n) {
        if (m_last == Paren)
            add(Item, QString::number(n));
        else if (m_last == Section)
            add(Item, QStringLiteral(", item %1").arg(n));
        else
            item(n);
    }
    void heading(const QString &en) { add(Heading, space() + en); }
    void text(QChar c) {
        // "工作要求(末段)" → "Work requirements (last paragraph)".
        if (c == u'(' && endsWithWord()) m_out += u' ';
        m_out += c;
        if (!c.isSpace()) m_last = Text;
    }
    QString result() const { return m_out.trimmed(); }

private:
    void add(Piece p, const QString &s) {
        m_out += s;
        m_last = p;
    }
    bool endsWithWord() const {
        if (m_out.isEmpty()) return false;
        const QChar c = m_out.back();
        return c.isLetterOrNumber() || c == u')' || c == u'.';
    }
    QString space() const {
        if (m_out.isEmpty()) return QString();
        const QChar c = m_out.back();
        return c.isSpace() || c == u'(' ? QString() : QStringLiteral(" ");
    }

    QString m_out;
    Piece m_last = Start;
};

} // namespace

std::optional<int> chineseNumeral(QStringView text) {
    if (text.isEmpty() || text.size() > 8) return std::nullopt;
    int total = 0, pending = -1;
    for (QChar c : text) {
        const int d = digitValue(c);
        if (d > 0) {
            if (pending >= 0) return std::nullopt;
            pending = d;
        } else if (d == 0) { // 零: only as in 一百零二, checked by the canonical form below
            if (pending >= 0) return std::nullopt;
        } else if (c == u'十') {
            total += (pending < 0 ? 1 : pending) * 10;
            pending = -1;
        } else if (c == u'百') {
            if (pending < 0) return std::nullopt;
            total += pending * 100;
            pending = -1;
        } else {
            return std::nullopt;
        }
    }
    if (pending > 0) total += pending;
    if (total < 1 || total > 999 || canonicalNumeral(total) != text) return std::nullopt;
    return total;
}

bool containsCjk(QStringView text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if ((c >= 0x2E80 && c <= 0x9FFF) || // radicals, CJK punctuation 、《》, kana, ideographs
            (c >= 0xF900 && c <= 0xFAFF) || // compatibility ideographs
            (c >= 0xFE30 && c <= 0xFE4F) || // compatibility forms
            (c >= 0xFF00 && c <= 0xFFEF) || // full-width forms （）．，
            (c >= 0x20000 && c <= 0x3FFFF)) // ideographs beyond the BMP
            return true;
    }
    return false;
}

std::optional<QString> englishClauseLabel(const QString &label) {
    QString s = label.trimmed();
    s.replace(QChar(0xFF08), u'(').replace(QChar(0xFF09), u')').replace(QChar(0xFF0E), u'.');
    static const QString num = QStringLiteral("([零一二三四五六七八九十百]+|[0-9]+)");
    static const QRegularExpression article(QStringLiteral("第%1条").arg(num));
    static const QRegularExpression paragraph(QStringLiteral("第%1款").arg(num));
    static const QRegularExpression bracketItem(QStringLiteral("第\\(%1\\)项").arg(num));
    static const QRegularExpression plainItem(QStringLiteral("第%1项").arg(num));
    static const QRegularExpression section(QStringLiteral("([零一二三四五六七八九十百]+)、"));
    static const QRegularExpression paren(QStringLiteral("\\(%1\\)").arg(num));
    static const QRegularExpression numbered(QStringLiteral("([0-9]+)[.、]"));
    static const QRegularExpression annex(QStringLiteral("附件%1").arg(num));
    auto at = [&](const QRegularExpression &re, qsizetype pos, int *value, qsizetype *length) {
        const QRegularExpressionMatch m =
            re.match(s, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch()) return false;
        const std::optional<int> v = numeralValue(m.captured(1));
        if (!v) return false;
        *value = *v;
        *length = m.capturedLength();
        return true;
    };
    Renderer out;
    qsizetype pos = 0;
    while (pos < s.size()) {
        int n = 0;
        qsizetype len = 0;
        if (at(article, pos, &n, &len))
            out.article(n);
        else if (at(paragraph, pos, &n, &len))
            out.paragraph(n);
        else if (at(bracketItem, pos, &n, &len))
            out.paren(n);
        else if (at(plainItem, pos, &n, &len))
            out.item(n);
        else if (at(section, pos, &n, &len))
            out.section(n);
        else if (at(paren, pos, &n, &len))
            out.paren(n);
        else if (at(numbered, pos, &n, &len))
            out.numberedItem(n);
        else if (at(annex, pos, &n, &len))
            out.annex(n);
        if (len > 0) {
            pos += len;
            continue;
        }
        bool word = false;
        for (const Word &w : kWords) {
            const QStringView zh(w.zh);
            if (QStringView(s).mid(pos).startsWith(zh)) {
                out.heading(QString::fromUtf16(w.en));
                pos += zh.size();
                word = true;
                break;
            }
        }
        if (word) continue;
        if (containsCjk(QStringView(s).mid(pos, 1))) return std::nullopt;
        out.text(s[pos]);
        ++pos;
    }
    const QString result = out.result();
    if (result.isEmpty() || containsCjk(result)) return std::nullopt;
    return result;
}

QString clauseLabel(const QString &label, Lang lang, const QString &labelEn) {
    if (lang == Lang::Zh || label.isEmpty()) return label;
    if (!labelEn.isEmpty()) return labelEn;
    return englishClauseLabel(label).value_or(label);
}

} // namespace eligicheck
