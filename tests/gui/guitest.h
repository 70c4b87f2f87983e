#pragma once

// Shared helpers of the GUI suites: they drive the real widgets the way a user does (keys and
// clicks), never by calling the models behind them.

#include "answermodel.h"
#include "assessmentsession.h"
#include "browserview.h"
#include "factinput.h"
#include "guioptions.h"
#include "mainwindow.h"
#include "questionnaireview.h"
#include "reviewpage.h"
#include "rulelibrary.h"
#include "testlibrary.h"
#include "verdictmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <functional>
#include <memory>

namespace guitest {

using namespace eligicheck;

// Settings go to a throw-away location and start empty, so no test sees a user's state.
inline void isolateSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EligiCheckTests"));
    // One name per test program: ctest runs them in parallel, and a shared settings file (or
    // default firms database) let one test's clear() wipe what another had just remembered.
    // The locale too: ctest runs each GUI suite a second time under LANG=zh_CN.UTF-8, in parallel.
    QCoreApplication::setApplicationName(
        QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName() + QLatin1Char('-') +
        QLocale::system().name());
    QSettings().clear();
    // Qt's own file dialog remembers its last folder in QtProject.conf; a test that left it at
    // /proc made the next run's dialog read /proc/kmsg (blocks forever as root).
    QSettings(QSettings::UserScope, QStringLiteral("QtProject")).remove(QStringLiteral("FileDialog"));
}

// The bundled rule sets, loaded once per test program.
using testlibrary::library;

// A new database file for each call, named after the running test function, in a folder that is
// removed after the run: no test sees another's firms.
class TestDatabases {
public:
    QString next() {
        return m_dir.filePath(QStringLiteral("%1-%2.db")
                                  .arg(QString::fromLatin1(QTest::currentTestFunction()))
                                  .arg(++m_counter));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

// Types a file name into Qt's own file dialog as the user does, then presses its OK button.
inline void typeFileName(QFileDialog *d, const QString &path) {
    // Not setDirectory(): listing a folder the test does not own can block on a FIFO in it.
    if (auto *edit = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        edit->setText(path); // an absolute path typed into the name field
    else
        d->selectFile(path);
    static_cast<QDialog *>(d)->accept();
}

// Runs `handle` on the next modal dialog of type T once it is shown (the static dialogs and
// exec() block the test otherwise). Returns a flag that says whether it ran.
template <typename T> std::shared_ptr<bool> whenModal(std::function<void(T *)> handle) {
    auto ran = std::make_shared<bool>(false);
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, ran] {
        if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *ran = true;
            handle(d);
        }
    });
    timer->start();
    return ran;
}

inline std::unique_ptr<MainWindow> openWindow(const QStringList &extraArgs = {}) {
    QString error;
    auto options = parseGuiOptions(
        QStringList{QStringLiteral("eligicheck"), QStringLiteral("--lang"), QStringLiteral("zh_CN")} +
            extraArgs,
        &error);
    if (!options) qFatal("bad options: %s", qPrintable(error));
    auto w = std::make_unique<MainWindow>(*options);
    w->answers()->setAsOf(QDate(2025, 6, 1));
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get())) qWarning("window not exposed");
    return w;
}

// Starts the questionnaire for one programme by selecting it in the browser and pressing
// "Assess this programme…".
inline bool assessFromBrowser(MainWindow &w, const QString &ruleSetId, const QString &programmeId) {
    w.showTab(MainWindow::BrowserTab);
    if (!w.browser()->selectRuleSet(ruleSetId, programmeId)) return false;
    auto *button = w.browser()->findChild<QPushButton *>(QStringLiteral("assessButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    return w.questionnaire()->currentPageName() != QStringLiteral("choose");
}

// Types like a user: ASCII as key presses, Chinese as the input method commits it.
inline void typeText(QWidget *widget, const QString &text) {
    QString run;
    auto flushChinese = [&] {
        if (run.isEmpty()) return;
        QInputMethodEvent commit;
        commit.setCommitString(run);
        QApplication::sendEvent(widget, &commit);
        run.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            flushChinese();
            QTest::keyClick(widget, c.toLatin1());
        } else {
            run += c;
        }
    }
    flushChinese();
}

inline void clearAndType(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

// Chooses an item of a combo box with the arrow keys, as a keyboard user would.
inline void chooseWithKeys(QComboBox *combo, int index) {
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
}

// Answers one question through its widget. `text` is what the user means: "是"/"否" for
// yes/no, a choice id, a number (optionally with " 亿元"/" 元"/" 万元" to pick the unit).
inline void answer(QuestionnaireView *q, const QString &factId, const QString &text) {
    QuestionWidget *w = q->questionWidget(factId);
    QVERIFY2(w, qPrintable(QStringLiteral("no question for ") + factId));
    QVERIFY2(w->isVisible(), qPrintable(factId + QStringLiteral(" is not on the current page")));
    if (auto *n = qobject_cast<NumberEditor *>(w->editor())) {
        QString number = text;
        QString unit;
        for (const QString &u : {QStringLiteral(" 亿元"), QStringLiteral(" 万元"), QStringLiteral(" 元")})
            if (number.endsWith(u)) {
                unit = u.trimmed();
                number.chop(u.size());
                break;
            }
        clearAndType(n->lineEdit(), number);
        if (!unit.isEmpty()) chooseWithKeys(n->unitSelector(), n->unitSelector()->findData(unit));
    } else if (auto *b = qobject_cast<BoolEditor *>(w->editor())) {
        QTest::mouseClick(text == QStringLiteral("是") ? b->yesButton() : b->noButton(), Qt::LeftButton);
    } else if (auto *c = qobject_cast<ChoiceEditor *>(w->editor())) {
        chooseWithKeys(c->comboBox(), c->comboBox()->findData(text));
    } else {
        QFAIL("unsupported editor in this helper");
    }
}

inline void clickNext(QuestionnaireView *q) {
    QTest::mouseClick(q->nextButton(), Qt::LeftButton);
}
inline void clickBack(QuestionnaireView *q) {
    QTest::mouseClick(q->backButton(), Qt::LeftButton);
}

// The live panel's verdict and criterion statuses for programme row `row`.
inline Verdict liveVerdict(QuestionnaireView *q, int row = 0) {
    return Verdict(q->liveView()->model()->index(row, 0).data(VerdictModel::VerdictRole).toInt());
}

inline QStringList liveClausesWithStatus(QuestionnaireView *q, CriterionStatus status, int row = 0) {
    QAbstractItemModel *m = q->liveView()->model();
    const QModelIndex p = m->index(row, 0);
    QStringList out;
    for (int i = 0; i < m->rowCount(p); ++i) {
        const QModelIndex c = m->index(i, 0, p);
        if (c.data(VerdictModel::StatusRole).toInt() == int(status))
            out << c.data(VerdictModel::ClauseRole).toString();
    }
    return out;
}

} // namespace guitest
