#include "models/ScheduleFile.h"

#include "models/ArchiveName.h"
#include "models/JsonScan.h"
#include "models/JsonWriter.h"
#include "models/Template.h"
#include "models/TimeFormat.h"
#include "models/cron/CronExpression.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace borgtide::schedulefile {

namespace {

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

bool isPassphraseKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("passphrase")) || k == QLatin1String("borg_passcommand");
}

// Spaces around a name are dropped; anything else (a newline, a tab) stays, to be refused.
QString trimSpaces(const QString &text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && text.at(from) == QLatin1Char(' '))
        ++from;
    while (to > from && text.at(to - 1) == QLatin1Char(' '))
        --to;
    return text.mid(from, to - from);
}

const QString &passphraseMessage()
{
    static const QString m = QStringLiteral("passphrases are never stored in schedule files");
    return m;
}

// Reads the fields of one JSON object, recording each problem with its path, and at the end
// reports every field nobody asked for as unknown.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, Problems &problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    QString path(const QString &key) const { return join(m_path, key); }
    // `null` for an optional field means "absent" (Borgitory writes working_directory: null).
    bool has(const QString &key)
    {
        m_seen.insert(key);
        const auto it = m_object.constFind(key);
        return it != m_object.constEnd() && !it->isNull();
    }
    QJsonValue raw(const QString &key)
    {
        m_seen.insert(key);
        return m_object.value(key);
    }
    void problem(const QString &key, const QString &message)
    {
        m_problems.append({path(key), message});
    }
    void required(const QString &key) { problem(key, QStringLiteral("is required")); }

    std::optional<QString> string(const QString &key, bool required, bool nonEmpty)
    {
        if (!has(key)) {
            if (required)
                this->required(key);
            return std::nullopt;
        }
        const QJsonValue v = m_object.value(key);
        if (!v.isString()) {
            problem(key, nonEmpty ? QStringLiteral("must be a non-empty string")
                                  : QStringLiteral("must be a string"));
            return std::nullopt;
        }
        if (nonEmpty && v.toString().trimmed().isEmpty()) {
            problem(key, QStringLiteral("must not be empty"));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<bool> boolean(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isBool()) {
            problem(key, QStringLiteral("must be true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    // An integer >= minimum; `message` describes the expectation. Above `maximum`:
    // `tooLarge`, or `message` when that is empty.
    std::optional<int> integer(const QString &key, int minimum, const QString &message,
                               int maximum = 2147483647, const QString &tooLarge = {})
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || d < minimum) {
            problem(key, message);
            return std::nullopt;
        }
        if (d > maximum) {
            problem(key, tooLarge.isEmpty() ? message : tooLarge);
            return std::nullopt;
        }
        return int(d);
    }

    std::optional<QStringList> stringList(const QString &key, bool nonEmptyItems)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isArray()) {
            problem(key, QStringLiteral("must be an array of strings"));
            return std::nullopt;
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        bool ok = true;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                m_problems.append({index(path(key), i), QStringLiteral("must be a string")});
                ok = false;
            } else if (nonEmptyItems && a.at(i).toString().trimmed().isEmpty()) {
                m_problems.append({index(path(key), i), QStringLiteral("must not be empty")});
                ok = false;
            } else {
                out.append(a.at(i).toString());
            }
        }
        return ok ? std::optional<QStringList>(out) : std::nullopt;
    }

    // A JSON object whose values are all strings, in the file's order is lost by QJsonObject;
    // keys come back sorted, which is fine for environment variables and headers.
    std::optional<KeyValueList> stringMap(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isObject()) {
            problem(key, QStringLiteral("must be an object of strings"));
            return std::nullopt;
        }
        KeyValueList out;
        const QJsonObject o = v.toObject();
        bool ok = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = join(path(key), it.key());
            if (isPassphraseKey(it.key())) {
                m_problems.append({p, passphraseMessage()});
                ok = false;
            } else if (!it.value().isString()) {
                m_problems.append({p, QStringLiteral("must be a string")});
                ok = false;
            } else {
                out.append({it.key(), it.value().toString()});
            }
        }
        return ok ? std::optional<KeyValueList>(out) : std::nullopt;
    }

    void finish()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (m_seen.contains(it.key()))
                continue;
            if (isPassphraseKey(it.key()))
                problem(it.key(), passphraseMessage());
            else
                problem(it.key(), QStringLiteral("unknown field"));
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    Problems &m_problems;
    QSet<QString> m_seen;
};

const QStringList &webhookOnlyFields()
{
    static const QStringList f{QStringLiteral("method"), QStringLiteral("url"),
                               QStringLiteral("headers"), QStringLiteral("body")};
    return f;
}

void readWebhookFields(ObjectReader &r, Hook &hook)
{
    if (const auto v = r.string(QStringLiteral("method"), false, true)) {
        const QString m = v->trimmed().toUpper();
        if (m == QLatin1String("GET") || m == QLatin1String("POST") || m == QLatin1String("PUT"))
            hook.method = m;
        else
            r.problem(QStringLiteral("method"), QStringLiteral("must be GET, POST or PUT"));
    }
    if (const auto v = r.string(QStringLiteral("url"), true, true))
        hook.url = *v;
    if (const auto v = r.stringMap(QStringLiteral("headers")))
        hook.headers = *v;
    if (const auto v = r.string(QStringLiteral("body"), false, false))
        hook.body = *v;
}

