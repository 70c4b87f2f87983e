#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStringListModel;

namespace eligicheck {

class AppSettings;

// Tools → Settings…: edits AppSettings (language, default database, default assessment date,
// rule sets added and extra rule folders, report font and paper). Nothing is written until OK; Cancel leaves
// the stored settings exactly as they were. The language applies at the next start (the dialog says so next
// to the choice); everything else applies when the dialog closes.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    // What changed with the last accept(), so the window can apply it.
    bool languageChanged() const { return m_languageChanged; }
    bool ruleFoldersChanged() const { return m_foldersChanged; }
    // Rule sets were added or removed (Rule folders): they are copied at once, OK or Cancel.
    bool ruleSetsChanged() const { return m_ruleSetsChanged; }

    // For tests and accessibility tools.
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *databaseEdit() const { return m_database; }
    QRadioButton *todayButton() const { return m_today; }
    QRadioButton *fixedDateButton() const { return m_fixed; }
    QDateEdit *fixedDateEdit() const { return m_fixedDate; }
    QStringListModel *ruleFolderModel() const { return m_folders; }
    QFontComboBox *fontBox() const { return m_font; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QComboBox *paperBox() const { return m_paper; }
    QListWidget *addedRuleSets() const { return m_ruleSets; }
    QLabel *ruleSetStatus() const { return m_ruleSetStatus; }

    // Checks a folder or .zip of rule files (lint, examples) and adds it to the user's rules
    // folder; anything failing is shown with file:line:column and nothing changes. What the
    // "Add folder…" and "Add .zip…" buttons do with the chosen path. True when added.
    bool addRuleSet(const QString &path);

    void accept() override;

private:
    QWidget *createGeneralPage();
    QWidget *createRulesPage();
    QWidget *createReportPage();
    void load();
    void save();
    void addRuleFolder();
    void removeRuleFolder();
    void removeRuleSet();
    void loadRuleSets();
    void chooseDatabase();

    AppSettings *m_settings;
    QComboBox *m_language;
    QLineEdit *m_database;
    QRadioButton *m_today;
    QRadioButton *m_fixed;
    QDateEdit *m_fixedDate;
    QStringListModel *m_folders;
    QListView *m_folderView;
    QPushButton *m_removeFolder;
    QListWidget *m_ruleSets;
    QPushButton *m_removeRuleSet;
    QLabel *m_ruleSetStatus;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QComboBox *m_paper;
    bool m_languageChanged = false;
    bool m_foldersChanged = false;
    bool m_ruleSetsChanged = false;
};

} // namespace eligicheck
