"""Where the server's CPU went: JFR execution samples (jdk.ExecutionSample) by what their stack is doing.

Usage: jfr-summary.py RECORDING.jfr   (needs the JDK's jfr tool)
A sample counts for the first category whose marker appears anywhere in its stack (the order below);
the top frames of all samples follow.
"""
import collections
import json
import subprocess
import sys

CATEGORIES = [
    # the encoding filter is on every request's stack: only what it does for a link counts
    ("resource URL resolution", ("ResourceUrlProvider.", "ResourceUrlEncodingResponseWrapper.encodeURL",
                                 "ResourceResolverChain", "PathResourceResolver", "VersionResourceResolver")),
    ("bcrypt (sign-in)", ("BCrypt",)),
    ("session (Spring Session JDBC)", ("JdbcIndexedSessionRepository", "SessionRepositoryFilter")),
    ("Thymeleaf rendering", ("org.thymeleaf",)),
    ("PostgreSQL driver / JDBC", ("org.postgresql", "com.zaxxer.hikari")),
    ("class-path / nested jar lookups", ("org.springframework.boot.loader", "ClassLoader.getResource")),
    ("Spring Security", ("org.springframework.security",)),
]

data = json.loads(subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events",
                                  "jdk.ExecutionSample", sys.argv[1]], capture_output=True, text=True,
                                 check=True).stdout)
events = data["recording"]["events"]
counts = collections.Counter()
tops = collections.Counter()
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
    if names:
        tops[names[0]] += 1
    stack = " ".join(names)
    for label, markers in CATEGORIES:
        if any(m in stack for m in markers):
            counts[label] += 1
            break
    else:
        counts["other"] += 1
total = sum(counts.values()) or 1
print(f"{total} samples")
for label, n in counts.most_common():
    print(f"  {100 * n / total:5.1f} %  {label}")
print("top frames:")
for name, n in tops.most_common(12):
    print(f"  {100 * n / total:5.1f} %  {name}")
