"""Where the server's CPU went: JFR execution samples (jdk.ExecutionSample) by what their stack is doing.

Usage: jfr-summary.py RECORDING.jfr   (needs the JDK's jfr tool)
A sample counts for the first of the named activities found anywhere in its stack (resource URL
resolution, bcrypt, the JDBC session); any other sample for the code nearest its top (leaf) frame among
Thymeleaf, the PostgreSQL driver and pool, Spring Security, Spring MVC and the application's own code.
The filters (security, session, resource URL encoding) are on every request's stack, so they count only
for what they themselves do. The top frames of all samples follow.
"""
import collections
import json
import subprocess
import sys

ACTIVITIES = [
    ("resource URL resolution", ("ResourceUrlProvider.", "ResourceUrlEncodingResponseWrapper.encodeURL",
                                 "ResourceResolverChain", "PathResourceResolver", "VersionResourceResolver")),
    ("bcrypt (sign-in)", ("BCrypt",)),
    ("session (Spring Session JDBC)", ("JdbcIndexedSessionRepository",)),
]
NEAREST = [
    ("Thymeleaf rendering", ("org.thymeleaf.", "org.attoparser.")),
    ("PostgreSQL driver / pool", ("org.postgresql.", "com.zaxxer.hikari.")),
    ("Spring Security", ("org.springframework.security.",)),
    ("SpEL / conversion", ("org.springframework.expression.", "org.springframework.core.convert.")),
    ("Spring MVC / web", ("org.springframework.web.",)),
    ("the application's code", ("se.sif.",)),
    ("Tomcat", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.")),
]

data = json.loads(subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events",
                                  "jdk.ExecutionSample", sys.argv[1]], capture_output=True, text=True,
                                 check=True).stdout)
counts = collections.Counter()
tops = collections.Counter()
for e in data["recording"]["events"]:
    trace = e["values"].get("stackTrace")
    frames = trace["frames"] if trace else []
    names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
    if names:
        tops[names[0]] += 1
    stack = " ".join(names)
    label = next((l for l, markers in ACTIVITIES if any(m in stack for m in markers)), None)
    if label is None:
        label = next((l for name in names for l, prefixes in NEAREST if name.startswith(prefixes)),
                     "other (JDK, Jackson, ...)")
    counts[label] += 1
total = sum(counts.values()) or 1
pages = (total - counts["bcrypt (sign-in)"]) or 1
print(f"{total} samples. Share of all, and of the samples without bcrypt (the sign-ins before the journey):")
for label, n in counts.most_common():
    page_share = "" if label.startswith("bcrypt") else f"{100 * n / pages:5.1f} %"
    print(f"  {100 * n / total:5.1f} %  {page_share:>8}  {label}")
print("top frames:")
for name, n in tops.most_common(10):
    print(f"  {100 * n / total:5.1f} %  {name}")
