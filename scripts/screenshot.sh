#!/usr/bin/env bash
# Builds EligiCheck if needed, starts it under Xvfb (offscreen when Xvfb is missing) and walks
# the real window the firm-first way — start page → firm → questionnaire → review → result →
# stored assessment → its report → edit firm — for a sample firm, saving a PNG of each step, in
# Chinese and English at 1366×768 and 1920×1080 (OUTDIR/<lang>-<size>/).
#   scripts/screenshot.sh [OUTDIR]        default OUTDIR: $BUILD_DIR/screenshots
#   ELIGICHECK_LANG=zh_CN SCREEN_SIZES=1366x768 scripts/screenshot.sh   one language / size only
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_missing_packages

OUT="${1:-$BUILD_DIR/screenshots}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
fi
cmake --build "$BUILD_DIR" --target eligicheck >&2

# Private settings and data folders: screenshots never depend on (or change) the user's window
# layout, and the demo's firms database never lands among the user's own.
LANGS="${ELIGICHECK_LANG:-zh_CN en}"
SIZES="${SCREEN_SIZES:-1366x768 1920x1080}"
for lang in $LANGS; do
  for size in $SIZES; do
    dir="$OUT/$lang-$size"
    mkdir -p "$dir"
    export XDG_CONFIG_HOME="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)"
    args=(--screenshot-demo "$dir" --lang "$lang")
    if command -v xvfb-run >/dev/null 2>&1; then
      xvfb-run -a -s "-screen 0 ${size}x24" "$BUILD_DIR/bin/eligicheck" "${args[@]}"
    else
      echo "xvfb-run not found; rendering offscreen" >&2
      QT_QPA_OFFSCREEN_SCREEN_SIZE="$size" QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bin/eligicheck" "${args[@]}"
    fi
    rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
  done
done
# Page 1 of a printed report, as consultants attach it: PDF from the CLI, rendered by poppler.
cmake --build "$BUILD_DIR" --target eligicheck-cli >&2
"$BUILD_DIR/bin/eligicheck-cli" --lang "${LANGS%% *}" check gx-enterprise-tech-center \
  --answers "$ROOT/tests/data/report/ineligible.yaml" --format pdf --output "$OUT/07-report.pdf" 2>/dev/null
pdftoppm -png -r 80 -f 1 -l 1 "$OUT/07-report.pdf" "$OUT/07-report-page"
echo "saved $OUT/07-report-page-1.png"
echo "Screenshots in $OUT"
