// Vorta profile export (schema 15 and later) -> one schedule (SPEC 10).
#include "models/import/Import.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace borgtide::importer {
namespace {

struct Reader
{
    const QJsonObject &o;
    Problems &problems;
    QString str(const char *key, const QString &fallback = {}) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            problems.append({QLatin1String(key), QStringLiteral("must be a string")});
            return fallback;
        }
        return v.toString();
    }
    bool flag(const char *key, bool fallback = false) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (v.isBool())
            return v.toBool();
        if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
            return v.toDouble() != 0; // Vorta's SQLite booleans
        problems.append({QLatin1String(key), QStringLiteral("must be true or false")});
        return fallback;
    }
    int number(const char *key, int fallback = 0) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 1e6 || d != int(d)) {
            problems.append({QLatin1String(key), QStringLiteral("must be a non-negative integer")});
            return fallback;
        }
        return int(d);
    }
};

QString slugify(const QString &name)
{
    QString s = name;
    s.remove(QRegularExpression(QStringLiteral("[^\\w\\s-]")));
    s = s.trimmed().toLower();
    s.replace(QRegularExpression(QStringLiteral("[-\\s]+")), QStringLiteral("-"));
    return s;
}

QString prefixOf(const QString &archiveName)
{
    static const QRegularExpression time(QStringLiteral("\\{(now|utcnow|unixtime)"));
    const qsizetype at = archiveName.indexOf(time);
    return at < 0 ? archiveName : archiveName.left(at);
}

} // namespace

