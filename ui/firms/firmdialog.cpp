#include "firmdialog.h"

#include "relevance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace eligicheck {

namespace {

QString choiceOf(const QHash<QString, Value> &answers, const QString &id) {
    const Value v = answers.value(id);
    return v.kind() == Value::Choice ? v.string() : QString();
}

// "—" (not answered) and the fact's choices, by label in the user's language.
QComboBox *choiceBox(const FactDefinition *fact, Lang lang, const QString &current, QWidget *parent) {
    auto *box = new QComboBox(parent);
    box->addItem(FirmDialog::tr("— not given —"), QString());
    if (fact)
        for (const ChoiceOption &c : fact->choices)
            box->addItem(c.label.get(lang), c.id);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

FirmDialog::FirmDialog(const Firm &firm, const FactRegistry *facts, const QHash<QString, Value> &answers,
                       Lang lang, QWidget *parent)
    : QDialog(parent)
    , m_firm(firm)
    , m_facts(facts)
    , m_answers(answers)
    , m_lang(lang)
    , m_name(new QLineEdit(firm.name, this))
    , m_code(new QLineEdit(firm.creditCode, this))
    , m_contact(new QLineEdit(firm.contact, this))
    , m_notes(new QPlainTextEdit(firm.notes, this)) {
    setObjectName(firm.id == 0 ? QStringLiteral("newFirmDialog") : QStringLiteral("editFirmDialog"));
    setWindowTitle(firm.id == 0 ? tr("New firm") : tr("Edit firm"));
    m_name->setObjectName(QStringLiteral("newFirmName"));
    m_code->setObjectName(QStringLiteral("newFirmCreditCode"));
    m_contact->setObjectName(QStringLiteral("firmContact"));
    m_notes->setObjectName(QStringLiteral("firmNotes"));
    m_code->setPlaceholderText(tr("18 characters, optional"));
    m_contact->setPlaceholderText(tr("person, phone, e-mail"));
    m_notes->setTabChangesFocus(true);

    // Wide enough for a long firm name and for the credit code with its placeholder, measured
    // in the dialog's font rather than fixed pixels.
    const QFontMetrics fm = fontMetrics();
    const int wide =
        qMax(fm.horizontalAdvance(QStringLiteral("广西壮族自治区柳州市某某精密机械制造股份有限公司")),
             fm.horizontalAdvance(m_code->placeholderText()) * 2);
    m_name->setMinimumWidth(wide);
    m_code->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("91350100M000100Y43")) +
                            fm.averageCharWidth() * 6);
    m_notes->setFixedHeight(fm.lineSpacing() * 4 + 2 * m_notes->frameWidth() + fm.height() / 2);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Credit code (统一社会信用代码):"), m_code);
    const FactDefinition *province = facts ? facts->find(QStringLiteral("province")) : nullptr;
    const FactDefinition *city = facts ? facts->find(QStringLiteral("city")) : nullptr;
    const FactDefinition *applicant = facts ? facts->find(QStringLiteral("applicant_type")) : nullptr;
    if (province && city) {
        m_province = choiceBox(province, lang, choiceOf(answers, province->id), this);
        m_province->setObjectName(QStringLiteral("firmProvince"));
        m_city = new QComboBox(this);
        m_city->setObjectName(QStringLiteral("firmCity"));
        m_city->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        fillCities();
        m_city->setCurrentIndex(qMax(0, m_city->findData(choiceOf(answers, city->id))));
        connect(m_province, &QComboBox::currentIndexChanged, this, &FirmDialog::fillCities);
        auto *place = new QHBoxLayout;
        place->addWidget(m_province);
        place->addWidget(m_city);
        place->addStretch(1);
        // A label of its own: a row's label gets the field as buddy only for a widget, and without
        // one the label shows its mnemonic literally ("注册地(&R):").
        auto *placeLabel = new QLabel(tr("&Registered in:"), this);
        placeLabel->setBuddy(m_province);
        form->addRow(placeLabel, place);
        // A region typed before (or imported) that names no known place stays visible.
        if (!firm.region.isEmpty() && !Relevance::fromRegionText(firm.region, *facts)) {
            m_regionText =
                new QLabel(tr("Region as written before: %1").arg(firm.region.toHtmlEscaped()), this);
            m_regionText->setObjectName(QStringLiteral("firmRegionText"));
            m_regionText->setWordWrap(true);
            form->addRow(QString(), m_regionText);
        }
    } else {
        m_region = new QLineEdit(firm.region, this);
        m_region->setObjectName(QStringLiteral("firmRegion"));
        m_region->setPlaceholderText(tr("e.g. 广西 柳州市"));
        form->addRow(tr("&Region:"), m_region);
    }
    if (applicant) {
        m_applicant = choiceBox(applicant, lang, choiceOf(answers, applicant->id), this);
        m_applicant->setObjectName(QStringLiteral("firmApplicantType"));
        form->addRow(tr("&Applicant type:"), m_applicant);
    }
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("No&tes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    adjustSize();
}

// The cities of the chosen province, and 其他城市; with no province, every city.
void FirmDialog::fillCities() {
    const FactDefinition *city = m_facts->find(QStringLiteral("city"));
    const QString province = m_province->currentData().toString();
    const QString keep = m_city->currentData().toString();
    m_city->clear();
    m_city->addItem(tr("— city not given —"), QString());
    for (const ChoiceOption &c : city->choices)
        if (province.isEmpty() || c.province.isEmpty() || c.province == province)
            m_city->addItem(c.label.get(m_lang), c.id);
    m_city->setCurrentIndex(qMax(0, m_city->findData(keep)));
}

QHash<QString, Value> FirmDialog::placeAnswers() const {
    QHash<QString, Value> out;
    auto put = [&](const QString &id, QComboBox *box) {
        if (!box) return;
        const QString choice = box->currentData().toString();
        out.insert(id, choice.isEmpty() ? Value() : Value::fromChoice(choice));
    };
    put(QStringLiteral("province"), m_province);
    put(QStringLiteral("city"), m_city);
    put(QStringLiteral("applicant_type"), m_applicant);
    return out;
}

QHash<QString, Value> FirmDialog::changedAnswers() const {
    QHash<QString, Value> out;
    const QHash<QString, Value> now = placeAnswers();
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (choiceOf(now, it.key()) != choiceOf(m_answers, it.key())) out.insert(it.key(), it.value());
    return out;
}

Firm FirmDialog::firm() const {
    Firm f = m_firm;
    f.name = m_name->text().trimmed();
    f.creditCode = m_code->text().trimmed();
    if (m_region) {
        f.region = m_region->text().trimmed();
    } else if (m_province) {
        // The text follows the choice, so the firm list and an export say the same place; an
        // unrecognised text typed before stays when no place is chosen.
        QStringList place;
        if (!m_province->currentData().toString().isEmpty()) place << m_province->currentText();
        if (!m_city->currentData().toString().isEmpty()) place << m_city->currentText();
        if (!place.isEmpty())
            f.region = place.join(QLatin1Char(' '));
        else if (Relevance::fromRegionText(f.region, *m_facts))
            f.region.clear(); // the place it named was taken away
    }
    f.contact = m_contact->text().trimmed();
    f.notes = m_notes->toPlainText().trimmed();
    return f;
}

} // namespace eligicheck
