#include "firmfileopen.h"

#include "boundedfile.h"
#include "diagnostics.h"
#include "firmexchange.h"
#include "rulelibrary.h"
#include "yamlsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QMessageBox>
#include <QStringList>

namespace eligicheck {

namespace {
// The translation context of this file's messages.
struct FirmFileOpen {
    Q_DECLARE_TR_FUNCTIONS(FirmFileOpen)
};
} // namespace

OpenedFileKind openedFileKind(const QString &path) {
    QFile f(path);
    if (f.open(QIODevice::ReadOnly) && f.readLine(256).startsWith("# EligiCheck firm"))
        return OpenedFileKind::Firms;
    return OpenedFileKind::Answers; // opening it as answers explains what is wrong with it
}

int importFirmFileInteractively(QWidget *parent, Database &db, const RuleLibrary &library,
                                const QString &path) {
    const QString title = FirmFileOpen::tr("Import firms");
    // Bounded whatever the file is (a pipe or a device would otherwise be read forever).
    QString readError;
    const std::optional<QByteArray> content = BoundedFile::read(path, MaxImportFileBytes, &readError);
    if (!content) {
        QMessageBox::warning(parent, title, readError);
        return 0;
    }
    FirmExchange exchange(db, library.facts());
    exchange.setRuleLibrary(&library);
    Diagnostics diags;
    const std::optional<QVector<FirmRecord>> records = exchange.parse(path, *content, &diags);
    if (!records) {
        QStringList lines;
        for (const Diagnostic &d : diags)
            lines << d.toString();
        QMessageBox box(QMessageBox::Warning, title,
                        FirmFileOpen::tr("%1 cannot be imported; nothing was changed.").arg(path),
                        QMessageBox::Ok, parent);
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
        return 0;
    }
    QStringList names;
    for (const FirmRecord &r : *records)
        names << r.firm.name;
    QMessageBox ask(
        QMessageBox::Question, title,
        FirmFileOpen::tr("Import %n firm(s) from %1 into the firms database?", nullptr, int(records->size()))
            .arg(path),
        QMessageBox::Yes | QMessageBox::Cancel, parent);
    ask.setInformativeText(FirmFileOpen::tr(
        "Firms already in the database (same credit code, else same name) get the file's answers "
        "added; nothing else is changed."));
    ask.setDetailedText(names.join(u'\n'));
    ask.setDefaultButton(QMessageBox::Yes);
    if (ask.exec() != QMessageBox::Yes) return 0;
    const Result<int> n = exchange.import(*records);
    if (!n.ok()) {
        QMessageBox::warning(parent, title,
                             FirmFileOpen::tr("Nothing was imported: %1").arg(n.error().message));
        return 0;
    }
    return *n;
}

} // namespace eligicheck