Hook readHook(const QJsonValue &value, std::optional<HookPhase> phase, const QString &path,
              Problems &problems)
{
    Hook hook;
    if (!value.isObject()) {
        problems.append({path, QStringLiteral("must be an object")});
        return hook;
    }
    ObjectReader r(value.toObject(), path, problems);
    const bool notification = !phase.has_value();

    if (const auto t = r.string(QStringLiteral("type"), false, true)) {
        const auto type = hookTypeFromString(*t);
        if (!type)
            r.problem(QStringLiteral("type"), QStringLiteral("must be \"command\" or \"webhook\""));
        else if (notification && *type != HookType::Webhook)
            r.problem(QStringLiteral("type"),
                      QStringLiteral("notifications are webhooks: must be \"webhook\""));
        else
            hook.type = *type;
    } else if (notification) {
        hook.type = HookType::Webhook;
    }
    const bool webhook = hook.type == HookType::Webhook;
    hook.timeoutSecs = webhook ? Hook::DefaultWebhookTimeout : Hook::DefaultCommandTimeout;

    if (const auto v = r.string(QStringLiteral("name"), true, true))
        hook.name = *v;
    if (const auto v = r.boolean(QStringLiteral("enabled")))
        hook.enabled = *v;
    const int maxTimeout = webhook ? Hook::MaxWebhookTimeout : Hook::MaxCommandTimeout;
    if (const auto v =
            r.integer(QStringLiteral("timeout"), 1, QStringLiteral("must be a positive integer"),
                      maxTimeout, QStringLiteral("must be at most %1 seconds").arg(maxTimeout)))
        hook.timeoutSecs = *v;

    if (webhook) {
        readWebhookFields(r, hook);
        if (r.has(QStringLiteral("command")))
            r.problem(QStringLiteral("command"),
                      QStringLiteral("webhook hooks have a url, not a command"));
    } else {
        if (const auto v = r.string(QStringLiteral("command"), true, true))
            hook.command = *v;
        for (const QString &f : webhookOnlyFields()) {
            if (r.has(f))
                r.problem(f, QStringLiteral("only webhook hooks have '%1'").arg(f));
        }
    }

    if (notification) {
        for (const char *f : {"critical", "when", "run_on_job_failure", "continue_on_failure",
                              "shell", "working_directory", "environment_vars", "log_output"}) {
            const QString key = QString::fromLatin1(f);
            if (r.has(key))
                r.problem(key, QStringLiteral("notification webhooks have no '%1'").arg(key));
        }
        r.finish();
        return hook;
    }

    if (const auto v = r.boolean(QStringLiteral("critical")))
        hook.critical = *v;
    if (const auto v = r.boolean(QStringLiteral("continue_on_failure")))
        hook.continueOnFailure = *v;
    if (const auto v = r.boolean(QStringLiteral("log_output")))
        hook.logOutput = *v;
    if (!webhook) {
        if (const auto v = r.string(QStringLiteral("shell"), false, true))
            hook.shell = *v;
        if (const auto v = r.string(QStringLiteral("working_directory"), false, false))
            hook.workingDirectory = *v;
        if (const auto v = r.stringMap(QStringLiteral("environment_vars")))
            hook.environmentVars = *v;
    } else {
        for (const char *f : {"shell", "working_directory", "environment_vars"}) {
            const QString key = QString::fromLatin1(f);
            if (r.has(key))
                r.problem(key, QStringLiteral("only command hooks have '%1'").arg(key));
        }
    }

    const bool hasWhen = r.has(QStringLiteral("when"));
    const bool hasRun = r.has(QStringLiteral("run_on_job_failure"));
    if (*phase == HookPhase::Pre) {
        if (hasWhen)
            r.problem(QStringLiteral("when"), QStringLiteral("only post-job hooks have 'when'"));
        // Borgitory's form writes run_on_job_failure: false for pre-hooks too; it means nothing
        if (hasRun) {
            const auto run = r.boolean(QStringLiteral("run_on_job_failure"));
            if (run && *run)
                r.problem(QStringLiteral("run_on_job_failure"),
                          QStringLiteral("only post-job hooks can run on job failure"));
        }
    } else {
        std::optional<HookWhen> when;
        if (const auto v = r.string(QStringLiteral("when"), false, true)) {
            when = hookWhenFromString(*v);
            if (!when)
                r.problem(QStringLiteral("when"),
                          QStringLiteral("must be \"success\", \"always\" or \"failure\""));
        }
        const auto run = r.boolean(QStringLiteral("run_on_job_failure"));
        if (when && run) {
            const HookWhen implied = *run ? HookWhen::Always : HookWhen::Success;
            if (*when != implied)
                r.problem(QStringLiteral("run_on_job_failure"),
                          QStringLiteral("%1 disagrees with \"when\": \"%2\"")
                              .arg(*run ? QStringLiteral("true") : QStringLiteral("false"),
                                   toText(*when)));
        }
        if (when)
            hook.when = *when;
        else if (run)
            hook.when = *run ? HookWhen::Always : HookWhen::Success;
    }
    r.finish();
    return hook;
}

Repository readRepositoryObject(const QJsonValue &v, const QString &path, Problems &problems)
{
    Repository repo;
    if (!v.isObject()) {
        problems.append({path, QStringLiteral("must be an object with name, location and "
                                              "encryption")});
        return repo;
    }
    ObjectReader r(v.toObject(), path, problems);
    if (const auto s = r.string(QStringLiteral("name"), true, true))
        repo.name = trimSpaces(*s);
    if (const auto s = r.string(QStringLiteral("location"), true, true))
        repo.location = repositorylocation::normalize(*s);
    if (const auto s = r.string(QStringLiteral("encryption"), false, true)) {
        if (Repository::encryptionModes().contains(*s))
            repo.encryption = *s;
        else
            r.problem(QStringLiteral("encryption"),
                      QStringLiteral("must be one of %1")
                          .arg(Repository::encryptionModes().join(QStringLiteral(", "))));
    }
    if (const auto s = r.string(QStringLiteral("passcommand"), false, false))
        repo.passcommand = *s;
    r.finish();
    return repo;
}

// `repository` (one object) or `repositories` (1 to 8); *listForm tells which the file used.
QList<Repository> readRepositories(ObjectReader &parent, Problems &problems, bool *listForm)
{
    const QString one = QStringLiteral("repository");
    const QString many = QStringLiteral("repositories");
    const bool hasOne = parent.has(one);
    const bool hasMany = parent.has(many);
    *listForm = hasMany && !hasOne;
    if (hasOne && hasMany) {
        parent.problem(many,
                       QStringLiteral("give either 'repository' or 'repositories', not both"));
        return {readRepositoryObject(parent.raw(one), parent.path(one), problems)};
    }
    if (!hasOne && !hasMany) {
        parent.required(one);
        return {};
    }
    if (hasOne)
        return {readRepositoryObject(parent.raw(one), parent.path(one), problems)};
    const QJsonValue v = parent.raw(many);
    if (!v.isArray()) {
        parent.problem(many, QStringLiteral("must be an array of repository objects"));
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.isEmpty() || a.size() > Schedule::MaxRepositories) {
        parent.problem(
            many, QStringLiteral("must hold 1 to %1 repositories").arg(Schedule::MaxRepositories));
        return {};
    }
    QList<Repository> out;
    for (qsizetype i = 0; i < a.size(); ++i)
        out.append(readRepositoryObject(a.at(i), index(parent.path(many), i), problems));
    return out;
}

