#pragma once

#include "models/Job.h"
#include "models/Result.h"
#include "models/Schedule.h"

#include <QDate>
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
    static constexpr int SchemaVersion = 2;
    static constexpr int MaxDailyCopies = 7;
    static QString fileName() { return QStringLiteral("borgtide.db"); }

    struct OpenOptions
    {
        // PRAGMA quick_check before anything is written (a damaged database is never changed).
        // The GUI asks for it at the first start of a day only (it costs 250 ms on a 56 MB
        // database); damage found later by a read or write fails with DatabaseDamaged.
        bool checkIntegrity = true;
        // the first open of a day keeps a copy in <data folder>/backups/ (the GUI makes it
        // later, off the GUI thread, with keepDailyCopy)
        bool dailyCopy = true;
    };
    // Opens (creating or migrating) the database in `dataDir` (SPEC 7): the folder is made 0700
    // and refused when another user owns it; the files are 0600. Error codes: DataDirUnusable,
    // DataDirNotOwned, DatabaseDamaged, DatabaseNewer, Database.
    static Result<std::unique_ptr<Store>> open(const QString &dataDir, OpenOptions options);
    static Result<std::unique_ptr<Store>> open(const QString &dataDir)
    {
        return open(dataDir, OpenOptions{});
    }
    // The data folder exists, is the user's own, private and writable.
    static Status prepareDataDir(const QString &dir);
    // Once a day: VACUUM INTO <data folder>/backups/borgtide-<date>.db, the last 7 kept. Opens
    // its own connection, so it may run on any thread.
    static Status keepDailyCopy(const QString &dataDir, const QDate &today = QDate::currentDate());
    // Whether the copy of `day` exists (the first open of a day checks the database whole).
    static bool hasDailyCopy(const QString &dataDir, const QDate &day = QDate::currentDate());
    // The newest daily copy, or an empty string.
    static QString lastGoodCopy(const QString &dataDir);
    // SPEC 7's message for a damaged database at `path`.
    static QString damagedMessage(const QString &path, const QString &reason);
    // PRAGMA quick_check of the database of `dataDir`, on a connection of its own (any
    // thread): DatabaseDamaged with SPEC 7's message when it finds damage.
    static Status verify(const QString &dataDir);
    // Puts `copy` in place of the database of `dataDir`; the damaged file is moved aside.
    static Status restoreCopy(const QString &dataDir, const QString &copy);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    QString dataDir() const { return m_dataDir; }
    // What migrating the database on this open changed that the user must know (merged
    // repositories, schedules disabled because their prune could touch each other's archives).
    const QStringList &migrationNotices() const { return m_notices; }
    // The last read that failed since the previous call (reads return empty results on
    // failure; this says why). ErrorCode::None when every read succeeded.
    ErrorCode takeReadError(QString *message = nullptr) const
    {
        if (message)
            *message = m_readError;
        const ErrorCode c = m_readErrorCode;
        m_readErrorCode = ErrorCode::None;
        m_readError.clear();
        return c;
    }

    // Runs `work` in one write transaction (BEGIN IMMEDIATE, so writers from other processes
    // wait instead of failing). Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);

    // Repositories
    QList<Repository> repositories() const;
    std::optional<Repository> repository(qint64 id) const;
    std::optional<Repository> repositoryByName(const QString &name) const;
    std::optional<Repository> repositoryByLocation(const QString &location) const;
    // Insert (id 0) or update; the location is normalised, and refused when another repository
    // name has it.
    Status saveRepository(Repository &repository);
    Status removeRepository(qint64 id); // refused while a schedule uses it

    // Schedules, with their repository and hooks in order.
    QList<Schedule> schedules() const;
    std::optional<Schedule> schedule(qint64 id) const;
    std::optional<Schedule> scheduleByName(const QString &name) const;
    // Insert (id 0) or replace, repositories and hooks included. Repositories are matched by
    // name and created when missing; their ids and `schedule.id` are set.
    Status saveSchedule(Schedule &schedule);
    Status removeSchedule(qint64 id);
    Status setScheduleEnabled(qint64 id, bool enabled);

    // Jobs and tasks
    struct LocationHolder
    {
        qint64 jobId = 0; // 0: the locations were taken
        QString location;
    };
    enum class LocationMode {
        Defer,        // record the job only; its locations are taken later (acquireLocations)
        Take,         // take the locations when they are free, else record the job waiting
        TakeOrRefuse, // take the locations, or record nothing when one is busy (--no-wait)
    };
    struct StartResult
    {
        bool started = false;        // the job was recorded
        bool locationsTaken = false; // and holds `locations`
        QString error;               // a database error
        ErrorCode code = ErrorCode::None;
        qint64 runningJobId = 0; // not recorded: a job of this schedule is running
        LocationHolder busy;     // a location is held by this job (alive)
    };
    // Records a new job with its tasks, unless a job of the same schedule is still running in a
    // live process (checked with `ownerAlive`), and takes `locations` as `mode` says, all in one
    // transaction, atomically across processes.
    StartResult startJob(Job &job, const std::function<bool(qint64, const QString &)> &ownerAlive,
                         const QStringList &locations = {},
                         LocationMode mode = LocationMode::Defer);
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
    // Running or pending jobs, and finished ones with a task left running or pending (a write
    // that failed), with tasks: what crash recovery looks at.
    QList<Job> unsettledJobs() const;
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
    // When this schedule last ran `kind` (check, compact) on `repository` (its name), and how
    // many of its jobs ended since (check_every_days, compact_every_days, check_every_n_jobs).
    QDateTime lastMaintenance(qint64 scheduleId, TaskKind kind, const QString &repository) const;
    int jobsSinceMaintenance(qint64 scheduleId, TaskKind kind, const QString &repository) const;

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

    // Locations held by jobs across processes (SPEC 3): a job takes the locations of all its
    // repositories together, in one transaction. When one is held by another job whose owner
    // is alive, nothing is taken and that job is returned; locks of finished jobs and dead
    // owners are released on the way.
    Result<LocationHolder>
    acquireLocations(qint64 jobId, const QStringList &locations,
                     const std::function<bool(qint64, const QString &)> &ownerAlive);
    Status releaseLocations(qint64 jobId);

    // SQLite's PRAGMA data_version: changes when another connection commits (StoreWatcher).
    qint64 dataVersion() const;
    // The stored output of one task (another process's running job, as it flushes it).
    QString taskOutput(qint64 jobId, int index) const;

    // Settings (key/value)
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Store() = default;
    Status migrate();
    Status migrateData(int target);
    void noteReadFailure(const QSqlQuery &q) const;
    Result<LocationHolder> holderOf(const QStringList &locations, qint64 self,
                                    const std::function<bool(qint64, const QString &)> &ownerAlive);
    Status takeLocations(qint64 jobId, const QStringList &locations);
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
    QStringList m_notices;
    mutable QString m_readError;
    mutable ErrorCode m_readErrorCode = ErrorCode::None;
};

} // namespace borgtide
