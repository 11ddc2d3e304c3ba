#!/usr/bin/env bash
# The weight of pages in a real browser (issue 18), one command:
#   perf/weight.sh [RUNS] [PATH...]    (default 5 runs; the catalogue, a challenge, the home page, the reuse catalogue)
# Uses the portal already answering on SFIDE_BASE (http://localhost:8080), or starts one with ./sfide run (demo data,
# fresh data directory under perf/target) and stops it afterwards. Runs perf/weight/PageWeight.java: per page a first
# visit (empty cache, no cookies) and a repeat visit, RUNS times, in headless Chromium over the DevTools protocol.
# SFIDE_WEIGHT_ENCODING=identity asks for uncompressed answers (for comparison). Results: docs/benchmarks.md; the
# run's output is kept in perf/target/weight.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
RUNS="${1:-5}"
shift || true
PATHS=("$@")
[[ ${#PATHS[@]} -gt 0 ]] || PATHS=(/challenges/ "/challenges/view.xhtml?id=1" / /catalogue/)
BASE="${SFIDE_BASE:-http://localhost:${SFIDE_HTTP_PORT:-8080}}"
mkdir -p "$ROOT/perf/target"

if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true)" == "000" ]]; then
  export SFIDE_DEMO=true SFIDE_DATA_DIR="$ROOT/perf/target/data-weight"
  rm -rf "$SFIDE_DATA_DIR"
  mkdir -p "$SFIDE_DATA_DIR"
  ./sfide run > "$ROOT/perf/target/portal-weight.log" 2>&1 &
  PORTAL=$!
  trap './sfide stop >/dev/null 2>&1 || true; wait $PORTAL 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/challenges/" || true)" == "200" ]] && break
    kill -0 $PORTAL 2>/dev/null || { tail -n 40 "$ROOT/perf/target/portal-weight.log" >&2; exit 1; }
    sleep 2
  done
fi

{
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(chromium --version 2>/dev/null | head -1), $BASE, $RUNS runs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java "$ROOT/perf/weight/PageWeight.java" "$BASE" "$RUNS" "${PATHS[@]}"
} | tee "$ROOT/perf/target/weight.txt"
