#pragma once

#include "firmrepository.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace eligicheck {

// New firm… and Edit firm…: name, credit code, region, contact and notes. Sized to its content
// (a full firm name and an 18-character credit code fit without scrolling) in either language.
class FirmDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirmDialog(const Firm &firm, QWidget *parent = nullptr);

    // The firm as edited (id and version as given).
    Firm firm() const;

private:
    Firm m_firm;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QLineEdit *m_region;
    QLineEdit *m_contact;
    QPlainTextEdit *m_notes;
};

} // namespace eligicheck
