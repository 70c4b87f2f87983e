#pragma once

// Layout check of the GUI suites: nothing a user must read is cut. Walks every visible widget
// under a root and reports, by object name / class and text, each
//  - label (without word wrap) narrower than its text,
//  - button, check box or radio button narrower than its text (its size hint),
//  - tab whose tab is narrower than its title,
//  - item-view column narrower than its header text or its visible cells, or reaching past the
//    view's right edge (cut off there, to be scrolled to) — unless the column is one the caller
//    names as eliding on purpose (its full text then must be in the cell's tooltip),
//  - dialog or window smaller than its size hint, or larger than the screen it is meant for.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

namespace layoutcheck {

// "view-object-name/column" of item-view columns that elide on purpose (see the test that names
// them for why); their cells must carry the full text as a tooltip.
using ElidingColumns = QSet<QString>;

// Where a widget is, for the report: its object name, else its class, with its parents'.
inline QString describe(const QWidget *w) {
    QStringList path;
    for (const QWidget *p = w; p && path.size() < 3; p = p->parentWidget()) {
        const QString name = p->objectName();
        path.prepend(name.isEmpty() || name.startsWith(QLatin1String("qt_"))
                         ? QString::fromLatin1(p->metaObject()->className())
                         : name);
        if (p->isWindow()) break;
    }
    return path.join(QLatin1Char('>'));
}

// A text as shown: "&x" underlines x, "&&" is one "&".
inline QString withoutMnemonics(const QString &text) {
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size()) ++i;
        out += text[i];
    }
    return out;
}

inline int widestLine(const QFontMetrics &fm, const QString &text) {
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, fm.horizontalAdvance(line));
    return widest;
}

inline QString cut(const QWidget *w, const QString &what, const QString &text, int need, int have) {
    return QStringLiteral("%1 [%2] \"%3\": needs %4 px, has %5")
        .arg(describe(w), what, text.simplified().left(80))
        .arg(need)
        .arg(have);
}

inline void checkLabel(const QLabel *label, QStringList *out) {
    if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()) return;
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    const int margin = 2 * label->margin() + qMax(label->indent(), 0);
    int need = 0;
    QString shown = label->text();
    if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(shown);
        need = qCeil(doc.idealWidth());
        shown = doc.toPlainText();
    } else {
        if (label->buddy()) shown = withoutMnemonics(shown);
        need = widestLine(label->fontMetrics(), shown);
    }
    const int have = label->contentsRect().width() - margin;
    if (have < need) out->append(cut(label, QStringLiteral("label"), shown, need, have));
    // A mnemonic shown literally: a label reads "&x" as a shortcut only with a buddy.
    static const QRegularExpression mnemonic(QStringLiteral("(^|[\\s(（])&[^&\\s]"));
    if (!rich && !label->buddy() && mnemonic.match(label->text()).hasMatch())
        out->append(QStringLiteral("%1 [label without buddy] \"%2\" shows its \"&\"")
                        .arg(describe(label), label->text()));
}

// A text pane whose text does not fit its width scrolls sideways: the right part is cut.
inline void checkTextPane(const QTextEdit *pane, QStringList *out) {
    if (pane->horizontalScrollBar()->isVisible())
        out->append(cut(pane, QStringLiteral("text scrolls sideways"), pane->toPlainText().left(40),
                        qCeil(pane->document()->idealWidth()), pane->viewport()->width()));
}

inline void checkButton(const QAbstractButton *button, QStringList *out) {
    if (button->text().isEmpty()) return;
    if (auto *tool = qobject_cast<const QToolButton *>(button))
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly) return;
    // A tab bar's scroll arrows and a header's corner are not text the user reads.
    if (qobject_cast<const QTabBar *>(button->parentWidget())) return;
    const int need = button->sizeHint().width();
    if (button->width() < need)
        out->append(
            cut(button, QStringLiteral("button"), withoutMnemonics(button->text()), need, button->width()));
}

inline void checkTabs(const QTabBar *bar, QStringList *out) {
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i)) continue;
        const QString text = withoutMnemonics(bar->tabText(i));
        const int need = bar->fontMetrics().horizontalAdvance(text);
        const int have = bar->tabRect(i).width() - bar->iconSize().width() * !bar->tabIcon(i).isNull();
        if (have < need || (bar->tabRect(i).right() > bar->width() && bar->usesScrollButtons()))
            out->append(cut(bar, QStringLiteral("tab %1").arg(i), text, need, have));
    }
}

