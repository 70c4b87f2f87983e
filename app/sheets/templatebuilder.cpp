#include "templatebuilder.h"

#include "clauselabel.h"
#include "csvwriter.h"
#include "explanation.h"
#include "firmsheet.h"
#include "rulelibrary.h"
#include "sheet.h"
#include "xlsxworkbookwriter.h"

#include <QSet>
#include <algorithm>

namespace eligicheck {

QString firmFieldHeader(FirmField field, Lang lang) {
    const bool zh = lang == Lang::Zh;
    switch (field) {
    case FirmField::Name:
        return zh ? QStringLiteral("企业名称") : QStringLiteral("Firm name");
    case FirmField::CreditCode:
        return zh ? QStringLiteral("统一社会信用代码") : QStringLiteral("Credit code");
    case FirmField::Region:
        return zh ? QStringLiteral("地区") : QStringLiteral("Region");
    case FirmField::AsOf:
        return zh ? QStringLiteral("评估基准日") : QStringLiteral("Assessment date");
    case FirmField::FiscalYear:
        return zh ? QStringLiteral("财务年度") : QStringLiteral("Fiscal year");
    case FirmField::Notes:
        return zh ? QStringLiteral("备注") : QStringLiteral("Notes");
    }
    return QString();
}

FactHeaders::FactHeaders(const FactRegistry &facts, Lang lang) {
    // How many facts answer to each header key (by id, Chinese or English label).
    QHash<QString, int> owners;
    for (int slot = 0; slot < facts.size(); ++slot) {
        const FactDefinition &f = facts.at(slot);
        if (f.builtin) continue;
        QSet<QString> keys;
        for (const QString &name : {f.id, f.label.zh, f.label.en})
            if (!name.isEmpty()) keys.insert(FirmSheet::headerKey(name));
        for (const QString &k : keys)
            ++owners[k];
    }
    m_headers.resize(facts.size());
    for (int slot = 0; slot < facts.size(); ++slot) {
        const FactDefinition &fact = facts.at(slot);
        QString label = fact.id;
        for (const QString &candidate : {fact.label.get(lang), fact.label.zh})
            if (!candidate.isEmpty() && owners.value(FirmSheet::headerKey(candidate)) == 1) {
                label = candidate;
                break;
            }
        m_headers[slot] = fact.unit.isEmpty() ? label
                          : lang == Lang::Zh  ? QStringLiteral("%1（%2）").arg(label, fact.unit)
                                              : QStringLiteral("%1 (%2)").arg(label, fact.unit);
    }
}

std::optional<QVector<ProgrammeRef>> resolveProgrammes(const RuleLibrary &library, const QStringList &ids,
                                                       QString *error) {
    QVector<ProgrammeRef> out;
    auto add = [&](const RuleSet *rs, const Programme *p) {
        for (const ProgrammeRef &r : out)
            if (r.programme == p) return;
        out.append({rs, p});
    };
    if (ids.isEmpty()) {
        for (const auto &rs : library.ruleSets())
            for (const Programme &p : rs->programmes)
                add(rs.get(), &p);
        return out;
    }
    QStringList ruleSetIds;
    for (const auto &rs : library.ruleSets())
        ruleSetIds << rs->id;
    for (const QString &id : ids) {
        const QString rsId = id.section(u'/', 0, 0), pId = id.section(u'/', 1);
        const RuleSet *rs = library.ruleSet(rsId);
        if (!rs) {
            const QStringList near = closestMatches(rsId, ruleSetIds);
            *error = TemplateBuilder::tr("unknown rule set '%1'%2")
                         .arg(rsId, near.isEmpty() ? QString()
                                                   : TemplateBuilder::tr(" (did you mean %1?)")
                                                         .arg(near.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (pId.isEmpty()) {
            for (const Programme &p : rs->programmes)
                add(rs, &p);
            continue;
        }
        const Programme *p = rs->programme(pId);
        if (!p) {
            QStringList programmeIds;
            for (const Programme &q : rs->programmes)
                programmeIds << q.id;
            const QStringList near = closestMatches(pId, programmeIds);
            *error = TemplateBuilder::tr("rule set '%1' has no programme '%2'%3")
                         .arg(rsId, pId,
                              near.isEmpty() ? QString()
                                             : TemplateBuilder::tr(" (did you mean %1?)")
                                                   .arg(near.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        add(rs, p);
    }
    return out;
}

TemplateBuilder::TemplateBuilder(const FactRegistry &facts, const QVector<ProgrammeRef> &programmes,
                                 Lang lang)
    : m_facts(facts)
    , m_lang(lang)
    , m_headers(facts, lang) {
    for (const ProgrammeRef &ref : programmes) {
        const Programme &p = *ref.programme;
        addUses(p.appliesWhen, {ref.ruleSet, &p, QString(), p.title});
        for (const Criterion &c : p.criteria) {
            const Use use{ref.ruleSet, &p, clauseLabelOf(c, lang),
                          c.label.isEmpty() ? LocalizedText{c.quote, c.quote} : c.label};
            addUses(c.appliesWhen, use);
            addUses(c.waivedWhen, use);
            addUses(c.condition, use);
        }
        if (p.outcome) {
            const Use use{ref.ruleSet, &p, clauseLabelOf(*p.outcome, lang), p.title};
            addUses(p.outcome->appliesWhen, use);
            if (p.outcome->fact) addFact(*p.outcome->fact, use);
        }
        for (const Amount &a : p.amounts) {
            const Use use{ref.ruleSet, &p, clauseLabelOf(a, lang), a.label.isEmpty() ? p.title : a.label};
            addUses(a.appliesWhen, use);
            addUses(a.max, use);
            addUses(a.min, use);
        }
    }
    // The questionnaire's page order: basic information first, then finance, R&D …
    static const QStringList order = {QStringLiteral("basic"),      QStringLiteral("finance"),
                                      QStringLiteral("rd"),         QStringLiteral("project"),
                                      QStringLiteral("compliance"), QStringLiteral("history"),
                                      QStringLiteral("other")};
    auto rank = [&](const Column &c) {
        const qsizetype g = order.indexOf(c.fact->group);
        return g < 0 ? order.size() - 1 : g;
    };
    std::stable_sort(m_columns.begin(), m_columns.end(),
                     [&](const Column &a, const Column &b) { return rank(a) < rank(b); });
}

void TemplateBuilder::addUses(const Expression &e, const Use &use) {
    if (e.isNull()) return;
    for (int slot : e.referencedSlots())
        addFact(m_facts.at(slot), use);
}

void TemplateBuilder::addFact(const FactDefinition &fact, const Use &use) {
    if (fact.builtin) return; // the application date is the assessment date, not a question
    auto it =
        std::find_if(m_columns.begin(), m_columns.end(), [&](const Column &c) { return c.fact == &fact; });
    if (it == m_columns.end()) {
        m_columns.append(Column{&fact, {}});
        it = m_columns.end() - 1;
    }
    for (const Use &u : it->uses)
        if (u.programme == use.programme && u.clause == use.clause && u.label.zh == use.label.zh) return;
    it->uses.append(use);
}

QStringList TemplateBuilder::headers() const {
    QStringList h;
    for (FirmField f :
         {FirmField::Name, FirmField::CreditCode, FirmField::Region, FirmField::AsOf, FirmField::FiscalYear})
        h << firmFieldHeader(f, m_lang);
    for (const Column &c : m_columns)
        h << m_headers(*c.fact);
    return h;
}

namespace {

QString yesText(Lang lang) {
    return lang == Lang::Zh ? QStringLiteral("是") : QStringLiteral("yes");
}
QString noText(Lang lang) {
    return lang == Lang::Zh ? QStringLiteral("否") : QStringLiteral("no");
}

QStringList choiceLabels(const FactDefinition &fact, Lang lang) {
    QStringList out;
    for (const ChoiceOption &c : fact.choices)
        out << (c.label.get(lang).isEmpty() ? c.id : c.label.get(lang));
    return out;
}

} // namespace

QString TemplateBuilder::allowedValues(const FactDefinition &fact) const {
    QString text;
    switch (fact.type) {
    case FactType::Boolean:
        text = tr("%1 or %2").arg(yesText(m_lang), noText(m_lang));
        break;
    case FactType::Choice: {
        const QStringList labels = choiceLabels(fact, m_lang);
        text = tr("one of: %1").arg(labels.mid(0, 12).join(QStringLiteral(" / ")));
        if (labels.size() > 12)
            text += tr(" … (%n choice(s) in all, see the drop-down list)", nullptr, int(labels.size()));
        break;
    }
    case FactType::Number:
        text = fact.unit.isEmpty() ? tr("a number") : tr("a number in %1").arg(fact.unit);
        if (fact.unit == QStringLiteral("万元")) text += tr(" (or with its unit: 0.8亿元, 800000元)");
        break;
    case FactType::Integer:
        text = fact.unit.isEmpty() ? tr("a whole number") : tr("a whole number in %1").arg(fact.unit);
        break;
    case FactType::Date:
        text = tr("a date YYYY-MM-DD, e.g. 2024-06-30");
        break;
    case FactType::Text:
        text = tr("text");
        break;
    }
    if (fact.isNumeric() && (fact.min || fact.max)) {
        if (fact.min && fact.max)
            text += tr(", from %1 to %2").arg(fact.min->toString(), fact.max->toString());
        else if (fact.min)
            text += tr(", at least %1").arg(fact.min->toString());
        else
            text += tr(", at most %1").arg(fact.max->toString());
    }
    if (fact.yearly) text += tr("; for the 财务年度 of the row");
    return text;
}

QStringList TemplateBuilder::useTexts(const Column &column) const {
    QStringList lines;
    for (const Use &u : column.uses) {
        QString line = (m_lang == Lang::Zh ? QStringLiteral("《%1》") : QStringLiteral("“%1” "))
                           .arg(u.programme->title.get(m_lang));
        if (!u.clause.isEmpty()) line += u.clause;
        const QString label = u.label.get(m_lang);
        if (!label.isEmpty() && label != u.programme->title.get(m_lang)) line += QStringLiteral(" ") + label;
        lines << line.trimmed();
    }
    return lines;
}

bool TemplateBuilder::writeCsv(const QString &path, QString *error) const {
    CsvWriter csv(path);
    csv.writeRow(headers());
    if (csv.close()) return true;
    *error = csv.errorString();
    return false;
}

bool TemplateBuilder::writeXlsx(const QString &path, QString *error) const {
    XlsxWorkbookWriter book(path, false);
    const int firms = book.addSheet(tr("Firms"));
    const int notes = book.addSheet(tr("Explanations"));
    const QString listsName = tr("Lists");
    const int lists = book.addSheet(listsName);
    const int header = book.addStyle({true, true, 0xDDEBF7, 0, {}});
    const int wrap = book.addStyle({false, true, 0, 0, {}});
    const int text = book.addStyle({false, false, 0, 0, QStringLiteral("@")}); // typed as text, not numbers

    const QStringList h = headers();
    const int fixed = int(h.size() - m_columns.size());
    book.writeRow(firms, h, header);
    book.freezePanes(firms, 1, 1);
    book.setColumnWidth(firms, 0, 0, 30);
    book.setColumnWidth(firms, 1, 1, 22, text); // 18 characters that must stay text
    book.setColumnWidth(firms, 2, h.size() - 1, 16);
    const int lastRow = XlsxWorkbookWriter::MaxRows - 1;

    // Drop-down lists: yes/no inline, choices from the (hidden) list sheet, one column per fact.
    QVector<QStringList> listColumns;
    for (int i = 0; i < m_columns.size(); ++i) {
        const FactDefinition &f = *m_columns[i].fact;
        const int column = fixed + i;
        const QString message = tr("Allowed: %1").arg(allowedValues(f));
        if (f.type == FactType::Boolean) {
            book.dropDown(firms, 1, lastRow, column, {yesText(m_lang), noText(m_lang)}, QString(),
                          f.label.get(m_lang), message);
        } else if (f.type == FactType::Choice && !f.choices.empty()) {
            const QStringList labels = choiceLabels(f, m_lang);
            book.dropDown(firms, 1, lastRow, column, labels,
                          QStringLiteral("=") +
                              sheetRange(listsName, int(listColumns.size()), 0, int(labels.size()) - 1),
                          f.label.get(m_lang), message);
            listColumns.append(labels);
        }
    }
    int longest = 0;
    for (const QStringList &l : listColumns)
        longest = std::max(longest, int(l.size()));
    for (int r = 0; r < longest; ++r) {
        QStringList row;
        for (const QStringList &l : listColumns)
            row << l.value(r);
        book.writeRow(lists, row);
    }
    book.hideSheet(lists);

    // The explanation sheet: one row per column of the firm sheet.
    book.writeRow(notes,
                  {tr("Column"), tr("Header"), tr("Question"), tr("What to write"), tr("Why it is asked")},
                  header);
    book.freezePanes(notes, 1, 0);
    book.setColumnWidth(notes, 0, 0, 8);
    book.setColumnWidth(notes, 1, 2, 28, wrap);
    book.setColumnWidth(notes, 3, 3, 36, wrap);
    book.setColumnWidth(notes, 4, 4, 80, wrap);
    const QStringList fieldNotes = {
        tr("required: the firm's name; one row per firm (or per firm and 财务年度)"),
        tr("18 characters; firms already in the database are matched by it, else by name"),
        tr("e.g. 广东省深圳市; decides which regional programmes concern the firm"),
        tr("the date the answers hold on, YYYY-MM-DD (empty: the day of import)"),
        tr("the year of the yearly figures of the row, e.g. 2024 (empty: the year before the assessment "
           "date)")};
    for (int c = 0; c < fixed; ++c)
        book.writeRow(notes, {columnLetters(c), h[c], QString(), fieldNotes.value(c), QString()}, -1,
                      {-1, wrap, wrap, wrap, wrap});
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &col = m_columns[i];
        QString question = col.fact->label.get(m_lang);
        if (!col.fact->help.get(m_lang).isEmpty())
            question += QStringLiteral("\n") + col.fact->help.get(m_lang);
        book.writeRow(notes,
                      {columnLetters(fixed + i), h[fixed + i], question, allowedValues(*col.fact),
                       useTexts(col).join(u'\n')},
                      -1, {-1, wrap, wrap, wrap, wrap});
    }
    if (book.close()) return true;
    *error = book.errorString();
    return false;
}

} // namespace eligicheck
