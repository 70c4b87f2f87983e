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

std::shared_ptr<RuleLibrary> readBundledRules() {
    auto library = std::make_shared<RuleLibrary>();
    library->loadBundled();
    return library;
}

} // namespace

StartupPreload::StartupPreload() {
    std::lock_guard lock(preloadMutex);
    if (worker.joinable()) return; // one preload at a time
    std::promise<std::shared_ptr<RuleLibrary>> done;
    preloaded = done.get_future();
    worker = std::thread([done = std::move(done)]() mutable { done.set_value(readBundledRules()); });
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

std::shared_ptr<RuleLibrary> StartupPreload::bundledRules() {
    std::future<std::shared_ptr<RuleLibrary>> rules;
    {
        std::lock_guard lock(preloadMutex);
        rules = std::move(preloaded);
    }
    return rules.valid() ? rules.get() : readBundledRules();
}

} // namespace eligicheck