// Width the header needs to show section `section`'s title (text, margins, sort arrow).
inline int headerNeed(const QHeaderView *header, int section) {
    QStyleOptionHeader opt;
    opt.initFrom(header);
    opt.section = section;
    opt.text = header->model()->headerData(section, header->orientation()).toString();
    opt.orientation = header->orientation();
    opt.textAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
        opt.sortIndicator = QStyleOptionHeader::SortDown;
    const QSize s = header->style()->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), header);
    return s.width();
}

inline void checkView(QAbstractItemView *view, const ElidingColumns &eliding, QStringList *out) {
    QHeaderView *header = nullptr;
    if (auto *t = qobject_cast<QTableView *>(view))
        header = t->horizontalHeader();
    else if (auto *t = qobject_cast<QTreeView *>(view))
        header = t->header();
    if (!header || !view->model()) return;
    const int viewportWidth = view->viewport()->width();
    QAbstractItemModel *model = view->model();
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c)) continue;
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        const QString where = QStringLiteral("column %1 \"%2\"").arg(c).arg(title);
        const bool elides = eliding.contains(view->objectName() + QLatin1Char('/') + QString::number(c));
        const int width = header->sectionSize(c);
        if (header->isVisible()) {
            const int need = headerNeed(header, c);
            if (width < need) out->append(cut(view, where + QStringLiteral(" header"), title, need, width));
        }
        // Visible cells (the views measure only the rows on screen).
        const int cells = view->sizeHintForColumn(c);
        const int right = header->sectionViewportPosition(c) + width;
        if (elides) {
            // Cut on purpose: each visible cell gives its full text as a tooltip.
            for (int r = 0; r < model->rowCount(view->rootIndex()); ++r) {
                const QModelIndex i = model->index(r, c, view->rootIndex());
                if (!view->visualRect(i).intersects(view->viewport()->rect())) continue;
                const QString text = i.data().toString();
                if (!text.isEmpty() && !i.data(Qt::ToolTipRole).toString().contains(text.simplified()))
                    out->append(cut(view, where + QStringLiteral(" eliding without tooltip"), text, 0, 0));
            }
            continue;
        }
        if (width < cells) {
            QString example;
            for (int r = 0; r < model->rowCount(view->rootIndex()) && example.isEmpty(); ++r) {
                const QModelIndex i = model->index(r, c, view->rootIndex());
                if (view->visualRect(i).intersects(view->viewport()->rect()) &&
                    view->sizeHintForIndex(i).width() > width)
                    example = i.data().toString();
            }
            out->append(cut(view, where + QStringLiteral(" cells"), example, cells, width));
        }
        if (right > viewportWidth && header->sectionViewportPosition(c) < viewportWidth) {
            QStringList widths;
            for (int s = 0; s < header->count(); ++s)
                if (!header->isSectionHidden(s)) widths << QString::number(header->sectionSize(s));
            out->append(
                cut(view, where + QStringLiteral(" past the view's edge (columns %1)").arg(widths.join(u'+')),
                    title, right, viewportWidth));
        }
    }
}

// Everything cut under `root` (a window or dialog, shown), one line each; empty when all fits.
// `screen`: the screen size the window is meant for (1366×768 …).
inline QStringList cutTexts(QWidget *root, const QSize &screen, const ElidingColumns &eliding = {}) {
    QStringList out;
    if (root->isWindow()) {
        // A layout with word-wrapped labels needs the height it takes at the dialog's width.
        const QSize hint = root->sizeHint();
        const int needHeight =
            root->hasHeightForWidth() ? root->heightForWidth(root->width()) : hint.height();
        if (qobject_cast<QDialog *>(root) && (root->width() < hint.width() || root->height() < needHeight))
            out << QStringLiteral("%1 [dialog]: %2×%3 is smaller than its size hint %4×%5")
                       .arg(describe(root))
                       .arg(root->width())
                       .arg(root->height())
                       .arg(hint.width())
                       .arg(needHeight);
        // The window's own size (a window manager adds its frame around it, inside the screen's
        // work area as the screenshot walk does).
        if (root->width() > screen.width() || root->height() > screen.height())
            out << QStringLiteral("%1 [window]: %2×%3 does not fit the %4×%5 screen")
                       .arg(describe(root))
                       .arg(root->width())
                       .arg(root->height())
                       .arg(screen.width())
                       .arg(screen.height());
    }
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != root->window()) continue;
        if (w->width() <= 0 || w->height() <= 0) continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(label, &out);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            checkButton(button, &out);
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            checkTabs(bar, &out);
        else if (auto *pane = qobject_cast<QTextEdit *>(w))
            checkTextPane(pane, &out);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w))
            checkView(view, eliding, &out);
    }
    return out;
}

} // namespace layoutcheck
