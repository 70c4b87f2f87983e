#include "lazypage.h"

#include <QVBoxLayout>

namespace eligicheck {

LazyPage::LazyPage(std::function<QWidget *(QWidget *page)> build, QWidget *parent)
    : QWidget(parent)
    , m_build(std::move(build)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::content() {
    if (!m_content && m_build) {
        // Moved out first: whatever the factory captured is released, and it runs only once.
        const auto build = std::move(m_build);
        m_build = nullptr;
        m_content = build(this);
        layout()->addWidget(m_content);
        // A child made while its parent is already visible (as in showEvent) is not shown by Qt.
        m_content->show();
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent *event) {
    content();
    QWidget::showEvent(event);
}

} // namespace eligicheck
