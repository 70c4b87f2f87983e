#pragma once

#include "assessment.h"
#include "rulelibrary.h"
#include "text.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QSet>
#include <memory>

namespace eligicheck {

// Rule sets (documents) and their programmes as a tree, with the columns a consultant scans:
// region, issuer, 文号, applicant and whether the text is in force on the chosen date.
class ProgrammeTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    // Validity comes early so that it stays in sight beside the title.
    enum Column {
        TitleColumn,
        RegionColumn,
        ValidityColumn,
        NumberColumn,
        IssuerColumn,
        ApplicantColumn,
        ColumnCount
    };
    enum Role {
        SearchTextRole = Qt::UserRole + 1, // titles, 文号, issuers, clauses and quotes
        RuleSetIdRole,
        ProgrammeIdRole,
        ValidityRole, // int(Validity)
    };
    enum class Validity { InForce, Expired, NotYetInForce };

    explicit ProgrammeTreeModel(Lang lang, QObject *parent = nullptr);

    void setLibrary(std::shared_ptr<const RuleLibrary> library);
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    // With checkboxes, the model doubles as the programme picker of a new assessment.
    void setCheckable(bool checkable) { m_checkable = checkable; }
    Selection checkedProgrammes() const;
    void setCheckedProgrammes(const Selection &selection);

    const RuleSet *ruleSetAt(const QModelIndex &index) const;
    const Programme *programmeAt(const QModelIndex &index) const; // nullptr on document rows
    static Validity validityOf(const QDate &from, const std::optional<QDate> &to, const QDate &date);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant validityData(Validity v, const QDate &from, const std::optional<QDate> &to, int role) const;
    QString key(const RuleSet &rs, const Programme &p) const { return rs.id + u'/' + p.id; }
    Qt::CheckState documentCheckState(const RuleSet &rs) const;

    Lang m_lang;
    QDate m_date;
    bool m_checkable = false;
    std::shared_ptr<const RuleLibrary> m_library;
    QVector<QString> m_documentSearch;
    QVector<QVector<QString>> m_programmeSearch;
    QSet<QString> m_checked;
};

} // namespace eligicheck
