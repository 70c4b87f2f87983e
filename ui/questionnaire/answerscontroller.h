#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace eligicheck {

class AnswerModel;
class LibraryManager;

// File → Open/Save answers and the Recent list. Errors are returned as text naming the file,
// line and column; nothing of the current answers is lost when a file cannot be read.
class AnswersController : public QObject {
    Q_OBJECT
public:
    AnswersController(AnswerModel *answers, LibraryManager *libraries, QObject *parent = nullptr);

    bool open(const QString &path, QString *error);
    bool save(const QString &path, QString *error);
    const QString &currentPath() const { return m_path; }
    void forgetPath() { m_path.clear(); }
    // Answers changed since they were opened, saved or reset: a quick check that would be lost.
    bool isModified() const { return m_modified; }
    QStringList recentFiles() const;

signals:
    void recentFilesChanged();

private:
    void remember(const QString &path);

    AnswerModel *m_answers;
    LibraryManager *m_libraries;
    QString m_path;
    bool m_modified = false;
};

} // namespace eligicheck
