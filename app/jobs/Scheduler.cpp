#include "app/jobs/Scheduler.h"

#include "models/Clock.h"
#include "models/NextRun.h"
#include "models/cron/CronExpression.h"

#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcScheduler, "borgtide.scheduler")

namespace borgtide {

namespace {

constexpr qint64 MaxWakeMs = 60 * 1000; // notice clock jumps and resume at least once a minute
constexpr int MaxDueTimes = 1000;       // enough to classify; more are coalesced anyway

} // namespace

Scheduler::Scheduler(Store &store, Clock &clock, const JobContext &services, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_services(services)
{
    m_services.clock = &m_clock;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
    connect(&m_clock, &Clock::jumped, this, &Scheduler::tick);
    m_maxParallel =
        std::max(1, m_store.setting(QStringLiteral("max_parallel"), QStringLiteral("2")).toInt());
}

Scheduler::~Scheduler()
{
    qDeleteAll(m_running); // stops their processes; the jobs are settled at the next start
}

void Scheduler::start()
{
    m_started = true;
    m_startedAt = m_clock.now();
    m_lastSuspendedMs = m_clock.suspendedMs();
    m_paused = m_store.setting(QStringLiteral("scheduling_paused")) == QLatin1String("1");
    if (m_paused)
        m_pausedAt = m_startedAt;
    qCInfo(lcScheduler) << "scheduler started" << (m_paused ? "(paused)" : "");
    tick();
}

void Scheduler::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    const QDateTime now = m_clock.now();
    if (paused) {
        m_pausedAt = now;
    } else {
        m_pauses.append({m_pausedAt, now});
        m_pausedAt = {};
    }
    if (Status s = m_store.setSetting(QStringLiteral("scheduling_paused"),
                                      paused ? QStringLiteral("1") : QStringLiteral("0"));
        !s)
        qCWarning(lcScheduler) << s.error();
    qCInfo(lcScheduler) << (paused ? "scheduling paused" : "scheduling resumed");
    Q_EMIT pausedChanged(paused);
    tick();
}

void Scheduler::setMaxParallel(int n)
{
    m_maxParallel = std::max(1, n);
    dispatch();
}

void Scheduler::noticeSleep(const QDateTime &now)
{
    const qint64 suspended = m_clock.suspendedMs();
    const qint64 slept = suspended - m_lastSuspendedMs;
    m_lastSuspendedMs = suspended;
    if (slept > 1000) {
        m_sleeps.append({now.addMSecs(-slept), now});
        qCInfo(lcScheduler) << "the computer slept for" << slept / 1000 << "s";
    }
}

QList<QDateTime> Scheduler::dueTimes(const Schedule &s, const Store::ScheduleState &state,
                                     const QDateTime &now) const
{
    QList<QDateTime> out;
    const QDateTime after = state.checkedUntil;
    if (s.trigger.kind == TriggerKind::Cron) {
        const CronExpression cron = CronExpression::parse(s.trigger.cron);
        const QTimeZone zone = QTimeZone::systemTimeZone();
        QDateTime t = after;
        while (out.size() < MaxDueTimes) {
            t = cron.next(t, zone);
            if (!t.isValid() || t > now)
                break;
            out.append(t);
        }
    } else if (s.trigger.kind == TriggerKind::Interval && s.trigger.intervalMinutes > 0) {
        const QDateTime last = m_store.lastStart(s.id);
        const QDateTime base = last.isValid() ? last : state.anchor;
        const qint64 step = qint64(s.trigger.intervalMinutes) * 60000;
        const qint64 b = base.toMSecsSinceEpoch();
        const qint64 from = std::max(after.toMSecsSinceEpoch(), b);
        qint64 k = (from - b) / step + 1; // first grid point strictly after `from`
        for (; out.size() < MaxDueTimes; ++k) {
            const qint64 t = b + k * step;
            if (t > now.toMSecsSinceEpoch())
                break;
            out.append(QDateTime::fromMSecsSinceEpoch(t));
        }
    }
    return out;
}

QDateTime Scheduler::nextAfter(const Schedule &s, const Store::ScheduleState &state) const
{
    const QDateTime from = state.checkedUntil.isValid() ? state.checkedUntil : m_clock.now();
    const QDateTime last =
        s.trigger.kind == TriggerKind::Interval ? m_store.lastStart(s.id) : QDateTime();
    const QList<QDateTime> next = nextRuns(s.trigger, from, 1, last, state.anchor);
    return next.isEmpty() ? QDateTime() : next.first();
}

QString Scheduler::missReason(const QDateTime &due) const
{
    if (due < m_startedAt)
        return QStringLiteral("the application was not running");
    for (const Window &w : m_sleeps) {
        if (w.contains(due))
            return QStringLiteral("the computer was asleep");
    }
    for (const Window &w : m_pauses) {
        if (w.contains(due))
            return QStringLiteral("scheduling was paused");
    }
    return {};
}

bool Scheduler::inProgress(qint64 scheduleId) const
{
    for (const Pending &p : m_queue) {
        if (p.scheduleId == scheduleId)
            return true;
    }
    for (const JobRunner *r : m_running) {
        if (r->job().scheduleId == scheduleId)
            return true;
    }
    return false;
}

void Scheduler::tick()
{
    if (!m_started || m_shuttingDown)
        return;
    const QDateTime now = m_clock.now();
    noticeSleep(now);
    const QList<Schedule> schedules = m_store.schedules();
    if (m_paused) {
        m_timer.stop(); // nothing starts; due times wait and count as missed on resume
        m_nextDue = {};
        return;
    }
    for (const Schedule &s : schedules) {
        if (!s.enabled || s.trigger.kind == TriggerKind::Manual)
            continue;
        const Store::ScheduleState state = m_store.scheduleState(s.id);
        if (!state.checkedUntil.isValid()) {
            // First sight: nothing before now was missed.
            if (auto r = m_store.advanceCheckedUntil(s.id, {}, now); !r)
                qCWarning(lcScheduler) << r.error();
            continue;
        }
        const QList<QDateTime> times = dueTimes(s, state, now);
        if (times.isEmpty())
            continue;
        const auto claimed = m_store.advanceCheckedUntil(s.id, state.checkedUntil, now);
        if (!claimed) {
            qCWarning(lcScheduler) << claimed.error();
            continue;
        }
        if (!claimed.value())
            continue; // another Borgtide process handled these due times
        due(s, times);
    }
    dispatch();
    arm(schedules);
}

void Scheduler::due(const Schedule &s, const QList<QDateTime> &times)
{
    bool onTime = false;
    for (const QDateTime &t : times)
        onTime = onTime || missReason(t).isEmpty();
    if (!onTime && !s.catchUpMissed) {
        const QString reason = missReason(times.last());
        qCInfo(lcScheduler) << s.name << "missed" << times.size() << "run(s):" << reason;
        recordSkipped(s, QStringLiteral("Missed: ") + reason, times.last());
        return;
    }
    if (inProgress(s.id)) {
        recordSkipped(s, QStringLiteral("previous run still in progress"), times.last());
        return;
    }
    qCInfo(lcScheduler) << s.name << (onTime ? "is due" : "catches up") << times.size()
                        << "due time(s)";
    m_queue.append({s.id, JobType::Scheduled});
}

void Scheduler::recordSkipped(const Schedule &s, const QString &message, const QDateTime &dueAt)
{
    Job job;
    job.scheduleId = s.id;
    job.scheduleName = s.name;
    job.repositoryId = s.repository.id;
    job.type = JobType::Scheduled;
    job.status = JobStatus::Skipped;
    job.message = message;
    job.startedAt = dueAt;
    job.finishedAt = m_clock.now();
    if (Status st = m_store.insertJob(job); !st) {
        qCWarning(lcScheduler) << st.error();
        return;
    }
    qCInfo(lcScheduler) << "job" << job.id << "of" << s.name << "skipped:" << message;
    Q_EMIT runRecorded(job.id, message);
}

bool Scheduler::runNow(qint64 scheduleId, QString *reason)
{
    if (m_shuttingDown) {
        if (reason)
            *reason = QStringLiteral("Borgtide is shutting down");
        return false;
    }
    if (inProgress(scheduleId)) {
        if (reason)
            *reason = QStringLiteral("this schedule is already running or waiting to run");
        return false;
    }
    m_queue.append({scheduleId, JobType::Manual});
    dispatch();
    return true;
}

void Scheduler::dispatch()
{
    if (m_shuttingDown)
        return;
    for (qsizetype i = 0; i < m_queue.size() && m_running.size() < m_maxParallel;) {
        const Pending p = m_queue.at(i);
        const std::optional<Schedule> s = m_store.schedule(p.scheduleId);
        if (!s || (p.type == JobType::Scheduled && !s->enabled)) {
            m_queue.removeAt(i);
            continue;
        }
        bool busy = false;
        for (const JobRunner *r : m_running)
            busy = busy || r->schedule().repository.location == s->repository.location;
        if (busy) {
            ++i; // one job per repository location at a time; try the next in line
            continue;
        }
        m_queue.removeAt(i);
        auto *runner = new JobRunner(m_store, *s, p.type, m_services, this);
        if (m_factory)
            runner->setRunnerFactory(m_factory);
        const JobRunner::StartResult started = runner->start();
        if (!started.started) {
            delete runner;
            if (started.runningJobId != 0 && p.type == JobType::Scheduled)
                recordSkipped(*s, QStringLiteral("previous run still in progress"), m_clock.now());
            else if (!started.error.isEmpty())
                qCWarning(lcScheduler) << "cannot start a job of" << s->name << started.error;
            continue;
        }
        m_running.append(runner);
        connect(runner, &JobRunner::jobFinished, this, [this, runner]() { onJobFinished(runner); });
        qCInfo(lcScheduler) << "job" << runner->job().id << "of" << s->name << "started ("
                            << toText(p.type) << ")";
        Q_EMIT jobStarted(runner);
    }
}

void Scheduler::onJobFinished(JobRunner *runner)
{
    m_running.removeOne(runner);
    const qint64 id = runner->job().id;
    const JobStatus status = runner->job().status;
    runner->deleteLater();
    Q_EMIT jobFinished(id, status);
    if (m_shuttingDown) {
        if (m_running.isEmpty())
            Q_EMIT stopped();
        return;
    }
    dispatch();
    tick(); // an interval schedule counts from this run's start
}

void Scheduler::arm(const QList<Schedule> &schedules)
{
    const QDateTime now = m_clock.now();
    QDateTime next;
    for (const Schedule &s : schedules) {
        if (!s.enabled || s.trigger.kind == TriggerKind::Manual)
            continue;
        const QDateTime t = nextAfter(s, m_store.scheduleState(s.id));
        if (t.isValid() && (!next.isValid() || t < next))
            next = t;
    }
    m_nextDue = next;
    qint64 wait = MaxWakeMs;
    if (next.isValid())
        wait = std::clamp<qint64>(now.msecsTo(next), 0, MaxWakeMs);
    m_timer.start(int(wait));
}

void Scheduler::shutdown(const QString &reason)
{
    if (m_shuttingDown) {
        for (JobRunner *r : std::as_const(m_running))
            r->cancel(reason); // the second time: cleanup hooks stop too
        return;
    }
    m_shuttingDown = true;
    m_shutdownReason = reason;
    m_timer.stop();
    m_queue.clear();
    if (m_running.isEmpty()) {
        QMetaObject::invokeMethod(this, &Scheduler::stopped, Qt::QueuedConnection);
        return;
    }
    for (JobRunner *r : std::as_const(m_running))
        r->cancel(reason);
}

} // namespace borgtide
