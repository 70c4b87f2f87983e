#pragma once

// Workbooks written by another program, for the spreadsheet suites: LibreOffice (package
// libreoffice-calc-nogui) converts a CSV the test wrote into .xlsx, headless.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

// Converts a CSV the test wrote into .xlsx with LibreOffice, as a client's workbook would come.
QString toXlsx(const QTemporaryDir &dir, const QString &csvName, const QByteArray &utf8Csv) {
    const QString csv = dir.filePath(csvName);
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly) || f.write(utf8Csv) != utf8Csv.size()) return QString();
    f.close();
    QProcess soffice;
    soffice.setProcessChannelMode(QProcess::MergedChannels);
    soffice.start(
        QStringLiteral(ELIGICHECK_SOFFICE),
        {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile")),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
         // comma, double quote, UTF-8, from row 1, detect special numbers (dates)
         QStringLiteral("--infilter=CSV:44,34,76,1,,0,false,true,true"), QStringLiteral("--outdir"),
         dir.path(), csv});
    if (!soffice.waitForFinished(180000) || soffice.exitCode() != 0) {
        qWarning("soffice: %s", soffice.readAll().constData());
        return QString();
    }
    const QString xlsx =
        dir.filePath(QString(csvName).replace(QStringLiteral(".csv"), QStringLiteral(".xlsx")));
    return QFile::exists(xlsx) ? xlsx : QString();
}

} // namespace
