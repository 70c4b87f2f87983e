#include "rulechangesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace eligicheck {

RuleChangesDialog::RuleChangesDialog(const QVector<RuleChange> &changes, const RuleLibrary &before,
                                     const RuleLibrary &after, const QStringList &affectedFirms,
                                     QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("ruleChanges"));
    setWindowTitle(tr("The rules in use have changed"));
    m_text->setObjectName(QStringLiteral("ruleChangesText"));
    QString html;
    QString current;
    for (const RuleChange &c : changes) {
        if (c.ruleSetId != current) {
            if (!current.isEmpty()) html += QStringLiteral("</ul>");
            current = c.ruleSetId;
            const RuleSet *rs = after.ruleSet(current) ? after.ruleSet(current) : before.ruleSet(current);
            QString heading = rs ? rs->title : current;
            if (rs && !rs->documentNumber.isEmpty()) heading += tr(" (%1)").arg(rs->documentNumber);
            html += QStringLiteral("<h4>%1</h4><ul>").arg(heading.toHtmlEscaped());
        }
        html += QStringLiteral("<li>%1</li>").arg(c.text.toHtmlEscaped());
    }
    if (!current.isEmpty()) html += QStringLiteral("</ul>");
    // Which version of a document is used when a folder brings its own.
    if (!after.overrides().isEmpty()) {
        html += QStringLiteral("<p>");
        for (const RuleOverride &o : after.overrides())
            html += o.text().toHtmlEscaped() + QStringLiteral("<br>");
        html += QStringLiteral("</p>");
    }
    m_text->setHtml(html);

    auto *firms = new QLabel(this);
    firms->setObjectName(QStringLiteral("affectedFirms"));
    firms->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    if (affectedFirms.isEmpty()) {
        firms->setText(tr("No stored firm has an assessment made with the previous rules."));
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        QStringList shown = affectedFirms.mid(0, 10);
        if (affectedFirms.size() > 10) shown << tr("…");
        firms->setText(tr("%n stored firm(s) have assessments made with the previous rules: %1. "
                          "Re-check them with the rules in use now?",
                          nullptr, int(affectedFirms.size()))
                           .arg(shown.join(tr(", ", "list of firm names"))));
        m_recheck = buttons->addButton(tr("&Re-check these firms"), QDialogButtonBox::AcceptRole);
        m_recheck->setObjectName(QStringLiteral("recheckAffected"));
        buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What changed, document by document:"), this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(firms);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
}

QString RuleChangesDialog::changesText() const {
    return m_text->toPlainText();
}

} // namespace eligicheck
