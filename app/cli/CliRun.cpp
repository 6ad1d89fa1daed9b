// `run`: one job now, through this process's JobBoard, printing each task as it finishes.
// `daemon`: the scheduler without a window.
#include "app/borg/BorgEnvironment.h"
#include "app/cli/Cli.h"
#include "app/cli/ExitCode.h"
#include "app/jobs/JobBoard.h"
#include "app/jobs/JobText.h"
#include "app/jobs/Scheduler.h"
#include "app/platform/MountWatcher.h"
#include "app/platform/NetworkState.h"
#include "app/platform/PowerState.h"
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
#include <QTimer>

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

QString repositoryAt(const Schedule &s, const QString &location)
{
    for (const Repository &r : s.repositories) {
        if (r.location == location)
            return r.name;
    }
    return location;
}

} // namespace

int Cli::resolvePassphrases(const Schedule &schedule, QHash<QString, QString> *passphrases,
                            bool *fromEnvironment)
{
    for (const Repository &repo : schedule.repositories) {
        if (!repo.needsPassphrase() || !repo.passcommand.isEmpty())
            continue;
        SecretStore::Reply r = secrets().readSync(SecretStore::repositoryKey(repo));
        if (!r.ok() && r.outcome == SecretStore::Outcome::NotFound &&
            !repo.legacyLocation.isEmpty()) {
            Repository legacy = repo;
            legacy.location = repo.legacyLocation;
            r = secrets().readSync(SecretStore::repositoryKey(legacy));
        }
        if (r.ok()) {
            passphrases->insert(repo.location, r.value);
        } else if (borgenv::userHasPassphraseSource()) {
            *fromEnvironment = true;
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
    return ExitOk;
}

int Cli::cmdRun(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output")});
    p.addOption({QStringLiteral("no-wait"),
                 QStringLiteral("when a repository is busy, record nothing and exit 75")});
    p.addOption({QStringLiteral("scheduled"),
                 QStringLiteral("run as the scheduler would (type scheduled, conditions)")});
    if (!p.parse(QStringList{QStringLiteral("run")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(QStringLiteral("run needs one schedule NAME"));
    const bool json = p.isSet(QStringLiteral("json"));
    const bool scheduled = p.isSet(QStringLiteral("scheduled"));
    if (int rc = openStore())
        return rc;
    const QString name = p.positionalArguments().first();
    const auto schedule = m_store->scheduleByName(name);
    if (!schedule) {
        m_err << "borgtide: no schedule named '" << name << "'\n";
        return ExitUsage;
    }

    // What the job needs is checked before anything is recorded (exit 69).
    JobServices services = servicesFromSettings(*m_store);
    if (services.borgPath.isEmpty()) {
        m_err << "borgtide: " << borgenv::notFoundMessage() << "; nothing was started\n";
        return ExitUnavailable;
    }
    JobBoard::Request request;
    request.type = scheduled ? JobType::Scheduled : JobType::Manual;
    request.wait = !p.isSet(QStringLiteral("no-wait"));
    if (int rc =
            resolvePassphrases(*schedule, &request.passphrases, &request.passphraseFromEnvironment))
        return rc;
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

    QEventLoop loop;
    if (scheduled) {
        // exactly as the scheduler would: conditions hold the run back
        const auto power = platform::createPowerState();
        const auto net = platform::createNetworkState();
        // the services answer asynchronously: wait for their first answer (at most 3 s, then
        // the defaults of SPEC 3) so a laptop on battery is not taken for one on mains power
        {
            QTimer cap;
            cap.setSingleShot(true);
            QObject::connect(&cap, &QTimer::timeout, &loop, &QEventLoop::quit);
            const auto both = [&] {
                if (power->hasAnswered() && net->hasAnswered())
                    loop.quit();
            };
            QObject::connect(power.get(), &platform::PowerState::answered, &loop, both);
            QObject::connect(net.get(), &platform::NetworkState::answered, &loop, both);
            if (!power->hasAnswered() || !net->hasAnswered()) {
                cap.start(3000);
                loop.exec();
            }
        }
        ConditionChecker checker(power.get(), net.get());
        QString failure;
        bool answered = false;
        checker.check(*schedule, [&](const QString &f) {
            failure = f;
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        if (!failure.isEmpty()) {
            Job skipped;
            skipped.scheduleId = schedule->id;
            skipped.scheduleName = schedule->name;
            skipped.repositoryId = schedule->repository().id;
            skipped.type = JobType::Scheduled;
            skipped.status = JobStatus::Skipped;
            skipped.message = failure;
            skipped.startedAt = skipped.finishedAt = QDateTime::currentDateTime();
            if (Status st = m_store->insertJob(skipped); !st) {
                m_err << "borgtide: " << st.error() << "\n";
                return exitCodeFor(st.code());
            }
            if (json)
                m_out << QString::fromUtf8(jobtext::jobJson(skipped, false, false));
            else
                m_out << "Job " << skipped.idText() << ": skipped — " << failure << "\n";
            return ExitSkipped;
        }
    }

    JobBoard board(*m_store, services);
    board.watchStore(); // a job of another process that holds a location we wait for
    qint64 jobId = 0;
    QString lastWaiting;
    bool done = false;
    QObject::connect(&board, &JobBoard::jobChanged, &loop, [&](const Job &job) {
        if (job.id != jobId || job.status != JobStatus::Pending || job.message.isEmpty() ||
            job.message == lastWaiting)
            return;
        lastWaiting = job.message;
        m_err << "borgtide: " << job.message << "\n";
        m_err.flush();
    });
    QObject::connect(&board, &JobBoard::jobStarted, &loop, [&](const Job &job) {
        if (job.id != jobId || json)
            return;
        m_out << "Job " << job.idText() << " of '" << name << "' started (" << job.tasks.size()
              << " tasks)\n";
        m_out.flush();
    });
    QObject::connect(&board, &JobBoard::taskChanged, &loop, [&](qint64 id, const Task &t) {
        if (id != jobId || !isFinished(t.status))
            return;
        if (json)
            m_out << QString::fromUtf8(taskJson(t)) << "\n";
        else
            m_out << jobtext::taskLine(t) << "\n";
        m_out.flush();
    });
    QObject::connect(&board, &JobBoard::jobFinished, &loop, [&](const Job &job) {
        if (job.id != jobId)
            return;
        done = true;
        loop.quit();
    });
    SignalWatcher signals;
    QObject::connect(
        &signals, &SignalWatcher::received, &loop, [&](int, const QString &signalName) {
            if (!json) {
                m_err << "borgtide: " << signalName
                      << ": cancelling the job (again to stop cleanup hooks too)\n";
                m_err.flush();
            }
            board.cancel(jobId, QStringLiteral("Cancelled: %1 received").arg(signalName));
        });

    const JobBoard::Submitted submitted = board.submit(*schedule, request);
    using O = JobBoard::Submitted::Outcome;
    switch (submitted.outcome) {
    case O::AlreadyRunning:
        m_err << "borgtide: '" << name << "' is already running (job " << submitted.otherJobId
              << "); nothing was started\n";
        return ExitTempFail;
    case O::Busy:
        m_err << "borgtide: repository '" << repositoryAt(*schedule, submitted.location)
              << "' is busy with job " << submitted.otherJobId << "\n";
        return ExitTempFail;
    case O::Failed:
        m_err << "borgtide: cannot start the job: " << submitted.error << "\n";
        return exitCodeFor(submitted.code);
    case O::Started:
    case O::Queued:
        break;
    }
    jobId = submitted.jobId;
    if (submitted.outcome == O::Started && !json) {
        const std::optional<Job> live = board.liveJob(jobId);
        m_out << "Job " << jobId << " of '" << name << "' started ("
              << (live ? live->tasks.size() : 0) << " tasks)\n";
        m_out.flush();
    } else if (submitted.outcome == O::Queued) {
        const std::optional<Job> live = board.liveJob(jobId);
        if (live && !live->message.isEmpty() && live->message != lastWaiting) {
            lastWaiting = live->message;
            m_err << "borgtide: " << live->message << "\n";
            m_err.flush();
        }
    }
    if (!done)
        loop.exec();
    const QString dbError = board.databaseError(jobId);
    const std::optional<Job> stored = m_store->job(jobId);
    if (!stored) {
        m_err << "borgtide: job " << jobId << " could not be read back"
              << (dbError.isEmpty() ? QString() : QStringLiteral(": ") + dbError) << "\n";
        return ExitFailed;
    }
    const Job &job = *stored;
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
    if (!dbError.isEmpty()) {
        // the record may be incomplete: the next start settles it as for a crash
        m_err << "borgtide: could not write to the database: " << dbError
              << "; the job failed and its record may be incomplete\n";
        return ExitFailed;
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
    JobServices services = servicesFromSettings(*m_store);
    if (services.borgPath.isEmpty())
        m_err << "borgtide: warning: " << borgenv::notFoundMessage()
              << "; backups will fail until it is installed\n";
    QNetworkAccessManager network;
    services.network = &network;
    services.secrets = &secrets();

    SystemClock clock;
    JobBoard board(*m_store, services);
    board.watchStore();
    Scheduler scheduler(*m_store, clock, board);
    const auto power = platform::createPowerState();
    const auto net = platform::createNetworkState();
    const auto mounts = platform::createMountWatcher();
    scheduler.setFacts(power.get(), net.get(), mounts.get());
    SleepWatcher sleep;
    QEventLoop loop;
    auto log = [this](const QString &line) {
        m_out << isoWithOffset(QDateTime::currentDateTime()) << " " << line << "\n";
        m_out.flush();
    };
    QObject::connect(&sleep, &SleepWatcher::resumed, &scheduler, &Scheduler::resumed);
    QObject::connect(&board, &JobBoard::jobStarted, &loop, [&](const Job &job) {
        if (!board.owns(job.id))
            return;
        log(QStringLiteral("job %1 of '%2' started (%3, %4 tasks)")
                .arg(job.idText(), job.scheduleName, toText(job.type))
                .arg(job.tasks.size()));
    });
    QObject::connect(&board, &JobBoard::jobChanged, &loop, [&](const Job &job) {
        if (board.owns(job.id) && job.status == JobStatus::Pending && !job.message.isEmpty())
            log(QStringLiteral("job %1 of '%2': %3")
                    .arg(job.idText(), job.scheduleName, job.message));
    });
    QObject::connect(&board, &JobBoard::jobFinished, &loop, [&](const Job &job) {
        if (job.ownerPid == QCoreApplication::applicationPid())
            log(QStringLiteral("job %1 finished: %2").arg(job.id).arg(toText(job.status)));
    });
    QObject::connect(&scheduler, &Scheduler::runRecorded, &loop,
                     [&](qint64 id, const QString &message) {
                         log(QStringLiteral("job %1 skipped: %2").arg(id).arg(message));
                     });
    QObject::connect(&scheduler, &Scheduler::stopped, &loop, &QEventLoop::quit);
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::received, &loop, [&](int, const QString &name) {
        if (name == QLatin1String("SIGHUP")) {
            log(QStringLiteral("SIGHUP: ignored (stop the daemon with SIGTERM)"));
            return;
        }
        const int running = board.ownCount();
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
