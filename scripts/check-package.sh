#!/usr/bin/env bash
# Builds the Debian package of a build folder with CPack and checks it as a user's machine would
# see it: file name, control fields, file list, the desktop entry, AppStream metadata, the MIME
# types (a saved answers file is recognised as EligiCheck's), the manual pages and lintian. Then it
# unpacks the package into a temporary root and runs what it holds: the command-line tool on a
# real answers file and the desktop program offscreen to its first painted window.
#   scripts/check-package.sh BUILD_DIR      (the ctest test "package"; needs the whole build)
set -uo pipefail
BUILD_DIR="$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

fail=0
problem() { echo "check-package: $*" >&2; fail=1; }

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")"
arch="$(dpkg --print-architecture)"
[[ -n "$version" ]] || { echo "check-package: no project version in $BUILD_DIR/CMakeCache.txt" >&2; exit 1; }

# 1. The package.
if ! (cd "$BUILD_DIR" && cpack -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1); then
  cat "$WORK/cpack.log" >&2
  echo "check-package: cpack failed" >&2
  exit 1
fi
deb="$WORK/out/eligicheck_${version}_${arch}.deb"
[[ -f "$deb" ]] || { ls "$WORK/out" >&2; echo "check-package: expected $(basename "$deb")" >&2; exit 1; }

# 2. Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == eligicheck ]] || problem "Package is '$(field Package)'"
[[ "$(field Version)" == "$version" ]] || problem "Version is '$(field Version)', the project's is $version"
[[ "$(field Architecture)" == "$arch" ]] || problem "Architecture is '$(field Architecture)'"
depends="$(field Depends)"
# Computed from the binaries (shlibdeps) …
for lib in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6printsupport6 libyaml-cpp0.7; do
  grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || problem "Depends lacks $lib (shlibdeps): $depends"
done
# … and what is loaded at run time, which shlibdeps cannot see.
for pkg in libqt6sql6-sqlite qt6-qpa-plugins fonts-wqy-microhei; do
  grep -Eq "(^|, )$pkg( |,|$)" <<<"$depends" || problem "Depends lacks $pkg: $depends"
done
grep -q "libqt6sql6-psql" <<<"$(field Recommends)" || problem "Recommends lacks libqt6sql6-psql"
[[ -n "$(field Maintainer)" ]] || problem "no Maintainer"
[[ -n "$(field Description)" ]] || problem "no Description"

# 3. Files.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$WORK/files"
for f in /usr/bin/eligicheck /usr/bin/eligicheck-cli \
         /usr/share/applications/eligicheck.desktop \
         /usr/share/icons/hicolor/scalable/apps/eligicheck.svg \
         /usr/share/mime/packages/eligicheck.xml \
         /usr/share/metainfo/io.github.eligicheck.EligiCheck.metainfo.xml \
         /usr/share/man/man1/eligicheck-cli.1.gz /usr/share/man/man1/eligicheck.1.gz \
         /usr/share/doc/eligicheck/copyright /usr/share/doc/eligicheck/changelog.gz \
         /usr/share/eligicheck/translations/eligicheck_zh_CN.qm; do
  grep -qx "$f" "$WORK/files" || problem "the package lacks $f"
done
for s in 16 24 32 48 64 128 256; do
  grep -qx "/usr/share/icons/hicolor/${s}x${s}/apps/eligicheck.png" "$WORK/files" || problem "no ${s}px icon"
done
grep -E '^/(usr/local|opt|home|root|tmp)/' "$WORK/files" && problem "files outside /usr"

root="$WORK/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"

# 4. Desktop entry, AppStream, MIME.
desktop-file-validate "$share/applications/eligicheck.desktop" || problem "desktop-file-validate"
grep -q '^Name\[zh_CN\]=政策申报资格自测$' "$share/applications/eligicheck.desktop" || problem "no Chinese name in the desktop entry"
grep -q '^Exec=eligicheck %f$' "$share/applications/eligicheck.desktop" || problem "the desktop entry does not pass the file (%f)"
appstreamcli validate --no-net "$share/metainfo/io.github.eligicheck.EligiCheck.metainfo.xml" >"$WORK/as.log" 2>&1 \
  || { cat "$WORK/as.log" >&2; problem "appstreamcli validate"; }
