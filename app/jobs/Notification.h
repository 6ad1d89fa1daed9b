#pragma once

#include "app/jobs/TaskRunner.h"

#include <QList>
#include <QPointer>

namespace borgtide {

// Why a job failed, for the notification's title.
enum class FailureKind { None, CriticalHook, Backup, Exception, Cancelled };

struct NotificationText
{
    enum class Severity { Info, Warning, Error };
    QString title;
    QString body;
    Severity severity = Severity::Info;
    QString full() const { return title + QLatin1Char('\n') + body; }
};

// The texts of SPEC 2 "Notification task" (reference/003 "Notification Messages"). The counts
// cover every task of the job, the notification itself counted as completed.
NotificationText composeNotification(const Job &job, JobStatus status, FailureKind failure,
                                     const QString &failedHook);

// Where desktop notifications go: the tray in the GUI; nothing in the CLI or the daemon.
class Notifier
{
public:
    virtual ~Notifier() = default;
    // Empty when notifications can be shown now; else why not (e.g. "no system tray").
    virtual QString unavailableReason() const = 0;
    virtual void show(const NotificationText &text) = 0;
};

// The last task of every job: writes the text to its output, shows it when the setting and
// the environment allow, and sends the schedule's notification webhooks. Always completes;
// what was not shown or sent is said in its output ("Not shown: …").
class NotificationRunner final : public TaskRunner
{
    Q_OBJECT
public:
    NotificationRunner(const JobContext &context, NotificationText text, int taskIndex,
                       QObject *parent = nullptr);
    void start() override;
    void cancel() override {} // fire-and-forget: not stopped by a cancel

private:
    void sendNext();
    void tellMonitors();

    const JobContext m_context;
    NotificationText m_text;
    int m_index;
    QList<Hook> m_pending;
};

} // namespace borgtide
