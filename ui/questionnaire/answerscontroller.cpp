#include "answerscontroller.h"

#include "answermodel.h"
#include "answersfile.h"
#include "librarymanager.h"

#include <QFileInfo>
#include <QSettings>

namespace eligicheck {

namespace {
const QString kRecentKey = QStringLiteral("answers/recent");
constexpr int kMaxRecent = 8;
} // namespace

AnswersController::AnswersController(AnswerModel *answers, LibraryManager *libraries, QObject *parent)
    : QObject(parent)
    , m_answers(answers)
    , m_libraries(libraries) {
    connect(answers, &AnswerModel::valueChanged, this, [this] { m_modified = true; });
    connect(answers, &AnswerModel::answersReset, this, [this] { m_modified = false; });
}

bool AnswersController::open(const QString &path, QString *error) {
    Diagnostics diags;
    const std::optional<Answers> answers = loadAnswersFile(path, m_libraries->library()->facts(), &diags);
    if (!answers) {
        QStringList lines;
        for (const Diagnostic &d : diags)
            lines << d.toString();
        if (error) *error = lines.join(u'\n');
        return false;
    }
    m_answers->reset(*answers);
    m_path = path;
    remember(path);
    return true;
}

bool AnswersController::save(const QString &path, QString *error) {
    if (!saveAnswersFile(path, m_answers->toAnswers(), error)) return false;
    m_path = path;
    m_modified = false;
    remember(path);
    return true;
}

QStringList AnswersController::recentFiles() const {
    return QSettings().value(kRecentKey).toStringList();
}

void AnswersController::remember(const QString &path) {
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    emit recentFilesChanged();
}

} // namespace eligicheck