Trigger readTrigger(ObjectReader &parent, Problems &problems)
{
    Trigger trigger;
    const QString key = QStringLiteral("trigger");
    if (!parent.has(key)) {
        parent.required(key);
        return trigger;
    }
    const QJsonValue v = parent.raw(key);
    const QString oneOf =
        QStringLiteral("must be exactly one of {\"cron\": \"…\"}, {\"interval_minutes\": N}, "
                       "{\"manual\": true}, {\"event\": \"repository_connected\" | \"startup\" | "
                       "\"resume\"}");
    if (!v.isObject()) {
        parent.problem(key, oneOf);
        return trigger;
    }
    const QJsonObject o = v.toObject();
    ObjectReader r(o, parent.path(key), problems);
    const char *const kindKeys[] = {"cron", "interval_minutes", "manual", "event"};
    int kinds = 0;
    for (const char *k : kindKeys)
        kinds += int(o.contains(QString::fromLatin1(k)));
    if (kinds != 1) {
        for (const char *f : kindKeys)
            r.has(QString::fromLatin1(f));
        r.has(QStringLiteral("min_interval_minutes"));
        parent.problem(key, oneOf);
        r.finish();
        return trigger;
    }
    if (o.contains(QStringLiteral("cron"))) {
        if (const auto s = r.string(QStringLiteral("cron"), true, true)) {
            trigger.kind = TriggerKind::Cron;
            trigger.cron = s->trimmed();
        }
    } else if (o.contains(QStringLiteral("interval_minutes"))) {
        if (const auto n = r.integer(QStringLiteral("interval_minutes"), 1,
                                     QStringLiteral("must be an integer of at least 1"))) {
            trigger.kind = TriggerKind::Interval;
            trigger.intervalMinutes = *n;
        }
    } else if (o.contains(QStringLiteral("event"))) {
        if (const auto e = r.string(QStringLiteral("event"), true, true)) {
            if (const auto event = triggerEventFromString(*e)) {
                trigger.kind = TriggerKind::Event;
                trigger.event = *event;
            } else {
                r.problem(QStringLiteral("event"),
                          QStringLiteral("must be \"repository_connected\", \"startup\" or "
                                         "\"resume\""));
            }
        }
        if (const auto n = r.integer(QStringLiteral("min_interval_minutes"), 0,
                                     QStringLiteral("must be an integer of at least 0")))
            trigger.minIntervalMinutes = *n;
    } else {
        const auto m = r.boolean(QStringLiteral("manual"));
        if (m && *m)
            trigger.kind = TriggerKind::Manual;
        else if (m)
            r.problem(QStringLiteral("manual"), QStringLiteral("must be true"));
    }
    if (trigger.kind != TriggerKind::Event && o.contains(QStringLiteral("min_interval_minutes")))
        r.problem(QStringLiteral("min_interval_minutes"),
                  QStringLiteral("only event triggers have 'min_interval_minutes'"));
    r.finish();
    return trigger;
}

Conditions readConditions(ObjectReader &parent, Problems &problems)
{
    Conditions c;
    const QString key = QStringLiteral("conditions");
    if (!parent.has(key))
        return c;
    const QJsonValue v = parent.raw(key);
    if (!v.isObject()) {
        parent.problem(key, QStringLiteral("must be an object of on_ac_power, "
                                           "unmetered_network, repository_reachable, "
                                           "allowed_wifi and blocked_wifi"));
        return c;
    }
    ObjectReader r(v.toObject(), parent.path(key), problems);
    if (const auto b = r.boolean(QStringLiteral("on_ac_power")))
        c.onAcPower = *b;
    if (const auto b = r.boolean(QStringLiteral("unmetered_network")))
        c.unmeteredNetwork = *b;
    if (const auto b = r.boolean(QStringLiteral("repository_reachable")))
        c.repositoryReachable = *b;
    if (const auto l = r.stringList(QStringLiteral("allowed_wifi"), true))
        c.allowedWifi = *l;
    if (const auto l = r.stringList(QStringLiteral("blocked_wifi"), true))
        c.blockedWifi = *l;
    r.finish();
    return c;
}

QList<Monitor> readMonitors(ObjectReader &parent, Problems &problems)
{
    QList<Monitor> out;
    const QString key = QStringLiteral("monitors");
    if (!parent.has(key))
        return out;
    const QJsonValue v = parent.raw(key);
    if (!v.isArray()) {
        parent.problem(key, QStringLiteral("must be an array of monitor objects"));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = index(parent.path(key), i);
        Monitor m;
        if (!a.at(i).isObject()) {
            problems.append({path, QStringLiteral("must be an object with type and url")});
            out.append(m);
            continue;
        }
        ObjectReader r(a.at(i).toObject(), path, problems);
        if (const auto t = r.string(QStringLiteral("type"), true, true)) {
            if (Monitor::types().contains(*t))
                m.type = *t;
            else
                r.problem(QStringLiteral("type"),
                          QStringLiteral("must be one of %1")
                              .arg(Monitor::types().join(QStringLiteral(", "))));
        }
        if (const auto u = r.string(QStringLiteral("url"), true, true))
            m.url = u->trimmed();
        if (const auto on = r.stringList(QStringLiteral("on"), true)) {
            for (qsizetype j = 0; j < on->size(); ++j) {
                if (!Monitor::outcomes().contains(on->at(j)))
                    problems.append({index(r.path(QStringLiteral("on")), j),
                                     QStringLiteral("must be one of %1")
                                         .arg(Monitor::outcomes().join(QStringLiteral(", ")))});
            }
            if (on->isEmpty())
                r.problem(QStringLiteral("on"),
                          QStringLiteral("must list at least one of %1")
                              .arg(Monitor::outcomes().join(QStringLiteral(", "))));
            m.on = *on;
        }
        r.finish();
        out.append(m);
    }
    return out;
}

std::optional<Retention> readRetention(ObjectReader &parent, Problems &problems)
{
    const QString key = QStringLiteral("prune");
    if (!parent.has(key))
        return std::nullopt;
    const QJsonValue v = parent.raw(key);
    if (!v.isObject()) {
        parent.problem(key, QStringLiteral("must be an object of keep_… values"));
        return std::nullopt;
    }
    ObjectReader r(v.toObject(), parent.path(key), problems);
    Retention ret;
    if (const auto s = r.string(QStringLiteral("keep_within"), false, true))
        ret.keepWithin = s->trimmed();
    const QString nonNegative = QStringLiteral("must be an integer of at least 0");
    ret.keepHourly = r.integer(QStringLiteral("keep_hourly"), 0, nonNegative);
    ret.keepDaily = r.integer(QStringLiteral("keep_daily"), 0, nonNegative);
    ret.keepWeekly = r.integer(QStringLiteral("keep_weekly"), 0, nonNegative);
    ret.keepMonthly = r.integer(QStringLiteral("keep_monthly"), 0, nonNegative);
    ret.keepYearly = r.integer(QStringLiteral("keep_yearly"), 0, nonNegative);
    r.finish();
    return ret;
}

