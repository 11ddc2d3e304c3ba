#!/usr/bin/env bash
# Deadline rush (issue 5, section 5), one command:
#   perf/rush.sh [h2|mariadb] [capacity]   (default h2; mariadb uses the server at 127.0.0.1:3306, user root;
#                                           "capacity" stops after step 3, the throughput ratio)
# 1. starts the portal on port 9080 (fresh data directory, SFIDE_GENERATOR=true) and generates 480 verified
#    operators with API tokens;
# 2. capacity: 60 operators, 4 at a time (SFIDE_RUSH_WORKERS), each start a draft, save sections, upload three 5 MB PDFs and submit —
#    the whole pipeline (Gatling RushPreparationSimulation with -Dsfide.submit=true), after SFIDE_RUSH_WARMUP
#    (default 6) rounds of 120 more that warm the server up (the JIT) and are not measured;
# 3. the raw pipeline limit on the same bytes and database (RawPipeline: SHA-256, AES, chunked insert, commit,
#    one ECDSA signature), 2 threads, 30 s;
# 4. prepares 300 drafts of three 5 MB PDFs on a challenge whose deadline is then set ~70 s ahead;
# 5. the rush (DeadlineRushSimulation): the 300 submit at random moments of the last 60 s, then retry after the
#    deadline (must be 409); p95 <= 1 s asserted; afterwards every proposal is checked through the API.
# Reports: perf/target/gatling/ (HTML), perf/target/rush/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
DB="${1:-h2}"
ONLY="${2:-}"
export SFIDE_HTTP_PORT="${SFIDE_HTTP_PORT:-9080}"
export SFIDE_GENERATOR=true
export SFIDE_DEMO=true
export SFIDE_DATA_DIR="$ROOT/perf/target/data-rush-$DB"
BASE="http://localhost:$SFIDE_HTTP_PORT"
OUT="$ROOT/perf/target/rush"
rm -rf "$SFIDE_DATA_DIR" "$OUT"
mkdir -p "$SFIDE_DATA_DIR" "$OUT"
RAW_URL="jdbc:h2:file:$OUT/raw;MODE=MySQL;WRITE_DELAY=0"
case "$DB" in
  h2) unset SFIDE_DB_URL ;;
  mariadb)
    mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS sfide_rush; CREATE DATABASE sfide_rush CHARACTER SET utf8mb4; DROP DATABASE IF EXISTS sfide_raw; CREATE DATABASE sfide_raw"
    export SFIDE_DB_URL="jdbc:mariadb://127.0.0.1:3306/sfide_rush" SFIDE_DB_USER=root SFIDE_DB_PASSWORD=
    RAW_URL="jdbc:mariadb://127.0.0.1:3306/sfide_raw?user=root" ;;
  *) echo "usage: perf/rush.sh [h2|mariadb]" >&2; exit 2 ;;
esac
WORKERS="${SFIDE_RUSH_WORKERS:-4}"
server_cpu() {  # CPU seconds used so far by the portal's server process
  python3 -c "import os; f=open('/proc/%s/stat' % open('$ROOT/.sfide/domains/sfide/config/pid').read().strip()).read().rsplit(')',1)[1].split(); print((int(f[11])+int(f[12]))/os.sysconf('SC_CLK_TCK'))"
}
gatling() { ./mvnw -B -q -f perf/pom.xml gatling:test -Dsfide.base.url="$BASE" -Dsfide.rush.dir="$OUT" "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
token() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Demo-password-1\",\"name\":\"rush\"}" \
  "$BASE/api/v1/tokens" | json "['token']"; }
