#pragma once

#include "firmrepository.h"
#include "text.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace eligicheck {

// New firm… and Edit firm…: name, credit code, where it is registered (province and city, as
// choices of the facts `province` and `city`), applicant type, contact and notes. Sized to its
// content (a full firm name and an 18-character credit code fit without scrolling) in either
// language.
//
// Province, city and applicant type are the firm's answers (one truth with the questionnaire,
// the 注册地 criteria and the relevance filter); the dialog shows and returns them as answers.
// A region typed as text earlier that names no known place is shown, so nothing is lost.
class FirmDialog : public QDialog {
    Q_OBJECT
public:
    // `facts` gives the choices; `answers` the firm's current province/city/applicant_type.
    explicit FirmDialog(const Firm &firm, const FactRegistry *facts = nullptr,
                        const QHash<QString, Value> &answers = {}, Lang lang = Lang::Zh,
                        QWidget *parent = nullptr);

    // The firm as edited (id and version as given). Its region text follows the chosen
    // province and city; with none chosen, the text typed earlier stays.
    Firm firm() const;
    // province, city and applicant_type as chosen (an unknown Value: not answered).
    QHash<QString, Value> placeAnswers() const;
    // Those of placeAnswers() that differ from what the firm had.
    QHash<QString, Value> changedAnswers() const;

    static QStringList placeFacts() {
        return {QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("applicant_type")};
    }

private:
    void fillCities();

    Firm m_firm;
    const FactRegistry *m_facts;
    QHash<QString, Value> m_answers;
    Lang m_lang;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_province = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_applicant = nullptr;
    QLabel *m_regionText = nullptr;
    QLineEdit *m_region = nullptr; // without a fact catalogue: the free text as before
    QLineEdit *m_contact;
    QPlainTextEdit *m_notes;
};

} // namespace eligicheck
