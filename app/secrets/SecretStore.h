#pragma once

#include "models/Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace borgtide {

struct Repository;

// Repository passphrases and `secret.NAME` values (SPEC 7). Asynchronous like the keychains
// behind it. There is no plain-text fallback: when no keychain is available, reads and writes
// report Unavailable and the caller asks the user (and may keep the answer in a
// MemorySecretStore for the session).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Ok, NotFound, Unavailable, Error };
    struct Reply
    {
        Outcome outcome = Outcome::Error;
        QString value; // Ok reads
        // What went wrong, for the user. On an Ok write of SessionFallbackSecretStore, a
        // non-empty message means: kept for this session only, because of this.
        QString message;
        bool ok() const { return outcome == Outcome::Ok; }
    };
    using Callback = std::function<void(const Reply &)>;

    using QObject::QObject;

    // Keys are namespaced: a repository's passphrase belongs to its location (several
    // schedules or data folders may use one repository); secrets are per user.
    static QString repositoryKey(const Repository &repository);
    static QString secretKey(const QString &name);

    virtual QString backendName() const = 0;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;

    // Blocking forms for the command line: run a local event loop until the reply arrives.
    Reply readSync(const QString &key);
    Reply writeSync(const QString &key, const QString &value);
    Reply removeSync(const QString &key);
};

// The system keychain through QtKeychain (Secret Service / KWallet, macOS Keychain, Windows
// Credential Manager), with insecure fallback off.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr,
                                 QString service = QStringLiteral("borgtide"));
    QString backendName() const override;
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;
    // An operation that gets no answer within this time counts as "keychain unavailable".
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    QString m_service;
    int m_timeoutMs = 20000;
};

// Values kept in memory only: the session cache used when no keychain is available
// ("ask when needed, keep for the session"), and in tests of other parts.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    QString backendName() const override;
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QHash<QString, QString> m_values;
};

// The desktop application's store: the system keychain, and when that is unavailable, values
// kept in memory for this session only (SPEC 7: "say so and ask ... kept in memory for the
// session"). A write that could only be kept for the session succeeds with a message saying so.
class SessionFallbackSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit SessionFallbackSecretStore(SecretStore *keychain, QObject *parent = nullptr);
    QString backendName() const override;
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;
    bool keychainUnavailable() const { return m_keychainUnavailable; }

private:
    SecretStore *m_keychain;
    MemorySecretStore m_session;
    bool m_keychainUnavailable = false;
};

} // namespace borgtide
