// Helper of tst_autosave_crash: the real desktop app on a firms database, typing answers into the
// questionnaire of one firm for ever, the way a user does. Before each answer it prints
// "TYPING <n>", and once the firm's stored answer holds it (read back on a second connection)
// "SAVED <n>". The test kills it with SIGKILL at random moments.
//   gui_autosave_child DB FIRM_ID FIRST_VALUE
#include "guitest.h"

#include "firmlistview.h"
#include "firmrepository.h"
#include "firmview.h"
#include "firmworkspace.h"

#include <cstdio>

using namespace eligicheck;

namespace {

const QString kFact = QStringLiteral("rd_staff_count");

void say(const char *what, qint64 n) {
    std::printf("%s %lld\n", what, static_cast<long long>(n));
    std::fflush(stdout);
}

QString storedValue(const QString &path, qint64 firmId) {
    Database db;
    if (!db.open(DatabaseLocation::sqlite(path)).ok()) return QString();
    Result<QVector<StoredAnswer>> all = FirmRepository(db).answers(firmId);
    if (all.ok())
        for (const StoredAnswer &a : all.value())
            if (a.factId == kFact) return a.value.toPlainString();
    return QString();
}

int fail(const char *why) {
    std::fprintf(stderr, "gui_autosave_child: %s\n", why);
    return 2;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    if (argc != 4) return fail("usage: gui_autosave_child DB FIRM_ID FIRST_VALUE");
    const QString path = QString::fromLocal8Bit(argv[1]);
    const qint64 firmId = QByteArray(argv[2]).toLongLong();
    qint64 value = QByteArray(argv[3]).toLongLong();
    // Its own throw-away settings, apart from the other GUI suites.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EligiCheckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("gui_autosave_child"));
    QSettings().clear();

    auto w = guitest::openWindow({QStringLiteral("--db"), path});
    w->answers()->setAsOf(QDate(2025, 6, 1));
    w->showTab(MainWindow::FirmsTab);
    QTest::qWait(0); // the workspace restores the newest draft once the window is complete
    if (!w->firms()->view()->selectFirm(firmId)) return fail("firm not listed");
    QTest::mouseClick(w->firms()->firmView()->assessButton(), Qt::LeftButton);
    if (w->firms()->linkedFirm() != firmId) return fail("questionnaire not linked to the firm");
    if (!w->questionnaire()->goToPage(QStringLiteral("rd"))) return fail("no page 'rd'");
    QuestionWidget *question = w->questionnaire()->questionWidget(kFact);
    auto *editor = question ? qobject_cast<NumberEditor *>(question->editor()) : nullptr;
    if (!editor) return fail("no number editor for rd_staff_count");

    for (;; ++value) {
        say("TYPING", value);
        guitest::clearAndType(editor->lineEdit(), QString::number(value));
        // No save command: the answer is written to the firm once typing pauses.
        QElapsedTimer t;
        t.start();
        while (storedValue(path, firmId) != QString::number(value)) {
            if (t.elapsed() > 60000) return fail("the answer was not written within 60 s");
            QTest::qWait(20);
        }
        say("SAVED", value);
    }
}
