#include "leanstyle.h"

#include <QPainter>
#include <QStyleOption>
#include <QWidget>

namespace eligicheck {

namespace {

// Clips `painter` to `widget`'s rectangle for as long as it lives, when that cannot change what
// is drawn: the painter draws on the widget itself, in its own coordinates, and the control
// covers the whole widget (anything outside the widget is clipped away by Qt anyway).
class WidgetRectClip {
public:
    WidgetRectClip(const QStyleOption *option, QPainter *painter, const QWidget *widget)
        : m_painter(widget && option && painter && painter->device() == widget &&
                            painter->worldTransform().isIdentity() && option->rect == widget->rect()
                        ? painter
                        : nullptr) {
        if (!m_painter) return;
        m_painter->save();
        m_painter->setClipRect(option->rect, Qt::IntersectClip);
    }
    ~WidgetRectClip() {
        if (m_painter) m_painter->restore();
    }
    WidgetRectClip(const WidgetRectClip &) = delete;
    WidgetRectClip &operator=(const WidgetRectClip &) = delete;

private:
    QPainter *m_painter;
};

// Whether QCommonStyle places an item's check box, icon and text without looking at the text's
// size (QCommonStylePrivate::viewItemLayout, Qt 6.4). When painting, it measures the text but uses
// the measure only to know that there is one — unless the text sits below the icon, or is not
// given all the room beside the icon (showDecorationSelected off: it is aligned in a box of its
// own size then). A one-letter text gives the same places.
bool placesIgnoreTextSize(const QStyleOptionViewItem &item) {
    return item.showDecorationSelected && !item.text.isEmpty() &&
           item.decorationPosition != QStyleOptionViewItem::Bottom;
}

} // namespace

LeanStyle::LeanStyle() = default;

bool LeanStyle::placesItemsAsCommonStyle() const {
    // Qt's own styles place items with QCommonStyle's code; another style may do it its own way.
    const QStyle *base = baseStyle();
    if (base != m_checkedBase) {
        m_checkedBase = base;
        const QString name = base->name().toLower();
        m_commonItemPlaces = name == QLatin1String("fusion") || name == QLatin1String("windows");
    }
    return m_commonItemPlaces;
}

void LeanStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const {
    const WidgetRectClip clip(option, painter, widget);
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void LeanStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                            const QWidget *widget) const {
    const WidgetRectClip clip(option, painter, widget);
    QProxyStyle::drawControl(element, option, painter, widget);
}

void LeanStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                   QPainter *painter, const QWidget *widget) const {
    const WidgetRectClip clip(option, painter, widget);
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

QRect LeanStyle::subElementRect(SubElement element, const QStyleOption *option, const QWidget *widget) const {
    switch (element) {
    case SE_ItemViewItemCheckIndicator:
    case SE_ItemViewItemDecoration:
    case SE_ItemViewItemText:
    case SE_ItemViewItemFocusRect:
        if (const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option);
            item && placesIgnoreTextSize(*item) && placesItemsAsCommonStyle()) {
            QStyleOptionViewItem oneLetter(*item);
            oneLetter.text = QStringLiteral("x");
            return QProxyStyle::subElementRect(element, &oneLetter, widget);
        }
        break;
    default:
        break;
    }
    return QProxyStyle::subElementRect(element, option, widget);
}

} // namespace eligicheck
