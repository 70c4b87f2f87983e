#pragma once

#include "doctree.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace eligicheck {

// One rule file as stored in a pack: its parsed tree, proven free of errors when the pack was
// built, so start-up does not have to run the YAML parser or the duplicate-key walk again.
struct PackedFile {
    QString path;        // where the file itself lives (":/rules/…")
    qint64 size = 0;     // bytes of the YAML text, to notice a pack that no longer matches it
    QString contentHash; // SHA-256 of the YAML text, hex
    DocNode root;
};

// The compact binary form of the bundled rule files (see tools/rulepack for who writes it).
// Reading checks the format version and a checksum and never trusts a count or a depth from the
// data, so a truncated or corrupted pack is refused with a reason instead of being half-used.
class RulePack {
public:
    static QByteArray write(const std::vector<PackedFile> &files);
    // Returns false and says why when `data` is not a complete, intact pack of this version.
    static bool read(const QByteArray &data, std::vector<PackedFile> *files, QString *error);

    // Layout: magic, format version, checksum (all little-endian), then the payload the
    // checksum covers. Public so that tests can forge packs with a valid checksum.
    static constexpr int HeaderBytes = 4 + 4 + 8;
    static quint64 checksum(QByteArrayView payload);

    // Where the bundled pack is compiled in.
    static QString bundledPath() { return QStringLiteral(":/rulepack/bundled-rules.pack"); }
};

} // namespace eligicheck
