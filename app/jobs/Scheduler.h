#pragma once

#include "app/jobs/Conditions.h"
#include "models/Store.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace borgtide {

class Clock;
class JobBoard;

namespace platform {
class MountWatcher;
class NetworkState;
class PowerState;
} // namespace platform

// Decides when schedules are due (SPEC 3), in the GUI process and in `borgtide daemon`, and
// hands each run to the JobBoard, which runs it:
//  - one timer to the earliest due time, at most one wake-up a minute (to notice clock jumps
//    and resume from sleep); never a per-second poll;
//  - missed runs (application not running, computer asleep, scheduling paused) coalesce into
//    one catch-up run when catch_up_missed, else one `skipped` job records the miss;
//  - a run due while the previous one of its schedule is in progress is recorded as skipped;
//  - conditions hold scheduled runs back (one `skipped` job with the reason); with
//    catch_up_missed the run is owed and happens once the facts change and the conditions hold
//    (power, network and mount change signals, not polling);
//  - events: `startup` when it starts, `resume` after sleep, `repository_connected` when the
//    first repository's folder appears (mount events), each at most once per
//    min_interval_minutes since the schedule's last run;
//  - several processes may share the database: each due time is claimed atomically.
class Scheduler final : public QObject
{
    Q_OBJECT
public:
    Scheduler(Store &store, Clock &clock, JobBoard &board, QObject *parent = nullptr);
    ~Scheduler() override;

    // Where conditions and events come from (any may be null: a missing service).
    void setFacts(platform::PowerState *power, platform::NetworkState *network,
                  platform::MountWatcher *mounts);

    void start();   // also the `startup` events
    void tick();    // evaluate now (also called by the timer, on resume and on edits)
    void resumed(); // the computer woke from sleep: `resume` events, then a tick

    bool isPaused() const { return m_paused; }
    // invalid: until resumed
    QDateTime pausedUntil() const { return m_pausedUntil; }
    void pause(const QDateTime &until = {});
    void resume();
    void setPaused(bool paused);

    // "Run now" (tray, GUI): a manual job, conditions ignored. False, with the reason, when
    // this schedule already has a job running or waiting.
    bool runNow(qint64 scheduleId, QString *reason = nullptr);
    // No new jobs; running jobs are cancelled by the cancel rule (a second call stops their
    // cleanup hooks too). stopped() follows when nothing runs.
    void shutdown(const QString &reason);
    QDateTime nextDue() const { return m_nextDue; }
    JobBoard &board() { return m_board; }
    ConditionChecker &conditions() { return m_checker; }

Q_SIGNALS:
    void runRecorded(qint64 jobId, const QString &message); // skipped without running
    void pausedChanged(bool paused);
    void stopped();

private:
    struct Window
    {
        QDateTime from;
        QDateTime to;
        bool contains(const QDateTime &t) const { return t >= from && t <= to; }
    };

    QList<QDateTime> dueTimes(const Schedule &s, const Store::ScheduleState &state,
                              const QDateTime &now) const;
    QDateTime nextAfter(const Schedule &s, const Store::ScheduleState &state) const;
    QString missReason(const QDateTime &due) const;
    void due(const Schedule &s, const QList<QDateTime> &times);
    void submitScheduled(const Schedule &s, bool owed);
    void recordSkipped(const Schedule &s, const QString &message, const QDateTime &dueAt,
                       bool quiet = false);
    void arm(const QList<Schedule> &schedules);
    void noticeSleep(const QDateTime &now);
    void fireEvent(TriggerEvent event);
    void fire(const Schedule &s);
    void factsChanged();
    void mountsChanged();
    void setOwed(qint64 scheduleId, bool owed);
    void savePause();

    Store &m_store;
    Clock &m_clock;
    JobBoard &m_board;
    ConditionChecker m_checker;
    QPointer<platform::MountWatcher> m_mounts;
    QTimer m_timer;
    QDateTime m_startedAt;
    QDateTime m_nextDue;
    bool m_started = false;
    bool m_paused = false;
    QDateTime m_pausedAt;
    QDateTime m_pausedUntil;
    QList<Window> m_pauses;
    QList<Window> m_sleeps;
    qint64 m_lastSuspendedMs = 0;
    QSet<qint64> m_owed;             // runs held back by conditions, to catch up
    QSet<qint64> m_checking;         // conditions being checked (an ssh:// host asked)
    QHash<qint64, bool> m_reachable; // repository_connected: the first repository was there
    bool m_shuttingDown = false;
    bool m_stopped = false;
};

} // namespace borgtide
