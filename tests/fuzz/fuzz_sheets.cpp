// libFuzzer target: a spreadsheet of client firms as CSV (CsvReader + FirmSheet), the input a
// client sends most often. Decoding, splitting and reading every cell into firm records must
// never crash, hang or leak.
#include "csvreader.h"
#include "firmsheet.h"
#include "fuzzapp.h"
#include "rulelibrary.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    using namespace eligicheck;
    fuzz::ensureApplication();
    static RuleLibrary *lib = [] {
        static RuleLibrary l;
        l.loadBundled();
        return &l;
    }();
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    SheetError error;
    auto sheet = CsvReader::parse(bytes, &error);
    if (!sheet) return 0;
    Diagnostics diags;
    FirmSheet(lib->facts()).records(QStringLiteral("fuzz.csv"), *sheet, &diags);
    return 0;
}
