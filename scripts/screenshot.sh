#!/usr/bin/env bash
# Builds EligiCheck if needed, starts it under Xvfb (offscreen when Xvfb is missing), walks the
# real window through browser → questionnaire → review → result for a sample firm, and saves
# a PNG of each step.
#   scripts/screenshot.sh [OUTDIR]        default OUTDIR: $BUILD_DIR/screenshots
# The language is the locale's, as for a user (LANG=zh_CN.UTF-8 → Chinese, LANG=en_US.UTF-8 →
# English); ELIGICHECK_LANG=zh_CN|en overrides it.
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
# layout, and the demo's firms database and drafts never land among the user's own.
export XDG_CONFIG_HOME="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"' EXIT
lang_args=()
[[ -n "${ELIGICHECK_LANG:-}" ]] && lang_args=(--lang "$ELIGICHECK_LANG")
args=(--screenshot-demo "$OUT" "${lang_args[@]}")
if command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1920x1200x24" "$BUILD_DIR/bin/eligicheck" "${args[@]}"
else
  echo "xvfb-run not found; rendering offscreen" >&2
  QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bin/eligicheck" "${args[@]}"
fi
# Page 1 of a printed report, as consultants attach it: PDF from the CLI, rendered by poppler.
cmake --build "$BUILD_DIR" --target eligicheck-cli >&2
"$BUILD_DIR/bin/eligicheck-cli" "${lang_args[@]}" check gx-enterprise-tech-center \
  --answers "$ROOT/tests/data/report/ineligible.yaml" --format pdf --output "$OUT/07-report.pdf" 2>/dev/null
pdftoppm -png -r 80 -f 1 -l 1 "$OUT/07-report.pdf" "$OUT/07-report-page"
echo "saved $OUT/07-report-page-1.png"
echo "Screenshots in $OUT"
