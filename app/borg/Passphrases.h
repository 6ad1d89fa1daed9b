#pragma once

#include "app/borg/BorgEnvironment.h"
#include "app/jobs/TaskRunner.h"
#include "models/Result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace borgtide::passphrases {

// Where borg gets `repository`'s passphrase from, in this order: none for an unencrypted
// repository; its passcommand; one resolved before the job (`known`, by location); the user's
// own BORG_PASSCOMMAND/BORG_PASSPHRASE when `useEnvironment`; the keychain (under the location,
// then under the location as it was written before normalisation); the user's own variables;
// asking the user (the GUI; the answer is kept for next time). `done` is called once, unless
// `context` is gone by then.
void resolve(const Repository &repository, const JobServices &services,
             const QHash<QString, QString> &known, bool useEnvironment, QObject *context,
             std::function<void(const Result<borgenv::Passphrase> &)> done);

} // namespace borgtide::passphrases
