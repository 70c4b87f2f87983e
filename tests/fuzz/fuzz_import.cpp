// libFuzzer target: a firms/questionnaire file to import (FirmExchange), as a client or another
// consultant sends it. Parsing must never crash, hang or leak; whatever parses is also written,
// inside an outer transaction that is rolled back, so every input meets the same database.
#include "database.h"
#include "firmexchange.h"
#include "firmrepository.h"
#include "fuzzapp.h"
#include "rulelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {
struct Fixture {
    eligicheck::RuleLibrary lib;
    QTemporaryDir dir;
    eligicheck::Database db;
    Fixture() {
        using namespace eligicheck;
        lib.loadBundled();
        if (db.open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("fuzz.db")))).ok()) {
            // Durability is not what is tested here; without fsync the target runs many times faster.
            db.execSql(QStringLiteral("PRAGMA synchronous=OFF"), QString());
            // One firm already there, so the name/credit-code clash checks run too.
            FirmRepository(db).addFirm(
                Firm::named(QStringLiteral("南宁示例科技有限公司"), QStringLiteral("91350100M000100Y43")));
        }
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    using namespace eligicheck;
    fuzz::ensureApplication();
    static Fixture *fx = [] {
        auto *f = new Fixture;
        // The replay test ends its application: close the database and remove the folder then.
        // libFuzzer never does, but leaves through exit(): remove the folder there.
        static Fixture *self = f;
        static const std::string folder = f->dir.path().toStdString();
        qAddPostRoutine([] {
            delete self;
            self = nullptr;
        });
        std::atexit([] {
            if (self) QDir(QString::fromStdString(folder)).removeRecursively();
        });
        return f;
    }();
    if (!fx->db.isOpen() || size < 1) return 0;
    // The first byte chooses the mode; the rest is the file.
    const auto mode = (data[0] & 1) ? FirmExchange::Mode::AnswersOnly : FirmExchange::Mode::Firms;
    const QByteArray content(reinterpret_cast<const char *>(data + 1), int(size - 1));
    FirmExchange exchange(fx->db, fx->lib.facts());
    exchange.setRuleLibrary(&fx->lib);
    Diagnostics diags;
    auto records = exchange.parse(QStringLiteral("fuzz.yaml"), content, &diags, mode);
    if (!records || mode != FirmExchange::Mode::Firms) return 0;
    fx->db.transaction([&]() -> StorageError {
        exchange.import(*records);
        return StorageError::fail(StorageError::Invalid, QStringLiteral("roll back"));
    });
    return 0;
}
