#include "startuppreload.h"

#include "rulelibrary.h"

#include <future>
#include <mutex>
#include <thread>

namespace eligicheck {

namespace {

std::mutex preloadMutex;
std::future<std::shared_ptr<RuleLibrary>> preloaded; // guarded by preloadMutex
std::thread worker;                                  // guarded by preloadMutex

} // namespace

StartupPreload::StartupPreload() {
    std::lock_guard lock(preloadMutex);
    if (worker.joinable()) return; // one preload at a time
    std::promise<std::shared_ptr<RuleLibrary>> done;
    preloaded = done.get_future();
    worker = std::thread([done = std::move(done)]() mutable {
        auto library = std::make_shared<RuleLibrary>();
        library->loadBundled();
        done.set_value(std::move(library));
    });
}

StartupPreload::~StartupPreload() {
    std::thread finished;
    {
        std::lock_guard lock(preloadMutex);
        finished = std::move(worker);
        preloaded = {}; // not taken (say, the window was never built): dropped here
    }
    if (finished.joinable()) finished.join();
}

std::shared_ptr<RuleLibrary> StartupPreload::takeBundledRules() {
    std::future<std::shared_ptr<RuleLibrary>> rules;
    {
        std::lock_guard lock(preloadMutex);
        rules = std::move(preloaded);
    }
    return rules.valid() ? rules.get() : nullptr;
}

} // namespace eligicheck
