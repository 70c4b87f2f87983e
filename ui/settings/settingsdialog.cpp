#include "settingsdialog.h"

#include "appsettings.h"
#include "ruleinstaller.h"
#include "uilanguage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace eligicheck {

namespace {

QString paperName(const QString &key) {
    // Paper names as printed on the packet; "Letter" and "Legal" are US sizes.
    if (key == QLatin1String("Letter")) return SettingsDialog::tr("US Letter");
    if (key == QLatin1String("Legal")) return SettingsDialog::tr("US Legal");
    return key;
}

QLabel *noteLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_database(new QLineEdit(this))
    , m_today(new QRadioButton(tr("&Today"), this))
    , m_fixed(new QRadioButton(tr("&Fixed date:"), this))
    , m_fixedDate(new QDateEdit(this))
    , m_folders(new QStringListModel(this))
    , m_folderView(new QListView(this))
    , m_removeFolder(new QPushButton(tr("&Remove"), this))
    , m_ruleSets(new QListWidget(this))
    , m_removeRuleSet(new QPushButton(tr("Re&move"), this))
    , m_ruleSetStatus(new QLabel(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_paper(new QComboBox(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createGeneralPage(), tr("General"));
    tabs->addTab(createRulesPage(), tr("Rule folders"));
    tabs->addTab(createReportPage(), tr("Reports"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    load();
    // Its full size hint: a window is otherwise opened at most 2/3 of the screen high, which
    // squeezed the General page's notes on a 1366×768 screen.
    resize(sizeHint());
}

QWidget *SettingsDialog::createGeneralPage() {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(
        tr("Follow the system (%1)").arg(UiLanguage::nativeName(UiLanguage::forSystemLocale())), QString());
    for (const QString &name : UiLanguage::available())
        m_language->addItem(UiLanguage::nativeName(name), name);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), noteLabel(tr("A new language takes effect the next time EligiCheck starts. "
                                         "Results and reports use the same language."),
                                      page));

    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("Standard location (one database per user)"));
    m_database->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    auto *dbRow = new QHBoxLayout;
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(browse);
    form->addRow(tr("&Database:"), dbRow);
    // A row of several widgets has no buddy of its own: without one the label would show its
    // "&" literally ("数据库(&D)") instead of underlining the key.
    static_cast<QLabel *>(form->labelForField(dbRow))->setBuddy(m_database);
    form->addRow(QString(),
                 noteLabel(tr("An SQLite file, or a postgresql://user@host/database address shared "
                              "by a team. The --db option overrides it."),
                           page));

    m_today->setObjectName(QStringLiteral("asOfToday"));
    m_fixed->setObjectName(QStringLiteral("asOfFixed"));
    m_fixedDate->setObjectName(QStringLiteral("asOfFixedDate"));
    m_fixedDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_fixedDate->setCalendarPopup(true);
    m_fixedDate->setAccessibleName(tr("Fixed assessment date"));
    auto *group = new QButtonGroup(page);
    group->addButton(m_today);
    group->addButton(m_fixed);
    connect(m_fixed, &QRadioButton::toggled, m_fixedDate, &QDateEdit::setEnabled);
    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_today);
    asOfRow->addWidget(m_fixed);
    asOfRow->addWidget(m_fixedDate);
    asOfRow->addStretch();
    // Alt+D is the database's; N is free on this page.
    form->addRow(tr("&New assessments are dated:"), asOfRow);
    static_cast<QLabel *>(form->labelForField(asOfRow))->setBuddy(m_today);
    form->addRow(QString(),
                 noteLabel(tr("The date the programmes are checked against (validity and "
                              "deadlines). A fixed date helps to re-check last year's application."),
                           page));
    return page;
}

QWidget *SettingsDialog::createRulesPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    // Rule sets added apart from program updates: checked, then copied into the user's folder.
    m_ruleSets->setObjectName(QStringLiteral("addedRuleSets"));
    m_ruleSets->setAccessibleName(tr("Rule sets added"));
    auto *addSetFolder = new QPushButton(tr("Add f&older…"), page);
    addSetFolder->setObjectName(QStringLiteral("addRuleSetFolder"));
    auto *addSetZip = new QPushButton(tr("Add .&zip…"), page);
    addSetZip->setObjectName(QStringLiteral("addRuleSetZip"));
    m_removeRuleSet->setObjectName(QStringLiteral("removeRuleSet"));
    m_removeRuleSet->setEnabled(false);
    connect(addSetFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add rule sets from a folder"));
        if (!dir.isEmpty()) addRuleSet(dir);
    });
    connect(addSetZip, &QPushButton::clicked, this, [this] {
        const QString zip = QFileDialog::getOpenFileName(this, tr("Add rule sets from a .zip"), QString(),
                                                         tr("Zip archives (*.zip)"));
        if (!zip.isEmpty()) addRuleSet(zip);
    });
    connect(m_removeRuleSet, &QPushButton::clicked, this, &SettingsDialog::removeRuleSet);
    connect(m_ruleSets, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeRuleSet->setEnabled(!m_ruleSets->selectedItems().isEmpty()); });
    auto *setButtons = new QVBoxLayout;
    setButtons->addWidget(addSetFolder);
    setButtons->addWidget(addSetZip);
    setButtons->addWidget(m_removeRuleSet);
    setButtons->addStretch();
    auto *setRow = new QHBoxLayout;
    setRow->addWidget(m_ruleSets, 1);
    setRow->addLayout(setButtons);
    auto *setTitle = new QLabel(
        tr("Rule &sets added to the built-in ones, for revised or new policies. Every file is checked "
           "first (errors and the examples); a rule set with the id of a built-in one replaces it only "
           "when its verified_on is later."),
        page);
    setTitle->setWordWrap(true);
    setTitle->setBuddy(m_ruleSets);
    m_ruleSetStatus->setObjectName(QStringLiteral("ruleSetStatus"));
    m_ruleSetStatus->setWordWrap(true);
    m_ruleSetStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(setTitle);
    layout->addLayout(setRow, 1);
    layout->addWidget(m_ruleSetStatus);

    // Folders loaded where they are (not copied), e.g. a team's shared folder.
    m_folderView->setObjectName(QStringLiteral("ruleFolders"));
    m_folderView->setModel(m_folders);
    m_folderView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_folderView->setAccessibleName(tr("Extra rule folders"));
    auto *add = new QPushButton(tr("&Add folder…"), page);
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addRuleFolder);
    connect(m_removeFolder, &QPushButton::clicked, this, &SettingsDialog::removeRuleFolder);
    connect(m_folderView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeFolder->setEnabled(m_folderView->selectionModel()->hasSelection()); });
    m_removeFolder->setEnabled(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeFolder);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_folderView, 1);
    row->addLayout(buttons);
    auto *title =
        new QLabel(tr("Rule sets in these &folders are loaded at every start, besides the built-in "
                      "ones. A file with errors is listed under Problems and never stops the rest."),
                   page);
    title->setWordWrap(true);
    title->setBuddy(m_folderView);
    layout->addWidget(title);
    layout->addLayout(row, 1);
    loadRuleSets();
    return page;
}

