#include "regularweightheader.h"

#include <QIcon>
#include <QStyleOptionHeaderV2>
#include <QTreeView>

namespace eligicheck {

RegularWeightHeader::RegularWeightHeader(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent) {}

RegularWeightHeader *RegularWeightHeader::install(QTreeView *view) {
    QHeaderView *old = view->header();
    auto *header = new RegularWeightHeader(old->orientation(), view);
    // What QTreeView sets on the header it makes itself.
    header->setSectionsMovable(old->sectionsMovable());
    header->setStretchLastSection(old->stretchLastSection());
    header->setDefaultAlignment(old->defaultAlignment());
    header->setSectionsClickable(old->sectionsClickable());
    view->setHeader(header); // deletes the old one
    return header;
}

QSize RegularWeightHeader::sectionSizeFromContents(int logicalIndex) const {
    if (highlightSections()) return QHeaderView::sectionSizeFromContents(logicalIndex);
    ensurePolished();
    // The same steps as QHeaderView::sectionSizeFromContents (Qt 6.4), without setBold(true).
    const QVariant hint = model()->headerData(logicalIndex, orientation(), Qt::SizeHintRole);
    if (hint.isValid()) return qvariant_cast<QSize>(hint);
    QStyleOptionHeaderV2 opt;
    initStyleOption(&opt);
    opt.section = logicalIndex;
    const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
    opt.fontMetrics = QFontMetrics(font.canConvert<QFont>() ? qvariant_cast<QFont>(font) : this->font());
    opt.text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QVariant decoration = model()->headerData(logicalIndex, orientation(), Qt::DecorationRole);
    opt.icon = qvariant_cast<QIcon>(decoration);
    if (opt.icon.isNull()) opt.icon = qvariant_cast<QPixmap>(decoration);
    if (isSortIndicatorShown()) opt.sortIndicator = QStyleOptionHeader::SortDown;
    return style()->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), this);
}

} // namespace eligicheck
