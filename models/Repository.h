#pragma once

#include <QString>
#include <QStringList>

namespace borgtide {

struct Repository
{
    qint64 id = 0;
    QString name;
    QString location; // normalised (SPEC 5, repositorylocation::normalize)
    QString encryption = QStringLiteral("repokey");
    // borg's BORG_PASSCOMMAND for this repository: a command that prints the passphrase (not a
    // secret itself). Empty: the passphrase comes from the keychain.
    QString passcommand{};
    // The location as it was written before locations were normalised (schema 2), when that
    // differs: the keychain may still hold the passphrase under it. Never in schedule files.
    QString legacyLocation{};

    // borg's encryption modes accepted by `borg init` (1.2 and 1.4)
    static const QStringList &encryptionModes();
    bool needsPassphrase() const;
    bool isRemote() const { return location.contains(QLatin1String("://")); }
    friend bool operator==(const Repository &a, const Repository &b)
    {
        return a.name == b.name && a.location == b.location && a.encryption == b.encryption &&
               a.passcommand == b.passcommand;
    }
    friend bool operator!=(const Repository &a, const Repository &b) { return !(a == b); }
};

namespace repositorylocation {

// SPEC 5: a local path made absolute and clean (no ".", "..", repeated or trailing '/';
// symbolic links resolved where the path exists); "ssh://user@Host:22/path" with a lower-case
// host and without the default port. scp-style "user@host:path" is kept as written.
QString normalize(const QString &location);

} // namespace repositorylocation

} // namespace borgtide
