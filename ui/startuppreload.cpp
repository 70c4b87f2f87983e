#include "startuppreload.h"

#include "rulelibrary.h"

#include <QImageReader>

#include <future>
#include <mutex>
#include <thread>

namespace eligicheck {

namespace {

std::mutex preloadMutex;
std::future<std::shared_ptr<RuleLibrary>> preloaded; // guarded by preloadMutex
std::thread worker;                                  // guarded by preloadMutex

// Qt 6.4 loads every image-format plugin (and libQt6Svg, libjpeg) the first time it reads an
// image file by name — QMenuBar's own extension icon does — ~1.5 ms on the GUI thread. Loaded
// here first, the GUI thread finds them loaded; QFactoryLoader hands each plugin object over to
// the main thread.
void loadImagePlugins() {
    QImageReader::supportedImageFormats();
}

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
    worker = std::thread([done = std::move(done)]() mutable {
        loadImagePlugins(); // needed sooner than the rules: by the menu bar
        done.set_value(readBundledRules());
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

std::shared_ptr<RuleLibrary> StartupPreload::bundledRules() {
    std::future<std::shared_ptr<RuleLibrary>> rules;
    {
        std::lock_guard lock(preloadMutex);
        rules = std::move(preloaded);
    }
    return rules.valid() ? rules.get() : readBundledRules();
}

} // namespace eligicheck
