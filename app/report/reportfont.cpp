#include "reportfont.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QMutex>

#ifdef ELIGICHECK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace eligicheck {

namespace {

// The spelling QFontDatabase uses for one of `names`, or "".
QString knownToQt(const QStringList &names) {
    const QStringList families = QFontDatabase::families();
    for (const QString &name : names)
        for (const QString &known : families)
            if (known.compare(name, Qt::CaseInsensitive) == 0) return known;
    return QString();
}

} // namespace

QStringList ReportFont::fontconfigNames(const QString &family, QStringList *files) {
    QStringList names;
#ifdef ELIGICHECK_HAVE_FONTCONFIG
    if (family.isEmpty()) return names;
    FcPattern *pattern = FcPatternCreate();
    // fontconfig compares a pattern's family with every family name of a font, in any language.
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(family.toUtf8().constData()));
    FcObjectSet *objects = FcObjectSetBuild(FC_FAMILY, FC_FILE, nullptr);
    FcFontSet *set = FcFontList(nullptr, pattern, objects);
    if (set) {
        for (int i = 0; i < set->nfont; ++i) {
            FcChar8 *value = nullptr;
            for (int n = 0; FcPatternGetString(set->fonts[i], FC_FAMILY, n, &value) == FcResultMatch; ++n) {
                const QString name = QString::fromUtf8(reinterpret_cast<const char *>(value));
                if (!names.contains(name, Qt::CaseInsensitive)) names << name;
            }
            if (files && FcPatternGetString(set->fonts[i], FC_FILE, 0, &value) == FcResultMatch) {
                const QString file = QString::fromUtf8(reinterpret_cast<const char *>(value));
                if (!files->contains(file)) *files << file;
            }
        }
        FcFontSetDestroy(set);
    }
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
#else
    Q_UNUSED(family);
    Q_UNUSED(files);
#endif
    return names;
}

QString ReportFont::resolve(const QString &family) {
    if (family.isEmpty() || !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) return QString();
    // Looked up for every page footer: ask fontconfig once per family.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    const auto hit = cache.constFind(family);
    if (hit != cache.constEnd()) return *hit;

    QString found = knownToQt({family});
    if (found.isEmpty()) {
        QStringList files;
        const QStringList names = fontconfigNames(family, &files);
        found = knownToQt(names);
        // Installed for fontconfig but not in Qt's database (e.g. added after Qt read it): load
        // the file itself and take the name Qt gives it.
        for (int i = 0; found.isEmpty() && i < files.size(); ++i) {
            const int id = QFontDatabase::addApplicationFont(files[i]);
            if (id < 0) continue;
            const QStringList added = QFontDatabase::applicationFontFamilies(id);
            for (const QString &name : added)
                if (names.contains(name, Qt::CaseInsensitive)) found = name;
        }
    }
    cache.insert(family, found);
    return found;
}

QString ReportFont::missingMessage(const QString &family) {
    return tr("The report font \"%1\" is not installed, so Chinese text would not be written correctly "
              "into the PDF. Install it (Debian/Ubuntu: apt install %2) and try again.")
        .arg(family, defaultPackage());
}

} // namespace eligicheck
