#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

// Runs the real eligicheck-cli binary and checks what a script or a consultant relies on:
// the JSON fields, the words of the explanations, and the exit codes.
class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    // The data folder the CLI sees (XDG_DATA_HOME): rule sets added with `rules add` go below it.
    // Never the user's own, so that nothing a user added changes what these tests see.
    QString m_dataHome;

    Run cli(const QStringList &args, const QString &locale = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"),
                   m_dataHome.isEmpty() ? m_dir.filePath(QStringLiteral("xdg")) : m_dataHome);
        if (!locale.isEmpty()) {
            env.insert(QStringLiteral("LANG"), locale);
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.remove(QStringLiteral("LANGUAGE"));
        }
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(ELIGICHECK_BIN_DIR "/eligicheck-cli"));
        p.setArguments(args);
        p.start();
        if (!p.waitForFinished(60000)) return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeAnswers(const QString &name, const QByteArray &content)
    {
        QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    static QByteArray eligibleFirm(const QByteArray &overrides = QByteArray())
    {
        QByteArray base = "as_of: 2025-06-01\nfirm: {name: 广西测试科技有限公司}\nfacts:\n  province: guangxi\n"
                          "  is_independent_legal_person: true\n  has_enterprise_tech_center: true\n"
                          "  tech_center_operating_years: 3\n  innovation_mechanism_and_advantage_declared: true\n"
                          "  tech_center_budget_in_annual_plan: true\n"
                          "  tech_dev_equipment_original_value_wan: 800\n  is_software_it_service_enterprise: false\n"
                          "  has_qualified_tech_leader_declared: true\n"
                          "  customs_smuggling_penalty_last_3y: false\n  serious_tax_violation_last_3y: false\n"
                          "  major_quality_safety_accident_tech_cause_last_3y: false\n"
                          "  other_serious_illegal_dishonest_conduct_last_3y: false\n"
                          "  parent_has_gx_enterprise_tech_center: false\n  gx_etc_revocation_reason: none\n";
        QByteArray defaults = "  main_business_revenue_wan: \"0.8亿元\"\n  rd_expenditure_wan: 200\n  rd_staff_count: 45\n";
        return base + (overrides.isEmpty() ? defaults : overrides);
    }

    static QJsonObject programme(const QJsonObject &result, const QString &id)
    {
        for (const QJsonValue &p : result[QStringLiteral("programmes")].toArray())
            if (p[QStringLiteral("id")].toString() == id) return p.toObject();
        return {};
    }
    static QJsonObject criterion(const QJsonObject &programme, const QString &id)
    {
        for (const QJsonValue &c : programme[QStringLiteral("criteria")].toArray())
            if (c[QStringLiteral("id")].toString() == id) return c.toObject();
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void checkJson()
    {
        QString answers = writeAnswers(QStringLiteral("ok.yaml"), eligibleFirm());
        Run r = cli({QStringLiteral("check"), QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("--answers"), answers,
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QJsonParseError pe;
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o[QStringLiteral("ruleset")].toString(), QStringLiteral("gx-enterprise-tech-center"));
        QCOMPARE(o[QStringLiteral("document_number")].toString(), QStringLiteral("桂工信规范〔2025〕2号"));
        QCOMPARE(o[QStringLiteral("as_of")].toString(), QStringLiteral("2025-06-01"));
        QCOMPARE(o[QStringLiteral("in_force")].toBool(), true);
        QJsonObject rec = programme(o, QStringLiteral("recognition"));
        QCOMPARE(rec[QStringLiteral("verdict")].toString(), QStringLiteral("eligible"));
        QJsonObject revenue = criterion(rec, QStringLiteral("revenue"));
        QCOMPARE(revenue[QStringLiteral("clause")].toString(), QStringLiteral("第七条第(三)项"));
        QCOMPARE(revenue[QStringLiteral("kind")].toString(), QStringLiteral("hard"));
        QCOMPARE(revenue[QStringLiteral("status")].toString(), QStringLiteral("pass"));
        QCOMPARE(revenue[QStringLiteral("quote")].toString(),
                 QStringLiteral("具有一定的规模和较好的经济效益,企业上年度主营业务收入不低于5000万元"));
        QVERIFY(revenue[QStringLiteral("missing")].isArray());
        QVERIFY(rec.contains(QStringLiteral("outcome")));
        QVERIFY(rec[QStringLiteral("amounts")].isArray());
        // The evaluation programme has bands; without a score there is no outcome.
        QVERIFY(programme(o, QStringLiteral("evaluation"))[QStringLiteral("outcome")].isNull());
    }

    void explanationsGiveTheMargin_data()
    {
        QTest::addColumn<QByteArray>("facts");
        QTest::addColumn<QString>("criterionId");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("explanation");
        QTest::addColumn<QString>("absent"); // must not be in the explanation
        QTest::newRow("R&D short by 20万元")
            << QByteArray(
                   "  main_business_revenue_wan: 8000\n  rd_expenditure_wan: 180\n  rd_staff_count: 45\n")
            << "rd-expenditure"
            << "fail"
            << "年度研究与试验发展经费支出 180万元，要求不低于 200万元，差 20万元"
            << "即";
        // "(若 属于软件和信息技术服务业企业 则 300 否则 600)" was printed as it is written in the rule.
        QTest::newRow("threshold that depends on the kind of firm")
            << QByteArray() << "equipment"
            << "pass"
            << "技术开发仪器设备原值 800万元，要求不低于 600万元（属于软件和信息技术服务业企业的为300万元）"
            << "若";
        QTest::newRow("ratio short in percentage points")
            << QByteArray(
                   "  main_business_revenue_wan: 20000\n  rd_expenditure_wan: 340\n  rd_staff_count: 45\n")
            << "rd-expenditure"
            << "fail"
            << "1.7%，要求不低于 2%，差 0.3个百分点，即年度研究与试验发展经费支出需增加 60万元" << QString();
        // 12,345.6765 × 2% = 246.91353: short by 6.91353万元, given as 6.9136 (rounded half-up,
        // 6.9135万元 would leave the firm 0.3元 short).
        QTest::newRow("share short, amount rounded up to the yuan")
            << QByteArray("  main_business_revenue_wan: 12345.6765\n  rd_expenditure_wan: 240\n  "
                          "rd_staff_count: 45\n")
            << "rd-expenditure"
            << "fail"
            << "即年度研究与试验发展经费支出需增加 6.9136万元" << QString();
        QTest::newRow("share exactly 2%: no amount to add")
            << QByteArray("  main_business_revenue_wan: 12345.5\n  rd_expenditure_wan: 246.91\n  "
                          "rd_staff_count: 45\n")
            << "rd-expenditure"
            << "pass"
            << "2%，要求不低于 2%，恰好达到"
            << "需增加";
        // One 元 is 0.0001万元: written in 元, the unit that keeps it readable.
        QTest::newRow("one fen under 2%: one yuan to add, the amounts being shown to the yuan")
            << QByteArray("  main_business_revenue_wan: 12345.5\n  rd_expenditure_wan: 246.909999\n  "
                          "rd_staff_count: 45\n")
            << "rd-expenditure"
            << "fail"
            << "即年度研究与试验发展经费支出需增加 1元"
            << "0.0001万元";
        // The clause says 10亿元, so does the explanation (it said "低于 100,000万元").
        QTest::newRow("threshold in the clause's own unit")
            << QByteArray(
                   "  main_business_revenue_wan: 8000\n  rd_expenditure_wan: 180\n  rd_staff_count: 45\n")
            << "rd-expenditure"
            << "fail"
            << "上年度主营业务收入 8,000万元（低于 10亿元）"
            << "100,000";
        QTest::newRow("at 10亿元 exactly")
            << QByteArray("  main_business_revenue_wan: \"10亿元\"\n  rd_expenditure_wan: 2000\n  "
                          "rd_staff_count: 45\n")
            << "rd-expenditure"
            << "pass"
            << "上年度主营业务收入 100,000万元（不低于 10亿元）"
            << "100,000万元）";
        QTest::newRow("one person short")
            << QByteArray(
                   "  main_business_revenue_wan: 8000\n  rd_expenditure_wan: 200\n  rd_staff_count: 39\n")
            << "rd-staff"
            << "fail"
            << "研究与试验发展人员数 39人，要求不低于 40人，差 1人"
            << "即";
        QTest::newRow("exactly at the threshold")
            << QByteArray("  main_business_revenue_wan: \"5000万\"\n  rd_expenditure_wan: 200\n  "
                          "rd_staff_count: 40\n")
            << "revenue"
            << "pass"
            << "上年度主营业务收入 5,000万元，要求不低于 5,000万元，恰好达到"
            << "即";
        QTest::newRow("unknown lists the question")
            << QByteArray("  main_business_revenue_wan: 8000\n  rd_staff_count: 45\n") << "rd-expenditure"
            << "unknown"
            << "尚缺信息：年度研究与试验发展经费支出"
            << "即";
    }
    void explanationsGiveTheMargin()
    {
        QFETCH(QByteArray, facts);
        QFETCH(QString, criterionId);
        QFETCH(QString, status);
        QFETCH(QString, explanation);
        QFETCH(QString, absent);
        QString answers = writeAnswers(QStringLiteral("margin.yaml"), eligibleFirm(facts));
        Run r = cli({QStringLiteral("check"), QStringLiteral("gx-enterprise-tech-center/recognition"), QStringLiteral("--answers"),
                     answers, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("programmes")].toArray().size(), 1); // RULESET/PROGRAMME selects one
        QJsonObject c = criterion(programme(o, QStringLiteral("recognition")), criterionId);
        QCOMPARE(c[QStringLiteral("status")].toString(), status);
        QVERIFY2(c[QStringLiteral("explanation")].toString().contains(explanation),
                 qPrintable(c[QStringLiteral("explanation")].toString()));
        if (!absent.isEmpty())
            QVERIFY2(!c[QStringLiteral("explanation")].toString().contains(absent),
                     qPrintable(c[QStringLiteral("explanation")].toString()));
    }

    void asOfOutsideValidity()
    {
        QString answers = writeAnswers(QStringLiteral("old.yaml"), eligibleFirm());
        Run r = cli({QStringLiteral("check"), QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("--answers"), answers,
                     QStringLiteral("--as-of"), QStringLiteral("2024-12-31"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("in_force")].toBool(), false);
        QCOMPARE(programme(o, QStringLiteral("recognition"))[QStringLiteral("verdict")].toString(), QStringLiteral("not_eligible"));
    }

    void matchOrdersBestFirst()
    {
        QString answers = writeAnswers(QStringLiteral("match.yaml"), eligibleFirm());
        Run r = cli({QStringLiteral("match"), QStringLiteral("--answers"), answers, QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--all")});
        QCOMPARE(r.code, 0);
        QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(rows.size() >= 13);
        const QStringList order = {QStringLiteral("eligible"), QStringLiteral("needs_review"), QStringLiteral("undetermined"),
                                   QStringLiteral("not_eligible"), QStringLiteral("no_conditions"),
                                   QStringLiteral("not_applicable")};
        int last = 0;
        QSet<QString> ruleSets;
        for (const QJsonValue &row : rows) {
            ruleSets.insert(row[QStringLiteral("ruleset")].toString());
            QJsonArray progs = row[QStringLiteral("programmes")].toArray();
            QCOMPARE(progs.size(), 1);
            int rank = int(order.indexOf(progs[0][QStringLiteral("verdict")].toString()));
            QVERIFY(rank >= last);
            last = rank;
        }
        QCOMPARE(ruleSets.size(), 13);
        QCOMPARE(rows[0][QStringLiteral("programmes")][0][QStringLiteral("verdict")].toString(), QStringLiteral("eligible"));
    }

    // `show ID --source` prints the document's official text exactly as rules/sources/ has it.
    void showSourcePrintsTheOfficialText_data() {
        QTest::addColumn<QString>("id");
        const QDir sources(QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules/sources"));
        for (const QString &name : sources.entryList({QStringLiteral("*.txt")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << name.chopped(4);
    }
    void showSourcePrintsTheOfficialText() {
        QFETCH(QString, id);
        QFile f(QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules/sources/") + id + QStringLiteral(".txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Run r = cli({QStringLiteral("show"), id, QStringLiteral("--source")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString::fromUtf8(f.readAll()));
        QVERIFY(r.err.isEmpty());
    }

    // A rule set from a folder shows the text in its folder's sources/; one whose text is
    // missing fails with the reason, in the user's language, and exit status 2.
    void showSourceOfAFolderRuleSet() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("rules/guangxi")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("rules/sources")));
        QFile in(QStringLiteral(ELIGICHECK_TEST_DATA "/loader/base-ok.yaml"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray yaml = in.readAll();
        QFile out(dir.filePath(QStringLiteral("rules/guangxi/etc.yaml")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(yaml.replace("source: none.txt", "source: etc-2026.txt"));
        out.close();
        QFile text(dir.filePath(QStringLiteral("rules/sources/etc-2026.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("广西壮族自治区企业技术中心认定管理办法(2026年修订)\n第一条 ……\n");
        text.close();

        const QStringList base = {QStringLiteral("--rules-dir"), dir.filePath(QStringLiteral("rules")),
                                  QStringLiteral("show"), QStringLiteral("test-ok"),
                                  QStringLiteral("--source")};
        Run r = cli(base);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("广西壮族自治区企业技术中心认定管理办法(2026年修订)\n第一条 ……\n"));

        QVERIFY(text.remove());
        r = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + base);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("etc-2026.txt")) && r.err.contains(QStringLiteral("原文")),
                 qPrintable(r.err));
    }

    // `diff OLD NEW` names every change by document, programme title and clause label in the
    // user's language; exit status as diff(1): 0 equal, 1 different, 2 error.
    void diff_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("out");
        QTest::addColumn<QString>("err");
        const QString d = QStringLiteral(ELIGICHECK_TEST_DATA "/diff/");
        const QStringList zhChanges = {
            QStringLiteral("■ 测试扶持办法 (测试〔2026〕3号)"),
            QStringLiteral("  文号：测试〔2025〕1号 → 测试〔2026〕3号"),
            QStringLiteral("  失效日期：2025-12-31 → 2026-12-31"),
            QStringLiteral("  示范企业认定 第七条第(三)项 主营业务收入 "
                           "原文：上年度主营业务收入不低于5000万元 → 上年度主营业务收入不低于6000万元"),
            QStringLiteral("  示范企业认定 第七条第(三)项 主营业务收入：条件已修改"),
            QStringLiteral("  示范企业认定 第七条第(四)项 研发人员：条款已删除（“研发人员不少于10人”）"),
            QStringLiteral("  示范企业认定 第七条第(五)项 税收违法：新增条款（“近三年无重大税收违法行为”）")};
        QTest::newRow("folders, zh_CN")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("diff"),
                           d + QStringLiteral("old"), d + QStringLiteral("new")}
            << 1 << zhChanges << QString();
        QTest::newRow("files, en")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("diff"),
                           d + QStringLiteral("old/measures.yaml"), d + QStringLiteral("new/measures.yaml")}
            << 1
            << QStringList{QStringLiteral("■ 测试扶持办法 (测试〔2026〕3号)"),
                           QStringLiteral("  document number (文号): 测试〔2025〕1号 → 测试〔2026〕3号"),
                           QStringLiteral("  in force until: 2025-12-31 → 2026-12-31"),
                           QStringLiteral(
                               "  Model enterprise recognition Art. 7(3) Main business revenue text: "
                               "上年度主营业务收入不低于5000万元 → 上年度主营业务收入不低于6000万元"),
                           QStringLiteral("  Model enterprise recognition Art. 7(3) Main business "
                                          "revenue: condition changed"),
                           QStringLiteral("  Model enterprise recognition Art. 7(4) R&D staff: clause "
                                          "removed (“研发人员不少于10人”)"),
                           QStringLiteral("  Model enterprise recognition Art. 7(5) Tax violation: new "
                                          "clause (“近三年无重大税收违法行为”)")}
            << QString();
        QTest::newRow("equal") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                              QStringLiteral("diff"), d + QStringLiteral("old/measures.yaml"),
                                              d + QStringLiteral("same.yaml")}
                               << 0 << QStringList{QStringLiteral("没有差异")} << QString();
        QTest::newRow("a document added")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("diff"),
                           QStringLiteral(ELIGICHECK_TEST_DATA "/loader/base-ok.yaml"),
                           d + QStringLiteral("old")}
            << 1
            << QStringList{QStringLiteral("■ 测试文件 (测试〔2025〕1号)"),
                           QStringLiteral("  政策文件已删除：《测试文件》（测试〔2025〕1号）"),
                           QStringLiteral("■ 测试扶持办法 (测试〔2025〕1号)"),
                           QStringLiteral("  新增政策文件：《测试扶持办法》（测试〔2025〕1号）")}
            << QString();
        QTest::newRow("missing") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                                QStringLiteral("diff"), d + QStringLiteral("old"),
                                                d + QStringLiteral("nowhere")}
                                 << 2 << QStringList()
                                 << QStringLiteral("文件或文件夹不存在：") + d + QStringLiteral("nowhere");
        QTest::newRow("broken rule file")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("diff"),
                           d + QStringLiteral("old"),
                           QStringLiteral(ELIGICHECK_TEST_DATA "/loader/syntax-error.yaml")}
            << 2 << QStringList() << QStringLiteral("syntax-error.yaml:32:24:");
        QTest::newRow("one argument") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                     QStringLiteral("diff"), d + QStringLiteral("old")} << 2
                                      << QStringList() << QStringLiteral("OLD NEW");
    }
    void diff() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QStringList, out);
        QFETCH(QString, err);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts), out);
        if (!err.isEmpty()) QVERIFY2(r.err.contains(err), qPrintable(r.err));
    }

    void diffJsonHasTheIds() {
        const QString d = QStringLiteral(ELIGICHECK_TEST_DATA "/diff/");
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("diff"),
                           d + QStringLiteral("old"), d + QStringLiteral("new"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(r.code, 1);
        const QJsonArray changes = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(changes.size(), 6);
        const QJsonObject condition = changes[3].toObject();
        QCOMPARE(condition[QStringLiteral("ruleset")].toString(), QStringLiteral("test-measures"));
        QCOMPARE(condition[QStringLiteral("programme")].toString(), QStringLiteral("main"));
        QCOMPARE(condition[QStringLiteral("item")].toString(), QStringLiteral("revenue"));
        QCOMPARE(condition[QStringLiteral("what")].toString(), QStringLiteral("condition"));
        QCOMPARE(condition[QStringLiteral("before")].toString(),
                 QStringLiteral("test_diff_revenue_wan >= 5000"));
        QCOMPARE(condition[QStringLiteral("after")].toString(),
                 QStringLiteral("test_diff_revenue_wan >= 6000"));
        QCOMPARE(condition[QStringLiteral("text")].toString(),
                 QStringLiteral("示范企业认定 第七条第(三)项 主营业务收入：条件已修改"));
    }

    // `list` says where each rule set comes from (built in, or which file) and when it was last
    // verified against its text.
    void listShowsOriginAndVerification() {
        const QString folder = QStringLiteral(ELIGICHECK_TEST_DATA "/diff/old");
        Run r = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--rules-dir"), folder,
                     QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("内置；核验日期 2026-11-25")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("来自 %1；核验日期 2025-01-01")
                               .arg(QDir::toNativeSeparators(folder + QStringLiteral("/measures.yaml")))),
            qPrintable(r.out));
        r = cli({QStringLiteral("--rules-dir"), folder, QStringLiteral("list"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        bool sawBundled = false, sawFolder = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o[QStringLiteral("ruleset")].toString() == QLatin1String("test-measures")) {
                sawFolder = o[QStringLiteral("origin")].toString() == QLatin1String("folder") &&
                            o[QStringLiteral("verified_on")].toString() == QLatin1String("2025-01-01") &&
                            o[QStringLiteral("file")].toString().endsWith(QLatin1String("measures.yaml"));
            } else if (o[QStringLiteral("ruleset")].toString() ==
                       QLatin1String("gx-enterprise-tech-center")) {
                sawBundled = o[QStringLiteral("origin")].toString() == QLatin1String("bundled") &&
                             o[QStringLiteral("file")].isNull();
            }
        }
        QVERIFY(sawBundled);
        QVERIFY(sawFolder);
    }

    // Issue 17 item 6: a programme with only info/status/window criteria never says eligible; it
    // has its own verdict, in JSON and in words, and sorts after every judged verdict.
    void noConditionsHasItsOwnVerdict()
    {
        QString answers = writeAnswers(QStringLiteral("shandong.yaml"), "as_of: 2024-06-01\nfacts:\n  province: shandong\n  studio_approval_date: 2024-01-15\n");
        Run r = cli({QStringLiteral("match"), QStringLiteral("--answers"), answers, QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--all")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QStringList verdicts;
        QString studio;
        for (const QJsonValue &row : rows) {
            const QJsonObject p = row[QStringLiteral("programmes")][0].toObject();
            verdicts << p[QStringLiteral("verdict")].toString();
            if (row[QStringLiteral("ruleset")].toString() == QLatin1String("sd-vocational-skill-master-studio") &&
                p[QStringLiteral("id")].toString() == QLatin1String("studio-construction"))
                studio = p[QStringLiteral("verdict")].toString();
        }
        QCOMPARE(studio, QStringLiteral("no_conditions"));
        // A firm that said only where it is registered is eligible for nothing.
        QVERIFY2(!verdicts.contains(QStringLiteral("eligible")), qPrintable(verdicts.join(u',')));
        const qsizetype firstNoConditions = verdicts.indexOf(QStringLiteral("no_conditions"));
        QVERIFY(firstNoConditions > verdicts.lastIndexOf(QStringLiteral("not_eligible")));
        QVERIFY(firstNoConditions > verdicts.lastIndexOf(QStringLiteral("undetermined")));

        Run zh = cli({QStringLiteral("check"), QStringLiteral("sd-vocational-skill-master-studio/studio-construction"),
                      QStringLiteral("--answers"), answers, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(zh.out.contains(QStringLiteral("无资格条件：仅为说明或义务")), qPrintable(zh.out));
        Run en = cli({QStringLiteral("check"), QStringLiteral("sd-vocational-skill-master-studio/studio-construction"),
                      QStringLiteral("--answers"), answers, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(en.out.contains(QStringLiteral("No conditions: information or duties only")), qPrintable(en.out));
    }

    // Issue 22 item 1: the firm that meets every criterion of the Guangxi recognition but is
    // registered in Zhejiang is not eligible, and the explanation says why, citing the scope.
    void registeredElsewhereIsNotEligible()
    {
        QString answers = writeAnswers(QStringLiteral("zj.yaml"), eligibleFirm().replace("province: guangxi", "province: zhejiang"));
        Run r = cli({QStringLiteral("check"), QStringLiteral("gx-enterprise-tech-center/recognition"), QStringLiteral("--answers"),
                     answers, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QJsonObject rec = programme(QJsonDocument::fromJson(r.out.toUtf8()).object(), QStringLiteral("recognition"));
        QCOMPARE(rec[QStringLiteral("verdict")].toString(), QStringLiteral("not_eligible"));
        QJsonObject area = criterion(rec, QStringLiteral("in-area"));
        QCOMPARE(area[QStringLiteral("status")].toString(), QStringLiteral("fail"));
        QCOMPARE(area[QStringLiteral("quote")].toString(), QStringLiteral("规范广西壮族自治区企业技术中心认定管理"));
        Run zh = cli({QStringLiteral("check"), QStringLiteral("gx-enterprise-tech-center/recognition"), QStringLiteral("--answers"),
                      answers, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(zh.out.contains(QStringLiteral("浙江省，要求为 广西壮族自治区")), qPrintable(zh.out));
    }

    // Issue 17 item 5: a match shows the programmes of the firm's region and national ones, in force,
    // for its applicant type; the region comes from --region or from the answers.
    void matchShowsWhatConcernsTheFirm_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("allowedRegions");
        QTest::addColumn<QString>("mustContain");
        QTest::addColumn<QString>("mustNotContain");
        QTest::newRow("from the answers (Liuzhou)") << QStringList() << QStringList{QStringLiteral("national"), QStringLiteral("guangxi"), QStringLiteral("liuzhou")}
                                                    << "lz-manufacturing-upgrade-2025" << "sh-investment-promotion-2023";
        QTest::newRow("--region guangxi hides Liuzhou? no: city unknown shows it")
            << QStringList{QStringLiteral("--region"), QStringLiteral("guangxi")}
            << QStringList{QStringLiteral("national"), QStringLiteral("guangxi"), QStringLiteral("liuzhou")} << "gx-enterprise-tech-center"
            << "xt-school-enterprise-talent-cooperation";
        QTest::newRow("--region xiangtan") << QStringList{QStringLiteral("--region"), QStringLiteral("xiangtan")}
                                           << QStringList{QStringLiteral("national"), QStringLiteral("xiangtan")}
                                           << "xt-school-enterprise-talent-cooperation" << "gx-enterprise-tech-center";
        QTest::newRow("--applicant-type individual_business") << QStringList{QStringLiteral("--region"), QStringLiteral("zhejiang"),
                                                                              QStringLiteral("--applicant-type"), QStringLiteral("individual_business")}
                                                              << QStringList{QStringLiteral("national"), QStringLiteral("zhejiang")}
                                                              << "zj-individual-business-to-enterprise" << "zj-sci-tech-achievement-transformation";
    }
    void matchShowsWhatConcernsTheFirm()
    {
        QFETCH(QStringList, extra);
        QFETCH(QStringList, allowedRegions);
        QFETCH(QString, mustContain);
        QFETCH(QString, mustNotContain);
        QString answers = writeAnswers(QStringLiteral("liuzhou.yaml"), "as_of: 2025-06-01\nfacts:\n  province: guangxi\n  city: liuzhou\n"
                                                                       "  applicant_type: enterprise\n");
        Run r = cli(QStringList{QStringLiteral("match"), QStringLiteral("--answers"), answers, QStringLiteral("--format"), QStringLiteral("json")} + extra);
        QCOMPARE(r.code, 0);
        QSet<QString> ruleSets;
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows) {
            ruleSets.insert(row[QStringLiteral("ruleset")].toString());
            QVERIFY2(allowedRegions.contains(row[QStringLiteral("region")].toString()), qPrintable(row[QStringLiteral("ruleset")].toString()));
            // Every shown programme is in force on the date (2025-06-01): the 2023 national ones are not shown.
            QVERIFY2(row[QStringLiteral("programmes")][0][QStringLiteral("in_force")].toBool(), qPrintable(row[QStringLiteral("programmes")][0][QStringLiteral("id")].toString()));
        }
        QVERIFY2(ruleSets.contains(mustContain), qPrintable(QStringList(ruleSets.values()).join(u',')));
        QVERIFY(!ruleSets.contains(mustNotContain));
        // The same with --all shows every rule set again.
        Run all = cli(QStringList{QStringLiteral("match"), QStringLiteral("--answers"), answers, QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--all")} + extra);
        QSet<QString> every;
        for (const QJsonValue &row : QJsonDocument::fromJson(all.out.toUtf8()).array()) every.insert(row[QStringLiteral("ruleset")].toString());
        QCOMPARE(every.size(), 13);
    }

    void matchRejectsAnUnknownRegion()
    {
        QString answers = writeAnswers(QStringLiteral("empty.yaml"), "as_of: 2025-06-01\nfacts: {}\n");
        Run r = cli({QStringLiteral("match"), QStringLiteral("--answers"), answers, QStringLiteral("--region"), QStringLiteral("liuzou"),
                     QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("did you mean liuzhou")), qPrintable(r.err));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
        QTest::newRow("unknown rule set suggests") << QStringList{QStringLiteral("show"), QStringLiteral("gx-enterprise-tech-centre")}
                                                   << 2 << "did you mean gx-enterprise-tech-center";
        QTest::newRow("check without answers") << QStringList{QStringLiteral("check"), QStringLiteral("gx-enterprise-tech-center")}
                                               << 2 << "--answers";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")} << 2 << "unknown option";
        QTest::newRow("bad as-of") << QStringList{QStringLiteral("match"), QStringLiteral("--answers"), QStringLiteral("@ok"),
                                                  QStringLiteral("--as-of"), QStringLiteral("2025-02-30")}
                                   << 2 << "not a date";
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << "";
        QTest::newRow("list") << QStringList{QStringLiteral("list")} << 0 << "";
        QTest::newRow("examples pass") << QStringList{QStringLiteral("test")} << 0 << "";
        QTest::newRow("lint bundled rules") << QStringList{QStringLiteral("lint"), QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules")} << 0 << "";
        QTest::newRow("lint broken file") << QStringList{QStringLiteral("lint"), QStringLiteral(ELIGICHECK_TEST_DATA "/loader/unknown-key.yaml")}
                                          << 1 << "";
        QTest::newRow("broken rules dir")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--rules-dir"),
                           QStringLiteral(ELIGICHECK_TEST_DATA "/loader/bad-kind.yaml"),
                           QStringLiteral("list")}
            << 2 << "bad-kind.yaml:33:15: error: unknown kind 'hardd'";
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stderrContains);
        for (QString &a : args)
            if (a == QLatin1String("@ok")) a = writeAnswers(QStringLiteral("ok2.yaml"), eligibleFirm());
        // The messages asserted are the English ones, whatever the locale of the run.
        Run r = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        QCOMPARE(r.code, code);
        if (!stderrContains.isEmpty()) QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
    }

    void badAnswersNamePositionAndValue()
    {
        QString answers = writeAnswers(QStringLiteral("bad.yaml"), "as_of: 2025-06-01\nfacts:\n  rd_staff_count: forty\n  main_busines_revenue_wan: 1\n");
        Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"), QStringLiteral("gx-enterprise-tech-center"),
                     QStringLiteral("--answers"), answers});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad.yaml:3:19: error: fact 'rd_staff_count': 'forty' is not a number")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("bad.yaml:4:3: error: unknown fact 'main_busines_revenue_wan' (did you mean main_business_revenue_wan")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // nothing half-evaluated
    }

    void lintReportsEveryClassPrecisely()
    {
        Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("lint"), QStringLiteral(ELIGICHECK_TEST_DATA "/loader")});
        QCOMPARE(r.code, 1);
        for (const char *expected : {"duplicate-key.yaml:34:9: error: duplicate key 'kind'", "syntax-error.yaml:32:24: error: YAML syntax error",
                                     "unknown-key.yaml:31:9: error: unknown key 'claus'", "bands-gap.yaml:40:55: error: gap between band"})
            QVERIFY2(r.out.contains(QString::fromUtf8(expected)), expected);
    }

    // English sentences name English units (issue 16): "short by 10 people", "CNY 10 million",
    // never "10 人" or "万元" outside the quoted Chinese text of the law.
    void englishExplanationsUseEnglishUnits_data() {
        QTest::addColumn<QString>("expected");
        QTest::newRow("people") << "R&D staff 30 people; required at least 40 people; short by 10 people";
        QTest::newRow("money")
            << "Main business revenue (previous year) CNY 40 million; required at least CNY 50 "
               "million; short by CNY 10 million";
        // Clause labels in English (第七条第(三)项 is Art. 7(3)), amounts in the clause's unit.
        QTest::newRow("clause label") << "✘ Art. 7(3) [Fail] ";
        QTest::newRow("10亿元 in English") << "CNY 40 million (less than CNY 1 billion)";
    }
    void englishExplanationsUseEnglishUnits() {
        QFETCH(QString, expected);
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"),
                           QStringLiteral("gx-enterprise-tech-center"), QStringLiteral("--answers"),
                           QStringLiteral(ELIGICHECK_TEST_DATA "/report/ineligible.yaml")});
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        for (const QString &line : r.out.split(u'\n')) {
            if (line.contains(u'「')) continue; // the law's own words
            QVERIFY2(!line.contains(QStringLiteral("万元")) && !line.contains(QStringLiteral("人")) &&
                         !line.contains(QStringLiteral("第七条")),
                     qPrintable(line));
        }
    }

    // `match` and `list` print titles where people read; ids are in the JSON (issue 16).
    void matchAndListShowTitlesNotIds() {
        const Run m =
            cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("match"),
                 QStringLiteral("--answers"), QStringLiteral(ELIGICHECK_TEST_DATA "/report/ineligible.yaml"),
                 QStringLiteral("--all")});
        QCOMPARE(m.code, 0);
        QVERIFY2(m.out.contains(QStringLiteral("（广西壮族自治区企业技术中心认定管理办法）")),
                 qPrintable(m.out));
        QVERIFY2(!m.out.contains(QStringLiteral("gx-enterprise-tech-center")), qPrintable(m.out));
        const Run l = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("list")});
        QCOMPARE(l.code, 0);
        QVERIFY2(l.out.contains(QStringLiteral("广西壮族自治区企业技术中心认定管理办法  [广西]")),
                 qPrintable(l.out));
        QVERIFY2(!l.out.contains(QStringLiteral("gx-enterprise-tech-center/")), qPrintable(l.out));
        QVERIFY2(!l.out.contains(QStringLiteral("- recognition:")), qPrintable(l.out));
    }

    // A bad answer, a bad rule file and a bad database are explained in Chinese to a Chinese
    // user — asked for with --lang or given by the desktop's locale — with the position kept.
    void messagesInChinese_data()
    {
        QTest::addColumn<QStringList>("language"); // extra arguments
        QTest::addColumn<QString>("locale");       // LANG/LC_ALL of the run
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("position");
        QTest::addColumn<QString>("chinese");
        const struct {
            const char *name;
            QStringList args;
            const char *locale;
        } ways[] = {{"--lang zh_CN", {QStringLiteral("--lang"), QStringLiteral("zh_CN")}, "C.UTF-8"},
                    {"LANG=zh_CN.UTF-8", {}, "zh_CN.UTF-8"}};
        for (const auto &w : ways) {
            QTest::addRow("bad answer, %s", w.name) << w.args << w.locale << "answer" << "bad-zh.yaml:3:19: error: "
                                                    << "“forty”不是数字";
            QTest::addRow("bad amount, %s", w.name) << w.args << w.locale << "amount" << "bad-amount.yaml:3:30: error: "
                                                    << "超出范围";
            QTest::addRow("bad rule file, %s", w.name) << w.args << w.locale << "rules" << "unknown-key.yaml:31:9: error: "
                                                       << "未知的键“claus”";
            QTest::addRow("YAML syntax, %s", w.name) << w.args << w.locale << "syntax" << "syntax-error.yaml:32:24: error: "
                                                     << "YAML 语法错误";
            // What the rule library says of a rule (issue 16): kinds, units, examples…
            QTest::addRow("bad kind, %s", w.name) << w.args << w.locale << "bad-kind.yaml"
                                                  << "bad-kind.yaml:33:15: error: "
                                                  << "未知的 kind“hardd”";
            // …and what the expression parser says, at the position inside the expression.
            QTest::addRow("bad expression, %s", w.name)
                << w.args << w.locale << "unknown-fact.yaml"
                << "unknown-fact.yaml:34:20: error: "
                << "未知的事实“test_staf_count”（是否想写 test_staff_count";
            QTest::addRow("unit mismatch, %s", w.name) << w.args << w.locale << "unit-mismatch.yaml"
                                                       << "unit-mismatch.yaml:34:40: error: "
                                                       << "单位不一致：人 与 分";
            QTest::addRow("bad database, %s", w.name) << w.args << w.locale << "database" << "not-a-db.db"
                                                      << "不是 EligiCheck 数据库";
        }
    }
    void messagesInChinese()
    {
        QFETCH(QStringList, language);
        QFETCH(QString, locale);
        QFETCH(QString, what);
        QFETCH(QString, position);
        QFETCH(QString, chinese);
        QStringList args = language;
        if (what == QLatin1String("answer") || what == QLatin1String("amount")) {
            const QString answers =
                what == QLatin1String("answer")
                    ? writeAnswers(QStringLiteral("bad-zh.yaml"), "as_of: 2025-06-01\nfacts:\n  rd_staff_count: forty\n")
                    : writeAnswers(QStringLiteral("bad-amount.yaml"), "as_of: 2025-06-01\nfacts:\n  main_business_revenue_wan: -100万元\n");
            args << QStringLiteral("check") << QStringLiteral("gx-enterprise-tech-center") << QStringLiteral("--answers") << answers;
        } else if (what.endsWith(QLatin1String(".yaml"))) {
            args << QStringLiteral("--rules-dir") << QStringLiteral(ELIGICHECK_TEST_DATA "/loader/") + what
                 << QStringLiteral("list");
        } else if (what == QLatin1String("rules") || what == QLatin1String("syntax")) {
            args << QStringLiteral("--rules-dir")
                 << QStringLiteral(ELIGICHECK_TEST_DATA "/loader/%1").arg(what == QLatin1String("rules") ? QStringLiteral("unknown-key.yaml") : QStringLiteral("syntax-error.yaml"))
                 << QStringLiteral("list");
        } else {
            const QString db = writeAnswers(QStringLiteral("not-a-db.db"), "firm: this is a text file, not a database\n");
            args << QStringLiteral("--db") << db << QStringLiteral("firm") << QStringLiteral("list");
        }
        const Run r = cli(args, locale);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(position), qPrintable(r.err));
        QVERIFY2(r.err.contains(chinese), qPrintable(r.err));
        // The line holding the position says it in Chinese (no English sentence left in it).
        const QStringList lines = r.err.split(u'\n');
        for (const QString &line : lines)
            if (line.contains(position)) QVERIFY2(line.contains(chinese), qPrintable(line));
    }

    // Endless input (issue 18 #1): every input is read through one bounded reader that stops at
    // the limit + 1 byte whatever the file is — /dev/zero, /dev/urandom, a FIFO, a pipe, a
    // symlink in a rule folder — and refuses with exit 2. Each run has a time limit here, so a
    // regression fails instead of hanging (before the fix: 2.8 GB in 12 s and growing).
    void endlessInput_data() {
        QTest::addColumn<QStringList>("args"); // @IN is the endless input
        QTest::addColumn<QString>("source");   // zero, urandom, fifo, pipe
        const QStringList check = {QStringLiteral("check"), QStringLiteral("gx-enterprise-tech-center"),
                                   QStringLiteral("--answers"), QStringLiteral("@IN")};
        QTest::newRow("check /dev/zero") << check << "zero";
        QTest::newRow("check /dev/urandom") << check << "urandom";
        QTest::newRow("check FIFO") << check << "fifo";
        QTest::newRow("check pipe") << check << "pipe";
        QTest::newRow("match /dev/zero")
            << QStringList{QStringLiteral("match"), QStringLiteral("--answers"), QStringLiteral("@IN")}
            << "zero";
        QTest::newRow("lint /dev/zero")
            << QStringList{QStringLiteral("lint"), QStringLiteral("@IN")} << "zero";
        QTest::newRow("lint pipe") << QStringList{QStringLiteral("lint"), QStringLiteral("@IN")} << "pipe";
        QTest::newRow("lint folder with a symlink to /dev/zero")
            << QStringList{QStringLiteral("lint"), QStringLiteral("@DIR")} << "zero";
        QTest::newRow("rules-dir with a symlink to /dev/zero")
            << QStringList{QStringLiteral("--rules-dir"), QStringLiteral("@DIR"), QStringLiteral("list")}
            << "zero";
        QTest::newRow("import /dev/zero") << QStringList{QStringLiteral("import"), QStringLiteral("@IN"),
                                                         QStringLiteral("--db"), QStringLiteral("@DB")}
                                          << "zero";
        QTest::newRow("import FIFO") << QStringList{QStringLiteral("import"), QStringLiteral("@IN"),
                                                    QStringLiteral("--db"), QStringLiteral("@DB")}
                                     << "fifo";
        QTest::newRow("firm add --answers pipe")
            << QStringList{QStringLiteral("firm"),   QStringLiteral("add"),       QStringLiteral("--name"),
                           QStringLiteral("甲公司"), QStringLiteral("--answers"), QStringLiteral("@IN"),
                           QStringLiteral("--db"),   QStringLiteral("@DB")}
            << "pipe";
        QTest::newRow("firm answers /dev/zero")
            << QStringList{QStringLiteral("firm"),      QStringLiteral("answers"), QStringLiteral("甲公司"),
                           QStringLiteral("--answers"), QStringLiteral("@IN"),     QStringLiteral("--db"),
                           QStringLiteral("@DB")}
            << "zero";
    }
    void endlessInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, source);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("firms.db"));
        // The firm exists, so that `firm answers` gets as far as reading its file.
        QCOMPARE(cli({QStringLiteral("firm"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("甲公司"), QStringLiteral("--db"), db})
                     .code,
                 0);
        const QString ruleDir = dir.filePath(QStringLiteral("rules"));
        QVERIFY(QDir().mkpath(ruleDir));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), ruleDir + QStringLiteral("/endless.yaml")));
        QString input = QStringLiteral("/dev/zero");
        QProcess writer; // feeds the FIFO or the pipe without end
        writer.setProgram(QStringLiteral("yes"));
        writer.setArguments({QStringLiteral("a: b")});
        if (source == QLatin1String("urandom")) input = QStringLiteral("/dev/urandom");
        if (source == QLatin1String("fifo")) {
            input = dir.filePath(QStringLiteral("fifo.yaml"));
            QCOMPARE(::mkfifo(QFile::encodeName(input).constData(), 0600), 0);
            // The shell opens the FIFO in the child: opening it here would block until a reader.
            writer.setProgram(QStringLiteral("sh"));
            writer.setArguments({QStringLiteral("-c"), QStringLiteral("exec yes 'a: b' > \"$0\""), input});
            writer.start();
        }
        QProcess p;
        if (source == QLatin1String("pipe")) {
            input = QStringLiteral("/dev/stdin");
            writer.setStandardOutputProcess(&p);
        }
        for (QString &a : args) {
            if (a == QLatin1String("@IN")) a = input;
            if (a == QLatin1String("@DB")) a = db;
            if (a == QLatin1String("@DIR")) a = ruleDir;
        }
        p.setProgram(QStringLiteral(ELIGICHECK_BIN_DIR "/eligicheck-cli"));
        // The message is checked in English whatever the locale the suite runs in.
        p.setArguments(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        if (source == QLatin1String("pipe")) writer.start();
        p.start();
        const bool finished = p.waitForFinished(30000);
        if (!finished) p.kill();
        writer.kill();
        writer.waitForFinished();
        p.waitForFinished();
        QVERIFY2(finished, "did not stop reading an endless input within 30 s");
        const QString err =
            QString::fromUtf8(p.readAllStandardError()) + QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QLatin1String("(or never ends); refusing to read it")),
                 qPrintable(err.left(500)));
    }

    // `lint` of a folder with nothing to check fails: an empty folder, a symlink loop.
    void lintOfNothingFails_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("empty folder") << "empty";
        QTest::newRow("folder holding a symlink loop") << "loop";
    }
    void lintOfNothingFails() {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("rules"));
        QVERIFY(QDir().mkpath(folder));
        if (kind == QLatin1String("loop"))
            QVERIFY(QFile::link(QStringLiteral("."), folder + QStringLiteral("/self")));
        Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("lint"), folder});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no rule files")), qPrintable(r.err));
    }

    // Issue 20 item 5: `rules add PATH` checks a folder or .zip (lint, then the examples) and
    // adds it to the rules in use, which every later command loads; a rule set with the id of a
    // built-in one replaces it only when its verified_on is later. Anything failing refuses the
    // whole set with file:line:column and copies nothing.
    void rulesAdd_data() {
        QTest::addColumn<QString>("path"); // below tests/data/ruleupdate
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("out");   // each must be in stdout
        QTest::addColumn<QStringList>("err");   // each must be in stderr
        QTest::addColumn<QStringList>("files"); // in the rules folder afterwards ("" = nothing at all)
        QTest::addColumn<QString>("listed");    // what `list` then says of the Zhejiang notice
        const QString title =
            QStringLiteral("浙江省人力资源和社会保障厅等4部门关于做好 2024 年春节期间企业稳工稳产工作的通知");
        const QString zj = QStringLiteral("zj-2024-spring-festival-stable-employment.yaml");
        QTest::newRow("newer copy of a built-in rule set replaces it")
            << "newer" << 0
            << QStringList{QStringLiteral(
                               "replaces the built-in version: %1（修订）, verified 2026-11-25 → 2027-01-15")
                               .arg(title),
                           QStringLiteral("What changed in the rules in use:"),
                           QStringLiteral("verified on: 2026-11-25 → 2027-01-15")}
            << QStringList() << QStringList{zj}
            << QStringLiteral("from @RULES/%1; verified 2027-01-15").arg(zj);
        QTest::newRow("older copy: the built-in one stays, and it says why")
            << "older" << 0
            << QStringList{QStringLiteral("not added: %1 — the built-in version (verified 2026-11-25) is as "
                                          "recent as this one "
                                          "or newer (verified 2025-06-01)")
                               .arg(title),
                           QStringLiteral("The rules in use are unchanged.")}
            << QStringList() << QStringList{QString()} << QStringLiteral("built in; verified 2026-11-25");
        QTest::newRow("a broken file refuses the whole set")
            << "broken" << 1 << QStringList()
            << QStringList{QStringLiteral(
                               "zz-typo.yaml:40:20: error: condition: unknown fact 'test_broken_stafff'"),
                           QStringLiteral("nothing was added, the rules in use are unchanged")}
            << QStringList{QString()} << QStringLiteral("built in; verified 2026-11-25");
        QTest::newRow("a failing example refuses the set")
            << "failing" << 1 << QStringList()
            << QStringList{QStringLiteral("failing/measures.yaml:46:5: error: example 'revenue short': "
                                          "programme 'main': "
                                          "expected eligible, got not_eligible"),
                           QStringLiteral("nothing was added")}
            << QStringList{QString()} << QStringLiteral("built in; verified 2026-11-25");
        QTest::newRow(".zip with a revision and a new document, with its official text")
            << "newer.zip" << 0
            << QStringList{QStringLiteral("added: 测试扶持办法 (verified 2025-01-01)"),
                           QStringLiteral("replaces the built-in version: %1（修订）").arg(title),
                           QStringLiteral("new document: 《测试扶持办法》")}
            << QStringList()
            << QStringList{zj, QStringLiteral("test-measures.yaml"),
                           QStringLiteral("sources/test-measures.txt")}
            << QStringLiteral("from @RULES/%1; verified 2027-01-15").arg(zj);
        QTest::newRow("no such folder")
            << "missing" << 2 << QStringList() << QStringList{QStringLiteral("no such file or folder")}
            << QStringList{QString()} << QStringLiteral("built in; verified 2026-11-25");
    }
    void rulesAdd() {
        QFETCH(QString, path);
        QFETCH(int, code);
        QFETCH(QStringList, out);
        QFETCH(QStringList, err);
        QFETCH(QStringList, files);
        QFETCH(QString, listed);
        QTemporaryDir home;
        m_dataHome = home.path();
        const QString rules = home.filePath(QStringLiteral("EligiCheck/EligiCheck/rules"));
        const QString en = QStringLiteral("en");
        Run r = cli({QStringLiteral("--lang"), en, QStringLiteral("rules"), QStringLiteral("add"),
                     QStringLiteral(ELIGICHECK_TEST_DATA "/ruleupdate/") + path});
        QCOMPARE(r.code, code);
        for (const QString &o : out)
            QVERIFY2(r.out.contains(o), qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(o, r.out)));
        for (const QString &e : err)
            QVERIFY2(r.err.contains(e), qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(e, r.err)));
        for (const QString &f : files) {
            if (f.isEmpty()) {
                QDir d(rules);
                QVERIFY2(!d.exists() || d.entryList({QStringLiteral("*.yaml")}, QDir::Files).isEmpty(),
                         qPrintable(d.entryList().join(u' ')));
            } else {
                QVERIFY2(QFileInfo::exists(rules + u'/' + f), qPrintable(f));
            }
        }
        // Every later command uses the rules in use now.
        r = cli({QStringLiteral("--lang"), en, QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(
                     QString(listed).replace(QStringLiteral("@RULES"), QDir::toNativeSeparators(rules))),
                 qPrintable(r.out.left(3000)));
        m_dataHome.clear();
    }

    // A folder loaded in place (--rules-dir, Settings) follows the same precedence, and says so.
    void folderVersionOfABuiltInRuleSet_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("listed");
        QTest::addColumn<QString>("notice");
        QTest::newRow("newer")
            << "newer" << QStringLiteral("from @DIR/spring-festival.yaml; verified 2027-01-15")
            << QStringLiteral(
                   "(verified 2027-01-15) is used instead of the built-in one (verified 2026-11-25)");
        QTest::newRow("older")
            << "older" << QStringLiteral("built in; verified 2026-11-25")
            << QStringLiteral("(verified 2025-06-01) is not used, because the built-in one is as recent or "
                              "newer (verified 2026-11-25)");
    }
    void folderVersionOfABuiltInRuleSet() {
        QFETCH(QString, folder);
        QFETCH(QString, listed);
        QFETCH(QString, notice);
        const QString dir = QStringLiteral(ELIGICHECK_TEST_DATA "/ruleupdate/") + folder;
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--rules-dir"), dir,
                           QStringLiteral("list")});
        QCOMPARE(r.code, 0); // not an error: the shipped product keeps working
        QVERIFY2(
            r.out.contains(QString(listed).replace(QStringLiteral("@DIR"), QDir::toNativeSeparators(dir))),
            qPrintable(r.out.left(3000)));
        QVERIFY2(r.err.contains(notice), qPrintable(r.err));
    }

    // `rules list` shows what was added; `rules remove` brings the built-in version back.
    void rulesListAndRemove() {
        QTemporaryDir home;
        m_dataHome = home.path();
        const QString en = QStringLiteral("en");
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("add"),
                      QStringLiteral(ELIGICHECK_TEST_DATA "/ruleupdate/newer.zip")})
                     .code,
                 0);
        Run r = cli({QStringLiteral("--lang"), en, QStringLiteral("rules"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("test-measures  测试扶持办法  verified 2025-01-01")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
        r = cli({QStringLiteral("--lang"), en, QStringLiteral("rules"), QStringLiteral("remove"),
                 QStringLiteral("zj-2024-spring-festival-stable-employment")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("removed: ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("verified on: 2027-01-15 → 2026-11-25")), qPrintable(r.out));
        r = cli({QStringLiteral("--lang"), en, QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("built in; verified 2026-11-25")),
                 qPrintable(r.out.left(2000)));
        r = cli({QStringLiteral("--lang"), en, QStringLiteral("rules"), QStringLiteral("remove"),
                 QStringLiteral("no-such-set")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("added: test-measures")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("frobnicate")}).code, 2);
        m_dataHome.clear();
    }

    // `rules remove` takes away what the set brought (its fact dictionary, its official text),
    // but not a dictionary another added rule set still uses.
    void rulesRemoveTakesItsFiles() {
        QTemporaryDir home;
        m_dataHome = home.path();
        const QString rules = home.filePath(QStringLiteral("EligiCheck/EligiCheck/rules"));
        auto has = [&](const char *f) { return QFileInfo::exists(rules + u'/' + QLatin1String(f)); };
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("add"),
                      QStringLiteral(ELIGICHECK_TEST_DATA "/ruleupdate/dictionary")})
                     .code,
                 0);
        QVERIFY(has("test-dict-a.yaml") && has("test-dict-b.yaml") && has("test-dict-facts.yaml"));
        QVERIFY(has("sources/test-dict-a.txt") && has("sources/test-dict-b.txt"));
        Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("rules"),
                     QStringLiteral("remove"), QStringLiteral("test-dict-a")});
        QCOMPARE(r.code, 0);
        QVERIFY(!has("test-dict-a.yaml") && !has("sources/test-dict-a.txt"));
        QVERIFY2(has("test-dict-facts.yaml"), "the dictionary test-dict-b uses was removed");
        QVERIFY(has("test-dict-b.yaml") && has("sources/test-dict-b.txt"));
        r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("Test measures B")) &&
                     !r.out.contains(QStringLiteral("Test measures A")),
                 qPrintable(r.out.left(3000)));
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("remove"), QStringLiteral("test-dict-b")}).code,
                 0);
        QVERIFY2(QDir(rules).entryList({QStringLiteral("*.yaml")}, QDir::Files).isEmpty(),
                 qPrintable(QDir(rules).entryList().join(u' ')));
        QVERIFY2(QDir(rules + QStringLiteral("/sources")).entryList(QDir::Files).isEmpty(),
                 qPrintable(QDir(rules + QStringLiteral("/sources")).entryList().join(u' ')));
        // A rule set added before still loads: nothing it needs was taken.
        r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        m_dataHome.clear();
    }

    // An older copy than the built-in one, added when a newer copy is in use already: the message
    // names the version in use, not the built-in one.
    void olderCopyWhileANewerIsInUse() {
        QTemporaryDir home;
        m_dataHome = home.path();
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("add"),
                      QStringLiteral(ELIGICHECK_TEST_DATA "/ruleupdate/newer")})
                     .code,
                 0);
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("rules"),
                           QStringLiteral("add"), QStringLiteral(ELIGICHECK_TEST_DATA "/ruleupdate/older")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("the version in use (verified 2027-01-15) is more recent than "
                                               "this one (verified 2025-06-01)")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("2026-11-25")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("The rules in use are unchanged.")), qPrintable(r.out));
        m_dataHome.clear();
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
