#pragma once

#include "app/jobs/BoundedOutput.h"
#include "app/jobs/Notification.h"
#include "app/jobs/SecretMask.h"
#include "app/jobs/TaskRunner.h"
#include "models/Store.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace borgtide {

// What jobs start with from the settings: the borg executable, the lock wait and the
// notification setting (the caller adds secrets, network and notifier).
JobServices servicesFromSettings(const Store &store);

// Runs one job of a schedule by the rules of SPEC 2: builds the task list (enabled pre-hooks;
// per repository backup, prune, compact, check; enabled post-hooks; notification), runs the
// tasks one after another, decides which to skip and why, and sets the job's result. Every
// state change is written to the store at once and emitted as a signal carrying its data. A
// write that fails fails the running task and the job (the internal-error rule).
//
// The JobBoard owns runners: it records a job (record), holds it while its locations are busy
// or the parallel limit is reached, and lets it run (begin). Tests may use start().
class JobRunner final : public QObject
{
    Q_OBJECT
public:
    struct PlannedTask
    {
        TaskKind kind = TaskKind::Hook;
        std::optional<HookPhase> phase;
        Hook hook;           // hooks only
        int repository = -1; // backup, prune, compact, check: index in schedule.repositories
    };
    // Which maintenance a repository gets in this job.
    struct Maintenance
    {
        bool compact = false;
        bool check = false;
    };
    // Test seam: makes the runner of a task (the real ones by default).
    using RunnerFactory =
        std::function<TaskRunner *(const JobContext &, const PlannedTask &, int index, QObject *)>;

    // The runner keeps its own copy of `services` (settings changed later apply to the next job).
    JobRunner(Store &store, const Schedule &schedule, JobType type, const JobServices &services,
              QObject *parent = nullptr);
    ~JobRunner() override;

    // Passphrases the caller resolved before the job (by location), or the user's own
    // BORG_PASSCOMMAND/BORG_PASSPHRASE.
    void setPassphrases(const QHash<QString, QString> &byLocation, bool useEnvironment);

    struct StartResult
    {
        bool started = false;    // recorded (record) / recorded and running (start)
        qint64 runningJobId = 0; // a job of this schedule is running (in any process)
        Store::LocationHolder busy;
        bool locationsTaken = false;
        QString error;
        ErrorCode code = ErrorCode::None;
    };
    // Records the job with all its tasks pending, taking its locations as `mode` says.
    StartResult record(Store::LocationMode mode, const QString &waitingMessage = {});
    // The job runs (its first task starts asynchronously).
    void begin();
    // record(Defer) and begin(): for a runner on its own (tests).
    StartResult start();
    // The message of a recorded job that waits (pending).
    void setWaiting(const QString &message);

    // First call: the job is cancelled by the cancel rule (failure post-hooks and the
    // notification still run). A second call also stops those. A job that waits ends at once.
    void cancel(const QString &reason = {});
    bool isRunning() const { return m_begun && !m_finished; }
    bool isWaiting() const { return m_recorded && !m_begun && !m_finished; }
    bool isFinished() const { return m_finished; }
    const Job &job() const { return m_job; }
    const Schedule &schedule() const { return m_schedule; }
    const QList<PlannedTask> &plan() const { return m_plan; }
    // The locations of the job's repositories (what it holds while it runs).
    QStringList locations() const;
    // The current output of a task (live for the running one).
    QString outputOf(int index) const;
    // The first write to the database that failed, or empty.
    const QString &databaseError() const { return m_dbError; }

    void setRunnerFactory(RunnerFactory factory) { m_factory = std::move(factory); }

    // The task list for a schedule (exposed for tests and the GUI preview); `due` has one entry
    // per repository (missing entries: no maintenance).
    static QList<PlannedTask> planFor(const Schedule &schedule, const QList<Maintenance> &due);

Q_SIGNALS:
    void jobChanged(const borgtide::Job &job); // status, message, times, archive (tasks too)
    void taskChanged(qint64 jobId, const borgtide::Task &task);
    void taskOutput(qint64 jobId, int index, const QByteArray &chunk);
    void taskProgress(qint64 jobId, int index, qint64 files, qint64 originalBytes,
                      qint64 deduplicatedBytes, const QString &path);
    void taskStarted(int index);
    void taskFinished(int index);
    void jobFinished(const borgtide::Job &job);

private:
    struct Decision
    {
        bool run = true;
        QString skipMessage;
    };
    Decision decide(int i) const;
    QString failureSkipMessage() const;
    QList<Maintenance> maintenanceDue() const;
    void runNext();
    void startTask(int i);
    JobContext contextFor(int i) const;
    void onTaskFinished(int i, const TaskOutcome &outcome);
    void finishTask(int i, TaskStatus status, const TaskOutcome &outcome);
    void updateContext();
    JobStatus resultStatus() const;
    QString resultMessage() const;
    void finishJob();
    void flushOutput();
    void appendOutput(int i, const QByteArray &chunk);
    bool written(const Status &status); // false: the write failed (and the job fails)
    TaskRunner *makeRunner(const PlannedTask &planned, int index);
    Task &task(int i) { return m_job.tasks[i]; }
    void emitTask(int i);
    QDateTime now() const;

    Store &m_store;
    const JobServices m_services;
    Schedule m_schedule;
    Job m_job;
    QList<PlannedTask> m_plan;
    RunnerFactory m_factory;
    QHash<QString, QString> m_passphrases;
    bool m_passphraseFromEnvironment = false;
    QHash<QString, QStringList> m_otherPrefixes; // location -> other schedules' prefixes there
    QHash<QString, QString> m_pruneRefused;      // location -> why prune must not run there
    QString m_plannedArchive;                    // the name the backups create
    QStringList m_monitorLines;                  // from pings before the notification task
    bool m_startPingPending = false;             // Healthchecks' start ping not answered yet
    int m_notificationWaits = -1;                // the notification task, waiting for it
    QProcessEnvironment m_hookBase{QProcessEnvironment::InheritFromParent};

    int m_current = -1;
    QPointer<TaskRunner> m_runner;
    std::unique_ptr<BoundedOutput> m_output;
    QStringList m_outputs; // finished tasks' outputs, by row (m_job's tasks carry none)
    SecretMask m_mask;
    bool m_keepOutput = true;
    QTimer m_flush;
    bool m_outputDirty = false;

    // the job so far, for hooks and webhooks
    QString m_archiveName;
    QString m_hookJobStatus = QStringLiteral("success");
    QString m_errorMessage;
    QStringList m_failedTasks;

    bool m_recorded = false;
    bool m_begun = false;
    bool m_finished = false;
    FailureKind m_failure = FailureKind::None;
    QString m_failedHook;  // the critical hook that failed
    QString m_failureText; // the first failure's message, for the job message
    bool m_cancelled = false;
    QString m_cancelReason;
    bool m_forceStop = false;
    bool m_skipRequested = false;
    QString m_skipHook;
    bool m_warnings = false;
    bool m_haltPreHooks = false;
    bool m_haltPostHooks = false;
    QSet<int> m_failedBackups; // repositories whose backup failed
    QString m_dbError;
};

} // namespace borgtide
