#pragma once

#include "assessmentstore.h"
#include "firmrepository.h"

#include <QAbstractTableModel>

namespace eligicheck {

// The firm list for views: one row per firm with its credit code, region, the verdicts of its
// newest assessment per rule set and a mark when an assessment was made with rules that have
// changed since. Filter/sort with a QSortFilterProxyModel. Call reload() after writes.
class FirmTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CreditCodeColumn,
        RegionColumn,
        LastAssessedColumn,
        VerdictsColumn,
        StaleColumn,
        ColumnCount
    };
    enum Role {
        FirmIdRole = Qt::UserRole + 1, // qint64
        StaleRole,                     // bool: some newest assessment is out of date
        EligibleCountRole,             // int: programmes with verdict eligible
    };

    FirmTableModel(Database &db, QObject *parent = nullptr);

    // rule set id → content hash of the rules loaded now (AssessmentStore::currentHashes).
    void setCurrentHashes(const QHash<QString, QString> &hashes);
    void setLanguage(Lang lang) { m_lang = lang; }
    // Reads the firms again; returns the error (and keeps the old rows) when that fails.
    StorageError reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 firmId(int row) const;

private:
    struct Row {
        Firm firm;
        QDate lastAssessed;
        QString verdicts; // "符合 2 · 待定 1"
        int eligible = 0;
        bool stale = false;
        QStringList staleRuleSets;
    };

    Database &m_db;
    QHash<QString, QString> m_hashes;
    QVector<Row> m_rows;
    Lang m_lang = Lang::Zh;
};

} // namespace eligicheck
