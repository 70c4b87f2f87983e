#pragma once

#include "diagnostics.h"
#include "firmexchange.h"
#include "sheet.h"

#include <QObject>
#include <memory>
#include <optional>

class QThread;

namespace eligicheck {

class FactRegistry;

// What reading a client spreadsheet gave: the worksheet as it is (for the preview), the firm
// records when every cell is right, and every problem at its cell.
struct SheetLoad {
    std::optional<Sheet> sheet;
    std::optional<QVector<FirmRecord>> records;
    Diagnostics problems;
};

// Reads and checks a client spreadsheet (FirmSheet) on a worker thread, so that a file of tens of
// thousands of rows does not freeze the window; `finished` arrives on the loader's thread. Only
// the newest start() is reported: a read overtaken by another (the user chose another worksheet)
// is dropped. The database is not touched here (its connection belongs to the GUI thread).
class SheetLoader : public QObject {
    Q_OBJECT
public:
    SheetLoader(const FactRegistry &facts, QObject *parent = nullptr);
    ~SheetLoader() override; // waits for a read still running

    void start(const QString &path, const QString &sheetName);
    bool isRunning() const { return m_running; }

signals:
    void finished(const std::shared_ptr<const eligicheck::SheetLoad> &result);

private:
    const FactRegistry &m_facts;
    std::vector<QThread *> m_threads; // every read not yet joined
    int m_generation = 0;
    bool m_running = false;
};

} // namespace eligicheck
