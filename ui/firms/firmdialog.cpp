#include "firmdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace eligicheck {

FirmDialog::FirmDialog(const Firm &firm, QWidget *parent)
    : QDialog(parent)
    , m_firm(firm)
    , m_name(new QLineEdit(firm.name, this))
    , m_code(new QLineEdit(firm.creditCode, this))
    , m_region(new QLineEdit(firm.region, this))
    , m_contact(new QLineEdit(firm.contact, this))
    , m_notes(new QPlainTextEdit(firm.notes, this)) {
    setObjectName(firm.id == 0 ? QStringLiteral("newFirmDialog") : QStringLiteral("editFirmDialog"));
    setWindowTitle(firm.id == 0 ? tr("New firm") : tr("Edit firm"));
    m_name->setObjectName(QStringLiteral("newFirmName"));
    m_code->setObjectName(QStringLiteral("newFirmCreditCode"));
    m_region->setObjectName(QStringLiteral("firmRegion"));
    m_contact->setObjectName(QStringLiteral("firmContact"));
    m_notes->setObjectName(QStringLiteral("firmNotes"));
    m_code->setPlaceholderText(tr("18 characters, optional"));
    m_region->setPlaceholderText(tr("e.g. 广西 柳州市"));
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
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("No&tes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    adjustSize();
}

Firm FirmDialog::firm() const {
    Firm f = m_firm;
    f.name = m_name->text().trimmed();
    f.creditCode = m_code->text().trimmed();
    f.region = m_region->text().trimmed();
    f.contact = m_contact->text().trimmed();
    f.notes = m_notes->toPlainText().trimmed();
    return f;
}

} // namespace eligicheck
