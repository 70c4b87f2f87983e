#include "firmtablemodel.h"

#include "explanation.h"
#include "verdicttally.h"

#include <map>

namespace eligicheck {

FirmTableModel::FirmTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db) {}

void FirmTableModel::setCurrentHashes(const QHash<QString, QString> &hashes) {
    m_hashes = hashes;
}

StorageError FirmTableModel::reload() {
    FirmRepository repo(m_db);
    AssessmentStore store(m_db);
    Result<QVector<Firm>> firms = repo.firms();
    if (!firms.ok()) return firms.error();
    QVector<Row> rows;
    for (const Firm &f : *firms) {
        Row row;
        row.firm = f;
        Result<QVector<Assessment>> latest = store.latestPerRuleSet(f.id);
        if (!latest.ok()) return latest.error();
        VerdictTally tally;
        for (const Assessment &a : *latest) {
            if (!row.lastAssessed.isValid() || a.createdAt.left(10) > row.lastAssessed.toString(Qt::ISODate))
                row.lastAssessed = QDate::fromString(a.createdAt.left(10), Qt::ISODate);
            if (AssessmentStore::staleness(a, m_hashes) != Staleness::Current) {
                row.stale = true;
                row.staleRuleSets << a.ruleSetId;
            }
            for (const ProgrammeSnapshot &p : a.programmes)
                tally.add(p.verdict);
        }
        row.eligible = tally.eligible();
        row.verdicts = tally.text(m_lang);
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return {};
}

int FirmTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FirmTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 FirmTableModel::firmId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].firm.id : 0;
}

QVariant FirmTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case FirmIdRole:
        return r.firm.id;
    case StaleRole:
        return r.stale;
    case EligibleCountRole:
        return r.eligible;
    case Qt::ToolTipRole:
        if (index.column() == StaleColumn && r.stale)
            return tr("The rules changed since these assessments: %1. Re-check to see what changed.")
                .arg(r.staleRuleSets.join(QStringLiteral(", ")));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.firm.name;
        case CreditCodeColumn:
            return r.firm.creditCode;
        case RegionColumn:
            return r.firm.region.isEmpty() ? QString() : regionLabel(r.firm.region, m_lang);
        case LastAssessedColumn:
            return r.lastAssessed.isValid() ? r.lastAssessed.toString(Qt::ISODate) : QString();
        case VerdictsColumn:
            return r.verdicts;
        case StaleColumn:
            return r.stale ? tr("rules changed") : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant FirmTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn:
        return tr("Firm");
    case CreditCodeColumn:
        return tr("Credit code");
    case RegionColumn:
        return tr("Region");
    case LastAssessedColumn:
        return tr("Last assessed");
    case VerdictsColumn:
        return tr("Verdicts");
    case StaleColumn:
        return tr("Re-check");
    }
    return {};
}

} // namespace eligicheck
