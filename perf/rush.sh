#!/bin/bash
# The deadline rush of issue 9, end to end (docs/benchmarks.md): builds and starts the packaged application on
# the local PostgreSQL cluster (the one ../shared/perf/pg-baseline.sh measures), seeds the rush applicants,
# measures raw PostgreSQL, runs the Gatling journey simulation and the sign-in simulation, reconciles the
# journey with the database, prints the figures and stops the application it started.
#
#   perf/rush.sh                      # 500 applicants for 120 s (the measurement; a quiet machine)
#   USERS=30 DURATION=45 perf/rush.sh  # a smoke run
#
# Settings (environment): USERS=500 DURATION=120 RAMP=10 PORT=8081 CALL=3 DRAFTS=20 SIGNIN_USERS=20 SIGNIN_SECONDS=30
#   THINK=0 (seconds each applicant reads a page before the next step; 0 is the issue's model)
#   WARMUP=30 (seconds of the journey with WARMUP_USERS=20 applicants first, not measured: a server at a deadline
#   has run for days, its code compiled by the JIT; the warm-up finishes the last 5 of each applicant's drafts)
#   BASELINE_CLIENTS=50 BASELINE_SECONDS=30 JAR=target/sif-*.jar (another build to compare) JFR=0 (1: a CPU profile of the server during the journey run,
#   summarised at the end) SKIP_BUILD=0 SKIP_SIGNIN=0 PG_BASELINE=../shared/perf/pg-baseline.sh
# Runs as root (PostgreSQL's own tools run as the postgres user). Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${USERS:-500}; DURATION=${DURATION:-120}; RAMP=${RAMP:-10}; PORT=${PORT:-8081}; CALL=${CALL:-3}
DRAFTS=${DRAFTS:-20}; THINK=${THINK:-0}; WARMUP=${WARMUP:-30}; WARMUP_USERS=${WARMUP_USERS:-20}
SIGNIN_USERS=${SIGNIN_USERS:-20}; SIGNIN_SECONDS=${SIGNIN_SECONDS:-30}
BASELINE_CLIENTS=${BASELINE_CLIENTS:-50}; BASELINE_SECONDS=${BASELINE_SECONDS:-30}
JFR=${JFR:-0}; SKIP_BUILD=${SKIP_BUILD:-0}; SKIP_SIGNIN=${SKIP_SIGNIN:-0}
PG_BASELINE=${PG_BASELINE:-../shared/perf/pg-baseline.sh}
DB=sif_rush
out=target/rush; mkdir -p "$out"
base="http://127.0.0.1:$PORT"
mvn_() { ./mvnw -B -ntp -o -q "$@"; }
psql_() { runuser -u postgres -- psql -qAt "$@"; }

if [ "$SKIP_BUILD" != 1 ]; then
  echo "== building the jar"
  mvn_ -DskipTests package
  echo "== compiling the simulations"
  mvn_ -Prush -P'!nullness' test-compile
fi
jar=${JAR:-$(ls target/sif-*.jar | grep -v plain | head -1)}

echo "== PostgreSQL: a fresh database $DB"
pg_isready -h 127.0.0.1 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
psql_ -c "drop database if exists $DB" >/dev/null
psql_ -c "do \$\$ begin if not exists (select from pg_roles where rolname = '$DB') then create role $DB login password 'rush'; end if; end \$\$" >/dev/null
psql_ -c "create database $DB owner $DB" >/dev/null
psql_ -c "show max_connections; show fsync; show synchronous_commit; select version()" | tr '\n' ' '; echo

echo "== starting $jar on port $PORT"
java_opts=(-Xms1g -Xmx2g)
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=$DB SPRING_DATASOURCE_PASSWORD=rush \
  SIF_DEMO_DATA_ENABLED=true SIF_PUBLIC_URL=$base \
  java "${java_opts[@]}" -jar "$jar" --server.port="$PORT" > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "$base/actuator/health" >/dev/null && break
  kill -0 $server 2>/dev/null || { echo "the server stopped; see $out/server.log"; exit 1; }
  sleep 1
done
curl -sf "$base/actuator/health" >/dev/null || { echo "the server did not start in 180 s; see $out/server.log"; exit 1; }

