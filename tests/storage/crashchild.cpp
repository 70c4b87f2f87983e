// Helper of tst_storage_crash: writes assessments to the database given as the argument in an
// endless loop and prints the id of each one after its transaction committed. The test kills
// it with SIGKILL at random moments.
#include "assessmentstore.h"
#include "firmrepository.h"

#include <QCoreApplication>
#include <cstdio>

using namespace eligicheck;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        fprintf(stderr, "usage: storage_crash_child DATABASE\n");
        return 2;
    }
    Database db;
    if (StorageError e = db.open(DatabaseLocation::sqlite(QString::fromLocal8Bit(argv[1]))); !e.ok()) {
        fprintf(stderr, "%s\n", qPrintable(e.message));
        return 2;
    }
    FirmRepository firms(db);
    Result<Firm> firm = firms.findFirm(QStringLiteral("崩溃测试公司"));
    if (!firm.ok()) firm = firms.addFirm(Firm::named(QStringLiteral("崩溃测试公司")));
    if (!firm.ok()) return 2;
    AssessmentStore store(db);
    // A snapshot of realistic size: several programmes, criteria and amounts, i.e. many rows
    // per transaction, so kills land inside transactions as well as between them.
    Assessment a;
    a.firmId = firm->id;
    a.ruleSetId = QStringLiteral("crash-test");
    a.contentHash = QString(64, u'c');
    a.verifiedOn = QDate(2025, 1, 1);
    a.asOf = QDate(2025, 6, 1);
    a.resultJson = QString(4000, u'{');
    for (int p = 0; p < 4; ++p) {
        ProgrammeSnapshot ps;
        ps.programmeId = QStringLiteral("p%1").arg(p);
        ps.verdict = Verdict::Eligible;
        for (int c = 0; c < 12; ++c)
            ps.criteria.append({QStringLiteral("c%1").arg(c), CriterionStatus::Pass});
        ps.amounts.append({QStringLiteral("a"), QStringLiteral("12.5"), QString()});
        a.programmes.append(ps);
    }
    for (;;) {
        Result<qint64> id = store.save(a);
        if (!id.ok()) {
            fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return 1;
        }
        printf("%lld\n", static_cast<long long>(*id));
        fflush(stdout);
    }
}
