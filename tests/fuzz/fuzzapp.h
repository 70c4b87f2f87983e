#pragma once

#include <QCoreApplication>

namespace fuzz {

// Qt SQL loads its driver as a plugin and Qt's text codecs want an application object: the fuzz
// targets make one on their first input; the replay test already has one.
inline void ensureApplication() {
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) new QCoreApplication(argc, argv);
}

} // namespace fuzz
