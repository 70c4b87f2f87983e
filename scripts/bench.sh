#!/usr/bin/env bash
# Builds (Release) and prints every performance figure of docs/performance.md in one run:
# (1) GUI start-up vs a minimal Qt program, (2) rule loading, (3) batch verdicts, (4) match,
# (5) re-evaluation latency, (6) PDF of a full match, (7) GUI peak memory, (8) match-all peak
# memory over 300 and 3,000 stored firms (must not grow with the firms), the peer
# comparison with json-rules-engine over the same firms (fails when any verdict differs), and
# scripts/bench-scale.sh: (9) match-all over 10,000 and 100,000 stored firms — text and JSON to
# /dev/null, CSV and .xlsx to a file; wall time, CPU time (user + system) per firm, peak memory —
# on SQLite and on PostgreSQL when a throwaway server can be started (100,000 firms are copied
# into it from the SQLite database), and (10) a 10,000-row spreadsheet import.
#   scripts/bench.sh [FIRMS]     number of generated firms for (3) and the peer (default 100000)
#   SCALE_FIRMS="10000"          firms for (9) (default "10000 100000"; the 100,000 take ~30 min)
# The BENCH_* settings of scripts/bench-scale.sh (formats, PostgreSQL, …) pass through. On a
# shared machine: `nice -n 10 scripts/bench.sh`, and compare CPU times, not wall times.
BUILD_DIR="${BUILD_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-bench}"
BUILD_TYPE=Release
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_missing_packages
if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target eligicheck eligicheck-minimal eligicheck-bench eligicheck-cli >/dev/null
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "bench.sh: $tool is needed for the peer comparison (Node.js >= 18)" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then # Qt warns without one (offscreen runs on headless machines)
  export XDG_RUNTIME_DIR="$WORK/runtime"
  mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
echo "date: $(date -Iseconds); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$BUILD_DIR/bin/eligicheck-bench" --peer-file "$WORK/firms.json" "${1:-100000}" | tee "$WORK/ours.txt"

# The peer: the same criteria for json-rules-engine, installed exactly as locked.
PEER="$ROOT/tests/bench/peer"
(cd "$PEER" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
node "$PEER/peer.js" "$WORK/firms.json" | tee "$WORK/peer.txt"

rate() { sed -n "s/.*$1.*= \([0-9]*\) evaluations\/s.*/\1/p" "$2" | head -n1; }
ours="$(rate '(3) tech-centre verdicts' "$WORK/ours.txt")"
traced="$(sed -n 's/.*with explanation traces: \([0-9]*\) evaluations\/s.*/\1/p' "$WORK/ours.txt")"
peer="$(rate 'peer json-rules-engine' "$WORK/peer.txt")"
awk -v o="$ours" -v t="$traced" -v p="$peer" 'BEGIN {
  printf "peer ratio: EligiCheck / json-rules-engine = %.1fx (verdicts), %.1fx (with explanation traces); target >= 20x\n", o / p, t / p }'
# (8) match-all writes firm by firm: its peak memory is the same for 300 and 3,000 firms.
for n in 300 3000; do
  {
    echo "format: eligicheck-firms/1"
    echo "firms:"
    for ((i = 0; i < n; i++)); do
      echo "  - firm: {name: 生成企业$i}"
      echo "    facts: {rd_staff_count: $((i % 90)), main_business_revenue_wan: $((100 + i * 7 % 90000)), rd_expenditure_wan: $((i % 3000))}"
    done
  } >"$WORK/firms$n.yaml"
  "$BUILD_DIR/bin/eligicheck-cli" --db "$WORK/firms$n.db" import "$WORK/firms$n.yaml" >/dev/null
  for format in text json; do
    kb="$(/usr/bin/time -f '%M' "$BUILD_DIR/bin/eligicheck-cli" --db "$WORK/firms$n.db" match-all \
      --as-of 2025-06-01 --format "$format" 2>&1 >/dev/null | tail -n1)"
    echo "(8) match-all --format $format, $n firms: peak memory $((kb / 1024)) MB"
  done
done
# (9) and (10): scale.
# shellcheck disable=SC2086
"$ROOT/scripts/bench-scale.sh" "$BUILD_DIR/bin/eligicheck-cli" "$WORK/scale" ${SCALE_FIRMS:-10000 100000}
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
