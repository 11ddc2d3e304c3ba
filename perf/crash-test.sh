#!/usr/bin/env bash
# Crash test of sealed submission (issue 5, section 5), one command:
#   perf/crash-test.sh [iterations] [h2|mariadb]      (default 20, h2)
# Starts the portal on port 9180 with a fresh data directory, prepares 9 complete drafts (3 challenges x 3
# operators), then, each iteration: submits in 6 threads, kills the server with SIGKILL at a random moment
# (2-12 s into the rush), restarts it, and checks that every receipt returned maps to a committed submission with
# the same digest and hashes, and that no committed submission lacks its receipt (those whose answer was lost
# are re-issued at startup). Results: perf/target/crash/results.jsonl; exit 1 if any iteration found a problem.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
ITERATIONS="${1:-20}"
DB="${2:-h2}"
export SFIDE_HTTP_PORT="${SFIDE_HTTP_PORT:-9180}"
export SFIDE_DEMO=true
OUT="$ROOT/perf/target/crash"
export SFIDE_DATA_DIR="$OUT/data"
export SFIDE_BASE="http://localhost:$SFIDE_HTTP_PORT"
PID_FILE="$ROOT/.sfide/domains/sfide/config/pid"

rm -rf "$OUT"
mkdir -p "$SFIDE_DATA_DIR"
case "$DB" in
  h2) unset SFIDE_DB_URL ;;
  mariadb)
    mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS sfide_crash; CREATE DATABASE sfide_crash CHARACTER SET utf8mb4"
    export SFIDE_DB_URL="jdbc:mariadb://127.0.0.1:3306/sfide_crash" SFIDE_DB_USER=root SFIDE_DB_PASSWORD= ;;
  *) echo "usage: perf/crash-test.sh [iterations] [h2|mariadb]" >&2; exit 2 ;;
esac

start() {
  ./sfide run > "$OUT/portal-$1.log" 2>&1 &
  for _ in $(seq 1 180); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$SFIDE_BASE/api/v1/challenges?size=1")" == "200" ]] && return 0
    sleep 1
  done
  echo "the portal did not start: see $OUT/portal-$1.log" >&2
  exit 1
}
trap './sfide stop >/dev/null 2>&1 || true' EXIT

start 0
python3 perf/crash_client.py setup "$OUT/state.json"
failed=0
for i in $(seq 1 "$ITERATIONS"); do
  python3 perf/crash_client.py rush "$OUT/state.json" "$OUT/receipts.jsonl" > "$OUT/rush-$i.json" &
  RUSH=$!
  sleep "$(( 2 + RANDOM % 11 )).$(( RANDOM % 10 ))"
  kill -9 "$(cat "$PID_FILE")"
  wait "$RUSH" || true
  start "$i"
  if result="$(python3 perf/crash_client.py check "$OUT/state.json" "$OUT/receipts.jsonl")"; then
    status=ok
  else
    status=FAILED
    failed=1
  fi
  echo "{\"iteration\": $i, \"status\": \"$status\", \"rush\": $(cat "$OUT/rush-$i.json" | tail -1), \"check\": $result}" \
    | tee -a "$OUT/results.jsonl"
done
./sfide stop > /dev/null 2>&1 || true
grep -c '"status": "ok"' "$OUT/results.jsonl" | xargs -I{} echo "{} of $ITERATIONS iterations without a problem"
exit $failed
