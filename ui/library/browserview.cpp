#include "browserview.h"

#include "documenthtml.h"
#include "programmefiltermodel.h"
#include "programmetreemodel.h"
#include "regularweightheader.h"
#include "sourceviewer.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace eligicheck {

BrowserView::BrowserView(Lang lang, QWidget *parent)
    : QWidget(parent)
    , m_lang(lang)
    , m_model(new ProgrammeTreeModel(lang, this))
    , m_filter(new ProgrammeFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_document(new QTextBrowser(this))
    , m_assess(new QPushButton(tr("&Assess this programme…"), this)) {
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("programmeSearch"));
    m_search->setPlaceholderText(tr("Search titles, document numbers (文号) and clause texts"));
    m_search->setAccessibleName(tr("Search programmes"));
    m_tree->setObjectName(QStringLiteral("programmeTree"));
    RegularWeightHeader::install(m_tree);
    m_tree->setModel(m_filter);
    // Every row is one line of text: without this the tree asks each of the ~100 rows for its
    // size hint (text shaping of every title) to lay out the first frame.
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder); // keep the library's order until the user sorts
    m_tree->setAccessibleName(tr("Documents and programmes"));
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_document->setObjectName(QStringLiteral("documentView"));
    m_document->setAccessibleName(tr("Document text"));
    m_document->setOpenLinks(false);
    m_assess->setObjectName(QStringLiteral("assessButton"));
    m_assess->setEnabled(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Find:"), left);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_assess);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("browserSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_document);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &BrowserView::showCurrent);
    connect(m_assess, &QPushButton::clicked, this, [this] { emit assessRequested(currentSelection()); });
    connect(m_document, &QTextBrowser::anchorClicked, this, &BrowserView::openLink);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.parent().isValid()) emit assessRequested(currentSelection());
    });
}

void BrowserView::setLibrary(std::shared_ptr<const RuleLibrary> library) {
    m_library = std::move(library);
    m_model->setLibrary(m_library);
    m_tree->expandAll();
    // Widths from the font, not from measuring every row (resizeColumnToContents over ~100 rows
    // was a quarter of start-up). Long titles must not push 文号 and validity out of sight; the
    // tooltip has the full text.
    const QFontMetrics fm = m_tree->fontMetrics();
    const int cjk = fm.horizontalAdvance(QStringLiteral("中"));
    const int pad = 2 * fm.averageCharWidth() + m_tree->indentation();
    const int widths[ProgrammeTreeModel::ColumnCount] = {
        26 * cjk + pad,                                                         // title
        4 * cjk + pad,                                                          // region
        fm.horizontalAdvance(QStringLiteral("已于 2024-03-31 失效")) + 2 * pad, // validity
        fm.horizontalAdvance(QStringLiteral("桂工信规范〔2025〕2号")) + pad,    // 文号
        12 * cjk + pad,                                                         // issuer
        12 * cjk + pad,                                                         // applicant
    };
    for (int c = 0; c < ProgrammeTreeModel::ColumnCount; ++c)
        m_tree->setColumnWidth(c, qMax(widths[c], m_tree->header()->sectionSizeHint(c)));
    showCurrent();
}

void BrowserView::finishSetUp() {
    // Qt shows the clear button only once there is text, so the first frame looks the same
    // without it; making it reads Qt's clear icon, which in Qt 6.4 loads every image plugin.
    m_search->setClearButtonEnabled(true);
}

void BrowserView::setDate(const QDate &date) {
    m_model->setDate(date);
}

Selection BrowserView::currentSelection() const {
    const QModelIndex index = m_filter->mapToSource(m_tree->currentIndex());
    const RuleSet *rs = m_model->ruleSetAt(index);
    if (!rs) return {};
    Selection out;
    if (const Programme *p = m_model->programmeAt(index))
        out.append({rs->id, p->id, rs, p});
    else
        for (const Programme &p : rs->programmes)
            out.append({rs->id, p.id, rs, &p});
    return out;
}

bool BrowserView::selectRuleSet(const QString &ruleSetId, const QString &programmeId) {
    for (int i = 0; i < m_filter->rowCount(); ++i) {
        QModelIndex doc = m_filter->index(i, 0);
        if (doc.data(ProgrammeTreeModel::RuleSetIdRole).toString() != ruleSetId) continue;
        QModelIndex target = doc;
        for (int j = 0; !programmeId.isEmpty() && j < m_filter->rowCount(doc); ++j) {
            const QModelIndex p = m_filter->index(j, 0, doc);
            if (p.data(ProgrammeTreeModel::ProgrammeIdRole).toString() == programmeId) target = p;
        }
        m_tree->setCurrentIndex(target);
        m_tree->scrollTo(target);
        return true;
    }
    return false;
}

void BrowserView::openLink(const QUrl &url) {
    if (!m_library) return;
    if (const std::optional<SourceTarget> target = SourceLink::resolve(url, *m_library))
        SourceViewer::open(*target, this);
}

void BrowserView::showCurrent() {
    const QModelIndex index = m_filter->mapToSource(m_tree->currentIndex());
    const RuleSet *rs = m_model->ruleSetAt(index);
    m_assess->setEnabled(rs != nullptr);
    if (!rs) {
        m_document->setHtml(QStringLiteral("<p>%1</p>")
                                .arg(tr("Choose a document or programme on the left to read its criteria.")));
        return;
    }
    m_document->setHtml(documentHtml(*rs, m_lang));
    if (const Programme *p = m_model->programmeAt(index))
        m_document->scrollToAnchor(QStringLiteral("programme-") + p->id);
}

} // namespace eligicheck
