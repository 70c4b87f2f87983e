#!/usr/bin/env bash
# Renders the PNG icons from their SVG sources in resources/icons (maintainers only: the PNGs
# are committed, so building needs no SVG renderer). Run after editing an SVG, then commit both.
#   scripts/render-icons.sh
set -euo pipefail
ICONS="$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons" && pwd)"
if ! command -v rsvg-convert >/dev/null; then
  [[ $(id -u) -eq 0 ]] && sudo="" || sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends librsvg2-bin >/dev/null
fi
# Sizes as in ui/style/icons.h (kStatusIconSizes, kApplicationIconSizes) and resources/CMakeLists.txt.
for svg in "$ICONS"/status-*.svg; do
  name="$(basename "$svg" .svg)"
  for size in 16 24 32 48 64; do
    rsvg-convert -w "$size" -h "$size" "$svg" >"$ICONS/status/$name-$size.png"
  done
done
for size in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" "$ICONS/app/eligicheck.svg" >"$ICONS/app/eligicheck-$size.png"
done
echo "rendered into $ICONS/status and $ICONS/app"
