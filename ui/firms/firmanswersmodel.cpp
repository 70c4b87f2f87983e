#include "firmanswersmodel.h"

#include "explanation.h"
#include "rulelibrary.h"

namespace eligicheck {

FirmAnswersModel::FirmAnswersModel(Database &db, Lang lang, QObject *parent)
    : FirmDetailModel(db, lang, parent) {}

void FirmAnswersModel::setLibrary(std::shared_ptr<const RuleLibrary> library) {
    beginResetModel();
    m_library = std::move(library);
    endResetModel();
}

StorageError FirmAnswersModel::reload() {
    const Result<QVector<StoredAnswer>> r =
        readFirm([this](qint64 id) { return FirmRepository(m_db).answers(id); });
    if (!r.ok()) return r.error();
    beginResetModel();
    m_rows = r.value();
    endResetModel();
    return {};
}

int FirmAnswersModel::rowOf(const QString &factId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].factId == factId) return i;
    return -1;
}

const FactDefinition *FirmAnswersModel::fact(const StoredAnswer &a) const {
    return m_library ? m_library->facts().find(a.factId) : nullptr;
}

bool FirmAnswersModel::setAnswerText(int row, const QString &text, QString *error) {
    if (row < 0 || row >= m_rows.size()) return false;
    const StoredAnswer &a = m_rows[row];
    const FactDefinition *f = fact(a);
    auto refuse = [&](const QString &reason) {
        if (error) *error = reason;
        emit editRefused(reason);
        return false;
    };
    if (!f)
        return refuse(
            tr("“%1” is not a question of the loaded rules, so it cannot be changed here.").arg(a.factId));
    const QString trimmed = text.trimmed();
    if (trimmed == (a.entered.isEmpty() ? a.value.toPlainString() : a.entered)) return true; // unchanged
    Value value; // empty text: remove the answer ("not known")
    if (!trimmed.isEmpty()) {
        QString why;
        const std::optional<Value> parsed = parseFactValue(*f, trimmed, &why);
        if (!parsed)
            return refuse(tr("“%1” was not saved for “%2”: %3").arg(trimmed, f->label.get(m_lang), why));
        value = *parsed;
    }
    AnswerInput input;
    input.factId = a.factId;
    input.fiscalYear = a.fiscalYear;
    input.value = value;
    input.entered = trimmed;
    input.expectedVersion = a.version;
    const StorageError e = FirmRepository(m_db).setAnswer(m_firmId, input, m_library->facts());
    if (!e.ok()) {
        const QString reason = e.kind == StorageError::Conflict
                                   ? tr("Your change was not saved: %1 The answers were reloaded; enter it "
                                        "again if it is still right.")
                                         .arg(e.message)
                                   : tr("Your change was not saved: %1").arg(e.message);
        reload();
        return refuse(reason);
    }
    const QString factId = a.factId;
    reload();
    emit answerSaved(factId);
    return true;
}

int FirmAnswersModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FirmAnswersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FirmAnswersModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const StoredAnswer &a = m_rows[index.row()];
    const FactDefinition *f = fact(a);
    switch (role) {
    case FactIdRole:
        return a.factId;
    case FiscalYearRole:
        return a.fiscalYear;
    case Qt::EditRole:
        if (index.column() == ValueColumn) return a.entered.isEmpty() ? a.value.toPlainString() : a.entered;
        return {};
    case Qt::ToolTipRole:
        if (!f) return tr("Not a question of the loaded rules");
        // The question in full (its column elides in a narrow pane), then its help.
        if (index.column() == QuestionColumn && !f->help.get(m_lang).isEmpty())
            return f->label.get(m_lang) + QStringLiteral("\n\n") + f->help.get(m_lang);
        if (index.column() == QuestionColumn) return f->label.get(m_lang);
        return f->help.get(m_lang);
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuestionColumn:
            return f ? f->label.get(m_lang) : a.factId;
        case ValueColumn:
            return f ? formatFactValue(*f, a.value, m_lang) : a.value.toPlainString();
        case UnitColumn:
            return unitName(!a.unit.isEmpty() ? a.unit : (f ? f->unit : QString()), m_lang);
        case YearColumn:
            return a.fiscalYear > 0 ? QString::number(a.fiscalYear) : QString();
        case ChangedColumn:
            return tr("%1, %2").arg(a.changedBy, a.changedAt.left(16).replace(u'T', u' '));
        }
        return {};
    default:
        return {};
    }
}

QVariant FirmAnswersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // In column order.
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Question"),    QT_TR_NOOP("Answer"),  QT_TR_NOOP("Unit"),
        QT_TR_NOOP("Fiscal year"), QT_TR_NOOP("Changed"),
    };
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

Qt::ItemFlags FirmAnswersModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn && index.row() < m_rows.size() &&
        fact(m_rows[index.row()]))
        f |= Qt::ItemIsEditable;
    return f;
}

bool FirmAnswersModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || index.column() != ValueColumn) return false;
    return setAnswerText(index.row(), value.toString(), nullptr);
}

} // namespace eligicheck
