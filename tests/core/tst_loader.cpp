#include "rulelibrary.h"

#include <QTest>

using namespace eligicheck;

// Every class of broken rule file is reported with file, line, column and what was expected,
// and the broken file stays listed instead of silently disappearing.
class TestLoader : public QObject {
    Q_OBJECT

    static QString fixture(const QString &name) { return QStringLiteral(ELIGICHECK_TEST_DATA "/loader/") + name; }

    static Diagnostics load(const QString &file, RuleLibrary &lib)
    {
        lib.loadSources({}); // nothing bundled but the shared facts
        QFile facts(QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules/facts.yaml"));
        facts.open(QIODevice::ReadOnly);
        lib.loadSources({{QStringLiteral("facts.yaml"), facts.readAll(), false}});
        lib.loadPaths({fixture(file)});
        for (const RuleFileStatus &f : lib.files())
            if (f.path == fixture(file)) return f.diagnostics;
        return {};
    }

private slots:
    void validFileLoads()
    {
        RuleLibrary lib;
        Diagnostics d = load(QStringLiteral("base-ok.yaml"), lib);
        QVERIFY2(!hasErrors(d), qPrintable(d.isEmpty() ? QString() : d.first().toString()));
        QVERIFY(lib.ruleSet(QStringLiteral("test-ok")));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        // Columns count characters: the Chinese text before the error is 8 characters, 24 bytes.
        QTest::newRow("YAML syntax") << "syntax-error.yaml" << 32 << 24 << "YAML syntax error";
        QTest::newRow("unknown key (typo)") << "unknown-key.yaml" << 31 << 9 << "unknown key 'claus' in a criterion (did you mean 'clause'?)";
        QTest::newRow("duplicate key") << "duplicate-key.yaml" << 34 << 9 << "duplicate key 'kind' (first defined at line 33)";
        QTest::newRow("missing field") << "missing-field.yaml" << 30 << 9 << "missing the required key 'quote'";
        QTest::newRow("unknown fact") << "unknown-fact.yaml" << 34 << 20 << "unknown fact 'test_staf_count' (did you mean test_staff_count?)";
        QTest::newRow("unit mismatch") << "unit-mismatch.yaml" << 34 << 40 << "unit mismatch: 人 vs 分";
        QTest::newRow("boolean vs number") << "bool-vs-number.yaml" << 34 << 40 << "cannot compare a number with a boolean";
        QTest::newRow("undeclared choice") << "undeclared-choice.yaml" << 34 << 47 << "'tiny' is not a declared choice of fact 'enterprise_size'";
        QTest::newRow("bands overlap") << "bands-overlap.yaml" << 40 << 55 << "overlaps band 'low' ([0, 60])";
        QTest::newRow("bands gap") << "bands-gap.yaml" << 40 << 55 << "gap between band 'low' ([0, 59)) and band 'high'";
        QTest::newRow("example names unknown fact") << "example-unknown-fact.yaml" << 47 << 13 << "unknown fact 'test_staf_count'";
        QTest::newRow("impossible date") << "bad-date.yaml" << 10 << 17 << "expected a date YYYY-MM-DD, got '2025-02-30'";
        QTest::newRow("unknown kind") << "bad-kind.yaml" << 33 << 15 << "unknown kind 'hardd'";
        QTest::newRow("pct fact vs 2%") << "pct-vs-ratio.yaml" << 38 << 37 << "write 2, not 2%";
        QTest::newRow("comma in flow mapping") << "flow-comma.yaml" << 19 << 32 << "a comma inside {…} starts a new key";
        // Binary junk (NUL, brackets): refused as what it is, not as "nested" or "not a mapping".
        QTest::newRow("binary junk") << "not-yaml.yaml" << 1 << 1
                                     << "the control character U+0000 is not allowed";
        // Issue 22: a regional rule set must say where it applies, and say it consistently.
        QTest::newRow("regional without area")
            << "area-missing.yaml" << 11 << 11 << "must declare the area it covers";
        QTest::newRow("city of another province")
            << "area-city-elsewhere.yaml" << 13 << 11 << "city 'xiangtan' is not in province 'guangxi'";
        QTest::newRow("area without citation")
            << "area-uncited.yaml" << 12 << 5 << "quote the clause that sets the scope";
        QTest::newRow("national with area")
            << "area-national.yaml" << 12 << 5 << "a national rule set has no area";
        QTest::newRow("include tag") << "include-tag.yaml" << 32 << 16 << "the YAML tag '!include' is not supported";
        // A literal is held exactly or refused where it is written (it once became a random
        // threshold through an empty optional).
        QTest::newRow("literal 1e-40")
            << "literal-too-precise.yaml" << 34 << 39 << "is too precise to be held exactly";
        QTest::newRow("literal 2^127")
            << "literal-too-large.yaml" << 34 << 40 << "is too large to be held exactly";
        QTest::newRow("literal of 111 digits")
            << "literal-111-digits.yaml" << 34 << 40 << "(111 characters)' is too large";
        QTest::newRow("literal 1e400")
            << "literal-exponent.yaml" << 34 << 40 << "numbers with an exponent are not supported";
        QTest::newRow("division by literal zero")
            << "literal-divide-by-zero.yaml" << 34 << 47 << "division by zero";
        // Near-duplicate questions (`related:`) name real questions of the same file or of the
        // shared dictionary, written where the id is.
        QTest::newRow("related: unknown fact")
            << "related-unknown.yaml" << 22 << 15
            << "unknown fact 'test_penalty_last3y' (did you mean test_penalty_last_3y?)";
        QTest::newRow("related: itself")
            << "related-self.yaml" << 22 << 37 << "fact 'test_penalty' cannot be related to itself";
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        RuleLibrary lib;
        Diagnostics d = load(file, lib);
        QVERIFY2(hasErrors(d), "expected an error");
        const Diagnostic *match = nullptr;
        for (const Diagnostic &x : d)
            if (x.severity == Diagnostic::Error && x.message.contains(message)) match = &x;
        QVERIFY2(match, qPrintable(d.first().toString()));
        QCOMPARE(match->file, fixture(file));
        QCOMPARE(match->line, line);
        QCOMPARE(match->column, column);
        // The broken file is listed, not dropped, and no rule set was half-loaded from it.
        bool listed = false;
        for (const RuleFileStatus &f : lib.files()) listed = listed || (f.path == fixture(file) && !f.ok);
        QVERIFY(listed);
        QVERIFY(!lib.ruleSet(QStringLiteral("test-ok")));
    }

    // `related:` + `difference:` (issue 17 item 7): declared on one side, the relation holds both
    // ways (either question may come first in the questionnaire); a side without a
    // `difference` is a warning where its id is written, since its note could not be shown.
    void relatedFacts_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("warning"); // expected warning (empty: none about relations)
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("both sides explained") << "related-ok.yaml" << QString() << 0 << 0;
        QTest::newRow("other side without difference")
            << "related-one-sided.yaml"
            << "fact 'test_penalty_last_3y' is related to test_penalty but has no 'difference'" << 15 << 9;
    }
    void relatedFacts() {
        QFETCH(QString, file);
        QFETCH(QString, warning);
        QFETCH(int, line);
        QFETCH(int, column);
        RuleLibrary lib;
        const Diagnostics d = load(file, lib);
        QVERIFY2(!hasErrors(d), qPrintable(d.isEmpty() ? QString() : d.first().toString()));
        QVERIFY(lib.ruleSet(QStringLiteral("test-ok")));
        const FactDefinition *recent = lib.facts().find(QStringLiteral("test_penalty_last_3y"));
        const FactDefinition *ever = lib.facts().find(QStringLiteral("test_penalty"));
        QVERIFY(recent && ever);
        QCOMPARE(ever->related, QStringList{QStringLiteral("test_penalty_last_3y")});
        QCOMPARE(recent->related, QStringList{QStringLiteral("test_penalty")}); // made symmetric
        QCOMPARE(ever->difference.zh, QStringLiteral("此题不限时间。"));
        QCOMPARE(ever->difference.en, QStringLiteral("Any time, not only the 3 years before the deadline."));
        QStringList about;
        for (const Diagnostic &x : d)
            if (x.message.contains(QLatin1String("difference")) ||
                x.message.contains(QLatin1String("related")))
                about << x.toString();
        if (warning.isEmpty()) {
            QVERIFY2(about.isEmpty(), qPrintable(about.join(u'\n')));
            QVERIFY(!recent->difference.isEmpty());
            return;
        }
        QCOMPARE(about.size(), 1);
        const Diagnostic *match = nullptr;
        for (const Diagnostic &x : d)
            if (x.message.contains(warning)) match = &x;
        QVERIFY2(match, qPrintable(about.join(u'\n')));
        QCOMPARE(match->severity, Diagnostic::Warning);
        QCOMPARE(match->file, fixture(file));
        QCOMPARE(match->line, line);
        QCOMPARE(match->column, column);
    }

