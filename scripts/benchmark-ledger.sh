#!/usr/bin/env bash
# Ledger benchmark (issue: the fund's money): 1,000,000 transactions across 50 funds, then
#  - p95 latency of the fund overview (GET /api/v1/funds/{id}) and of a grant's balance (GET /api/v1/grants/{id})
#    with wrk over a signed-in session (HTTP Basic would measure BCrypt, not the ledger);
#  - posting throughput: appropriations POSTed by the board, each a balanced transaction plus its audit row.
# Needs: the built project (./mvnw -DskipTests package), wrk and psql (apt-get install wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${BENCH_DATA:-/tmp/sif-bench-data}
port=${BENCH_DB_PORT:-55433}
duration=${BENCH_DURATION:-30s}
rm -rf "$data"
SIF_EMBEDDED_DATABASE_DATA_DIRECTORY="$data" SIF_EMBEDDED_DATABASE_PORT="$port" \
  java -Xmx1g -jar target/sif-0.1.0-SNAPSHOT.jar >/tmp/sif-bench.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until curl -sf localhost:8080/actuator/health | grep -q UP; do sleep 0.5; done
time psql -q -h localhost -p "$port" -U postgres -f scripts/ledger-bulk.sql postgres
fund=$(psql -tA -h localhost -p "$port" -U postgres -c "select max(id) from fund" postgres)
grant=$(psql -tA -h localhost -p "$port" -U postgres -c "select max(id) from fund_grant" postgres)

jar=$(mktemp)
token=$(curl -s -c "$jar" -b "$jar" localhost:8080/login | grep -oP 'name="_csrf" value="\K[^"]+')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=board&password=demo&_csrf=$token" localhost:8080/login
session=$(awk '$6 == "SESSION" {print $7}' "$jar")
csrf=$(curl -s -b "SESSION=$session" "localhost:8080/funds/$fund" | grep -oP 'name="_csrf" value="\K[^"]+' | head -1)

echo "== fund overview, fund $fund (20,026 transactions)"
wrk -t2 -c4 -d"$duration" --latency -H "Cookie: SESSION=$session" "http://localhost:8080/api/v1/funds/$fund" | sed -n '/Latency Distribution/,/Requests\/sec/p'
echo "== grant balance and schedule, grant $grant"
wrk -t2 -c4 -d"$duration" --latency -H "Cookie: SESSION=$session" "http://localhost:8080/api/v1/grants/$grant" | sed -n '/Latency Distribution/,/Requests\/sec/p'
echo "== posting throughput: appropriations to fund $fund"
year=$(date +%Y)
cat >/tmp/sif-post.lua <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "SESSION=$session"
wrk.headers["X-CSRF-TOKEN"] = "$csrf"
wrk.body = '{"fiscalYear": $year, "amountOre": 100, "registrationNumber": "BENCH", "description": "Benchmark"}'
LUA
wrk -t2 -c4 -d"$duration" --latency -s /tmp/sif-post.lua "http://localhost:8080/api/v1/funds/$fund/appropriations" | sed -n '/Latency Distribution/,/Requests\/sec/p'
psql -tA -h localhost -p "$port" -U postgres -c "select count(*) || ' benchmark appropriations posted' from ledger_transaction where registration_number = 'BENCH'" postgres
