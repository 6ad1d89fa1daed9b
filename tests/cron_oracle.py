#!/usr/bin/python3
"""`borgtide next-runs` against an independent cron implementation (python3-croniter).

Imports one schedule per expression, then for every (expression, zone, start) row compares the
next five runs printed by borgtide with croniter's. Rows stay away from DST transitions, where
croniter runs a repeated hour twice and SPEC 3 runs it once (tst_cron covers those by hand).
Vixie cron's day rule: when a day field starts with '*', both day fields must match; otherwise
either may (croniter: day_or).
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile

try:
    from croniter import croniter
    import pytz
except ImportError:
    print("SKIP: python3-croniter is not installed")
    sys.exit(77)

EXPRESSIONS = [
    "* * * * *", "*/5 * * * *", "0 * * * *", "30 2 * * *", "0 0 * * *", "15 14 1 * *",
    "0 22 * * 1-5", "23 0-20/2 * * *", "5 4 * * sun", "0 0,12 1 */2 *", "0 4 8-14 * *",
    "0 0 1,15 * 3", "0 9 13 * FRI", "0 0 29 2 *", "59 23 31 * *", "0 12 * JAN,JUL *",
    "*/15 9-17 * * MON-FRI", "0 0 * * 7", "10 10 10 10 *", "0 8 1-7 * 1", "1-59/7 * * * *",
    "0 3/4 * * *", "0 0 */2 * *", "0 0 * * */2", "30 6 * * 6,0", "0 0 1 1 *",
    "@hourly", "@daily", "@weekly", "@monthly", "@yearly",
    "0 12 15-21 * WED", "7 7 7 7 7", "0 18 * 12 SAT",
]

STARTS = [
    ("UTC", "2026-01-15T10:17:00"),
    ("UTC", "2028-02-27T23:59:00"),
    ("Europe/Berlin", "2026-07-31T23:00:00"),
    ("America/New_York", "2026-05-10T06:00:00"),
]


def vixie_day_or(expr):
    if expr.startswith("@"):
        return True
    fields = expr.split()
    return not (fields[2].startswith("*") or fields[4].startswith("*"))


def expected(expr, zone, start, count=5):
    tz = pytz.timezone(zone)
    begin = tz.localize(datetime.datetime.fromisoformat(start))
    it = croniter(expr, begin, day_or=vixie_day_or(expr))
    return [it.get_next(datetime.datetime).isoformat() for _ in range(count)]


def main():
    exe = sys.argv[1]
    failures = 0
    rows = 0
    with tempfile.TemporaryDirectory() as tmp:
        schedules = [{"name": f"c{i}", "repository": {"name": "r", "location": "/nonexistent",
                                                       "encryption": "none"},
                      "trigger": {"cron": e}, "sources": ["/x"], "archive_name": f"c{i}-{{now}}"}
                     for i, e in enumerate(EXPRESSIONS)]
        path = os.path.join(tmp, "s.json")
        with open(path, "w") as f:
            json.dump({"format": "borgtide-schedules", "version": 1, "schedules": schedules}, f)
        data = os.path.join(tmp, "data")
        subprocess.run([exe, "--data-dir", data, "import", path], check=True, capture_output=True)
        for zone, start in STARTS:
            env = dict(os.environ, TZ=zone)
            offset = pytz.timezone(zone).localize(datetime.datetime.fromisoformat(start)).isoformat()
            for i, expr in enumerate(EXPRESSIONS):
                rows += 1
                out = subprocess.run([exe, "--data-dir", data, "next-runs", f"c{i}", "--count", "5",
                                      "--from", offset], env=env, capture_output=True, text=True)
                got = out.stdout.split()
                want = expected(expr, zone, start)
                if got != want:
                    failures += 1
                    print(f"MISMATCH {expr!r} {zone} from {offset}:\n  borgtide {got}\n  croniter {want}"
                          f"\n  {out.stderr.strip()}")
    print(f"cron oracle: {rows - failures} of {rows} rows agree with croniter")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
