#!/usr/bin/env bash
# Scale figures of docs/performance.md (issue 19 item 5), with an eligicheck-cli already built:
#   (9)  match-all over N generated firms × every programme: wall time, CPU time (user + system)
#        per firm and peak memory (RSS), in text and JSON to /dev/null and as CSV and .xlsx written
#        to a file, SQLite and — when scripts/pg-test-server.sh can start a server here —
#        PostgreSQL; also the time to import the firms
#   (10) import of a 10,000-row client spreadsheet (CSV, and .xlsx made from it by LibreOffice)
#   scripts/bench-scale.sh CLI WORKDIR [FIRMS...]     FIRMS default: 10000 100000
#   BENCH_PG=0                                         SQLite only
#   BENCH_FORMATS="text json csv xlsx"                 match-all formats on SQLite (default: all four)
#   BENCH_PG_FORMATS="text"                            … on PostgreSQL (default: the same)
#   BENCH_PG_IMPORT_MAX=10000                          PostgreSQL gets its firms through `import`
#                                                      up to this many; above it the SQLite database's
#                                                      rows are copied in with COPY (the same firms,
#                                                      ids and answers; `import` into PostgreSQL is a
#                                                      round trip per statement: ~1.7 h for 100,000)
#   BENCH_SHEETS=0                                     skip (10)
#   BENCH_REUSE=1                                      keep WORKDIR/firmsN.db of an earlier run
# On a shared machine run it with `nice -n 10` and compare the CPU time, not the wall time.
# Prints one line per figure. Not a test: no figure fails the run.
set -euo pipefail
CLI="$1"
WORK="$2"
shift 2
SIZES=("$@")
((${#SIZES[@]})) || SIZES=(10000 100000)
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$WORK"

# "seconds peak_kB cpu_seconds" of a command whose output is discarded (wall time, peak RSS, user +
# system CPU time: on a shared machine the CPU time is the figure to compare); stops the run when
# the command fails.
measure() {
  local log
  log="$(mktemp)"
  if ! /usr/bin/time -o "$log.time" -f '%e %M %U %S' "$@" >/dev/null 2>"$log"; then
    echo "bench-scale.sh: failed: $*" >&2
    head -n 5 "$log" >&2
    exit 1
  fi
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$log.time"
  rm -f "$log" "$log.time"
}

# Firms FROM to FROM+COUNT-1 as the import format (a file is read whole and at most 2 MB, so
# 4,000 firms a file): a region (Guangxi, Shanghai, Zhejiang, …), two fiscal years of revenue and
# R&D, staff and size — answers that reach every kind of criterion.
firms_yaml() {
  awk -v from="$1" -v n="$2" 'BEGIN {
    split("guangxi shanghai zhejiang shandong hunan guangdong", prov, " ")
    print "format: eligicheck-firms/1"; print "firms:"
    for (i = from; i < from + n; i++) {
      p = prov[i % 6 + 1]
      printf "  - firm: {name: 生成企业%d, region: %s}\n", i, p
      printf "    facts: {province: %s, rd_staff_count: %d, enterprise_size: %s, is_independent_legal_person: %s}\n",
             p, i % 90, (i % 3 ? "中型企业" : "小型企业"), (i % 7 ? "是" : "否")
      printf "    yearly_facts:\n"
      printf "      2024: {main_business_revenue_wan: %d, rd_expenditure_wan: %d}\n", 100 + i * 7 % 90000, i % 3000
      printf "      2023: {main_business_revenue_wan: %d, rd_expenditure_wan: %d}\n", 90 + i * 5 % 80000, i % 2500
    }
  }'
}

run_match_all() { # label db-spec firms formats...
  local label="$1" db="$2" n="$3" format t kb cpu out
  shift 3
  for format in "$@"; do
    out=()
    # CSV and .xlsx are written to a file (as a consultant runs it), text and JSON to /dev/null.
    if [[ "$format" == csv || "$format" == xlsx ]]; then
      out=(--output "$WORK/match-all-$n.$format")
      rm -f "${out[1]}"
    fi
    read -r t kb cpu < <(measure "$CLI" --db "$db" match-all --as-of 2025-06-01 --format "$format" "${out[@]}")
    local size=""
    ((${#out[@]})) && size=", $(du -m "${out[1]}" | cut -f1) MB written"
    awk -v l="$label" -v f="$format" -v n="$n" -v t="$t" -v kb="$kb" -v c="$cpu" -v s="$size" 'BEGIN {
      printf "(9) match-all %s --format %s, %d firms: %.1f s wall, %.1f s CPU = %.3f ms CPU per firm, peak memory %.1f MB%s\n",
             l, f, n, t, c, c * 1000 / n, kb / 1024, s }'
  done
}

# The firms of a SQLite database copied into the PostgreSQL one (emptied first), table by table
# with COPY: the same ids, names, answers and history, then the id sequences moved past them.
copy_sqlite_to_pg() { # sqlite-file pg-url
  local from="$1" url="$2" t0 t1
  t0=$(date +%s.%N)
  "$CLI" --db "$url" firm list >/dev/null 2>&1 || true # creates the schema on an empty database
  psql "$url" -q -v ON_ERROR_STOP=1 -c "DELETE FROM answer_history; DELETE FROM answers; DELETE FROM firms;" >/dev/null
  sqlite3 -csv "$from" "SELECT id, name, credit_code, region, notes, created_at, updated_at, version, contact, deleted_at FROM firms" |
    psql "$url" -q -v ON_ERROR_STOP=1 -c "\\copy firms (id, name, credit_code, region, notes, created_at, updated_at, version, contact, deleted_at) FROM pstdin WITH (FORMAT csv, FORCE_NOT_NULL (region, notes, contact))"
  sqlite3 -csv "$from" "SELECT firm_id, fact_id, fiscal_year, fact_type, value, unit, entered, changed_by, changed_at, version FROM answers" |
    psql "$url" -q -v ON_ERROR_STOP=1 -c "\\copy answers (firm_id, fact_id, fiscal_year, fact_type, value, unit, entered, changed_by, changed_at, version) FROM pstdin WITH (FORMAT csv, FORCE_NOT_NULL (value, unit, entered))"
  sqlite3 -csv "$from" "SELECT firm_id, fact_id, fiscal_year, fact_type, value, unit, entered, changed_by, changed_at, version FROM answer_history" |
    psql "$url" -q -v ON_ERROR_STOP=1 -c "\\copy answer_history (firm_id, fact_id, fiscal_year, fact_type, value, unit, entered, changed_by, changed_at, version) FROM pstdin WITH (FORMAT csv, FORCE_NOT_NULL (value, unit, entered))"
  psql "$url" -q -v ON_ERROR_STOP=1 -c "SELECT setval(pg_get_serial_sequence('firms', 'id'), (SELECT max(id) FROM firms)); SELECT setval(pg_get_serial_sequence('answer_history', 'id'), (SELECT coalesce(max(id), 1) FROM answer_history)); ANALYZE;" >/dev/null
  t1=$(date +%s.%N)
  awk -v t="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" -v n="$(psql "$url" -At -c 'SELECT count(*) FROM firms')" \
    -v a="$(psql "$url" -At -c 'SELECT count(*) FROM answers')" 'BEGIN {
    printf "(9) PostgreSQL filled from the SQLite database with COPY: %d firms, %d answers, %.1f s\n", n, a, t }'
}

PG_DIR="$WORK/pg"
PG_URL=""
if [[ "${BENCH_PG:-1}" == 0 ]]; then
  echo "(9) PostgreSQL: skipped (BENCH_PG=0)"
elif "$ROOT/scripts/pg-test-server.sh" start "$PG_DIR" >/dev/null 2>&1 && [[ -f "$PG_DIR/url" ]]; then
  PG_URL="$(cat "$PG_DIR/url")"
  export PGPASSWORD="$(cat "$PG_DIR/password")"
  trap '"$ROOT/scripts/pg-test-server.sh" stop "$PG_DIR" >/dev/null 2>&1 || true' EXIT
else
  echo "(9) PostgreSQL: no server could be started here ($(cat "$PG_DIR/unavailable" 2>/dev/null || echo 'pg-test-server.sh failed')); SQLite only"
fi

import_firms() { # label db-spec firms: prints the total import time
  local label="$1" db="$2" n="$3" from total=0 totalCpu=0 t kb cpu
  for ((from = 0; from < n; from += 4000)); do
    [[ -f "$WORK/chunk$from.yaml" ]] || firms_yaml "$from" $((n - from < 4000 ? n - from : 4000)) >"$WORK/chunk$from.yaml"
    read -r t kb cpu < <(measure "$CLI" --db "$db" import "$WORK/chunk$from.yaml")
    total="$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')"
    totalCpu="$(awk -v a="$totalCpu" -v b="$cpu" 'BEGIN { print a + b }')"
  done
  echo "(9) import of $n firms from YAML (files of 4,000) into $label: $total s wall, $totalCpu s CPU"
}

read -r -a FORMATS <<<"${BENCH_FORMATS:-text json csv xlsx}"
read -r -a PG_FORMATS <<<"${BENCH_PG_FORMATS:-${FORMATS[*]}}"
for n in "${SIZES[@]}"; do
  rm -f "$WORK"/chunk*.yaml
  if [[ -f "$WORK/firms$n.db" && -n "${BENCH_REUSE:-}" ]]; then
    echo "(9) SQLite: reusing $WORK/firms$n.db (BENCH_REUSE)"
  else
    rm -f "$WORK/firms$n.db"
    import_firms SQLite "$WORK/firms$n.db" "$n"
  fi
  run_match_all SQLite "$WORK/firms$n.db" "$n" "${FORMATS[@]}"
  if [[ -n "$PG_URL" ]]; then
    if ((n <= ${BENCH_PG_IMPORT_MAX:-10000})); then
      psql "$PG_URL" -q -c "DELETE FROM answer_history; DELETE FROM answers; DELETE FROM firms;" >/dev/null 2>&1 || true
      import_firms PostgreSQL "$PG_URL" "$n"
    else
      copy_sqlite_to_pg "$WORK/firms$n.db" "$PG_URL"
    fi
    run_match_all PostgreSQL "$PG_URL" "$n" "${PG_FORMATS[@]}"
    # The next size starts from an empty database.
    psql "$PG_URL" -q -c "DELETE FROM answer_history; DELETE FROM answers; DELETE FROM firms;" >/dev/null 2>&1 || true
  fi
done

[[ "${BENCH_SHEETS:-1}" == 0 ]] && exit 0
# (10) A client spreadsheet of 10,000 rows: 5,000 firms × two fiscal years (one row per firm per 财务年度).
{
  echo "企业名称,地区,财务年度,上年度主营业务收入（万元）,rd_expenditure_wan,rd_staff_count,is_independent_legal_person"
  awk 'BEGIN { for (i = 0; i < 5000; i++) for (y = 2023; y <= 2024; y++)
    printf "表格企业%d,guangxi,%d,%d,%d,%d,是\n", i, y, 100 + i * 7 % 90000 + y - 2023, i % 3000, i % 90 }'
} >"$WORK/clients.csv"
read -r t kb cpu < <(measure "$CLI" --db "$WORK/sheet-csv.db" import "$WORK/clients.csv")
echo "(10) import of a 10,000-row CSV (5,000 firms × 2 years) into SQLite: $t s wall, $cpu s CPU, peak memory $((kb / 1024)) MB"
if command -v soffice >/dev/null; then
  (cd "$WORK" && soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$WORK" "$WORK/clients.csv" >/dev/null 2>&1) || true
  if [[ -f "$WORK/clients.xlsx" ]]; then
    read -r t kb cpu < <(measure "$CLI" --db "$WORK/sheet-xlsx.db" import "$WORK/clients.xlsx")
    echo "(10) import of the same rows as .xlsx (LibreOffice) into SQLite: $t s wall, $cpu s CPU, peak memory $((kb / 1024)) MB"
  fi
else
  echo "(10) .xlsx: LibreOffice (soffice) is not installed; CSV only"
fi
