#pragma once

#include "firmexchange.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace eligicheck {

class Database;
class FactRegistry;
class SheetPreviewModel;
class SheetLoader;
struct SheetLoad;

// 文件 → 导入企业表格: a client spreadsheet (.xlsx or .csv) shown as it will be imported before
// anything is written — every row, every problem at its cell — with the choice of worksheet.
// Import stays disabled while any cell is wrong; then all rows go in one transaction. The file is
// read and checked off the GUI thread (SheetLoader) under a busy progress bar, so a large file
// does not freeze the window; then the checks against the database run here.
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
    QProgressBar *progressBar() const { return m_progress; }
    // True while the file is being read and checked (the preview is not there yet).
    bool isLoading() const;

signals:
    // The preview of the newest read is shown.
    void loaded();

private:
    void load(const QString &sheetName);
    void showLoaded(const std::shared_ptr<const SheetLoad> &result);
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
    QProgressBar *m_progress;
    SheetLoader *m_loader;
    int m_imported = 0;
};

} // namespace eligicheck
