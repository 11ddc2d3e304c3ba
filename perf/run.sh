#!/usr/bin/env bash
# Catalogue load test (issue 4, section 7), one command:
#   perf/run.sh [h2|mariadb]        (default h2; mariadb uses the server at 127.0.0.1:3306, user root)
# Starts the portal on port 9080 with a fresh data directory (and a fresh sfide_perf database for MariaDB),
# generates 10,000 challenges, warms up for 20 s, then runs the Gatling simulation (50 concurrent users, 60 s)
# and stops the portal. The HTML report is in perf/target/gatling/; the figures go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
DB="${1:-h2}"
COUNT="${SFIDE_PERF_CHALLENGES:-10000}"
export SFIDE_HTTP_PORT="${SFIDE_HTTP_PORT:-9080}"
export SFIDE_GENERATOR=true
export SFIDE_DEMO=true
export SFIDE_DATA_DIR="$ROOT/perf/target/data-$DB"
BASE="http://localhost:$SFIDE_HTTP_PORT"

rm -rf "$SFIDE_DATA_DIR"
mkdir -p "$SFIDE_DATA_DIR"
case "$DB" in
  h2) unset SFIDE_DB_URL ;;
  mariadb)
    mysql -uroot -e "DROP DATABASE IF EXISTS sfide_perf; CREATE DATABASE sfide_perf CHARACTER SET utf8mb4"
    export SFIDE_DB_URL="jdbc:mariadb://127.0.0.1:3306/sfide_perf" SFIDE_DB_USER=root SFIDE_DB_PASSWORD= ;;
  *) echo "usage: perf/run.sh [h2|mariadb]" >&2; exit 2 ;;
esac

./sfide run > "$ROOT/perf/target/portal-$DB.log" 2>&1 &
PORTAL=$!
trap './sfide stop >/dev/null 2>&1 || true; wait $PORTAL 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/challenges?size=1")" == "200" ]] && break
  sleep 2
done

TOKEN="$(curl -sf -H 'Content-Type: application/json' -d '{"username":"admin","password":"Demo-password-1","name":"load test"}' \
  "$BASE/api/v1/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')"
echo "generating $COUNT challenges..."
START=$(date +%s)
curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"count\":$COUNT,\"seed\":20261122}" "$BASE/api/v1/admin/generated-challenges" --max-time 1800
echo " in $(( $(date +%s) - START )) s; catalogue total: $(curl -s "$BASE/api/v1/challenges?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"

echo "warming up (20 s, results not kept)..."
./mvnw -q -B -f perf/pom.xml gatling:test -Dsfide.base.url="$BASE" -Dsfide.duration=20 \
  -Dgatling.failOnError=false -Dgatling.noReports=true >/dev/null 2>&1 || true
echo "measuring (50 users, 1-3 s between searches, 60 s; fails if p95 > 50 ms)..."
STATUS=0
./mvnw -B -f perf/pom.xml gatling:test -Dsfide.base.url="$BASE" -Dsfide.duration=60 > "$ROOT/perf/target/gatling-$DB.txt" \
  || STATUS=$?
sed -n '/Global Information/,/^=====/p' "$ROOT/perf/target/gatling-$DB.txt"
grep -E "Please open the following file|Global: " "$ROOT/perf/target/gatling-$DB.txt" || true
echo "saturation, for information (50 users without pauses, 30 s)..."
./mvnw -B -f perf/pom.xml gatling:test -Dsfide.base.url="$BASE" -Dsfide.duration=30 -Dsfide.think=false \
  -Dgatling.failOnError=false > "$ROOT/perf/target/gatling-$DB-saturation.txt" 2>&1 || true
sed -n '/Global Information/,/^=====/p' "$ROOT/perf/target/gatling-$DB-saturation.txt"
exit $STATUS
