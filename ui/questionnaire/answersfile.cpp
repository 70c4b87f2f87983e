#include "answersfile.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>
#include <algorithm>

namespace eligicheck {

namespace {

// Double-quoted YAML scalar: safe for any text (是, "0.5亿元", colons, quotes).
QString quoted(const QString &s) {
    QString out = s;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return u'"' + out + u'"';
}

} // namespace

QByteArray answersToYaml(const Answers &answers) {
    QString y = QStringLiteral("# EligiCheck answers (eligicheck-cli check … --answers this-file)\n");
    if (answers.asOf) y += QStringLiteral("as_of: %1\n").arg(answers.asOf->toString(Qt::ISODate));
    if (!answers.firmName.isEmpty() || !answers.creditCode.isEmpty()) {
        y += QStringLiteral("firm:\n");
        if (!answers.firmName.isEmpty()) y += QStringLiteral("  name: %1\n").arg(quoted(answers.firmName));
        if (!answers.creditCode.isEmpty())
            y += QStringLiteral("  credit_code: %1\n").arg(quoted(answers.creditCode));
    }
    QStringList ids = answers.values.keys();
    std::sort(ids.begin(), ids.end());
    QStringList lines;
    for (const QString &id : ids) {
        const Value &v = answers.values[id];
        if (v.isKnown()) lines << QStringLiteral("  %1: %2\n").arg(id, quoted(v.toPlainString()));
    }
    y += lines.isEmpty() ? QStringLiteral("facts: {}\n") : QStringLiteral("facts:\n") + lines.join(QString());
    return y.toUtf8();
}

bool saveAnswersFile(const QString &path, const Answers &answers, QString *error) {
    // QSaveFile: a failed write never leaves a half-written answers file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(answersToYaml(answers)) < 0 || !file.flush() ||
        !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("AnswersFile", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace eligicheck
