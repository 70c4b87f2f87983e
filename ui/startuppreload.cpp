#include "startuppreload.h"

#include "rulelibrary.h"

#include <future>
#include <mutex>
#include <thread>

#ifdef ELIGICHECK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace eligicheck {

namespace {

struct Preload {
    std::mutex mutex;
    std::thread worker;
    std::shared_future<void> fonts;
    std::future<std::shared_ptr<RuleLibrary>> rules;
    // At exit (say, after --help) the worker is finished before the statics it uses go away.
    ~Preload() {
        if (worker.joinable()) worker.join();
    }
};

Preload &preload() {
    static Preload p;
    return p;
}

} // namespace

void StartupPreload::start() {
    Preload &p = preload();
    std::lock_guard lock(p.mutex);
    if (p.worker.joinable()) return;
    std::promise<void> fontsDone;
    std::promise<std::shared_ptr<RuleLibrary>> rulesDone;
    p.fonts = fontsDone.get_future().share();
    p.rules = rulesDone.get_future();
    p.worker = std::thread([fontsDone = std::move(fontsDone), rulesDone = std::move(rulesDone)]() mutable {
#ifdef ELIGICHECK_HAVE_FONTCONFIG
        // FcInit loads the configuration and scans the font cache (≈ 5 ms). It is thread-safe and
        // idempotent: Qt's own call later finds the configuration ready.
        FcInit();
#endif
        fontsDone.set_value();
        auto library = std::make_shared<RuleLibrary>();
        library->loadBundled();
        rulesDone.set_value(std::move(library));
    });
}

void StartupPreload::waitForFonts() {
    Preload &p = preload();
    std::shared_future<void> fonts;
    {
        std::lock_guard lock(p.mutex);
        fonts = p.fonts;
    }
    if (fonts.valid()) fonts.wait();
}

std::shared_ptr<RuleLibrary> StartupPreload::takeBundledRules() {
    Preload &p = preload();
    std::lock_guard lock(p.mutex);
    if (!p.rules.valid()) return nullptr;
    return p.rules.get();
}

} // namespace eligicheck
