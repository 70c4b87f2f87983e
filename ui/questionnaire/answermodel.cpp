#include "answermodel.h"

namespace eligicheck {

AnswerModel::AnswerModel(QObject *parent)
    : QObject(parent)
    , m_asOf(QDate::currentDate()) {}

void AnswerModel::setValue(const QString &factId, const Value &value) {
    if (m_values.value(factId) == value && (value.isKnown() || !m_values.contains(factId))) return;
    if (value.isKnown())
        m_values.insert(factId, value);
    else
        m_values.remove(factId);
    emit valueChanged(factId);
    emit changed();
}

void AnswerModel::setAsOf(const QDate &date) {
    if (!date.isValid() || date == m_asOf) return;
    m_asOf = date;
    emit asOfChanged(date);
    emit changed();
}

void AnswerModel::reset(const Answers &answers) {
    emit aboutToReset();
    m_values = answers.values;
    for (auto it = m_values.begin(); it != m_values.end();) {
        if (it->isKnown())
            ++it;
        else
            it = m_values.erase(it);
    }
    m_firmName = answers.firmName;
    m_creditCode = answers.creditCode;
    m_asOf = answers.asOf.value_or(QDate::currentDate());
    emit answersReset();
    emit asOfChanged(m_asOf);
    emit changed();
}

Answers AnswerModel::toAnswers() const {
    Answers a;
    a.asOf = m_asOf;
    a.firmName = m_firmName;
    a.creditCode = m_creditCode;
    a.values = m_values;
    return a;
}

FactValues AnswerModel::toFactValues(const FactRegistry &facts) const {
    // Same mapping as Answers::toFactValues, without copying the hash on every keystroke.
    FactValues out(facts.size());
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (const FactDefinition *f = facts.find(it.key())) out[f->slot] = it.value();
    out[FactRegistry::ApplicationDateSlot] = Value::fromDate(m_asOf);
    return out;
}

} // namespace eligicheck
