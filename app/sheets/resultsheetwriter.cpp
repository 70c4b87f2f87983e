#include "resultsheetwriter.h"

#include "clauselabel.h"
#include "csvwriter.h"
#include "explanation.h"
#include "xlsxworkbookwriter.h"

#include <QMap>
#include <algorithm>

namespace eligicheck {

namespace {

// Cell colours people know from Excel's "good / neutral / bad" styles: background, text.
struct Colours {
    quint32 background, text;
};
Colours verdictColours(Verdict v) {
    switch (v) {
    case Verdict::Eligible:
        return {0xC6EFCE, 0x006100};
    case Verdict::NeedsReview:
        return {0xFFEB9C, 0x9C5700};
    case Verdict::Undetermined:
        return {0xDDEBF7, 0x1F4E78};
    case Verdict::NotEligible:
        return {0xFFC7CE, 0x9C0006};
    case Verdict::NotApplicable:
        return {0xEDEDED, 0x595959};
    case Verdict::NoConditions:
        return {0xF2F2F2, 0x404040};
    }
    return {0xFFFFFF, 0x000000};
}

bool mayBeGranted(Verdict v) {
    return v == Verdict::Eligible || v == Verdict::NeedsReview || v == Verdict::Undetermined;
}

// A list of titles, shortened after ten: "A、B … 等 14 项".
QString titleList(const QStringList &titles, Lang lang) {
    const QString sep = lang == Lang::Zh ? QStringLiteral("、") : QStringLiteral("; ");
    if (titles.size() <= 10) return titles.join(sep);
    return ResultSheetWriter::tr("%1 and %n more", nullptr, int(titles.size() - 10))
        .arg(titles.mid(0, 10).join(sep));
}

} // namespace

ResultSheetWriter::ResultSheetWriter(const QString &path, Format format, const RuleLibrary &library,
                                     const QDate &asOf, Lang lang)
    : m_format(format)
    , m_library(library)
    , m_asOf(asOf)
    , m_lang(lang)
    , m_headers(library.facts(), lang) {
    QString ignored;
    m_programmes = *resolveProgrammes(library, {}, &ignored);
    for (int i = 0; i < m_programmes.size(); ++i)
        m_column.insert(m_programmes[i].programme, i);
    const QStringList firmHeaders = {firmFieldHeader(FirmField::Name, lang),
                                     firmFieldHeader(FirmField::CreditCode, lang),
                                     firmFieldHeader(FirmField::Region, lang)};
    if (format == Format::Csv) {
        m_csv = std::make_unique<CsvWriter>(path);
        m_csv->writeRow(firmHeaders + QStringList{tr("Policy document"), tr("Programme"), tr("Verdict"),
                                                  tr("Missing answers"), tr("Support (万元)"),
                                                  QStringLiteral("ruleset"), QStringLiteral("programme")});
        return;
    }
    m_book = std::make_unique<XlsxWorkbookWriter>(path, true);
    XlsxWorkbookWriter &b = *m_book;
    m_results = b.addSheet(tr("Results"));
    m_missing = b.addSheet(tr("Missing answers"));
    m_amounts = b.addSheet(tr("Support amounts"));
    m_truncated = QVector<bool>(3, false);
    const int header = b.addStyle({true, true, 0xD9E1F2, 0, {}});
    const int title = b.addStyle({true, false, 0, 0, {}});
    m_wrapStyle = b.addStyle({false, true, 0, 0, {}});
    m_amountStyle = b.addStyle({false, false, 0, 0, QStringLiteral("#,##0.######")});
    for (Verdict v : {Verdict::Eligible, Verdict::NeedsReview, Verdict::Undetermined, Verdict::NotEligible,
                      Verdict::NotApplicable, Verdict::NoConditions}) {
        const Colours c = verdictColours(v);
        m_verdictStyle[int(v)] = b.addStyle({v == Verdict::Eligible, false, c.background, c.text, {}});
    }
    // Column widths and frozen panes first: in constant memory they cannot come after the rows.
    const int fixed = 5;
    b.setColumnWidth(m_results, 0, 0, 30);
    b.setColumnWidth(m_results, 1, 2, 18);
    b.setColumnWidth(m_results, 3, 4, 10);
    if (!m_programmes.isEmpty()) b.setColumnWidth(m_results, fixed, fixed + m_programmes.size() - 1, 16);
    b.freezePanes(m_results, 2, 1);
    b.writeText(m_results, 0, 0, tr("EligiCheck results as of %1").arg(formatDate(asOf, lang)), title);
    for (int i = 0; i < m_programmes.size(); ++i)
        b.writeText(m_results, 0, fixed + i, ruleSetTitle(*m_programmes[i].ruleSet, lang), m_wrapStyle);
    b.endRow(m_results);
    QStringList h = firmHeaders;
    h << tr("Eligible") << tr("Undetermined");
    for (const ProgrammeRef &p : m_programmes)
        h << p.programme->title.get(lang);
    b.writeRow(m_results, h, header);

    b.setColumnWidth(m_missing, 0, 0, 30);
    b.setColumnWidth(m_missing, 1, 1, 32);
    b.setColumnWidth(m_missing, 2, 2, 14);
    b.setColumnWidth(m_missing, 3, 3, 90, m_wrapStyle);
    b.freezePanes(m_missing, 1, 1);
    b.writeRow(m_missing,
               {firmHeaders[0], tr("Question (column of the questionnaire)"), tr("Programmes it decides"),
                tr("Programmes waiting for it")},
               header);

    b.setColumnWidth(m_amounts, 0, 0, 30);
    b.setColumnWidth(m_amounts, 1, 1, 40, m_wrapStyle);
    b.setColumnWidth(m_amounts, 2, 2, 14);
    b.setColumnWidth(m_amounts, 3, 3, 30, m_wrapStyle);
    b.setColumnWidth(m_amounts, 4, 5, 14);
    b.setColumnWidth(m_amounts, 6, 7, 30, m_wrapStyle);
    b.freezePanes(m_amounts, 1, 1);
    b.writeRow(m_amounts,
               {firmHeaders[0], tr("Programme"), tr("Verdict"), tr("Support"), tr("Up to (万元)"),
                tr("At least (万元)"), tr("Clause"), tr("Missing answers")},
               header);
}

ResultSheetWriter::~ResultSheetWriter() = default;

QString ResultSheetWriter::factLabels(const QVector<int> &factSlots) const {
    QStringList labels;
    for (int s : factSlots)
        labels << m_headers(s);
    return labels.join(m_lang == Lang::Zh ? QStringLiteral("、") : QStringLiteral("; "));
}

bool ResultSheetWriter::rowFits(int sheet) {
    if (m_book->nextRow(sheet) < XlsxWorkbookWriter::MaxRows - 1) return true;
    if (!m_truncated[sheet]) {
        m_truncated[sheet] = true;
        m_book->writeRow(sheet, {tr("More rows than Excel can show (%1); export as CSV for all of them")
                                     .arg(XlsxWorkbookWriter::MaxRows)});
    }
    return false;
}

void ResultSheetWriter::addFirm(const FirmMatch &match) {
    if (m_format == Format::Csv)
        addFirmCsv(match);
    else
        addFirmXlsx(match);
}

void ResultSheetWriter::addFirmCsv(const FirmMatch &match) {
    for (const FirmMatch::Row &r : match.rows) {
        QStringList amounts;
        if (mayBeGranted(r.result.verdict))
            for (const AmountResult &a : r.result.amounts) {
                if (!a.applicable || !a.max.isKnown()) continue;
                const QString label = a.amount->label.get(m_lang);
                const QString value = formatNumber(a.max.number(), QStringLiteral("万元"), m_lang);
                amounts << (label.isEmpty() ? value : QStringLiteral("%1: %2").arg(label, value));
            }
        m_csv->writeRow({match.firm.name, match.firm.creditCode, match.firm.region,
                         ruleSetTitle(*r.ruleSet, m_lang), r.result.programme->title.get(m_lang),
                         verdictText(r.result.verdict, m_lang), factLabels(r.result.missing),
                         amounts.join(QStringLiteral("; ")), r.ruleSet->id, r.result.programme->id});
    }
}

void ResultSheetWriter::addFirmXlsx(const FirmMatch &match) {
    XlsxWorkbookWriter &b = *m_book;
    const Firm &firm = match.firm;
    // 1: the verdicts, one row per firm.
    if (rowFits(m_results)) {
        const int row = b.nextRow(m_results);
        b.writeText(m_results, row, 0, firm.name);
        b.writeText(m_results, row, 1, firm.creditCode);
        b.writeText(m_results, row, 2, firm.region);
        int eligible = 0, undetermined = 0;
        for (const FirmMatch::Row &r : match.rows) {
            eligible += r.result.verdict == Verdict::Eligible;
            undetermined += r.result.verdict == Verdict::Undetermined;
            const int column = m_column.value(r.result.programme, -1);
            if (column >= 0)
                b.writeText(m_results, row, 5 + column, verdictText(r.result.verdict, m_lang),
                            m_verdictStyle[int(r.result.verdict)]);
        }
        b.writeNumber(m_results, row, 3, eligible);
        b.writeNumber(m_results, row, 4, undetermined);
        b.endRow(m_results);
    }
    // 2: the questions that would decide the most programmes still undetermined.
    QMap<int, QStringList> waiting; // fact slot → titles of the programmes that need it
    QVector<int> order;             // slots in the order they first appear (best verdicts first)
    for (const FirmMatch::Row &r : match.rows)
        for (int slot : r.result.missing) {
            if (!waiting.contains(slot)) order.append(slot);
            waiting[slot] << r.result.programme->title.get(m_lang);
        }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return waiting.value(a).size() > waiting.value(b).size(); });
    for (int i = 0; i < std::min<int>(MissingPerFirm, int(order.size())); ++i) {
        if (!rowFits(m_missing)) break;
        const int row = b.nextRow(m_missing);
        const QStringList titles = waiting.value(order[i]);
        b.writeText(m_missing, row, 0, firm.name);
        b.writeText(m_missing, row, 1, m_headers(order[i]));
        b.writeNumber(m_missing, row, 2, titles.size());
        b.writeText(m_missing, row, 3, titleList(titles, m_lang));
        b.endRow(m_missing);
    }
    // 3: what may be granted.
    for (const FirmMatch::Row &r : match.rows) {
        if (!mayBeGranted(r.result.verdict)) continue;
        for (const AmountResult &a : r.result.amounts) {
            if (!a.applicable || !rowFits(m_amounts)) continue;
            const int row = b.nextRow(m_amounts);
            b.writeText(m_amounts, row, 0, firm.name);
            b.writeText(m_amounts, row, 1, r.result.programme->title.get(m_lang));
            b.writeText(m_amounts, row, 2, verdictText(r.result.verdict, m_lang),
                        m_verdictStyle[int(r.result.verdict)]);
            b.writeText(m_amounts, row, 3, a.amount->label.get(m_lang));
            if (a.max.isKnown()) b.writeNumber(m_amounts, row, 4, a.max.number().toDouble(), m_amountStyle);
            if (a.min.isKnown()) b.writeNumber(m_amounts, row, 5, a.min.number().toDouble(), m_amountStyle);
            b.writeText(m_amounts, row, 6, clauseLabelOf(*a.amount, m_lang));
            b.writeText(m_amounts, row, 7, factLabels(a.missing));
            b.endRow(m_amounts);
        }
    }
}

bool ResultSheetWriter::finish(QString *error) {
    if (m_csv) {
        if (m_csv->close()) return true;
        *error = m_csv->errorString();
        return false;
    }
    const int last = std::max(1, m_book->nextRow(m_results) - 1);
    m_book->autoFilter(m_results, 1, 0, last, 4 + int(m_programmes.size()));
    if (m_book->close()) return true;
    *error = m_book->errorString();
    return false;
}

} // namespace eligicheck
