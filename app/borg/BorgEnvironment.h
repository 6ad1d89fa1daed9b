#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace borgtide {

class Store;

namespace borgenv {

// The borg executable: the "borg_path" setting, else `borg` on PATH. Empty when not found.
QString findBorg(const Store *store);
inline QString notFoundMessage()
{
    return QStringLiteral("borg was not found: install BorgBackup (e.g. apt install borgbackup) "
                          "or set the path to borg in Settings");
}

// Variables that carry secrets: never passed to hooks, only to borg.
const QStringList &secretVariables();

// The environment borg runs with: the user's own minus any secret variables, with
// BORG_EXIT_CODES=legacy and answers to borg's interactive questions, plus the passphrase.
// When `passphrase` is null and the user's environment names a BORG_PASSCOMMAND or
// BORG_PASSPHRASE, that is kept (the documented fallback when no keychain is available).
QProcessEnvironment forBorg(const QString &passphrase, bool keepUserPassphraseSource);

// The user's environment minus secret variables: the base of a hook's environment.
QProcessEnvironment withoutSecrets();

// Whether the user's own environment names a passphrase source for borg.
bool userHasPassphraseSource();

} // namespace borgenv
} // namespace borgtide
