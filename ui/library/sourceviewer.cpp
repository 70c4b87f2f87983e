#include "sourceviewer.h"

#include "clauselabel.h"
#include "explanation.h"
#include "ruleset.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <memory>

namespace eligicheck {

namespace {

// A calm marker colour that prints well and keeps black text readable.
const QColor kHighlight(255, 236, 150);

QTextCursor spanCursor(QTextDocument *doc, const TextSpan &span) {
    QTextCursor c(doc);
    c.setPosition(int(span.start));
    c.setPosition(int(span.end()), QTextCursor::KeepAnchor);
    return c;
}

} // namespace

SourceViewer::SourceViewer(const SourceTarget &target, QWidget *parent)
    : QDialog(parent)
    , m_header(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_print(new QPushButton(tr("&Print…"), this)) {
    setObjectName(QStringLiteral("sourceViewer"));
    const RuleSet &rs = *target.ruleSet;
    setWindowTitle(tr("Official text — %1").arg(rs.title));
    resize(860, 720);

    // The passage's own file if it names one that exists, else the document's.
    QString error;
    const bool external = target.source == QLatin1String("external");
    std::optional<QString> text = SourceTexts::read(rs, external ? QString() : target.source, &error);
    QString body =
        text ? paragraphsForDisplay(text->replace(QStringLiteral("\r\n"), QStringLiteral("\n"))) : QString();
    if (text && !target.quote.isEmpty() && !external) m_span = QuoteLocator(body).find(target.quote);

    // The clause as the reader names it (Art. 7(3) in English); the text itself is the Chinese original.
    const QString clause = clauseLabel(target.clause, uiLang(), target.clauseEn);
    QString header = QStringLiteral("<b>%1</b>").arg(rs.title.toHtmlEscaped());
    QStringList meta;
    if (!rs.documentNumber.isEmpty()) meta << rs.documentNumber.toHtmlEscaped();
    if (!rs.issuers.isEmpty()) meta << rs.issuers.join(QStringLiteral("、")).toHtmlEscaped();
    if (!meta.isEmpty()) header += QStringLiteral("<br/>") + meta.join(QStringLiteral(" · "));
    if (!text)
        header += QStringLiteral("<br/>") + error.toHtmlEscaped();
    else if (external)
        header += QStringLiteral("<br/>") +
                  tr("%1 quotes another document; its text is not included.").arg(clause).toHtmlEscaped();
    else if (!target.quote.isEmpty() && m_span.isValid())
        header += QStringLiteral("<br/>") + tr("Highlighted: %1").arg(clause).toHtmlEscaped();
    else if (!target.quote.isEmpty())
        header += QStringLiteral("<br/>") + tr("The passage of %1 was not found in this text: “%2”")
                                                .arg(clause, target.quote)
                                                .toHtmlEscaped();
    m_header->setObjectName(QStringLiteral("sourceHeader"));
    m_header->setText(header);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setAccessibleName(tr("Official text"));
    m_text->setPlainText(body);
    m_text->document()->setDocumentMargin(12);
    // Extra selections, not the document's formats: find moves the text cursor, the passage
    // stays marked.
    if (m_span.isValid()) {
        QTextEdit::ExtraSelection marked;
        marked.cursor = spanCursor(m_text->document(), m_span);
        marked.format.setBackground(kHighlight);
        m_text->setExtraSelections({marked});
        QTextCursor start(m_text->document());
        start.setPosition(int(m_span.start));
        m_text->setTextCursor(start); // find continues from the passage
    }

    m_find->setObjectName(QStringLiteral("sourceFind"));
    m_find->setPlaceholderText(tr("Find in the text"));
    m_find->setAccessibleName(tr("Find in the text"));
    m_find->setClearButtonEnabled(true);
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    auto *previous = new QPushButton(tr("Pre&vious"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    previous->setObjectName(QStringLiteral("findPrevious"));
    next->setObjectName(QStringLiteral("findNext"));
    previous->setAutoDefault(false);
    next->setAutoDefault(false);
    m_print->setObjectName(QStringLiteral("sourcePrint"));
    m_print->setAutoDefault(false);
    m_print->setEnabled(text.has_value());
    m_status->setObjectName(QStringLiteral("findStatus"));

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(findLabel);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    layout->addLayout(findRow);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &SourceViewer::print);
    connect(next, &QPushButton::clicked, this, &SourceViewer::findNext);
    connect(previous, &QPushButton::clicked, this, &SourceViewer::findPrevious);
    connect(m_find, &QLineEdit::returnPressed, this, &SourceViewer::findNext);
    connect(m_find, &QLineEdit::textChanged, m_status, &QLabel::clear);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, &SourceViewer::focusFind);
    connect(new QShortcut(QKeySequence::FindNext, this), &QShortcut::activated, this,
            &SourceViewer::findNext);
    connect(new QShortcut(QKeySequence::FindPrevious, this), &QShortcut::activated, this,
            &SourceViewer::findPrevious);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, &SourceViewer::print);
}

SourceViewer *SourceViewer::open(const SourceTarget &target, QWidget *parent) {
    auto *viewer = new SourceViewer(target, parent);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    viewer->raise();
    viewer->activateWindow();
    return viewer;
}

QString SourceViewer::highlightedText() const {
    if (!m_span.isValid()) return QString();
    return m_text->toPlainText().mid(m_span.start, m_span.length);
}

bool SourceViewer::isHighlightVisible() const {
    if (!m_span.isValid()) return false;
    QTextCursor c(m_text->document());
    c.setPosition(int(m_span.start));
    return m_text->viewport()->rect().contains(m_text->cursorRect(c).center());
}

void SourceViewer::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    if (!m_scrolled) scrollToHighlight();
}

void SourceViewer::scrollToHighlight() {
    if (!m_span.isValid()) return;
    m_scrolled = true;
    // A quarter down the view: the passage with some of what leads to it above.
    QTextCursor c(m_text->document());
    c.setPosition(int(m_span.start));
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + m_text->cursorRect(c).top() - m_text->viewport()->height() / 4);
}

void SourceViewer::focusFind() {
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

bool SourceViewer::findNext() {
    return find(false);
}

bool SourceViewer::findPrevious() {
    return find(true);
}

bool SourceViewer::find(bool backward) {
    const QString needle = m_find->text();
    if (needle.isEmpty()) return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_text->find(needle, flags);
    if (!found) { // wrap around, as readers expect
        QTextCursor c = m_text->textCursor();
        c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(c);
        found = m_text->find(needle, flags);
    }
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool SourceViewer::printTo(QPrinter *printer) const {
    if (!printer) return false;
    std::unique_ptr<QTextDocument> doc(m_text->document()->clone());
    // A heading on paper, since the window title does not print.
    QTextCursor top(doc.get());
    top.insertText(windowTitle() + QStringLiteral("\n\n"));
    const int shift = int(windowTitle().size()) + 2;
    if (m_span.isValid()) {
        QTextCharFormat f;
        f.setBackground(kHighlight);
        spanCursor(doc.get(), {m_span.start + shift, m_span.length}).mergeCharFormat(f);
    }
    doc->print(printer);
    return true;
}

void SourceViewer::print() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the official text"));
    if (dialog.exec() == QDialog::Accepted) printTo(&printer);
}

} // namespace eligicheck
