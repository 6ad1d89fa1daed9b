#pragma once

#include "app/jobs/TaskRunner.h"
#include "app/platform/GroupProcess.h"

#include <QHash>
#include <QProcessEnvironment>

namespace borgtide {

// A command hook (SPEC 2, "Command hooks"): [shell, "-c", command] in its own process group,
// in the hook's working directory (else the home folder), with the user's environment minus
// secrets, the hook's environment_vars and the BORGITORY_* variables, and a timeout.
class CommandHookRunner final : public TaskRunner
{
    Q_OBJECT
public:
    CommandHookRunner(const JobContext &context, const Hook &hook, HookPhase phase, int taskIndex,
                      QObject *parent = nullptr);
    void start() override;
    void cancel() override;

    // The environment a hook runs with; `secrets` maps NAME to the keychain value for
    // {{ secret.NAME }} in environment_vars.
    static QProcessEnvironment environment(const JobContext &context, const Hook &hook,
                                           HookPhase phase, int taskIndex,
                                           const QHash<QString, QString> &secrets);
    // [program, args]: the hook's shell, else /bin/bash where it exists (Borgitory's default),
    // else /bin/sh; cmd.exe /C on Windows.
    static QStringList shellCommand(const Hook &hook, QString *program);
    static QString defaultShell();
    static QString expandHome(const QString &path);

private:
    void launch(const QHash<QString, QString> &secrets);
    void onFinished(const GroupProcess::Result &result);

    const JobContext m_context;
    Hook m_hook;
    HookPhase m_phase;
    int m_index;
    GroupProcess m_process;
    bool m_cancelled = false;
};

// Reads the `{{ secret.NAME }}` values a task needs from the secret store, one after another,
// then calls `done` with NAME -> value, or with an error naming the first secret it could not get.
void resolveSecrets(
    SecretStore *store, const QStringList &names, QObject *context,
    std::function<void(const QHash<QString, QString> &, const QString &error)> done);

} // namespace borgtide
