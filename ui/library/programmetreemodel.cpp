#include "programmetreemodel.h"

#include "clauselabel.h"
#include "explanation.h"

#include "icons.h"

#include <QStringList>

namespace eligicheck {

namespace {

constexpr quintptr DocumentRow = 0; // internalId of a document row; programme rows: document index + 1

QString programmeSearchText(const RuleSet &rs, const Programme &p) {
    QStringList parts{p.title.zh, p.title.en, p.applicant.zh, p.applicant.en, rs.documentNumber};
    for (const Criterion &c : p.criteria)
        parts << c.clause << clauseLabel(c.clause, Lang::En, c.clauseEn) << c.quote << c.label.zh
              << c.label.en;
    for (const Amount &a : p.amounts)
        parts << a.clause << clauseLabel(a.clause, Lang::En, a.clauseEn) << a.quote << a.label.zh
              << a.label.en;
    if (p.outcome) {
        parts << p.outcome->clause << clauseLabel(p.outcome->clause, Lang::En, p.outcome->clauseEn)
              << p.outcome->quote;
        for (const Band &b : p.outcome->bands)
            parts << b.quote << b.label.zh << b.label.en;
    }
    return parts.join(u'\n');
}

QString documentSearchText(const RuleSet &rs) {
    QStringList parts{rs.title, rs.titleEn, rs.documentNumber, rs.id, rs.validity.quote};
    parts << rs.issuers;
    return parts.join(u'\n');
}

} // namespace

ProgrammeTreeModel::ProgrammeTreeModel(Lang lang, QObject *parent)
    : QAbstractItemModel(parent)
    , m_lang(lang)
    , m_date(QDate::currentDate()) {}

void ProgrammeTreeModel::setLibrary(std::shared_ptr<const RuleLibrary> library) {
    beginResetModel();
    m_library = std::move(library);
    m_documentSearch.clear();
    m_programmeSearch.clear();
    QSet<QString> stillThere;
    for (const auto &rs : m_library->ruleSets()) {
        m_documentSearch.append(documentSearchText(*rs));
        QVector<QString> programmes;
        for (const Programme &p : rs->programmes) {
            programmes.append(programmeSearchText(*rs, p));
            if (m_checked.contains(key(*rs, p))) stillThere.insert(key(*rs, p));
        }
        m_programmeSearch.append(programmes);
    }
    m_checked = stillThere;
    endResetModel();
}

void ProgrammeTreeModel::setDate(const QDate &date) {
    if (!date.isValid() || date == m_date) return;
    m_date = date;
    const int n = rowCount();
    for (int i = 0; i < n; ++i) {
        const QModelIndex doc = index(i, ValidityColumn);
        emit dataChanged(doc, doc);
        const int children = rowCount(index(i, 0));
        if (children > 0)
            emit dataChanged(index(0, ValidityColumn, doc.siblingAtColumn(0)),
                             index(children - 1, ValidityColumn, doc.siblingAtColumn(0)));
    }
}

Selection ProgrammeTreeModel::checkedProgrammes() const {
    Selection out;
    if (!m_library) return out;
    for (const auto &rs : m_library->ruleSets())
        for (const Programme &p : rs->programmes)
            if (m_checked.contains(key(*rs, p))) out.append({rs->id, p.id, rs.get(), &p});
    return out;
}

void ProgrammeTreeModel::setCheckedProgrammes(const Selection &selection) {
    m_checked.clear();
    for (const SelectedProgramme &s : selection)
        m_checked.insert(s.ruleSetId + u'/' + s.programmeId);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    for (int i = 0; i < rowCount(); ++i) {
        const QModelIndex doc = index(i, 0);
        if (rowCount(doc) > 0) emit dataChanged(index(0, 0, doc), index(rowCount(doc) - 1, 0, doc));
    }
}

const RuleSet *ProgrammeTreeModel::ruleSetAt(const QModelIndex &idx) const {
    if (!idx.isValid() || !m_library) return nullptr;
    const int doc = idx.internalId() == DocumentRow ? idx.row() : int(idx.internalId() - 1);
    return m_library->ruleSets()[size_t(doc)].get();
}

const Programme *ProgrammeTreeModel::programmeAt(const QModelIndex &idx) const {
    if (!idx.isValid() || idx.internalId() == DocumentRow) return nullptr;
    return &ruleSetAt(idx)->programmes[size_t(idx.row())];
}

ProgrammeTreeModel::Validity ProgrammeTreeModel::validityOf(const QDate &from, const std::optional<QDate> &to,
                                                            const QDate &date) {
    if (date < from) return Validity::NotYetInForce;
    if (to && date > *to) return Validity::Expired;
    return Validity::InForce;
}

QModelIndex ProgrammeTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, DocumentRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProgrammeTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == DocumentRow) return {};
    return createIndex(int(child.internalId() - 1), 0, DocumentRow);
}

int ProgrammeTreeModel::rowCount(const QModelIndex &parent) const {
    if (!m_library) return 0;
    if (!parent.isValid()) return int(m_library->ruleSets().size());
    if (parent.internalId() != DocumentRow || parent.column() != 0) return 0;
    return int(m_library->ruleSets()[size_t(parent.row())]->programmes.size());
}

int ProgrammeTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

Qt::CheckState ProgrammeTreeModel::documentCheckState(const RuleSet &rs) const {
    int checked = 0;
    for (const Programme &p : rs.programmes)
        checked += m_checked.contains(key(rs, p)) ? 1 : 0;
    if (checked == 0) return Qt::Unchecked;
    return checked == int(rs.programmes.size()) ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant ProgrammeTreeModel::validityData(Validity v, const QDate &from, const std::optional<QDate> &to,
                                          int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (v) {
        case Validity::InForce:
            return tr("In force");
        case Validity::Expired:
            return tr("Expired %1").arg(to ? formatDate(*to, m_lang) : QString());
        case Validity::NotYetInForce:
            return tr("Not yet in force (from %1)").arg(formatDate(from, m_lang));
        }
        break;
    case Qt::ToolTipRole: {
        const QString range =
            tr("%1 to %2").arg(formatDate(from, m_lang), to ? formatDate(*to, m_lang) : tr("no end date"));
        return tr("Valid %1; checked against %2").arg(range, formatDate(m_date, m_lang));
    }
    case Qt::DecorationRole:
        return validityIcon(int(v));
    case Qt::ForegroundRole:
        return v == Validity::InForce ? QVariant() : QVariant(statusColor(CriterionStatus::Fail));
    case ValidityRole:
        return int(v);
    default:
        break;
    }
    return {};
}

QVariant ProgrammeTreeModel::data(const QModelIndex &idx, int role) const {
    const RuleSet *rs = ruleSetAt(idx);
    if (!rs) return {};
    const Programme *p = programmeAt(idx);
    switch (role) {
    case SearchTextRole:
        return p ? m_programmeSearch[int(idx.internalId() - 1)][idx.row()] : m_documentSearch[idx.row()];
    case RuleSetIdRole:
        return rs->id;
    case ProgrammeIdRole:
        return p ? p->id : QString();
    case Qt::CheckStateRole:
        if (!m_checkable || idx.column() != TitleColumn) return {};
        return p ? (m_checked.contains(key(*rs, *p)) ? Qt::Checked : Qt::Unchecked) : documentCheckState(*rs);
    default:
        break;
    }
    if (idx.column() == ValidityColumn) {
        const QDate from = p && p->effectiveFrom ? *p->effectiveFrom : rs->effectiveFrom;
        const std::optional<QDate> to = p && p->effectiveTo ? p->effectiveTo : rs->effectiveTo;
        return validityData(validityOf(from, to, m_date), from, to, role);
    }
    if (role == Qt::ToolTipRole && idx.column() == TitleColumn)
        // The full title (the column elides at narrow widths): the document's official title, and
        // in English its translation below.
        return p ? p->title.get(m_lang)
                 : (m_lang == Lang::En && !rs->titleEn.isEmpty() ? rs->title + u'\n' + rs->titleEn
                                                                 : rs->title);
    if (role != Qt::DisplayRole) return {};
    switch (idx.column()) {
    case TitleColumn:
        return p ? p->title.get(m_lang) : rs->title;
    case RegionColumn:
        return regionLabel(rs->region, m_lang);
    case IssuerColumn:
        return p ? QString()
                 : rs->issuers.join(m_lang == Lang::Zh ? QStringLiteral("、") : QStringLiteral(", "));
    case NumberColumn:
        return p ? QString() : rs->documentNumber;
    case ApplicantColumn:
        return p ? p->applicant.get(m_lang) : QString();
    default:
        return {};
    }
}

bool ProgrammeTreeModel::setData(const QModelIndex &idx, const QVariant &value, int role) {
    if (!m_checkable || role != Qt::CheckStateRole || idx.column() != TitleColumn) return false;
    const RuleSet *rs = ruleSetAt(idx);
    if (!rs) return false;
    const bool check = value.value<Qt::CheckState>() != Qt::Unchecked;
    QVector<const Programme *> targets;
    if (const Programme *p = programmeAt(idx))
        targets.append(p);
    else
        for (const Programme &p : rs->programmes)
            targets.append(&p);
    for (const Programme *p : targets) {
        if (check)
            m_checked.insert(key(*rs, *p));
        else
            m_checked.remove(key(*rs, *p));
    }
    const QModelIndex doc = idx.parent().isValid() ? idx.parent() : idx;
    emit dataChanged(doc, doc, {Qt::CheckStateRole});
    if (rowCount(doc) > 0)
        emit dataChanged(index(0, 0, doc), index(rowCount(doc) - 1, 0, doc), {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags ProgrammeTreeModel::flags(const QModelIndex &idx) const {
    if (!idx.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_checkable && idx.column() == TitleColumn) f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ProgrammeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TitleColumn:
        return tr("Document / programme");
    case RegionColumn:
        return tr("Region");
    case IssuerColumn:
        return tr("Issuer");
    case NumberColumn:
        return tr("Document number (文号)");
    case ApplicantColumn:
        return tr("Applicant");
    case ValidityColumn:
        return tr("Validity");
    default:
        return {};
    }
}

} // namespace eligicheck
