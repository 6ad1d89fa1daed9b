#include "app/borg/BorgEnvironment.h"

#include "models/Store.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace borgtide::borgenv {

QString findBorg(const Store *store)
{
    const QString configured = store ? store->setting(QStringLiteral("borg_path")) : QString();
    if (!configured.isEmpty()) {
        const QFileInfo fi(configured);
        return fi.isFile() && fi.isExecutable() ? fi.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(QStringLiteral("borg"));
}

const QStringList &secretVariables()
{
    static const QStringList vars{
        QStringLiteral("BORG_PASSPHRASE"), QStringLiteral("BORG_PASSCOMMAND"),
        QStringLiteral("BORG_NEW_PASSPHRASE"), QStringLiteral("BORG_PASSPHRASE_FD")};
    return vars;
}

QProcessEnvironment withoutSecrets()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &v : secretVariables())
        env.remove(v);
    return env;
}

bool userHasPassphraseSource()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    return env.contains(QStringLiteral("BORG_PASSCOMMAND")) ||
           env.contains(QStringLiteral("BORG_PASSPHRASE"));
}

QProcessEnvironment forBorg(const Passphrase &passphrase)
{
    using S = Passphrase::Source;
    const QProcessEnvironment user = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env = withoutSecrets();
    switch (passphrase.source) {
    case S::None:
        env.insert(QStringLiteral("BORG_PASSPHRASE"), QString());
        break;
    case S::Value:
        env.insert(QStringLiteral("BORG_PASSPHRASE"), passphrase.value);
        break;
    case S::Command:
        env.insert(QStringLiteral("BORG_PASSCOMMAND"), passphrase.value);
        break;
    case S::UserEnvironment:
        for (const char *v : {"BORG_PASSCOMMAND", "BORG_PASSPHRASE"}) {
            const QString name = QString::fromLatin1(v);
            if (user.contains(name))
                env.insert(name, user.value(name));
        }
        if (!env.contains(QStringLiteral("BORG_PASSPHRASE")) &&
            !env.contains(QStringLiteral("BORG_PASSCOMMAND")))
            env.insert(QStringLiteral("BORG_PASSPHRASE"), QString());
        break;
    }
    env.insert(QStringLiteral("BORG_EXIT_CODES"), QStringLiteral("legacy"));
    // every question borg could ask is answered "no"
    for (const char *v : {"BORG_UNKNOWN_UNENCRYPTED_REPO_ACCESS_IS_OK",
                          "BORG_RELOCATED_REPO_ACCESS_IS_OK", "BORG_CHECK_I_KNOW_WHAT_I_AM_DOING",
                          "BORG_DELETE_I_KNOW_WHAT_I_AM_DOING", "BORG_DISPLAY_PASSPHRASE"})
        env.insert(QString::fromLatin1(v), QStringLiteral("no"));
    env.insert(QStringLiteral("BORG_CHECK_I_KNOW_WHAT_I_AM_DOING"), QStringLiteral("NO"));
    env.insert(QStringLiteral("BORG_DELETE_I_KNOW_WHAT_I_AM_DOING"), QStringLiteral("NO"));
    return env;
}

QProcessEnvironment forBorg(const QString &passphrase, bool keepUserPassphraseSource)
{
    using S = Passphrase::Source;
    if (!passphrase.isNull())
        return forBorg(Passphrase{S::Value, passphrase});
    return forBorg(Passphrase{keepUserPassphraseSource ? S::UserEnvironment : S::None, {}});
}

} // namespace borgtide::borgenv