QList<Hook> readHookList(ObjectReader &parent, const QString &key, std::optional<HookPhase> phase,
                         Problems &problems)
{
    QList<Hook> hooks;
    if (!parent.has(key))
        return hooks;
    QJsonValue v = parent.raw(key);
    if (v.isString()) {
        // Borgitory's API and database hold the array as a JSON string
        const QByteArray inner = v.toString().toUtf8();
        if (inner.trimmed().isEmpty())
            return hooks;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(inner, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            parent.problem(key, error.error != QJsonParseError::NoError
                                    ? QStringLiteral("holds a string that is not valid JSON: %1 "
                                                     "at offset %2")
                                          .arg(error.errorString())
                                          .arg(error.offset)
                                    : QStringLiteral("holds a string that is not a JSON array"));
            return hooks;
        }
        problems += jsonscan::check(inner, parent.path(key));
        v = doc.array();
    }
    if (!v.isArray()) {
        parent.problem(key, QStringLiteral("must be an array of hook objects"));
        return hooks;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i)
        hooks.append(readHook(a.at(i), phase, index(parent.path(key), i), problems));
    return hooks;
}

Schedule readSchedule(const QJsonValue &value, const QString &path, Problems &problems,
                      bool *listForm)
{
    Schedule s;
    if (!value.isObject()) {
        problems.append({path, QStringLiteral("must be an object")});
        return s;
    }
    ObjectReader r(value.toObject(), path, problems);
    if (const auto v = r.string(QStringLiteral("name"), true, true))
        s.name = trimSpaces(*v);
    if (const auto v = r.boolean(QStringLiteral("enabled")))
        s.enabled = *v;
    s.repositories = readRepositories(r, problems, listForm);
    s.trigger = readTrigger(r, problems);
    s.conditions = readConditions(r, problems);
    if (const auto v = r.boolean(QStringLiteral("backup")))
        s.backup = *v;
    if (const auto v = r.boolean(QStringLiteral("catch_up_missed")))
        s.catchUpMissed = *v;
    if (!r.has(QStringLiteral("sources"))) {
        if (s.backup)
            r.required(QStringLiteral("sources"));
    } else if (const auto v = r.stringList(QStringLiteral("sources"), true)) {
        s.sources = *v;
    }
    if (const auto v = r.stringList(QStringLiteral("excludes"), true))
        s.excludes = *v;
    if (const auto v = r.string(QStringLiteral("archive_name"), false, true))
        s.archiveName = v->trimmed();
    if (const auto v = r.string(QStringLiteral("compression"), false, true))
        s.compression = v->trimmed();
    s.prune = readRetention(r, problems);
    if (const auto v = r.boolean(QStringLiteral("compact")))
        s.compact = *v;
    const QString days = QStringLiteral("must be an integer of at least 0 (0: off)");
    if (const auto v = r.integer(QStringLiteral("compact_every_days"), 0, days))
        s.compactEveryDays = *v;
    if (const auto v = r.integer(QStringLiteral("check_every_n_jobs"), 0,
                                 QStringLiteral("must be an integer of at least 0 (0: never)")))
        s.checkEveryNJobs = *v;
    if (const auto v = r.integer(QStringLiteral("check_every_days"), 0, days))
        s.checkEveryDays = *v;
    s.notifications = readHookList(r, QStringLiteral("notifications"), std::nullopt, problems);
    s.monitors = readMonitors(r, problems);
    s.preHooks = readHookList(r, QStringLiteral("pre_job_hooks"), HookPhase::Pre, problems);
    s.postHooks = readHookList(r, QStringLiteral("post_job_hooks"), HookPhase::Post, problems);
    r.finish();
    return s;
}

// Adds the rule problems whose path is not already covered by a syntax problem (so a field with
// the wrong type is not reported twice).
void mergeRuleProblems(Problems &problems, const Problems &rules)
{
    const Problems syntax = problems;
    for (const Problem &p : rules) {
        bool covered = false;
        for (const Problem &s : syntax) {
            if (p.path == s.path || p.path.startsWith(s.path + QLatin1Char('.')) ||
                p.path.startsWith(s.path + QLatin1Char('[')) ||
                s.path.startsWith(p.path + QLatin1Char('.')) ||
                s.path.startsWith(p.path + QLatin1Char('['))) {
                covered = true;
                break;
            }
        }
        if (!covered && !problems.contains(p))
            problems.append(p);
    }
}

bool isCompressionSpec(const QString &spec)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(none|lz4|zstd(,([1-9]|1[0-9]|2[0-2]))?|zlib(,[0-9])?|lzma(,[0-9])?|)"
                       R"(auto,(lz4|zstd(,([1-9]|1[0-9]|2[0-2]))?|zlib(,[0-9])?|lzma(,[0-9])?)|)"
                       R"(obfuscate,[0-9]+,.+)$)"));
    return re.match(spec).hasMatch();
}

bool isBorgInterval(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[0-9]+[HdwmyMS]$)"));
    return re.match(text).hasMatch();
}

