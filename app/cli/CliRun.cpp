// `run`: one job now, in this process, printing each task as it finishes.
// `daemon`: the scheduler without a window.
#include "app/borg/BorgEnvironment.h"
#include "app/cli/Cli.h"
#include "app/cli/ExitCode.h"
#include "app/jobs/JobRunner.h"
#include "app/jobs/JobText.h"
#include "app/jobs/Scheduler.h"
#include "app/platform/SignalWatcher.h"
#include "app/platform/SleepWatcher.h"
#include "app/secrets/SecretStore.h"
#include "models/Clock.h"
#include "models/JsonWriter.h"
#include "models/Store.h"
#include "models/Template.h"
#include "models/TimeFormat.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace borgtide {

namespace {

int exitCodeFor(JobStatus status)
{
    switch (status) {
    case JobStatus::Completed:
        return ExitOk;
    case JobStatus::CompletedWithWarnings:
        return ExitWarnings;
    case JobStatus::Skipped:
        return ExitSkipped;
    default:
        return ExitFailed;
    }
}

QByteArray taskJson(const Task &t)
{
    JsonWriter w(false);
    jobtext::writeTask(w, t, false);
    return w.data();
}

} // namespace

int Cli::cmdRun(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output")});
    if (!p.parse(QStringList{QStringLiteral("run")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(QStringLiteral("run needs one schedule NAME"));
    const bool json = p.isSet(QStringLiteral("json"));
    if (int rc = openStore())
        return rc;
    const QString name = p.positionalArguments().first();
    const auto schedule = m_store->scheduleByName(name);
    if (!schedule) {
        m_err << "borgtide: no schedule named '" << name << "'\n";
        return ExitUsage;
    }

    // What the job needs is checked before anything is recorded (exit 69).
    JobContext services = servicesFromSettings(*m_store);
    if (services.borgPath.isEmpty()) {
        m_err << "borgtide: " << borgenv::notFoundMessage() << "; nothing was started\n";
        return ExitUnavailable;
    }
    const Repository &repo = schedule->repository;
    if (repo.needsPassphrase()) {
        const SecretStore::Reply r = secrets().readSync(SecretStore::repositoryKey(repo));
        if (r.ok()) {
            services.passphrase = r.value;
        } else if (borgenv::userHasPassphraseSource()) {
            services.usePassphraseFromEnvironment = true;
        } else if (r.outcome == SecretStore::Outcome::NotFound) {
            m_err << "borgtide: no passphrase for repository '" << repo.name
                  << "' in the keychain; store it with: borgtide repo add " << repo.name << " "
                  << repo.location << " (or set BORG_PASSCOMMAND). Nothing was started.\n";
            return ExitUnavailable;
        } else {
            m_err << "borgtide: the passphrase of repository '" << repo.name << "' is needed, but "
                  << r.message
                  << ". Set BORG_PASSCOMMAND to run without a keychain. Nothing was started.\n";
            return ExitUnavailable;
        }
    }
    const QStringList secretsUsed = templates::secretNames(*schedule, true);
    if (!secretsUsed.isEmpty()) {
        const SecretStore::Reply r =
            secrets().readSync(SecretStore::secretKey(secretsUsed.first()));
        if (r.outcome == SecretStore::Outcome::Unavailable) {
            m_err << "borgtide: the hooks of '" << name << "' use {{ secret." << secretsUsed.first()
                  << " }}, but " << r.message << ". Nothing was started.\n";
            return ExitUnavailable;
        }
    }
    QNetworkAccessManager network;
    services.network = &network;
    services.secrets = &secrets();

    JobRunner runner(*m_store, *schedule, JobType::Manual, services);
    QEventLoop loop;
    QObject::connect(&runner, &JobRunner::taskFinished, &loop, [&](int i) {
        const Task &t = runner.job().tasks.at(i);
        if (json)
            m_out << QString::fromUtf8(taskJson(t)) << "\n";
        else
            m_out << jobtext::taskLine(t) << "\n";
        m_out.flush();
    });
    QObject::connect(&runner, &JobRunner::jobFinished, &loop, [&]() { loop.quit(); });
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::received, &loop,
                     [&](int, const QString &signalName) {
                         if (!json) {
                             m_err << "borgtide: " << signalName
                                   << ": cancelling the job (again to stop cleanup hooks too)\n";
                             m_err.flush();
                         }
                         runner.cancel(QStringLiteral("Cancelled: %1 received").arg(signalName));
                     });

    const JobRunner::StartResult started = runner.start();
    if (!started.started) {
        if (started.runningJobId != 0) {
            m_err << "borgtide: '" << name << "' is already running (job " << started.runningJobId
                  << "); nothing was started\n";
            return ExitTempFail;
        }
        m_err << "borgtide: cannot start the job: " << started.error << "\n";
        return ExitCantCreate;
    }
    if (!json) {
        m_out << "Job " << runner.job().idText() << " of '" << name << "' started ("
              << runner.job().tasks.size() << " tasks)\n";
        m_out.flush();
    }
    loop.exec();
    const std::optional<Job> stored = m_store->job(runner.job().id);
    const Job &job = stored ? *stored : runner.job();
    if (json) {
        m_out << QString::fromUtf8(jobtext::jobJson(job, true, false));
    } else {
        m_out << "Job " << job.idText() << ": " << toText(job.status);
        if (!job.message.isEmpty())
            m_out << " — " << job.message;
        m_out << "\n";
        if (!job.archiveName.isEmpty())
            m_out << "Archive: " << job.archiveName << "\n";
    }
    return exitCodeFor(job.status);
}

int Cli::cmdDaemon(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(QStringLiteral("daemon takes no arguments"));
    if (int rc = openStore())
        return rc;
    QLockFile lock(m_store->dataDir() + QStringLiteral("/daemon.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        m_err << "borgtide: a daemon already runs for " << m_store->dataDir() << " (pid " << pid
              << ")\n";
        return ExitTempFail;
    }
    JobContext services = servicesFromSettings(*m_store);
    if (services.borgPath.isEmpty())
        m_err << "borgtide: warning: " << borgenv::notFoundMessage()
              << "; backups will fail until it is installed\n";
    QNetworkAccessManager network;
    services.network = &network;
    services.secrets = &secrets();

    SystemClock clock;
    Scheduler scheduler(*m_store, clock, services);
    SleepWatcher sleep;
    QEventLoop loop;
    auto log = [this](const QString &line) {
        m_out << isoWithOffset(QDateTime::currentDateTime()) << " " << line << "\n";
        m_out.flush();
    };
    QObject::connect(&sleep, &SleepWatcher::resumed, &scheduler, &Scheduler::tick);
    QObject::connect(&scheduler, &Scheduler::jobStarted, &loop, [&](JobRunner *runner) {
        log(QStringLiteral("job %1 of '%2' started (%3, %4 tasks)")
                .arg(runner->job().idText(), runner->job().scheduleName, toText(runner->job().type))
                .arg(runner->job().tasks.size()));
    });
    QObject::connect(&scheduler, &Scheduler::jobFinished, &loop, [&](qint64 id, JobStatus status) {
        log(QStringLiteral("job %1 finished: %2").arg(id).arg(toText(status)));
    });
    QObject::connect(&scheduler, &Scheduler::runRecorded, &loop,
                     [&](qint64 id, const QString &message) {
                         log(QStringLiteral("job %1 skipped: %2").arg(id).arg(message));
                     });
    QObject::connect(&scheduler, &Scheduler::stopped, &loop, &QEventLoop::quit);
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::received, &loop, [&](int, const QString &name) {
        const int running = int(scheduler.runningJobs().size());
        log(running == 0 ? QStringLiteral("%1: stopping").arg(name)
                         : QStringLiteral("%1: stopping; cancelling %2 running "
                                          "job(s), cleanup hooks still run")
                               .arg(name)
                               .arg(running));
        scheduler.shutdown(QStringLiteral("Cancelled: the daemon received %1").arg(name));
    });
    log(QStringLiteral("borgtide %1 daemon started for %2 (%3 schedules)")
            .arg(QStringLiteral(BORGTIDE_VERSION), m_store->dataDir())
            .arg(m_store->schedules().size()));
    scheduler.start();
    loop.exec();
    log(QStringLiteral("daemon stopped"));
    return ExitOk;
}

} // namespace borgtide
