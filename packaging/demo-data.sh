#!/bin/sh
# Makes a demo data folder for screenshots and manual testing: two real borg repositories,
# four schedules with hooks, a few real jobs (one with a failed critical hook) and two weeks
# of generated history for the Activity chart.
#   packaging/demo-data.sh DIR [BORGTIDE]
set -eu
dir=$1
borgtide=${2:-build/borgtide}
rm -rf "$dir"
mkdir -p "$dir/src/Documents" "$dir/src/Pictures" "$dir/repos"
for i in $(seq 1 40); do head -c 20000 /dev/urandom > "$dir/src/Documents/report-$i.pdf"; done
for i in $(seq 1 10); do head -c 200000 /dev/urandom > "$dir/src/Pictures/IMG_$i.jpg"; done
borg init -e none "$dir/repos/usb-disk" >/dev/null 2>&1
borg init -e none "$dir/repos/nas" >/dev/null 2>&1
cat > "$dir/schedules.json" <<JSON
{"format": "borgtide-schedules", "version": 1, "schedules": [
 {"name": "Home folder", "repository": {"name": "usb-disk", "location": "$dir/repos/usb-disk", "encryption": "none"},
  "trigger": {"cron": "30 2 * * *"}, "sources": ["$dir/src/Documents"], "excludes": ["*.tmp", "~/.cache"],
  "prune": {"keep_daily": 7, "keep_weekly": 4, "keep_monthly": 6}, "compact": true,
  "pre_job_hooks": [
    {"name": "Database Dump", "command": "echo 'dumping mydb'; sleep 1; echo 'wrote /tmp/mydb.sql (12 MB)'", "critical": true},
    {"name": "Stop Services", "command": "echo 'stopping nginx'"}],
  "post_job_hooks": [
    {"name": "Restart Services", "command": "echo 'starting nginx'", "when": "always"},
    {"name": "Health Check Ping", "type": "webhook", "method": "POST", "url": "https://hc-ping.example.net/{{ secret.HC_UUID }}", "body": "{\"status\": \"{{ job.status }}\"}", "when": "always", "enabled": false}]},
 {"name": "Nightly database", "repository": {"name": "nas", "location": "$dir/repos/nas", "encryption": "none"},
  "trigger": {"cron": "15 1 * * 1-5"}, "sources": ["$dir/src/Documents"],
  "pre_job_hooks": [
    {"name": "PostgreSQL Dump", "command": "echo 'pg_dump: error: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused' >&2; exit 1", "critical": true},
    {"name": "Rotate Logs", "command": "true"}],
  "post_job_hooks": [
    {"name": "Remove Dump", "command": "rm -f /tmp/all.sql", "when": "always"},
    {"name": "Alert Admin", "command": "echo 'mail sent to admin@example.net'", "when": "failure"},
    {"name": "Report", "command": "true"}]},
 {"name": "Photos weekly", "repository": {"name": "usb-disk", "location": "$dir/repos/usb-disk", "encryption": "none"},
  "trigger": {"cron": "0 20 * * SUN"}, "sources": ["$dir/src/Pictures"], "archive_name": "photos-{now}", "compression": "zstd,3"},
 {"name": "Work documents", "repository": {"name": "nas", "location": "$dir/repos/nas", "encryption": "none"},
  "trigger": {"interval_minutes": 120}, "sources": ["$dir/src/Documents", "$dir/src/missing-folder"], "archive_name": "work-{now}"}
]}
JSON
"$borgtide" --data-dir "$dir/data" import "$dir/schedules.json" >/dev/null
# history first (older), then real jobs (newest)
python3 - "$dir/data/borgtide.db" <<'PY'
import random, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
random.seed(7)
now = int(time.time() * 1000)
names = {r[1]: r[0] for r in db.execute("select id, name from schedules")}
rows = []
for day in range(14, 0, -1):
    for name, hour, base in (("Home folder", 2, 240), ("Nightly database", 1, 90), ("Work documents", 9, 60), ("Work documents", 15, 60)):
        if name == "Nightly database" and (day % 7) in (0, 6):
            continue
        start = now - day * 86400000 + hour * 3600000 - 12 * 3600000
        r = random.random()
        status = "completed" if r < 0.8 else "completed_with_warnings" if r < 0.92 else "failed"
        if status == "failed" and name != "Nightly database":
            status = "completed_with_warnings"
        dur = int(base * (0.6 + random.random()) * 1000) if status != "failed" else 4000
        dedup = int((40 + random.random() * 220) * 1024 * 1024) if status != "failed" else None
        rows.append((names[name], name, status, start, start + dur, dedup))
rows.sort(key=lambda r: r[3])
for sid, name, status, start, end, dedup in rows:
    cur = db.execute("insert into jobs (schedule_id, schedule_name, repository_id, type, status, message, created_at, started_at, finished_at, archive_name, files, original_size, compressed_size, deduplicated_size) values (?, ?, 1, 'scheduled', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sid, name, status, "" if status == "completed" else (("Some tasks failed: Rotate Logs" if name == "Nightly database" else "backup: Warning: a source folder is missing") if status != "failed" else "Critical hook 'PostgreSQL Dump' failed: Exited with code 1"),
         start, start, end, f"{name.replace(' ', '-')}-{start}" if dedup else "", 1234 if dedup else None, 9 * 1024**3 if dedup else None, 6 * 1024**3 if dedup else None, dedup))
db.commit()
PY
"$borgtide" --data-dir "$dir/data" run "Home folder" >/dev/null || true
"$borgtide" --data-dir "$dir/data" run "Work documents" >/dev/null || true
"$borgtide" --data-dir "$dir/data" run "Nightly database" >/dev/null || true
echo "demo data in $dir/data"
