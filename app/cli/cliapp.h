#pragma once

#include "answers.h"
#include "rulelibrary.h"
#include "text.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace eligicheck {

// The command-line tool. Exit codes: 0 evaluated (whatever the verdict), 1 lint or examples
// failed, 2 usage or input error (message on stderr). Messages follow --lang, else the system
// locale (UiLanguage); machine-readable output (json) never changes with the language.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp(QTextStream &out, QTextStream &err);
    int run(const QStringList &args);

private:
    int usageError(const QString &message);
    bool loadRules(bool bundled = true);
    // The --answers file and the date it is judged on (--as-of, else the file's as_of, else today):
    // nullopt with the exit code in *code when either cannot be used.
    std::optional<Answers> answersAndAsOf(const QString &path, QDate *asOf, int *code);
    int cmdList();
    int cmdShow();
    int cmdCheck();
    int cmdMatch();
    int cmdLint();
    int cmdTest();
    int cmdDiff();
    int cmdRules();
    int cmdTemplate();
    void printHelp();

    QString option(const QString &name) const;
    QStringList options(const QString &name) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QStringList m_positional;
    QList<QPair<QString, QString>> m_options;
    QStringList m_flags;
    Lang m_lang = Lang::Zh;
    RuleLibrary m_library;
};

} // namespace eligicheck
