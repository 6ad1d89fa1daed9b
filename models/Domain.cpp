#include "models/Repository.h"
#include "models/Schedule.h"

#include <QDir>
#include <QFileInfo>

namespace borgtide {

const QStringList &Repository::encryptionModes()
{
    static const QStringList modes{
        QStringLiteral("none"),
        QStringLiteral("repokey"),
        QStringLiteral("repokey-blake2"),
        QStringLiteral("keyfile"),
        QStringLiteral("keyfile-blake2"),
        QStringLiteral("authenticated"),
        QStringLiteral("authenticated-blake2"),
    };
    return modes;
}

bool Repository::needsPassphrase() const
{
    return encryption != QLatin1String("none");
}

namespace repositorylocation {

namespace {

// The deepest part of `path` that exists with its links resolved, and the rest appended.
QString resolveExisting(const QString &path)
{
    QString head = path;
    QString tail;
    while (!head.isEmpty()) {
        const QFileInfo fi(head);
        if (fi.exists()) {
            const QString canonical = fi.canonicalFilePath();
            if (canonical.isEmpty())
                break;
            return tail.isEmpty() ? canonical : QDir::cleanPath(canonical + tail);
        }
        const qsizetype slash = head.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            break;
        tail.prepend(head.mid(slash));
        head.truncate(slash);
    }
    return path;
}

QString stripTrailingSlashes(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

QString normalize(const QString &location)
{
    const QString text = location.trimmed();
    if (text.isEmpty())
        return text;
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    if (scheme > 0) {
        const QString name = text.left(scheme).toLower();
        const QString rest = text.mid(scheme + 3);
        if (name == QLatin1String("file"))
            return normalize(rest);
        // authority up to the first '/', then the path
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        QString authority = slash < 0 ? rest : rest.left(slash);
        QString path = slash < 0 ? QString() : rest.mid(slash);
        QString user;
        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            user = authority.left(at + 1);
            authority = authority.mid(at + 1);
        }
        QString host = authority;
        QString port;
        if (host.startsWith(QLatin1Char('['))) { // [IPv6]:port
            const qsizetype close = host.indexOf(QLatin1Char(']'));
            if (close > 0 && close + 1 < host.size() && host.at(close + 1) == QLatin1Char(':')) {
                port = host.mid(close + 2);
                host.truncate(close + 1);
            }
        } else if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0) {
            port = host.mid(colon + 1);
            host.truncate(colon);
        }
        if (name == QLatin1String("ssh") && port == QLatin1String("22"))
            port.clear();
        path = stripTrailingSlashes(QDir::cleanPath(path.isEmpty() ? QStringLiteral("/") : path));
        return name + QLatin1String("://") + user + host.toLower() +
               (port.isEmpty() ? QString() : QLatin1Char(':') + port) + path;
    }
    // scp style "user@host:path" (a ':' before any '/'), kept as written but for trailing '/'
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
#ifdef Q_OS_WIN
    const bool drive = colon == 1;
#else
    const bool drive = false;
#endif
    if (colon > 0 && !drive && (slash < 0 || colon < slash))
        return stripTrailingSlashes(text);
    QString path = QDir::fromNativeSeparators(text);
    if (path == QLatin1String("~"))
        path = QDir::homePath();
    else if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return resolveExisting(path);
}

} // namespace repositorylocation

const QStringList &Monitor::types()
{
    static const QStringList t{QStringLiteral("healthchecks"), QStringLiteral("ntfy"),
                               QStringLiteral("uptime_kuma"),  QStringLiteral("gotify"),
                               QStringLiteral("discord"),      QStringLiteral("slack")};
    return t;
}

const QStringList &Monitor::outcomes()
{
    static const QStringList o{QStringLiteral("success"), QStringLiteral("warning"),
                               QStringLiteral("failure"), QStringLiteral("skipped")};
    return o;
}

QStringList Monitor::defaultOutcomes(const QString &type)
{
    if (type == QLatin1String("healthchecks") || type == QLatin1String("uptime_kuma"))
        return outcomes();
    return {QStringLiteral("warning"), QStringLiteral("failure")};
}

const Repository &Schedule::repository() const
{
    static const Repository none;
    return repositories.isEmpty() ? none : repositories.first();
}

Repository &Schedule::repository()
{
    if (repositories.isEmpty())
        repositories.append(Repository{});
    return repositories.first();
}

bool operator==(const Hook &a, const Hook &b)
{
    return a.name == b.name && a.type == b.type && a.command == b.command && a.shell == b.shell &&
           a.workingDirectory == b.workingDirectory && a.environmentVars == b.environmentVars &&
           a.critical == b.critical && a.timeoutSecs == b.timeoutSecs && a.enabled == b.enabled &&
           a.continueOnFailure == b.continueOnFailure && a.logOutput == b.logOutput &&
           a.when == b.when && a.method == b.method && a.url == b.url && a.headers == b.headers &&
           a.body == b.body;
}

bool operator==(const Schedule &a, const Schedule &b)
{
    return a.name == b.name && a.enabled == b.enabled && a.repositories == b.repositories &&
           a.trigger == b.trigger && a.conditions == b.conditions && a.backup == b.backup &&
           a.catchUpMissed == b.catchUpMissed && a.sources == b.sources &&
           a.excludes == b.excludes && a.archiveName == b.archiveName &&
           a.compression == b.compression && a.prune == b.prune && a.compact == b.compact &&
           a.compactEveryDays == b.compactEveryDays && a.checkEveryNJobs == b.checkEveryNJobs &&
           a.checkEveryDays == b.checkEveryDays && a.notifications == b.notifications &&
           a.monitors == b.monitors && a.preHooks == b.preHooks && a.postHooks == b.postHooks;
}

} // namespace borgtide
