#pragma once

#include "sourcelink.h"

#include "facts.h"
#include "value.h"

#include <QFrame>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace eligicheck {

class AnswerModel;
struct Question;

// An input for one fact type. Every editor hands back the text the user means ("0.5亿元",
// "是", "2025-06-01", a choice id), so validation is always the core's parseFactValue().
class FactEditor : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString text() const = 0;
    virtual void showValue(const Value &value) = 0; // never emits edited()
    virtual QWidget *focusTarget() const = 0;

signals:
    void edited();
};

class NumberEditor : public FactEditor {
    Q_OBJECT
public:
    NumberEditor(const FactDefinition &fact, QWidget *parent = nullptr);
    QString text() const override;
    void showValue(const Value &value) override;
    QWidget *focusTarget() const override;
    QLineEdit *lineEdit() const { return m_edit; }
    QComboBox *unitSelector() const { return m_unit; } // money only, else nullptr

private:
    QLineEdit *m_edit;
    QComboBox *m_unit = nullptr;
};

class BoolEditor : public FactEditor {
    Q_OBJECT
public:
    explicit BoolEditor(QWidget *parent = nullptr);
    QString text() const override;
    void showValue(const Value &value) override;
    QWidget *focusTarget() const override;
    QRadioButton *yesButton() const { return m_yes; }
    QRadioButton *noButton() const { return m_no; }

private:
    QButtonGroup *m_group;
    QRadioButton *m_yes;
    QRadioButton *m_no;
};

class ChoiceEditor : public FactEditor {
    Q_OBJECT
public:
    ChoiceEditor(const FactDefinition &fact, Lang lang, QWidget *parent = nullptr);
    QString text() const override;
    void showValue(const Value &value) override;
    QWidget *focusTarget() const override;
    QComboBox *comboBox() const { return m_combo; }

private:
    QComboBox *m_combo;
};

class DateEditor : public FactEditor {
    Q_OBJECT
public:
    explicit DateEditor(QWidget *parent = nullptr);
    QString text() const override;
    void showValue(const Value &value) override;
    QWidget *focusTarget() const override;
    QDateEdit *dateEdit() const { return m_edit; }

private:
    QDateEdit *m_edit;
};

class TextEditor : public FactEditor {
    Q_OBJECT
public:
    explicit TextEditor(QWidget *parent = nullptr);
    QString text() const override;
    void showValue(const Value &value) override;
    QWidget *focusTarget() const override;

private:
    QLineEdit *m_edit;
};

FactEditor *createFactEditor(const FactDefinition &fact, Lang lang, QWidget *parent);

// One question of the questionnaire: label, input, "I don't know yet", help text, the clauses
// that use the fact and the validation message. Valid input goes straight into the
// AnswerModel; refused input stays visible in the field with the reason and the fact counts
// as unknown until it is corrected.
class QuestionWidget : public QFrame {
    Q_OBJECT
public:
    QuestionWidget(const Question &question, AnswerModel *answers, Lang lang, QWidget *parent = nullptr);

    QString factId() const { return m_fact.id; }
    const FactDefinition &fact() const { return m_fact; }
    FactEditor *editor() const { return m_editor; }
    QCheckBox *dontKnowBox() const { return m_dontKnow; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    QLabel *errorLabel() const { return m_errorLabel; }
    // "用于：第七条第(一)项 …": each clause label links to its official text (查看原文).
    QLabel *usedByLabel() const { return m_usedBy; }
    // Under the later of two near-duplicate questions (FactDefinition::related): why they
    // differ. An empty text hides it.
    QLabel *relatedNoteLabel() const { return m_relatedNote; }
    void setRelatedNote(const QString &text);
    // Shows the model's value (after Open answers… or New assessment).
    void showModelValue();
    void focusEditor();

signals:
    void validityChanged();

private:
    void commit();
    void setDontKnow(bool dontKnow);
    void setError(const QString &error);
    void showNormalised(const Value &value);
    void openSource(const QString &link);

    const FactDefinition &m_fact;
    AnswerModel *m_answers;
    Lang m_lang;
    FactEditor *m_editor;
    QCheckBox *m_dontKnow;
    QLabel *m_normalised;
    QLabel *m_errorLabel;
    QLabel *m_usedBy = nullptr;
    QLabel *m_relatedNote;
    QVector<SourceTarget> m_sources; // link "use:N" opens m_sources[N]
    QString m_error;
};

} // namespace eligicheck
