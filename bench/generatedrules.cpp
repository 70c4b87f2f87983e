#include "generatedrules.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace eligicheck::bench {

QStringList writeGeneratedRuleSets(const QString &dir, int count, QString *error) {
    QFile templateFile(QStringLiteral(":/bench/ruleset-template.yaml"));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the rule-set template is not compiled in");
        return {};
    }
    const QByteArray text = templateFile.readAll();
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        // Thresholds spread over plausible ranges; the R&D share in half percent steps.
        const int revenue = 3000 + (i * 37) % 7000;
        const int rdSmall = 100 + (i * 7) % 300;
        const int halfPercent = 2 + i % 5;                                            // 1%, 1.5% … 3%
        const int exampleRd = std::max(rdSmall, (revenue * halfPercent + 199) / 200); // meets both
        const int equipment = 400 + (i * 11) % 600;
        const int staff = 20 + i % 60;
        QByteArray file = text;
        file.replace("@N@", QByteArray::number(i).rightJustified(4, '0'))
            .replace("@YEARS@", QByteArray::number(1 + i % 3))
            .replace("@REVENUE@", QByteArray::number(revenue))
            .replace("@RD_BIG@", QByteArray::number(1000 + (i * 13) % 2000))
            .replace("@RD_SMALL@", QByteArray::number(rdSmall))
            .replace("@RD_PCT@", QByteArray::number(halfPercent / 2.0))
            .replace("@EX_RD@", QByteArray::number(exampleRd))
            .replace("@EQUIP_SW@", QByteArray::number(equipment / 2))
            .replace("@EQUIP@", QByteArray::number(equipment))
            .replace("@STAFF_SHORT@", QByteArray::number(staff - 1))
            .replace("@STAFF@", QByteArray::number(staff))
            .replace("@BAN@", QByteArray::number(2 + i % 2));
        const QString path =
            QDir(dir).filePath(QStringLiteral("generated-%1.yaml").arg(i, 4, 10, QLatin1Char('0')));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size()) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
            return {};
        }
        paths.append(path);
    }
    return paths;
}

} // namespace eligicheck::bench
