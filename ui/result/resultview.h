#pragma once

#include "text.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace eligicheck {

class AssessmentSession;

// The assessment result as a readable document (ResultReport), kept up to date with the
// answers. Rendering is deferred while the view is hidden so typing stays instant.
class ResultView : public QWidget {
    Q_OBJECT
public:
    ResultView(AssessmentSession *session, Lang lang, QWidget *parent = nullptr);

    QString html() const;      // what is shown (input of printing and export)
    QString plainText() const; // what "Copy as text" copies
    QTextBrowser *browser() const { return m_browser; }
    QPushButton *copyButton() const { return m_copy; }

public slots:
    void copyAsText();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markDirty();
    void render();

    AssessmentSession *m_session;
    Lang m_lang;
    QTextBrowser *m_browser;
    QPushButton *m_copy;
    bool m_dirty = true;
};

} // namespace eligicheck
