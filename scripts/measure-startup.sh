#!/usr/bin/env bash
# Measures start-up time and idle memory of `./mvnw spring-boot:run` with the demo data.
# Usage: scripts/measure-startup.sh [idle-seconds]   (the project must be built: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
idle="${1:-60}"
log=$(mktemp)
start=$(date +%s.%N)
./mvnw -B -ntp -q spring-boot:run >"$log" 2>&1 &
until curl -sf localhost:8080/actuator/health | grep -q UP; do sleep 0.1; done
ready=$(date +%s.%N)
echo "health UP after $(echo "$ready - $start" | bc) s, wall clock from the command (includes Maven's own start)"
grep -o "Started SifApplication in [0-9.]* seconds" "$log" || true
sleep "$idle"
pid=$(pgrep -f "se.sif.SifApplication" | head -1)
echo "after ${idle} s idle: application JVM RSS $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB, PSS $(awk '/^Pss:/ {print int($2/1024)}' /proc/$pid/smaps_rollup) MiB"
pss=0
for p in $(pgrep -f "bin/postgres|postgres:"); do
  v=$(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup 2>/dev/null || echo 0); pss=$((pss + v))
done
echo "embedded PostgreSQL processes: PSS $((pss / 1024)) MiB"
kill "$pid"; wait 2>/dev/null || true
rm -f "$log"
