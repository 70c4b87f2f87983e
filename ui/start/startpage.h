#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace eligicheck {

// Where the app opens: the client firms, most recently assessed first, with a search box;
// "New firm…"; and a quick check that is clearly not stored. A view only: what a choice does
// is up to whoever listens to its signals.
class StartPage : public QWidget {
    Q_OBJECT
public:
    // `firms` is a FirmTableModel (its FirmIdRole names the firm of a row).
    explicit StartPage(QAbstractItemModel *firms, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QTableView *list() const { return m_list; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *newFirmButton() const { return m_newFirm; }
    QPushButton *quickCheckButton() const { return m_quickCheck; }
    QLabel *emptyHint() const { return m_empty; }

public slots:
    // What can wait until the first frame is on screen.
    void finishSetUp();

signals:
    void firmChosen(qint64 firmId);
    void newFirmRequested();
    void quickCheckRequested();

private:
    void openCurrent();
    void updateState();

    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_list;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_newFirm;
    QPushButton *m_quickCheck;
};

} // namespace eligicheck
