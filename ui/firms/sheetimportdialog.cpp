#include "sheetimportdialog.h"

#include "firmsheet.h"
#include "sheetloader.h"
#include "sheetpreviewmodel.h"
#include "xlsxreader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace eligicheck {

SheetImportDialog::SheetImportDialog(Database &db, const FactRegistry &facts, const QString &path,
                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_facts(facts)
    , m_path(path)
    , m_sheets(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_progress(new QProgressBar(this))
    , m_loader(new SheetLoader(facts, this)) {
    setObjectName(QStringLiteral("sheetImportDialog"));
    setWindowTitle(tr("Import firms from %1").arg(QFileInfo(path).fileName()));
    m_sheets->setObjectName(QStringLiteral("sheetChooser"));
    m_summary->setObjectName(QStringLiteral("sheetSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("sheetPreview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_progress->setObjectName(QStringLiteral("sheetProgress"));
    m_progress->setRange(0, 0); // busy: how far a reader is in a file is not known
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->addRow(tr("File:"), new QLabel(QDir::toNativeSeparators(path), this));
    auto *sheetLabel = new QLabel(tr("&Worksheet:"), this);
    sheetLabel->setBuddy(m_sheets);
    top->addRow(sheetLabel, m_sheets);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &SheetImportDialog::importRecords);
    connect(m_loader, &SheetLoader::finished, this, &SheetImportDialog::showLoaded);

    if (FirmSheet::isWorkbook(path)) {
        SheetError error;
        if (const std::optional<QStringList> names = XlsxReader::sheetNames(path, &error))
            m_sheets->addItems(*names);
    }
    sheetLabel->setVisible(m_sheets->count() > 1);
    m_sheets->setVisible(m_sheets->count() > 1);
    connect(m_sheets, &QComboBox::currentTextChanged, this, &SheetImportDialog::load);
    load(m_sheets->currentText());
    resize(960, 600);
}

SheetImportDialog::~SheetImportDialog() = default;

bool SheetImportDialog::isLoading() const {
    return m_loader->isRunning();
}

void SheetImportDialog::load(const QString &sheetName) {
    m_records.clear();
    m_import->setEnabled(false);
    m_summary->setText(tr("Reading and checking %1…").arg(QFileInfo(m_path).fileName()));
    m_progress->show();
    m_loader->start(m_path, sheetName);
}

void SheetImportDialog::showLoaded(const std::shared_ptr<const SheetLoad> &result) {
    m_progress->hide();
    Diagnostics problems = result->problems;
    if (result->records) {
        FirmExchange(m_db, m_facts).checkRecords(m_path, *result->records, &problems);
        if (!hasErrors(problems)) m_records = *result->records;
    }
    const Sheet &sheet = result->sheet ? *result->sheet : Sheet();
    SheetPreviewModel *old = m_preview;
    m_preview = new SheetPreviewModel(sheet, problems, this);
    m_table->setModel(m_preview);
    delete old;

    const int errors = int(std::count_if(problems.cbegin(), problems.cend(), [](const Diagnostic &d) {
        return d.severity == Diagnostic::Error;
    }));
    if (errors == 0) {
        m_summary->setText(
            tr("%n firm(s) ready to import. Firms already in the database (same credit code, else "
               "same name) get the sheet's values added; an empty cell changes nothing.",
               nullptr, int(m_records.size())));
    } else {
        QStringList first;
        for (const Diagnostic &d : problems)
            if (first.size() < 3) first << d.message; // cell problems name their row and column
        m_summary->setText(tr("%n problem(s) — nothing will be imported until they are fixed in the file. "
                              "Cells with a problem are red; point at one for the reason.",
                              nullptr, errors) +
                           QStringLiteral("\n") + first.join(QStringLiteral("\n")));
    }
    m_import->setEnabled(errors == 0 && !m_records.isEmpty());
    emit loaded();
}

void SheetImportDialog::importRecords() {
    const Result<int> n = FirmExchange(m_db, m_facts).import(m_records);
    if (!n.ok()) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(n.error().message));
        return;
    }
    m_imported = *n;
    accept();
}

} // namespace eligicheck
