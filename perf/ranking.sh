#!/bin/bash
# The panel's ranking at its biggest (issue 10's benchmark, docs/benchmarks.md): builds and starts the packaged
# application on the local PostgreSQL cluster, seeds a call with 500 applications before the panel and 10 members'
# scores on every rubric area (perf/seed-ranking.sql), warms up, then has officials read the ranking through the
# API and on the page (se.sif.rush.RankingSimulation) and prints p50 / p95 / p99 per request.
#
#   perf/ranking.sh                         # 500 applications, 10 members, 5 officials for 60 s
#   APPS=100 DURATION=20 perf/ranking.sh     # a smoke run
#
# Settings (environment): APPS=500 MEMBERS=10 USERS=5 DURATION=60 WARMUP=20 PORT=8082 CALL=3 SKIP_BUILD=0
set -euo pipefail
cd "$(dirname "$0")/.."
APPS=${APPS:-500}; MEMBERS=${MEMBERS:-10}; USERS=${USERS:-5}; SECONDS_=${DURATION:-60}; WARMUP=${WARMUP:-20}
PORT=${PORT:-8082}; CALL=${CALL:-3}; SKIP_BUILD=${SKIP_BUILD:-0}
DB=sif_ranking
out=target/ranking; mkdir -p "$out"
base="http://127.0.0.1:$PORT"
mvn_() { ./mvnw -B -ntp -o -q "$@"; }
psql_() { runuser -u postgres -- psql -qAt "$@"; }

if [ "$SKIP_BUILD" != 1 ]; then
  echo "== building the jar and the simulations"
  mvn_ -DskipTests package
  mvn_ -Prush -P'!nullness' test-compile
fi
jar=$(ls target/sif-*.jar | grep -v plain | head -1)

echo "== PostgreSQL: a fresh database $DB"
pg_isready -h 127.0.0.1 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
psql_ -c "drop database if exists $DB" >/dev/null
psql_ -c "do \$\$ begin if not exists (select from pg_roles where rolname = '$DB') then create role $DB login password 'ranking'; end if; end \$\$" >/dev/null
psql_ -c "create database $DB owner $DB" >/dev/null

echo "== starting $jar on port $PORT"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=$DB SPRING_DATASOURCE_PASSWORD=ranking \
  SIF_DEMO_DATA_ENABLED=true SIF_PUBLIC_URL=$base \
  java -Xms1g -Xmx2g -jar "$jar" --server.port="$PORT" > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "$base/actuator/health" >/dev/null && break
  kill -0 $server 2>/dev/null || { echo "the server stopped; see $out/server.log"; exit 1; }
  sleep 1
done

echo "== seeding $APPS applications with $MEMBERS members' scores in call $CALL"
PGPASSWORD=ranking psql -h 127.0.0.1 -U $DB -d $DB -qAt -v apps="$APPS" -v members="$MEMBERS" -v call="$CALL" \
  -f perf/seed-ranking.sql

gatling() { # seconds, then the run directory is printed
  local before; before=$(ls -d target/gatling/*/ 2>/dev/null | sort || true)
  mvn_ -Prush -P'!nullness' gatling:test -Dgatling.simulationClass=se.sif.rush.RankingSimulation \
    -Drush.baseUrl="$base" -Drush.callId="$CALL" -Dranking.applications="$APPS" -Dranking.users="$USERS" \
    -Dranking.seconds="$1" >&2 || true
  comm -13 <(echo "$before") <(ls -d target/gatling/*/ | sort) | tail -1
}
echo "== warm-up (not measured): ${WARMUP} s"
gatling "$WARMUP" >/dev/null
echo "== measured: $USERS officials for ${SECONDS_} s"
run=$(gatling "$SECONDS_")
kill $server; wait $server 2>/dev/null || true

echo
echo "== figures ($(date -u +%FT%TZ), $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; $APPS applications," \
  "$MEMBERS members, $USERS officials)"
PYTHONPATH=perf python3 - "$run" <<'PY' | tee "$out/figures.txt"
import sys
from gatling_stats import load, requests
stats = load(sys.argv[1])
print(f"{'request':20} {'OK':>6} {'KO':>4} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7}")
for name, s in requests(stats).items():
    print(f"{name:20} {s['numberOfRequests']['ok']:>6} {s['numberOfRequests']['ko']:>4} "
          f"{s['percentiles1']['total']:>7} {s['percentiles3']['total']:>7} {s['percentiles4']['total']:>7} "
          f"{s['maxResponseTime']['total']:>7}")
    print(f"  p95 under 200 ms: {'yes' if s['percentiles3']['total'] < 200 else 'NO'}")
PY
