"""The deadline rush's figures from Gatling's stats.json (perf/rush.sh).

Usage: figures.py JOURNEY_RUN_DIR RAW_PG_TPS USERS [SIGNIN_RUN_DIR]
"""
import sys

from gatling_stats import groups, load, requests


def line(name, s):
    n = s["numberOfRequests"]
    return (f"{name[:44]:44} {n['ok']:>7} {n['ko']:>5} {s['percentiles1']['total']:>7} "
            f"{s['percentiles4']['total']:>7} {s['maxResponseTime']['total']:>7}")


journey_run, raw_tps, users = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
stats = load(journey_run)
g = stats["stats"]
journey = groups(stats).get("journey")
submits = requests(stats).get("submit")
completed = submits["numberOfRequests"]["ok"] if submits else 0
# the run's duration from Gatling's own rate of all requests; a completed journey ends with an OK "submit"
duration = g["numberOfRequests"]["total"] / g["meanNumberOfRequestsPerSecond"]["total"]
jps = completed / duration
print(f"journey run: {journey_run}")
print(f"{'request':44} {'OK':>7} {'KO':>5} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}")
for name, s in requests(stats).items():
    print(line(name, s))
print(line("ALL REQUESTS", g))
print()
print(f"applicants (concurrent):      {users}")
print(f"journeys completed:           {completed} in {duration:.0f} s "
      f"(journeys failed: {journey['numberOfRequests']['ko'] if journey else 0})")
print(f"journeys a second:            {jps:.1f}")
print(f"requests a second:            {g['meanNumberOfRequestsPerSecond']['total']:.1f}")
print(f"errors (KO requests):         {g['numberOfRequests']['ko']}")
print(f"p50 / p99 a request:          {g['percentiles1']['total']} / {g['percentiles4']['total']} ms")
print(f"raw PostgreSQL journeys/s:    {raw_tps:.1f}")
print(f"share of raw PostgreSQL:      {100 * jps / raw_tps:.1f} %  (goal: at least 30 %)")
print(f"p99 under 500 ms:             {'yes' if g['percentiles4']['total'] < 500 else 'NO'}")
if len(sys.argv) > 4 and sys.argv[4]:
    s = load(sys.argv[4])
    r = requests(s).get("sign in")
    if r:
        print(f"sign-in alone:                {r['meanNumberOfRequestsPerSecond']['ok']:.1f} a second, "
              f"p50 {r['percentiles1']['total']} ms, p99 {r['percentiles4']['total']} ms, "
              f"KO {r['numberOfRequests']['ko']} (run {sys.argv[4]})")
