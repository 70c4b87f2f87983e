#pragma once

#include "assessment.h"
#include "templatebuilder.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace eligicheck {

class ProgrammeFilterModel;
class ProgrammeTreeModel;

// 文件 → 导出空白问卷表格…: which programmes the blank questionnaire spreadsheet asks about, as
// `eligicheck-cli template RULESET[/PROGRAMME]…` does: the documents and their programmes with
// check boxes (a document's box ticks all of its programmes), a search box, and a line that says
// how many programmes and question columns are ticked. The spreadsheet has one column per fact the
// ticked programmes read, so ticking fewer programmes asks the client fewer questions.
class TemplateDialog : public QDialog {
    Q_OBJECT
public:
    TemplateDialog(std::shared_ptr<const RuleLibrary> library, const Selection &ticked, const QDate &date,
                   Lang lang, QWidget *parent = nullptr);

    // What is ticked at first: the programmes chosen in step 1 of the questionnaire; when none
    // are, those that concern the firm as answered (its province/city and applicant type, in force
    // on `asOf`); when nothing of the firm is known either, every programme.
    static Selection initialSelection(const RuleLibrary &library, const Selection &chosen,
                                      const QHash<QString, Value> &answers, const QDate &asOf);

    QVector<ProgrammeRef> programmes() const;

    QTreeView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QLabel *summaryLabel() const { return m_summary; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateSummary();

    std::shared_ptr<const RuleLibrary> m_library;
    Lang m_lang;
    ProgrammeTreeModel *m_model;
    ProgrammeFilterModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace eligicheck
