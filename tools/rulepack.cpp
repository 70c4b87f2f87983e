// eligicheck-rulepack --output PACK --root RULES_DIR FILE...
//
// Run by the build: loads every bundled rule file with the same loader and checks that users'
// files get, fails (printing file:line:column for each error) if any has an error, and otherwise
// writes the pack that RuleLibrary::loadBundled() reads instead of parsing YAML at start-up.
#include "rulepack.h"
#include "rulelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

using namespace eligicheck;

namespace {

QTextStream err(stderr);

struct Input {
    QString diskPath;
    QString resourcePath; // as compiled in: ":/rules/<path relative to the rules folder>"
    QByteArray content;
};

int usage() {
    err << "usage: eligicheck-rulepack --output PACK --root RULES_DIR FILE...\n";
    return 2;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString output, root;
    QStringList files;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--output") && i + 1 < args.size())
            output = args[++i];
        else if (args[i] == QLatin1String("--root") && i + 1 < args.size())
            root = args[++i];
        else if (args[i].startsWith(QLatin1String("--")))
            return usage();
        else
            files << args[i];
    }
    if (output.isEmpty() || root.isEmpty() || files.isEmpty()) return usage();
    QFile::remove(output); // never leave an old pack behind a failed check
    files.sort();          // the pack is the same whatever order the build lists the files in

    std::vector<Input> inputs;
    const QDir rootDir(root);
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << path << ": error: cannot read: " << f.errorString() << '\n';
            return 1;
        }
        const QString relative = rootDir.relativeFilePath(path);
        if (relative.startsWith(QLatin1String(".."))) {
            err << path << ": error: not inside " << root << '\n';
            return 1;
        }
        inputs.push_back({path, QStringLiteral(":/rules/") + relative, f.readAll()});
    }

    // 1. The full checks, reported against the files on disk so an editor can jump to them.
    RuleLibrary library;
    std::vector<RuleSource> sources;
    for (const Input &in : inputs)
        sources.push_back({in.diskPath, in.content, true});
    library.loadSources(std::move(sources));
    int errors = 0;
    for (const RuleFileStatus &st : library.files())
        for (const Diagnostic &d : st.diagnostics)
            if (d.severity == Diagnostic::Error) {
                err << d.toString() << '\n';
                ++errors;
            }
    if (errors > 0) {
        err << "eligicheck-rulepack: " << errors << " error(s) in the bundled rule files; not packing them\n";
        return 1;
    }

    // 2. The parsed trees, under the paths the program will see.
    std::vector<PackedFile> packed;
    for (const Input &in : inputs) {
        RuleDocument doc;
        Diagnostics diags;
        if (!doc.parseYaml(in.resourcePath, in.content, &diags) || hasErrors(diags)) {
            err << in.diskPath << ": error: does not parse the second time\n";
            return 1;
        }
        packed.push_back({in.resourcePath, qint64(in.content.size()), doc.contentHash(), doc.rootNode()});
    }
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(RulePack::write(packed)) < 0 || !out.commit()) {
        err << output << ": error: cannot write: " << out.errorString() << '\n';
        return 1;
    }
    return 0;
}
