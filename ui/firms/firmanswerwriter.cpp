#include "firmanswerwriter.h"

#include "answermodel.h"
#include "librarymanager.h"

namespace eligicheck {

FirmAnswerWriter::FirmAnswerWriter(Database &db, const AnswerModel *answers, const LibraryManager *libraries,
                                   qint64 firmId, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_answers(answers)
    , m_libraries(libraries)
    , m_firmId(firmId) {
    m_timer.setSingleShot(true);
    // Short enough that a crash loses under a second of typing, long enough that a number typed
    // digit by digit is one write.
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

FirmAnswerWriter::~FirmAnswerWriter() {
    if (m_timer.isActive()) flush();
}

StorageError FirmAnswerWriter::load() {
    m_loaded.clear();
    m_conflict = false;
    Result<QVector<StoredAnswer>> all = FirmRepository(m_db).answers(m_firmId);
    if (!all.ok()) return all.error();
    const int year = FirmRepository::fiscalYearFor(m_answers->asOf());
    for (const StoredAnswer &a : all.value())
        if (a.fiscalYear == 0 || a.fiscalYear == year) m_loaded.insert(a.factId, a);
    return {};
}

void FirmAnswerWriter::answerChanged() {
    if (!m_conflict) m_timer.start();
}

QVector<AnswerInput> FirmAnswerWriter::changes() const {
    const std::shared_ptr<const RuleLibrary> library = m_libraries->library();
    const int year = FirmRepository::fiscalYearFor(m_answers->asOf());
    QSet<QString> ids;
    for (auto it = m_answers->values().cbegin(); it != m_answers->values().cend(); ++it)
        ids.insert(it.key());
    for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it)
        ids.insert(it.key());
    QVector<AnswerInput> inputs;
    for (const QString &id : std::as_const(ids)) {
        const FactDefinition *fact = library->facts().find(id);
        if (!fact || fact->builtin) continue;
        const Value now = m_answers->value(id);
        const auto loaded = m_loaded.constFind(id);
        const bool had = loaded != m_loaded.cend() && loaded->value.isKnown();
        if ((had && loaded->value == now) || (!had && !now.isKnown())) continue;
        AnswerInput in;
        in.factId = id;
        in.fiscalYear = fact->yearly ? year : 0;
        in.value = now;
        in.entered = now.isKnown() ? now.toPlainString() : QString();
        // The version the questionnaire last saw: if the row moved on since, it is a conflict.
        in.expectedVersion =
            loaded != m_loaded.cend() && loaded->fiscalYear == in.fiscalYear ? loaded->version : 0;
        inputs.append(in);
    }
    return inputs;
}

bool FirmAnswerWriter::flush(QString *error) {
    m_timer.stop();
    const QVector<AnswerInput> inputs = changes();
    if (inputs.isEmpty()) return true;
    const StorageError e = FirmRepository(m_db).setAnswers(m_firmId, inputs, m_libraries->library()->facts());
    if (!e.ok()) {
        m_conflict = e.kind == StorageError::Conflict;
        if (error) *error = e.message;
        emit writeFailed(e.message, m_conflict);
        return false;
    }
    load(); // the new versions are what the next write builds on
    emit written(int(inputs.size()));
    return true;
}

} // namespace eligicheck
