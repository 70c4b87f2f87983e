#pragma once

#include "rulesetdiff.h"

#include <QDialog>
#include <QStringList>

class QPushButton;
class QTextBrowser;

namespace eligicheck {

// Shown when the rules in use change (a rule set added or removed in Settings, a rule folder
// loaded): what changed, document by document, in clause words (RuleSetDiff, as
// `eligicheck-cli diff`), which rule sets of folders met a built-in one and which is used, and
// the stored firms whose assessments were made with the previous rules, with an offer to re-check
// them. Accepted (the re-check button) means: re-check those firms.
class RuleChangesDialog : public QDialog {
    Q_OBJECT
public:
    RuleChangesDialog(const QVector<RuleChange> &changes, const RuleLibrary &before, const RuleLibrary &after,
                      const QStringList &affectedFirms, QWidget *parent = nullptr);

    QString changesText() const;                             // what the text pane shows, as plain text
    QPushButton *recheckButton() const { return m_recheck; } // null when no firm is affected

private:
    QTextBrowser *m_text;
    QPushButton *m_recheck = nullptr;
};

} // namespace eligicheck
