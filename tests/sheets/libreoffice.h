#pragma once

// Workbooks written by another program, for the spreadsheet suites: LibreOffice (package
// libreoffice-calc-nogui) converts a CSV the test wrote into .xlsx, headless.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

// Converts a CSV the test wrote into .xlsx with LibreOffice, as a client's workbook would come.
inline QString toXlsx(const QTemporaryDir &dir, const QString &csvName, const QByteArray &utf8Csv) {
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

// Every worksheet of a workbook as LibreOffice reads it, converted to CSV (UTF-8, the cells'
// values rather than their display format), keyed by sheet name.
inline QMap<QString, QByteArray> libreOfficeCsvs(const QTemporaryDir &dir, const QString &xlsx) {
    const QString out = dir.filePath(QStringLiteral("lo-out"));
    QProcess soffice;
    soffice.setProcessChannelMode(QProcess::MergedChannels);
    soffice.start(
        QStringLiteral(ELIGICHECK_SOFFICE),
        {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile")),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"),
         // comma, double quote, UTF-8, …, values not as shown, every sheet (-1) to its own file
         QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"),
         QStringLiteral("--outdir"), out, xlsx});
    QMap<QString, QByteArray> sheets;
    if (!soffice.waitForFinished(180000) || soffice.exitCode() != 0) {
        qWarning("soffice: %s", soffice.readAll().constData());
        return sheets;
    }
    const QString base = QFileInfo(xlsx).completeBaseName() + u'-';
    for (const QFileInfo &f : QDir(out).entryInfoList({QStringLiteral("*.csv")}, QDir::Files)) {
        QFile file(f.filePath());
        if (file.open(QIODevice::ReadOnly) && f.completeBaseName().startsWith(base))
            sheets.insert(f.completeBaseName().mid(base.size()), file.readAll());
    }
    return sheets;
}
