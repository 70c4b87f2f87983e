#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with CTest (GUI tests run offscreen).
#   scripts/test.sh               all tests
#   scripts/test.sh -L gui        only the GUI tests (any ctest arguments are passed on)
#   scripts/test.sh --sanitize    the same under AddressSanitizer + UBSan + LeakSanitizer, built in
#                                 build-asan/; any sanitizer report fails the test that caused it
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SANITIZE=0
if [[ "${1:-}" == "--sanitize" ]]; then
  SANITIZE=1
  shift
  export BUILD_DIR="${BUILD_DIR:-$ROOT_DIR/build-asan}"
fi
source "$ROOT_DIR/scripts/setup.sh"
install_missing_packages
if ((SANITIZE)); then
  configure_and_build -DELIGICHECK_SANITIZE=ON
  # Leaks inside system libraries (fontconfig, Qt plugin loading, yaml-cpp) are suppressed by
  # tests/lsan.supp; a leak in our own code is never suppressed.
  export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
  export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp:print_suppressions=0"
else
  configure_and_build
fi
cd "$BUILD_DIR"
# The package test makes and lints a .deb of this build: not of a sanitized build, which no one ships.
EXCLUDE=()
((SANITIZE)) && EXCLUDE=(-LE package)
ctest --output-on-failure --timeout 600 -j "$(nproc)" "${EXCLUDE[@]}" "$@"
