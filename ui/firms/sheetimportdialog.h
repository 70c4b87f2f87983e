#pragma once

#include "firmexchange.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace eligicheck {

class Database;
class FactRegistry;
class SheetPreviewModel;

// 文件 → 导入企业表格: a client spreadsheet (.xlsx or .csv) shown as it will be imported before
// anything is written — every row, every problem at its cell — with the choice of worksheet.
// Import stays disabled while any cell is wrong; then all rows go in one transaction.
class SheetImportDialog : public QDialog {
    Q_OBJECT
public:
    SheetImportDialog(Database &db, const FactRegistry &facts, const QString &path,
                      QWidget *parent = nullptr);
    ~SheetImportDialog() override;

    int importedCount() const { return m_imported; }
    SheetPreviewModel *preview() const { return m_preview; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_summary; }
    QComboBox *sheetChooser() const { return m_sheets; }

private:
    void load(const QString &sheetName);
    void importRecords();

    Database &m_db;
    const FactRegistry &m_facts;
    QString m_path;
    QVector<FirmRecord> m_records;
    SheetPreviewModel *m_preview = nullptr;
    QComboBox *m_sheets;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_import;
    int m_imported = 0;
};

} // namespace eligicheck