void checkTemplates(const Hook &hook, const QString &path, Problems &out)
{
    if (const QString e = templates::checkWebhookTemplate(hook.url); !e.isEmpty())
        out.append({join(path, QStringLiteral("url")), e, Problem::Code::BadTemplate});
    else if (!hook.url.startsWith(QLatin1String("http://")) &&
             !hook.url.startsWith(QLatin1String("https://")))
        out.append({join(path, QStringLiteral("url")),
                    QStringLiteral("must start with http:// or https://"),
                    Problem::Code::BadScheme});
    if (const QString e = templates::checkWebhookTemplate(hook.body); !e.isEmpty())
        out.append({join(path, QStringLiteral("body")), e, Problem::Code::BadTemplate});
    for (const auto &[name, value] : hook.headers) {
        const QString p = join(join(path, QStringLiteral("headers")), name);
        if (name.contains(QLatin1Char('\r')) || name.contains(QLatin1Char('\n')) ||
            value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')))
            out.append({p, QStringLiteral("must not contain a line break (CR or LF)"),
                        Problem::Code::LineBreak});
        else if (name.trimmed().isEmpty() || name.contains(QLatin1Char(':')))
            out.append({p, QStringLiteral("is not a valid header name")});
        else if (const QString e = templates::checkWebhookTemplate(value); !e.isEmpty())
            out.append({p, e, Problem::Code::BadTemplate});
    }
}

void checkCommonHook(const Hook &hook, const QString &path, Problems &out)
{
    if (hook.name.trimmed().isEmpty())
        out.append({join(path, QStringLiteral("name")), QStringLiteral("must not be empty"),
                    Problem::Code::Required});
    const int maxTimeout =
        hook.type == HookType::Webhook ? Hook::MaxWebhookTimeout : Hook::MaxCommandTimeout;
    if (hook.timeoutSecs < 1)
        out.append({join(path, QStringLiteral("timeout")),
                    QStringLiteral("must be a positive integer"), Problem::Code::OutOfRange});
    else if (hook.timeoutSecs > maxTimeout)
        out.append({join(path, QStringLiteral("timeout")),
                    QStringLiteral("must be at most %1 seconds").arg(maxTimeout),
                    Problem::Code::OutOfRange});
    if (hook.type == HookType::Webhook) {
        if (hook.url.trimmed().isEmpty())
            out.append({join(path, QStringLiteral("url")), QStringLiteral("is required"),
                        Problem::Code::Required});
        else
            checkTemplates(hook, path, out);
        const QString m = hook.method;
        if (m != QLatin1String("GET") && m != QLatin1String("POST") && m != QLatin1String("PUT"))
            out.append({join(path, QStringLiteral("method")),
                        QStringLiteral("must be GET, POST or PUT"), Problem::Code::BadMethod});
    }
}

void checkUniqueNames(const QList<Hook> &hooks, const QString &path, const QString &listName,
                      Problems &out)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < hooks.size(); ++i) {
        const QString name = hooks.at(i).name.trimmed();
        if (name.isEmpty())
            continue;
        if (seen.contains(name))
            out.append({join(index(path, i), QStringLiteral("name")),
                        QStringLiteral("duplicate name '%1' in %2").arg(name, listName)});
        seen.insert(name);
    }
}

// Problems in the order of their paths, indexes compared as numbers ("[10]" after "[9]").
void sortByPath(Problems &problems)
{
    auto key = [](const QString &path) {
        static const QRegularExpression indexRe(QStringLiteral(R"(\[(\d+)\])"));
        QString k = path;
        QRegularExpressionMatchIterator it = indexRe.globalMatch(path);
        qsizetype shift = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            const QString padded = QStringLiteral("[%1]").arg(m.captured(1), 9, QLatin1Char('0'));
            k.replace(m.capturedStart() + shift, m.capturedLength(), padded);
            shift += padded.size() - m.capturedLength();
        }
        return k;
    };
    std::stable_sort(problems.begin(), problems.end(),
                     [&](const Problem &a, const Problem &b) { return key(a.path) < key(b.path); });
}

} // namespace

Hook parseHook(const QJsonValue &value, HookPhase phase, const QString &path, Problems &problems)
{
    Hook hook = readHook(value, phase, path, problems);
    mergeRuleProblems(problems, validateHook(hook, phase, path));
    return hook;
}

Problems validateHook(const Hook &hook, HookPhase phase, const QString &path)
{
    Problems out;
    checkCommonHook(hook, path, out);
    if (hook.type == HookType::Command) {
        if (hook.command.trimmed().isEmpty())
            out.append({join(path, QStringLiteral("command")), QStringLiteral("is required"),
                        Problem::Code::Required});
        for (const auto &[name, value] : hook.environmentVars) {
            const QString p = join(join(path, QStringLiteral("environment_vars")), name);
            if (isPassphraseKey(name))
                out.append({p, passphraseMessage(), Problem::Code::Passphrase});
            else if (const QString e = templates::checkSecretOnlyTemplate(value); !e.isEmpty())
                out.append({p, e, Problem::Code::BadTemplate});
            if (name.isEmpty() || name.contains(QLatin1Char('=')))
                out.append({p, QStringLiteral("is not a valid variable name"),
                            Problem::Code::BadVariableName});
        }
    }
    if (phase == HookPhase::Pre && hook.when != HookWhen::Success)
        out.append({join(path, QStringLiteral("when")),
                    QStringLiteral("only post-job hooks have 'when'")});
    return out;
}

Problems validateNotification(const Hook &hook, const QString &path)
{
    Problems out;
    checkCommonHook(hook, path, out);
    if (hook.type != HookType::Webhook)
        out.append({join(path, QStringLiteral("type")),
                    QStringLiteral("notifications are webhooks: must be \"webhook\"")});
    return out;
}

QString nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("must not be empty");
    if (name.size() > MaxNameLength)
        return QStringLiteral("must be at most %1 characters").arg(MaxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("must not contain control characters (such as a line break)");
    }
    if (name.contains(QLatin1Char('/')))
        return QStringLiteral("must not contain '/'");
    if (name.contains(QLatin1String("::")))
        return QStringLiteral("must not contain '::'");
    if (name.contains(QLatin1Char('{')) || name.contains(QLatin1Char('}')))
        return QStringLiteral("must not contain '{' or '}'");
    return {};
}

