#!/usr/bin/env bash
# The chair's dashboard at scale (evaluation, issue section 7), one command:
#   perf/dashboard.sh [mariadb]      (MariaDB at 127.0.0.1:3306, user root, fresh database sfide_dashboard)
# Starts the portal on port 9080 (admin port 9048) with a fresh data directory and the demo data, seeds one
# committee in consensus per size straight into the database (perf/dashboard/people.sql once, then
# perf/dashboard/committee.sql per size: see there what is seeded and what not), takes an API token for the chair
# (buyer2), then runs perf/dashboard/DashboardLoad.java: for each committee the chair's consensus board and the
# assignment board, warmed up, SFIDE_DASHBOARD_REQUESTS (200) calls one after the other, then the same number
# spread over SFIDE_DASHBOARD_CLIENTS (4) clients at once. SFIDE_DASHBOARD_SIZES ("250/25 500/50 1000/100
# 2000/200", proposals/evaluators, at most four) changes the sizes. Results: docs/benchmarks.md; the run's output
# is kept in perf/target/dashboard-mariadb.txt.
# Only MariaDB: the embedded H2 is a file the running server holds open, and the seeding needs a second client.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
DB="${1:-mariadb}"
[[ "$DB" == "mariadb" ]] || { echo "usage: perf/dashboard.sh [mariadb]  (H2 is not supported: see the script)" >&2; exit 2; }
export SFIDE_HTTP_PORT="${SFIDE_HTTP_PORT:-9080}"
export SFIDE_DEMO=true
export SFIDE_DATA_DIR="$ROOT/perf/target/data-dashboard-$DB"
BASE="http://localhost:$SFIDE_HTTP_PORT"
SIZES="${SFIDE_DASHBOARD_SIZES:-250/25 500/50 1000/100 2000/200}"
# one committee per challenge phase: the demo PCP's three phases and the demo partnership (both Regione Lombardia)
SLOTS=(ocds-sfide0-demo-01:1 ocds-sfide0-demo-01:2 ocds-sfide0-demo-01:3 ocds-sfide0-demo-04:1)
OUT="$ROOT/perf/target/dashboard-$DB.txt"
SQL=(mariadb -uroot -h127.0.0.1 sfide_dashboard)

if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true)" != "000" ]]; then
  echo "something already answers on $BASE: stop it or set SFIDE_HTTP_PORT" >&2
  exit 1
fi
rm -rf "$SFIDE_DATA_DIR"
mkdir -p "$SFIDE_DATA_DIR"
mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS sfide_dashboard; CREATE DATABASE sfide_dashboard CHARACTER SET utf8mb4"
export SFIDE_DB_URL="jdbc:mariadb://127.0.0.1:3306/sfide_dashboard" SFIDE_DB_USER=root SFIDE_DB_PASSWORD=

./sfide run > "$ROOT/perf/target/portal-dashboard-$DB.log" 2>&1 &
PORTAL=$!
trap './sfide stop >/dev/null 2>&1 || true; wait $PORTAL 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/challenges?size=1")" == "200" ]] && break
  kill -0 $PORTAL 2>/dev/null || { tail -n 40 "$ROOT/perf/target/portal-dashboard-$DB.log" >&2; exit 1; }
  sleep 2
done
CHAIR="$(curl -sf -H 'Content-Type: application/json' \
  -d '{"username":"buyer2","password":"Demo-password-1","name":"dashboard benchmark"}' \
  "$BASE/api/v1/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')"

echo "seeding $SIZES (proposals/evaluators)"
"${SQL[@]}" < "$ROOT/perf/dashboard/people.sql"
COMMITTEES=()
i=0
for size in $SIZES; do
  n="${size%/*}"; r="${size#*/}"
  slot="${SLOTS[$i]}"; i=$((i + 1))
  start=$(date +%s)
  id="$("${SQL[@]}" -N -e "SET @ocid='${slot%:*}', @phase=${slot#*:}, @n=$n, @r=$r; SOURCE $ROOT/perf/dashboard/committee.sql;" | tail -1)"
  echo "committee $id: $n proposals, $r evaluators, $((n * 3)) reports on ${slot} (seeded in $(( $(date +%s) - start )) s)"
  COMMITTEES+=("$size=$id")
done
"${SQL[@]}" -e "ANALYZE TABLE evaluation_assignment, evaluation_score, evaluation_candidate, evaluation_member,
  evaluation_vote, evaluation_consensus_score, proposal, organisation" > /dev/null

{
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), MariaDB $(mariadb -uroot -h127.0.0.1 -N -e 'SELECT VERSION()'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java "$ROOT/perf/dashboard/DashboardLoad.java" "$BASE" "$CHAIR" "$(IFS=,; echo "${COMMITTEES[*]}")" \
    "${SFIDE_DASHBOARD_REQUESTS:-200}" "${SFIDE_DASHBOARD_CLIENTS:-4}" "${SFIDE_DASHBOARD_WARMUP:-20}"
  echo "# load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT"
# SFIDE_DASHBOARD_HOLD=seconds keeps the portal and its data up after the run, to look at it (token in the output)
if [[ -n "${SFIDE_DASHBOARD_HOLD:-}" ]]; then
  echo "holding the portal on $BASE for ${SFIDE_DASHBOARD_HOLD} s; chair's token $CHAIR; committees ${COMMITTEES[*]}"
  sleep "$SFIDE_DASHBOARD_HOLD"
fi
