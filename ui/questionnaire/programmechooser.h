#pragma once

#include "assessment.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeView;

namespace eligicheck {

class AnswerModel;
class ProgrammeFilterModel;
class ProgrammeTreeModel;

// First page of a new assessment: tick programmes (or "match me against everything") and
// choose the assessment date.
class ProgrammeChooser : public QWidget {
    Q_OBJECT
public:
    ProgrammeChooser(AnswerModel *answers, Lang lang, QWidget *parent = nullptr);

    void setLibrary(std::shared_ptr<const RuleLibrary> library);
    Selection checkedProgrammes() const;
    void setCheckedProgrammes(const Selection &selection);
    bool matchAll() const;
    void setMatchAll(bool all);
    void showError(const QString &message);

    QTreeView *view() const { return m_view; }
    QCheckBox *matchAllBox() const { return m_matchAll; }
    QLineEdit *searchBox() const { return m_search; }
    // 显示全部: also the programmes of other regions, other applicant types, not in force.
    QCheckBox *showAllBox() const { return m_showAll; }
    QLabel *relevanceLabel() const { return m_relevanceLabel; }

private:
    // The firm's province/city/applicant type (its answers) narrow the list (issue 17 item 5).
    void updateRelevance();

    AnswerModel *m_answers;
    ProgrammeTreeModel *m_model;
    ProgrammeFilterModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_view;
    QCheckBox *m_matchAll;
    QCheckBox *m_showAll;
    QLabel *m_relevanceLabel;
    std::shared_ptr<const RuleLibrary> m_library;
    Lang m_lang;
    QDateEdit *m_date;
    QLabel *m_error;
};

} // namespace eligicheck
