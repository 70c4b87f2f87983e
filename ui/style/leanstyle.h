#pragma once

#include <QProxyStyle>

namespace eligicheck {

// The application's style, drawing exactly the pixels it draws, with less work. Two things cost
// the first frame much more than they need to in Qt 6.4:
//
// - Lines. The raster engine draws a 1-pixel line straight into the image only when the painter
//   has a rectangular clip of its own. Without one — as when a widget paints itself — it makes one
//   span per pixel and hands every batch of 96 or more spans to its thread pool, waiting for two
//   pool threads to draw them (~80 µs a batch, for ~25 µs of work): 88 round trips in the main
//   window's first frame, 45 for the tool bar's three lines alone. A control that fills its whole
//   widget (tool bar, scroll bar, a view's frame) is therefore drawn with the painter clipped to
//   the widget's rectangle, which cuts nothing.
// - Item texts. To place an item's check box, icon and text, QCommonStyle lays out and shapes the
//   item's whole text, then lays it out again to elide and again to draw it. When the places do
//   not depend on the text's size — rows selected whole (the text then gets all the room beside
//   the icon), icon beside or above the text — they are computed for a one-letter text instead.
//   Only under Qt's own styles (Fusion, Windows), whose item layout this is.
//
// tst_rendering compares the pixels with and without it.
class LeanStyle : public QProxyStyle {
    Q_OBJECT
public:
    // Wraps the style Qt would choose itself (the desktop's, or the -style option).
    LeanStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    QRect subElementRect(SubElement element, const QStyleOption *option,
                         const QWidget *widget) const override;

private:
    bool placesItemsAsCommonStyle() const;
    mutable const QStyle *m_checkedBase = nullptr;
    mutable bool m_commonItemPlaces = false;
};

} // namespace eligicheck
