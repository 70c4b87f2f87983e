#pragma once

#include "database.h"
#include "firmrepository.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace eligicheck {

class AnswerModel;
class LibraryManager;

// Writes a firm questionnaire's answers to the firm as they are typed: each change restarts a
// short timer and the changed answers are written (one transaction, each with its history) when
// typing pauses, at the latest after interval() — so switching firms, quitting or a crash
// loses at most the last moment of typing. Writes are optimistic: an answer someone else
// changed since it was loaded is not overwritten (writeFailed with conflict set).
class FirmAnswerWriter : public QObject {
    Q_OBJECT
public:
    FirmAnswerWriter(Database &db, const AnswerModel *answers, const LibraryManager *libraries, qint64 firmId,
                     QObject *parent = nullptr);
    ~FirmAnswerWriter() override; // writes what is pending

    qint64 firmId() const { return m_firmId; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    // Reads the versions of the firm's stored answers the questionnaire starts from.
    StorageError load();
    bool isPending() const { return m_timer.isActive(); }

    // The answers that differ from the stored ones (what the next write would save).
    QVector<AnswerInput> changes() const;

public slots:
    void answerChanged();
    // Writes the answers that differ from the stored ones now; false (and writeFailed) on error.
    bool flush(QString *error = nullptr);

signals:
    void written(int count);
    void writeFailed(const QString &message, bool conflict);

private:
    Database &m_db;
    const AnswerModel *m_answers;
    const LibraryManager *m_libraries;
    qint64 m_firmId;
    QHash<QString, StoredAnswer> m_loaded; // fact id → the stored answer last read or written
    QTimer m_timer;
    bool m_conflict = false; // stop retrying a refused write until the firm is opened again
};

} // namespace eligicheck
