// Schedule files (SPEC 5): reading, validation with paths, writing, round trips.
#include "models/ArchiveName.h"
#include "models/ScheduleFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace borgtide;

namespace {

// A valid schedule object; rows replace parts of it.
const char *validSchedule = R"({
  "name": "Home",
  "repository": {"name": "usb", "location": "/media/usb/borg", "encryption": "repokey"},
  "trigger": {"cron": "0 2 * * *"},
  "sources": ["/home/me/Documents"]
})";

QByteArray fileWith(const QByteArray &schedules)
{
    return R"({"format": "borgtide-schedules", "version": 1, "schedules": [)" + schedules + "]}";
}

// The valid schedule with one top-level field set to `json` (or removed when json is empty).
QByteArray scheduleWith(const char *field, const QByteArray &json)
{
    QByteArray s(validSchedule);
    QJsonObject o = QJsonDocument::fromJson(s).object();
    o.remove(QString::fromLatin1(field));
    QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (!json.isEmpty()) {
        body.chop(1);
        body += ",\"" + QByteArray(field) + "\":" + json + "}";
    }
    return body;
}

QStringList problemTexts(const schedulefile::Contents &c)
{
    QStringList out;
    for (const Problem &p : c.problems)
        out.append(p.text());
    return out;
}

QString exampleFile(const char *name)
{
    return qEnvironmentVariable("BORGTIDE_SOURCE_DIR") + QStringLiteral("/resources/examples/") +
           QString::fromLatin1(name);
}

const char *specExample = R"({
  "format": "borgtide-schedules",
  "version": 1,
  "schedules": [{
    "name": "Home",
    "enabled": true,
    "repository": {"name": "usb", "location": "/media/usb/borg", "encryption": "repokey"},
    "trigger": {"cron": "0 2 * * *"},
    "catch_up_missed": true,
    "sources": ["/home/me/Documents"],
    "excludes": ["*.tmp"],
    "archive_name": "{schedule}-{now}",
    "compression": "lz4",
    "prune": {"keep_daily": 7, "keep_weekly": 4, "keep_monthly": 6},
    "compact": true,
    "check_every_n_jobs": 0,
    "pre_job_hooks": [
      {"name": "DB Dump", "command": "pg_dump mydb > /tmp/dump.sql", "critical": true, "timeout": 300}
    ],
    "post_job_hooks": [
      {"name": "Cleanup", "command": "rm -f /tmp/dump.sql", "run_on_job_failure": true},
      {"name": "Ping", "type": "webhook", "method": "POST", "url": "https://hc.example/{{ secret.HC }}",
       "body": "{\"status\": \"{{ job.status }}\"}", "when": "always"}
    ]
  }]
})";

const char *threeMistakes =
    R"(, "compression": "brotli", "pre_job_hooks": [{"name": "A", "command": "x",
               "timeout": -1}], "post_job_hooks": [{"name": "B", "command": "y", "when": "x"}]})";

// Every field a schedule file gained with several repositories, conditions, events and
// monitors (moc does not like a raw string holding "//" inside a class, so it is out here).
const char *everyNewField = R"({"format": "borgtide-schedules", "version": 1, "schedules": [
          {"name": "3-2-1", "repositories": [
             {"name": "usb", "location": "/media/usb/borg", "encryption": "repokey"},
             {"name": "nas", "location": "/srv/nas/borg/", "encryption": "repokey-blake2"},
             {"name": "offsite", "location": "ssh://me@Backup.Example:22/./borg",
              "encryption": "repokey", "passcommand": "pass show borg/offsite"}],
           "trigger": {"event": "repository_connected", "min_interval_minutes": 1440},
           "conditions": {"on_ac_power": true, "unmetered_network": true,
                          "repository_reachable": true, "allowed_wifi": ["home", "office"],
                          "blocked_wifi": ["café"]},
           "sources": ["~/Documents"], "compact_every_days": 30, "check_every_days": 7,
           "check_every_n_jobs": 10,
           "monitors": [{"type": "healthchecks", "url": "https://hc.example/ping/{{ secret.HC }}"},
                        {"type": "ntfy", "url": "https://ntfy.sh/backups", "on": ["failure"]}],
           "pre_job_hooks": [{"name": "Quiet", "command": "true", "log_output": false}]},
          {"name": "Monthly check", "repository": {"name": "usb", "location": "/media/usb/borg"},
           "trigger": {"cron": "0 3 1 * *"}, "backup": false, "check_every_n_jobs": 1}]})";

