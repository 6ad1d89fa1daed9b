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

// What the runners of one job share: the schedule, the job so far, and the services.
struct JobContext
{
    Schedule schedule;
    const Job *job = nullptr;
    // The job so far, for post-hooks and webhooks (SPEC 2 hook environment).
    QString archiveName;      // after a backup that made one
    QString hookJobStatus;    // BORGITORY_JOB_STATUS: success, warning, failed, cancelled, skipped
    QString webhookJobStatus; // {{ job.status }}: running (pre), or the job status words
    QString errorMessage;     // the failed tasks' errors, joined
    QStringList failedTasks;  // names of failed tasks
    // Services
    const Clock *clock = nullptr; // the scheduler's clock (tests); null: the system clock
    SecretStore *secrets = nullptr;
    QNetworkAccessManager *network = nullptr;
    Notifier *notifier = nullptr;
    QString borgPath;
    int lockWaitSecs = 300;
    // The user's environment minus secret variables, read once per job (the base of a hook's
    // environment); empty: read it when needed.
    QProcessEnvironment hookBaseEnvironment{QProcessEnvironment::InheritFromParent};
    // Archive name prefixes of the other schedules on this repository location (prune glob).
    QStringList otherArchivePrefixes;
    QString notifyMode = QStringLiteral("failures"); // always, failures, never
    // A passphrase resolved before the job started (the CLI asks before recording a job);
    // null: read it from `secrets` when needed.
    QString passphrase;
    bool usePassphraseFromEnvironment = false;
    // The desktop application asks for a passphrase that is not stored (or when there is no
    // keychain); `answer` gets it, or a null string when the user declined. Null in the CLI.
    std::function<void(const Repository &, std::function<void(const QString &)> answer)>
        askPassphrase;
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
    void output(const QByteArray &chunk);          // live output, as it arrives
    void processGroupStarted(qint64 processGroup); // for crash recovery
    void backupProgress(qint64 files, qint64 originalBytes, qint64 deduplicatedBytes,
                        const QString &path);
    void finished(const borgtide::TaskOutcome &outcome);
};

} // namespace borgtide
