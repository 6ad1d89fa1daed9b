// borgmatic configuration (1.7 sectioned or flat 1.8+/2.x) -> one schedule (SPEC 10).
#include "models/import/Import.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace borgtide::importer {
namespace {

QString at(const YAML::Node &n)
{
    const YAML::Mark m = n.Mark();
    return QStringLiteral("line %1, column %2").arg(m.line + 1).arg(m.column + 1);
}

QString text(const YAML::Node &n)
{
    return QString::fromStdString(n.as<std::string>());
}

struct Ctx
{
    Result &r;
    bool scalar(const YAML::Node &n, const QString &key)
    {
        if (n.IsScalar())
            return true;
        r.problems.append({at(n), QStringLiteral("%1 must be a string").arg(key)});
        return false;
    }
    QStringList strings(const YAML::Node &n, const QString &key)
    {
        QStringList out;
        if (!n.IsSequence()) {
            r.problems.append({at(n), QStringLiteral("%1 must be a list of strings").arg(key)});
            return out;
        }
        for (const YAML::Node &e : n)
            if (scalar(e, key))
                out << text(e);
        return out;
    }
    std::optional<int> integer(const YAML::Node &n, const QString &key)
    {
        bool ok = false;
        const int v = n.IsScalar() ? text(n).toInt(&ok) : 0;
        if (!ok || v < 0) {
            r.problems.append(
                {at(n), QStringLiteral("%1 must be a non-negative integer").arg(key)});
            return std::nullopt;
        }
        return v;
    }
};

// borgmatic's placeholders become environment variables (Borgtide never splices values in).
QString rewrite(const QString &command, const QString &fileName, const QString &setting,
                QStringList &report)
{
    static const QList<std::pair<QString, QString>> vars{
        {QStringLiteral("{repository}"), QStringLiteral("BORGITORY_REPOSITORY_PATH")},
        {QStringLiteral("{repository_label}"), QStringLiteral("BORGITORY_REPOSITORY_NAME")},
        {QStringLiteral("{error}"), QStringLiteral("BORGITORY_ERROR_MESSAGE")}};
    QString out;
    bool single = false, dbl = false;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (!single && c == u'\\' && i + 1 < command.size()) {
            out += c;
            out += command.at(++i);
            continue;
        }
        if (!dbl && c == u'\'')
            single = !single;
        else if (!single && c == u'"')
            dbl = !dbl;
        bool done = false;
        if (c == u'{') {
            const QStringView rest = QStringView(command).mid(i);
            if (rest.startsWith(QLatin1String("{configuration_filename}"))) {
                out += fileName;
                i += qsizetype(sizeof("{configuration_filename}")) - 2;
                done = true;
            }
            for (const auto &[placeholder, var] : vars) {
                if (done || !rest.startsWith(placeholder))
                    continue;
                if (single) {
                    report << QStringLiteral("not imported: %1: %2 inside single quotes is not "
                                             "expanded by the shell; left as written")
                                  .arg(setting, placeholder);
                    break;
                }
                out += dbl ? QString(QLatin1String("$") + var)
                           : QString(QLatin1String("\"$") + var + u'"');
                i += placeholder.size() - 1;
                done = true;
            }
        }
        if (!done)
            out += c;
    }
    return out;
}

int daysOf(const QString &frequency, bool *always)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d+)\\s*(hour|day|week|month|year)s?\\s*$"));
    const QRegularExpressionMatch m = re.match(frequency);
    if (!m.hasMatch()) {
        *always = true;
        return 0;
    }
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("hour"))
        return qMax(1, n / 24);
    if (unit == QLatin1String("week"))
        return 7 * n;
    if (unit == QLatin1String("month"))
        return 30 * n;
    if (unit == QLatin1String("year"))
        return 365 * n;
    return n;
}

} // namespace