void SettingsDialog::loadRuleSets() {
    m_ruleSets->clear();
    for (const RuleInstaller::Installed &i : RuleInstaller(RuleInstaller::userFolder()).installed()) {
        const QString verified =
            i.verifiedOn.isValid() ? i.verifiedOn.toString(Qt::ISODate) : QStringLiteral("—");
        QString text = tr("%1 — verified %2").arg(i.title, verified);
        if (!i.inUse) text += tr(" (not used: the built-in version is as recent or newer)");
        auto *item = new QListWidgetItem(text, m_ruleSets);
        item->setData(Qt::UserRole, i.ruleSetId);
        item->setToolTip(QDir::toNativeSeparators(i.file));
    }
    m_removeRuleSet->setEnabled(false);
}

bool SettingsDialog::addRuleSet(const QString &path) {
    RuleInstaller installer(RuleInstaller::userFolder(), m_folders->stringList());
    const RuleInstaller::Outcome result = installer.add(path, UiLanguage::langOf(UiLanguage::current()));
    if (!result.problems.isEmpty() || !result.ok) {
        QStringList lines;
        for (const Diagnostic &d : result.problems)
            lines << d.toString();
        QMessageBox box(QMessageBox::Warning, tr("Rule set not added"), QString(), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("ruleSetRefused"));
        if (!result.problems.isEmpty()) {
            box.setText(tr("%1 was not added: %n problem(s) must be fixed first. Nothing was changed.",
                           nullptr, int(result.problems.size()))
                            .arg(QDir::toNativeSeparators(path)));
            box.setInformativeText(lines.mid(0, 12).join(u'\n') +
                                   (lines.size() > 12 ? QStringLiteral("\n…") : QString()));
            box.setDetailedText(lines.join(u'\n'));
        } else {
            box.setText(tr("%1 was not added. Nothing was changed.").arg(QDir::toNativeSeparators(path)));
            box.setInformativeText(result.message);
        }
        box.exec();
        return false;
    }
    QStringList lines;
    for (const RuleInstaller::SetChange &c : result.sets)
        lines << c.text();
    m_ruleSetStatus->setText(lines.join(u'\n'));
    m_ruleSetsChanged = m_ruleSetsChanged || result.changed();
    loadRuleSets();
    return true;
}

