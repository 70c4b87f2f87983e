#pragma once

#include "sourcelink.h"
#include "sourcetext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTextBrowser;

namespace eligicheck {

// "查看原文": the whole official text of a document with the quoted passage highlighted and
// scrolled into view, a find bar (Ctrl+F, F3) and printing. It copies what it shows, so it stays
// valid when the rules are reloaded behind it.
class SourceViewer : public QDialog {
    Q_OBJECT
public:
    SourceViewer(const SourceTarget &target, QWidget *parent = nullptr);

    // Shows a viewer that deletes itself when closed (non-modal: the user can keep reading
    // the text beside the questionnaire).
    static SourceViewer *open(const SourceTarget &target, QWidget *parent);

    QTextBrowser *textView() const { return m_text; }
    QLineEdit *findBox() const { return m_find; }
    QLabel *statusLabel() const { return m_status; }
    QString highlightedText() const;       // the passage shown highlighted; empty if none
    bool isHighlightVisible() const;       // the start of that passage is inside the viewport
    bool printTo(QPrinter *printer) const; // the text, with the passage highlighted

public slots:
    bool findNext();
    bool findPrevious();
    void print(); // asks for a printer

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool find(bool backward);
    void scrollToHighlight();
    void focusFind();

    TextSpan m_span;
    bool m_scrolled = false;
    QLabel *m_header;
    QTextBrowser *m_text;
    QLineEdit *m_find;
    QLabel *m_status;
    QPushButton *m_print;
};

} // namespace eligicheck
