#!/bin/bash
# Reconciles a deadline-rush run (perf/rush.sh) with the database: what Gatling counted as successful against
# what the database holds. Nothing the server confirmed may be missing from the database.
# Usage: perf/reconcile.sh GATLING_RUN_DIR [database=sif_rush] [BEFORE]
#        perf/reconcile.sh --counts [database]   (the four database counts, for BEFORE: what a warm-up left)
# Reads the run's js/stats.js (Gatling's per-request OK counts; perf/gatling_stats.py) and asks PostgreSQL (local cluster, as the
# postgres user) for the rush applicants' applications and audit trail:
#   started   = applications created by rush-NNNN                     vs OK "start an application"
#   saves     = audit rows application.sectionSaved by rush-NNNN       vs OK "save 1" + "save 2" + "save 3"
#   submitted = audit rows application.submitted by rush-NNNN          vs OK "submit", and the seeded drafts
#               (perf/seed-rush-drafts.sql) no longer drafts
# A database count above Gatling's is a request the server carried out but the client did not see end
# (a timeout): not lost. A database count below Gatling's is a lost write, and fails the script.
set -eu
run=${1:?usage: reconcile.sh GATLING_RUN_DIR [database] [BEFORE]}; db=${2:-sif_rush}; before=${3:-0 0 0 0}
psql_() { runuser -u postgres -- psql -qAt -d "$db" "$@"; }
counts() { psql_ -F ' ' -c "
  select (select count(*) from application where created_by ~ '^rush-[0-9]+$'),
         (select count(*) from audit_event where actor ~ '^rush-[0-9]+$' and action = 'application.sectionSaved'),
         (select count(*) from audit_event where actor ~ '^rush-[0-9]+$' and action = 'application.submitted'),
         (select count(*) from application where created_by = 'rush-seed' and status <> 'DRAFT')"; }
if [ "$run" = --counts ]; then counts; exit 0; fi
read -r started saves submitted_audit submitted_rows < <(counts)
read -r b_started b_saves b_audit b_rows <<< "$before"
started=$((started - b_started)); saves=$((saves - b_saves))
submitted_audit=$((submitted_audit - b_audit)); submitted_rows=$((submitted_rows - b_rows))
PYTHONPATH="$(dirname "$0")" python3 - "$run" "$started" "$saves" "$submitted_audit" "$submitted_rows" <<'PY'
import sys
import gatling_stats
ok = {name: s["numberOfRequests"]["ok"] for name, s in gatling_stats.requests(gatling_stats.load(sys.argv[1])).items()}
started, saves, sub_audit, sub_rows = map(int, sys.argv[2:6])
gatling = {
    "started": ok.get("start an application", 0),
    "saves": sum(ok.get(f"save {n}", 0) for n in (1, 2, 3)),
    "submitted (audit)": ok.get("submit", 0),
    "submitted (applications)": ok.get("submit", 0),
}
database = {"started": started, "saves": saves,
            "submitted (audit)": sub_audit, "submitted (applications)": sub_rows}
lost = 0
print(f"{'reconciliation':28} {'Gatling OK':>10} {'database':>10}  verdict")
for key in gatling:
    g, d = gatling[key], database[key]
    verdict = "ok" if g == d else ("LOST %d" % (g - d) if d < g else "%d more in the database (client timeouts)" % (d - g))
    lost += max(0, g - d)
    print(f"{key:28} {g:>10} {d:>10}  {verdict}")
print(f"lost saves or submissions: {lost}")
sys.exit(1 if lost else 0)
PY
