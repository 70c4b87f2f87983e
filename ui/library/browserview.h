#pragma once

#include "assessment.h"

#include <QWidget>
#include <memory>

class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeView;
class QUrl;

namespace eligicheck {

class ProgrammeFilterModel;
class ProgrammeTreeModel;

// The programme browser: searchable tree of documents and programmes beside the selected
// document's full text of criteria.
class BrowserView : public QWidget {
    Q_OBJECT
public:
    explicit BrowserView(Lang lang, QWidget *parent = nullptr);

    void setLibrary(std::shared_ptr<const RuleLibrary> library);
    void setDate(const QDate &date);
    // What the first frame does not need, set up once it is painted (MainWindow::deferredStartup).
    void finishSetUp();
    // The programmes under the current row (one programme, or all of a document).
    Selection currentSelection() const;
    bool selectRuleSet(const QString &ruleSetId, const QString &programmeId = QString());

    QLineEdit *searchBox() const { return m_search; }
    QTreeView *tree() const { return m_tree; }
    QTextBrowser *documentView() const { return m_document; }
    ProgrammeFilterModel *filterModel() const { return m_filter; }

signals:
    void assessRequested(const Selection &selection);

private:
    void showCurrent();
    void openLink(const QUrl &url); // "查看原文" links open the source viewer

    Lang m_lang;
    std::shared_ptr<const RuleLibrary> m_library;
    ProgrammeTreeModel *m_model;
    ProgrammeFilterModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QTextBrowser *m_document;
    QPushButton *m_assess;
};

} // namespace eligicheck