challenge() {   # a published challenge prize of Regione Lombardia closing at $1; prints its id
  local opens id
  opens="$(date -u -d '-1 day' +%Y-%m-%dT%H:%M:%SZ)"
  id="$(curl -sf -H "Authorization: Bearer $BUYER1" -H 'Content-Type: application/json' "$BASE/api/v1/challenges" -d \
    "{\"type\":\"CHALLENGE_PRIZE\",\"titleIt\":\"Corsa alla scadenza\",\"titleEn\":\"Deadline rush\",\"summaryIt\":\"S\",\"summaryEn\":\"S\",\"need\":\"N\",\"needEn\":\"N\",\"budget\":500000,\"requiredDocuments\":[\"Proposta\"],\"phases\":[{\"opensAt\":\"$opens\",\"closesAt\":\"$1\",\"budget\":500000}],\"criteria\":[{\"nameIt\":\"Qualita\",\"nameEn\":\"Quality\",\"weight\":100}],\"tieBreak\":\"FIRST_CRITERION\"}" \
    | json "['id']")"
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $BUYER1" "$BASE/api/v1/challenges/$id/publication-request"
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $BUYER2" "$BASE/api/v1/challenges/$id/approval"
  echo "$id"
}

./sfide run > "$OUT/portal.log" 2>&1 &
trap './sfide stop >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 300); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/challenges?size=1")" == "200" ]] && break
  sleep 2
done
ADMIN="$(token admin)"; BUYER1="$(token buyer1)"; BUYER2="$(token buyer2)"
curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"count":480}' \
  "$BASE/api/v1/admin/generated-operators" > "$OUT/operators.json"
./mvnw -B -q -f perf/pom.xml test-compile

echo "== capacity: 60 proposals through the whole pipeline, $WORKERS at a time"
CAPACITY="$(challenge "$(date -u -d '+3 hours' +%Y-%m-%dT%H:%M:%SZ)")"
# warm-up, not measured: the server's JIT compiles the hot paths (the raw pipeline warms up for 5 s too);
# SFIDE_RUSH_WARMUP rounds of 120 proposals, each round on a challenge of its own
for round in $(seq 1 "${SFIDE_RUSH_WARMUP:-6}"); do
  WARM="$(challenge "$(date -u -d '+3 hours' +%Y-%m-%dT%H:%M:%SZ)")"
  gatling -Dgatling.simulationClass=it.sfide.perf.RushPreparationSimulation -Dsfide.challenge="$WARM" \
    -Dsfide.from=360 -Dsfide.count=120 -Dsfide.workers="$WORKERS" -Dsfide.submit=true > "$OUT/warm-up-$round.txt"
  python3 -c "n,s=open('$OUT/elapsed-$WARM.txt').read().split(); print('  warm-up round $round: %.2f proposals/s' % (int(n)/float(s)))" \
    | tee -a "$OUT/warm-up.txt"
done
CPU_BEFORE="$(server_cpu)"
gatling -Dgatling.simulationClass=it.sfide.perf.RushPreparationSimulation -Dsfide.challenge="$CAPACITY" \
  -Dsfide.from=300 -Dsfide.count=60 -Dsfide.workers="$WORKERS" -Dsfide.submit=true > "$OUT/capacity.txt"
CPU_AFTER="$(server_cpu)"
SFIDE_RATE="$(python3 -c "n,s=open('$OUT/elapsed-$CAPACITY.txt').read().split(); print(round(int(n)/float(s),3))")"
cat "$OUT/warm-up.txt" > "$OUT/summary.txt"
echo "Sfide: $SFIDE_RATE proposals/s (start, sections, 3 x 5 MB uploads, submit with receipt; $WORKERS at a time)" \
  | tee -a "$OUT/summary.txt"
python3 -c "print('  server CPU: %.0f ms per proposal' % (($CPU_AFTER - $CPU_BEFORE) * 1000 / 60))" | tee -a "$OUT/summary.txt"

echo "== raw pipeline on the same bytes"
./mvnw -B -q -f perf/pom.xml exec:java -Dsfide.raw.url="$RAW_URL" -Dsfide.threads=2 -Dsfide.seconds=30 \
  -Dsfide.rush.dir="$OUT" | tee -a "$OUT/summary.txt"
