#include "startuppreload.h"

#include "rulelibrary.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QThread>

#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

namespace eligicheck {

namespace {

std::mutex preloadMutex;
std::future<std::shared_ptr<RuleLibrary>> preloaded; // guarded by preloadMutex
std::thread worker;                                  // guarded by preloadMutex

// Whether a QApplication exists for the worker to load image plugins with. Its own mutex, held
// while the plugins load: the GUI thread takes the rules (preloadMutex) meanwhile.
enum class Application { NotYet, Running, Ended };
std::mutex applicationMutex;
std::condition_variable applicationChanged;
Application application = Application::NotYet; // guarded by applicationMutex

void setApplication(Application state) {
    {
        std::lock_guard lock(applicationMutex); // waits for plugins being loaded
        if (application == Application::Ended) return;
        application = state;
    }
    applicationChanged.notify_all();
}

void applicationEnding() { // a post-routine: from QCoreApplication's destructor
    setApplication(Application::Ended);
}

void applicationStarted() { // a pre-routine: from QCoreApplication's constructor
    setApplication(Application::Running);
    qAddPostRoutine(applicationEnding);
}

// Qt 6.4 loads every image-format plugin (and libQt6Svg, libjpeg) the first time it reads an
// image file by name — QMenuBar's own extension icon does — ~1.5 ms on the GUI thread. Loaded
// here first, the GUI thread finds them loaded; QFactoryLoader hands each plugin object over to
// the main thread.
void loadImagePluginsWhileTheApplicationRuns() {
    std::unique_lock lock(applicationMutex);
    applicationChanged.wait(lock, [] { return application != Application::NotYet; });
    if (application == Application::Running) QImageReader::supportedImageFormats();
}

std::shared_ptr<RuleLibrary> readBundledRules() {
    auto library = std::make_shared<RuleLibrary>();
    library->loadBundled();
    return library;
}

} // namespace

StartupPreload::StartupPreload() {
    // Qt takes the first thread that asks for its thread data as the main thread; make sure that
    // is this one and not the worker.
    QThread::currentThread();
    std::lock_guard lock(preloadMutex);
    if (worker.joinable()) return;      // one preload at a time
    qAddPreRoutine(applicationStarted); // at once if QApplication already exists
    std::promise<std::shared_ptr<RuleLibrary>> done;
    preloaded = done.get_future();
    worker = std::thread([done = std::move(done)]() mutable {
        done.set_value(readBundledRules()); // first: needed by the window before the plugins
        loadImagePluginsWhileTheApplicationRuns();
    });
}

StartupPreload::~StartupPreload() {
    std::thread finished;
    {
        std::lock_guard lock(preloadMutex);
        finished = std::move(worker);
        preloaded = {}; // not taken (say, the window was never built): dropped here
    }
    setApplication(Application::Ended); // no plugins any more, if QApplication never came
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
