// The part of RuleLibrary that knows about the rule sets compiled into the program: it lives in
// eligicheck_core, next to the resources, and not in eligicheck_core_nodata, which the build tool
// that makes those resources uses.
#include "rulelibrary.h"
#include "rulepack.h"

#include <QDirIterator>
#include <QFile>
#include <QResource>

namespace eligicheck {

namespace {

// The bundled YAML files, in the order loading has always used.
QStringList bundledYamlPaths() {
    QStringList paths;
    QDirIterator it(QStringLiteral(":/rules"), {QStringLiteral("*.yaml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    return paths;
}

// The pack must describe exactly the YAML files compiled into this binary; anything else means
// it was made from other files, and then the YAML is the truth.
QString packMismatch(const std::vector<PackedFile> &files, const QStringList &paths) {
    if (files.size() != size_t(paths.size()))
        return FileMessages::tr("the rule pack has %1 files, the program has %2")
            .arg(files.size())
            .arg(paths.size());
    for (const PackedFile &f : files) {
        if (!paths.contains(f.path))
            return FileMessages::tr("the rule pack has %1, the program does not").arg(f.path);
        if (QResource(f.path).uncompressedSize() != f.size)
            return FileMessages::tr("the rule pack is out of date for %1").arg(f.path);
    }
    return QString();
}

} // namespace

RuleLibrary::BundledSource RuleLibrary::loadBundled() {
    // The pack is stored uncompressed: read it in place rather than copying a megabyte.
    const QResource pack(RulePack::bundledPath());
    if (pack.isValid() && pack.compressionAlgorithm() == QResource::NoCompression)
        return loadBundled(QByteArray::fromRawData(reinterpret_cast<const char *>(pack.data()), pack.size()));
    return loadBundled(pack.isValid() ? pack.uncompressedData() : QByteArray());
}

RuleLibrary::BundledSource RuleLibrary::loadBundled(const QByteArray &pack) {
    const QStringList paths = bundledYamlPaths();
    std::vector<PackedFile> files;
    QString problem;
    if (RulePack::read(pack, &files, &problem)) problem = packMismatch(files, paths);
    if (problem.isEmpty()) {
        // Same order as the YAML listing, so that both ways give the same library.
        std::sort(files.begin(), files.end(), [&](const PackedFile &a, const PackedFile &b) {
            return paths.indexOf(a.path) < paths.indexOf(b.path);
        });
        loadPacked(std::move(files));
        return BundledSource::Pack;
    }
    // Slower but complete: the YAML files themselves, with every check. Say so, because it
    // means the build produced a pack that does not match the program.
    qWarning("%s; reading the bundled rule files instead", qPrintable(problem));
    std::vector<RuleSource> sources;
    for (const QString &path : paths) {
        QFile y(path);
        if (y.open(QIODevice::ReadOnly)) sources.push_back({path, y.readAll(), true});
    }
    loadSources(std::move(sources));
    return BundledSource::Yaml;
}

} // namespace eligicheck
