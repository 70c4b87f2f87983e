#include "draftstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace eligicheck {

StorageError DraftStore::save(const Draft &draft) {
    QJsonObject content;
    for (auto it = draft.entries.cbegin(); it != draft.entries.cend(); ++it)
        content.insert(it.key(), it.value());
    QSqlQuery q =
        m_db.query(QStringLiteral("INSERT INTO drafts (draft_key, firm_id, content, updated_at) VALUES "
                                  "(?, ?, ?, ?) ON CONFLICT (draft_key) DO UPDATE SET firm_id = "
                                  "excluded.firm_id, content = excluded.content, updated_at = "
                                  "excluded.updated_at"));
    q.addBindValue(draft.key);
    q.addBindValue(draft.firmId > 0 ? QVariant(draft.firmId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    q.addBindValue(Database::timestamp());
    return m_db.exec(q, tr("autosaving the draft"));
}

namespace {
Draft draftFromQuery(const QSqlQuery &q) {
    Draft d;
    d.key = q.value(0).toString();
    d.firmId = q.value(1).toLongLong();
    const QJsonObject o = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        d.entries.insert(it.key(), it.value().toString());
    d.updatedAt = q.value(3).toString();
    return d;
}
} // namespace

Result<Draft> DraftStore::load(const QString &key) const {
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT draft_key, firm_id, content, updated_at FROM drafts WHERE "
                                  "draft_key = ?"));
    q.addBindValue(key);
    if (StorageError e = m_db.exec(q, tr("reading the draft")); !e.ok()) return e;
    if (!q.next()) return StorageError::fail(StorageError::NotFound, tr("there is no draft '%1'").arg(key));
    return draftFromQuery(q);
}

Result<QVector<Draft>> DraftStore::all() const {
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT draft_key, firm_id, content, updated_at FROM drafts ORDER BY "
                                  "updated_at DESC"));
    if (StorageError e = m_db.exec(q, tr("reading drafts")); !e.ok()) return e;
    QVector<Draft> out;
    while (q.next())
        out.append(draftFromQuery(q));
    return out;
}

StorageError DraftStore::discard(const QString &key) {
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM drafts WHERE draft_key = ?"));
    q.addBindValue(key);
    return m_db.exec(q, tr("discarding the draft"));
}

// ---------------------------------------------------------------------------------------------

DraftAutosaver::DraftAutosaver(Database &db, QString key, qint64 firmId, QObject *parent)
    : QObject(parent)
    , m_store(db) {
    m_draft.key = std::move(key);
    m_draft.firmId = firmId;
    m_timer.setSingleShot(true);
    m_timer.setInterval(1500);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::flush);
}

DraftAutosaver::~DraftAutosaver() {
    close();
}

StorageError DraftAutosaver::restore() {
    Result<Draft> d = m_store.load(m_draft.key);
    if (!d.ok()) return d.error().kind == StorageError::NotFound ? StorageError() : d.error();
    m_draft.entries = d->entries;
    m_dirty = false;
    return {};
}

void DraftAutosaver::setEntry(const QString &factId, const QString &text) {
    if (m_closed) return;
    auto it = m_draft.entries.constFind(factId);
    if (it != m_draft.entries.constEnd() && it.value() == text) return;
    m_draft.entries.insert(factId, text);
    m_dirty = true;
    m_timer.start(); // restart: write once typing pauses
}

bool DraftAutosaver::flush() {
    m_timer.stop();
    if (!m_dirty) return true;
    m_lastError = m_store.save(m_draft);
    if (!m_lastError.ok()) {
        emit saveFailed(m_lastError.message);
        return false;
    }
    m_dirty = false;
    emit saved();
    return true;
}

void DraftAutosaver::close() {
    if (m_closed) return;
    flush();
    m_closed = true;
}

} // namespace eligicheck
