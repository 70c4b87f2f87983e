#!/usr/bin/env bash
# Installs a build into a temporary prefix and checks that a desktop finds EligiCheck there:
# both programs, the .desktop entry (and that its Exec and Icon resolve), the icon in every
# size, and the translations. The installed command-line tool must run from the prefix.
#   scripts/check-install.sh BUILD_DIR [ICON_SIZE...]     (default sizes 16 24 32 48 64 128 256)
set -euo pipefail
BUILD_DIR="${1:?usage: check-install.sh BUILD_DIR [ICON_SIZE...]}"
shift
SIZES=("$@")
((${#SIZES[@]})) || SIZES=(16 24 32 48 64 128 256)
PREFIX="$(mktemp -d)"
trap 'rm -rf "$PREFIX"' EXIT

cmake --install "$BUILD_DIR" --prefix "$PREFIX" >/dev/null

fail=0
need() {
  if [[ ! -s "$PREFIX/$1" ]]; then
    echo "check-install: missing $1" >&2
    fail=1
  fi
}
need bin/eligicheck
need bin/eligicheck-cli
need share/applications/eligicheck.desktop
need share/icons/hicolor/scalable/apps/eligicheck.svg
for s in "${SIZES[@]}"; do need "share/icons/hicolor/${s}x${s}/apps/eligicheck.png"; done
need share/eligicheck/translations/eligicheck_zh_CN.qm
need share/eligicheck/translations/eligicheck_en.qm

desktop="$PREFIX/share/applications/eligicheck.desktop"
if [[ -f "$desktop" ]]; then
  exec_cmd="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")"
  icon="$(sed -n 's/^Icon=//p' "$desktop")"
  [[ -x "$PREFIX/bin/$exec_cmd" ]] || { echo "check-install: Exec=$exec_cmd is not an installed program" >&2; fail=1; }
  [[ -f "$PREFIX/share/icons/hicolor/scalable/apps/$icon.svg" ]] || { echo "check-install: Icon=$icon is not installed" >&2; fail=1; }
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop" || fail=1
  fi
fi

# The installed tool works from the prefix (rules and translations are compiled in).
if [[ -x "$PREFIX/bin/eligicheck-cli" ]]; then
  out="$("$PREFIX/bin/eligicheck-cli" --lang en --help 2>&1)" || true
  grep -q "Usage:" <<<"$out" || { echo "check-install: installed eligicheck-cli --lang en --help failed:" >&2; echo "$out" >&2; fail=1; }
  out="$("$PREFIX/bin/eligicheck-cli" --lang zh_CN --help 2>&1)" || true
  grep -q "用法" <<<"$out" || { echo "check-install: installed eligicheck-cli is not translated to Chinese:" >&2; echo "$out" >&2; fail=1; }
fi

if [[ $fail -ne 0 ]]; then
  echo "check-install: FAILED (prefix contents below)" >&2
  (cd "$PREFIX" && find . -type f | sort) >&2
  exit 1
fi
echo "check-install: all files installed under a temporary prefix"
