#pragma once

#include <QWidget>
#include <functional>

namespace eligicheck {

// A tab page whose content is built the first time it is needed — when the page is shown or
// when code asks for content() — so that start-up builds only what the first frame shows.
class LazyPage : public QWidget {
    Q_OBJECT
public:
    // `build` makes the content as a child of the page it is given; it is called once.
    explicit LazyPage(std::function<QWidget *(QWidget *page)> build, QWidget *parent = nullptr);

    QWidget *content();

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<QWidget *(QWidget *page)> m_build;
    QWidget *m_content = nullptr;
};

} // namespace eligicheck
