#pragma once
// Helpers shared by the storage suites.

#include "database.h"
#include "rulelibrary.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace storagetest {

inline QString dataPath(const QString &name) {
    return QStringLiteral(ELIGICHECK_TEST_DATA "/storage/") + name;
}

inline QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Content hash plus modification time: "left untouched" means both are unchanged.
inline QString fingerprint(const QString &path) {
    const QFileInfo fi(path);
    return QString::fromLatin1(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex()) +
           QLatin1Char('@') + QString::number(fi.lastModified().toMSecsSinceEpoch()) + QLatin1Char('#') +
           QString::number(fi.size());
}

// Every bundled rule file, optionally with one text replaced in one file (a "rule update").
inline void loadRules(eligicheck::RuleLibrary &lib, const QString &file = QString(),
                      const QString &from = QString(), const QString &to = QString()) {
    std::vector<eligicheck::RuleSource> sources;
    QDirIterator it(QStringLiteral(":/rules"), {QStringLiteral("*.yaml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QByteArray content = readAll(path);
        if (!file.isEmpty() && path.endsWith(file)) content.replace(from.toUtf8(), to.toUtf8());
        sources.push_back({path, content, true});
    }
    sources.push_back({dataPath(QStringLiteral("extra-facts.yaml")),
                       readAll(dataPath(QStringLiteral("extra-facts.yaml"))), false});
    lib.loadSources(std::move(sources));
}

inline QVariant scalar(const eligicheck::Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) return QVariant();
    return q.value(0);
}

inline bool execRaw(const eligicheck::Database &db, const QString &sql, QString *error = nullptr) {
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    if (!ok && error) *error = q.lastError().text();
    return ok;
}

} // namespace storagetest
