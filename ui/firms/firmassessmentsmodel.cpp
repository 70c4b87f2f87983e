#include "firmassessmentsmodel.h"

#include "explanation.h"
#include "rulelibrary.h"
#include "verdicttally.h"

namespace eligicheck {

FirmAssessmentsModel::FirmAssessmentsModel(Database &db, Lang lang, QObject *parent)
    : FirmDetailModel(db, lang, parent) {}

void FirmAssessmentsModel::setLibrary(std::shared_ptr<const RuleLibrary> library) {
    beginResetModel();
    m_library = std::move(library);
    m_hashes = m_library ? AssessmentStore::currentHashes(*m_library) : QHash<QString, QString>();
    endResetModel();
}

StorageError FirmAssessmentsModel::reload() {
    const Result<QVector<Assessment>> r =
        readFirm([this](qint64 id) { return AssessmentStore(m_db).history(id); });
    if (!r.ok()) return r.error();
    beginResetModel();
    m_rows = r.value();
    endResetModel();
    return {};
}

const Assessment *FirmAssessmentsModel::assessment(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString FirmAssessmentsModel::ruleSetTitle(const QString &id) const {
    const RuleSet *rs = m_library ? m_library->ruleSet(id) : nullptr;
    if (!rs) return id;
    return m_lang == Lang::En && !rs->titleEn.isEmpty() ? rs->titleEn : rs->title;
}

QString FirmAssessmentsModel::verdicts(const Assessment &a) const {
    QStringList parts;
    const RuleSet *rs = m_library ? m_library->ruleSet(a.ruleSetId) : nullptr;
    for (const ProgrammeSnapshot &p : a.programmes) {
        QString name = p.programmeId;
        if (rs)
            for (const Programme &prog : rs->programmes)
                if (prog.id == p.programmeId) name = prog.title.get(m_lang);
        parts << QStringLiteral("%1: %2").arg(name, verdictText(p.verdict, m_lang));
    }
    return parts.join(QStringLiteral("; "));
}

int FirmAssessmentsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FirmAssessmentsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FirmAssessmentsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Assessment &a = m_rows[index.row()];
    const Staleness staleness = AssessmentStore::staleness(a, m_hashes);
    switch (role) {
    case AssessmentIdRole:
        return a.id;
    case StaleRole:
        return staleness != Staleness::Current;
    case Qt::ToolTipRole:
        if (index.column() == RuleSetColumn) return ruleSetTitle(a.ruleSetId); // elided in the column
        if (index.column() == VerdictsColumn)
            return verdicts(a).replace(QStringLiteral("; "), QStringLiteral("\n"));
        if (index.column() == StaleColumn && staleness == Staleness::RuleChanged)
            return tr(
                "The rules of this document changed after the assessment. Re-check to see what changed.");
        if (index.column() == StaleColumn && staleness == Staleness::RuleMissing)
            return tr("The document of this assessment is not loaded any more.");
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedColumn:
            return a.createdAt.left(16).replace(u'T', u' ');
        case RuleSetColumn:
            return ruleSetTitle(a.ruleSetId);
        case AsOfColumn:
            return a.asOf.toString(Qt::ISODate);
        case VerdictsColumn: {
            // Counts, as the client list shows them: the programme by programme list is the
            // tooltip (a full list pushed the columns past the edge of the firm pane).
            VerdictTally tally;
            for (const ProgrammeSnapshot &p : a.programmes)
                tally.add(p.verdict);
            return tally.text(m_lang);
        }
        case StaleColumn:
            return staleness == Staleness::RuleChanged   ? tr("⚠ rules changed")
                   : staleness == Staleness::RuleMissing ? tr("⚠ rules not loaded")
                                                         : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant FirmAssessmentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // In column order.
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Saved"),    QT_TR_NOOP("Document"), QT_TR_NOOP("As of"),
        QT_TR_NOOP("Verdicts"), QT_TR_NOOP("Status"),
    };
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

} // namespace eligicheck
