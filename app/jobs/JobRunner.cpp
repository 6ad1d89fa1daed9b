#include "app/jobs/JobRunner.h"

#include "app/borg/BorgEnvironment.h"
#include "app/borg/BorgRunner.h"
#include "app/hooks/HookRunner.h"
#include "app/hooks/WebhookRunner.h"
#include "app/platform/ProcessInfo.h"
#include "models/ArchiveName.h"
#include "models/Clock.h"
#include "models/Store.h"

#include <QLoggingCategory>

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

} // namespace

JobContext servicesFromSettings(const Store &store)
{
    JobContext c;
    c.borgPath = borgenv::findBorg(&store);
    c.lockWaitSecs = store.setting(QStringLiteral("lock_wait"), QStringLiteral("300")).toInt();
    c.notifyMode = store.setting(QStringLiteral("notify"), QStringLiteral("failures"));
    return c;
}

QDateTime JobRunner::now() const
{
    return m_context.clock ? m_context.clock->now() : QDateTime::currentDateTime();
}

JobRunner::JobRunner(Store &store, const Schedule &schedule, JobType type,
                     const JobContext &services, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_context(services)
{
    m_context.schedule = schedule;
    m_context.job = &m_job;
    m_job.scheduleId = schedule.id;
    m_job.scheduleName = schedule.name;
    m_job.repositoryId = schedule.repository.id;
    m_job.type = type;
    m_flush.setInterval(1000);
    connect(&m_flush, &QTimer::timeout, this, &JobRunner::flushOutput);
}

JobRunner::~JobRunner()
{
    if (m_runner)
        delete m_runner.data(); // stops its process group
}

QList<JobRunner::PlannedTask> JobRunner::planFor(const Schedule &s, bool compactSupported,
                                                 bool checkDue)
{
    QList<PlannedTask> plan;
    for (const Hook &h : s.preHooks) {
        if (h.enabled)
            plan.append({TaskKind::Hook, HookPhase::Pre, h});
    }
    plan.append({TaskKind::Backup, std::nullopt, {}});
    if (s.prune)
        plan.append({TaskKind::Prune, std::nullopt, {}});
    if (s.compact && compactSupported)
        plan.append({TaskKind::Compact, std::nullopt, {}});
    if (checkDue)
        plan.append({TaskKind::Check, std::nullopt, {}});
    for (const Hook &h : s.postHooks) {
        if (h.enabled)
            plan.append({TaskKind::Hook, HookPhase::Post, h});
    }
    plan.append({TaskKind::Notification, std::nullopt, {}});
    return plan;
}

JobRunner::StartResult JobRunner::start()
{
    StartResult result;
    if (m_started) {
        result.error = QStringLiteral("job already started");
        return result;
    }
    const Schedule &s = m_context.schedule;
    const bool compactSupported =
        s.compact && (m_context.borgPath.isEmpty() ||
                      BorgRunner::versionAtLeast(BorgRunner::version(m_context.borgPath), 1, 2));
    const bool checkDue =
        s.checkEveryNJobs > 0 && m_store.jobsSinceCheck(s.id) + 1 >= s.checkEveryNJobs;
    m_plan = planFor(s, compactSupported, checkDue);
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        const PlannedTask &p = m_plan.at(i);
        Task t;
        t.index = int(i + 1);
        t.kind = p.kind;
        t.phase = p.phase;
        t.name = p.kind == TaskKind::Hook ? p.hook.name : toText(p.kind);
        t.critical = p.kind == TaskKind::Hook && p.hook.critical;
        m_job.tasks.append(t);
    }
    for (const Schedule &other : m_store.schedules()) {
        if (other.id != s.id && other.repository.location == s.repository.location)
            m_context.otherArchivePrefixes.append(
                archivename::prefix(other.archiveName, other.name));
    }
    m_context.hookBaseEnvironment = borgenv::withoutSecrets();
    m_job.status = JobStatus::Running;
    m_job.startedAt = now();
    m_job.ownerPid = processinfo::currentPid();
    m_job.ownerStart = processinfo::currentStartTime();
    const Store::StartResult r = m_store.startJob(
        m_job, [](qint64 pid, const QString &start) { return processinfo::isAlive(pid, start); });
    if (!r.started) {
        result.runningJobId = r.runningJobId;
        result.error = r.error;
        m_job.tasks.clear();
        return result;
    }
    qCInfo(lcJobs) << "job" << m_job.id << "of" << s.name << "started with" << m_job.tasks.size()
                   << "tasks";
    m_started = true;
    result.started = true;
    updateContext();
    QMetaObject::invokeMethod(this, &JobRunner::runNext, Qt::QueuedConnection);
    return result;
}

