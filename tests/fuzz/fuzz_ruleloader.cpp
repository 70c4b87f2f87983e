// libFuzzer target: a rule file as an e-mail attachment from a stranger. Loading must never
// crash, hang or leak; whatever loads is also evaluated and its examples run.
#include "examplerunner.h"
#include "rulelibrary.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace eligicheck;
    RuleLibrary lib;
    lib.loadSources({{QStringLiteral("fuzz.yaml"), QByteArray(reinterpret_cast<const char *>(data), int(size)), false}});
    for (const auto &rs : lib.ruleSets()) runExamples(*rs, lib.facts());
    return 0;
}