Result parseBorgmatic(const QByteArray &data, const QString &fileName)
{
    Result r;
    Ctx cx{r};
    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::Exception &e) {
        r.problems.append(
            {QStringLiteral("line %1, column %2").arg(e.mark.line + 1).arg(e.mark.column + 1),
             QStringLiteral("not valid YAML: %1").arg(QString::fromStdString(e.msg))});
        return r;
    }
    if (!root.IsMap()) {
        r.problems.append({QString(), QStringLiteral("not a borgmatic configuration (a YAML "
                                                     "mapping of options)")});
        return r;
    }
    // Flatten the 1.7 sections into one option table.
    QMap<QString, YAML::Node> opts;
    static const QStringList sections{QStringLiteral("location"),  QStringLiteral("storage"),
                                      QStringLiteral("retention"), QStringLiteral("consistency"),
                                      QStringLiteral("hooks"),     QStringLiteral("output")};
    for (const auto &kv : root) {
        const QString key = QString::fromStdString(kv.first.as<std::string>());
        if (sections.contains(key) && kv.second.IsMap()) {
            for (const auto &inner : kv.second)
                opts.insert(QString::fromStdString(inner.first.as<std::string>()), inner.second);
        } else {
            opts.insert(key, kv.second);
        }
    }
    auto take = [&](const char *key) -> YAML::Node {
        const QString k = QLatin1String(key);
        if (!opts.contains(k))
            return YAML::Node(YAML::NodeType::Undefined);
        YAML::Node n = opts.value(k);
        opts.remove(k);
        return n.IsNull() ? YAML::Node(YAML::NodeType::Undefined) : n;
    };

    const QString base = QFileInfo(fileName).fileName();
    QString stem = base;
    stem.remove(QRegularExpression(QStringLiteral("\\.(yaml|yml)$")));
    Schedule s;
    s.name = validName(stem.isEmpty() || stem == u"-" ? QStringLiteral("borgmatic") : stem);
    s.trigger.kind = TriggerKind::Manual;
    r.report << QStringLiteral("file -> schedule '%1'").arg(s.name);
    r.report << QStringLiteral("trigger -> manual: borgmatic is run by cron or a systemd timer; "
                               "set the time in Borgtide");

    if (YAML::Node n = take("source_directories"); n) {
        for (QString src : cx.strings(n, QStringLiteral("source_directories"))) {
            if (src == u"~" || src.startsWith(QLatin1String("~/")))
                src = QDir::homePath() + src.mid(1);
            if (src.contains(QRegularExpression(QStringLiteral("[*?\\[]")))) {
                const QFileInfo fi(src);
                const QStringList found = QDir(fi.path()).entryList(
                    {fi.fileName()}, QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
                QStringList full;
                for (const QString &f : found)
                    full << QDir(fi.path()).filePath(f);
                r.report << QStringLiteral("source %1 -> %2")
                                .arg(src, full.isEmpty() ? QStringLiteral("(nothing)")
                                                         : full.join(u", "));
                s.sources << full;
            } else {
                s.sources << src;
            }
        }
        r.report << QStringLiteral("source_directories -> sources: %1").arg(s.sources.join(u", "));
    }
    QString passphrase;
    if (YAML::Node n = take("encryption_passphrase");
        n && cx.scalar(n, QStringLiteral("encryption_passphrase"))) {
        passphrase = text(n);
        if (passphrase.trimmed().startsWith(QLatin1String("{credential"))) {
            r.report << QStringLiteral("not imported: encryption_passphrase: a {credential …} "
                                       "value; store the passphrase with borgtide repo add");
            passphrase.clear();
        }
    }
    QString passcommand;
    if (YAML::Node n = take("encryption_passcommand");
        n && cx.scalar(n, QStringLiteral("encryption_passcommand")))
        passcommand = text(n);
    const bool hasSecret = !passphrase.isEmpty() || !passcommand.isEmpty();
    if (YAML::Node n = take("repositories"); n && n.IsSequence()) {
        QStringList used;
        for (const YAML::Node &e : n) {
            Repository repo;
            QString label, path;
            QString enc;
            if (e.IsScalar()) {
                path = text(e);
            } else if (e.IsMap() && e["path"] && e["path"].IsScalar()) {
                path = text(e["path"]);
                if (e["label"] && e["label"].IsScalar())
                    label = text(e["label"]);
                if (e["encryption"] && e["encryption"].IsScalar())
                    enc = text(e["encryption"]);
            } else {
                r.problems.append({at(e), QStringLiteral("repositories entries must be a path or "
                                                         "{path, label}")});
                continue;
            }
            if (label.isEmpty()) {
                QString p = path;
                while (p.endsWith(u'/'))
                    p.chop(1);
                label = p.section(QRegularExpression(QStringLiteral("[/:]")), -1);
            }
            QString name = validName(label);
            for (int k = 2; used.contains(name); ++k)
                name = validName(label) + QStringLiteral(" %1").arg(k);
            used << name;
            repo.name = name;
            repo.location = repositorylocation::normalize(path);
            repo.encryption = !enc.isEmpty() ? enc
                              : hasSecret    ? QStringLiteral("repokey")
                                             : QStringLiteral("none");
            repo.passcommand = passcommand;
            s.repositories << repo;
            r.report << QStringLiteral("repository %1 -> repository '%2' (%3)")
                            .arg(path, repo.name, repo.encryption);
            if (!passphrase.isEmpty() && repo.needsPassphrase() && passcommand.isEmpty())
                r.passphrases.append({repo, passphrase});
        }
        if (!passcommand.isEmpty())
            r.report << QStringLiteral("encryption_passcommand -> passcommand");
        if (!r.passphrases.isEmpty())
            r.report << QStringLiteral("encryption_passphrase -> keychain (%1 repositories)")
                            .arg(r.passphrases.size());
    } else {
        r.problems.append(
            {QStringLiteral("repositories"), QStringLiteral("required: a list of repositories")});
    }
    if (YAML::Node n = take("exclude_patterns"); n) {
        s.excludes = cx.strings(n, QStringLiteral("exclude_patterns"));
        r.report << QStringLiteral("exclude_patterns -> excludes: %1").arg(s.excludes.join(u", "));
    }
    if (YAML::Node n = take("compression"); n && cx.scalar(n, QStringLiteral("compression"))) {
        s.compression = text(n);
        r.report << QStringLiteral("compression -> %1").arg(s.compression);
    }
    if (YAML::Node n = take("archive_name_format");
        n && cx.scalar(n, QStringLiteral("archive_name_format"))) {
        s.archiveName = text(n);
        r.report << QStringLiteral("archive_name_format -> archive_name '%1'").arg(s.archiveName);
    }
    Retention keep;
    bool anyKeep = false;
    const std::pair<const char *, std::optional<int> Retention::*> keeps[] = {
        {"keep_hourly", &Retention::keepHourly},
        {"keep_daily", &Retention::keepDaily},
        {"keep_weekly", &Retention::keepWeekly},
        {"keep_monthly", &Retention::keepMonthly},
        {"keep_yearly", &Retention::keepYearly}};
    for (const auto &[key, member] : keeps) {
        if (YAML::Node n = take(key); n) {
            keep.*member = cx.integer(n, QLatin1String(key));
            anyKeep = true;
            r.report << QStringLiteral("%1 -> prune.%1").arg(QLatin1String(key));
        }
    }
    if (YAML::Node n = take("keep_within"); n && cx.scalar(n, QStringLiteral("keep_within"))) {
        keep.keepWithin = text(n);
        anyKeep = true;
        r.report << QStringLiteral("keep_within -> prune.keep_within");
    }
    if (anyKeep)
        s.prune = keep;
    if (YAML::Node n = take("checks"); n && n.IsSequence()) {
        bool always = false;
        int shortest = 0;
        for (const YAML::Node &c : n) {
            if (c.IsMap() && c["frequency"] && c["frequency"].IsScalar()) {
                const int d = daysOf(text(c["frequency"]), &always);
                if (d > 0 && (shortest == 0 || d < shortest))
                    shortest = d;
            } else {
                always = true;
            }
        }
        if (always) {
            s.checkEveryNJobs = 1;
            r.report << QStringLiteral("checks -> check_every_n_jobs: 1");
        } else {
            s.checkEveryDays = shortest;
            r.report << QStringLiteral("checks -> check_every_days: %1").arg(shortest);
        }
    }

    auto addHooks = [&](const QString &option, const QStringList &commands, bool pre,
                        HookWhen when) {
        int pos = 0;
        for (const QString &c : commands) {
            Hook h;
            h.name = QStringLiteral("%1 %2").arg(option).arg(++pos);
            h.command = rewrite(c, base, h.name, r.report);
            h.critical = pre;
            h.when = pre ? HookWhen::Success : when;
            (pre ? s.preHooks : s.postHooks) << h;
            r.report << QStringLiteral("%1 -> %2 '%3'")
                            .arg(option,
                                 pre ? QStringLiteral("critical pre-hook")
                                     : QStringLiteral("%1 post-hook")
                                           .arg(when == HookWhen::Success   ? u"success"
                                                : when == HookWhen::Failure ? u"failure"
                                                                            : u"always"),
                                 h.name);
        }
    };
    for (const char *k : {"before_backup", "before_actions", "before_everything"})
        if (YAML::Node n = take(k); n)
            addHooks(QLatin1String(k), cx.strings(n, QLatin1String(k)), true, HookWhen::Success);
    for (const char *k : {"after_backup", "after_actions", "after_everything"})
        if (YAML::Node n = take(k); n)
            addHooks(QLatin1String(k), cx.strings(n, QLatin1String(k)), false, HookWhen::Success);
    if (YAML::Node n = take("on_error"); n)
        addHooks(QStringLiteral("on_error"), cx.strings(n, QStringLiteral("on_error")), false,
                 HookWhen::Failure);
    if (YAML::Node n = take("commands"); n && n.IsSequence()) {
        for (const YAML::Node &c : n) {
            if (!c.IsMap() || !c["run"]) {
                r.problems.append({at(c), QStringLiteral("commands entries need 'run'")});
                continue;
            }
            const bool pre = bool(c["before"]);
            const YAML::Node kindNode = pre ? c["before"] : c["after"];
            if (!kindNode || !kindNode.IsScalar()) {
                r.problems.append(
                    {at(c), QStringLiteral("commands entries need 'before' or 'after'")});
                continue;
            }
            const QString kind = text(kindNode);
            const QString option =
                (pre ? QStringLiteral("before ") : QStringLiteral("after ")) + kind;
            if (c["when"]) {
                const QStringList whenList = cx.strings(c["when"], QStringLiteral("when"));
                if (!whenList.contains(QLatin1String("create"))) {
                    r.report << QStringLiteral("not imported: %1: runs only for %2, not for "
                                               "backups")
                                    .arg(option, whenList.join(u", "));
                    continue;
                }
            }
            HookWhen when = HookWhen::Always;
            if (!pre && kind == QLatin1String("error"))
                when = HookWhen::Failure;
            else if (!pre && c["states"]) {
                const QStringList states = cx.strings(c["states"], QStringLiteral("states"));
                const bool fin = states.contains(QLatin1String("finish"));
                const bool fail = states.contains(QLatin1String("fail"));
                when = fin && !fail   ? HookWhen::Success
                       : fail && !fin ? HookWhen::Failure
                                      : HookWhen::Always;
            }
            addHooks(option, cx.strings(c["run"], QStringLiteral("run")), pre, when);
        }
    }
    if (YAML::Node n = take("healthchecks"); n) {
        if (n.IsMap() && n["ping_url"] && n["ping_url"].IsScalar()) {
            s.monitors << Monitor{QStringLiteral("healthchecks"), text(n["ping_url"]), {}};
            r.report << QStringLiteral("healthchecks -> healthchecks monitor");
        } else {
            r.problems.append({at(n), QStringLiteral("healthchecks needs ping_url")});
        }
    }
    if (YAML::Node n = take("ntfy"); n) {
        if (n.IsMap() && n["topic"] && n["topic"].IsScalar()) {
            QString server = n["server"] && n["server"].IsScalar()
                                 ? text(n["server"])
                                 : QStringLiteral("https://ntfy.sh");
            while (server.endsWith(u'/'))
                server.chop(1);
            s.monitors << Monitor{QStringLiteral("ntfy"), server + u'/' + text(n["topic"]), {}};
            r.report << QStringLiteral("ntfy -> ntfy monitor");
        } else {
            r.problems.append({at(n), QStringLiteral("ntfy needs topic")});
        }
    }
    if (YAML::Node n = take("uptime_kuma"); n) {
        if (n.IsMap() && n["push_url"] && n["push_url"].IsScalar()) {
            s.monitors << Monitor{QStringLiteral("uptime_kuma"), text(n["push_url"]), {}};
            r.report << QStringLiteral("uptime_kuma -> uptime_kuma monitor");
        } else {
            r.problems.append({at(n), QStringLiteral("uptime_kuma needs push_url")});
        }
    }
    for (auto it = opts.cbegin(); it != opts.cend(); ++it)
        r.report << QStringLiteral("not imported: %1: no equivalent in Borgtide").arg(it.key());

    finish(r, s);
    return r;
}

} // namespace borgtide::importer
