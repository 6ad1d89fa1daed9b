#include "app/hooks/HookRunner.h"

#include "app/borg/BorgEnvironment.h"
#include "app/secrets/SecretStore.h"
#include "models/Template.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>

#include <memory>

Q_LOGGING_CATEGORY(lcHooks, "borgtide.hooks")

namespace borgtide {

namespace {

void resolveNext(SecretStore *store, std::shared_ptr<QStringList> names,
                 std::shared_ptr<QHash<QString, QString>> values, QPointer<QObject> context,
                 std::function<void(const QHash<QString, QString> &, const QString &)> done)
{
    if (names->isEmpty()) {
        done(*values, {});
        return;
    }
    const QString name = names->takeFirst();
    if (!store) {
        done({},
             QStringLiteral("Secret '%1' is needed but no secret store is available").arg(name));
        return;
    }
    store->read(SecretStore::secretKey(name), [=](const SecretStore::Reply &r) {
        if (!context)
            return;
        if (!r.ok()) {
            done({},
                 r.outcome == SecretStore::Outcome::NotFound
                     ? QStringLiteral("Secret '%1' is not in the keychain (add it in Settings "
                                      "> Secrets)")
                           .arg(name)
                     : QStringLiteral("Secret '%1' could not be read: %2").arg(name, r.message));
            return;
        }
        values->insert(name, r.value);
        resolveNext(store, names, values, context, done);
    });
}

} // namespace

void resolveSecrets(SecretStore *store, const QStringList &names, QObject *context,
                    std::function<void(const QHash<QString, QString> &, const QString &error)> done)
{
    resolveNext(store, std::make_shared<QStringList>(names),
                std::make_shared<QHash<QString, QString>>(), QPointer<QObject>(context),
                std::move(done));
}

CommandHookRunner::CommandHookRunner(const JobContext &context, const Hook &hook, HookPhase phase,
                                     int taskIndex, QObject *parent)
    : TaskRunner(parent)
    , m_context(context)
    , m_hook(hook)
    , m_phase(phase)
    , m_index(taskIndex)
{
    m_process.setMergedChannels(true);
    connect(&m_process, &GroupProcess::standardOutput, this, &TaskRunner::output);
    connect(&m_process, &GroupProcess::started, this, &TaskRunner::processGroupStarted);
    connect(&m_process, &GroupProcess::finished, this, &CommandHookRunner::onFinished);
}

QString CommandHookRunner::expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

QString CommandHookRunner::defaultShell()
{
#ifdef Q_OS_WIN
    return QStringLiteral("cmd.exe");
#else
    static const QString shell = QFileInfo(QStringLiteral("/bin/bash")).isExecutable()
                                     ? QStringLiteral("/bin/bash")
                                     : QStringLiteral("/bin/sh");
    return shell;
#endif
}

QStringList CommandHookRunner::shellCommand(const Hook &hook, QString *program)
{
    QString shell = hook.shell.trimmed();
    if (shell.isEmpty())
        shell = defaultShell();
    *program = shell;
    const QString base = QFileInfo(shell).fileName().toLower();
    if (base == QLatin1String("cmd") || base == QLatin1String("cmd.exe"))
        return {QStringLiteral("/C"), hook.command};
    return {QStringLiteral("-c"), hook.command};
}

QProcessEnvironment CommandHookRunner::environment(const JobContext &c, const Hook &hook,
                                                   HookPhase phase, int taskIndex,
                                                   const QHash<QString, QString> &secrets)
{
    QProcessEnvironment env = c.hookBaseEnvironment.inheritsFromParent() ? borgenv::withoutSecrets()
                                                                         : c.hookBaseEnvironment;
    QHash<QString, QString> values;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        values.insert(QStringLiteral("secret.") + it.key(), it.value());
    for (const auto &[name, value] : hook.environmentVars) {
        const auto rendered = templates::render(value, values);
        env.insert(name, rendered ? rendered.value() : value);
    }
    auto set = [&](const char *name, const QString &value) {
        env.insert(QString::fromLatin1(name), value);
    };
    const Repository &first = c.schedule.repository();
    set("BORGITORY_REPOSITORY_ID", QString::number(first.id));
    set("BORGITORY_TASK_INDEX", QString::number(taskIndex));
    set("BORGITORY_JOB_TYPE", c.isTest() ? QStringLiteral("manual") : toText(c.job.type));
    set("BORGITORY_JOB_ID", c.jobIdText());
    set("BORGITORY_SCHEDULE_NAME", c.schedule.name);
    set("BORGITORY_REPOSITORY_NAME", first.name);
    set("BORGITORY_REPOSITORY_PATH", first.location);
    QStringList locations;
    for (const Repository &r : c.schedule.repositories)
        locations.append(r.location);
    set("BORGTIDE_REPOSITORIES", locations.join(QLatin1Char('\n')));
    set("BORGITORY_HOOK_NAME", hook.name);
    set("BORGITORY_HOOK_PHASE", toText(phase));
    if (phase == HookPhase::Post) {
        // empty when no backup made one (a maintenance schedule, a failed backup)
        set("BORGITORY_ARCHIVE_NAME", c.archiveName);
        set("BORGITORY_JOB_STATUS", c.hookJobStatus);
        set("BORGITORY_ERROR_MESSAGE", c.errorMessage);
    }
    // Marks the hook's processes as this job's, so crash recovery may stop them.
    set("BORGTIDE_JOB_ID", c.jobIdText());
    // Secrets never reach a hook, even through environment_vars.
    for (const QString &v : borgenv::secretVariables())
        env.remove(v);
    return env;
}

void CommandHookRunner::start()
{
    const QStringList names = templates::secretNames(m_hook);
    if (names.isEmpty()) {
        launch({});
        return;
    }
    resolveSecrets(m_context.services->secrets, names, this,
                   [this](const QHash<QString, QString> &values, const QString &error) {
                       if (m_cancelled)
                           return;
                       if (!error.isEmpty()) {
                           Q_EMIT finished({TaskOutcome::Kind::Failure, std::nullopt, error});
                           return;
                       }
                       Q_EMIT secretsUsed(values.values());
                       launch(values);
                   });
}

void CommandHookRunner::launch(const QHash<QString, QString> &secrets)
{
    QString workDir = m_hook.workingDirectory.trimmed().isEmpty()
                          ? QDir::homePath()
                          : expandHome(m_hook.workingDirectory.trimmed());
    if (!QFileInfo(workDir).isDir()) {
        Q_EMIT finished({TaskOutcome::Kind::Failure, std::nullopt,
                         QStringLiteral("Working directory '%1' does not exist").arg(workDir)});
        return;
    }
    QString program;
    const QStringList args = shellCommand(m_hook, &program);
    m_process.setCommand(program, args);
    m_process.setWorkingDirectory(workDir);
    m_process.setEnvironment(environment(m_context, m_hook, m_phase, m_index, secrets));
    m_process.setTimeoutSecs(m_hook.timeoutSecs);
    m_process.setKillGraceMs(5000);
    qCDebug(lcHooks) << "starting hook" << m_hook.name << "with" << program;
    m_process.start();
}

void CommandHookRunner::cancel()
{
    m_cancelled = true;
    if (m_process.isRunning())
        m_process.cancel();
    else
        Q_EMIT finished(TaskOutcome::stoppedByUser());
}

void CommandHookRunner::onFinished(const GroupProcess::Result &r)
{
    using K = TaskOutcome::Kind;
    switch (r.end) {
    case GroupProcess::End::Exited:
        if (r.exitCode == 0)
            Q_EMIT finished({K::Success, 0, {}});
        else if (r.exitCode == 75 && m_phase == HookPhase::Pre)
            Q_EMIT finished(
                {K::SkipRequested, 75, QStringLiteral("Hook requested skip (exit 75)")});
        else
            Q_EMIT finished(
                {K::Failure, r.exitCode, QStringLiteral("Exited with code %1").arg(r.exitCode)});
        return;
    case GroupProcess::End::Signaled:
        Q_EMIT finished(
            {K::Failure, std::nullopt, QStringLiteral("Killed by signal %1").arg(r.exitCode)});
        return;
    case GroupProcess::End::TimedOut:
        Q_EMIT finished({K::Failure, std::nullopt,
                         QStringLiteral("Hook '%1' timed out after %2 s")
                             .arg(m_hook.name)
                             .arg(m_hook.timeoutSecs)});
        return;
    case GroupProcess::End::Cancelled:
        Q_EMIT finished(TaskOutcome::stoppedByUser());
        return;
    case GroupProcess::End::FailedToStart: {
        QString program;
        shellCommand(m_hook, &program);
        Q_EMIT finished({K::Failure, std::nullopt,
                         QStringLiteral("Cannot start the shell '%1': %2").arg(program, r.error)});
        return;
    }
    }
}

} // namespace borgtide
