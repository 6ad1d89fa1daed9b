#pragma once

#include "app/jobs/JobRunner.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace borgtide {

class StoreWatcher;

// The one owner of the jobs of a process (ARCHITECTURE: qBittorrent's Session). Every trigger
// goes through it: the scheduler's timer, "Run now" in the window and the tray, the daemon and
// `borgtide run`. It
//  - records each job at once (pending while it waits, with the reason as its message);
//  - holds a job until all its repositories' locations are free across processes (taken
//    together in one store transaction) and fewer than the parallel limit run here;
//  - emits every change of a job and its tasks with their data, for its own jobs as they run
//    and, through one StoreWatcher, for jobs that other processes run (within a second);
//  - cancels one job or all of them by the cancel rule.
// Views keep what the signals carry; none reads a runner or polls the store.
class JobBoard final : public QObject
{
    Q_OBJECT
public:
    JobBoard(Store &store, const JobServices &services, QObject *parent = nullptr);
    ~JobBoard() override;

    struct Request
    {
        JobType type = JobType::Manual;
        bool wait = true;                    // false (--no-wait): a busy location records nothing
        QHash<QString, QString> passphrases; // by location, resolved by the caller
        bool passphraseFromEnvironment = false;
    };
    struct Submitted
    {
        enum class Outcome {
            Started,        // running
            Queued,         // recorded, pending (see the job's message)
            AlreadyRunning, // a job of this schedule runs or waits (any process): nothing recorded
            Busy,           // !wait and a location is busy: nothing recorded
            Failed,         // the store refused (error)
        };
        Outcome outcome = Outcome::Failed;
        qint64 jobId = 0;      // Started, Queued
        qint64 otherJobId = 0; // AlreadyRunning: that job; Busy/Queued: the job holding it
        QString location;      // Busy: the busy location
        QString error;
        ErrorCode code = ErrorCode::None;
        bool recorded() const { return outcome == Outcome::Started || outcome == Outcome::Queued; }
    };
    Submitted submit(const Schedule &schedule, const Request &request);
    Submitted submit(const Schedule &schedule, JobType type)
    {
        Request r;
        r.type = type;
        return submit(schedule, r);
    }

    // By the cancel rule (a second call stops cleanup hooks too). False: not a job of this
    // process that runs or waits.
    bool cancel(qint64 jobId, const QString &reason = {});
    // Every job of this process; nothing new starts after the first call.
    void cancelAll(const QString &reason);
    bool isShuttingDown() const { return m_shuttingDown; }

    void setMaxParallel(int n);
    int maxParallel() const { return m_maxParallel; }

    // Jobs that run or wait, in this process and in others, oldest first.
    QList<Job> liveJobs() const;
    std::optional<Job> liveJob(qint64 id) const;
    bool owns(qint64 jobId) const;
    int runningCount() const; // this process's running jobs
    int ownCount() const { return int(m_runners.size()); }
    // A job of this schedule runs or waits here.
    bool hasJobOf(qint64 scheduleId) const;
    // A task's output so far: live for this process's jobs, as last stored for others'.
    QString outputOf(qint64 jobId, int row) const;
    // The first failed database write of one of this process's jobs (for `run`).
    QString databaseError(qint64 jobId) const;

    // Starts following other processes' commits (the GUI, the daemon, a waiting `run`).
    void watchStore();
    StoreWatcher *storeWatcher() const { return m_watcher; }

    void setRunnerFactory(JobRunner::RunnerFactory factory) { m_factory = std::move(factory); }
    const JobServices &services() const { return m_services; }
    // What the next jobs start with (running jobs keep theirs).
    void setServices(const JobServices &services) { m_services = services; }

Q_SIGNALS:
    void jobChanged(const borgtide::Job &job); // recorded, started, waiting, finished, …
    void taskChanged(qint64 jobId, const borgtide::Task &task);
    void taskOutput(qint64 jobId, int row, const QByteArray &chunk);
    void taskProgress(qint64 jobId, int row, qint64 files, qint64 originalBytes,
                      qint64 deduplicatedBytes, const QString &path);
    void jobStarted(const borgtide::Job &job);
    void jobFinished(const borgtide::Job &job);
    // another process committed something (schedules, settings or jobs may have changed)
    void storeChanged();
    void idle(); // this process has no job left (after cancelAll: time to quit)

private:
    void adopt(JobRunner *runner);
    void dispatch();
    void onFinished(JobRunner *runner);
    void onStoreChanged();
    void noteOthers(const QList<Job> &running);
    QString waitingForSlot() const;

    Store &m_store;
    JobServices m_services;
    JobRunner::RunnerFactory m_factory;
    QList<JobRunner *> m_runners;            // running and waiting, in the order they came
    QHash<qint64, Job> m_others;             // live jobs of other processes, as last read
    QHash<qint64, QString> m_databaseErrors; // of this process's jobs that ended
    StoreWatcher *m_watcher = nullptr;
    QTimer m_retry; // while a job waits for another process: its owner may die silently
    int m_maxParallel = 2;
    bool m_shuttingDown = false;
    QString m_shutdownReason;
};

} // namespace borgtide
