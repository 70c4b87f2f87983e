#pragma once

#include "assessmentstore.h"
#include "firmdetailmodel.h"

#include <QHash>

namespace eligicheck {

class RuleLibrary;

// A firm's saved assessments, newest first: when, which document, the as-of date, the verdict
// of each programme and a mark when the rules have changed since (the assessment is then
// out of date and "Re-check" shows what changed).
class FirmAssessmentsModel : public FirmDetailModel {
    Q_OBJECT
public:
    enum Column { CreatedColumn, RuleSetColumn, AsOfColumn, VerdictsColumn, StaleColumn, ColumnCount };
    enum Role { AssessmentIdRole = Qt::UserRole + 1, StaleRole };

    FirmAssessmentsModel(Database &db, Lang lang, QObject *parent = nullptr);

    void setLibrary(std::shared_ptr<const RuleLibrary> library);
    StorageError reload() override;
    const Assessment *assessment(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString ruleSetTitle(const QString &id) const;
    QString verdicts(const Assessment &a) const;

    QHash<QString, QString> m_hashes;
    QVector<Assessment> m_rows;
};

} // namespace eligicheck
