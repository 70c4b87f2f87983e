#pragma once

#include <QProxyStyle>

namespace eligicheck {

// The application's style, drawing exactly what it draws, with one difference in how: a control
// that fills its whole widget (a tool bar, a scroll bar, a view's frame) is drawn with the
// painter clipped to that widget's rectangle.
//
// Why: Qt 6.4's raster engine draws a 1-pixel line straight into the image only when the painter
// has a rectangular clip of its own. Without one — as when a widget paints itself — it produces
// one span per pixel and hands every batch of 96 or more spans to its thread pool, waiting for
// two pool threads to draw them (~80 µs a batch, for ~25 µs of work). The main window's first
// frame made 88 such round trips, 45 for the tool bar's three lines alone. The clip is the
// widget's own rectangle, so not a pixel changes (tst_rectclipstyle compares them).
class RectClipStyle : public QProxyStyle {
    Q_OBJECT
public:
    // Wraps the style Qt would choose itself (the desktop's, or the -style option).
    RectClipStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};

} // namespace eligicheck
