#pragma once

#include "facts.h"
#include "ruleset.h"
#include "text.h"

#include <QCoreApplication>
#include <QVector>

namespace eligicheck {

class RuleLibrary;

// The columns a firm spreadsheet has besides the facts, with the headers FirmSheet reads back.
enum class FirmField { Name, CreditCode, Region, AsOf, FiscalYear, Notes };
QString firmFieldHeader(FirmField field, Lang lang);
// Facts' column headers as FirmSheet reads them back: the label in `lang` and the unit in brackets
// ("主营业务收入（万元）", "Main business revenue (万元)"); the label alone when there is no unit.
// A label that another fact also answers to (two English labels alike) would be read as the wrong
// fact: the Chinese label is used then, and the fact's id if that is shared too. Computed once for
// the whole registry, so a header costs a lookup (match-all names missing facts for every firm).
class FactHeaders {
public:
    FactHeaders(const FactRegistry &facts, Lang lang);
    QString operator()(const FactDefinition &fact) const { return m_headers.value(fact.slot); }
    QString operator()(int slot) const { return m_headers.value(slot); }

private:
    QVector<QString> m_headers; // by slot
};

// The programmes a template or a result is for: (rule set, programme) pairs in library order.
struct ProgrammeRef {
    const RuleSet *ruleSet = nullptr;
    const Programme *programme = nullptr;
};

// "RULESET" or "RULESET/PROGRAMME" ids → programmes (none: every programme of the library).
// An unknown id yields nullopt and a message naming it, with "did you mean".
std::optional<QVector<ProgrammeRef>> resolveProgrammes(const RuleLibrary &library, const QStringList &ids,
                                                       QString *error);

// A blank questionnaire spreadsheet for the chosen programmes, to mail to clients and import back
// (FirmSheet): one row per firm, a column per fact the programmes read (their conditions,
// applies_when, waived_when, outcomes and amounts), headed in the user's language with the unit,
// with drop-down lists for yes/no and choice facts; a second sheet explains every column with the
// clauses and programmes that need it.
class TemplateBuilder {
    Q_DECLARE_TR_FUNCTIONS(TemplateBuilder)
public:
    struct Use {
        const RuleSet *ruleSet = nullptr;
        const Programme *programme = nullptr;
        QString clause;      // 第七条第(三)项, in the sheet's language (Art. 7(3))
        LocalizedText label; // the criterion's or amount's label, or the programme title
    };
    struct Column {
        const FactDefinition *fact = nullptr;
        QVector<Use> uses;
    };

    TemplateBuilder(const FactRegistry &facts, const QVector<ProgrammeRef> &programmes, Lang lang);

    // The fact columns, grouped as the questionnaire's pages (basic, finance, R&D …).
    const QVector<Column> &columns() const { return m_columns; }
    // Every header of the firm sheet, in order: the firm fields, then the facts.
    QStringList headers() const;
    // What the user may write in a fact's column ("是 / 否", "数字，单位 万元" …).
    QString allowedValues(const FactDefinition &fact) const;
    // "《programme title》第七条第(三)项 label", one line per clause.
    QStringList useTexts(const Column &column) const;

    // .xlsx with the drop-down lists and the explanation sheet, or .csv (header row only).
    bool writeXlsx(const QString &path, QString *error) const;
    bool writeCsv(const QString &path, QString *error) const;

private:
    void addUses(const Expression &e, const Use &use);
    void addFact(const FactDefinition &fact, const Use &use);

    const FactRegistry &m_facts;
    Lang m_lang;
    FactHeaders m_headers;
    QVector<Column> m_columns;
};

} // namespace eligicheck
