#!/usr/bin/env bash
# What a flood of anonymous refused calls costs the audited acts of people (every refusal is audited under the
# audit chain's head lock), one command:
#   perf/refusals.sh [h2|mariadb]     (default h2; mariadb uses the server at 127.0.0.1:3306, user root)
# Starts the portal on port 9080 with a fresh data directory (demo data), takes an API token for operator1, then
# runs perf/refusals/RefusalFlood.java: 4 threads follow/unfollow a challenge each for 30 s alone, then 30 s while
# 32 threads call an address that does not exist (404, not audited), then 30 s while they call GET /api/v1/me
# without a token (401, audited); prints each phase, the ratios, and the audit records added.
# SFIDE_FLOOD_ACTS, SFIDE_FLOOD_THREADS, SFIDE_FLOOD_SECONDS change the figures. Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
DB="${1:-h2}"
export SFIDE_HTTP_PORT="${SFIDE_HTTP_PORT:-9080}"
export SFIDE_DEMO=true
export SFIDE_DATA_DIR="$ROOT/perf/target/data-refusals-$DB"
BASE="http://localhost:$SFIDE_HTTP_PORT"
rm -rf "$SFIDE_DATA_DIR"
mkdir -p "$SFIDE_DATA_DIR"
case "$DB" in
  h2) unset SFIDE_DB_URL ;;
  mariadb)
    mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS sfide_refusals; CREATE DATABASE sfide_refusals CHARACTER SET utf8mb4"
    export SFIDE_DB_URL="jdbc:mariadb://127.0.0.1:3306/sfide_refusals" SFIDE_DB_USER=root SFIDE_DB_PASSWORD= ;;
  *) echo "usage: perf/refusals.sh [h2|mariadb]" >&2; exit 2 ;;
esac

./sfide run > "$ROOT/perf/target/portal-refusals-$DB.log" 2>&1 &
PORTAL=$!
trap './sfide stop >/dev/null 2>&1 || true; wait $PORTAL 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/challenges?size=1")" == "200" ]] && break
  sleep 2
done
token() {
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Demo-password-1\",\"name\":\"refusal flood\"}" \
    "$BASE/api/v1/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
OPERATOR="$(token operator1)"
ADMIN="$(token admin)"
CHALLENGE="$(curl -sf "$BASE/api/v1/challenges?size=20&status=PUBLISHED" | grep -o '"id":[0-9]*' | cut -d: -f2 | paste -sd,)"
audit_rows() {
  curl -sf -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/audit/verify" \
    | sed -E 's/.*"headSeq":([0-9]+).*/\1/'
}
BEFORE="$(audit_rows || echo '?')"
java "$ROOT/perf/refusals/RefusalFlood.java" "$BASE" "$OPERATOR" "$CHALLENGE" "${SFIDE_FLOOD_ACTS:-4}" \
  "${SFIDE_FLOOD_THREADS:-32}" "${SFIDE_FLOOD_SECONDS:-30}" | tee "$ROOT/perf/target/refusals-$DB.txt"
echo "audit records: $BEFORE before, $(audit_rows || echo '?') after" | tee -a "$ROOT/perf/target/refusals-$DB.txt"
