#include "rectclipstyle.h"

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

} // namespace

RectClipStyle::RectClipStyle() = default;

void RectClipStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const {
    const WidgetRectClip clip(option, painter, widget);
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void RectClipStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                const QWidget *widget) const {
    const WidgetRectClip clip(option, painter, widget);
    QProxyStyle::drawControl(element, option, painter, widget);
}

void RectClipStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                       QPainter *painter, const QWidget *widget) const {
    const WidgetRectClip clip(option, painter, widget);
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

} // namespace eligicheck