Result parseVorta(const QByteArray &data)
{
    Result r;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        r.problems.append({QString(), error.error != QJsonParseError::NoError
                                          ? QStringLiteral("not valid JSON at offset %1: %2")
                                                .arg(error.offset)
                                                .arg(error.errorString())
                                          : QStringLiteral("must be a JSON object")});
        return r;
    }
    const QJsonObject o = doc.object();
    Reader rd{o, r.problems};
    const QJsonValue schema = o.value(QLatin1String("SchemaVersion"));
    if (!schema.isDouble() || schema.toInt() < 15) {
        r.problems.append({QStringLiteral("SchemaVersion"),
                           QStringLiteral("must be a Vorta schema version from 15 on")});
        return r;
    }
    if (!o.value(QLatin1String("repo")).isObject()) {
        r.problems.append({QStringLiteral("repo"), QStringLiteral("must be an object")});
        return r;
    }
    const QJsonObject repoObj = o.value(QLatin1String("repo")).toObject();
    Reader rr{repoObj, r.problems};
    Problems repoProblems;
    Reader rrp{repoObj, repoProblems};

    Schedule s;
    const QString profileName = rd.str("name");
    if (profileName.isEmpty())
        r.problems.append({QStringLiteral("name"), QStringLiteral("required")});
    s.name = validName(profileName);
    r.report << QStringLiteral("name -> schedule '%1'").arg(s.name);
    const int profileId = rd.number("id", 1);
    const QString slug = slugify(profileName);

    Repository repo;
    repo.location = rrp.str("url");
    for (Problem p : repoProblems) {
        p.path = QLatin1String("repo.") + p.path;
        r.problems.append(p);
    }
    if (repo.location.isEmpty())
        r.problems.append({QStringLiteral("repo.url"), QStringLiteral("required")});
    const QString repoName = rr.str("name");
    repo.name = validName(repoName.isEmpty() ? profileName : repoName);
    repo.encryption = rr.str("encryption", QStringLiteral("repokey"));
    if (!Repository::encryptionModes().contains(repo.encryption) &&
        repo.encryption != QLatin1String("none"))
        r.problems.append({QStringLiteral("repo.encryption"),
                           QStringLiteral("unknown encryption mode '%1'").arg(repo.encryption)});
    const QString originalLocation = repo.location;
    repo.location = repositorylocation::normalize(repo.location);
    s.repositories = {repo};
    r.report << QStringLiteral("repo -> repository '%1' at %2 (%3)")
                    .arg(repo.name, repo.location, repo.encryption);
    const QString password = rd.str("password");
    if (!password.isEmpty()) {
        if (repo.encryption == QLatin1String("none"))
            r.report << QStringLiteral("not imported: password: the repository is not encrypted");
        else {
            r.passphrases.append({repo, password});
            r.report << QStringLiteral("password -> keychain (repository '%1')").arg(repo.name);
        }
    }
    s.compression = rd.str("compression", QStringLiteral("lz4"));
    r.report << QStringLiteral("compression -> %1").arg(s.compression);

    const QJsonArray sources = o.value(QLatin1String("SourceFileModel")).toArray();
    for (int i = 0; i < sources.size(); ++i) {
        const QString dir = sources.at(i).toObject().value(QLatin1String("dir")).toString();
        if (dir.isEmpty())
            r.problems.append({QStringLiteral("SourceFileModel[%1].dir").arg(i),
                               QStringLiteral("must be a non-empty string")});
        else
            s.sources << dir;
    }
    r.report << QStringLiteral("SourceFileModel -> sources: %1").arg(s.sources.join(u", "));

    const QStringList lines = rd.str("exclude_patterns").split(u'\n');
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(u'#'))
            s.excludes << t;
    }
    const QJsonArray exclusions = o.value(QLatin1String("ExclusionModel")).toArray();
    for (const QJsonValue &v : exclusions) {
        const QJsonObject e = v.toObject();
        if (!e.value(QLatin1String("enabled")).toBool(true))
            continue;
        const QString name = e.value(QLatin1String("name")).toString();
        if (e.value(QLatin1String("source")).toString() == QLatin1String("preset"))
            r.report << QStringLiteral("not imported: ExclusionModel '%1': Vorta preset with no "
                                       "Borgtide equivalent")
                            .arg(name);
        else if (!name.isEmpty())
            s.excludes << name;
    }
    if (!s.excludes.isEmpty())
        r.report << QStringLiteral("exclude_patterns -> excludes: %1").arg(s.excludes.join(u", "));
    if (!rd.str("exclude_if_present").trimmed().isEmpty())
        r.report << QStringLiteral("not imported: exclude_if_present: no equivalent in Borgtide");

    const QString mode = rd.str("schedule_mode", QStringLiteral("off"));
    if (mode == QLatin1String("interval")) {
        const int count = rd.number("schedule_interval_count", 1);
        const QString unit = rd.str("schedule_interval_unit", QStringLiteral("hours"));
        int factor = 0;
        if (unit == QLatin1String("minutes"))
            factor = 1;
        else if (unit == QLatin1String("hours"))
            factor = 60;
        else if (unit == QLatin1String("days"))
            factor = 1440;
        else if (unit == QLatin1String("weeks"))
            factor = 10080;
        else
            r.problems.append({QStringLiteral("schedule_interval_unit"),
                               QStringLiteral("unknown unit '%1'").arg(unit)});
        s.trigger.kind = TriggerKind::Interval;
        s.trigger.intervalMinutes = qMax(1, count * factor);
        r.report << QStringLiteral("schedule_mode interval -> every %1 minutes")
                        .arg(s.trigger.intervalMinutes);
    } else if (mode == QLatin1String("fixed")) {
        const int hour = rd.number("schedule_fixed_hour", 3);
        const int minute = rd.number("schedule_fixed_minute", 42);
        if (hour > 23 || minute > 59)
            r.problems.append(
                {QStringLiteral("schedule_fixed_hour"), QStringLiteral("not a time of day")});
        s.trigger.kind = TriggerKind::Cron;
        s.trigger.cron = QStringLiteral("%1 %2 * * *").arg(minute).arg(hour);
        r.report << QStringLiteral("schedule_mode fixed -> cron '%1'").arg(s.trigger.cron);
    } else if (mode == QLatin1String("off")) {
        s.trigger.kind = TriggerKind::Manual;
        r.report << QStringLiteral("schedule_mode off -> manual");
    } else {
        r.problems.append(
            {QStringLiteral("schedule_mode"), QStringLiteral("must be off, interval or fixed")});
    }
    s.catchUpMissed = rd.flag("schedule_make_up_missed", true);
    r.report << QStringLiteral("schedule_make_up_missed -> catch_up_missed: %1")
                    .arg(s.catchUpMissed ? u"true" : u"false");

    QString archiveName =
        rd.str("new_archive_name", QStringLiteral("{hostname}-{now:%Y-%m-%d-%H%M%S}"));
    archiveName.replace(QLatin1String("{profile_slug}"), slug);
    archiveName.replace(QLatin1String("{profile_id}"), QString::number(profileId));
    s.archiveName = archiveName;
    r.report << QStringLiteral("new_archive_name -> archive_name '%1'").arg(s.archiveName);

    if (rd.flag("prune_on")) {
        Retention keep;
        keep.keepHourly = rd.number("prune_hour");
        keep.keepDaily = rd.number("prune_day");
        keep.keepWeekly = rd.number("prune_week");
        keep.keepMonthly = rd.number("prune_month");
        keep.keepYearly = rd.number("prune_year");
        keep.keepWithin = rd.str("prune_keep_within");
        s.prune = keep;
        r.report << QStringLiteral("prune_* -> prune: hourly %1, daily %2, weekly %3, monthly "
                                   "%4, yearly %5%6")
                        .arg(*keep.keepHourly)
                        .arg(*keep.keepDaily)
                        .arg(*keep.keepWeekly)
                        .arg(*keep.keepMonthly)
                        .arg(*keep.keepYearly)
                        .arg(keep.keepWithin.isEmpty()
                                 ? QString()
                                 : QLatin1String(", within ") + keep.keepWithin);
        QString prunePrefix = rd.str("prune_prefix");
        prunePrefix.replace(QLatin1String("{profile_slug}"), slug);
        prunePrefix.replace(QLatin1String("{profile_id}"), QString::number(profileId));
        if (!prunePrefix.isEmpty() && prunePrefix != prefixOf(s.archiveName))
            r.report << QStringLiteral("not imported: prune_prefix: '%1' disagrees with the "
                                       "archive name's prefix '%2'; Borgtide prunes '%2*'")
                            .arg(prunePrefix, prefixOf(s.archiveName));
    }
    if (rd.flag("validation_on")) {
        s.checkEveryDays = 7 * rd.number("validation_weeks", 3);
        r.report
            << QStringLiteral("validation_weeks -> check_every_days: %1").arg(s.checkEveryDays);
    }
    if (rd.flag("compaction_on")) {
        s.compactEveryDays = 7 * rd.number("compaction_weeks", 3);
        r.report
            << QStringLiteral("compaction_weeks -> compact_every_days: %1").arg(s.compactEveryDays);
    }
    if (rd.flag("dont_run_on_metered_networks")) {
        s.conditions.unmeteredNetwork = true;
        r.report << QStringLiteral("dont_run_on_metered_networks -> conditions.unmetered_network");
    }
    const QJsonArray wifi = o.value(QLatin1String("WifiSettingModel")).toArray();
    for (const QJsonValue &v : wifi) {
        const QJsonObject w = v.toObject();
        if (!w.value(QLatin1String("allowed")).toBool(true))
            s.conditions.blockedWifi << w.value(QLatin1String("ssid")).toString();
    }
    if (!s.conditions.blockedWifi.isEmpty())
        r.report << QStringLiteral("WifiSettingModel -> conditions.blocked_wifi: %1")
                        .arg(s.conditions.blockedWifi.join(u", "));

    const KeyValueList vortaVars{{QStringLiteral("repo_url"), originalLocation},
                                 {QStringLiteral("profile_name"), profileName},
                                 {QStringLiteral("profile_slug"), slug}};
    const QString pre = rd.str("pre_backup_cmd").trimmed();
    if (!pre.isEmpty()) {
        Hook h;
        h.name = QStringLiteral("Vorta pre-backup command");
        h.command = pre;
        h.critical = true;
        h.environmentVars = vortaVars;
        s.preHooks << h;
        r.report << QStringLiteral("pre_backup_cmd -> critical pre-hook '%1'").arg(h.name);
    }
    const QString post = rd.str("post_backup_cmd").trimmed();
    if (!post.isEmpty()) {
        Hook h;
        h.name = QStringLiteral("Vorta post-backup command");
        // returncode: the backup's exit code as Vorta gives it (empty when no backup ran)
        h.command =
            QStringLiteral("case \"$BORGITORY_JOB_STATUS\" in completed) returncode=0 ;; "
                           "completed_with_warnings) returncode=1 ;; failed) returncode=2 ;; *) "
                           "returncode= ;; esac; export returncode\n") +
            post;
        h.when = HookWhen::Always;
        h.environmentVars = vortaVars;
        s.postHooks << h;
        r.report << QStringLiteral("post_backup_cmd -> always post-hook '%1'").arg(h.name);
    }
    if (!rd.str("ssh_key").isEmpty())
        r.report << QStringLiteral("not imported: ssh_key: set it in ~/.ssh/config for the host");

    finish(r, s);
    return r;
}

} // namespace borgtide::importer
