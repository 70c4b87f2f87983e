#include "factinput.h"

#include "answermodel.h"
#include "answers.h"
#include "assessment.h"
#include "clauselabel.h"
#include "explanation.h"
#include "icons.h"
#include "sourceviewer.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace eligicheck {

namespace {

const QDate kNoDate(1900, 1, 1); // QDateEdit's "not answered" (shown with the special text)

bool endsWithDigit(const QString &s) {
    return !s.isEmpty() && s.back().isDigit();
}

} // namespace

// --- NumberEditor -------------------------------------------------------------------------

NumberEditor::NumberEditor(const FactDefinition &fact, QWidget *parent)
    : FactEditor(parent)
    , m_edit(new QLineEdit(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    m_edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    if (fact.unit == QStringLiteral("万元")) {
        // Money is stored in 万元; the selector only says what the typed number means.
        m_unit = new QComboBox(this);
        // The data is the unit the answer is written in; the text names it in the UI's language.
        for (const QString &u : {QStringLiteral("元"), QStringLiteral("万元"), QStringLiteral("亿元")})
            m_unit->addItem(unitName(u, uiLang()), u);
        m_unit->setCurrentIndex(1);
        m_unit->setAccessibleName(tr("Unit of %1").arg(fact.label.zh));
        layout->addWidget(m_unit);
        connect(m_unit, &QComboBox::currentIndexChanged, this, &FactEditor::edited);
    } else if (!fact.unit.isEmpty()) {
        auto *unit = new QLabel(unitName(fact.unit, uiLang()), this);
        unit->setBuddy(m_edit);
        layout->addWidget(unit);
    }
    connect(m_edit, &QLineEdit::textEdited, this, &FactEditor::edited);
}

QString NumberEditor::text() const {
    const QString t = m_edit->text().trimmed();
    // A unit typed into the field ("0.5亿元") wins over the selector.
    if (m_unit && endsWithDigit(t)) return t + m_unit->currentData().toString();
    return t;
}

void NumberEditor::showValue(const Value &value) {
    if (m_unit) {
        const QSignalBlocker block(m_unit);
        m_unit->setCurrentIndex(1);
    }
    m_edit->setText(value.kind() == Value::Num ? value.number().toString() : QString());
}

QWidget *NumberEditor::focusTarget() const {
    return m_edit;
}

// --- BoolEditor ---------------------------------------------------------------------------

BoolEditor::BoolEditor(QWidget *parent)
    : FactEditor(parent)
    , m_group(new QButtonGroup(this))
    , m_yes(new QRadioButton(tr("Yes"), this))
    , m_no(new QRadioButton(tr("No"), this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_yes);
    layout->addWidget(m_no);
    layout->addStretch();
    m_group->addButton(m_yes);
    m_group->addButton(m_no);
    connect(m_group, &QButtonGroup::buttonClicked, this, &FactEditor::edited);
}

QString BoolEditor::text() const {
    if (m_yes->isChecked()) return QStringLiteral("是");
    if (m_no->isChecked()) return QStringLiteral("否");
    return QString();
}

void BoolEditor::showValue(const Value &value) {
    // An exclusive group cannot show "nothing chosen"; lift exclusivity to clear it.
    m_group->setExclusive(false);
    m_yes->setChecked(value.kind() == Value::Bool && value.toBool());
    m_no->setChecked(value.kind() == Value::Bool && !value.toBool());
    m_group->setExclusive(true);
}

QWidget *BoolEditor::focusTarget() const {
    return m_yes;
}

// --- ChoiceEditor -------------------------------------------------------------------------

ChoiceEditor::ChoiceEditor(const FactDefinition &fact, Lang lang, QWidget *parent)
    : FactEditor(parent)
    , m_combo(new QComboBox(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    m_combo->addItem(tr("— not chosen —"), QString());
    for (const ChoiceOption &c : fact.choices)
        m_combo->addItem(c.label.get(lang), c.id);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &FactEditor::edited);
}

QString ChoiceEditor::text() const {
    return m_combo->currentData().toString();
}

void ChoiceEditor::showValue(const Value &value) {
    const QSignalBlocker block(m_combo);
    const int i = m_combo->findData(value.kind() == Value::Choice ? value.string() : QString());
    m_combo->setCurrentIndex(qMax(0, i));
}

QWidget *ChoiceEditor::focusTarget() const {
    return m_combo;
}

// --- DateEditor ---------------------------------------------------------------------------

DateEditor::DateEditor(QWidget *parent)
    : FactEditor(parent)
    , m_edit(new QDateEdit(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addStretch();
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(kNoDate);
    m_edit->setSpecialValueText(tr("not answered"));
    m_edit->setDate(kNoDate);
    connect(m_edit, &QDateEdit::dateChanged, this, &FactEditor::edited);
}

QString DateEditor::text() const {
    return m_edit->date() == kNoDate ? QString() : m_edit->date().toString(Qt::ISODate);
}

void DateEditor::showValue(const Value &value) {
    const QSignalBlocker block(m_edit);
    m_edit->setDate(value.kind() == Value::Date ? value.date() : kNoDate);
}

QWidget *DateEditor::focusTarget() const {
    return m_edit;
}

// --- TextEditor ---------------------------------------------------------------------------

TextEditor::TextEditor(QWidget *parent)
    : FactEditor(parent)
    , m_edit(new QLineEdit(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &FactEditor::edited);
}

QString TextEditor::text() const {
    return m_edit->text();
}
void TextEditor::showValue(const Value &value) {
    m_edit->setText(value.kind() == Value::Text ? value.string() : QString());
}
QWidget *TextEditor::focusTarget() const {
    return m_edit;
}

FactEditor *createFactEditor(const FactDefinition &fact, Lang lang, QWidget *parent) {
    switch (fact.type) {
    case FactType::Number:
    case FactType::Integer:
        return new NumberEditor(fact, parent);
    case FactType::Boolean:
        return new BoolEditor(parent);
    case FactType::Choice:
        return new ChoiceEditor(fact, lang, parent);
    case FactType::Date:
        return new DateEditor(parent);
    case FactType::Text:
        return new TextEditor(parent);
    }
    return new TextEditor(parent);
}

// --- QuestionWidget -----------------------------------------------------------------------

QuestionWidget::QuestionWidget(const Question &question, AnswerModel *answers, Lang lang, QWidget *parent)
    : QFrame(parent)
    , m_fact(*question.fact)
    , m_answers(answers)
    , m_lang(lang)
    , m_editor(createFactEditor(m_fact, lang, this))
    , m_dontKnow(new QCheckBox(tr("I don't know yet"), this))
    , m_normalised(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_relatedNote(new QLabel(this)) {
    setObjectName(QStringLiteral("question-") + m_fact.id);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);

    // The label comes from a rule file and may hold "&" ("R&D"): a label with a buddy reads "&"
    // as a mnemonic (it would show "RD"), so it is doubled.
    QString label = m_fact.label.get(lang);
    label.replace(u'&', QStringLiteral("&&"));
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()), this);
    title->setWordWrap(true);
    title->setBuddy(m_editor->focusTarget());
    layout->addWidget(title);
    m_relatedNote->setObjectName(QStringLiteral("relatedNote"));
    m_relatedNote->setTextFormat(Qt::PlainText);
    m_relatedNote->setWordWrap(true);
    m_relatedNote->setStyleSheet(QStringLiteral("color: %1").arg(statusColor(CriterionStatus::Info).name()));
    m_relatedNote->hide();
    layout->addWidget(m_relatedNote);
    if (question.gating) {
        auto *gate = new QLabel(tr("The answer decides which of the following questions apply."), this);
        gate->setWordWrap(true);
        layout->addWidget(gate);
    }

    auto *row = new QHBoxLayout;
    row->addWidget(m_editor, 1);
    row->addWidget(m_normalised);
    row->addWidget(m_dontKnow);
    layout->addLayout(row);

    m_errorLabel->setObjectName(QStringLiteral("error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1").arg(statusColor(CriterionStatus::Fail).name()));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    if (!m_fact.help.isEmpty()) {
        auto *help = new QLabel(m_fact.help.get(lang), this);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(help);
    }
    // Each clause is a link to its passage in the official text; the programme title follows
    // when the fact serves several clauses or the clause has no label.
    QStringList uses;
    QStringList seen;
    for (const FactUse &u : question.uses) {
        const QString clause = clauseLabel(u.clause, lang, u.clauseEn); // in the reader's language
        QString where =
            clause.isEmpty() ? u.label.get(lang) : QStringLiteral("%1 %2").arg(clause, u.label.get(lang));
        if (question.uses.size() > 1 || u.clause.isEmpty())
            where += (lang == Lang::Zh ? QStringLiteral("（%1）") : QStringLiteral(" (%1)"))
                         .arg(u.programme->title.get(lang));
        if (seen.contains(where)) continue;
        seen << where;
        if (u.clause.isEmpty() || u.quote.isEmpty()) {
            uses << where.toHtmlEscaped();
            continue;
        }
        const QString rest = where.mid(clause.size());
        uses << QStringLiteral("<a href=\"use:%1\">%2</a>%3")
                    .arg(QString::number(m_sources.size()), clause.toHtmlEscaped(), rest.toHtmlEscaped());
        m_sources.append(SourceTarget{u.ruleSet, u.clause, u.quote, u.source, u.clauseEn});
    }
    m_usedBy = new QLabel(tr("Used by: %1").arg(uses.join(QStringLiteral("; "))), this);
    m_usedBy->setObjectName(QStringLiteral("usedBy"));
    m_usedBy->setTextFormat(Qt::RichText);
    m_usedBy->setWordWrap(true);
    m_usedBy->setForegroundRole(QPalette::PlaceholderText);
    m_usedBy->setToolTip(tr("Click a clause to read it in the official text"));
    m_usedBy->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_usedBy, &QLabel::linkActivated, this, &QuestionWidget::openSource);
    layout->addWidget(m_usedBy);

    QWidget *input = m_editor->focusTarget();
    input->setAccessibleName(m_fact.label.get(lang));
    input->setAccessibleDescription(m_fact.help.get(lang));
    m_dontKnow->setAccessibleName(tr("I don't know yet: %1").arg(m_fact.label.get(lang)));

    connect(m_editor, &FactEditor::edited, this, &QuestionWidget::commit);
    connect(m_dontKnow, &QCheckBox::toggled, this, &QuestionWidget::setDontKnow);
    showModelValue();
}

