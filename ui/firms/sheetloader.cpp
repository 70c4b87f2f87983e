#include "sheetloader.h"

#include "firmsheet.h"

#include <QThread>

namespace eligicheck {

SheetLoader::SheetLoader(const FactRegistry &facts, QObject *parent)
    : QObject(parent)
    , m_facts(facts) {}

SheetLoader::~SheetLoader() {
    for (QThread *t : m_threads) {
        t->wait();
        delete t;
    }
}

void SheetLoader::start(const QString &path, const QString &sheetName) {
    const int generation = ++m_generation;
    m_running = true;
    auto result = std::make_shared<SheetLoad>();
    const FactRegistry &facts = m_facts;
    QThread *thread = QThread::create([result, path, sheetName, &facts] {
        SheetError error;
        result->sheet = FirmSheet::readSheet(path, sheetName, &error);
        if (!result->sheet)
            result->problems.append({Diagnostic::Error, path, 0, 0, error.message});
        else
            result->records = FirmSheet(facts).records(path, *result->sheet, &result->problems);
    });
    m_threads.push_back(thread);
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        m_threads.erase(std::remove(m_threads.begin(), m_threads.end(), thread), m_threads.end());
        thread->deleteLater();
        if (generation != m_generation) return; // overtaken by a newer read
        m_running = false;
        emit finished(result);
    });
    thread->start();
}

} // namespace eligicheck
