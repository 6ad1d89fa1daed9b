#include "app/jobs/Scheduler.h"

#include "app/jobs/JobBoard.h"
#include "app/platform/MountWatcher.h"
#include "app/platform/NetworkState.h"
#include "app/platform/PowerState.h"
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

const QString &pausedKey()
{
    static const QString k = QStringLiteral("scheduling_paused");
    return k;
}
const QString &pausedUntilKey()
{
    static const QString k = QStringLiteral("scheduling_paused_until");
    return k;
}
const QString &owedKey()
{
    static const QString k = QStringLiteral("owed_runs");
    return k;
}

} // namespace

Scheduler::Scheduler(Store &store, Clock &clock, JobBoard &board, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_board(board)
    , m_checker(nullptr, nullptr)
{
    // jobs take their times from the scheduler's clock (tests move it)
    JobServices services = m_board.services();
    services.clock = &m_clock;
    m_board.setServices(services);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
    connect(&m_clock, &Clock::jumped, this, &Scheduler::tick);
    connect(&m_board, &JobBoard::jobFinished, this, [this]() {
        if (!m_shuttingDown)
            tick(); // an interval schedule counts from this run's start
    });
    connect(&m_board, &JobBoard::idle, this, [this]() {
        if (m_shuttingDown && !m_stopped) {
            m_stopped = true;
            Q_EMIT stopped();
        }
    });
    for (const QString &id : m_store.setting(owedKey()).split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_owed.insert(id.toLongLong());
}

Scheduler::~Scheduler() = default;

void Scheduler::setFacts(platform::PowerState *power, platform::NetworkState *network,
                         platform::MountWatcher *mounts)
{
    m_checker.setFacts(power, network);
    if (power)
        connect(power, &platform::PowerState::changed, this, &Scheduler::factsChanged);
    if (network)
        connect(network, &platform::NetworkState::changed, this, &Scheduler::factsChanged);
    m_mounts = mounts;
    if (mounts)
        connect(mounts, &platform::MountWatcher::mountsChanged, this, &Scheduler::mountsChanged);
}

void Scheduler::start()
{
    m_started = true;
    m_startedAt = m_clock.now();
    m_lastSuspendedMs = m_clock.suspendedMs();
    m_paused = m_store.setting(pausedKey()) == QLatin1String("1");
    const QString until = m_store.setting(pausedUntilKey());
    m_pausedUntil =
        until.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(until.toLongLong());
    if (m_paused)
        m_pausedAt = m_startedAt;
    for (const Schedule &s : m_store.schedules()) {
        if (s.trigger.kind == TriggerKind::Event &&
            s.trigger.event == TriggerEvent::RepositoryConnected)
            m_reachable.insert(s.id, ConditionChecker::isLocalReachable(s.repository()));
    }
    qCInfo(lcScheduler) << "scheduler started" << (m_paused ? "(paused)" : "");
    tick();
    fireEvent(TriggerEvent::Startup);
    factsChanged(); // runs owed from before a restart
}

void Scheduler::savePause()
{
    const Status a =
        m_store.setSetting(pausedKey(), m_paused ? QStringLiteral("1") : QStringLiteral("0"));
    const Status b = m_store.setSetting(pausedUntilKey(),
                                        m_paused && m_pausedUntil.isValid()
                                            ? QString::number(m_pausedUntil.toMSecsSinceEpoch())
                                            : QString());
    if (!a || !b)
        qCWarning(lcScheduler) << a.error() << b.error();
}

void Scheduler::pause(const QDateTime &until)
{
    const bool was = m_paused;
    m_paused = true;
    m_pausedUntil = until;
    if (!was)
        m_pausedAt = m_clock.now();
    savePause();
    qCInfo(lcScheduler) << "scheduling paused"
                        << (until.isValid() ? until.toString(Qt::ISODate)
                                            : QStringLiteral("until resumed"));
    if (!was)
        Q_EMIT pausedChanged(true);
    tick();
}

void Scheduler::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_pauses.append({m_pausedAt, m_clock.now()});
    m_pausedAt = {};
    m_pausedUntil = {};
    savePause();
    qCInfo(lcScheduler) << "scheduling resumed";
    Q_EMIT pausedChanged(false);
    tick();
}

void Scheduler::setPaused(bool paused)
{
    if (paused)
        pause();
    else
        resume();
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

void Scheduler::tick()
{
    if (!m_started || m_shuttingDown)
        return;
    const QDateTime now = m_clock.now();
    noticeSleep(now);
    if (m_paused && m_pausedUntil.isValid() && now >= m_pausedUntil)
        resume(); // the pause ends on its own (and ticks again)
    if (!m_started || m_shuttingDown)
        return;
    const QList<Schedule> schedules = m_store.schedules();
    if (m_paused) {
        // nothing starts; due times wait and count as missed on resume
        m_nextDue = {};
        m_timer.start(int(m_pausedUntil.isValid()
                              ? std::clamp<qint64>(now.msecsTo(m_pausedUntil), 0, MaxWakeMs)
                              : MaxWakeMs));
        return;
    }
    for (const Schedule &s : schedules) {
        if (!s.enabled || s.trigger.kind == TriggerKind::Manual ||
            s.trigger.kind == TriggerKind::Event)
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
    if (m_board.hasJobOf(s.id)) {
        recordSkipped(s, QStringLiteral("previous run still in progress"), times.last());
        return;
    }
    qCInfo(lcScheduler) << s.name << (onTime ? "is due" : "catches up") << times.size()
                        << "due time(s)";
    submitScheduled(s, false);
}

// A scheduled run: conditions first, then the board.
void Scheduler::submitScheduled(const Schedule &s, bool owed)
{
    if (m_checking.contains(s.id))
        return;
    m_checking.insert(s.id);
    const qint64 id = s.id;
    m_checker.check(s, [this, id, owed](const QString &failure) {
        m_checking.remove(id);
        if (m_shuttingDown || (m_paused && !owed))
            return;
        const std::optional<Schedule> current = m_store.schedule(id);
        if (!current || !current->enabled)
            return;
        if (!failure.isEmpty()) {
            if (!owed) // an owed run that still cannot run records nothing more
                recordSkipped(*current, failure, m_clock.now(), true);
            setOwed(id, current->catchUpMissed);
            return;
        }
        setOwed(id, false);
        const JobBoard::Submitted r = m_board.submit(*current, JobType::Scheduled);
        if (r.outcome == JobBoard::Submitted::Outcome::AlreadyRunning)
            recordSkipped(*current, QStringLiteral("previous run still in progress"),
                          m_clock.now());
        else if (!r.recorded())
            qCWarning(lcScheduler) << "cannot start a job of" << current->name << r.error;
    });
}

void Scheduler::setOwed(qint64 scheduleId, bool owed)
{
    const bool changed = owed ? !m_owed.contains(scheduleId) : m_owed.remove(scheduleId);
    if (!changed)
        return;
    if (owed)
        m_owed.insert(scheduleId);
    QStringList ids;
    for (qint64 id : std::as_const(m_owed))
        ids.append(QString::number(id));
    ids.sort();
    if (Status st = m_store.setSetting(owedKey(), ids.join(QLatin1Char(','))); !st)
        qCWarning(lcScheduler) << st.error();
}

void Scheduler::factsChanged()
{
    if (!m_started || m_shuttingDown || m_paused || m_owed.isEmpty())
        return;
    for (qint64 id : QList<qint64>(m_owed.begin(), m_owed.end())) {
        const std::optional<Schedule> s = m_store.schedule(id);
        if (!s || !s->enabled) {
            setOwed(id, false);
            continue;
        }
        if (!m_board.hasJobOf(id))
            submitScheduled(*s, true);
    }
}

void Scheduler::mountsChanged()
{
    if (!m_started || m_shuttingDown)
        return;
    for (const Schedule &s : m_store.schedules()) {
        if (s.trigger.kind != TriggerKind::Event ||
            s.trigger.event != TriggerEvent::RepositoryConnected)
            continue;
        const bool reachable = ConditionChecker::isLocalReachable(s.repository());
        const bool was = m_reachable.value(s.id, reachable);
        m_reachable.insert(s.id, reachable);
        if (reachable && !was && s.enabled && !m_paused) {
            qCInfo(lcScheduler) << s.repository().name << "was connected";
            fire(s);
        }
    }
    factsChanged(); // a drive that is back may let owed runs happen
}

void Scheduler::resumed()
{
    tick();
    fireEvent(TriggerEvent::Resume);
    factsChanged();
}

void Scheduler::fireEvent(TriggerEvent event)
{
    if (!m_started || m_shuttingDown || m_paused)
        return;
    for (const Schedule &s : m_store.schedules()) {
        if (s.enabled && s.trigger.kind == TriggerKind::Event && s.trigger.event == event)
            fire(s);
    }
}

void Scheduler::fire(const Schedule &s)
{
    // min_interval_minutes counts from the last run's start (stored, so across restarts); an
    // event inside it records nothing
    if (s.trigger.minIntervalMinutes > 0) {
        const QDateTime last = m_store.lastStart(s.id);
        if (last.isValid() &&
            last.addSecs(qint64(s.trigger.minIntervalMinutes) * 60) > m_clock.now()) {
            qCInfo(lcScheduler) << s.name << "event inside min_interval_minutes: not run";
            return;
        }
    }
    if (m_board.hasJobOf(s.id))
        return;
    qCInfo(lcScheduler) << s.name << "runs on" << toText(s.trigger.event);
    submitScheduled(s, false);
}

void Scheduler::recordSkipped(const Schedule &s, const QString &message, const QDateTime &dueAt,
                              bool quiet)
{
    Q_UNUSED(quiet)
    Job job;
    job.scheduleId = s.id;
    job.scheduleName = s.name;
    job.repositoryId = s.repository().id;
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
    auto say = [reason](const QString &text) {
        if (reason)
            *reason = text;
        return false;
    };
    if (m_shuttingDown || m_board.isShuttingDown())
        return say(QStringLiteral("Borgtide is shutting down"));
    if (m_board.hasJobOf(scheduleId))
        return say(QStringLiteral("this schedule is already running or waiting to run"));
    const std::optional<Schedule> s = m_store.schedule(scheduleId);
    if (!s)
        return say(QStringLiteral("the schedule no longer exists"));
    const JobBoard::Submitted r = m_board.submit(*s, JobType::Manual);
    if (r.outcome == JobBoard::Submitted::Outcome::AlreadyRunning)
        return say(QStringLiteral("this schedule is already running (job %1)").arg(r.otherJobId));
    if (!r.recorded())
        return say(r.error);
    return true;
}

void Scheduler::arm(const QList<Schedule> &schedules)
{
    const QDateTime now = m_clock.now();
    QDateTime next;
    for (const Schedule &s : schedules) {
        if (!s.enabled || s.trigger.kind == TriggerKind::Manual ||
            s.trigger.kind == TriggerKind::Event)
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
    m_shuttingDown = true;
    m_timer.stop();
    m_board.cancelAll(reason); // idle() follows when nothing runs, then stopped()
}

} // namespace borgtide
