// libFuzzer target: an answers file coming back from a client, against the bundled facts.
#include "answers.h"
#include "rulelibrary.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace eligicheck;
    static RuleLibrary *lib = [] {
        auto *l = new RuleLibrary;
        l->loadBundled();
        return l;
    }();
    Diagnostics d;
    auto a = parseAnswers(QStringLiteral("fuzz.yaml"), QByteArray(reinterpret_cast<const char *>(data), int(size)),
                          lib->facts(), &d);
    if (a) a->toFactValues(lib->facts(), QDate(2025, 6, 1));
    return 0;
}