RAW_RATE="$(sed -n 's/.*= \([0-9.]*\) proposals\/s.*/\1/p' "$OUT/summary.txt" | tail -1)"
python3 -c "print('Sfide / raw = %.0f %%' % (100*$SFIDE_RATE/$RAW_RATE))" | tee -a "$OUT/summary.txt"
[[ "$ONLY" == "capacity" ]] && exit 0

echo "== preparing 300 drafts for the rush"
# a deadline can only be moved later once drafts exist: publish the rush challenge with a deadline after the
# estimated preparation (from the capacity just measured), wait for it if preparation ends early, extend it by an
# amendment if preparation ends late, so the rush always starts about 62 s before the deadline
ESTIMATE="$(python3 -c "print(int(300/$SFIDE_RATE*0.9) + 150)")"
DEADLINE="$(date -u -d "+$ESTIMATE seconds" +%Y-%m-%dT%H:%M:%S.000Z)"
RUSH="$(challenge "$DEADLINE")"
START=$(date +%s)
gatling -Dgatling.simulationClass=it.sfide.perf.RushPreparationSimulation -Dsfide.challenge="$RUSH" \
  -Dsfide.from=0 -Dsfide.count=300 -Dsfide.workers=4 > "$OUT/preparation.txt"
echo "300 drafts (900 PDFs of 5 MB) prepared in $(( $(date +%s) - START )) s" | tee -a "$OUT/summary.txt"
if (( $(date -d "$DEADLINE" +%s) - $(date +%s) < 70 )); then
  DEADLINE="$(date -u -d '+75 seconds' +%Y-%m-%dT%H:%M:%S.000Z)"
  curl -sf -o /dev/null -H "Authorization: Bearer $BUYER1" -H 'Content-Type: application/json' \
    -d "{\"phase\":1,\"closesAt\":\"$DEADLINE\",\"reason\":\"Proroga per la prova di carico\"}" \
    "$BASE/api/v1/challenges/$RUSH/deadline"
fi
WAIT=$(( $(date -d "$DEADLINE" +%s) - $(date +%s) - 65 ))
(( WAIT > 0 )) && { echo "waiting $WAIT s for the last minute before $DEADLINE"; sleep "$WAIT"; }

echo "== the rush: 300 submissions in the last 60 s before $DEADLINE, then 300 refused after it"
STATUS=0
./mvnw -B -f perf/pom.xml gatling:test -Dsfide.base.url="$BASE" -Dsfide.rush.dir="$OUT" \
  -Dgatling.simulationClass=it.sfide.perf.DeadlineRushSimulation -Dsfide.challenge="$RUSH" \
  -Dsfide.deadline="$DEADLINE" > "$OUT/rush.txt" || STATUS=$?
sed -n '/Global Information/,/^=====/p' "$OUT/rush.txt" | tee -a "$OUT/summary.txt"
grep -E "submit before|submit after" "$OUT/rush.txt" | tail -4 | tee -a "$OUT/summary.txt" || true

echo "== checking every proposal through the API"
python3 - "$OUT" "$RUSH" "$BASE" "$BUYER1" <<'PY' | tee -a "$OUT/summary.txt"
import json, sys, urllib.request
out, challenge, base, buyer = sys.argv[1:]
def get(path, token):
    r = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
    return json.load(urllib.request.urlopen(r))
lines = [l.split() for l in open(out + "/drafts-" + challenge + ".txt") if l.strip()]
bad = 0
for user, token, proposal in lines:
    history = get("/api/v1/proposals/%s/submissions" % proposal, token)
    if len(history) != 1 or not history[0]["current"] or history[0]["receiptProtocol"] is None:
        bad += 1
count = get("/api/v1/challenges/%s/phases/1/opening" % challenge, buyer)["submissions"]
print("proposals checked: %d; with exactly one receipted submission: %d; submissions counted by the body: %s"
      % (len(lines), len(lines) - bad, count))
sys.exit(1 if bad or count != len(lines) else 0)
PY
exit $STATUS
