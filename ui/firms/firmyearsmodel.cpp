#include "firmyearsmodel.h"

#include "answers.h"
#include "explanation.h"
#include "rulelibrary.h"

#include <QDate>
#include <algorithm>

namespace eligicheck {

FirmYearsModel::FirmYearsModel(Database &db, Lang lang, QObject *parent)
    : FirmDetailModel(db, lang, parent) {}

void FirmYearsModel::setLibrary(std::shared_ptr<const RuleLibrary> library) {
    m_library = std::move(library);
    reload();
}

StorageError FirmYearsModel::reload() {
    const Result<QVector<StoredAnswer>> r =
        readFirm([this](qint64 id) { return FirmRepository(m_db).answers(id); });
    if (!r.ok()) return r.error();
    const QVector<StoredAnswer> &answers = r.value();
    beginResetModel();
    m_facts.clear();
    m_years.clear();
    m_figures.clear();
    if (m_library && m_firmId != 0) {
        for (int slot = 0; slot < m_library->facts().size(); ++slot)
            if (const FactDefinition &f = m_library->facts().at(slot); f.yearly) m_facts << &f;
        for (const StoredAnswer &a : answers)
            if (a.fiscalYear > 0) {
                m_figures[a.factId].insert(a.fiscalYear, a);
                if (!m_years.contains(a.fiscalYear)) m_years << a.fiscalYear;
            }
        if (const int last = FirmRepository::fiscalYearFor(QDate::currentDate()); !m_years.contains(last))
            m_years << last;
        std::sort(m_years.begin(), m_years.end());
    }
    endResetModel();
    return {};
}

int FirmYearsModel::rowOf(const QString &factId) const {
    for (int i = 0; i < m_facts.size(); ++i)
        if (m_facts[i]->id == factId) return i;
    return -1;
}

int FirmYearsModel::columnOf(int year) const {
    const int i = int(m_years.indexOf(year));
    return i < 0 ? -1 : i + 1;
}

int FirmYearsModel::yearOfColumn(int column) const {
    return column >= 1 && column <= m_years.size() ? m_years[column - 1] : 0;
}

const StoredAnswer *FirmYearsModel::figure(int row, int year) const {
    if (row < 0 || row >= m_facts.size()) return nullptr;
    const auto byFact = m_figures.constFind(m_facts[row]->id);
    if (byFact == m_figures.cend()) return nullptr;
    const auto it = byFact->constFind(year);
    return it == byFact->cend() ? nullptr : &*it;
}

QString FirmYearsModel::change(int row, int year) const {
    const StoredAnswer *now = figure(row, year);
    const StoredAnswer *before = figure(row, year - 1);
    if (!now || !before || now->value.kind() != Value::Num || before->value.kind() != Value::Num) return {};
    const Number &old = before->value.number();
    if (old == Number(0)) return {};
    const Number percent = (now->value.number() - old) / old * Number(100);
    const QString text = percent.toString(1);
    return (percent > Number(0) ? QStringLiteral("+") : QString()) + text + u'%';
}

bool FirmYearsModel::setFigure(int row, int year, const QString &text, QString *error) {
    if (row < 0 || row >= m_facts.size() || year <= 0 || !m_library) return false;
    const FactDefinition &f = *m_facts[row];
    const StoredAnswer *current = figure(row, year);
    auto refuse = [&](const QString &reason) {
        if (error) *error = reason;
        emit editRefused(reason);
        return false;
    };
    const QString trimmed = text.trimmed();
    if (current &&
        trimmed == (current->entered.isEmpty() ? current->value.toPlainString() : current->entered))
        return true; // unchanged
    if (!current && trimmed.isEmpty()) return true;
    Value value; // empty text: no figure for that year
    if (!trimmed.isEmpty()) {
        QString why;
        const std::optional<Value> parsed = parseFactValue(f, trimmed, &why);
        if (!parsed)
            return refuse(tr("“%1” was not saved for “%2” (%3): %4")
                              .arg(trimmed, f.label.get(m_lang))
                              .arg(year)
                              .arg(why));
        value = *parsed;
    }
    AnswerInput input;
    input.factId = f.id;
    input.fiscalYear = year;
    input.value = value;
    input.entered = trimmed;
    input.expectedVersion = current ? current->version : 0;
    const StorageError e = FirmRepository(m_db).setAnswer(m_firmId, input, m_library->facts());
    const QString factId = f.id;
    if (!e.ok()) {
        reload();
        return refuse(tr("Your change was not saved: %1").arg(e.message));
    }
    reload();
    emit answerSaved(factId);
    return true;
}

int FirmYearsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_facts.size());
}

int FirmYearsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || m_facts.isEmpty() ? 0 : int(m_years.size()) + 2;
}

QVariant FirmYearsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_facts.size()) return {};
    const FactDefinition &f = *m_facts[index.row()];
    const int col = index.column();
    if (role == FactIdRole) return f.id;
    if (col == 0) {
        if (role == Qt::DisplayRole)
            return f.unit.isEmpty() ? f.label.get(m_lang) : tr("%1 (%2)").arg(f.label.get(m_lang), f.unit);
        // The question in full (its column elides in a narrow pane), then its help.
        if (role == Qt::ToolTipRole)
            return f.help.get(m_lang).isEmpty() ? data(index, Qt::DisplayRole)
                                                : data(index, Qt::DisplayRole).toString() +
                                                      QStringLiteral("\n\n") + f.help.get(m_lang);
        return {};
    }
    if (col == changeColumn()) {
        int newest = 0; // the newest year with a figure in this row
        for (const int y : m_years)
            if (figure(index.row(), y)) newest = y;
        const QString c = change(index.row(), newest);
        if (role == Qt::DisplayRole || role == ChangeRole) return c;
        if (role == Qt::ToolTipRole && !c.isEmpty())
            return tr("%1 on %2: %3").arg(QString::number(newest)).arg(newest - 1).arg(c);
        if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const int year = yearOfColumn(col);
    const StoredAnswer *a = figure(index.row(), year);
    switch (role) {
    case YearRole:
        return year;
    case ChangeRole:
        return change(index.row(), year);
    case Qt::DisplayRole:
        return a ? formatFactValue(f, a->value, m_lang) : QString();
    case Qt::EditRole:
        return a ? (a->entered.isEmpty() ? a->value.toPlainString() : a->entered) : QString();
    case Qt::ToolTipRole: {
        const QString c = change(index.row(), year);
        return c.isEmpty() ? QVariant() : tr("%1 on %2: %3").arg(QString::number(year)).arg(year - 1).arg(c);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FirmYearsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    if (section == 0) return tr("Figure");
    if (section == changeColumn()) return tr("Newest change on the year before");
    const int year = yearOfColumn(section);
    return year ? tr("FY %1").arg(year) : QVariant();
}

Qt::ItemFlags FirmYearsModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags fl = QAbstractTableModel::flags(index);
    if (index.isValid() && yearOfColumn(index.column()) != 0) fl |= Qt::ItemIsEditable;
    return fl;
}

bool FirmYearsModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    const int year = yearOfColumn(index.column());
    if (role != Qt::EditRole || year == 0) return false;
    return setFigure(index.row(), year, value.toString(), nullptr);
}

} // namespace eligicheck
