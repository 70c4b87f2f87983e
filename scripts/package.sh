#!/usr/bin/env bash
# Builds EligiCheck in Release and makes the Debian package with CPack:
#   scripts/package.sh            writes dist/eligicheck_<version>_<arch>.deb and prints its path
# Install it with: sudo apt-get install ./dist/eligicheck_<version>_<arch>.deb
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BUILD_DIR="${BUILD_DIR:-$ROOT/build-release}"
export BUILD_TYPE=Release
source "$ROOT/scripts/setup.sh"
install_missing_packages
configure_and_build
mkdir -p "$ROOT/dist"
(cd "$BUILD_DIR" && cpack -G DEB -B "$ROOT/dist/.cpack" >/dev/null)
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")"
deb="eligicheck_${version}_$(dpkg --print-architecture).deb"
mv -f "$ROOT/dist/.cpack/$deb" "$ROOT/dist/$deb"
rm -rf "$ROOT/dist/.cpack"
echo "$ROOT/dist/$deb"
