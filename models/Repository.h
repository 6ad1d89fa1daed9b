#pragma once

#include <QString>
#include <QStringList>

namespace borgtide {

struct Repository
{
    qint64 id = 0;
    QString name;
    QString location;
    QString encryption = QStringLiteral("repokey");

    // borg's encryption modes accepted by `borg init` (1.2 and 1.4)
    static const QStringList &encryptionModes();
    bool needsPassphrase() const;
    friend bool operator==(const Repository &a, const Repository &b)
    {
        return a.name == b.name && a.location == b.location && a.encryption == b.encryption;
    }
};

} // namespace borgtide
