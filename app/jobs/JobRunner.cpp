#include "app/jobs/JobRunner.h"

#include "app/borg/BorgEnvironment.h"
#include "app/borg/BorgRunner.h"
#include "app/hooks/HookRunner.h"
#include "app/hooks/WebhookRunner.h"
#include "app/jobs/Monitors.h"
#include "app/platform/ProcessInfo.h"
#include "models/ArchiveName.h"
#include "models/Clock.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcJobs, "borgtide.jobs")

namespace borgtide {

namespace {

const QString &skipCriticalHook()
{
    static const QString s = QStringLiteral("Task skipped due to critical hook failure");
    return s;
}
const QString &skipCriticalTask()
{
    static const QString s = QStringLiteral("Task skipped due to critical task failure");
    return s;
}
const QString &skipException()
{
    static const QString s = QStringLiteral("Task skipped due to critical task exception");
    return s;
}
const QString &skipHookFailure()
{
    static const QString s = QStringLiteral("Task skipped due to hook failure");
    return s;
}
const QString &skipRequested()
{
    static const QString s = QStringLiteral("Task skipped: hook requested skip (exit 75)");
    return s;
}
const QString &skipManualStop()
{
    static const QString s = QStringLiteral("Skipped due to manual job stop");
    return s;
}
const QString &skipOnlyOnFailure()
{
    static const QString s = QStringLiteral("Task skipped: runs only when the job fails");
    return s;
}

// A task that fails at once with a message (prune refused, a failed database write).
class FailingRunner final : public TaskRunner
{
public:
    FailingRunner(TaskOutcome outcome, QObject *parent)
        : TaskRunner(parent)
        , m_outcome(std::move(outcome))
    {}
    void start() override { Q_EMIT finished(m_outcome); }
    void cancel() override { Q_EMIT finished(TaskOutcome::stoppedByUser()); }

private:
    TaskOutcome m_outcome;
};

} // namespace

JobServices servicesFromSettings(const Store &store)
{
    JobServices c;
    c.borgPath = borgenv::findBorg(&store);
    c.lockWaitSecs = store.setting(QStringLiteral("lock_wait"), QStringLiteral("300")).toInt();
    c.notifyMode = store.setting(QStringLiteral("notify"), QStringLiteral("failures"));
    return c;
}

QDateTime JobRunner::now() const
{
    return m_services.clock ? m_services.clock->now() : QDateTime::currentDateTime();
}

JobRunner::JobRunner(Store &store, const Schedule &schedule, JobType type,
                     const JobServices &services, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_services(services)
    , m_schedule(schedule)
{
    m_job.scheduleId = schedule.id;
    m_job.scheduleName = schedule.name;
    m_job.repositoryId = schedule.repository().id;
    m_job.type = type;
    m_flush.setInterval(1000);
    connect(&m_flush, &QTimer::timeout, this, &JobRunner::flushOutput);
}

JobRunner::~JobRunner()
{
    if (m_runner)
        delete m_runner.data(); // stops its process group
}

void JobRunner::setPassphrases(const QHash<QString, QString> &byLocation, bool useEnvironment)
{
    m_passphrases = byLocation;
    m_passphraseFromEnvironment = useEnvironment;
}

QStringList JobRunner::locations() const
{
    QStringList out;
    for (const Repository &r : m_schedule.repositories)
        out.append(r.location);
    return out;
}

QList<JobRunner::PlannedTask> JobRunner::planFor(const Schedule &s, const QList<Maintenance> &due)
{
    QList<PlannedTask> plan;
    for (const Hook &h : s.preHooks) {
        if (h.enabled)
            plan.append({TaskKind::Hook, HookPhase::Pre, h, -1});
    }
    for (int r = 0; r < int(s.repositories.size()); ++r) {
        const Maintenance m = r < due.size() ? due.at(r) : Maintenance{};
        if (s.backup)
            plan.append({TaskKind::Backup, std::nullopt, {}, r});
        if (s.prune)
            plan.append({TaskKind::Prune, std::nullopt, {}, r});
        if (m.compact)
            plan.append({TaskKind::Compact, std::nullopt, {}, r});
        if (m.check)
            plan.append({TaskKind::Check, std::nullopt, {}, r});
    }
    for (const Hook &h : s.postHooks) {
        if (h.enabled)
            plan.append({TaskKind::Hook, HookPhase::Post, h, -1});
    }
    plan.append({TaskKind::Notification, std::nullopt, {}, -1});
    return plan;
}

QList<JobRunner::Maintenance> JobRunner::maintenanceDue() const
{
    const Schedule &s = m_schedule;
    const bool compactSupported =
        m_services.borgPath.isEmpty() ||
        BorgRunner::versionAtLeast(BorgRunner::version(m_services.borgPath), 1, 2);
    const QDateTime t = now();
    QList<Maintenance> due;
    for (const Repository &r : s.repositories) {
        Maintenance m;
        if (compactSupported && s.compact) {
            m.compact = true;
        } else if (compactSupported && s.compactEveryDays > 0) {
            const QDateTime last = m_store.lastMaintenance(s.id, TaskKind::Compact, r.name);
            m.compact = !last.isValid() || last.addDays(s.compactEveryDays) <= t;
        }
        if (s.checkEveryNJobs > 0 &&
            m_store.jobsSinceMaintenance(s.id, TaskKind::Check, r.name) + 1 >= s.checkEveryNJobs)
            m.check = true;
        if (s.checkEveryDays > 0) {
            const QDateTime last = m_store.lastMaintenance(s.id, TaskKind::Check, r.name);
            m.check = m.check || !last.isValid() || last.addDays(s.checkEveryDays) <= t;
        }
        due.append(m);
    }
    return due;
}

JobRunner::StartResult JobRunner::record(Store::LocationMode mode, const QString &waitingMessage)
{
    StartResult result;
    if (m_recorded) {
        result.error = QStringLiteral("job already recorded");
        return result;
    }
    const Schedule &s = m_schedule;
    m_plan = planFor(s, maintenanceDue());
    m_job.tasks.clear();
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        const PlannedTask &p = m_plan.at(i);
        Task t;
        t.index = int(i + 1);
        t.kind = p.kind;
        t.phase = p.phase;
        t.name = p.kind == TaskKind::Hook ? p.hook.name : toText(p.kind);
        if (p.repository >= 0)
            t.repository = s.repositories.at(p.repository).name;
        t.critical = p.kind == TaskKind::Hook && p.hook.critical;
        m_job.tasks.append(t);
    }
    // Other schedules on these locations: prune of this one must not match their archives.
    for (const Schedule &other : m_store.schedules()) {
        if (other.id == s.id)
            continue;
        for (const Repository &mine : s.repositories) {
            for (const Repository &theirs : other.repositories) {
                if (mine.location != theirs.location)
                    continue;
                m_otherPrefixes[mine.location].append(
                    archivename::prefix(other.archiveName, other.name));
                if (archivename::pruneCouldTouch(s.archiveName, s.name, other.archiveName,
                                                 other.name))
                    m_pruneRefused.insert(
                        mine.location,
                        QStringLiteral("Prune refused: its archive names could match those of "
                                       "schedule '%1' on %2, so it could delete them; give each "
                                       "schedule its own archive name prefix")
                            .arg(other.name, mine.location));
            }
        }
    }
    m_hookBase = borgenv::withoutSecrets();
    m_job.status = JobStatus::Pending;
    m_job.message = waitingMessage;
    m_job.ownerPid = processinfo::currentPid();
    m_job.ownerStart = processinfo::currentStartTime();
    const Store::StartResult r = m_store.startJob(
        m_job, [](qint64 pid, const QString &start) { return processinfo::isAlive(pid, start); },
        locations(), mode);
    result.runningJobId = r.runningJobId;
    result.busy = r.busy;
    result.locationsTaken = r.locationsTaken;
    result.error = r.error;
    result.code = r.code;
    if (!r.started) {
        m_job.tasks.clear();
        return result;
    }
    m_recorded = true;
    result.started = true;
    qCInfo(lcJobs) << "job" << m_job.id << "of" << s.name << "recorded with" << m_job.tasks.size()
                   << "tasks";
    Q_EMIT jobChanged(m_job);
    return result;
}

void JobRunner::setWaiting(const QString &message)
{
    if (!isWaiting() || m_job.message == message)
        return;
    m_job.message = message;
    written(m_store.updateJob(m_job));
    Q_EMIT jobChanged(m_job);
}

void JobRunner::begin()
{
    if (!m_recorded || m_begun || m_finished)
        return;
    m_begun = true;
    m_job.status = JobStatus::Running;
    m_job.message.clear();
    m_job.startedAt = now();
    m_plannedArchive = archivename::expandForJob(
        m_schedule.archiveName, m_schedule.name, m_job.startedAt,
        QUuid::createUuid().toString(QUuid::WithoutBraces), processinfo::currentPid());
    written(m_store.updateJob(m_job));
    qCInfo(lcJobs) << "job" << m_job.id << "of" << m_schedule.name << "started";
    // Healthchecks' start ping (fire-and-forget; its line goes into the notification's output)
    monitors::Message start;
    start.outcome = QStringLiteral("start");
    start.runId = monitors::runIdFor(m_store.path(), m_job.id);
    m_startPingPending = true;
    monitors::sendAll(m_schedule, start, m_services, this, [this](const QStringList &lines) {
        m_monitorLines += lines;
        m_startPingPending = false;
        if (m_notificationWaits >= 0) // the notification waited for this line
            startTask(std::exchange(m_notificationWaits, -1));
    });
    Q_EMIT jobChanged(m_job);
    updateContext();
    QMetaObject::invokeMethod(this, &JobRunner::runNext, Qt::QueuedConnection);
}

JobRunner::StartResult JobRunner::start()
{
    StartResult r = record(Store::LocationMode::Defer);
    if (r.started)
        begin();
    return r;
}

void JobRunner::cancel(const QString &reason)
{
    if (!m_recorded || m_finished)
        return;
    if (m_cancelled)
        m_forceStop = true;
    m_cancelled = true;
    if (m_cancelReason.isEmpty())
        m_cancelReason = reason.isEmpty() ? QStringLiteral("Cancelled by the user") : reason;
    qCInfo(lcJobs) << "job" << m_job.id << (m_forceStop ? "stopped" : "cancelled");
    if (!m_begun) {
        // it never ran: every task is skipped, cleanup hooks too (there is nothing to clean
        // up); the notification still says so
        m_begun = true;
        m_forceStop = true;
        m_job.startedAt = now();
        runNext();
        return;
    }
    TaskRunner *runner = m_runner.data();
    if (!runner || m_current < 0)
        return;
    const PlannedTask &p = m_plan.at(m_current);
    if (p.kind == TaskKind::Notification)
        return; // fire-and-forget: never stopped
    // A hook that runs on failure keeps running after the first cancel.
    const bool runsOnFailure =
        p.kind == TaskKind::Hook && p.phase == HookPhase::Post && p.hook.when != HookWhen::Success;
    if (!runsOnFailure || m_forceStop)
        runner->cancel();
}

QString JobRunner::failureSkipMessage() const
{
    if (m_cancelled)
        return skipManualStop();
    switch (m_failure) {
    case FailureKind::CriticalHook:
        return skipCriticalHook();
    case FailureKind::Exception:
        return skipException();
    default:
        return skipCriticalTask();
    }
}

JobRunner::Decision JobRunner::decide(int i) const
{
    const PlannedTask &p = m_plan.at(i);
    if (p.kind == TaskKind::Notification)
        return {};
    if (m_forceStop)
        return {false, skipManualStop()};
    const bool failed = m_cancelled || m_failure != FailureKind::None;
    if (p.kind == TaskKind::Hook && p.phase == HookPhase::Post) {
        if (m_haltPostHooks)
            return {false, skipHookFailure()};
        switch (p.hook.when) {
        case HookWhen::Success:
            return failed ? Decision{false, failureSkipMessage()} : Decision{};
        case HookWhen::Always:
            return {};
        case HookWhen::Failure:
            return failed ? Decision{} : Decision{false, skipOnlyOnFailure()};
        }
        return {};
    }
    // pre-hooks and the repositories' tasks
    if (m_cancelled)
        return {false, skipManualStop()};
    // a critical pre-hook, or an internal error outside a repository's tasks, stops them all
    const bool stopsAll = m_failure == FailureKind::CriticalHook ||
                          (m_failure == FailureKind::Exception && m_failedBackups.isEmpty());
    if (stopsAll)
        return {false, failureSkipMessage()};
    if (m_skipRequested)
        return {false, skipRequested()};
    if (p.kind == TaskKind::Hook && m_haltPreHooks)
        return {false, skipHookFailure()};
    // a failed backup skips that repository's maintenance only
    if (p.repository >= 0 && m_failedBackups.contains(p.repository))
        return {false, m_failure == FailureKind::Exception ? skipException() : skipCriticalTask()};
    return {};
}

void JobRunner::runNext()
{
    for (int i = m_current + 1; i < m_job.tasks.size(); ++i) {
        const Decision d = decide(i);
        if (d.run && m_plan.at(i).kind == TaskKind::Notification && m_startPingPending) {
            m_current = i;
            m_notificationWaits = i; // its output names the start ping's answer
            return;
        }
        if (d.run) {
            startTask(i);
            return;
        }
        m_current = i;
        Task &t = task(i);
        t.status = TaskStatus::Skipped;
        t.message = d.skipMessage;
        written(m_store.updateTask(m_job.id, t));
        emitTask(i);
        Q_EMIT taskFinished(i);
    }
    finishJob();
}

JobContext JobRunner::contextFor(int i) const
{
    const PlannedTask &p = m_plan.at(i);
    JobContext c;
    c.services = &m_services;
    c.schedule = m_schedule;
    c.job = m_job; // shared, not copied: the job keeps outputs apart (m_outputs)
    if (p.kind == TaskKind::Notification) { // it sends the output's end to Healthchecks
        for (qsizetype k = 0; k < c.job.tasks.size() && k < m_outputs.size(); ++k)
            c.job.tasks[k].output = m_outputs.at(k);
    }
    c.databasePath = m_store.path();
    c.monitorLines = m_monitorLines;
    c.repository =
        p.repository >= 0 ? m_schedule.repositories.at(p.repository) : m_schedule.repository();
    c.archiveName = p.kind == TaskKind::Backup ? m_plannedArchive : m_archiveName;
    c.hookJobStatus = m_hookJobStatus;
    c.webhookJobStatus = (p.kind == TaskKind::Hook && p.phase == HookPhase::Pre)
                             ? QStringLiteral("running")
                             : toText(resultStatus());
    c.errorMessage = m_errorMessage;
    c.failedTasks = m_failedTasks;
    c.hookBaseEnvironment = m_hookBase;
    c.otherArchivePrefixes = m_otherPrefixes.value(c.repository.location);
    c.passphrases = m_passphrases;
    c.usePassphraseFromEnvironment = m_passphraseFromEnvironment;
    return c;
}

TaskRunner *JobRunner::makeRunner(const PlannedTask &p, int index)
{
    const JobContext context = contextFor(index - 1);
    if (p.kind == TaskKind::Prune && m_pruneRefused.contains(context.repository.location))
        return new FailingRunner({TaskOutcome::Kind::Failure, std::nullopt,
                                  m_pruneRefused.value(context.repository.location)},
                                 this);
    if (m_factory) {
        if (TaskRunner *r = m_factory(context, p, index, this))
            return r;
    }
    switch (p.kind) {
    case TaskKind::Hook:
        if (p.hook.type == HookType::Webhook)
            return new WebhookRunner(context, p.hook, index, this);
        return new CommandHookRunner(context, p.hook, *p.phase, index, this);
    case TaskKind::Backup:
    case TaskKind::Prune:
    case TaskKind::Compact:
    case TaskKind::Check: {
        auto *borg = new BorgRunner(context, p.kind, this);
        connect(borg, &BorgRunner::archiveCreated, this,
                [this](const QString &name, const ArchiveStats &stats) {
                    m_archiveName = name;
                    if (m_job.archiveName.isEmpty()) {
                        m_job.archiveName = name;
                        m_job.stats = stats;
                        written(m_store.updateJob(m_job));
                        Q_EMIT jobChanged(m_job);
                    }
                });
        return borg;
    }
    case TaskKind::Notification:
        return new NotificationRunner(
            context,
            composeNotification(m_job, resultStatus(),
                                m_cancelled ? FailureKind::Cancelled : m_failure, m_failedHook),
            index, this);
    }
    return nullptr;
}

void JobRunner::emitTask(int i)
{
    Q_EMIT taskChanged(m_job.id, task(i)); // without its output: that travels in taskOutput
}

void JobRunner::appendOutput(int i, const QByteArray &raw)
{
    if (i != m_current || !m_output || !m_keepOutput)
        return;
    const QByteArray chunk = m_mask.feed(raw);
    if (chunk.isEmpty())
        return;
    m_output->append(QByteArrayView(chunk));
    m_outputDirty = true;
    Q_EMIT taskOutput(m_job.id, i, chunk);
}

void JobRunner::startTask(int i)
{
    m_current = i;
    const PlannedTask &p = m_plan.at(i);
    Task &t = task(i);
    t.status = TaskStatus::Running;
    t.startedAt = now();
    // "running" is written with the task's process group when it has one (one write instead
    // of two per hook), else right after the runner started
    auto runningWritten = std::make_shared<bool>(false);
    updateContext();
    if (p.kind == TaskKind::Notification)
        m_job.finishedAt = now(); // {{ job.completed_at }}, duration; set again at the end
    m_output = std::make_unique<BoundedOutput>();
    m_mask = SecretMask();
    // log_output: false keeps no output at all, live or stored
    m_keepOutput = !(p.kind == TaskKind::Hook && !p.hook.logOutput);
    emitTask(i);
    Q_EMIT taskStarted(i);

    TaskRunner *runner = makeRunner(p, t.index);
    m_runner = runner;
    auto done = std::make_shared<bool>(false);
    connect(runner, &TaskRunner::secretsUsed, this,
            [this](const QStringList &values) { m_mask.add(values); });
    connect(runner, &TaskRunner::output, this,
            [this, i](const QByteArray &chunk) { appendOutput(i, chunk); });
    // Recorded at once: a crash at any moment must leave recovery the group to stop.
    connect(runner, &TaskRunner::processGroupStarted, this, [this, i, runningWritten](qint64 pgid) {
        const Status s = *runningWritten ? m_store.setTaskProcessGroup(task(i).id, pgid)
                                         : m_store.markTaskStarted(task(i), pgid);
        *runningWritten = true;
        written(s);
    });
    connect(runner, &TaskRunner::backupProgress, this,
            [this, i](qint64 files, qint64 original, qint64 dedup, const QString &path) {
                Q_EMIT taskProgress(m_job.id, i, files, original, dedup, path);
            });
    connect(runner, &TaskRunner::finished, this, [this, i, done](const TaskOutcome &outcome) {
        if (*done)
            return;
        *done = true;
        // Handled from the event loop, so a runner that finishes inside start() does not
        // recurse into the next task.
        QMetaObject::invokeMethod(
            this, [this, i, outcome]() { onTaskFinished(i, outcome); }, Qt::QueuedConnection);
    });
    m_flush.start();
    runner->start();
    if (!*runningWritten && !*done) {
        *runningWritten = true;
        written(m_store.markTaskStarted(task(i), 0));
    }
}

bool JobRunner::written(const Status &status)
{
    if (status)
        return true;
    qCWarning(lcJobs) << "job" << m_job.id << status.error();
    if (!m_dbError.isEmpty())
        return false;
    m_dbError = status.error();
    const QString message =
        QStringLiteral("Internal error: could not write to the database: %1").arg(m_dbError);
    // SPEC 2: the running task fails with the write error, the job by the internal-error rule
    if (!m_runner && m_current >= 0 && m_plan.at(m_current).kind != TaskKind::Notification &&
        borgtide::isFinished(task(m_current).status)) {
        // the write of a task that just ended: that task fails (as far as this process knows;
        // the next start settles what the database holds)
        Task &t = task(m_current);
        t.status = TaskStatus::Failed;
        t.message = message;
        if (m_failure == FailureKind::None) {
            m_failure = FailureKind::Exception;
            m_failureText = message;
        }
        const int r = m_plan.at(m_current).repository;
        if (r >= 0)
            m_failedBackups.insert(r);
        return false;
    }
    if (m_runner && m_current >= 0 && m_plan.at(m_current).kind != TaskKind::Notification) {
        TaskRunner *runner = m_runner.data();
        const int i = m_current;
        runner->disconnect(this);
        runner->cancel();
        runner->deleteLater();
        m_runner = nullptr;
        QMetaObject::invokeMethod(
            this,
            [this, i, message]() {
                onTaskFinished(i, {TaskOutcome::Kind::Exception, std::nullopt, message});
            },
            Qt::QueuedConnection);
    }
    return false;
}

void JobRunner::onTaskFinished(int i, const TaskOutcome &outcome)
{
    using K = TaskOutcome::Kind;
    if (m_finished || task(i).status != TaskStatus::Running)
        return;
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    m_flush.stop();
    if (m_output && m_keepOutput) {
        const QByteArray rest = m_mask.flush();
        if (!rest.isEmpty()) {
            m_output->append(QByteArrayView(rest));
            Q_EMIT taskOutput(m_job.id, i, rest);
        }
    }
    const PlannedTask &p = m_plan.at(i);
    TaskStatus status = TaskStatus::Completed;
    auto fail = [&](FailureKind kind) {
        status = TaskStatus::Failed;
        if (m_failure == FailureKind::None) {
            m_failure = kind;
            m_failureText = m_mask.apply(outcome.message);
            if (kind == FailureKind::CriticalHook)
                m_failedHook = p.hook.name;
        }
    };
    if (outcome.kind == K::Cancelled) {
        status = TaskStatus::Cancelled;
        m_cancelled = true;
    } else if (outcome.kind == K::Exception) {
        fail(FailureKind::Exception);
        if (p.repository >= 0)
            m_failedBackups.insert(p.repository);
    } else {
        switch (p.kind) {
        case TaskKind::Hook:
            if (outcome.kind == K::SkipRequested && p.phase == HookPhase::Pre) {
                m_skipRequested = true;
                m_skipHook = p.hook.name;
            } else if (outcome.kind == K::Failure || outcome.kind == K::Warning ||
                       outcome.kind == K::SkipRequested) {
                if (p.hook.critical) {
                    fail(FailureKind::CriticalHook);
                } else {
                    status = TaskStatus::Failed;
                    m_warnings = true;
                    if (!p.hook.continueOnFailure) {
                        if (p.phase == HookPhase::Pre)
                            m_haltPreHooks = true;
                        else
                            m_haltPostHooks = true;
                    }
                }
            }
            break;
        case TaskKind::Backup:
            if (outcome.kind == K::Failure) {
                fail(FailureKind::Backup);
                m_failedBackups.insert(p.repository);
            } else if (outcome.kind == K::Warning) {
                m_warnings = true;
            }
            break;
        case TaskKind::Prune:
        case TaskKind::Compact:
        case TaskKind::Check:
            if (outcome.kind == K::Failure)
                status = TaskStatus::Failed;
            if (outcome.kind != K::Success)
                m_warnings = true;
            break;
        case TaskKind::Notification:
            break; // always completed
        }
    }
    finishTask(i, status, outcome);
    updateContext();
    runNext();
}

void JobRunner::finishTask(int i, TaskStatus status, const TaskOutcome &outcome)
{
    Task &t = task(i);
    t.status = status;
    t.exitCode = outcome.exitCode;
    t.warning = outcome.kind == TaskOutcome::Kind::Warning && status == TaskStatus::Completed;
    t.message = m_mask.apply(outcome.message);
    t.finishedAt = now();
    const QString output = m_output ? m_output->text() : QString();
    if (m_outputs.size() < m_job.tasks.size())
        m_outputs.resize(m_job.tasks.size());
    m_outputs[i] = output;
    m_output.reset();
    m_outputDirty = false;
    written(m_store.transaction([&]() -> Status {
        if (Status st = m_store.updateTask(m_job.id, t); !st)
            return st;
        return m_store.setTaskOutput(t.id, output);
    }));
    emitTask(i);
    Q_EMIT taskFinished(i);
}

void JobRunner::flushOutput()
{
    if (!m_outputDirty || !m_output || m_current < 0)
        return;
    m_outputDirty = false;
    written(m_store.setTaskOutput(task(m_current).id, m_output->text()));
}

QString JobRunner::outputOf(int index) const
{
    if (index == m_current && m_output)
        return m_output->text();
    return m_outputs.value(index);
}

void JobRunner::updateContext()
{
    QStringList errors;
    QStringList failedNames;
    for (const Task &t : std::as_const(m_job.tasks)) {
        if (t.status != TaskStatus::Failed)
            continue;
        const QString name =
            t.repository.isEmpty() ? t.name : QStringLiteral("%1 (%2)").arg(t.name, t.repository);
        failedNames.append(name);
        errors.append(t.message.isEmpty() ? name : name + QStringLiteral(": ") + t.message);
    }
    m_errorMessage = errors.join(QStringLiteral("; "));
    m_failedTasks = failedNames;
    if (m_cancelled)
        m_hookJobStatus = QStringLiteral("cancelled");
    else if (m_failure != FailureKind::None)
        m_hookJobStatus = QStringLiteral("failed");
    else if (m_skipRequested)
        m_hookJobStatus = QStringLiteral("skipped");
    else if (m_warnings)
        m_hookJobStatus = QStringLiteral("warning");
    else
        m_hookJobStatus = QStringLiteral("success");
}

JobStatus JobRunner::resultStatus() const
{
    if (m_cancelled)
        return JobStatus::Cancelled;
    if (m_failure != FailureKind::None)
        return JobStatus::Failed;
    if (m_skipRequested)
        return JobStatus::Skipped;
    if (m_warnings)
        return JobStatus::CompletedWithWarnings;
    return JobStatus::Completed;
}

QString JobRunner::resultMessage() const
{
    switch (resultStatus()) {
    case JobStatus::Cancelled:
        return m_cancelReason;
    case JobStatus::Failed:
        switch (m_failure) {
        case FailureKind::CriticalHook:
            return QStringLiteral("Critical hook '%1' failed: %2").arg(m_failedHook, m_failureText);
        case FailureKind::Backup: {
            QStringList names;
            for (int r : m_failedBackups)
                names.append(m_schedule.repositories.at(r).name);
            std::sort(names.begin(), names.end());
            if (m_schedule.repositories.size() > 1)
                return QStringLiteral("The backup to %1 failed: %2")
                    .arg(names.join(QStringLiteral(", ")), m_failureText);
            return QStringLiteral("The backup failed: %1").arg(m_failureText);
        }
        default:
            return m_failureText.startsWith(QLatin1String("Internal error"))
                       ? m_failureText
                       : QStringLiteral("Internal error: %1").arg(m_failureText);
        }
    case JobStatus::Skipped:
        return QStringLiteral("Hook '%1' requested skip (exit 75)").arg(m_skipHook);
    case JobStatus::CompletedWithWarnings: {
        if (!m_failedTasks.isEmpty())
            return QStringLiteral("Some tasks failed: %1")
                .arg(m_failedTasks.join(QStringLiteral(", ")));
        // nothing failed: borg finished with a warning (exit code 1)
        for (const Task &t : m_job.tasks) {
            if (t.warning)
                return QStringLiteral("%1: %2").arg(t.name, t.message);
        }
        return QStringLiteral("borg reported warnings");
    }
    default:
        return {};
    }
}

void JobRunner::finishJob()
{
    m_flush.stop();
    m_job.status = resultStatus();
    m_job.message = resultMessage();
    m_job.finishedAt = now();
    // the result and the release of the locations in one write
    written(m_store.transaction([&]() -> Status {
        if (Status s = m_store.updateJob(m_job); !s)
            return s;
        return m_store.releaseLocations(m_job.id);
    }));
    m_finished = true;
    m_runner = nullptr;
    qCInfo(lcJobs) << "job" << m_job.id << "finished:" << toText(m_job.status);
    Q_EMIT jobChanged(m_job);
    Q_EMIT jobFinished(m_job);
}

} // namespace borgtide
