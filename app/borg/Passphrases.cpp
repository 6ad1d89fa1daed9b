#include "app/borg/Passphrases.h"

#include "app/secrets/SecretStore.h"

#include <QPointer>

namespace borgtide::passphrases {

namespace {

using R = Result<borgenv::Passphrase>;
using S = borgenv::Passphrase::Source;

void ask(const Repository &repository, const JobServices &services, QPointer<QObject> context,
         const std::function<void(const R &)> &done, const SecretStore::Reply &why)
{
    if (borgenv::userHasPassphraseSource()) {
        done(borgenv::Passphrase{S::UserEnvironment, {}});
        return;
    }
    if (services.askPassphrase) {
        SecretStore *secrets = services.secrets;
        services.askPassphrase(repository, [=](const QString &passphrase) {
            if (!context)
                return;
            if (passphrase.isNull()) {
                done(R::failure(ErrorCode::NotFound,
                                QStringLiteral("No passphrase for repository '%1' was given")
                                    .arg(repository.name)));
                return;
            }
            // kept for next time (in the keychain, or for this session)
            if (secrets)
                secrets->write(SecretStore::repositoryKey(repository), passphrase,
                               [](const SecretStore::Reply &) {});
            done(borgenv::Passphrase{S::Value, passphrase});
        });
        return;
    }
    done(R::failure(ErrorCode::NotFound,
                    why.outcome == SecretStore::Outcome::NotFound
                        ? QStringLiteral("No passphrase for repository '%1' in the keychain; "
                                         "store it with: borgtide repo add %1 %2")
                              .arg(repository.name, repository.location)
                        : QStringLiteral("The passphrase of repository '%1' could not be read: %2")
                              .arg(repository.name, why.message)));
}

} // namespace

void resolve(const Repository &repository, const JobServices &services,
             const QHash<QString, QString> &known, bool useEnvironment, QObject *context,
             std::function<void(const R &)> done)
{
    if (!repository.needsPassphrase()) {
        done(borgenv::Passphrase{S::None, {}});
        return;
    }
    if (!repository.passcommand.isEmpty()) {
        done(borgenv::Passphrase{S::Command, repository.passcommand});
        return;
    }
    if (const auto it = known.constFind(repository.location); it != known.constEnd()) {
        done(borgenv::Passphrase{S::Value, *it});
        return;
    }
    if (useEnvironment) {
        done(borgenv::Passphrase{S::UserEnvironment, {}});
        return;
    }
    SecretStore *secrets = services.secrets;
    if (!secrets) {
        ask(repository, services, context, done,
            {SecretStore::Outcome::Unavailable, {}, QStringLiteral("no secret store")});
        return;
    }
    QPointer<QObject> guard(context);
    const JobServices *svc = &services;
    secrets->read(SecretStore::repositoryKey(repository), [=](const SecretStore::Reply &r) {
        if (!guard)
            return;
        if (r.ok()) {
            done(borgenv::Passphrase{S::Value, r.value});
            return;
        }
        if (r.outcome != SecretStore::Outcome::NotFound || repository.legacyLocation.isEmpty()) {
            ask(repository, *svc, guard, done, r);
            return;
        }
        // stored before locations were normalised
        Repository legacy = repository;
        legacy.location = repository.legacyLocation;
        secrets->read(SecretStore::repositoryKey(legacy), [=](const SecretStore::Reply &old) {
            if (!guard)
                return;
            if (old.ok())
                done(borgenv::Passphrase{S::Value, old.value});
            else
                ask(repository, *svc, guard, done, r);
        });
    });
}

} // namespace borgtide::passphrases