Problems validate(const Schedule &s, const QString &path, bool repositoryList)
{
    Problems out;
    auto at = [&](const char *key) {
        return join(path, QString::fromLatin1(key));
    };
    if (const QString e = nameProblem(s.name); !e.isEmpty())
        out.append({at("name"), e});
    const bool list = repositoryList || s.repositories.size() > 1;
    if (s.repositories.isEmpty())
        out.append({at("repository"), QStringLiteral("is required")});
    if (s.repositories.size() > Schedule::MaxRepositories)
        out.append(
            {at("repositories"),
             QStringLiteral("must hold 1 to %1 repositories").arg(Schedule::MaxRepositories)});
    for (qsizetype i = 0; i < s.repositories.size(); ++i) {
        const Repository &r = s.repositories.at(i);
        const QString rp = list ? index(at("repositories"), i) : at("repository");
        if (const QString e = nameProblem(r.name); !e.isEmpty())
            out.append({join(rp, QStringLiteral("name")), e});
        if (r.location.trimmed().isEmpty())
            out.append({join(rp, QStringLiteral("location")), QStringLiteral("must not be empty")});
        if (!Repository::encryptionModes().contains(r.encryption))
            out.append({join(rp, QStringLiteral("encryption")),
                        QStringLiteral("must be one of %1")
                            .arg(Repository::encryptionModes().join(QStringLiteral(", ")))});
        for (qsizetype j = 0; j < i; ++j) {
            const Repository &o = s.repositories.at(j);
            if (!r.location.isEmpty() && r.location == o.location)
                out.append({join(rp, QStringLiteral("location")),
                            QStringLiteral("is the location of repositories[%1] already; each "
                                           "repository of a schedule must be another location")
                                .arg(j)});
            else if (!r.name.isEmpty() && r.name == o.name)
                out.append({join(rp, QStringLiteral("name")),
                            QStringLiteral("is the name of repositories[%1] already").arg(j)});
        }
    }
    switch (s.trigger.kind) {
    case TriggerKind::Cron: {
        QString error;
        if (!CronExpression::parse(s.trigger.cron, &error).isValid())
            out.append({at("trigger.cron"), error});
        break;
    }
    case TriggerKind::Interval:
        if (s.trigger.intervalMinutes < 1)
            out.append({at("trigger.interval_minutes"),
                        QStringLiteral("must be an integer of at least 1")});
        break;
    case TriggerKind::Event:
        if (s.trigger.minIntervalMinutes < 0)
            out.append({at("trigger.min_interval_minutes"),
                        QStringLiteral("must be an integer of at least 0")});
        break;
    case TriggerKind::Manual:
        break;
    }
    for (const auto &[key, ssids] :
         {std::pair{"conditions.allowed_wifi", &s.conditions.allowedWifi},
          std::pair{"conditions.blocked_wifi", &s.conditions.blockedWifi}}) {
        for (qsizetype i = 0; i < ssids->size(); ++i) {
            if (ssids->at(i).isEmpty())
                out.append({index(at(key), i), QStringLiteral("must not be empty")});
        }
    }
    if (s.backup && s.sources.isEmpty())
        out.append({at("sources"), QStringLiteral("must list at least one folder or file")});
    for (qsizetype i = 0; i < s.sources.size(); ++i) {
        const QString &src = s.sources.at(i);
        if (src.trimmed().isEmpty())
            out.append({index(at("sources"), i), QStringLiteral("must not be empty")});
        else if (!QDir::isAbsolutePath(src) && !src.startsWith(QLatin1String("~/")) &&
                 src != QLatin1String("~"))
            out.append({index(at("sources"), i),
                        QStringLiteral("must be an absolute path or start with ~/")});
    }
    for (qsizetype i = 0; i < s.excludes.size(); ++i) {
        if (s.excludes.at(i).trimmed().isEmpty())
            out.append({index(at("excludes"), i), QStringLiteral("must not be empty")});
    }
    if (s.archiveName.trimmed().isEmpty())
        out.append({at("archive_name"), QStringLiteral("must not be empty")});
    else if (!archivename::hasUniquePlaceholder(s.archiveName))
        out.append({at("archive_name"),
                    QStringLiteral("must contain {now}, {utcnow} or {uuid4} so that every run "
                                   "makes a new archive name")});
    else if (s.archiveName.contains(QLatin1Char('/')))
        out.append({at("archive_name"), QStringLiteral("must not contain '/'")});
    if (!isCompressionSpec(s.compression))
        out.append({at("compression"),
                    QStringLiteral("'%1' is not a borg compression spec (e.g. lz4, zstd,3, "
                                   "zlib,6, lzma,6, auto,zstd, none)")
                        .arg(s.compression)});
    if (s.prune) {
        const Retention &r = *s.prune;
        if (!r.keepWithin.isEmpty() && !isBorgInterval(r.keepWithin))
            out.append({at("prune.keep_within"),
                        QStringLiteral("must be a number and a unit (H, d, w, m, y), e.g. 7d")});
        const bool any = !r.keepWithin.isEmpty() || r.keepHourly.value_or(0) > 0 ||
                         r.keepDaily.value_or(0) > 0 || r.keepWeekly.value_or(0) > 0 ||
                         r.keepMonthly.value_or(0) > 0 || r.keepYearly.value_or(0) > 0;
        if (!any)
            out.append({at("prune"), QStringLiteral("needs keep_within or at least one keep_… "
                                                    "value above 0 (or leave prune out)")});
    }
    if (s.checkEveryNJobs < 0)
        out.append({at("check_every_n_jobs"),
                    QStringLiteral("must be an integer of at least 0 (0: never)")});
    if (s.checkEveryDays < 0)
        out.append(
            {at("check_every_days"), QStringLiteral("must be an integer of at least 0 (0: off)")});
    if (s.compactEveryDays < 0)
        out.append({at("compact_every_days"),
                    QStringLiteral("must be an integer of at least 0 (0: off)")});
    for (qsizetype i = 0; i < s.monitors.size(); ++i)
        out += validateMonitor(s.monitors.at(i), index(at("monitors"), i));
    for (qsizetype i = 0; i < s.notifications.size(); ++i)
        out += validateNotification(s.notifications.at(i), index(at("notifications"), i));
    for (qsizetype i = 0; i < s.preHooks.size(); ++i)
        out += validateHook(s.preHooks.at(i), HookPhase::Pre, index(at("pre_job_hooks"), i));
    for (qsizetype i = 0; i < s.postHooks.size(); ++i)
        out += validateHook(s.postHooks.at(i), HookPhase::Post, index(at("post_job_hooks"), i));
    checkUniqueNames(s.preHooks, at("pre_job_hooks"), QStringLiteral("pre_job_hooks"), out);
    checkUniqueNames(s.postHooks, at("post_job_hooks"), QStringLiteral("post_job_hooks"), out);
    checkUniqueNames(s.notifications, at("notifications"), QStringLiteral("notifications"), out);
    return out;
}

Problems validateMonitor(const Monitor &m, const QString &path)
{
    Problems out;
    if (!Monitor::types().contains(m.type))
        out.append(
            {join(path, QStringLiteral("type")),
             QStringLiteral("must be one of %1").arg(Monitor::types().join(QStringLiteral(", ")))});
    const QString url = join(path, QStringLiteral("url"));
    if (m.url.isEmpty())
        out.append({url, QStringLiteral("is required")});
    else if (const QString e = templates::checkSecretOnlyTemplate(m.url); !e.isEmpty())
        out.append({url, e});
    else if (!m.url.startsWith(QLatin1String("http://")) &&
             !m.url.startsWith(QLatin1String("https://")))
        out.append({url, QStringLiteral("must start with http:// or https://")});
    for (qsizetype i = 0; i < m.on.size(); ++i) {
        if (!Monitor::outcomes().contains(m.on.at(i)))
            out.append({index(join(path, QStringLiteral("on")), i),
                        QStringLiteral("must be one of %1")
                            .arg(Monitor::outcomes().join(QStringLiteral(", ")))});
    }
    return out;
}

