#pragma once

#include "models/Job.h"
#include "models/Result.h"
#include "models/Schedule.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;
class QVariant;

namespace borgtide {

struct JobFilter
{
    std::optional<QString> scheduleName;
    std::optional<JobStatus> status;
};

// The one SQLite database of a user (SPEC 7): schedules, hooks, repositories, jobs, tasks and
// settings. WAL, foreign keys, a schema_version table and forward migrations, each in one
// transaction. Every write is transactional: a failed write leaves the database as it was.
// One Store per thread (its own named connection).
class Store final
{
public:
    static constexpr int SchemaVersion = 1;
    static QString fileName() { return QStringLiteral("borgtide.db"); }

    // Opens (creating or migrating) the database in `dataDir`.
    static Result<std::unique_ptr<Store>> open(const QString &dataDir);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    QString dataDir() const { return m_dataDir; }

    // Runs `work` in one write transaction (BEGIN IMMEDIATE, so writers from other processes
    // wait instead of failing). Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);

    // Repositories
    QList<Repository> repositories() const;
    std::optional<Repository> repository(qint64 id) const;
    std::optional<Repository> repositoryByName(const QString &name) const;
    Status saveRepository(Repository &repository); // insert (id 0) or update
    Status removeRepository(qint64 id);            // refused while a schedule uses it

    // Schedules, with their repository and hooks in order.
    QList<Schedule> schedules() const;
    std::optional<Schedule> schedule(qint64 id) const;
    std::optional<Schedule> scheduleByName(const QString &name) const;
    // Insert (id 0) or replace, hooks included. The repository is matched by name and
    // created when missing; `schedule.repository.id` and `schedule.id` are set.
    Status saveSchedule(Schedule &schedule);
    Status removeSchedule(qint64 id);
    Status setScheduleEnabled(qint64 id, bool enabled);

    // Jobs and tasks
    struct StartResult
    {
        bool started = false;
        QString error;           // a database error
        qint64 runningJobId = 0; // when not started because one is running
    };
    // Records a new running job with its tasks, unless a job of the same schedule is still
    // running in a live process (checked with `ownerAlive`), atomically across processes.
    StartResult startJob(Job &job, const std::function<bool(qint64, const QString &)> &ownerAlive);
    Status insertJob(Job &job); // a finished job recorded as is (skipped / missed runs)
    Status updateJob(const Job &job);
    Status updateTask(qint64 jobId, const Task &task); // all but the output

    Status setTaskOutput(qint64 taskId, const QString &output);
    Status setTaskProcessGroup(qint64 taskId, qint64 processGroup);
    // A task began: its status, start time and process group (0: none) in one write.
    Status markTaskStarted(const Task &task, qint64 processGroup);

    // Newest first; tasks included when `withTasks` (never their output).
    QList<Job> jobs(const JobFilter &filter, int limit, int offset = 0,
                    bool withTasks = false) const;
    int jobCount(const JobFilter &filter) const;
    std::optional<Job> job(qint64 id) const; // with tasks and output
    QList<Job> runningJobs() const;          // with tasks
    struct TaskProcess
    {
        qint64 taskId = 0;
        qint64 processGroup = 0;
    };
    QList<TaskProcess> taskProcesses(qint64 jobId) const;
    std::optional<Job> lastJob(qint64 scheduleId) const;
    QHash<qint64, JobStatus> lastStatuses() const; // schedule id -> status of its newest job
    QStringList jobScheduleNames() const;          // every schedule name jobs were recorded for
    QDateTime lastStart(qint64 scheduleId) const;  // of the newest job that started
    // Jobs of the schedule since the last one that ran a check (for check_every_n_jobs).
    int jobsSinceCheck(qint64 scheduleId) const;

    // Scheduler bookkeeping. checkedUntil: due times up to this instant were handled (by some
    // process); anchor: when the schedule was first seen or re-timed (interval triggers that
    // never ran count from it). Both invalid for a schedule no scheduler has seen.
    struct ScheduleState
    {
        QDateTime checkedUntil;
        QDateTime anchor;
    };
    ScheduleState scheduleState(qint64 scheduleId) const;
    // Moves checkedUntil from `expected` to `until` atomically (compare-and-swap across
    // processes); false when another process got there first. A first call (no state yet,
    // `expected` invalid) also sets the anchor.
    Result<bool> advanceCheckedUntil(qint64 scheduleId, const QDateTime &expected,
                                     const QDateTime &until);
    // Starts the bookkeeping afresh at `time` (a schedule was re-enabled or its trigger changed).
    Status resetScheduleState(qint64 scheduleId, const QDateTime &time);

    // Settings (key/value)
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Store() = default;
    Status migrate();
    // A prepared statement, cached per SQL text (preparing was most of the cost of a write),
    // reset when the handle goes out of scope. Do not use one SQL text twice at once.
    class Statement;
    Statement query(const QString &sql) const;
    // A statement that is not cached, for SQL built with values in it.
    QSqlQuery uncachedQuery(const QString &sql) const;
    Status fail(const QSqlQuery &q, const QString &what) const;
    QList<Schedule> loadSchedules(const QString &where, const QVariant &value) const;
    Status writeHooks(qint64 scheduleId, const QString &phase, const QList<Hook> &hooks);
    Status insertJobRows(Job &job);
    QList<Job> readJobs(QSqlQuery &q, bool withTasks, bool withOutput) const;
    void readTasks(QList<Job> &jobs, bool withOutput) const;

    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QString m_connection;
    QString m_path;
    QString m_dataDir;
    int m_transactionDepth = 0;
};

} // namespace borgtide
