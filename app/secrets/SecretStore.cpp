#include "app/secrets/SecretStore.h"

#include "models/Repository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "borgtide.secrets")

namespace borgtide {

QString SecretStore::repositoryKey(const Repository &repository)
{
    return QStringLiteral("repository:") + repository.location;
}

QString SecretStore::secretKey(const QString &name)
{
    return QStringLiteral("secret:") + name;
}

namespace {

SecretStore::Reply waitFor(const std::function<void(SecretStore::Callback)> &start)
{
    QEventLoop loop;
    SecretStore::Reply result;
    bool done = false;
    start([&](const SecretStore::Reply &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace

SecretStore::Reply SecretStore::readSync(const QString &key)
{
    return waitFor([&](Callback cb) { read(key, std::move(cb)); });
}

SecretStore::Reply SecretStore::writeSync(const QString &key, const QString &value)
{
    return waitFor([&](Callback cb) { write(key, value, std::move(cb)); });
}

SecretStore::Reply SecretStore::removeSync(const QString &key)
{
    return waitFor([&](Callback cb) { remove(key, std::move(cb)); });
}

// ------------------------------------------------------------------ keychain

QString KeychainSecretStore::backendName() const
{
    return QCoreApplication::translate("borgtide::SecretStore", "system keychain");
}

KeychainSecretStore::KeychainSecretStore(QObject *parent, QString service)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

namespace {

SecretStore::Reply replyFor(QKeychain::Job *job)
{
    SecretStore::Reply r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.outcome = SecretStore::Outcome::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.outcome = SecretStore::Outcome::NotFound;
        r.message = QStringLiteral("no such entry in the keychain");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.outcome = SecretStore::Outcome::Unavailable;
        r.message = QStringLiteral("no system keychain is available (%1)").arg(job->errorString());
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.outcome = SecretStore::Outcome::Unavailable;
        r.message = QStringLiteral("the keychain refused access (%1)").arg(job->errorString());
        break;
    default:
        // libsecret reports a missing Secret Service as a generic error
        r.outcome = SecretStore::Outcome::Unavailable;
        r.message =
            QStringLiteral("the system keychain is not available (%1)").arg(job->errorString());
        break;
    }
    return r;
}

// Runs a QtKeychain job with a timeout; `done` is called exactly once.
void runJob(QObject *context, QKeychain::Job *job, int timeoutMs,
            const std::function<void(QKeychain::Job *, bool timedOut)> &done)
{
    auto fired = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [=](QKeychain::Job *j) {
        if (*fired)
            return;
        *fired = true;
        done(j, false);
        j->deleteLater();
    });
    QObject::connect(timer, &QTimer::timeout, context, [=]() {
        if (*fired)
            return;
        *fired = true;
        done(job, true);
        // the job may still answer later; it is deleted with the context
    });
    job->setAutoDelete(false);
    timer->start(timeoutMs);
    job->start();
}

SecretStore::Reply timeoutReply()
{
    return {SecretStore::Outcome::Unavailable,
            {},
            QStringLiteral("the system keychain did not answer (is it locked, or is no Secret "
                           "Service running?)")};
}

} // namespace

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    runJob(this, job, m_timeoutMs, [done, key](QKeychain::Job *j, bool timedOut) {
        if (timedOut) {
            done(timeoutReply());
            return;
        }
        Reply r = replyFor(j);
        if (r.ok())
            r.value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        qCDebug(lcSecrets) << "read" << key << int(r.outcome);
        done(r);
    });
}

void KeychainSecretStore::write(const QString &key, const QString &value, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(value);
    runJob(this, job, m_timeoutMs, [done, key](QKeychain::Job *j, bool timedOut) {
        const Reply r = timedOut ? timeoutReply() : replyFor(j);
        qCDebug(lcSecrets) << "write" << key << int(r.outcome);
        done(r);
    });
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    runJob(this, job, m_timeoutMs, [done](QKeychain::Job *j, bool timedOut) {
        Reply r = timedOut ? timeoutReply() : replyFor(j);
        if (r.outcome == Outcome::NotFound)
            r = {Outcome::Ok, {}, {}};
        done(r);
    });
}

// ------------------------------------------------------------------ memory

QString MemorySecretStore::backendName() const
{
    return QCoreApplication::translate("borgtide::SecretStore", "memory of this session only");
}

void MemorySecretStore::read(const QString &key, Callback done)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        done({Outcome::NotFound, {}, QStringLiteral("not entered in this session")});
    else
        done({Outcome::Ok, it.value(), {}});
}

void MemorySecretStore::write(const QString &key, const QString &value, Callback done)
{
    m_values.insert(key, value);
    done({Outcome::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    m_values.remove(key);
    done({Outcome::Ok, {}, {}});
}

// ------------------------------------------------------------------ keychain or session

SessionFallbackSecretStore::SessionFallbackSecretStore(SecretStore *keychain, QObject *parent)
    : SecretStore(parent)
    , m_keychain(keychain)
{}

QString SessionFallbackSecretStore::backendName() const
{
    return m_keychainUnavailable ? m_session.backendName() : m_keychain->backendName();
}

void SessionFallbackSecretStore::read(const QString &key, Callback done)
{
    m_keychain->read(key, [this, key, done](const Reply &r) {
        if (r.outcome != Outcome::Unavailable && r.outcome != Outcome::NotFound) {
            done(r);
            return;
        }
        if (r.outcome == Outcome::Unavailable)
            m_keychainUnavailable = true;
        m_session.read(key, [r, done](const Reply &session) { done(session.ok() ? session : r); });
    });
}

void SessionFallbackSecretStore::write(const QString &key, const QString &value, Callback done)
{
    m_keychain->write(key, value, [this, key, value, done](const Reply &r) {
        if (r.outcome != Outcome::Unavailable) {
            done(r);
            return;
        }
        m_keychainUnavailable = true;
        m_session.write(key, value, [r, done](const Reply &) {
            done({Outcome::Ok, {}, r.message}); // kept for this session: say why
        });
    });
}

void SessionFallbackSecretStore::remove(const QString &key, Callback done)
{
    m_session.remove(key, [](const Reply &) {});
    m_keychain->remove(key, done);
}

} // namespace borgtide
