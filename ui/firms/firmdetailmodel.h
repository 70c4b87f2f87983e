#pragma once

#include "database.h"
#include "storageerror.h"
#include "text.h"

#include <QAbstractTableModel>
#include <memory>

namespace eligicheck {

class RuleLibrary;

// What the tables of one stored firm (its answers, assessments and yearly figures) share: the
// database, the language and the rules they are shown with, and the firm they show.
class FirmDetailModel : public QAbstractTableModel {
public:
    // Shows the rows of `firmId` (0: none). Returns the error when they cannot be read.
    StorageError setFirm(qint64 firmId) {
        m_firmId = firmId;
        return reload();
    }
    virtual StorageError reload() = 0;
    qint64 firmId() const { return m_firmId; }

protected:
    FirmDetailModel(Database &db, Lang lang, QObject *parent)
        : QAbstractTableModel(parent)
        , m_db(db)
        , m_lang(lang) {}

    // read(firm id) of the firm shown; empty rows when none is shown or the database is closed.
    template <typename Read> auto readFirm(Read read) const -> decltype(read(qint64())) {
        using Rows = std::decay_t<decltype(read(qint64()).value())>;
        if (m_firmId == 0 || !m_db.isOpen()) return Rows();
        return read(m_firmId);
    }

    Database &m_db;
    Lang m_lang;
    std::shared_ptr<const RuleLibrary> m_library;
    qint64 m_firmId = 0;
};

} // namespace eligicheck