void addBadInputRows()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected"); // a problem text the file must produce

    auto row = [](const char *name, const QByteArray &file, const char *expected) {
        QTest::newRow(name) << file << QString::fromUtf8(expected);
    };
    auto field = [&](const char *name, const char *key, const QByteArray &json,
                     const char *expected) {
        row(name, fileWith(scheduleWith(key, json)), expected);
    };
    auto hook = [&](const char *name, const char *list, const QByteArray &hooks,
                    const char *expected) {
        field(name, list, hooks, expected);
    };

    row("malformed JSON", R"({"format": "borgtide-schedules", "version": 1,)", "not valid JSON");
    row("truncated string", "{\"format\": \"borgtide-sch", "not valid JSON");
    row("top level is an array", "[]", "must hold a JSON object");
    row("format missing", R"({"version": 1, "schedules": []})", "format: is required");
    row("format wrong", R"({"format": "vorta", "version": 1, "schedules": []})",
        "format: must be \"borgtide-schedules\"");
    row("newer version", R"({"format": "borgtide-schedules", "version": 2, "schedules": []})",
        "version: this file was made by a newer Borgtide");
    row("version as text", R"({"format": "borgtide-schedules", "version": "1", "schedules": []})",
        "version: must be a positive integer");
    row("schedules not an array",
        R"({"format": "borgtide-schedules", "version": 1, "schedules": {}})",
        "schedules: must be an array");
    row("unknown top-level field",
        R"({"format": "borgtide-schedules", "version": 1, "schedules": [], "comment": 1})",
        "comment: unknown field");
    row("schedule not an object", fileWith("42"), "schedules[0]: must be an object");
    field("name missing", "name", "", "schedules[0].name: is required");
    field("name empty", "name", R"("  ")", "schedules[0].name: must not be empty");
    field("name a number", "name", "7", "schedules[0].name: must be a non-empty string");
    row("duplicate schedule names", fileWith(QByteArray(validSchedule) + "," + validSchedule),
        "schedules[1].name: duplicate schedule name 'Home'");
    field("enabled as text", "enabled", R"("yes")", "schedules[0].enabled: must be true or false");
    field("repository missing", "repository", "", "schedules[0].repository: is required");
    field("repository location missing", "repository", R"({"name": "usb"})",
          "schedules[0].repository.location: is required");
    field("unknown encryption", "repository",
          R"({"name": "usb", "location": "/r", "encryption": "aes"})",
          "schedules[0].repository.encryption: must be one of none, repokey");
    field("passphrase in repository", "repository",
          R"({"name": "usb", "location": "/r", "passphrase": "hunter2"})",
          "schedules[0].repository.passphrase: passphrases are never stored in schedule files");
    field("passphrase in schedule", "passphrase", R"("hunter2")",
          "schedules[0].passphrase: passphrases are never stored in schedule files");
    field("cron with 4 fields", "trigger", R"({"cron": "0 2 * *"})",
          "schedules[0].trigger.cron: expected 5 fields");
    field("cron with 6 fields", "trigger", R"({"cron": "0 0 2 * * *"})",
          "schedules[0].trigger.cron: expected 5 fields");
    field("cron value out of range", "trigger", R"({"cron": "61 2 * * *"})",
          "schedules[0].trigger.cron: minute field");
    field("two trigger kinds", "trigger", R"({"cron": "0 2 * * *", "interval_minutes": 5})",
          "schedules[0].trigger: must be exactly one of");
    field("empty trigger", "trigger", "{}", "schedules[0].trigger: must be exactly one of");
    field("interval zero", "trigger", R"({"interval_minutes": 0})",
          "schedules[0].trigger.interval_minutes: must be an integer of at least 1");
    field("manual false", "trigger", R"({"manual": false})",
          "schedules[0].trigger.manual: must be true");
    field("sources missing", "sources", "", "schedules[0].sources: is required");
    field("sources empty", "sources", "[]", "schedules[0].sources: must list at least one");
    field("source not a string", "sources", "[1]", "schedules[0].sources[0]: must be a string");
    field("excludes not an array", "excludes", R"("*.tmp")",
          "schedules[0].excludes: must be an array of strings");
    field("archive name without a time", "archive_name", R"("{schedule}")",
          "schedules[0].archive_name: must contain {now}, {utcnow} or {uuid4}");
    field("unknown compression", "compression", R"("brotli")",
          "schedules[0].compression: 'brotli' is not a borg compression spec");
    field("negative keep_daily", "prune", R"({"keep_daily": -1})",
          "schedules[0].prune.keep_daily: must be an integer of at least 0");
    field("empty prune", "prune", "{}", "schedules[0].prune: needs keep_within");
    field("bad keep_within", "prune", R"({"keep_within": "7 days"})",
          "schedules[0].prune.keep_within: must be a number and a unit");
    field("unknown prune key", "prune", R"({"keep_daily": 7, "keep_forever": true})",
          "schedules[0].prune.keep_forever: unknown field");
    field("fractional check_every_n_jobs", "check_every_n_jobs", "1.5",
          "schedules[0].check_every_n_jobs: must be an integer of at least 0");
    hook("negative timeout", "pre_job_hooks",
         R"([{"name": "A", "command": "true"}, {"name": "B", "command": "true", "timeout": -5}])",
         "schedules[0].pre_job_hooks[1].timeout: must be a positive integer");
    hook("timeout as text", "pre_job_hooks",
         R"([{"name": "A", "command": "true", "timeout": "300"}])",
         "schedules[0].pre_job_hooks[0].timeout: must be a positive integer");
    hook("zero timeout", "post_job_hooks", R"([{"name": "A", "command": "true", "timeout": 0}])",
         "schedules[0].post_job_hooks[0].timeout: must be a positive integer");
    hook("hook without command", "pre_job_hooks", R"([{"name": "A"}])",
         "schedules[0].pre_job_hooks[0].command: is required");
    hook("hook with empty command", "pre_job_hooks", R"([{"name": "A", "command": " "}])",
         "schedules[0].pre_job_hooks[0].command: must not be empty");
    hook("hook without name", "post_job_hooks", R"([{"command": "true"}])",
         "schedules[0].post_job_hooks[0].name: is required");
    hook("duplicate hook names", "pre_job_hooks",
         R"([{"name": "Dump", "command": "a"}, {"name": "Dump", "command": "b"}])",
         "schedules[0].pre_job_hooks[1].name: duplicate name 'Dump' in pre_job_hooks");
    hook("when on a pre-hook", "pre_job_hooks",
         R"([{"name": "A", "command": "true", "when": "always"}])",
         "schedules[0].pre_job_hooks[0].when: only post-job hooks have 'when'");
    hook("run_on_job_failure on a pre-hook", "pre_job_hooks",
         R"([{"name": "A", "command": "true", "run_on_job_failure": true}])",
         "schedules[0].pre_job_hooks[0].run_on_job_failure: only post-job hooks can run on job "
         "failure");
    hook("when and run_on_job_failure disagree", "post_job_hooks",
         R"([{"name": "A", "command": "true", "when": "success", "run_on_job_failure": true}])",
         "schedules[0].post_job_hooks[0].run_on_job_failure: true disagrees with \"when\": "
         "\"success\"");
    hook("unknown when", "post_job_hooks",
         R"([{"name": "A", "command": "true", "when": "sometimes"}])",
         "schedules[0].post_job_hooks[0].when: must be \"success\", \"always\" or \"failure\"");
    hook("critical as text", "pre_job_hooks",
         R"([{"name": "A", "command": "true", "critical": "true"}])",
         "schedules[0].pre_job_hooks[0].critical: must be true or false");
    hook("unknown hook field", "pre_job_hooks",
         R"([{"name": "A", "command": "true", "priority": 1}])",
         "schedules[0].pre_job_hooks[0].priority: unknown field");
    hook("unknown hook type", "pre_job_hooks",
         R"([{"name": "A", "command": "true", "type": "script"}])",
         "schedules[0].pre_job_hooks[0].type: must be \"command\" or \"webhook\"");
    hook("hooks not an array", "pre_job_hooks", R"({"name": "A", "command": "true"})",
         "schedules[0].pre_job_hooks: must be an array of hook objects");
    hook(
        "unknown placeholder in webhook body", "post_job_hooks",
        R"([{"name": "W", "type": "webhook", "url": "https://x.example/", "body": "{{ job.foo }}"}])",
        "schedules[0].post_job_hooks[0].body: unknown placeholder {{ job.foo }}");
    hook("unclosed placeholder in url", "post_job_hooks",
         R"([{"name": "W", "type": "webhook", "url": "https://x.example/{{ job.id"}])",
         "schedules[0].post_job_hooks[0].url: '{{' at character 19 is not closed");
    hook("webhook DELETE", "post_job_hooks",
         R"([{"name": "W", "type": "webhook", "url": "https://x.example/", "method": "DELETE"}])",
         "schedules[0].post_job_hooks[0].method: must be GET, POST or PUT");
    hook("webhook without url", "post_job_hooks", R"([{"name": "W", "type": "webhook"}])",
         "schedules[0].post_job_hooks[0].url: is required");
    hook("webhook url not http", "post_job_hooks",
         R"([{"name": "W", "type": "webhook", "url": "ftp://x.example/"}])",
         "schedules[0].post_job_hooks[0].url: must start with http:// or https://");
    hook("command hook with url", "pre_job_hooks",
         R"([{"name": "A", "command": "true", "url": "https://x.example/"}])",
         "schedules[0].pre_job_hooks[0].url: only webhook hooks have 'url'");
    hook("BORG_PASSPHRASE in environment_vars", "pre_job_hooks",
         R"([{"name": "A", "command": "true", "environment_vars": {"BORG_PASSPHRASE": "x"}}])",
         "schedules[0].pre_job_hooks[0].environment_vars.BORG_PASSPHRASE: passphrases are never "
         "stored in schedule files");
    hook("job placeholder in environment_vars", "pre_job_hooks",
         R"([{"name": "A", "command": "true", "environment_vars": {"X": "{{ job.id }}"}}])",
         "schedules[0].pre_job_hooks[0].environment_vars.X: only {{ secret.NAME }} placeholders");
    hook("environment value not a string", "pre_job_hooks",
         R"([{"name": "A", "command": "true", "environment_vars": {"N": 5}}])",
         "schedules[0].pre_job_hooks[0].environment_vars.N: must be a string");
    hook("bad secret name", "post_job_hooks",
         R"([{"name": "W", "type": "webhook", "url": "https://x.example/{{ secret.1abc }}"}])",
         "schedules[0].post_job_hooks[0].url: invalid secret name");
    field("notification with when", "notifications",
          R"([{"name": "N", "url": "https://x.example/", "when": "always"}])",
          "schedules[0].notifications[0].when: notification webhooks have no 'when'");
    field("notification command", "notifications",
          R"([{"name": "N", "type": "command", "command": "x"}])",
          "schedules[0].notifications[0].type: notifications are webhooks");
    row("same prefix on one repository location",
        fileWith(QByteArray(validSchedule) + "," +
                 R"({"name": "Work", "archive_name": "Home-{now}",
                    "repository": {"name": "usb", "location": "/media/usb/borg"},
                    "trigger": {"manual": true}, "sources": ["/w"]})"),
        "schedules[1].archive_name: archive names starting 'Home-' could be mixed up with those "
        "of schedule 'Home'");
    // the fields of several repositories, conditions, events and monitors (SPEC 5)
    row("repositories not an array",
        fileWith(R"({"name": "H", "repositories": {"name": "a", "location": "/a"},
                    "trigger": {"manual": true}, "sources": ["/s"]})"),
        "schedules[0].repositories: must be an array of repository objects");
    row("repository and repositories",
        fileWith(R"({"name": "H", "repository": {"name": "a", "location": "/a"},
                    "repositories": [{"name": "b", "location": "/b"}],
                    "trigger": {"manual": true}, "sources": ["/s"]})"),
        "schedules[0].repositories: give either 'repository' or 'repositories', not both");
    row("no repositories",
        fileWith(R"({"name": "H", "repositories": [], "trigger": {"manual": true},
                    "sources": ["/s"]})"),
        "schedules[0].repositories: must hold 1 to 8 repositories");
    row("one name twice in a schedule",
        fileWith(R"({"name": "H", "repositories": [{"name": "a", "location": "/a"},
                    {"name": "a", "location": "/b"}], "trigger": {"manual": true},
                    "sources": ["/s"]})"),
        "schedules[0].repositories[1].name: is the name of repositories[0] already");
    field("unknown event", "trigger", R"({"event": "plugged"})",
          "schedules[0].trigger.event: must be \"repository_connected\", \"startup\" or "
          "\"resume\"");
    field("min_interval on a cron trigger", "trigger",
          R"({"cron": "0 2 * * *", "min_interval_minutes": 5})",
          "schedules[0].trigger.min_interval_minutes: only event triggers have "
          "'min_interval_minutes'");
    field("negative min_interval", "trigger", R"({"event": "startup", "min_interval_minutes": -1})",
          "schedules[0].trigger.min_interval_minutes: must be an integer of at least 0");
    field("event and cron", "trigger", R"({"event": "startup", "cron": "0 2 * * *"})",
          "schedules[0].trigger: must be exactly one of");
    field("unknown condition", "conditions", R"({"on_battery": true})",
          "schedules[0].conditions.on_battery: unknown field");
    field("condition as text", "conditions", R"({"on_ac_power": "yes"})",
          "schedules[0].conditions.on_ac_power: must be true or false");
    field("wifi list not an array", "conditions", R"({"allowed_wifi": "home"})",
          "schedules[0].conditions.allowed_wifi: must be an array of strings");
    field("empty SSID", "conditions", R"({"blocked_wifi": [""]})",
          "schedules[0].conditions.blocked_wifi[0]: must not be empty");
    field("backup as text", "backup", R"("no")", "schedules[0].backup: must be true or false");
    field("relative source", "sources", R"(["Documents"])",
          "schedules[0].sources[0]: must be an absolute path or start with ~/");
    field("check_every_days negative", "check_every_days", "-1",
          "schedules[0].check_every_days: must be an integer of at least 0 (0: off)");
    field("compact_every_days as text", "compact_every_days", R"("weekly")",
          "schedules[0].compact_every_days: must be an integer of at least 0 (0: off)");
    field("monitor type unknown", "monitors", R"([{"type": "pagerduty", "url": "https://x/"}])",
          "schedules[0].monitors[0].type: must be one of healthchecks, ntfy, uptime_kuma, gotify, "
          "discord, slack");
    field("monitor without url", "monitors", R"([{"type": "ntfy"}])",
          "schedules[0].monitors[0].url: is required");
    field("monitor url not http", "monitors", R"([{"type": "ntfy", "url": "ftp://x/t"}])",
          "schedules[0].monitors[0].url: must start with http:// or https://");
    field("monitor url with a job placeholder", "monitors",
          R"([{"type": "ntfy", "url": "https://x/{{ job.id }}"}])",
          "schedules[0].monitors[0].url: only {{ secret.NAME }} placeholders are allowed here");
    field("monitor outcome unknown", "monitors",
          R"([{"type": "slack", "url": "https://x/", "on": ["done"]}])",
          "schedules[0].monitors[0].on[0]: must be one of success, warning, failure, skipped");
    field("monitor outcomes empty", "monitors",
          R"([{"type": "slack", "url": "https://x/", "on": []}])",
          "schedules[0].monitors[0].on: must list at least one of");
    field("monitor unknown field", "monitors",
          R"([{"type": "slack", "url": "https://x/", "channel": "#b"}])",
          "schedules[0].monitors[0].channel: unknown field");
    hook("log_output as text", "pre_job_hooks",
         R"([{"name": "A", "command": "x", "log_output": "no"}])",
         "schedules[0].pre_job_hooks[0].log_output: must be true or false");
    hook("hook array as a string that is not JSON", "pre_job_hooks", "\"[{\\\"name\\\": \"",
         "schedules[0].pre_job_hooks: holds a string that is not valid JSON");
    hook("problem inside a hook array given as a string", "post_job_hooks",
         "\"[{\\\"name\\\": \\\"A\\\", \\\"command\\\": \\\"x\\\", \\\"timeout\\\": 0}]\"",
         "schedules[0].post_job_hooks[0].timeout: must be a positive integer");
    row("one location, two repository names",
        fileWith(QByteArray(validSchedule) + "," +
                 R"({"name": "Work", "repository": {"name": "disk", "location": "/media/usb/borg/"},
                    "trigger": {"manual": true}, "sources": ["/w"]})"),
        "schedules[1].repository.name: location '/media/usb/borg' is repository 'usb' in "
        "schedules[0]; one location has one repository name");
    row("one repository name, two locations",
        fileWith(QByteArray(validSchedule) + "," +
                 R"({"name": "Work", "repository": {"name": "usb", "location": "/elsewhere"},
                    "trigger": {"manual": true}, "sources": ["/w"]})"),
        "schedules[1].repository.location: repository 'usb' is at '/media/usb/borg'");
}

} // namespace

class TestScheduleFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validMinimalFileGetsDefaults()
    {
        const auto c = schedulefile::parse(fileWith(validSchedule));
        QVERIFY2(c.problems.isEmpty(), qPrintable(problemTexts(c).join(u'\n')));
        QCOMPARE(c.schedules.size(), 1);
        const Schedule &s = c.schedules.first();
        QCOMPARE(s.name, QStringLiteral("Home"));
        QVERIFY(s.enabled);
        QVERIFY(s.catchUpMissed);
        QCOMPARE(s.archiveName, QStringLiteral("{schedule}-{now}"));
        QCOMPARE(s.compression, QStringLiteral("lz4"));
        QVERIFY(!s.prune.has_value());
        QVERIFY(!s.compact);
        QCOMPARE(s.checkEveryNJobs, 0);
        QCOMPARE(s.trigger.kind, TriggerKind::Cron);
        QCOMPARE(s.trigger.cron, QStringLiteral("0 2 * * *"));
    }

    void specExampleIsAccepted()
    {
        // The example of SPEC section 5, verbatim.
        const QByteArray spec = specExample;
        const auto c = schedulefile::parse(spec);
        QVERIFY2(c.problems.isEmpty(), qPrintable(problemTexts(c).join(u'\n')));
        const Schedule &s = c.schedules.first();
        QCOMPARE(s.preHooks.size(), 1);
        QVERIFY(s.preHooks.first().critical);
        QCOMPARE(s.postHooks.size(), 2);
        QCOMPARE(s.postHooks.at(0).when, HookWhen::Always); // run_on_job_failure: true
        QCOMPARE(s.postHooks.at(1).type, HookType::Webhook);
        QCOMPARE(s.postHooks.at(1).timeoutSecs, 30); // webhook default
        QCOMPARE(s.prune->keepDaily, std::optional<int>(7));
        QVERIFY(!s.prune->keepYearly.has_value());
    }

    void borgitoryHookArraysPasteAsIs()
    {
        // Borgitory's API example (reference/003, "Creating Hooks via API"), its arrays pasted.
        const QByteArray pre = R"([{"name":"DB Dump","command":"pg_dump mydb","critical":true}])";
        const QByteArray post =
            "[{\"name\":\"Cleanup\",\"command\":\"rm /tmp/*\",\"run_on_job_failure\":true}]";
        QByteArray s(validSchedule);
        s.chop(1);
        s += ",\"pre_job_hooks\":" + pre + ",\"post_job_hooks\":" + post + "}";
        const auto c = schedulefile::parse(fileWith(s));
        QVERIFY2(c.problems.isEmpty(), qPrintable(problemTexts(c).join(u'\n')));
        const Hook &dump = c.schedules.first().preHooks.first();
        QCOMPARE(dump.name, QStringLiteral("DB Dump"));
        QVERIFY(dump.critical);
        QCOMPARE(dump.timeoutSecs, 300);
        QVERIFY(dump.continueOnFailure);
        QCOMPARE(c.schedules.first().postHooks.first().when, HookWhen::Always);
    }

    void borgitoryStoredShapesImport()
    {
        // what Borgitory's web form writes (run_on_job_failure false on pre-hooks too), its full
        // HookConfig (timeout, shell, working_directory null, environment_vars,
        // continue_on_failure, log_output), and its API's JSON string form (SPEC 5)
        const QByteArray form =
            R"([{"name": "Dump", "command": "pg_dump db", "critical": true,
                 "run_on_job_failure": false}])";
        const QByteArray config =
            QJsonDocument(
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Ping")},
                                       {QStringLiteral("command"), QStringLiteral("curl x")},
                                       {QStringLiteral("critical"), false},
                                       {QStringLiteral("run_on_job_failure"), true},
                                       {QStringLiteral("timeout"), 60},
                                       {QStringLiteral("shell"), QJsonValue()},
                                       {QStringLiteral("working_directory"), QJsonValue()},
                                       {QStringLiteral("environment_vars"), QJsonObject{}},
                                       {QStringLiteral("continue_on_failure"), true},
                                       {QStringLiteral("log_output"), false}}})
                .toJson(QJsonDocument::Compact);
        QByteArray s(validSchedule);
        s.chop(1);
        s += ",\"pre_job_hooks\":" + form + ",\"post_job_hooks\":" +
             QJsonDocument(QJsonArray{QString::fromUtf8(config)})
                 .toJson(QJsonDocument::Compact)
                 .mid(1)
                 .chopped(1) +
             ",\"notifications\":\"\"}";
        const auto c = schedulefile::parse(fileWith(s));
        QVERIFY2(c.problems.isEmpty(), qPrintable(problemTexts(c).join(u'\n')));
        const Schedule &sc = c.schedules.first();
        QCOMPARE(sc.preHooks.size(), 1);
        QVERIFY(sc.preHooks.first().critical);
        QCOMPARE(sc.postHooks.size(), 1);
        const Hook &ping = sc.postHooks.first();
        QCOMPARE(ping.when, HookWhen::Always);
        QCOMPARE(ping.timeoutSecs, 60);
        QVERIFY(ping.shell.isEmpty()); // null: this machine's default shell
        QVERIFY(ping.workingDirectory.isEmpty());
        QVERIFY(!ping.logOutput);
        QVERIFY(sc.notifications.isEmpty()); // "" means []
    }

    void everyNewFieldRoundTrips()
    {
        const QByteArray file = everyNewField;
        const auto first = schedulefile::parse(file);
        QVERIFY2(first.problems.isEmpty(), qPrintable(problemTexts(first).join(u'\n')));
        const Schedule &s = first.schedules.first();
        QCOMPARE(s.repositories.size(), 3);
        QCOMPARE(s.repositories.at(1).location, QStringLiteral("/srv/nas/borg"));
        QCOMPARE(s.repositories.at(2).location, QStringLiteral("ssh://me@backup.example/borg"));
        QCOMPARE(s.trigger.kind, TriggerKind::Event);
        QCOMPARE(s.trigger.minIntervalMinutes, 1440);
        QCOMPARE(s.conditions.blockedWifi, QStringList{QStringLiteral("café")});
        QCOMPARE(s.monitors.at(1).on, QStringList{QStringLiteral("failure")});
        QVERIFY(!s.preHooks.first().logOutput);
        QVERIFY(!first.schedules.at(1).backup);
        QVERIFY(first.schedules.at(1).sources.isEmpty());
        const QByteArray written = schedulefile::write(first.schedules, {});
        const auto second = schedulefile::parse(written);
        QVERIFY2(second.problems.isEmpty(), qPrintable(problemTexts(second).join(u'\n')));
        QCOMPARE(second.schedules.size(), 2);
        QVERIFY(second.schedules.at(0) == first.schedules.at(0));
        QVERIFY(second.schedules.at(1) == first.schedules.at(1));
        // one repository is written as "repository", several as "repositories"
        QVERIFY(written.contains("\"repositories\""));
        QVERIFY(written.contains("\"repository\""));
    }

    void badInput_data() { addBadInputRows(); }

    void badInput()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        const auto c = schedulefile::parse(file);
        const QStringList texts = problemTexts(c);
        bool found = false;
        for (const QString &t : texts)
            found = found || t.contains(expected);
        QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\" among:\n  %2")
                                       .arg(expected, texts.join(QStringLiteral("\n  ")))));
    }

    void everyProblemIsNamed()
    {
        // Three independent mistakes in one file are all reported, each with its path.
        QByteArray s(validSchedule);
        s.chop(1);
        s += threeMistakes;
        const QStringList texts = problemTexts(schedulefile::parse(fileWith(s)));
        QCOMPARE(texts.size(), 3);
        // sorted by path
        QVERIFY(texts.at(0).startsWith(QLatin1String("schedules[0].compression:")));
        QVERIFY(texts.at(1).startsWith(QLatin1String("schedules[0].post_job_hooks[0].when:")));
        QVERIFY(texts.at(2).startsWith(QLatin1String("schedules[0].pre_job_hooks[0].timeout:")));
    }

    void wrongTypeIsReportedOnce()
    {
        const QStringList texts =
            problemTexts(schedulefile::parse(fileWith(scheduleWith("sources", "\"/home\""))));
        QCOMPARE(texts,
                 QStringList{QStringLiteral("schedules[0].sources: must be an array of strings")});
    }

    void roundTripOfExamples_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("postgresql") << exampleFile("postgresql-dump.borgtide.json");
        QTest::newRow("laptop") << exampleFile("laptop-home.borgtide.json");
    }

    void roundTripOfExamples()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const auto first = schedulefile::parse(f.readAll());
        QVERIFY2(first.problems.isEmpty(), qPrintable(problemTexts(first).join(u'\n')));
        QVERIFY(!first.schedules.isEmpty());
        const QByteArray written =
            schedulefile::write(first.schedules, QDateTime::currentDateTime());
        const auto second = schedulefile::parse(written);
        QVERIFY2(second.problems.isEmpty(), qPrintable(problemTexts(second).join(u'\n')));
        QCOMPARE(second.schedules.size(), first.schedules.size());
        for (qsizetype i = 0; i < first.schedules.size(); ++i)
            QVERIFY2(second.schedules.at(i) == first.schedules.at(i),
                     qPrintable(first.schedules.at(i).name));
        // writing is stable
        QCOMPARE(schedulefile::write(second.schedules, {}),
                 schedulefile::write(first.schedules, {}));
    }

    void writtenFileKeepsFieldOrderAndWhen()
    {
        const auto c = schedulefile::parse(fileWith(scheduleWith(
            "post_job_hooks",
            R"([{"name": "Cleanup", "command": "rm x", "run_on_job_failure": true}])")));
        QVERIFY(c.problems.isEmpty());
        const QByteArray out = schedulefile::write(c.schedules, {});
        QVERIFY(out.indexOf("\"format\"") < out.indexOf("\"version\""));
        QVERIFY(out.indexOf("\"version\"") < out.indexOf("\"schedules\""));
        QVERIFY(out.contains("\"when\": \"always\""));
        QVERIFY(!out.contains("run_on_job_failure"));
        QVERIFY(!out.contains("exported_at"));
    }

    void pruneGlobs()
    {
        using namespace archivename;
        QCOMPARE(prefix(QStringLiteral("{schedule}-{now}"), QStringLiteral("Home")),
                 QStringLiteral("Home-"));
        QCOMPARE(prefix(QStringLiteral("{schedule}-{now}"), QStringLiteral("My Docs")),
                 QStringLiteral("My-Docs-"));
        QCOMPARE(pruneGlob(QStringLiteral("{schedule}-{now}"), QStringLiteral("Home"), {}),
                 QStringLiteral("Home-*"));
        // "Home (2)" on the same location: Home's glob must not match "Home-(2)-…"
        const QString glob = pruneGlob(QStringLiteral("{schedule}-{now}"), QStringLiteral("Home"),
                                       {QStringLiteral("Home-(2)-")});
        QVERIFY(glob.startsWith(QLatin1String("Home-[0-9]")));
        QVERIFY(!pruneCouldTouch(QStringLiteral("{schedule}-{now}"), QStringLiteral("Home"),
                                 QStringLiteral("{schedule}-{now}"), QStringLiteral("Home (2)")));
        QVERIFY(pruneCouldTouch(QStringLiteral("{schedule}-{now}"), QStringLiteral("Home"),
                                QStringLiteral("Home-{now}"), QStringLiteral("Other")));
        QVERIFY(pruneCouldTouch(QStringLiteral("{schedule}{now}"), QStringLiteral("Home"),
                                QStringLiteral("Home-x{now}"), QStringLiteral("Other")) == false);
        QVERIFY(pruneCouldTouch(QStringLiteral("{schedule}-{uuid4}"), QStringLiteral("a"),
                                QStringLiteral("a-{uuid4}-x"), QStringLiteral("b")));
    }
};

QTEST_GUILESS_MAIN(TestScheduleFile)
#include "tst_schedulefile.moc"
