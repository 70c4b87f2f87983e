#include "sheetexport.h"

#include "firmmatcher.h"
#include "firmsheetexporter.h"
#include "resultsheetwriter.h"
#include "templatebuilder.h"
#include "templatedialog.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace eligicheck {

namespace {

bool isCsv(const QString &path) {
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString SheetExport::askPath(QWidget *parent, const QString &title, const QString &suggested) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggested),
                                                tr("Excel workbook (*.xlsx)") + QStringLiteral(";;") +
                                                    tr("CSV, UTF-8 (*.csv)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".xlsx");
    return path;
}

bool SheetExport::blankQuestionnaire(QWidget *parent, std::shared_ptr<const RuleLibrary> library,
                                     const Selection &ticked, const QDate &date, Lang lang, QString path) {
    TemplateDialog dialog(library, ticked, date, lang, parent);
    if (dialog.exec() != QDialog::Accepted) return false;
    const QVector<ProgrammeRef> programmes = dialog.programmes();
    if (programmes.isEmpty()) return false;
    if (path.isEmpty()) path = askPath(parent, tr("Export blank questionnaire"), tr("questionnaire.xlsx"));
    if (path.isEmpty()) return false;
    const TemplateBuilder builder(library->facts(), programmes, lang);
    QString error;
    const bool ok = isCsv(path) ? builder.writeCsv(path, &error) : builder.writeXlsx(path, &error);
    if (!ok) QMessageBox::warning(parent, tr("Cannot export the questionnaire"), error);
    return ok;
}

bool SheetExport::firms(QWidget *parent, Database &db, const FactRegistry &facts, Lang lang, QString path) {
    if (path.isEmpty()) path = askPath(parent, tr("Export firms"), tr("firms.xlsx"));
    if (path.isEmpty()) return false;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int n =
        FirmSheetExporter(db, facts, lang)
            .write(path, isCsv(path) ? FirmSheetExporter::Format::Csv : FirmSheetExporter::Format::Xlsx, {},
                   &error);
    QApplication::restoreOverrideCursor();
    if (n < 0) QMessageBox::warning(parent, tr("Cannot export the firms"), error);
    return n >= 0;
}

bool SheetExport::results(QWidget *parent, Database &db, const RuleLibrary &library, Lang lang,
                          QString path) {
    const QDate today = QDate::currentDate();
    if (path.isEmpty())
        path = askPath(parent, tr("Export results workbook"),
                       tr("results-%1.xlsx").arg(today.toString(Qt::ISODate)));
    if (path.isEmpty()) return false;
    ResultSheetWriter writer(path,
                             isCsv(path) ? ResultSheetWriter::Format::Csv : ResultSheetWriter::Format::Xlsx,
                             library, today, lang);
    QProgressDialog progress(tr("Evaluating every firm and writing the workbook…"), tr("Cancel"), 0, 0,
                             parent);
    progress.setWindowTitle(tr("Export results workbook"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    bool cancelled = false;
    const StorageError e = FirmMatcher(db, library).run(today, [&](const FirmMatch &match) {
        progress.setMaximum(match.total);
        progress.setValue(match.index);
        writer.addFirm(match);
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    progress.reset();
    if (cancelled) return false; // the writer goes without writing: no half workbook
    QString error = e.message;
    if (e.ok() && writer.finish(&error)) return true;
    QMessageBox::warning(parent, tr("Cannot export the results"), error);
    return false;
}

} // namespace eligicheck
