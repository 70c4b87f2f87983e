// One report per firm (issue 19 item 4): file names safe for every file system and unique within
// a batch, and `eligicheck-cli report --all` writing one PDF per firm, --region choosing firms, and
// a firm that cannot be written named while the others are still written (exit 2).
#include "reportfilenames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace eligicheck;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

const QString kAsOf = QStringLiteral("2025-06-01");

// Four clients: two in Guangxi (one whose name has a slash), one in Shanghai, one whose name
// differs from the Guangxi one only by ':' instead of '/' (same file name once sanitised).
const QByteArray kFirms = R"(format: eligicheck-firms/1
firms:
  - firm: {name: 南宁示例科技有限公司, region: guangxi}
    facts: {province: guangxi, rd_staff_count: 55, main_business_revenue_wan: "2亿元"}
  - firm: {name: "桂林/北海联合机械有限公司", region: guangxi}
    facts: {rd_staff_count: 12}
  - firm: {name: "桂林:北海联合机械有限公司", region: shanghai}
    facts: {province: shanghai}
  - firm: {name: 上海示例信息技术有限公司, region: shanghai}
    facts: {province: shanghai, rd_staff_count: 30}
)";
} // namespace

class TestReportBatch : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ELIGICHECK_BIN_DIR "/eligicheck-cli"),
                QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_db} +
                    args);
        if (!p.waitForFinished(120000)) return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    static QString pdfText(const QString &pdf) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!text.waitForFinished(30000)) return QString();
        return QString::fromUtf8(text.readAllStandardOutput())
            .remove(QRegularExpression(QStringLiteral("\\s")));
    }
    QStringList reportAll(const QString &dir, const QStringList &extra, Run *run) {
        *run = cli(QStringList{QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--as-of"),
                               kAsOf, QStringLiteral("--output-dir"), dir} +
                   extra);
        return QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("firms.db"));
        const QString yaml = m_dir.filePath(QStringLiteral("firms.yaml"));
        QFile f(yaml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kFirms);
        f.close();
        const Run r = cli({QStringLiteral("import"), yaml});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void sanitize_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        QTest::newRow("chinese kept") << "南宁示例科技有限公司"
                                      << "南宁示例科技有限公司";
        QTest::newRow("path separators") << "A/B\\C"
                                         << "A_B_C";
        QTest::newRow("windows reserved") << "a:b*c?d\"e<f>g|h"
                                          << "a_b_c_d_e_f_g_h";
        QTest::newRow("control characters") << QStringLiteral("x\ny\tz\u2028w") << "x_y_z_w";
        QTest::newRow("leading dots and dash") << "..-.hidden"
                                               << "hidden";
        QTest::newRow("trailing dot and space") << "firm. "
                                                << "firm";
        QTest::newRow("device name") << "CON"
                                     << "CON_";
        QTest::newRow("nothing left") << "///"
                                      << "___";
        QTest::newRow("empty") << ""
                               << "report";
        QTest::newRow("long") << QString(200, u'企') << QString(80, u'企');
    }
    void sanitize() {
        QFETCH(QString, name);
        QFETCH(QString, file);
        QCOMPARE(ReportFileNames::sanitize(name), file);
    }

    // Two firms whose names differ only where a file system cannot tell them apart still get two
    // files; case does not count (Windows, macOS).
    void namesAreUniqueWithinABatch() {
        ReportFileNames names(QStringLiteral("pdf"));
        const QDate d(2025, 6, 1);
        QCOMPARE(names.next(QStringLiteral("A/B"), d), QStringLiteral("A_B_2025-06-01.pdf"));
        QCOMPARE(names.next(QStringLiteral("A:B"), d), QStringLiteral("A_B_2025-06-01_2.pdf"));
        QCOMPARE(names.next(QStringLiteral("a|b"), d), QStringLiteral("a_b_2025-06-01_3.pdf"));
        QCOMPARE(names.next(QStringLiteral("A/B"), d.addDays(1)), QStringLiteral("A_B_2025-06-02.pdf"));
    }

    void everyFirmGetsItsPdf() {
        const QString dir = m_dir.filePath(QStringLiteral("all"));
        Run r;
        const QStringList files = reportAll(dir, {}, &r);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(files, QStringList({QStringLiteral("上海示例信息技术有限公司_2025-06-01.pdf"),
                                     QStringLiteral("南宁示例科技有限公司_2025-06-01.pdf"),
                                     QStringLiteral("桂林_北海联合机械有限公司_2025-06-01.pdf"),
                                     QStringLiteral("桂林_北海联合机械有限公司_2025-06-01_2.pdf")}));
        QCOMPARE(r.out.count(QStringLiteral("Wrote ")), 4);
        QVERIFY2(r.out.contains(QStringLiteral("4 reports written to")), qPrintable(r.out));
        // Each file is the report of its own firm.
        const QString nanning = pdfText(QDir(dir).filePath(files[1]));
        QVERIFY2(nanning.contains(QStringLiteral("南宁示例科技有限公司")), qPrintable(nanning.left(300)));
        QVERIFY(!nanning.contains(QStringLiteral("上海示例信息技术有限公司")));
        QVERIFY(nanning.contains(QStringLiteral("2025-06-01")) ||
                nanning.contains(QStringLiteral("2025年6月1日")));
        const QString shanghai = pdfText(QDir(dir).filePath(files[0]));
        QVERIFY(shanghai.contains(QStringLiteral("上海示例信息技术有限公司")));
        // Only the programmes that concern a firm: Guangxi's documents are not in Shanghai's report.
        QVERIFY(nanning.contains(QStringLiteral("桂工信规范〔2025〕2号")));
        QVERIFY(!shanghai.contains(QStringLiteral("桂工信规范〔2025〕2号")));
        QStringList both;
        for (int i : {2, 3})
            both << pdfText(QDir(dir).filePath(files[i]));
        QVERIFY(both.join(QString()).contains(QStringLiteral("桂林/北海联合机械有限公司")));
        QVERIFY(both.join(QString()).contains(QStringLiteral("桂林:北海联合机械有限公司")));
    }

    void regionChoosesFirms() {
        const QString dir = m_dir.filePath(QStringLiteral("guangxi"));
        Run r;
        const QStringList files = reportAll(dir, {QStringLiteral("--region"), QStringLiteral("guangxi")}, &r);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(files, QStringList({QStringLiteral("南宁示例科技有限公司_2025-06-01.pdf"),
                                     QStringLiteral("桂林_北海联合机械有限公司_2025-06-01.pdf")}));
        reportAll(dir, {QStringLiteral("--region"), QStringLiteral("atlantis")}, &r);
        QCOMPARE(r.code, 2);
    }

    // A firm whose file cannot be written is named; the others are still written; exit 2.
    void oneFailureDoesNotStopTheOthers() {
        const QString dir = m_dir.filePath(QStringLiteral("blocked"));
        QVERIFY(QDir().mkpath(QDir(dir).filePath(QStringLiteral("南宁示例科技有限公司_2025-06-01.pdf"))));
        Run r;
        const QStringList files = reportAll(dir, {}, &r);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("南宁示例科技有限公司")), qPrintable(r.err));
        QCOMPARE(files.size(), 3); // the three others (the blocked name is a folder)
        QVERIFY2(r.out.contains(QStringLiteral("3 reports written")) &&
                     r.out.contains(QStringLiteral("1 firm failed")),
                 qPrintable(r.out));
    }

    void usageErrors() {
        Run r = cli({QStringLiteral("report"), QStringLiteral("--all")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--output-dir")));
        r = cli({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("南宁示例科技有限公司"),
                 QStringLiteral("--output-dir"), m_dir.filePath(QStringLiteral("x"))});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestReportBatch)
#include "tst_reportbatch.moc"