void QuestionWidget::setRelatedNote(const QString &text) {
    if (m_relatedNote->text() == text && m_relatedNote->isHidden() == text.isEmpty()) return;
    m_relatedNote->setText(text);
    m_relatedNote->setHidden(text.isEmpty());
    // Read out with the field, as the help text is.
    const QString help = m_fact.help.get(m_lang);
    m_editor->focusTarget()->setAccessibleDescription(m_error.isEmpty()
                                                          ? (text.isEmpty()   ? help
                                                             : help.isEmpty() ? text
                                                                              : text + u' ' + help)
                                                          : m_error);
}

void QuestionWidget::openSource(const QString &link) {
    bool ok = false;
    const int index = link.startsWith(QLatin1String("use:")) ? link.mid(4).toInt(&ok) : -1;
    if (ok && index >= 0 && index < m_sources.size()) SourceViewer::open(m_sources[index], this);
}

void QuestionWidget::showModelValue() {
    const Value v = m_answers->value(m_fact.id);
    m_editor->showValue(v);
    setError(QString());
    showNormalised(v);
}

void QuestionWidget::focusEditor() {
    m_editor->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void QuestionWidget::commit() {
    if (m_dontKnow->isChecked()) return;
    QString error;
    const std::optional<Value> v = parseFactValue(m_fact, m_editor->text(), &error);
    setError(v ? QString() : error);
    // A refused text keeps the fact unknown: the verdict never rests on a value the user
    // has already changed.
    m_answers->setValue(m_fact.id, v.value_or(Value()));
    showNormalised(v.value_or(Value()));
}

void QuestionWidget::setDontKnow(bool dontKnow) {
    m_editor->setEnabled(!dontKnow);
    if (!dontKnow) {
        commit(); // the text kept in the field counts again
        return;
    }
    setError(QString());
    showNormalised(Value());
    m_answers->setValue(m_fact.id, Value());
}

void QuestionWidget::setError(const QString &error) {
    if (error == m_error) return;
    m_error = error;
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
    m_editor->focusTarget()->setAccessibleDescription(error.isEmpty() ? m_fact.help.get(m_lang) : error);
    emit validityChanged();
}

void QuestionWidget::showNormalised(const Value &value) {
    // Confirms the conversion the user relies on ("0.5 亿元" → "= 5,000万元").
    const bool show = value.kind() == Value::Num && m_fact.unit == QStringLiteral("万元");
    m_normalised->setText(show ? QStringLiteral("= %1").arg(formatFactValue(m_fact, value, m_lang))
                               : QString());
    m_normalised->setVisible(show);
}

} // namespace eligicheck