echo "== seeding $USERS applicants, the partner organisation, and $DRAFTS drafts each to finish"
partner=$(psql_ -d $DB -v users="$USERS" -f perf/seed-rush.sql | tail -1)
psql_ -d $DB -v users="$USERS" -v drafts="$DRAFTS" -v call="$CALL" -v partner="$partner" \
  -f perf/seed-rush-drafts.sql | tail -1 | sed 's/^/drafts seeded: /'

echo "== raw PostgreSQL (the application idle)"
baseline=$(bash "$PG_BASELINE" "$BASELINE_CLIENTS" "$BASELINE_SECONDS")
echo "$baseline"
raw_tps=$(echo "$baseline" | sed -E 's/.*tps = ([0-9.]+).*/\1/')

gatling() { # simulation class, then -D settings
  local sim=$1; shift
  local before; before=$(ls -d target/gatling/*/ 2>/dev/null | sort || true)
  mvn_ -Prush -P'!nullness' gatling:test -Dgatling.simulationClass="$sim" -Drush.baseUrl="$base" \
    -Drush.users="${GATLING_USERS:-$USERS}" -Drush.drafts="$DRAFTS" -Drush.callId="$CALL" "$@" >&2 || true
  comm -13 <(echo "$before") <(ls -d target/gatling/*/ | sort) | tail -1
}

if [ "$WARMUP" != 0 ]; then
  echo "== warm-up (not measured): $WARMUP_USERS applicants for ${WARMUP} s"
  GATLING_USERS=$WARMUP_USERS gatling se.sif.rush.RushSimulation -Drush.seconds="$WARMUP" -Drush.rampSeconds=5 \
    -Drush.firstDraft=$((DRAFTS - 5)) -Drush.usableDrafts=5 >/dev/null
  measured_drafts=$((DRAFTS - 5))
else
  measured_drafts=$DRAFTS
fi
before=$(perf/reconcile.sh --counts "$DB")

echo "== the journey: $USERS applicants, signed in first (not measured), then ${DURATION} s of journeys"
session_writes() { psql_ -d $DB -F ' ' -c "select coalesce(sum(n_tup_upd) filter (where relname = 'spring_session'), 0),
  coalesce(sum(n_tup_ins + n_tup_del) filter (where relname = 'spring_session_attributes'), 0)
  from pg_stat_user_tables where relname in ('spring_session', 'spring_session_attributes')"; }
read -r upd0 attr0 < <(session_writes)
# the profile covers the journey run (and the sign-ins before it, which show as bcrypt)
[ "$JFR" = 1 ] && jcmd $server JFR.start name=rush settings=profile filename="$PWD/$out/server.jfr" >/dev/null
journey_run=$(gatling se.sif.rush.RushSimulation -Drush.seconds="$DURATION" -Drush.rampSeconds="$RAMP" \
  -Drush.thinkSeconds="$THINK" -Drush.firstDraft=0 -Drush.usableDrafts="$measured_drafts")
echo "report: $journey_run"
[ "$JFR" = 1 ] && jcmd $server JFR.stop name=rush >/dev/null
sleep 1; read -r upd1 attr1 < <(session_writes)
echo "session writes in the journey run (the sign-ins first included): $((upd1 - upd0)) last-access updates," \
  "$((attr1 - attr0)) attribute inserts and deletes" | tee "$out/session-writes.txt"
reconciled=0; perf/reconcile.sh "$journey_run" "$DB" "$before" | tee "$out/reconciliation.txt" || reconciled=$?

signin_run=""
if [ "$SKIP_SIGNIN" != 1 ]; then
  echo "== sign-in alone: $SIGNIN_USERS at a time for ${SIGNIN_SECONDS} s"
  signin_run=$(gatling se.sif.rush.SignInSimulation -Drush.signInUsers="$SIGNIN_USERS" -Drush.signInSeconds="$SIGNIN_SECONDS")
  echo "report: $signin_run"
fi

kill $server; wait $server 2>/dev/null || true

echo
echo "== figures ($(date -u +%FT%TZ), $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB)"
PYTHONPATH=perf python3 perf/figures.py "$journey_run" "$raw_tps" "$USERS" "$signin_run" | tee "$out/figures.txt"
cat "$out/session-writes.txt"
if [ "$JFR" = 1 ] && [ -f "$out/server.jfr" ]; then
  echo "== where the server's CPU went (JFR execution samples of the journey run)"
  python3 perf/jfr-summary.py "$out/server.jfr" | tee "$out/profile.txt"
fi
exit $reconciled
