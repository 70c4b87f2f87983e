#!/usr/bin/env bash
# Builds (Release) and prints the performance figures recorded in docs/performance.md.
#   scripts/bench.sh [FIRMS]     number of generated firms for the batch figure (default 100000)
BUILD_DIR="${BUILD_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-bench}"
BUILD_TYPE=Release
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_missing_packages
configure_and_build >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
"$BUILD_DIR/bin/eligicheck-bench" "${1:-100000}"