void JobRunner::cancel(const QString &reason)
{
    if (!m_started || m_finished)
        return;
    if (m_cancelled)
        m_forceStop = true;
    m_cancelled = true;
    if (m_cancelReason.isEmpty())
        m_cancelReason = reason.isEmpty() ? QStringLiteral("Cancelled by the user") : reason;
    qCInfo(lcJobs) << "job" << m_job.id << (m_forceStop ? "stopped" : "cancelled");
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
    case FailureKind::Backup:
        return skipCriticalTask();
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
    // pre-hooks, backup, prune, compact, check
    if (failed)
        return {false, failureSkipMessage()};
    if (m_skipRequested)
        return {false, skipRequested()};
    if (p.kind == TaskKind::Hook && m_haltPreHooks)
        return {false, skipHookFailure()};
    return {};
}

void JobRunner::runNext()
{
    for (int i = m_current + 1; i < m_job.tasks.size(); ++i) {
        const Decision d = decide(i);
        if (d.run) {
            startTask(i);
            return;
        }
        m_current = i;
        Task &t = task(i);
        t.status = TaskStatus::Skipped;
        t.message = d.skipMessage;
        if (Status s = m_store.updateTask(m_job.id, t); !s)
            qCWarning(lcJobs) << s.error();
        Q_EMIT taskFinished(i);
    }
    finishJob();
}