    // A relation to a question of another rule file would make the file's check depend on
    // what else is loaded: refused, naming the file that defines it.
    void relatedFactOfAnotherFileIsAnError() {
        RuleLibrary lib;
        load(QStringLiteral("base-ok.yaml"), lib); // defines test_staff_count
        QByteArray yaml;
        {
            QFile f(fixture(QStringLiteral("related-elsewhere.yaml")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            yaml = f.readAll().replace("id: test-ok", "id: test-elsewhere");
        }
        lib.loadSources({{QStringLiteral("elsewhere.yaml"), yaml, false}});
        const Diagnostics &d = lib.files().last().diagnostics;
        const Diagnostic *match = nullptr;
        for (const Diagnostic &x : d)
            if (x.message.contains(QStringLiteral("'test_staff_count' is defined in")) &&
                x.message.contains(QStringLiteral("same file or in the shared fact dictionary")))
                match = &x;
        QVERIFY2(match, qPrintable(d.isEmpty() ? QString() : d.first().toString()));
        QCOMPARE(match->severity, Diagnostic::Error);
        QCOMPARE(match->file, QStringLiteral("elsewhere.yaml"));
        QCOMPARE(match->line, 22);
        QCOMPARE(match->column, 37);
        QVERIFY(!lib.ruleSet(QStringLiteral("test-elsewhere")));
    }

    // The bundled near-duplicates are related both ways, each with a note in both languages.
    void bundledRelatedFacts_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("走私") << "customs_smuggling_penalty_last_3y"
                              << "customs_smuggling_penalty";
        QTest::newRow("税收") << "serious_tax_violation_last_3y"
                              << "serious_tax_violation";
        QTest::newRow("质量安全事故") << "major_quality_safety_accident_tech_cause_last_3y"
                                      << "major_quality_safety_accident_tech_cause";
        QTest::newRow("违法失信") << "other_serious_illegal_dishonest_conduct_last_3y"
                                  << "other_serious_illegal_dishonest_conduct";
        QTest::newRow("园区环境安全事件") << "major_env_or_safety_incident_last_3y"
                                          << "serious_violation_or_major_incident";
        QTest::newRow("平台类型") << "innovation_platform_type"
                                  << "platform_type";
        QTest::newRow("平台级别") << "innovation_platform_level"
                                  << "platform_level";
        QTest::newRow("工业/制造业") << "is_manufacturing_enterprise"
                                     << "is_industrial_enterprise";
        QTest::newRow("飞地社保") << "social_insurance_via_enclave_operator_in_host_region"
                                  << "social_insurance_or_salary_via_enclave_institution";
    }
    void bundledRelatedFacts() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        RuleLibrary lib;
        lib.loadBundled();
        QVERIFY(!lib.hasErrors());
        const FactDefinition *fa = lib.facts().find(a);
        const FactDefinition *fb = lib.facts().find(b);
        QVERIFY(fa && fb);
        QVERIFY(fa->related.contains(b));
        QVERIFY(fb->related.contains(a));
        for (const FactDefinition *f : {fa, fb}) {
            QVERIFY2(!f->difference.zh.isEmpty() && !f->difference.en.isEmpty(), qPrintable(f->id));
        }
        // No warning about relations in any bundled file.
        for (const RuleFileStatus &st : lib.files())
            for (const Diagnostic &x : st.diagnostics)
                QVERIFY2(!x.message.contains(QLatin1String("difference")), qPrintable(x.toString()));
    }

