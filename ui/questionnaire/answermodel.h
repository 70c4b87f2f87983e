#pragma once

#include "answers.h"
#include "value.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>

namespace eligicheck {

// The firm's answers while an assessment is open. Widgets never own answers: every editor
// writes here and every view reads from here, so going back and forth keeps everything.
class AnswerModel : public QObject {
    Q_OBJECT
public:
    explicit AnswerModel(QObject *parent = nullptr);

    Value value(const QString &factId) const { return m_values.value(factId); }
    // An unknown value removes the answer ("I don't know yet").
    void setValue(const QString &factId, const Value &value);
    const QHash<QString, Value> &values() const { return m_values; }

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);

    // Replaces everything (New assessment, Open answers…).
    void reset(const Answers &answers);
    Answers toAnswers() const;
    FactValues toFactValues(const FactRegistry &facts) const;

signals:
    void valueChanged(const QString &factId);
    void asOfChanged(const QDate &date);
    // Before the answers are replaced: the last moment to store the ones there are.
    void aboutToReset();
    void answersReset();
    // Any of the above: what the live evaluation listens to.
    void changed();

private:
    QHash<QString, Value> m_values;
    QDate m_asOf;
    QString m_firmName;
    QString m_creditCode;
};

} // namespace eligicheck