Problems checkArchivePrefixes(const QList<Schedule> &schedules, const QStringList &paths)
{
    Problems out;
    for (qsizetype i = 0; i < schedules.size(); ++i) {
        const Schedule &a = schedules.at(i);
        for (qsizetype j = 0; j < i; ++j) {
            const Schedule &b = schedules.at(j);
            bool shared = false;
            for (const Repository &ra : a.repositories) {
                for (const Repository &rb : b.repositories)
                    shared = shared || ra.location == rb.location;
            }
            if (!shared)
                continue;
            if (archivename::pruneCouldTouch(a.archiveName, a.name, b.archiveName, b.name) ||
                archivename::pruneCouldTouch(b.archiveName, b.name, a.archiveName, a.name))
                out.append({join(paths.at(i), QStringLiteral("archive_name")),
                            QStringLiteral("archive names starting '%1' could be mixed up with "
                                           "those of schedule '%2' ('%3…') on the same repository "
                                           "location, so prune could delete the other's archives; "
                                           "give each schedule its own prefix")
                                .arg(archivename::prefix(a.archiveName, a.name), b.name,
                                     archivename::prefix(b.archiveName, b.name))});
        }
    }
    return out;
}

Problems checkRepositoryNames(const QList<Schedule> &schedules, const QStringList &paths)
{
    Problems out;
    struct Seen
    {
        QString name;
        QString location;
        qsizetype schedule;
    };
    QList<Seen> seen;
    for (qsizetype i = 0; i < schedules.size(); ++i) {
        const QList<Repository> &repos = schedules.at(i).repositories;
        for (qsizetype k = 0; k < repos.size(); ++k) {
            const Repository &r = repos.at(k);
            if (r.name.isEmpty() || r.location.isEmpty())
                continue;
            const QString rp = repos.size() == 1
                                   ? join(paths.at(i), QStringLiteral("repository"))
                                   : index(join(paths.at(i), QStringLiteral("repositories")), k);
            for (const Seen &o : std::as_const(seen)) {
                if (o.schedule == i)
                    continue;
                if (o.name == r.name && o.location != r.location) {
                    out.append({join(rp, QStringLiteral("location")),
                                QStringLiteral("repository '%1' is at '%2' in %3; one name must "
                                               "mean one location")
                                    .arg(r.name, o.location, paths.at(o.schedule))});
                    break;
                }
                if (o.location == r.location && o.name != r.name) {
                    out.append({join(rp, QStringLiteral("name")),
                                QStringLiteral("location '%1' is repository '%2' in %3; one "
                                               "location has one repository name")
                                    .arg(r.location, o.name, paths.at(o.schedule))});
                    break;
                }
            }
            seen.append({r.name, r.location, i});
        }
    }
    return out;
}

