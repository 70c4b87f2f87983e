#include "resultview.h"

#include "assessmentsession.h"
#include "resultreport.h"
#include "sourceviewer.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace eligicheck {

ResultView::ResultView(AssessmentSession *session, Lang lang, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_lang(lang)
    , m_browser(new QTextBrowser(this))
    , m_copy(new QPushButton(tr("&Copy as text"), this)) {
    m_browser->setObjectName(QStringLiteral("resultBrowser"));
    m_browser->setAccessibleName(tr("Assessment result"));
    m_browser->setOpenLinks(false);
    m_copy->setObjectName(QStringLiteral("copyResultButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Result")), this));
    bar->addStretch();
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    connect(m_copy, &QPushButton::clicked, this, &ResultView::copyAsText);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const std::optional<SourceTarget> target = SourceLink::resolve(url, m_session->library()))
            SourceViewer::open(*target, this);
    });
    connect(m_session, &AssessmentSession::resultsChanged, this, &ResultView::markDirty);
}

QString ResultView::html() const {
    return ResultReport(m_session->results(), m_session->library().facts(), m_session->answers()->asOf(),
                        m_lang)
        .toHtml();
}

QString ResultView::plainText() const {
    return ResultReport(m_session->results(), m_session->library().facts(), m_session->answers()->asOf(),
                        m_lang)
        .toPlainText();
}

void ResultView::copyAsText() {
    QApplication::clipboard()->setText(plainText());
}

void ResultView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_dirty) render();
}

void ResultView::markDirty() {
    m_dirty = true;
    if (isVisible()) render();
}

void ResultView::render() {
    const int scroll = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setHtml(html());
    m_browser->verticalScrollBar()->setValue(scroll);
    m_dirty = false;
}

} // namespace eligicheck