void SettingsDialog::removeRuleSet() {
    const QList<QListWidgetItem *> items = m_ruleSets->selectedItems();
    if (items.isEmpty()) return;
    const RuleInstaller::Outcome result =
        RuleInstaller(RuleInstaller::userFolder(), m_folders->stringList())
            .remove(items.first()->data(Qt::UserRole).toString(), UiLanguage::langOf(UiLanguage::current()));
    if (!result.ok) {
        QMessageBox::warning(this, tr("Rule set not removed"), result.message);
        return;
    }
    QStringList lines;
    for (const RuleInstaller::SetChange &c : result.sets)
        lines << c.text();
    m_ruleSetStatus->setText(lines.join(u'\n'));
    m_ruleSetsChanged = m_ruleSetsChanged || result.changed();
    loadRuleSets();
}

QWidget *SettingsDialog::createReportPage() {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_font->setObjectName(QStringLiteral("reportFont"));
    m_fontSize->setObjectName(QStringLiteral("reportFontSize"));
    m_fontSize->setRange(AppSettings::Defaults::minReportFontPointSize,
                         AppSettings::Defaults::maxReportFontPointSize);
    //: Font size unit: typographic points
    m_fontSize->setSuffix(tr(" pt"));
    m_paper->setObjectName(QStringLiteral("paperSize"));
    for (const QString &key : AppSettings::paperSizes())
        m_paper->addItem(paperName(key), key);
    form->addRow(tr("Report &font:"), m_font);
    form->addRow(tr("Font &size:"), m_fontSize);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), noteLabel(tr("Used when reports are printed or exported."), page));
    return page;
}

void SettingsDialog::load() {
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    m_database->setText(m_settings->databasePath());
    const bool fixed = m_settings->asOfMode() == AppSettings::AsOfMode::FixedDate;
    (fixed ? m_fixed : m_today)->setChecked(true);
    m_fixedDate->setDate(fixed ? m_settings->fixedAsOf() : QDate::currentDate());
    m_fixedDate->setEnabled(fixed);
    m_folders->setStringList(m_settings->ruleFolders());
    const QString family = m_settings->reportFontFamily();
    if (!family.isEmpty()) m_font->setCurrentFont(QFont(family));
    m_fontSize->setValue(m_settings->reportFontPointSize());
    const QString paper = m_settings->paperSize();
    if (m_paper->findData(paper) < 0) m_paper->addItem(paperName(paper), paper); // from Page Setup…
    m_paper->setCurrentIndex(m_paper->findData(paper));
}

void SettingsDialog::save() {
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_settings->language();
    m_foldersChanged = m_folders->stringList() != m_settings->ruleFolders();
    m_settings->setLanguage(language);
    m_settings->setDatabasePath(m_database->text());
    m_settings->setAsOfMode(m_fixed->isChecked() ? AppSettings::AsOfMode::FixedDate
                                                 : AppSettings::AsOfMode::Today);
    if (m_fixed->isChecked()) m_settings->setFixedAsOf(m_fixedDate->date());
    m_settings->setRuleFolders(m_folders->stringList());
    m_settings->setReportFontFamily(m_font->currentFont().family());
    m_settings->setReportFontPointSize(m_fontSize->value());
    m_settings->setPaperSize(m_paper->currentData().toString());
}

void SettingsDialog::accept() {
    save();
    QDialog::accept();
}

void SettingsDialog::addRuleFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add rule folder"));
    if (dir.isEmpty()) return;
    QStringList folders = m_folders->stringList();
    const QString clean = QDir::cleanPath(dir);
    if (!folders.contains(clean)) m_folders->setStringList(folders << clean);
}

void SettingsDialog::removeRuleFolder() {
    const QModelIndexList rows = m_folderView->selectionModel()->selectedRows();
    if (!rows.isEmpty()) m_folders->removeRows(rows.first().row(), 1);
}

void SettingsDialog::chooseDatabase() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Choose database"), m_database->text(),
                                                      tr("EligiCheck database (*.db);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) m_database->setText(QDir::toNativeSeparators(path));
}

} // namespace eligicheck
