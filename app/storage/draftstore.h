#pragma once

#include "database.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace eligicheck {

// An in-progress questionnaire: fact id → text as typed, kept until the user saves or
// discards it. Stored as one row, so each save is a single atomic write.
struct Draft {
    QString key;       // e.g. "firm:12" or "new-firm:<uuid>"
    qint64 firmId = 0; // 0 when the firm is not saved yet
    QHash<QString, QString> entries;
    QString updatedAt;
};

class DraftStore {
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
public:
    explicit DraftStore(Database &db)
        : m_db(db) {}
    StorageError save(const Draft &draft);
    Result<Draft> load(const QString &key) const; // NotFound when there is none
    StorageError discard(const QString &key);
    Result<QVector<Draft>> all() const;

private:
    Database &m_db;
};

// Autosaves a draft while the user types: each change restarts a short timer and the draft is
// written when typing pauses, and at the latest when the autosaver is closed or destroyed —
// so a crash or power cut loses at most the last `interval` of typing. Pure Qt Core: the GUI
// connects its editors to setEntry().
class DraftAutosaver : public QObject {
    Q_OBJECT
public:
    DraftAutosaver(Database &db, QString key, qint64 firmId = 0, QObject *parent = nullptr);
    ~DraftAutosaver() override;

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    // Starts from what is stored under the key (after a crash, the user's typing is back).
    StorageError restore();
    const QHash<QString, QString> &entries() const { return m_draft.entries; }
    bool isDirty() const { return m_dirty; }

public slots:
    void setEntry(const QString &factId, const QString &text);
    // Writes now if anything changed; the last error is kept in lastError().
    bool flush();
    // Saves pending changes and stops; call from the editor's close handling.
    void close();

signals:
    void saved();
    void saveFailed(const QString &message);

public:
    const StorageError &lastError() const { return m_lastError; }

private:
    DraftStore m_store;
    Draft m_draft;
    QTimer m_timer;
    bool m_dirty = false;
    bool m_closed = false;
    StorageError m_lastError;
};

} // namespace eligicheck