Contents parse(const QByteArray &data)
{
    Contents c;
    if (data.size() > MaxFileSize) {
        c.problems.append({QString(), QStringLiteral("file is larger than 16 MiB")});
        return c;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        int line = 1, column = 1;
        for (int i = 0; i < error.offset && i < data.size(); ++i) {
            if (data.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        c.problems.append({QString(), QStringLiteral("not valid JSON: %1 at line %2, column %3")
                                          .arg(error.errorString())
                                          .arg(line)
                                          .arg(column)});
        return c;
    }
    if (!doc.isObject()) {
        c.problems.append({QString(), QStringLiteral("the file must hold a JSON object with "
                                                     "\"format\": \"borgtide-schedules\"")});
        return c;
    }
    // what QJsonDocument would let pass: duplicate keys, NUL characters
    c.problems += jsonscan::check(data);
    ObjectReader top(doc.object(), QString(), c.problems);
    if (const auto f = top.string(QStringLiteral("format"), true, true);
        f && *f != QLatin1String(FormatName))
        top.problem(QStringLiteral("format"), QStringLiteral("must be \"borgtide-schedules\""));
    if (!top.has(QStringLiteral("version"))) {
        top.required(QStringLiteral("version"));
    } else if (const auto v = top.integer(QStringLiteral("version"), 1,
                                          QStringLiteral("must be a positive integer"))) {
        if (*v > FormatVersion) {
            top.problem(QStringLiteral("version"),
                        QStringLiteral("this file was made by a newer Borgtide (file version %1; "
                                       "this Borgtide reads version %2)")
                            .arg(*v)
                            .arg(FormatVersion));
            return c; // the rest may mean something we do not know
        }
    }
    top.string(QStringLiteral("exported_at"), false, false);
    if (!top.has(QStringLiteral("schedules"))) {
        top.required(QStringLiteral("schedules"));
    } else if (!top.raw(QStringLiteral("schedules")).isArray()) {
        top.problem(QStringLiteral("schedules"), QStringLiteral("must be an array"));
    } else {
        const QJsonArray a = top.raw(QStringLiteral("schedules")).toArray();
        QSet<QString> names;
        QStringList paths;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = index(QStringLiteral("schedules"), i);
            Problems own;
            bool listForm = false;
            Schedule s = readSchedule(a.at(i), path, own, &listForm);
            mergeRuleProblems(own, validate(s, path, listForm));
            c.problems += own;
            if (!s.name.isEmpty()) {
                if (names.contains(s.name))
                    c.problems.append({join(path, QStringLiteral("name")),
                                       QStringLiteral("duplicate schedule name '%1'").arg(s.name)});
                names.insert(s.name);
            }
            c.schedules.append(s);
            paths.append(path);
        }
        // Within the file, one repository name means one location and one location one name.
        c.problems += checkRepositoryNames(c.schedules, paths);
        if (c.problems.isEmpty())
            c.problems += checkArchivePrefixes(c.schedules, paths);
    }
    top.finish();
    sortByPath(c.problems);
    return c;
}

namespace {

void writeKeyValues(JsonWriter &w, const QString &key, const KeyValueList &values)
{
    w.key(key).beginObject();
    for (const auto &[name, value] : values)
        w.field(name, value);
    w.endObject();
}

void writeHook(JsonWriter &w, const Hook &h, std::optional<HookPhase> phase)
{
    w.beginObject();
    w.field(QStringLiteral("name"), h.name);
    if (h.type == HookType::Webhook) {
        w.field(QStringLiteral("type"), QStringLiteral("webhook"));
        w.field(QStringLiteral("method"), h.method);
        w.field(QStringLiteral("url"), h.url);
        if (!h.headers.isEmpty())
            writeKeyValues(w, QStringLiteral("headers"), h.headers);
        if (!h.body.isEmpty())
            w.field(QStringLiteral("body"), h.body);
    } else {
        w.field(QStringLiteral("command"), h.command);
        if (!h.shell.isEmpty())
            w.field(QStringLiteral("shell"), h.shell);
        if (!h.workingDirectory.isEmpty())
            w.field(QStringLiteral("working_directory"), h.workingDirectory);
        if (!h.environmentVars.isEmpty())
            writeKeyValues(w, QStringLiteral("environment_vars"), h.environmentVars);
    }
    if (phase) {
        w.field(QStringLiteral("critical"), h.critical);
        if (*phase == HookPhase::Post)
            w.field(QStringLiteral("when"), toText(h.when));
        w.field(QStringLiteral("continue_on_failure"), h.continueOnFailure);
        if (h.type == HookType::Command)
            w.field(QStringLiteral("log_output"), h.logOutput);
    }
    w.field(QStringLiteral("timeout"), h.timeoutSecs);
    w.field(QStringLiteral("enabled"), h.enabled);
    w.endObject();
}

void writeHooks(JsonWriter &w, const QString &key, const QList<Hook> &hooks,
                std::optional<HookPhase> phase)
{
    w.key(key).beginArray();
    for (const Hook &h : hooks)
        writeHook(w, h, phase);
    w.endArray();
}

} // namespace

void writeScheduleFields(JsonWriter &w, const Schedule &s)
{
    w.field(QStringLiteral("name"), s.name);
    w.field(QStringLiteral("enabled"), s.enabled);
    auto writeRepository = [&w](const Repository &r) {
        w.beginObject();
        w.field(QStringLiteral("name"), r.name);
        w.field(QStringLiteral("location"), r.location);
        w.field(QStringLiteral("encryption"), r.encryption);
        if (!r.passcommand.isEmpty())
            w.field(QStringLiteral("passcommand"), r.passcommand);
        w.endObject();
    };
    if (s.repositories.size() == 1) {
        w.key(QStringLiteral("repository"));
        writeRepository(s.repositories.first());
    } else {
        w.key(QStringLiteral("repositories")).beginArray();
        for (const Repository &r : s.repositories)
            writeRepository(r);
        w.endArray();
    }
    w.key(QStringLiteral("trigger")).beginObject();
    switch (s.trigger.kind) {
    case TriggerKind::Cron:
        w.field(QStringLiteral("cron"), s.trigger.cron);
        break;
    case TriggerKind::Interval:
        w.field(QStringLiteral("interval_minutes"), s.trigger.intervalMinutes);
        break;
    case TriggerKind::Manual:
        w.field(QStringLiteral("manual"), true);
        break;
    case TriggerKind::Event:
        w.field(QStringLiteral("event"), toText(s.trigger.event));
        w.field(QStringLiteral("min_interval_minutes"), s.trigger.minIntervalMinutes);
        break;
    }
    w.endObject();
    w.key(QStringLiteral("conditions")).beginObject();
    const Conditions &c = s.conditions;
    w.field(QStringLiteral("on_ac_power"), c.onAcPower);
    w.field(QStringLiteral("unmetered_network"), c.unmeteredNetwork);
    w.field(QStringLiteral("repository_reachable"), c.repositoryReachable);
    w.field(QStringLiteral("allowed_wifi"), c.allowedWifi);
    w.field(QStringLiteral("blocked_wifi"), c.blockedWifi);
    w.endObject();
    w.field(QStringLiteral("backup"), s.backup);
    w.field(QStringLiteral("catch_up_missed"), s.catchUpMissed);
    w.field(QStringLiteral("sources"), s.sources);
    w.field(QStringLiteral("excludes"), s.excludes);
    w.field(QStringLiteral("archive_name"), s.archiveName);
    w.field(QStringLiteral("compression"), s.compression);
    if (s.prune) {
        const Retention &r = *s.prune;
        w.key(QStringLiteral("prune")).beginObject();
        if (!r.keepWithin.isEmpty())
            w.field(QStringLiteral("keep_within"), r.keepWithin);
        const std::pair<const char *, std::optional<int>> keeps[] = {
            {"keep_hourly", r.keepHourly}, {"keep_daily", r.keepDaily},
            {"keep_weekly", r.keepWeekly}, {"keep_monthly", r.keepMonthly},
            {"keep_yearly", r.keepYearly},
        };
        for (const auto &[key, value] : keeps) {
            if (value)
                w.field(QString::fromLatin1(key), *value);
        }
        w.endObject();
    }
    w.field(QStringLiteral("compact"), s.compact);
    w.field(QStringLiteral("compact_every_days"), s.compactEveryDays);
    w.field(QStringLiteral("check_every_n_jobs"), s.checkEveryNJobs);
    w.field(QStringLiteral("check_every_days"), s.checkEveryDays);
    writeHooks(w, QStringLiteral("notifications"), s.notifications, std::nullopt);
    w.key(QStringLiteral("monitors")).beginArray();
    for (const Monitor &m : s.monitors) {
        w.beginObject();
        w.field(QStringLiteral("type"), m.type);
        w.field(QStringLiteral("url"), m.url);
        if (!m.on.isEmpty())
            w.field(QStringLiteral("on"), m.on);
        w.endObject();
    }
    w.endArray();
    writeHooks(w, QStringLiteral("pre_job_hooks"), s.preHooks, HookPhase::Pre);
    writeHooks(w, QStringLiteral("post_job_hooks"), s.postHooks, HookPhase::Post);
}

QByteArray write(const QList<Schedule> &schedules, const QDateTime &exportedAt)
{
    JsonWriter w(true);
    w.beginObject();
    w.field(QStringLiteral("format"), QString::fromLatin1(FormatName));
    w.field(QStringLiteral("version"), FormatVersion);
    if (exportedAt.isValid())
        w.field(QStringLiteral("exported_at"), isoWithOffset(exportedAt));
    w.key(QStringLiteral("schedules")).beginArray();
    for (const Schedule &s : schedules) {
        w.beginObject();
        writeScheduleFields(w, s);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.data();
}

} // namespace borgtide::schedulefile
