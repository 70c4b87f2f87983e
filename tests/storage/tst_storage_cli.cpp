// The firm database through eligicheck-cli: add, merge answers, assess, history, export,
// import into another database, and the refusals (bad input, newer database) with exit 2.
#include "storagetestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace storagetest;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

// A raw connection to a database file, as another program (or an older version) has it.
template <typename F> void withRawSqlite(const QString &path, F f) {
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        f(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

class TestStorageCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    const QString m_firm = QStringLiteral("南宁示例科技有限公司");

    Run cli(const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"),
                   m_dir.filePath(QStringLiteral("xdg"))); // never the user's file
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ELIGICHECK_BIN_DIR "/eligicheck-cli"),
                QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        if (!p.waitForFinished(60000)) return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString db(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(ELIGICHECK_BIN_DIR "/eligicheck-cli")),
                 "build eligicheck-cli first");
    }

    void roundTrip() {
        const QString a = db(QStringLiteral("a.db")), b = db(QStringLiteral("b.db"));
        Run r = cli({QStringLiteral("--db"), a, QStringLiteral("firm"), QStringLiteral("add"),
                     QStringLiteral("--answers"), dataPath(QStringLiteral("client.yaml"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(m_firm));
        r = cli({QStringLiteral("--db"), a, QStringLiteral("firm"), QStringLiteral("answers"), m_firm,
                 QStringLiteral("--answers"), dataPath(QStringLiteral("more-answers.yaml"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("--db"), a, QStringLiteral("assess"), m_firm,
                 QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("--as-of"),
                 QStringLiteral("2025-06-01"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray assessed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(assessed.size(), 1);
        QVERIFY(assessed[0][QStringLiteral("assessment_id")].toInt() > 0);
        const QJsonObject result = assessed[0][QStringLiteral("result")].toObject();
        QCOMPARE(result[QStringLiteral("ruleset")].toString(), QStringLiteral("gx-enterprise-tech-center"));
        const QString verdict = result[QStringLiteral("programmes")][0][QStringLiteral("verdict")].toString();
        QCOMPARE(verdict, QStringLiteral("eligible")); // the fixtures answer every question of 第七条

        r = cli({QStringLiteral("--db"), a, QStringLiteral("export"), m_firm, QStringLiteral("--output"),
                 db(QStringLiteral("firm.yaml"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), db(QStringLiteral("firm.yaml"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Imported 1 firm")));

        // Same answers and the same history in the other database.
        const Run showA =
            cli({QStringLiteral("--db"), a, QStringLiteral("firm"), QStringLiteral("show"), m_firm});
        const Run showB = cli({QStringLiteral("--db"), b, QStringLiteral("firm"), QStringLiteral("show"),
                               QStringLiteral("91350100M000100Y43")});
        QCOMPARE(showB.code, 0);
        auto withoutStamps = [](QString s) {
            return s.remove(QRegularExpression(QStringLiteral("\\(v\\d+, [^)]*\\)")));
        };
        QCOMPARE(withoutStamps(showB.out), withoutStamps(showA.out));
        // The question as people read it (in the run's language), not the fact id (issue 16).
        QVERIFY2(showA.out.contains(QStringLiteral("Main business revenue (previous year) [2024] = ")) ||
                     showA.out.contains(QStringLiteral("上年度主营业务收入 [2024] = ")),
                 qPrintable(showA.out));
        QVERIFY2(!showA.out.contains(QStringLiteral("main_business_revenue_wan")), qPrintable(showA.out));
        const Run histB = cli({QStringLiteral("--db"), b, QStringLiteral("history"), m_firm,
                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(histB.code, 0);
        const QJsonArray hist = QJsonDocument::fromJson(histB.out.toUtf8()).array();
        QCOMPARE(hist.size(), 1);
        QCOMPARE(hist[0][QStringLiteral("verdicts")][QStringLiteral("recognition")].toString(), verdict);
        QCOMPARE(hist[0][QStringLiteral("stale")].toBool(), false);

        // The morning report covers the firm.
        const Run all =
            cli({QStringLiteral("--db"), b, QStringLiteral("match-all"), QStringLiteral("--as-of"),
                 QStringLiteral("2025-06-01"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(all.code, 0);
        const QJsonArray firms = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QCOMPARE(firms.size(), 1);
        bool found = false;
        for (const QJsonValue &p : firms[0][QStringLiteral("programmes")].toArray())
            if (p[QStringLiteral("ruleset")].toString() == QLatin1String("gx-enterprise-tech-center") &&
                p[QStringLiteral("programme")].toString() == QLatin1String("recognition"))
                found = p[QStringLiteral("verdict")].toString() == verdict;
        QVERIFY(found);
        QCOMPARE(cli({QStringLiteral("--db"), b, QStringLiteral("recheck")}).code, 0);
    }

    // After a rule update, recheck says what changed in the user's words: the document by
    // title, each change by programme title and clause label, old → new, and why. Ids only in
    // the JSON.
    // Issue 17: `firm add --region "广西 柳州市"` and no province/city answers. assess and
    // match-all judge the 注册地 criterion from that region (it was 待补充 in assess and check
    // while match-all read the region field); a firm registered elsewhere fails it.
    void regionTextDecidesTheAreaCriterion_data() {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("status");
        QTest::newRow("广西 柳州市") << QStringLiteral("广西 柳州市") << QStringLiteral("pass");
        QTest::newRow("浙江省") << QStringLiteral("浙江省") << QStringLiteral("fail");
        QTest::newRow("unknown") << QStringLiteral("高新区3号楼") << QStringLiteral("unknown");
    }
    void regionTextDecidesTheAreaCriterion() {
        QFETCH(QString, region);
        QFETCH(QString, status);
        const QString a = db(QStringLiteral("region-%1.db").arg(QString::fromUtf8(QTest::currentDataTag())));
        const QString name = QStringLiteral("地区测试有限公司");
        Run r = cli({QStringLiteral("--db"), a, QStringLiteral("firm"), QStringLiteral("add"),
                     QStringLiteral("--name"), name, QStringLiteral("--region"), region});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("--db"), a, QStringLiteral("assess"), name,
                 QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("--as-of"),
                 QStringLiteral("2025-06-01"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject programme =
            QJsonDocument::fromJson(r.out.toUtf8())
                .array()[0][QStringLiteral("result")][QStringLiteral("programmes")][0]
                .toObject();
        QString area;
        for (const QJsonValue c : programme[QStringLiteral("criteria")].toArray())
            if (c[QStringLiteral("id")].toString() == QLatin1String("in-area"))
                area = c[QStringLiteral("status")].toString();
        QCOMPARE(area, status);
        // match-all: the Guangxi programme is shown to the Liuzhou firm only (relevance by region).
        r = cli({QStringLiteral("--db"), a, QStringLiteral("match-all"), QStringLiteral("--as-of"),
                 QStringLiteral("2025-06-01"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const bool shown = r.out.contains(QStringLiteral("gx-enterprise-tech-center"));
        QCOMPARE(shown, status != QLatin1String("fail"));
        QCOMPARE(r.out.contains(QStringLiteral("zj-")), status != QLatin1String("pass"));
        // assess without a rule set: those that concern the firm; --all: every one.
        auto assessed = [&](const QStringList &extra) {
            Run run = cli(QStringList{QStringLiteral("--db"), a, QStringLiteral("assess"), name,
                                      QStringLiteral("--as-of"), QStringLiteral("2025-06-01"),
                                      QStringLiteral("--format"), QStringLiteral("json")} +
                          extra);
            QStringList ids;
            for (const QJsonValue v : QJsonDocument::fromJson(run.out.toUtf8()).array())
                ids << v[QStringLiteral("result")][QStringLiteral("ruleset")].toString();
            return ids;
        };
        const QStringList relevant = assessed({});
        const QStringList every = assessed({QStringLiteral("--all")});
        QVERIFY(!relevant.isEmpty());
        QVERIFY(every.size() > relevant.size() || status == QLatin1String("unknown"));
        QCOMPARE(relevant.filter(QRegularExpression(QStringLiteral("^gx-"))).isEmpty(),
                 status == QLatin1String("fail"));
        if (status == QLatin1String("pass"))
            QVERIFY2(relevant.filter(QStringLiteral("zj-")).isEmpty(), qPrintable(relevant.join(u' ')));
    }

    void recheckInTheUsersWords_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("zh_CN")
            << QStringLiteral("zh_CN")
            << QStringList{
                   QStringLiteral("南宁示例科技有限公司：广西壮族自治区企业技术中心认定管理办法（桂工信规范〔"
                                  "2025〕2号）：已按当前规则重新评估（#1 → #2），2 处变化"),
                   QStringLiteral("    自治区企业技术中心认定：结论 符合 → 不符合"),
                   QStringLiteral(
                       "    自治区企业技术中心认定 第七条第(三)项 上年度主营业务收入：满足 → "
                       "不满足，上年度主营业务收入 20,000万元，要求不低于 3亿元，差 1亿元")};
        QTest::newRow("en")
            << QStringLiteral("en")
            << QStringList{
                   QStringLiteral(
                       "南宁示例科技有限公司: 广西壮族自治区企业技术中心认定管理办法 "
                       "(桂工信规范〔2025〕2号): re-checked with the current rules (#1 → #2), 2 changes"),
                   QStringLiteral("    Recognition as a Guangxi enterprise technology centre: verdict "
                                  "Eligible → Not eligible"),
                   QStringLiteral("    Recognition as a Guangxi enterprise technology centre Art. 7(3) "
                                  "Previous-year main business revenue: Pass → Fail, Main business revenue "
                                  "(previous year) CNY 200 million; required at least CNY 300 million; "
                                  "short by CNY 100 million")};
    }
    void recheckInTheUsersWords() {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString dbFile = dir.filePath(QStringLiteral("firms.db"));
        // Assessed with the bundled rules: revenue 20000万元 meets 不低于5000万元.
        QCOMPARE(cli({QStringLiteral("--db"), dbFile, QStringLiteral("firm"), QStringLiteral("add"),
                      QStringLiteral("--answers"), dataPath(QStringLiteral("client.yaml"))})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), dbFile, QStringLiteral("firm"), QStringLiteral("answers"),
                      m_firm, QStringLiteral("--answers"), dataPath(QStringLiteral("more-answers.yaml"))})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), dbFile, QStringLiteral("assess"), m_firm,
                      QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("--as-of"),
                      QStringLiteral("2025-06-01")})
                     .code,
                 0);
        // The revised rules: the threshold rises to 30000万元.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("rules/guangxi")));
        QVERIFY(QFile::copy(QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules/facts.yaml"),
                            dir.filePath(QStringLiteral("rules/facts.yaml"))));
        QFile in(QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules/guangxi/enterprise-tech-center.yaml"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray yaml = in.readAll();
        QVERIFY(yaml.contains("condition: main_business_revenue_wan >= 5000\n"));
        yaml.replace("condition: main_business_revenue_wan >= 5000\n",
                     "condition: main_business_revenue_wan >= 30000\n");
        QFile out(dir.filePath(QStringLiteral("rules/guangxi/etc.yaml")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(yaml);
        out.close();
        const QStringList revised = {QStringLiteral("--no-bundled"), QStringLiteral("--rules-dir"),
                                     dir.filePath(QStringLiteral("rules")), QStringLiteral("--db")};
        QVERIFY(QFile::copy(dbFile, dbFile + QStringLiteral(".json-copy")));

        const Run r =
            cli(revised + QStringList{dbFile, QStringLiteral("--lang"), lang, QStringLiteral("recheck")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts), expected);
        QVERIFY(!r.out.contains(QStringLiteral("gx-enterprise-tech-center")));
        QVERIFY(!r.out.contains(QStringLiteral("recognition/")) && !r.out.contains(QStringLiteral("/revenue")));

        // The same change for scripts: ids, and the sentence the text output prints.
        const Run j = cli(revised + QStringList{dbFile + QStringLiteral(".json-copy"),
                                                QStringLiteral("--lang"), lang, QStringLiteral("--format"),
                                                QStringLiteral("json"), QStringLiteral("recheck")});
        QVERIFY2(j.code == 0, qPrintable(j.err));
        const QJsonArray all = QJsonDocument::fromJson(j.out.toUtf8()).array();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0][QStringLiteral("ruleset")].toString(), QStringLiteral("gx-enterprise-tech-center"));
        const QJsonArray changes = all[0][QStringLiteral("changes")].toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[1][QStringLiteral("programme")].toString(), QStringLiteral("recognition"));
        QCOMPARE(changes[1][QStringLiteral("item")].toString(), QStringLiteral("revenue"));
        QCOMPARE(changes[1][QStringLiteral("before")].toString(), QStringLiteral("pass"));
        QCOMPARE(changes[1][QStringLiteral("after")].toString(), QStringLiteral("fail"));
        QCOMPARE(QStringLiteral("    ") + changes[1][QStringLiteral("text")].toString(), expected[2]);
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad credit code")
            << QStringList{QStringLiteral("firm"),          QStringLiteral("add"),
                           QStringLiteral("--name"),        QStringLiteral("X"),
                           QStringLiteral("--credit-code"), QStringLiteral("91350100M000100Y44")}
            << "check digit";
        QTest::newRow("no name") << QStringList{QStringLiteral("firm"), QStringLiteral("add")}
                                 << "needs --name";
        QTest::newRow("unknown firm")
            << QStringList{QStringLiteral("history"), QStringLiteral("无此公司")} << "no firm named";
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("firm"), QStringLiteral("rename")} << "unknown firm subcommand";
        QTest::newRow("bad import") << QStringList{QStringLiteral("import"),
                                                   dataPath(QStringLiteral("bad-second-firm.yaml"))}
                                    << "nothing was written";
        QTest::newRow("bad date") << QStringList{QStringLiteral("match-all"), QStringLiteral("--as-of"),
                                                 QStringLiteral("2025-13-01")}
                                  << "not a date";
        QTest::newRow("export without output") << QStringList{QStringLiteral("export")} << "--output";
        QTest::newRow("password in URL")
            << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://u:pw@127.0.0.1/x"),
                           QStringLiteral("firm"), QStringLiteral("list")}
            << "PGPASSWORD";
        // Names are plain text: no terminal escapes, no names that look like options (issue 18).
        QTest::newRow("terminal escape in a name")
            << QStringList{QStringLiteral("firm"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("esc\x1b]0;pwned\x07")}
            << "control character (U+001b at position 4)";
        QTest::newRow("name like an option")
            << QStringList{QStringLiteral("firm"), QStringLiteral("add"), QStringLiteral("--name=---")}
            << "cannot start with '-'";
        // A device is not "a folder" (issue 18).
        QTest::newRow("--db /dev/zero")
            << QStringList{QStringLiteral("--db"), QStringLiteral("/dev/zero"), QStringLiteral("firm"),
                           QStringLiteral("list")}
            << "is not a database file (it is a device";
        // A known credit code under another name: both names, nothing renamed (issue 18 #4).
        QTest::newRow("import renaming a firm")
            << QStringList{QStringLiteral("import"), dataPath(QStringLiteral("bad-rename.yaml"))} << "--rename";
        QTest::newRow("--id not a number")
            << QStringList{QStringLiteral("firm"), QStringLiteral("show"), QStringLiteral("--id"),
                           QStringLiteral("x1")}
            << "--id needs the number of a firm as 'firm list' shows it, not 'x1'";
        QTest::newRow("--id of no firm")
            << QStringList{QStringLiteral("history"), QStringLiteral("--id"), QStringLiteral("999")}
            << "there is no firm with id 999";
    }
    void refusals() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString path = db(QStringLiteral("refusals.db"));
        Run r = cli({QStringLiteral("--db"), path, QStringLiteral("firm"), QStringLiteral("add"),
                     QStringLiteral("--name"), QStringLiteral("已有公司"), QStringLiteral("--credit-code"),
                     QStringLiteral("91350100M000100Y43")});
        QVERIFY(r.code == 0 || r.err.contains(QStringLiteral("already")));
        const QString listBefore =
            cli({QStringLiteral("--db"), path, QStringLiteral("firm"), QStringLiteral("list")}).out;
        r = cli(args.first() == QLatin1String("--db") ? args
                                                      : QStringList{QStringLiteral("--db"), path} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("firm"), QStringLiteral("list")}).out,
                 listBefore);
    }

    // Issue 18 #7: match-all writes firm by firm in every format, so its peak memory does not
    // grow with the number of firms (the JSON of 3,000 firms held whole needed 846 MB). Peak RSS
    // (VmHWM) is sampled while the process runs; 100 and 600 firms must need about the same.
    void matchAllMemoryDoesNotGrowWithFirms_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << "json";
        QTest::newRow("text") << "text";
    }
    void matchAllMemoryDoesNotGrowWithFirms() {
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps freed memory in quarantine (256 MB) on purpose, so peak memory
        // grows with the work done whatever the program keeps; the normal build measures it.
        QSKIP("peak memory is not the program's under AddressSanitizer (measured in the normal build)");
#endif
        QFETCH(QString, format);
        auto peakKb = [&](const QString &dbPath, bool *valid) {
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            p.start(QStringLiteral(ELIGICHECK_BIN_DIR "/eligicheck-cli"),
                    {QStringLiteral("--db"), dbPath, QStringLiteral("match-all"), QStringLiteral("--as-of"),
                     QStringLiteral("2025-06-01"), QStringLiteral("--format"), format});
            qint64 peak = 0;
            const QString status = QStringLiteral("/proc/%1/status").arg(p.processId());
            while (!p.waitForFinished(20)) {
                QFile f(status);
                if (!f.open(QIODevice::ReadOnly)) continue;
                for (const QByteArray &line : f.readAll().split('\n'))
                    if (line.startsWith("VmHWM:")) peak = qMax(peak, line.mid(6).trimmed().split(' ').first().toLongLong());
            }
            *valid = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && peak > 0;
            return peak;
        };
        auto makeDb = [&](int firms) {
            QByteArray yaml = "format: eligicheck-firms/1\nfirms:\n";
            for (int i = 0; i < firms; ++i)
                yaml += "  - firm: {name: 生成企业" + QByteArray::number(i) +
                        "}\n    facts: {rd_staff_count: " + QByteArray::number(i % 90) +
                        ", main_business_revenue_wan: " + QByteArray::number(100 + i) + "}\n";
            const QString file = db(QStringLiteral("firms%1.yaml").arg(firms));
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(yaml) != yaml.size()) return QString();
            f.close();
            const QString path = db(QStringLiteral("memory-%1-%2.db").arg(format).arg(firms));
            return cli({QStringLiteral("--db"), path, QStringLiteral("import"), file}).code == 0 ? path : QString();
        };
        const QString small = makeDb(100), large = makeDb(600);
        QVERIFY(!small.isEmpty() && !large.isEmpty());
        bool ok1 = false, ok2 = false;
        const qint64 a = peakKb(small, &ok1), b = peakKb(large, &ok2);
        QVERIFY(ok1 && ok2);
        // Before: about 0.28 MB more per firm in JSON (+140 MB here). Allow noise, not growth.
        QVERIFY2(b - a < 40 * 1024, qPrintable(QStringLiteral("100 firms: %1 kB, 600 firms: %2 kB").arg(a).arg(b)));
    }

    // `report` rebuilds the report from the stored snapshot (issue 7), so a printed report can be
    // reproduced: the firm, its credit code, the 文号 and the stored verdict must be in the PDF.
    // Issue 17 item 5: 可申报事项一览 — one page: eligible / needs review / undetermined and the
    // answers that would decide the most; not-eligible programmes only counted.
    void summaryReportIsOnePage() {
        const QString a = db(QStringLiteral("summary.db"));
        QCOMPARE(cli({QStringLiteral("--db"), a, QStringLiteral("firm"), QStringLiteral("add"),
                      QStringLiteral("--answers"), dataPath(QStringLiteral("client.yaml"))})
                     .code,
                 0);
        cli({QStringLiteral("--db"), a, QStringLiteral("firm"), QStringLiteral("answers"), m_firm,
             QStringLiteral("--answers"), dataPath(QStringLiteral("more-answers.yaml"))});
        Run r = cli({QStringLiteral("--db"), a, QStringLiteral("assess"), m_firm, QStringLiteral("--as-of"),
                     QStringLiteral("2025-06-01")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString pdf = db(QStringLiteral("summary.pdf"));
        r = cli({QStringLiteral("--db"), a, QStringLiteral("report"), m_firm, QStringLiteral("--summary"),
                 QStringLiteral("--output"), pdf, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString extracted =
            QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(extracted.contains(QStringLiteral("可申报事项一览")), qPrintable(extracted.left(400)));
        QVERIFY(extracted.contains(m_firm));
        QVERIFY2(extracted.contains(QStringLiteral("自治区企业技术中心认定")),
                 qPrintable(extracted.left(800)));
        QVERIFY2(extracted.contains(QStringLiteral("最能决定结果的回答")), qPrintable(extracted.left(800)));
        QVERIFY2(extracted.contains(QStringLiteral("还需回答")), qPrintable(extracted.left(800)));
        // Short: one page, and no clause quotes of the full report.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString meta = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")).match(meta).hasMatch(),
                 qPrintable(meta));
        // The full report of the same assessments is longer.
        const QString full = db(QStringLiteral("full.pdf"));
        QCOMPARE(cli({QStringLiteral("--db"), a, QStringLiteral("report"), m_firm, QStringLiteral("--output"),
                      full})
                     .code,
                 0);
        QVERIFY(QFileInfo(full).size() > QFileInfo(pdf).size());
    }

    void reportFromStoredAssessment() {
        const QString a = db(QStringLiteral("report.db"));
        QCOMPARE(cli({QStringLiteral("--db"), a, QStringLiteral("firm"), QStringLiteral("add"), QStringLiteral("--answers"),
                      dataPath(QStringLiteral("client.yaml"))})
                     .code,
                 0);
        cli({QStringLiteral("--db"), a, QStringLiteral("firm"), QStringLiteral("answers"), m_firm,
             QStringLiteral("--answers"), dataPath(QStringLiteral("more-answers.yaml"))});
        Run r = cli({QStringLiteral("--db"), a, QStringLiteral("report"), m_firm, QStringLiteral("--output"),
                     db(QStringLiteral("none.pdf"))});
        QCOMPARE(r.code, 2); // nothing assessed yet
        QVERIFY2(r.err.contains(QStringLiteral("no stored assessments")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("--db"), a, QStringLiteral("assess"), m_firm, QStringLiteral("gx-enterprise-tech-center"),
                      QStringLiteral("--as-of"), QStringLiteral("2025-06-01")})
                     .code,
                 0);
        const QString pdf = db(QStringLiteral("report.pdf")), html = db(QStringLiteral("report.html"));
        r = cli({QStringLiteral("--db"), a, QStringLiteral("report"), m_firm, QStringLiteral("--output"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(extracted.contains(m_firm), qPrintable(extracted.left(400)));
        QVERIFY(extracted.contains(QStringLiteral("桂工信规范〔2025〕2号")));
        r = cli({QStringLiteral("--db"), a, QStringLiteral("report"), m_firm, QStringLiteral("gx-enterprise-tech-center"),
                 QStringLiteral("--output"), html});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(f.readAll());
        QVERIFY(page.contains(QStringLiteral("Art. 7(3)"))); // an English report: 第七条第(三)项 in English
        QVERIFY(page.contains(QStringLiteral("Eligible")));
        r = cli({QStringLiteral("--db"), a, QStringLiteral("report"), m_firm, QStringLiteral("sh-investment-promotion-2023"),
                 QStringLiteral("--output"), html});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no stored assessment of rule set")));
    }

    // Issue 18: every stored firm can be addressed, whatever its name — firms stored before
    // names were checked (an option-like "---", a NUL, a terminal escape) included: `firm list`
    // shows each firm's id, and every command that is about one firm takes --id N.
    void everyStoredFirmIsAddressable_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("---") << QStringLiteral("---");
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QTest::newRow("terminal escape") << QStringLiteral("esc\x1b]0;pwned\x07");
        QTest::newRow("spaces around") << QStringLiteral("  空格公司  ");
    }
    void everyStoredFirmIsAddressable() {
        QFETCH(QString, name);
        const QString path = db(QStringLiteral("legacy-%1.db")
                                    .arg(QString::fromUtf8(QTest::currentDataTag()))
                                    .replace(u' ', u'_'));
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("firm"), QStringLiteral("list")}).code, 0);
        withRawSqlite(path, [&](QSqlDatabase &raw) {
            QSqlQuery q(raw);
            q.prepare(
                QStringLiteral("INSERT INTO firms (name, created_at, updated_at) VALUES (?, '2025-01-01', "
                               "'2025-01-01')"));
            q.addBindValue(name);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        });
        const Run list = cli({QStringLiteral("--db"), path, QStringLiteral("firm"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(QStringLiteral("(id 1)")), qPrintable(list.out));
        const QStringList id{QStringLiteral("--id"), QStringLiteral("1")};
        const QString out = db(QStringLiteral("legacy-export.yaml"));
        const QList<QStringList> commands = {
            {QStringLiteral("firm"), QStringLiteral("show")},
            {QStringLiteral("firm"), QStringLiteral("answers"), QStringLiteral("--answers"),
             dataPath(QStringLiteral("more-answers.yaml"))},
            {QStringLiteral("assess"), QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("--as-of"),
             QStringLiteral("2025-06-01")},
            {QStringLiteral("history")},
            {QStringLiteral("recheck")},
            {QStringLiteral("export"), QStringLiteral("--output"), out},
            {QStringLiteral("report"), QStringLiteral("--output"), db(QStringLiteral("legacy.html"))},
        };
        for (const QStringList &c : commands) {
            const Run r = cli(QStringList{QStringLiteral("--db"), path} + c + id);
            QVERIFY2(r.code == 0, qPrintable(c.join(u' ') + QStringLiteral(": ") + r.err));
        }
        const Run show = cli({QStringLiteral("--db"), path, QStringLiteral("firm"), QStringLiteral("show"),
                              QStringLiteral("--id"), QStringLiteral("1")});
        QVERIFY2(show.out.contains(QStringLiteral("answer")), qPrintable(show.out));
        // The export of such a name is a file other YAML readers take: no raw control character.
        const QByteArray yaml = readAll(out);
        QVERIFY(!yaml.isEmpty());
        for (const char c : yaml)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n', qPrintable(QString::number(uchar(c), 16)));
    }

    // Issue 18: text written by `export` never holds a raw CR, DEL, NEL (U+0085), U+2028 or
    // U+2029 — other YAML readers refuse such files or break lines there — and reads back as it was.
    void exportEscapesWhatYamlReadersRefuse() {
        const QString a = db(QStringLiteral("escapes-a.db")), b = db(QStringLiteral("escapes-b.db"));
        const QString notes = QStringLiteral("一行\r\n二行\x7f三") + QChar(0x0085) + QChar(0x2028) +
                              QChar(0x2029) + QStringLiteral("末\x1b[31m");
        Run r = cli({QStringLiteral("--db"), a, QStringLiteral("firm"), QStringLiteral("add"),
                     QStringLiteral("--name"), QStringLiteral("转义公司"), QStringLiteral("--notes"), notes});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString out = db(QStringLiteral("escapes.yaml"));
        r = cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("--output"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray yaml = readAll(out);
        for (const QByteArray &raw :
             {QByteArray("\r"), QByteArray("\x7f"), QByteArray("\x1b"), QByteArray("\xc2\x85"),
              QByteArray("\xe2\x80\xa8"), QByteArray("\xe2\x80\xa9")})
            QVERIFY2(!yaml.contains(raw), qPrintable(QString::fromLatin1(raw.toHex()) +
                                                     QStringLiteral(" in ") + QString::fromUtf8(yaml)));
        r = cli({QStringLiteral("--db"), b, QStringLiteral("import"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        withRawSqlite(b, [&](QSqlDatabase &raw) {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT notes FROM firms")) && q.next());
            QCOMPARE(q.value(0).toString(), notes);
        });
    }

    // Issue 18: a table removed by another program is named as missing when the database is
    // opened, instead of "Parameter count mismatch" from the first query that needs it.
    void droppedTableIsNamed_data() {
        QTest::addColumn<QString>("table");
        QTest::newRow("answers") << "answers";
        QTest::newRow("assessments") << "assessments";
        QTest::newRow("firms") << "firms";
    }
    void droppedTableIsNamed() {
        QFETCH(QString, table);
        const QString path = db(QStringLiteral("dropped-%1.db").arg(table));
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("firm"), QStringLiteral("add"),
                      QStringLiteral("--name"), QStringLiteral("甲")})
                     .code,
                 0);
        withRawSqlite(path, [&](QSqlDatabase &raw) {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE ") + table), qPrintable(q.lastError().text()));
        });
        for (const QStringList &c :
             {QStringList{QStringLiteral("firm"), QStringLiteral("show"), QStringLiteral("甲")},
              QStringList{QStringLiteral("firm"), QStringLiteral("list")}}) {
            const Run r = cli(QStringList{QStringLiteral("--db"), path} + c);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("the table(s) %1 are missing").arg(table)),
                     qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("Parameter count")), qPrintable(r.err));
        }
    }

    // Issue 18: an export to a full disk says so (QSaveFile reported "Unknown error"), and leaves
    // no file. The full disk is a tiny tmpfs in a private mount namespace (unshare -rm).
    void exportToFullDiskSaysDiskFull() {
        const QString path = db(QStringLiteral("full.db"));
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("firm"), QStringLiteral("add"),
                      QStringLiteral("--answers"), dataPath(QStringLiteral("client.yaml"))})
                     .code,
                 0);
        const QString mnt = db(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mnt));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("CLI"), QStringLiteral(ELIGICHECK_BIN_DIR "/eligicheck-cli"));
        env.insert(QStringLiteral("DB"), path);
        env.insert(QStringLiteral("MNT"), mnt);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("unshare"),
                {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("mount -t tmpfs -o size=16k none \"$MNT\" || exit 77; "
                                "head -c 1000000 /dev/zero > \"$MNT/fill\" 2>/dev/null; "
                                "\"$CLI\" --lang en --db \"$DB\" export --output \"$MNT/out.yaml\"; "
                                "rc=$?; ls \"$MNT\" >&2; exit $rc")});
        if (!p.waitForStarted(10000)) QSKIP("unshare is not available");
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() == 77 || err.contains(QStringLiteral("unshare:")))
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") + err));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("the disk is full")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("Unknown error")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("out.yaml\n")), qPrintable(err)); // nothing left behind
    }

    // Issue 18 #5: `assess` stores the assessments of all its rule sets in one transaction: a
    // failure while storing the second (injected by a trigger) leaves none, not a partial run.
    void assessStoresAllRuleSetsOrNone() {
        const QString path = db(QStringLiteral("assess-atomic.db"));
        Run r = cli({QStringLiteral("--db"), path, QStringLiteral("firm"), QStringLiteral("add"),
                     QStringLiteral("--answers"), dataPath(QStringLiteral("client.yaml"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        withRawSqlite(path, [&](QSqlDatabase &raw) {
            QSqlQuery q(raw);
            QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER fail_second BEFORE INSERT ON assessments "
                                           "WHEN (SELECT count(*) FROM assessments) >= 1 "
                                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")),
                     qPrintable(q.lastError().text()));
        });
        r = cli({QStringLiteral("--db"), path, QStringLiteral("assess"), m_firm,
                 QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("gx-sci-tech-enclave"),
                 QStringLiteral("--as-of"), QStringLiteral("2025-06-01")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("injected failure")), qPrintable(r.err));
        withRawSqlite(path, [&](QSqlDatabase &raw) {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM assessments")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM assessment_programmes")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        });
        // Without the injected failure both are stored.
        withRawSqlite(path, [&](QSqlDatabase &raw) {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_second")));
        });
        r = cli({QStringLiteral("--db"), path, QStringLiteral("assess"), m_firm,
                 QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("gx-sci-tech-enclave"),
                 QStringLiteral("--as-of"), QStringLiteral("2025-06-01")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        withRawSqlite(path, [&](QSqlDatabase &raw) {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM assessments")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        });
    }

    void newerDatabaseRefused() {
        const QString path = db(QStringLiteral("newer.db"));
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("firm"), QStringLiteral("list")}).code, 0);
        QByteArray bytes = readAll(path);
        bytes[60 + 3] = 9; // user_version in the SQLite header
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QString before = fingerprint(path);
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("firm"), QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("newer version")));
        QCOMPARE(fingerprint(path), before);
    }

    void defaultDatabaseCreated() {
        const Run r = cli({QStringLiteral("firm"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("xdg/EligiCheck/EligiCheck/eligicheck.db"))));
    }
};

QTEST_GUILESS_MAIN(TestStorageCli)
#include "tst_storage_cli.moc"
