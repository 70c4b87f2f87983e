// Reports for eligible, ineligible and undetermined firms (gx-enterprise-tech-center), checked
// the way a consultant would: the HTML and the PDF's extracted text carry every clause, verbatim
// quote, 文号 and verdict; the CJK font is embedded; pages are cut between table rows; the CLI
// writes both formats.

#include "clauselabel.h"
#include "explanation.h"
#include "reportbuilder.h"
#include "reportexport.h"
#include "reportfont.h"
#include "reportpainter.h"
#include "reporttypeface.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace eligicheck;

namespace {

const QString kRuleSet = QStringLiteral("gx-enterprise-tech-center");

QString fixture(const QString &name) {
    return QStringLiteral(ELIGICHECK_TEST_DATA "/report/") + name + QStringLiteral(".yaml");
}

// Command-line arguments: QStrings (el, kRuleSet) and plain ASCII words.
struct Arg {
    Arg(const char *s)
        : text(QString::fromUtf8(s)) {}
    Arg(const QString &s)
        : text(s) {}
    QString text;
};
QStringList args(std::initializer_list<Arg> list) {
    QStringList out;
    for (const Arg &a : list)
        out << a.text;
    return out;
}

QString squeeze(QString s) {
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

// Runs a poppler tool; returns its stdout (UTF-8) or fails the test.
QString runTool(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path) {
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(runTool(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void html_data();
    void html();
    void pdfText_data();
    void pdfText();
    void rowsNeverSplit_data();
    void rowsNeverSplit();
    void matchPageCount();
    void writeErrors();
    void storedInputs_data();
    void storedInputs();
    void cli_data();
    void cli();
    void noConditionsInTheReport();
    void readersLanguage_data();
    void readersLanguage();
    void fontByAnyName_data();
    void fontByAnyName();
    void missingFont();
    void typefaceOfSettings_data();
    void typefaceOfSettings();
    void typefaceNotInstalled();
    void cliInLocale_data();
    void cliInLocale();

private:
    Answers answers(const QString &name);
    Report report(const QString &fixtureName, Lang lang, ReportInput *inputOut = nullptr);

    RuleLibrary m_library;
    const RuleSet *m_rs = nullptr;
    QTemporaryDir m_dir;
};

void TestReport::initTestCase() {
    m_library.loadBundled();
    QVERIFY(!m_library.hasErrors());
    m_rs = m_library.ruleSet(kRuleSet);
    QVERIFY(m_rs);
    QVERIFY(m_dir.isValid());
    QVERIFY2(ReportPainter::fontInstalled(), "fonts-wqy-microhei must be installed (scripts/setup.sh)");
}

Answers TestReport::answers(const QString &name) {
    Diagnostics diags;
    std::optional<Answers> a = loadAnswersFile(fixture(name), m_library.facts(), &diags);
    if (!a) {
        for (const Diagnostic &d : diags)
            qWarning("%s", qPrintable(d.toString()));
        return Answers();
    }
    return *a;
}

Report TestReport::report(const QString &fixtureName, Lang lang, ReportInput *inputOut) {
    const Answers a = answers(fixtureName);
    ReportInput in = ReportInput::forRuleSet(m_library, *m_rs, a, a.asOf.value_or(QDate(2025, 6, 1)));
    if (inputOut) *inputOut = in;
    return ReportBuilder(m_library.facts(), lang).build(in);
}

void TestReport::html_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("lang");
    QTest::addColumn<QString>("firm");
    QTest::addColumn<int>("verdict"); // of programme `recognition`
    QTest::newRow("eligible zh") << "eligible" << int(Lang::Zh) << "广西示例精密机械有限公司"
                                 << int(Verdict::Eligible);
    QTest::newRow("ineligible zh") << "ineligible" << int(Lang::Zh) << "柳州小微创新科技有限公司"
                                   << int(Verdict::NotEligible);
    QTest::newRow("undetermined zh") << "undetermined" << int(Lang::Zh) << "南宁待定信息技术有限公司"
                                     << int(Verdict::Undetermined);
    QTest::newRow("ineligible en") << "ineligible" << int(Lang::En) << "柳州小微创新科技有限公司"
                                   << int(Verdict::NotEligible);
    QTest::newRow("undetermined en") << "undetermined" << int(Lang::En) << "南宁待定信息技术有限公司"
                                     << int(Verdict::Undetermined);
}

void TestReport::html() {
    QFETCH(QString, fixture);
    QFETCH(int, lang);
    QFETCH(QString, firm);
    QFETCH(int, verdict);
    const Lang l = Lang(lang);
    ReportInput in;
    const Report r = report(fixture, l, &in);
    const QString &html = r.html;

    // One self-contained file: UTF-8, inline CSS, nothing fetched from elsewhere.
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("<style>")));
    QVERIFY(!html.contains(QStringLiteral("src=")));
    QVERIFY(!html.contains(QStringLiteral("<link")));

    QVERIFY(html.contains(firm.toHtmlEscaped()));
    QVERIFY(html.contains(m_rs->documentNumber.toHtmlEscaped()));
    QVERIFY(html.contains(m_rs->contentHash.left(12)));
    // Dates as the reader writes them (2025年11月25日 in Chinese); ids and field names are for
    // files and JSON, never in the report.
    QVERIFY(html.contains(formatDate(m_rs->verifiedOn, l)));
    if (l == Lang::Zh) {
        QVERIFY(html.contains(QStringLiteral("%1年%2月%3日")
                                  .arg(m_rs->verifiedOn.year())
                                  .arg(m_rs->verifiedOn.month())
                                  .arg(m_rs->verifiedOn.day())));
        QVERIFY(!html.contains(m_rs->verifiedOn.toString(Qt::ISODate)));
    }
    QVERIFY2(!html.contains(QStringLiteral("as_of")), "a field name in the report");
    QVERIFY2(!html.contains(kRuleSet), "a rule-set id in the report");
    QVERIFY2(!html.contains(kRuleSet + QStringLiteral("/recognition")), "a programme id in the report");
    QVERIFY(html.contains(QStringLiteral(ELIGICHECK_VERSION)));

    const RuleSetResult &res = in.results.first();
    const ProgrammeResult *recognition = nullptr;
    for (const ProgrammeResult &p : res.programmes)
        if (p.programme->id == QLatin1String("recognition")) recognition = &p;
    QVERIFY(recognition);
    QCOMPARE(int(recognition->verdict), verdict);
    QVERIFY(html.contains(verdictText(Verdict(verdict), l).toHtmlEscaped()));

    // Every criterion of every programme: its clause, its quote (verbatim, Chinese even in an
    // English report) and its status word.
    for (const ProgrammeResult &p : res.programmes) {
        if (p.verdict == Verdict::NotApplicable) continue;
        for (const CriterionResult &c : p.criteria) {
            const QString clause = clauseLabelOf(*c.criterion, l); // 第七条第(三)项 / Art. 7(3)
            QVERIFY2(html.contains(clause.toHtmlEscaped()), qPrintable(clause));
            QVERIFY2(html.contains(QStringLiteral("「") + c.criterion->quote.toHtmlEscaped() +
                                   QStringLiteral("」")),
                     qPrintable(c.criterion->quote));
            QVERIFY(html.contains(statusSymbol(c.status) + QStringLiteral("</b> ") +
                                  statusText(c.status, l).toHtmlEscaped()));
        }
    }

    // Each quote links to its document's row, which says where the full text is.
    const QString anchor = QStringLiteral("source-") + m_rs->contentHash.left(12);
    QVERIFY(html.contains(QStringLiteral("<a name=\"%1\">").arg(anchor)));
    QVERIFY(html.contains(l == Lang::Zh ? QStringLiteral("全文见 EligiCheck 中的“查看原文”")
                                        : QStringLiteral("Full text: “View source” in EligiCheck")));
    for (const CriterionResult &c : recognition->criteria)
        if (!c.criterion->quote.isEmpty())
            QVERIFY2(html.contains(QStringLiteral("href=\"#%1\"><span class=\"quote\">「%2」")
                                       .arg(anchor, c.criterion->quote.toHtmlEscaped())),
                     qPrintable(c.criterion->quote));

    // What the verdict asks of the reader.
    const QVector<Gap> gaps = gapsToEligibility(*recognition, l);
    if (Verdict(verdict) == Verdict::NotEligible) QVERIFY(!gaps.isEmpty());
    for (const Gap &g : gaps)
        QVERIFY2(html.contains(g.text.toHtmlEscaped()), qPrintable(g.text));
    for (const CriterionResult &c : recognition->criteria)
        if (c.status == CriterionStatus::Unknown)
            QVERIFY(html.contains(missingFactsText(c.missing, m_library.facts(), l).toHtmlEscaped()));
    if (Verdict(verdict) == Verdict::Undetermined)
        QVERIFY(
            html.contains(l == Lang::Zh ? QStringLiteral("待补充信息") : QStringLiteral("Open questions")));
    // Self-declarations are a checklist to sign; the report ends with signature lines.
    QVERIFY(html.contains(l == Lang::Zh ? QStringLiteral("自我声明确认单")
                                        : QStringLiteral("Self-declarations to sign")));
    QVERIFY(html.contains(l == Lang::Zh ? QStringLiteral("法定代表人（签字）")
                                        : QStringLiteral("Legal representative (signature)")));
    QVERIFY(html.contains(l == Lang::Zh ? QStringLiteral("编制人（签字）")
                                        : QStringLiteral("Preparer (signature)")));
    QVERIFY(html.contains(
        l == Lang::Zh ? QStringLiteral("不是主管部门的认定")
                      : QStringLiteral("not a recognition, approval or any other official decision")));
}

void TestReport::pdfText_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("lang");
    QTest::addColumn<QString>("firm");
    QTest::newRow("eligible zh") << "eligible" << int(Lang::Zh) << "广西示例精密机械有限公司";
    QTest::newRow("ineligible zh") << "ineligible" << int(Lang::Zh) << "柳州小微创新科技有限公司";
    QTest::newRow("undetermined zh") << "undetermined" << int(Lang::Zh) << "南宁待定信息技术有限公司";
    QTest::newRow("eligible en") << "eligible" << int(Lang::En) << "广西示例精密机械有限公司";
}