TaskRunner *JobRunner::makeRunner(const PlannedTask &p, int index)
{
    if (m_factory) {
        if (TaskRunner *r = m_factory(m_context, p, index, this))
            return r;
    }
    switch (p.kind) {
    case TaskKind::Hook:
        if (p.hook.type == HookType::Webhook)
            return new WebhookRunner(m_context, p.hook, index, this);
        return new CommandHookRunner(m_context, p.hook, *p.phase, index, this);
    case TaskKind::Backup:
    case TaskKind::Prune:
    case TaskKind::Compact:
    case TaskKind::Check: {
        auto *borg = new BorgRunner(m_context, p.kind, this);
        connect(borg, &BorgRunner::archiveCreated, this,
                [this](const QString &name, const ArchiveStats &stats) {
                    m_context.archiveName = name;
                    m_job.archiveName = name;
                    m_job.stats = stats;
                    if (Status s = m_store.updateJob(m_job); !s)
                        qCWarning(lcJobs) << s.error();
                });
        return borg;
    }
    case TaskKind::Notification:
        return new NotificationRunner(
            m_context,
            composeNotification(m_job, resultStatus(),
                                m_cancelled ? FailureKind::Cancelled : m_failure, m_failedHook),
            index, this);
    }
    return nullptr;
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
    m_context.webhookJobStatus = (p.kind == TaskKind::Hook && p.phase == HookPhase::Pre)
                                     ? QStringLiteral("running")
                                     : toText(resultStatus());
    if (p.kind == TaskKind::Notification)
        m_job.finishedAt = now(); // {{ job.completed_at }}, duration; set again at the end
    m_output = std::make_unique<BoundedOutput>();
    Q_EMIT taskStarted(i);

    TaskRunner *runner = makeRunner(p, t.index);
    m_runner = runner;
    auto done = std::make_shared<bool>(false);
    connect(runner, &TaskRunner::output, this, [this, i](const QByteArray &chunk) {
        if (i != m_current || !m_output)
            return;
        m_output->append(QByteArrayView(chunk));
        m_outputDirty = true;
        Q_EMIT taskOutput(i, chunk);
    });
    // Recorded at once: a crash at any moment must leave recovery the group to stop.
    connect(runner, &TaskRunner::processGroupStarted, this, [this, i, runningWritten](qint64 pgid) {
        const Status s = *runningWritten ? m_store.setTaskProcessGroup(task(i).id, pgid)
                                         : m_store.markTaskStarted(task(i), pgid);
        *runningWritten = true;
        if (!s)
            qCWarning(lcJobs) << s.error();
    });
    connect(runner, &TaskRunner::backupProgress, this,
            [this, i](qint64 files, qint64 original, qint64 dedup, const QString &path) {
                Q_EMIT taskProgress(i, files, original, dedup, path);
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
        if (Status s = m_store.markTaskStarted(task(i), 0); !s)
            qCWarning(lcJobs) << s.error();
    }
}

void JobRunner::onTaskFinished(int i, const TaskOutcome &outcome)
{
    using K = TaskOutcome::Kind;
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    m_flush.stop();
    const PlannedTask &p = m_plan.at(i);
    TaskStatus status = TaskStatus::Completed;
    auto fail = [&](FailureKind kind) {
        status = TaskStatus::Failed;
        if (m_failure == FailureKind::None) {
            m_failure = kind;
            m_failureText = outcome.message;
            if (kind == FailureKind::CriticalHook)
                m_failedHook = p.hook.name;
        }
    };
    if (outcome.kind == K::Cancelled) {
        status = TaskStatus::Cancelled;
        m_cancelled = true;
    } else if (outcome.kind == K::Exception) {
        fail(FailureKind::Exception);
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
            if (outcome.kind == K::Failure)
                fail(FailureKind::Backup);
            else if (outcome.kind == K::Warning)
                m_warnings = true;
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
    t.message = outcome.message;
    t.finishedAt = now();
    t.output = m_output ? m_output->text() : QString();
    m_output.reset();
    m_outputDirty = false;
    const Status s = m_store.transaction([&]() -> Status {
        if (Status st = m_store.updateTask(m_job.id, t); !st)
            return st;
        return m_store.setTaskOutput(t.id, t.output);
    });
    if (!s)
        qCWarning(lcJobs) << s.error();
    Q_EMIT taskFinished(i);
}

void JobRunner::flushOutput()
{
    if (!m_outputDirty || !m_output || m_current < 0)
        return;
    m_outputDirty = false;
    if (Status s = m_store.setTaskOutput(task(m_current).id, m_output->text()); !s)
        qCWarning(lcJobs) << s.error();
}

QString JobRunner::outputOf(int index) const
{
    if (index == m_current && m_output)
        return m_output->text();
    return index >= 0 && index < m_job.tasks.size() ? m_job.tasks.at(index).output : QString();
}

void JobRunner::updateContext()
{
    QStringList errors;
    QStringList failedNames;
    for (const Task &t : std::as_const(m_job.tasks)) {
        if (t.status != TaskStatus::Failed)
            continue;
        failedNames.append(t.name);
        errors.append(t.message.isEmpty() ? t.name : t.name + QStringLiteral(": ") + t.message);
    }
    m_context.errorMessage = errors.join(QStringLiteral("; "));
    m_context.failedTasks = failedNames;
    if (m_cancelled)
        m_context.hookJobStatus = QStringLiteral("cancelled");
    else if (m_failure != FailureKind::None)
        m_context.hookJobStatus = QStringLiteral("failed");
    else if (m_skipRequested)
        m_context.hookJobStatus = QStringLiteral("skipped");
    else if (m_warnings)
        m_context.hookJobStatus = QStringLiteral("warning");
    else
        m_context.hookJobStatus = QStringLiteral("success");
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
        case FailureKind::Backup:
            return QStringLiteral("The backup failed: %1").arg(m_failureText);
        default:
            return QStringLiteral("Internal error: %1").arg(m_failureText);
        }
    case JobStatus::Skipped:
        return QStringLiteral("Hook '%1' requested skip (exit 75)").arg(m_skipHook);
    case JobStatus::CompletedWithWarnings: {
        if (!m_context.failedTasks.isEmpty())
            return QStringLiteral("Some tasks failed: %1")
                .arg(m_context.failedTasks.join(QStringLiteral(", ")));
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
    if (Status s = m_store.updateJob(m_job); !s)
        qCWarning(lcJobs) << s.error();
    m_finished = true;
    qCInfo(lcJobs) << "job" << m_job.id << "finished:" << toText(m_job.status);
    Q_EMIT jobFinished(m_job.status);
}

} // namespace borgtide
