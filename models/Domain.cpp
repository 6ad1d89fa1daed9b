#include "models/Repository.h"
#include "models/Schedule.h"

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

bool operator==(const Hook &a, const Hook &b)
{
    return a.name == b.name && a.type == b.type && a.command == b.command && a.shell == b.shell &&
           a.workingDirectory == b.workingDirectory && a.environmentVars == b.environmentVars &&
           a.critical == b.critical && a.timeoutSecs == b.timeoutSecs && a.enabled == b.enabled &&
           a.continueOnFailure == b.continueOnFailure && a.when == b.when && a.method == b.method &&
           a.url == b.url && a.headers == b.headers && a.body == b.body;
}

bool operator==(const Schedule &a, const Schedule &b)
{
    return a.name == b.name && a.enabled == b.enabled && a.repository == b.repository &&
           a.trigger == b.trigger && a.catchUpMissed == b.catchUpMissed && a.sources == b.sources &&
           a.excludes == b.excludes && a.archiveName == b.archiveName &&
           a.compression == b.compression && a.prune == b.prune && a.compact == b.compact &&
           a.checkEveryNJobs == b.checkEveryNJobs && a.notifications == b.notifications &&
           a.preHooks == b.preHooks && a.postHooks == b.postHooks;
}

} // namespace borgtide
