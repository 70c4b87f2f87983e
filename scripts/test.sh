#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with CTest (GUI tests run offscreen).
#   scripts/test.sh               all tests
#   scripts/test.sh -L gui        only the GUI tests (any ctest arguments are passed on)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_missing_packages
configure_and_build
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