    void duplicateRuleSetIdIsAnError()
    {
        RuleLibrary lib;
        load(QStringLiteral("base-ok.yaml"), lib);
        QFile f(fixture(QStringLiteral("base-ok.yaml")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        lib.loadSources({{QStringLiteral("copy.yaml"), f.readAll(), false}});
        bool found = false;
        for (const Diagnostic &d : lib.files().last().diagnostics)
            found = found || d.message.contains(QStringLiteral("rule set id 'test-ok' is already used"));
        QVERIFY(found);
        QCOMPARE(int(lib.ruleSets().size()), 1);
    }

    // Issue 20 item 5: a folder's copy of a built-in rule set (same id, with the facts that file
    // defines) is no clash: it replaces the built-in one only when its verified_on is later;
    // otherwise the built-in one stays. Neither is an error, and the library says which happened.
    void folderVersionOfABuiltInRuleSet_data() {
        QTest::addColumn<QByteArray>("verified"); // the folder copy's verified_on line (required)
        QTest::addColumn<bool>("replaced");
        QTest::newRow("verified a day later") << QByteArray("  verified_on: 2025-01-02\n") << true;
        QTest::newRow("verified the same day") << QByteArray("  verified_on: 2025-01-01\n") << false;
        QTest::newRow("verified earlier") << QByteArray("  verified_on: 2024-12-31\n") << false;
    }
    void folderVersionOfABuiltInRuleSet() {
        QFETCH(QByteArray, verified);
        QFETCH(bool, replaced);
        QFile f(fixture(QStringLiteral("base-ok.yaml")));
        QFile facts(QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules/facts.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly) && facts.open(QIODevice::ReadOnly));
        const QByteArray yaml = f.readAll();
        RuleLibrary lib;
        lib.loadSources({{QStringLiteral(":/rules/facts.yaml"), facts.readAll(), true},
                         {QStringLiteral(":/rules/test/ok.yaml"), yaml, true}});
        QByteArray copy = yaml;
        copy.replace("  verified_on: 2025-01-01\n", verified);
        copy.replace("title: 测试文件", "title: 测试文件（修订）");
        lib.loadSources({{QStringLiteral("/folder/ok.yaml"), copy, false}});
        for (const RuleFileStatus &st : lib.files())
            QVERIFY2(!hasErrors(st.diagnostics), qPrintable(st.diagnostics.value(0).toString()));
        QCOMPARE(int(lib.ruleSets().size()), 1);
        const RuleSet *rs = lib.ruleSet(QStringLiteral("test-ok"));
        QVERIFY(rs);
        QCOMPARE(rs->bundled, !replaced);
        QCOMPARE(rs->filePath,
                 replaced ? QStringLiteral("/folder/ok.yaml") : QStringLiteral(":/rules/test/ok.yaml"));
        QCOMPARE(int(lib.overrides().size()), 1);
        QCOMPARE(lib.overrides().first().replaced, replaced);
        QCOMPARE(lib.overrides().first().bundledVerifiedOn, QDate(2025, 1, 1));
        QVERIFY(lib.overrides().first().text().contains(
            replaced ? QStringLiteral("is used instead of the built-in one")
                     : QStringLiteral("is not used")));
    }

    void billionLaughsIsRefusedQuickly()
    {
        QByteArray doc = "a: &a [x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'z'; ++c)
            doc += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ", *" +
                   QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) +
                   ", *" + QByteArray(1, char(c - 1)) + "]\n";
        QElapsedTimer t;
        t.start();
        RuleLibrary lib;
        lib.loadSources({{QStringLiteral("laughs.yaml"), doc, false}});
        QVERIFY(t.elapsed() < 2000);
        QVERIFY(lib.files().first().diagnostics.first().message.contains(QStringLiteral("aliases")));
    }

