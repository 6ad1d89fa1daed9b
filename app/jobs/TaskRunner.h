#pragma once

#include "models/Hook.h"
#include "models/Job.h"
#include "models/Schedule.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace borgtide {

class Clock;
class Notifier;
class SecretStore;

// How one task ended, as its runner sees it; the job runner turns it into a task status by
// the rules of SPEC 2.
struct TaskOutcome
{
    enum class Kind {
        Success,
        Warning,       // borg exit code 1
        Failure,       // non-zero exit, signal, timeout, cannot start, HTTP error
        SkipRequested, // a pre-hook exited 75
        Cancelled,     // stopped by the user
        Exception,     // an internal error in Borgtide
    };
    Kind kind = Kind::Success;
    std::optional<int> exitCode;
    QString message;

    static TaskOutcome stoppedByUser()
    {
        return {Kind::Cancelled, std::nullopt, QStringLiteral("Stopped by the user")};
    }
};

// What every job of a process works with: the same for all of them and unchanged while they
// run (the board or the caller owns it, and it outlives the jobs).
struct JobServices
{
    const Clock *clock = nullptr; // the scheduler's clock (tests); null: the system clock
    SecretStore *secrets = nullptr;
    QNetworkAccessManager *network = nullptr;
    Notifier *notifier = nullptr;
    QString borgPath;
    int lockWaitSecs = 300;
    QString notifyMode = QStringLiteral("failures"); // always, failures, never
    // The desktop application asks for a passphrase that is not stored (or when there is no
    // keychain); `answer` gets it, or a null string when the user declined. Null in the CLI.
    std::function<void(const Repository &, std::function<void(const QString &)> answer)>
        askPassphrase;
};

// What one task's runner is given when it starts: a copy of the job so far, never a reference
// to state that changes under it.
struct JobContext
{
    const JobServices *services = nullptr; // never null for a runner
    Schedule schedule;
    Job job; // the job so far (tasks without output); id 0 in a hook test
    // The repository of a backup, prune, compact or check task (the first one for hooks).
    Repository repository;
    // The job so far, for post-hooks and webhooks (SPEC 2 hook environment).
    QString archiveName;      // after a backup that made one
    QString hookJobStatus;    // BORGITORY_JOB_STATUS: success, warning, failed, cancelled, skipped
    QString webhookJobStatus; // {{ job.status }}: running (pre), or the job status words
    QString errorMessage;     // the failed tasks' errors, joined
    QStringList failedTasks;  // names of failed tasks
    // The user's environment minus secret variables, read once per job (the base of a hook's
    // environment); empty: read it when needed.
    QProcessEnvironment hookBaseEnvironment{QProcessEnvironment::InheritFromParent};
    // Archive name prefixes of the other schedules on this task's repository location (prune).
    QStringList otherArchivePrefixes;
    // Passphrases resolved before the job started, by location (the CLI asks before recording a
    // job); a location that is missing is read from the secret store when needed.
    QHash<QString, QString> passphrases;
    bool usePassphraseFromEnvironment = false;
    // Lines of monitor pings this job sent before its notification task (the Healthchecks
    // start ping), for that task's output.
    QStringList monitorLines;
    // The database the job lives in (the Healthchecks rid is derived from it and the job id).
    QString databasePath;

    bool isTest() const { return job.id == 0; }
    QString jobIdText() const { return isTest() ? QStringLiteral("test") : job.idText(); }
};

// One task of a job. Runners report through signals and never touch the store.
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void output(const QByteArray &chunk); // live output, as it arrives
    // Keychain values this task resolved: masked as **** in its output (SPEC 2).
    void secretsUsed(const QStringList &values);
    void processGroupStarted(qint64 processGroup); // for crash recovery
    void backupProgress(qint64 files, qint64 originalBytes, qint64 deduplicatedBytes,
                        const QString &path);
    void finished(const borgtide::TaskOutcome &outcome);
};

} // namespace borgtide
