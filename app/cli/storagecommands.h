#pragma once

#include "database.h"
#include "firmrepository.h"
#include "rulelibrary.h"
#include "text.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace eligicheck {

// The CLI commands that work on the firm database: firm add|list|show|answers, assess,
// history, recheck, export, import and match-all. `--db FILE|postgresql://…` chooses the
// database (default: the GUI's file in the user's data folder). Exit status: 0 done, 2 usage,
// input or database error (message on stderr).
class StorageCommands {
    Q_DECLARE_TR_FUNCTIONS(StorageCommands)
public:
    using OptionLookup = std::function<QString(const QString &)>;

    StorageCommands(QTextStream &out, QTextStream &err, const RuleLibrary &library, Lang lang,
                    OptionLookup option);

    static bool handles(const QString &command);
    static QString helpText();
    int run(const QString &command, const QStringList &args);

private:
    int fail(const QString &message);
    int usage(const QString &message);
    int failWith(const StorageError &error) { return fail(error.message); }
    bool openDatabase();
    bool readAsOf(QDate *date);
    // The firm a command is about: `--id N` (as `firm list` shows it; reaches every stored firm,
    // whatever its name), else the first of `args` (a name or credit code), which is taken off.
    bool byId() const { return !m_option(QStringLiteral("--id")).isEmpty(); }
    Result<Firm> chosenFirm(QStringList *args);
    static QString writeFailure(const QString &path, qint64 size, const QString &error);

    int firmAdd(const QStringList &args);
    int firmList(const QStringList &args);
    int firmShow(const QStringList &args);
    int firmAnswers(const QStringList &args);
    int assess(const QStringList &args);
    int history(const QStringList &args);
    int recheck(const QStringList &args);
    int exportFirms(const QStringList &args);
    int importFirms(const QStringList &args);
    int matchAll(const QStringList &args);
    int report(const QStringList &args);
    int reportAll(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    const RuleLibrary &m_library;
    Lang m_lang;
    OptionLookup m_option;
    Database m_db;
};

} // namespace eligicheck
