#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace eligicheck {

// What went wrong in a storage operation. Every failure carries a sentence a user can act on;
// `kind` lets callers react (offer another file, reload after a conflict, …) without parsing it.
struct StorageError {
    enum Kind {
        None,
        Io,            // cannot read/create the file or reach the server
        NotEligiCheck, // the file is not an EligiCheck database
        NewerVersion,  // written by a newer EligiCheck; refused, never modified
        Damaged,       // integrity check failed
        Conflict,      // optimistic lock: someone else changed the row first
        NotFound,
        Invalid,   // bad input (credit code, unknown fact, malformed import file)
        Immutable, // attempt to change a saved assessment
        ReadOnly,  // the database cannot be written here (read-only file, folder or file system)
        DiskFull,  // nothing more fits on the disk; what was saved before is intact
        Sql        // unexpected database error
    };
    Kind kind = None;
    QString message;

    bool ok() const { return kind == None; }
    static StorageError fail(Kind k, QString msg) { return {k, std::move(msg)}; }
};

// A value or the reason there is none.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(StorageError error)
        : m_error(std::move(error)) {}
    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const StorageError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StorageError m_error;
};

} // namespace eligicheck
