#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 600).
#   scripts/fuzz.sh [SECONDS] [TARGET...]      targets: ruleloader expression answers import sheets
# Crashes, hangs and leaks are written to build-fuzz/findings/<target>/; copy a fixed one to
# tests/data/fuzz/<target>/ so tst_fuzzregressions replays it forever.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_PER_TARGET="${1:-600}"
shift || true
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=(ruleloader expression answers import sheets)
BUILD_DIR="$ROOT/build-fuzz"
source "$ROOT/scripts/setup.sh"
PACKAGES+=(clang libclang-rt-14-dev)
install_missing_packages
CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DELIGICHECK_FUZZ=ON >/dev/null
cmake --build "$BUILD_DIR" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")

seed_corpus() {
  local target=$1 dir=$2
  mkdir -p "$dir"
  case $target in
    ruleloader) cp "$ROOT"/rules/*/*.yaml "$ROOT"/tests/data/loader/*.yaml "$dir"/ ;;
    answers) cp "$ROOT"/tests/data/loader/*.yaml "$dir"/; find "$ROOT/tests/data" -name '*answers*.yaml' -exec cp {} "$dir"/ \; ;;
    expression)
      grep -h -o 'condition: .*' "$ROOT"/rules/*/*.yaml | sed 's/^condition: //' | head -400 |
        awk -v d="$dir" '{ f = d "/c" NR; printf "\x1f%s", $0 > f; close(f) }' ;;
    import)
      # The first byte picks the mode (even: a firms import, odd: answers only), as in fuzz_import.cpp.
      for f in "$ROOT"/tests/data/storage/*.yaml; do
        { printf '\x00'; cat "$f"; } >"$dir/firms-$(basename "$f")"
        { printf '\x01'; cat "$f"; } >"$dir/answers-$(basename "$f")"
      done ;;
    sheets) find "$ROOT/tests/data" -name '*.csv' -exec cp {} "$dir"/ \; ;;
  esac
  cp "$ROOT/tests/data/fuzz/$target"/* "$dir"/ 2>/dev/null || true
}

status=0
for t in "${TARGETS[@]}"; do
  corpus="$BUILD_DIR/corpus/$t"; findings="$BUILD_DIR/findings/$t"
  seed_corpus "$t" "$corpus"
  mkdir -p "$findings"
  echo "== fuzz_$t for ${SECONDS_PER_TARGET}s"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$BUILD_DIR/bin/fuzz_$t" "$corpus" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 2>&1 | tail -25 || status=1
done
exit $status