void TestReport::pdfText() {
    QFETCH(QString, fixture);
    QFETCH(int, lang);
    QFETCH(QString, firm);
    const Lang l = Lang(lang);
    ReportInput in;
    const Report r = report(fixture, l, &in);
    const QString path = m_dir.filePath(fixture + QString::number(lang) + QStringLiteral(".pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(PdfExporter::write(r, path, ReportPainter::defaultPageLayout(), &error, &pages),
             qPrintable(error));
    QCOMPARE(pdfPages(path), pages);

    // Content-stream order keeps each table cell's lines together; pdftotext wraps lines, so
    // compare without whitespace. Character-for-character equality also proves the font maps
    // glyphs to the right code points (no Kangxi radicals for 示 and friends).
    const QString text =
        squeeze(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                      QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(squeeze(firm)), qPrintable(firm));
    QVERIFY(text.contains(squeeze(m_rs->documentNumber)));
    for (const ProgrammeResult &p : in.results.first().programmes) {
        QVERIFY2(text.contains(squeeze(verdictText(p.verdict, l))), qPrintable(p.programme->id));
        if (p.verdict == Verdict::NotApplicable) continue;
        for (const CriterionResult &c : p.criteria) {
            // Present, and exactly as often as in the HTML: a page cut never prints a line twice.
            const QString quoted = QStringLiteral("「") + c.criterion->quote + QStringLiteral("」");
            QVERIFY2(text.contains(squeeze(quoted)), qPrintable(c.criterion->quote));
            QCOMPARE(text.count(squeeze(quoted)), r.html.count(quoted.toHtmlEscaped()));
            QVERIFY2(text.contains(squeeze(clauseLabelOf(*c.criterion, l))),
                     qPrintable(clauseLabelOf(*c.criterion, l)));
        }
    }
    // Footer on every page: "page X of Y".
    for (int i = 1; i <= pages; ++i) {
        const QString footer = l == Lang::Zh ? QStringLiteral("第%1页/共%2页").arg(i).arg(pages)
                                             : QStringLiteral("Page%1of%2").arg(i).arg(pages);
        QVERIFY2(text.contains(footer), qPrintable(footer));
    }

    // The CJK font is embedded (and is the one that writes correct code points).
    const QStringList fonts = runTool(QStringLiteral("pdffonts"), {path}).split(u'\n');
    bool wqyEmbedded = false;
    for (const QString &line : fonts) {
        const QStringList cols = line.simplified().split(u' ');
        if (cols.size() >= 7 && cols[0].contains(QStringLiteral("WenQuanYiMicroHei")) &&
            cols[cols.size() - 5] == QLatin1String("yes"))
            wqyEmbedded = true;
        QVERIFY2(!line.contains(QStringLiteral("NotoSansCJK")), qPrintable(line));
    }
    QVERIFY2(wqyEmbedded, qPrintable(fonts.join(u'\n')));
}

void TestReport::rowsNeverSplit_data() {
    QTest::addColumn<int>("lang");
    QTest::addColumn<int>("orientation");
    QTest::newRow("zh A4 portrait") << int(Lang::Zh) << int(QPageLayout::Portrait);
    QTest::newRow("en A4 portrait") << int(Lang::En) << int(QPageLayout::Portrait);
    QTest::newRow("zh A4 landscape") << int(Lang::Zh) << int(QPageLayout::Landscape);
}

void TestReport::rowsNeverSplit() {
    QFETCH(int, lang);
    QFETCH(int, orientation);
    const Answers a = answers(QStringLiteral("eligible"));
    const Report r =
        ReportBuilder(m_library.facts(), Lang(lang)).build(ReportInput::forMatch(m_library, a, *a.asOf));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPageLayout pl = ReportPainter::defaultPageLayout();
    pl.setOrientation(QPageLayout::Orientation(orientation));
    writer.setPageLayout(pl);
    const ReportLayout layout(r, &writer);
    QVERIFY(layout.pageCount() > 1);
    QVERIFY(layout.rowIntervals().size() > 100);

    // Pages follow each other without gaps or overlaps, each within the body height.
    const QVector<ReportLayout::Slice> &slices = layout.slices();
    QCOMPARE(slices.first().top, 0.0);
    for (int i = 0; i < slices.size(); ++i) {
        QVERIFY(slices[i].bottom > slices[i].top);
        QVERIFY(slices[i].bottom - slices[i].top + slices[i].headerHeight() <= layout.bodyHeight());
        if (i > 0) QCOMPARE(slices[i].top, slices[i - 1].bottom);
    }
    // Every row that fits on a page lies on exactly one page.
    int tall = 0;
    for (const ReportLayout::Interval &row : layout.rowIntervals()) {
        if (row.bottom - row.top > layout.bodyHeight() * 0.9) {
            ++tall;
            continue;
        }
        const bool onOnePage = std::any_of(slices.begin(), slices.end(), [&](const ReportLayout::Slice &s) {
            return row.top >= s.top - 0.01 && row.bottom <= s.bottom + 0.01;
        });
        if (!onOnePage)
            for (const ReportLayout::Slice &s : slices)
                if (s.bottom > row.top && s.top < row.bottom) qWarning("slice %f-%f", s.top, s.bottom);
        QVERIFY2(
            onOnePage,
            qPrintable(
                QStringLiteral("row %1–%2 is split").arg(row.top, 0, 'f', 1).arg(row.bottom, 0, 'f', 1)));
    }
    QCOMPARE(tall, 0);
    // Tables continued from the previous page repeat their header row.
    QVERIFY(std::any_of(slices.begin(), slices.end(),
                        [](const ReportLayout::Slice &s) { return s.headerHeight() > 0; }));
}

void TestReport::matchPageCount() {
    // All 13 bundled rule sets for one firm: every programme gets its section.
    QCOMPARE(int(m_library.ruleSets().size()), 13);
    const Answers a = answers(QStringLiteral("eligible"));
    const QString path = m_dir.filePath(QStringLiteral("match.pdf"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    int pages = 0;
    QVERIFY2(writeMatchReportPdf(m_library, a, *a.asOf, Lang::Zh, path, &error, &pages), qPrintable(error));
    qInfo("13-rule-set match report: %d pages in %lld ms", pages, timer.elapsed());
    QCOMPARE(pdfPages(path), pages);
    int programmes = 0;
    for (const auto &rs : m_library.ruleSets())
        programmes += int(rs->programmes.size());
    // At least a page per rule set; at most about two per programme.
    QVERIFY2(pages >= 13 && pages <= 2 * programmes, qPrintable(QString::number(pages)));
    const QString text =
        squeeze(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                      QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
    for (const auto &rs : m_library.ruleSets())
        if (!rs->documentNumber.isEmpty())
            QVERIFY2(text.contains(squeeze(rs->documentNumber)), qPrintable(rs->documentNumber));
}

void TestReport::writeErrors() {
    const Report r = report(QStringLiteral("eligible"), Lang::Zh);
    QString error;
    const QString missingDir = m_dir.filePath(QStringLiteral("no/such/dir/report.pdf"));
    QVERIFY(!PdfExporter::write(r, missingDir, ReportPainter::defaultPageLayout(), &error));
    QVERIFY2(error.contains(QStringLiteral("no/such/dir/report.pdf")), qPrintable(error));
    QVERIFY(!QFile::exists(missingDir));
    error.clear();
    QVERIFY(!HtmlExporter::write(r, m_dir.filePath(QStringLiteral("no/such/dir/report.html")), &error));
    QVERIFY(!error.isEmpty());

    // A failed write leaves an existing file alone.
    const QString existing = m_dir.filePath(QStringLiteral("keep.pdf"));
    QVERIFY(QDir().mkpath(existing + QStringLiteral(".d")));
    QFile keep(existing);
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("precious");
    keep.close();
    QVERIFY(
        !PdfExporter::write(r, existing + QStringLiteral(".d"), ReportPainter::defaultPageLayout(), &error));
    QVERIFY(keep.open(QIODevice::ReadOnly));
    QCOMPARE(keep.readAll(), QByteArray("precious"));
}

void TestReport::storedInputs_data() {
    QTest::addColumn<QString>("ruleSet");
    QTest::addColumn<QString>("factId"); // an extra stored answer ("" = none)
    QTest::addColumn<QString>("factText");
    QTest::addColumn<QString>("error"); // "" = the report equals the one made from the answers file
    QTest::newRow("round trip") << kRuleSet << ""
                                << ""
                                << "";
    QTest::newRow("rule set gone") << "gx-no-such-rules"
                                   << ""
                                   << ""
                                   << "rule set 'gx-no-such-rules'";
    QTest::newRow("unknown fact") << kRuleSet << "no_such_fact"
                                  << "1"
                                  << "no_such_fact is not a known fact";
    QTest::newRow("bad value") << kRuleSet << "rd_staff_count"
                               << "many"
                               << "rd_staff_count = 'many'";
}

void TestReport::storedInputs() {
    QFETCH(QString, ruleSet);
    QFETCH(QString, factId);
    QFETCH(QString, factText);
    QFETCH(QString, error);
    const Answers a = answers(QStringLiteral("ineligible"));
    QHash<QString, QString> stored;
    for (auto it = a.values.cbegin(); it != a.values.cend(); ++it)
        stored.insert(it.key(), it.value().toPlainString());
    if (!factId.isEmpty()) stored.insert(factId, factText);
    QString why;
    const std::optional<ReportInput> in =
        ReportInput::forStoredInputs(m_library, ruleSet, stored, *a.asOf, a.firmName, a.creditCode, &why);
    if (!error.isEmpty()) {
        QVERIFY(!in);
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QVERIFY2(in, qPrintable(why));
    const ReportBuilder builder(m_library.facts(), Lang::Zh);
    QCOMPARE(builder.build(*in).html, report(QStringLiteral("ineligible"), Lang::Zh).html);
}

void TestReport::cli_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("output"); // file name in the temp dir, "" = stdout
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expect"); // start of the output file / stdout, or text on stderr
    const QString el = fixture(QStringLiteral("eligible"));
    QTest::newRow("check pdf") << args({"check", kRuleSet, "--answers", el, "--format", "pdf", "--output"})
                               << "check.pdf" << 0 << "%PDF-";
    QTest::newRow("check html file") << args({"check", kRuleSet + QStringLiteral("/recognition"), "--answers",
                                              el, "--format", "html", "--output"})
                                     << "check.html" << 0 << "<!DOCTYPE html>";
    QTest::newRow("check html stdout")
        << args({"check", kRuleSet, "--answers", el, "--format", "html"}) << "" << 0 << "<!DOCTYPE html>";
    QTest::newRow("check pdf en") << args({"--lang", "en", "check", kRuleSet, "--answers", el, "--format=pdf",
                                           "--output"})
                                  << "check-en.pdf" << 0 << "%PDF-";
    QTest::newRow("match pdf") << args({"match", "--answers", el, "--format", "pdf", "--output"})
                               << "match-cli.pdf" << 0 << "%PDF-";
    QTest::newRow("match html") << args({"match", "--answers", el, "--format", "html", "--output"})
                                << "match-cli.html" << 0 << "<!DOCTYPE html>";
    QTest::newRow("pdf needs output") << args({"--lang", "en", "check", kRuleSet, "--answers", el, "--format", "pdf"})
                                      << "" << 2 << "--format pdf needs --output FILE";
    QTest::newRow("no pdf for list") << args({"--lang", "en", "list", "--format", "pdf", "--output", "x.pdf"}) << "" << 2
                                     << "only for check, match and report";
    QTest::newRow("unwritable output")
        << args({"--lang", "en", "check", kRuleSet, "--answers", el, "--format", "pdf", "--output",
              "/nonexistent-dir/r.pdf"})
        << "" << 2 << "Cannot write";
}

void TestReport::cli() {
    QFETCH(QStringList, args);
    QFETCH(QString, output);
    QFETCH(int, exitCode);
    QFETCH(QString, expect);
    const QString path = output.isEmpty() ? QString() : m_dir.filePath(output);
    if (!path.isEmpty()) args << path;
    QProcess p;
    p.start(QStringLiteral(ELIGICHECK_BIN_DIR "/eligicheck-cli"), args);
    QVERIFY(p.waitForFinished(120000));
    const QByteArray out = p.readAllStandardOutput(), err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), exitCode);
    if (exitCode != 0) {
        QVERIFY2(QString::fromUtf8(err).contains(expect), err.constData());
        return;
    }
    QByteArray produced = out;
    if (!path.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        produced = f.readAll();
    }
    QVERIFY2(produced.startsWith(expect.toUtf8()), produced.left(80).constData());
    if (expect == QLatin1String("%PDF-"))
        QVERIFY(pdfPages(path) >= 1);
    else
        QVERIFY(QString::fromUtf8(produced).contains(QStringLiteral("广西示例精密机械有限公司")));
}

// Issue 17 item 6: a programme with duties only says so in the report, never "eligible", and has
// no "what would it take" section.
void TestReport::noConditionsInTheReport() {
    const RuleSet *rs = m_library.ruleSet(QStringLiteral("sd-vocational-skill-master-studio"));
    QVERIFY(rs);
    Answers a;
    a.values.insert(QStringLiteral("province"), Value::fromChoice(QStringLiteral("shandong")));
    a.values.insert(QStringLiteral("studio_approval_date"), Value::fromDate(QDate(2024, 1, 15)));
    ReportInput in = ReportInput::forRuleSet(m_library, *rs, a, QDate(2024, 6, 1), QStringLiteral("studio-construction"));
    QCOMPARE(in.results.size(), 1);
    QCOMPARE(in.results.first().programmes.size(), 1);
    QCOMPARE(int(in.results.first().programmes.first().verdict), int(Verdict::NoConditions));
    const QString zh = ReportBuilder(m_library.facts(), Lang::Zh).build(in).html;
    QVERIFY(zh.contains(QStringLiteral("无资格条件：仅为说明或义务")));
    QVERIFY(!zh.contains(QStringLiteral("差距分析")));
    QVERIFY(!zh.contains(QStringLiteral("✔ 符合")));
    const QString en = ReportBuilder(m_library.facts(), Lang::En).build(in).html;
    QVERIFY(en.contains(QStringLiteral("No conditions: information or duties only")));
}

// The report font is found by any of its names, whatever the locale: fontconfig calls it
// 文泉驿微米黑 under zh_CN and Qt lists it only by that name there.
// Issue 16: the English report names clauses in English (Art. 7(3), where the Chinese one says
// 第七条第(三)项) and amounts in the clause's own unit (10亿元 where the rule writes 10亿元, not
// "100,000万元"); JSON keeps the label as written (tst_cli).
void TestReport::readersLanguage_data() {
    QTest::addColumn<int>("lang");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("zh") << int(Lang::Zh)
                        << QStringList{QStringLiteral("第七条第(三)项"), QStringLiteral("第七条第(七)项1."),
                                       QStringLiteral("上年度主营业务收入 4,000万元（低于 10亿元）")}
                        << QStringList{QStringLiteral("Art. 7"), QStringLiteral("100,000万元")};
    QTest::newRow("en") << int(Lang::En)
                        << QStringList{QStringLiteral("<td>Art. 7(3)<br>"), QStringLiteral("Art. 7(7)1"),
                                       QStringLiteral("(less than CNY 1 billion)"),
                                       QStringLiteral("Audited financial report for the previous year <span "
                                                      "class=\"small\">(Art. 7(3), Art. 7(4))")}
                        << QStringList{QStringLiteral("第七条"), QStringLiteral("（Art"),
                                       QStringLiteral("上年度财务审计报告")};
}

void TestReport::readersLanguage() {
    QFETCH(int, lang);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString html = report(QStringLiteral("ineligible"), Lang(lang)).html;
    for (const QString &s : present)
        QVERIFY2(html.contains(s), qPrintable(s));
    for (const QString &s : absent)
        QVERIFY2(!html.contains(s), qPrintable(s));
}

void TestReport::fontByAnyName_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("English") << "WenQuanYi Micro Hei";
    QTest::newRow("English, other case") << "wenquanyi micro hei";
    QTest::newRow("Simplified Chinese") << "文泉驿微米黑";
    QTest::newRow("Traditional Chinese") << "文泉驛微米黑";
}

void TestReport::fontByAnyName() {
    QFETCH(QString, name);
    const QString known = ReportFont::resolve(name);
    QVERIFY2(!known.isEmpty(), qPrintable(name));
    QVERIFY2(QFontDatabase::families().contains(known), qPrintable(known));
    QCOMPARE(known, ReportFont::resolve(ReportFont::defaultFamily()));
    QVERIFY(ReportPainter::fontInstalled(name));
    QCOMPARE(ReportPainter::fontProblem(name), QString());
    QCOMPARE(ReportPainter::reportFont(9, name).family(), known);
    // fontconfig lists every name of the family, the English one included, in any locale.
    const QStringList names = ReportFont::fontconfigNames(name);
    QVERIFY2(names.contains(QStringLiteral("WenQuanYi Micro Hei")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("文泉驿微米黑")), qPrintable(names.join(u',')));
}

// A font that really is missing is named, with what to do, and nothing is written or printed.
void TestReport::missingFont() {
    const QString nonsense = QStringLiteral("EligiCheck No Such Font 9");
    QCOMPARE(ReportFont::resolve(nonsense), QString());
    QVERIFY(ReportFont::fontconfigNames(nonsense).isEmpty());
    QVERIFY(!ReportPainter::fontInstalled(nonsense));
    QVERIFY2(ReportPainter::fontProblem(nonsense).contains(nonsense),
             qPrintable(ReportPainter::fontProblem(nonsense)));
    const QString message = ReportFont::missingMessage();
    QVERIFY2(message.contains(QStringLiteral("fonts-wqy-microhei")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("WenQuanYi Micro Hei")), qPrintable(message));
}

// Settings → Reports: the family and size chosen there are what the PDF is set in. The default
// (no family, 9 pt) leaves the report exactly as the stylesheet writes it.
void TestReport::typefaceOfSettings_data() {
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("points");
    QTest::addColumn<QString>("embedded"); // PostScript name of the body font in the PDF
    QTest::addColumn<QString>("bodySize"); // the body's font-size in the HTML's stylesheet
    QTest::addColumn<QString>("h1Size");
    QTest::newRow("stylesheet's own") << "" << 9 << "WenQuanYiMicroHei"
                                      << "9pt"
                                      << "16pt";
    QTest::newRow("other family, Chinese name") << "文泉驿等宽微米黑" << 9 << "WenQuanYiMicroHeiMono"
                                                << "9pt"
                                                << "16pt";
    QTest::newRow("larger") << "" << 12 << "WenQuanYiMicroHei"
                            << "12pt"
                            << "21.3pt";
    QTest::newRow("smaller, other family") << "WenQuanYi Micro Hei Mono" << 7 << "WenQuanYiMicroHeiMono"
                                           << "7pt"
                                           << "12.4pt";
}

void TestReport::typefaceOfSettings() {
    QFETCH(QString, family);
    QFETCH(int, points);
    QFETCH(QString, embedded);
    QFETCH(QString, bodySize);
    QFETCH(QString, h1Size);
    const Report plain = report(QStringLiteral("eligible"), Lang::Zh);
    Report r = plain;
    ReportTypeface{family, points}.applyTo(r);
    if (family.isEmpty() && points == ReportTypeface::stylesheetPointSize) QCOMPARE(r.html, plain.html);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("body \\{[^}]*font-size: %1;").arg(QRegularExpression::escape(bodySize)))
                 .match(r.html)
                 .hasMatch(),
             qPrintable(bodySize));
    QVERIFY2(r.html.contains(QStringLiteral("h1 { font-size: %1;").arg(h1Size)), qPrintable(h1Size));
    // The firm's own text is not a stylesheet: only sizes inside <style> change.
    QCOMPARE(r.html.mid(r.html.indexOf(QLatin1String("</style>"))),
             plain.html.mid(plain.html.indexOf(QLatin1String("</style>"))));

    const QString path =
        m_dir.filePath(QStringLiteral("typeface-%1.pdf").arg(QString::fromUtf8(QTest::currentDataTag())));
    QString error;
    int pages = 0;
    QVERIFY2(PdfExporter::write(r, path, ReportPainter::defaultPageLayout(), &error, &pages),
             qPrintable(error));
    int plainPages = 0;
    QVERIFY(PdfExporter::write(plain, m_dir.filePath(QStringLiteral("typeface-plain.pdf")),
                               ReportPainter::defaultPageLayout(), &error, &plainPages));
    if (points > ReportTypeface::stylesheetPointSize)
        QVERIFY2(pages > plainPages, qPrintable(QString::number(pages)));
    if (points < ReportTypeface::stylesheetPointSize)
        QVERIFY2(pages < plainPages, qPrintable(QString::number(pages)));
    bool found = false;
    for (const QString &line : runTool(QStringLiteral("pdffonts"), {path}).split(u'\n')) {
        const QStringList cols = line.simplified().split(u' ');
        // "ABCDEF+WenQuanYiMicroHei" vs "…+WenQuanYiMicroHeiMono": compare the name after the subset tag.
        if (cols.size() >= 7 && cols[0].section(u'+', -1) == embedded &&
            cols[cols.size() - 5] == QLatin1String("yes"))
            found = true;
    }
    QVERIFY2(found, qPrintable(runTool(QStringLiteral("pdffonts"), {path})));
    // Clause text stays extractable in the chosen face.
    const QString text =
        squeeze(runTool(QStringLiteral("pdftotext"),
                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
    QVERIFY(text.contains(squeeze(m_rs->documentNumber)));
}

// A family chosen in Settings and since uninstalled: nothing is written, and the message names it.
void TestReport::typefaceNotInstalled() {
    Report r = report(QStringLiteral("eligible"), Lang::Zh);
    ReportTypeface{QStringLiteral("EligiCheck No Such Font 9"), 10}.applyTo(r);
    const QString path = m_dir.filePath(QStringLiteral("typeface-missing.pdf"));
    QString error;
    QVERIFY(!PdfExporter::write(r, path, ReportPainter::defaultPageLayout(), &error));
    QVERIFY2(error.contains(QStringLiteral("EligiCheck No Such Font 9")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

// The CLI writes the PDF under every locale our users have, with the CJK font embedded and
// the clauses extractable, and in the locale's language without --lang.
void TestReport::cliInLocale_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("zh_CN") << "zh_CN.UTF-8" << true;
    QTest::newRow("zh_TW") << "zh_TW.UTF-8" << true;
    QTest::newRow("en_US") << "en_US.UTF-8" << false;
    QTest::newRow("C") << "C.UTF-8" << false;
}

void TestReport::cliInLocale() {
    QFETCH(QString, locale);
    QFETCH(bool, chinese);
    const QString path = m_dir.filePath(QStringLiteral("locale-%1.pdf").arg(locale));
    const QString htmlPath = m_dir.filePath(QStringLiteral("locale-%1.html").arg(locale));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("html")}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ELIGICHECK_BIN_DIR "/eligicheck-cli"),
                {QStringLiteral("check"), kRuleSet, QStringLiteral("--answers"),
                 fixture(QStringLiteral("eligible")), QStringLiteral("--format"), format,
                 QStringLiteral("--output"), format == QLatin1String("pdf") ? path : htmlPath});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
    const QString text =
        squeeze(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                      QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
    for (const Criterion &c : m_rs->programmes.front().criteria)
        QVERIFY2(text.contains(squeeze(c.quote)), qPrintable(c.quote));
    // The report's language is the locale's: its title and its first heading.
    const Lang lang = chinese ? Lang::Zh : Lang::En;
    const QString title = squeeze(m_rs->programmes.front().title.get(lang));
    QVERIFY2(text.contains(title), qPrintable(title));
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(html.readAll()).contains(QStringLiteral("<html lang=\"zh")), chinese);
    bool wqyEmbedded = false;
    for (const QString &line : runTool(QStringLiteral("pdffonts"), {path}).split(u'\n')) {
        const QStringList cols = line.simplified().split(u' ');
        if (cols.size() >= 7 && cols[0].contains(QStringLiteral("WenQuanYiMicroHei")) &&
            cols[cols.size() - 5] == QLatin1String("yes"))
            wqyEmbedded = true;
    }
    QVERIFY(wqyEmbedded);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
