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

// Where borg gets a repository's passphrase from.
struct Passphrase
{
    enum class Source {
        None,            // an unencrypted repository: BORG_PASSPHRASE is set, empty
        Value,           // from the keychain, the session, or asked: BORG_PASSPHRASE
        Command,         // the repository's passcommand: BORG_PASSCOMMAND
        UserEnvironment, // the user's own BORG_PASSCOMMAND / BORG_PASSPHRASE (no keychain)
    };
    Source source = Source::None;
    QString value; // Value: the passphrase; Command: the command
};

// The environment borg runs with (SPEC 2): the user's own minus any secret variables, with
// BORG_EXIT_CODES=legacy, every question borg could ask answered "no" (so a relocated or an
// unexpectedly unencrypted repository fails at once), and the passphrase as `passphrase` says.
// BORG_PASSPHRASE is always set (empty when there is none), so borg never prompts.
QProcessEnvironment forBorg(const Passphrase &passphrase);
// The same for a passphrase value (null: none, or the user's own source when
// `keepUserPassphraseSource`).
QProcessEnvironment forBorg(const QString &passphrase, bool keepUserPassphraseSource);

// The user's environment minus secret variables: the base of a hook's environment.
QProcessEnvironment withoutSecrets();

// Whether the user's own environment names a passphrase source for borg.
bool userHasPassphraseSource();

} // namespace borgenv
} // namespace borgtide