grep -q "release version=\"$version\"" "$share/metainfo/io.github.eligicheck.EligiCheck.metainfo.xml" || problem "metainfo release is not $version"
# The desktop's MIME database with the package's types added: a file as EligiCheck saves it is
# EligiCheck's type, and any other YAML file keeps its own.
mkdir -p "$WORK/mime/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$share/mime/packages/eligicheck.xml" "$WORK/mime/mime/packages/"
update-mime-database "$WORK/mime/mime" >/dev/null 2>&1 || problem "update-mime-database rejects the MIME file"
answers='# EligiCheck answers (eligicheck-cli check … --answers this-file)\nas_of: 2025-06-01\nfacts: {}\n'
firms='# EligiCheck firms file: answers and assessment history of each firm\nformat: eligicheck-firms/1\nfirms: []\n'
printf "$answers" >"$WORK/firm.eligicheck.yaml"      # by name (GNOME decides by name when it can)
printf "$firms" >"$WORK/clients.eligicheck-firms.yaml"
printf "$answers" >"$WORK/saved-answers"              # by content (first line)
printf "$firms" >"$WORK/clients"
printf 'key: value\n' >"$WORK/other.yaml"              # any other YAML keeps its type
mimetype() { XDG_DATA_HOME="$WORK/none" XDG_DATA_DIRS="$WORK/mime" gio info -a standard::content-type "$WORK/$1" 2>/dev/null | sed -n 's/.*standard::content-type: //p'; }
for case in firm.eligicheck.yaml=application/x-eligicheck-answers saved-answers=application/x-eligicheck-answers \
            clients.eligicheck-firms.yaml=application/x-eligicheck-firms clients=application/x-eligicheck-firms \
            other.yaml=application/x-yaml; do
  file="${case%%=*}" want="${case#*=}"
  got="$(mimetype "$file")"
  [[ "$got" == "$want" ]] || problem "$file is '$got', not $want"
done
grep -q "application/x-eligicheck-answers" "$share/applications/eligicheck.desktop" || problem "the desktop entry does not open answers files"

# 5. Manual pages: made from --help, so every command the tool lists is there.
zcat "$share/man/man1/eligicheck-cli.1.gz" >"$WORK/cli.1"
grep -q "政策申报资格自测" "$WORK/cli.1" || problem "the manual page lost its Chinese text"
for cmd in list show check match lint test; do
  grep -q "$cmd" "$WORK/cli.1" || problem "the manual page does not mention '$cmd'"
done
LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$WORK/cli.1" >/dev/null 2>"$WORK/man.log" || true
[[ -s "$WORK/man.log" ]] && { cat "$WORK/man.log" >&2; problem "groff warnings in eligicheck-cli(1)"; }

# 6. What the package holds runs from where it is unpacked (rules and translations are compiled in).
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache"
out="$("$root/usr/bin/eligicheck-cli" --version 2>&1)"
[[ "$out" == "eligicheck-cli $version" ]] || problem "eligicheck-cli --version says '$out'"
out="$(LANG=C.UTF-8 "$root/usr/bin/eligicheck-cli" --lang en check gx-enterprise-tech-center/recognition \
        --answers "$ROOT/tests/data/report/eligible.yaml" 2>&1)"
rc=$?
[[ $rc -eq 0 ]] || problem "packaged eligicheck-cli check exited $rc: $out"
# The compiled-in rule set was found and evaluated: the programme's title and a clause label (第二十三条 in English).
grep -q "Recognition as a Guangxi enterprise technology centre" <<<"$out" && grep -q "Art. 23" <<<"$out" \
  || problem "packaged eligicheck-cli check printed no evaluation: $out"
out="$(timeout 120 env QT_QPA_PLATFORM=offscreen ELIGICHECK_EXIT_AFTER_FIRST_PAINT=1 "$root/usr/bin/eligicheck" 2>&1)"
rc=$?
[[ $rc -eq 0 ]] || problem "packaged eligicheck exited $rc: $out"
grep -q "first-paint-steady-ns=" <<<"$out" || problem "packaged eligicheck painted no window: $out"
out="$("$root/usr/bin/eligicheck" --version 2>&1)"
grep -q "$version" <<<"$out" || problem "eligicheck --version says '$out'"

# 7. lintian: no error (warnings are printed for the record).
if command -v lintian >/dev/null 2>&1; then
  lintian --fail-on error --tag-display-limit 0 "$deb" >"$WORK/lintian.log" 2>&1
  rc=$?
  cat "$WORK/lintian.log"
  [[ $rc -eq 0 ]] || problem "lintian reports errors"
else
  problem "lintian is not installed (package lintian)"
fi

if ((fail)); then
  echo "check-package: FAILED" >&2
  exit 1
fi
echo "check-package: $(basename "$deb") ok ($(du -h "$deb" | cut -f1))"
