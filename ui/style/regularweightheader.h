#pragma once

#include <QHeaderView>

class QTreeView;

namespace eligicheck {

// A header that measures its sections in the font it draws them in.
//
// QHeaderView measures every section in bold, in case a selected section is drawn in bold — which
// happens only with highlightSections(), and our views never set it. The bold measurement alone
// loads two more font faces (the bold Latin face and an emboldened Chinese one) and their glyphs;
// the browser's header did that before the first frame. With highlightSections() on, this header
// measures as QHeaderView does.
class RegularWeightHeader : public QHeaderView {
    Q_OBJECT
public:
    explicit RegularWeightHeader(Qt::Orientation orientation, QWidget *parent = nullptr);

    // Replaces the view's header with one of these, keeping the view's header settings.
    static RegularWeightHeader *install(QTreeView *view);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace eligicheck