    void bundledRulesLoadCleanly()
    {
        RuleLibrary lib;
        lib.loadBundled();
        for (const RuleFileStatus &f : lib.files())
            for (const Diagnostic &d : f.diagnostics) QVERIFY2(d.severity != Diagnostic::Error, qPrintable(d.toString()));
        QCOMPARE(int(lib.ruleSets().size()), 13);
    }

    // A text that names no issuer is encoded with `issuers: []`; lint accepts it only when the
    // verification note says why (rules/xiangtan/… is such a text).
    void emptyIssuers_data()
    {
        QTest::addColumn<QByteArray>("verification");
        QTest::addColumn<bool>("warned");
        QTest::newRow("no note") << QByteArray() << true;
        QTest::newRow("note silent on the issuer") << QByteArray("Checked every quote.") << true;
        QTest::newRow("note explains (en)") << QByteArray("No issuer is listed because the notice names none.") << false;
        QTest::newRow("note explains (zh)") << QByteArray("原文未载明发文机关。") << false;
    }
    void emptyIssuers()
    {
        QFETCH(QByteArray, verification);
        QFETCH(bool, warned);
        QFile f(fixture(QStringLiteral("base-ok.yaml")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray doc = f.readAll();
        QVERIFY(doc.contains("  issuers: [测试厅]\n"));
        doc.replace("  issuers: [测试厅]\n", "  issuers: []\n");
        if (!verification.isEmpty())
            doc.replace("  verified_on: 2025-01-01\n", "  verified_on: 2025-01-01\n  verification: \"" + verification + "\"\n");
        QFile facts(QStringLiteral(ELIGICHECK_SOURCE_DIR "/rules/facts.yaml"));
        QVERIFY(facts.open(QIODevice::ReadOnly));
        RuleLibrary lib;
        lib.loadSources({{QStringLiteral("facts.yaml"), facts.readAll(), false}, {QStringLiteral("no-issuer.yaml"), doc, false}});
        const RuleFileStatus &st = lib.files().last();
        QVERIFY(st.ok);
        bool found = false;
        for (const Diagnostic &d : st.diagnostics)
            if (d.message.contains(QStringLiteral("no issuer named"))) {
                found = true;
                QCOMPARE(d.severity, Diagnostic::Warning);
                QCOMPARE(d.line, 7);
                QCOMPARE(d.column, 12);
            }
        QCOMPARE(found, warned);
    }

    // Rule-author warnings are for authors: a bundled file's warnings are not a user's problem,
    // while the same warning in a user's rule folder is shown; errors are shown everywhere.
    void problemsHideBundledWarnings()
    {
        RuleFileStatus st;
        st.diagnostics = {{Diagnostic::Warning, QStringLiteral("a.yaml"), 7, 12, QStringLiteral("author hint")},
                          {Diagnostic::Error, QStringLiteral("a.yaml"), 9, 1, QStringLiteral("broken")}};
        st.bundled = false;
        QCOMPARE(st.problems().size(), 2);
        st.bundled = true;
        QCOMPARE(st.problems().size(), 1);
        QCOMPARE(st.problems().first().message, QStringLiteral("broken"));

        RuleLibrary lib;
        lib.loadBundled();
        for (const RuleFileStatus &f : lib.files())
            QVERIFY2(f.problems().isEmpty(), qPrintable(f.problems().value(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
