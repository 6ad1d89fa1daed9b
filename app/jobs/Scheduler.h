#pragma once

#include "app/jobs/JobRunner.h"
#include "models/Store.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>

namespace borgtide {

class Clock;

// Runs schedules on time (SPEC 3), in the GUI process and in `borgtide daemon`:
//  - one timer to the earliest due time, at most one wake-up a minute (to notice clock jumps
//    and resume from sleep); never a per-second poll;
//  - missed runs (application not running, computer asleep, scheduling paused) coalesce into
//    one catch-up run when catch_up_missed, else one `skipped` job records the miss;
//  - a run due while the previous one of its schedule is in progress is recorded as skipped;
//  - jobs on one repository location run one after another; different locations in
//    parallel up to maxParallel;
//  - several processes may share the database: each due time is claimed atomically.
class Scheduler final : public QObject
{
    Q_OBJECT
public:
    Scheduler(Store &store, Clock &clock, const JobContext &services, QObject *parent = nullptr);
    ~Scheduler() override;

    void start();
    void tick(); // evaluate now (also called by the timer, on resume and on edits)

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    void setMaxParallel(int n);
    int maxParallel() const { return m_maxParallel; }

    // "Run now" (tray, GUI, tests): queues a manual job. False, with the reason, when this
    // schedule already has a job running or waiting here.
    bool runNow(qint64 scheduleId, QString *reason = nullptr);
    // No new jobs; running jobs are cancelled by the cancel rule (a second call stops their
    // cleanup hooks too). stopped() follows when nothing runs.
    void shutdown(const QString &reason);
    const QList<JobRunner *> &runningJobs() const { return m_running; }
    int queuedCount() const { return int(m_queue.size()); }
    QDateTime nextDue() const { return m_nextDue; }
    void setRunnerFactory(JobRunner::RunnerFactory factory) { m_factory = std::move(factory); }
    // What the next jobs start with (notifier, settings); running jobs keep theirs.
    JobContext &services() { return m_services; }

Q_SIGNALS:
    void jobStarted(borgtide::JobRunner *runner);
    void jobFinished(qint64 jobId, borgtide::JobStatus status);
    void runRecorded(qint64 jobId, const QString &message); // skipped without running
    void pausedChanged(bool paused);
    void stopped();

private:
    struct Pending
    {
        qint64 scheduleId = 0;
        JobType type = JobType::Scheduled;
    };
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
    bool inProgress(qint64 scheduleId) const;
    void due(const Schedule &s, const QList<QDateTime> &times);
    void recordSkipped(const Schedule &s, const QString &message, const QDateTime &dueAt);
    void dispatch();
    void onJobFinished(JobRunner *runner);
    void arm(const QList<Schedule> &schedules);
    void noticeSleep(const QDateTime &now);

    Store &m_store;
    Clock &m_clock;
    JobContext m_services;
    JobRunner::RunnerFactory m_factory;
    QTimer m_timer;
    QDateTime m_startedAt;
    QDateTime m_nextDue;
    bool m_started = false;
    bool m_paused = false;
    QDateTime m_pausedAt;
    QList<Window> m_pauses;
    QList<Window> m_sleeps;
    qint64 m_lastSuspendedMs = 0;
    QList<Pending> m_queue;
    QList<JobRunner *> m_running;
    int m_maxParallel = 2;
    bool m_shuttingDown = false;
    QString m_shutdownReason;
};

} // namespace borgtide
