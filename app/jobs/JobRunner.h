#pragma once

#include "app/jobs/BoundedOutput.h"
#include "app/jobs/Notification.h"
#include "app/jobs/TaskRunner.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace borgtide {

class Store;

// What jobs start with from the settings: the borg executable, the lock wait and the
// notification setting (the caller adds secrets, network and notifier).
JobContext servicesFromSettings(const Store &store);

// Runs one job of a schedule by the rules of SPEC 2: builds the task list (enabled pre-hooks,
// backup, prune, compact, check, enabled post-hooks, notification), runs the tasks one after
// another, decides which to skip and why, and sets the job's result. Every state change is
// written to the store at once and emitted as a signal.
class JobRunner final : public QObject
{
    Q_OBJECT
public:
    struct PlannedTask
    {
        TaskKind kind = TaskKind::Hook;
        std::optional<HookPhase> phase;
        Hook hook; // hooks only
    };
    // Test seam: makes the runner of a task (the real ones by default).
    using RunnerFactory =
        std::function<TaskRunner *(const JobContext &, const PlannedTask &, int index, QObject *)>;

    // `services` carries the secret store, network, notifier, borg path and settings; its
    // schedule and job fields are set here.
    JobRunner(Store &store, const Schedule &schedule, JobType type, const JobContext &services,
              QObject *parent = nullptr);
    ~JobRunner() override;

    struct StartResult
    {
        bool started = false;
        qint64 runningJobId = 0; // a job of this schedule is running (in any process)
        QString error;
    };
    // Records the job with all its tasks pending and starts the first task (asynchronously).
    StartResult start();
    // First call: the job is cancelled by the cancel rule (failure post-hooks and the
    // notification still run). A second call also stops those.
    void cancel(const QString &reason = {});
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    const Job &job() const { return m_job; }
    const Schedule &schedule() const { return m_context.schedule; }
    const QList<PlannedTask> &plan() const { return m_plan; }
    // The current output of a task (live for the running one).
    QString outputOf(int index) const;

    void setRunnerFactory(RunnerFactory factory) { m_factory = std::move(factory); }

    // The task list for a schedule (exposed for tests and the GUI preview).
    static QList<PlannedTask> planFor(const Schedule &schedule, bool compactSupported,
                                      bool checkDue);

Q_SIGNALS:
    void taskStarted(int index);
    void taskOutput(int index, const QByteArray &chunk);
    void taskProgress(int index, qint64 files, qint64 originalBytes, qint64 deduplicatedBytes,
                      const QString &path);
    void taskFinished(int index);
    void jobFinished(borgtide::JobStatus status);

private:
    struct Decision
    {
        bool run = true;
        QString skipMessage;
    };
    Decision decide(int i) const;
    QString failureSkipMessage() const;
    void runNext();
    void startTask(int i);
    void onTaskFinished(int i, const TaskOutcome &outcome);
    void finishTask(int i, TaskStatus status, const TaskOutcome &outcome);
    void updateContext();
    JobStatus resultStatus() const;
    QString resultMessage() const;
    void finishJob();
    void flushOutput();
    TaskRunner *makeRunner(const PlannedTask &planned, int index);
    Task &task(int i) { return m_job.tasks[i]; }
    QDateTime now() const;

    Store &m_store;
    JobContext m_context;
    Job m_job;
    QList<PlannedTask> m_plan;
    RunnerFactory m_factory;

    int m_current = -1;
    QPointer<TaskRunner> m_runner;
    std::unique_ptr<BoundedOutput> m_output;
    QTimer m_flush;
    bool m_outputDirty = false;

    bool m_started = false;
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
};

} // namespace borgtide
