#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QSplitter;
class QTableView;

namespace eligicheck {

class FirmTableModel;
class FirmView;

// The Firms tab: the firm list (FirmTableModel: last verdicts, a mark for assessments made
// with rules that changed since) with a search box, and the selected firm opened beside it.
// While no database is open it says so and offers to open one.
class FirmListView : public QWidget {
    Q_OBJECT
public:
    FirmListView(FirmTableModel *firms, FirmView *detail, QWidget *parent = nullptr);

    // Shows the list (true) or the "no database" page with `reason`.
    void setDatabaseOpen(bool open, const QString &reason = QString());
    bool selectFirm(qint64 firmId);

    QLineEdit *searchBox() const { return m_search; }
    QTableView *list() const { return m_list; }
    FirmView *detail() const { return m_detail; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *reportsButton() const { return m_reports; }
    // The firms the list shows now (all of them, or those the search matches), in its order.
    QVector<qint64> listedFirmIds() const;
    // The firm of the current row (0: none).
    qint64 currentFirmId() const;
    // After a delete: offers "Undo" naming the firm, until the next change of the list.
    void offerUndo(const QString &firmName);
    void hideUndo();
    QPushButton *openDatabaseButton() const { return m_openDb; }
    QPushButton *exportResultsButton() const { return m_exportResults; }
    QLabel *noDatabaseLabel() const { return m_noDb; }

signals:
    void addFirmRequested();
    void editFirmRequested(qint64 firmId);
    void deleteFirmRequested(qint64 firmId);
    void assessFirmRequested(qint64 firmId);
    void undoDeleteRequested();
    void recycleBinRequested();
    void openDatabaseRequested();
    void exportResultsRequested(); // every firm against every programme, as a workbook
    // 为所有企业生成报告…: one report per firm listed.
    void reportsRequested(const QVector<qint64> &firmIds);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onCurrentChanged();
    // Gives the client list the width its columns need (the firm pane keeps at least 3/8),
    // until the user drags the splitter.
    void fitListToContent();
    void showContextMenu(const QPoint &pos);

    FirmTableModel *m_firms;
    FirmView *m_detail;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QTableView *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_undo;
    QPushButton *m_bin;
    QPushButton *m_reports;
    QLabel *m_noDb;
    QPushButton *m_openDb;
    QPushButton *m_exportResults;
    QSplitter *m_splitter = nullptr;
    bool m_userSized = false; // the user dragged the splitter: keep the widths chosen
};

} // namespace eligicheck
