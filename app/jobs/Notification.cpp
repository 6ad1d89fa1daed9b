#include "app/jobs/Notification.h"

#include "app/hooks/WebhookRunner.h"
#include "app/jobs/Monitors.h"

namespace borgtide {

NotificationText composeNotification(const Job &job, JobStatus status, FailureKind failure,
                                     const QString &failedHook)
{
    int completed = 0;
    int skipped = 0;
    QStringList failedKinds;
    QStringList repositories;
    QStringList failedRepositories;
    for (const Task &t : job.tasks) {
        if (!t.repository.isEmpty() && !repositories.contains(t.repository))
            repositories.append(t.repository);
        if (t.status == TaskStatus::Failed && !t.repository.isEmpty() &&
            !failedRepositories.contains(t.repository))
            failedRepositories.append(t.repository);
        if (t.kind == TaskKind::Notification || t.status == TaskStatus::Completed)
            ++completed;
        else if (t.status == TaskStatus::Skipped)
            ++skipped;
        if (t.status == TaskStatus::Failed && !failedKinds.contains(toText(t.kind)))
            failedKinds.append(toText(t.kind));
    }
    const int total = int(job.tasks.size());
    const QString name = job.scheduleName;
    const QString counts = QStringLiteral("Tasks Completed: %1, Skipped: %2, Total: %3")
                               .arg(completed)
                               .arg(skipped)
                               .arg(total);
    const QString jobLine = QStringLiteral("Job ID: ") + job.idText();
    NotificationText n;
    switch (status) {
    case JobStatus::Completed:
        n.title = QStringLiteral("✅ Backup Job Completed Successfully");
        n.body = QStringLiteral("Backup job for '%1' completed successfully.\n").arg(name) +
                 (skipped == 0
                      ? QStringLiteral("Tasks Completed: %1, Total: %2").arg(completed).arg(total)
                      : counts);
        n.severity = NotificationText::Severity::Info;
        break;
    case JobStatus::CompletedWithWarnings:
        n.title = QStringLiteral("⚠️ Backup Job Completed with Warnings");
        n.body = QStringLiteral("Backup job for '%1' completed but some tasks failed.\n"
                                "Failed Tasks: %2\n")
                     .arg(name, failedKinds.join(QStringLiteral(", "))) +
                 counts;
        n.severity = NotificationText::Severity::Warning;
        break;
    case JobStatus::Cancelled:
        n.title = QStringLiteral("⏹️ Backup Job Cancelled");
        n.body = QStringLiteral("Backup job for '%1' was cancelled.\n").arg(name) + counts;
        n.severity = NotificationText::Severity::Error;
        break;
    case JobStatus::Skipped:
        n.title = QStringLiteral("⏭️ Backup Job Skipped");
        n.body = QStringLiteral("Backup job for '%1' was skipped: a pre-job hook asked to skip "
                                "this run.\n")
                     .arg(name) +
                 counts;
        n.severity = NotificationText::Severity::Info;
        break;
    default: // failed
        n.severity = NotificationText::Severity::Error;
        if (failure == FailureKind::CriticalHook) {
            n.title = QStringLiteral("❌ Backup Job Failed - Critical Hook Error");
            n.body = QStringLiteral("Backup job for '%1' failed due to critical hook failure.\n"
                                    "Failed Hook: %2\n")
                         .arg(name, failedHook) +
                     counts;
        } else if (failure == FailureKind::Backup) {
            n.title = QStringLiteral("❌ Backup Job Failed - Backup Error");
            n.body =
                QStringLiteral("Backup job for '%1' failed: the backup task failed.\n").arg(name) +
                counts;
        } else {
            n.title = QStringLiteral("❌ Backup Job Failed - Internal Error");
            n.body = QStringLiteral("Backup job for '%1' failed: a task raised an internal "
                                    "error.\n")
                         .arg(name) +
                     counts;
        }
        break;
    }
    // with several repositories, the ones that failed are named (one repository: SPEC 2's shape)
    if (repositories.size() > 1 && !failedRepositories.isEmpty()) {
        const qsizetype firstLine = n.body.indexOf(QLatin1Char('\n'));
        n.body.insert(firstLine + 1, QStringLiteral("Failed Repositories: %1\n")
                                         .arg(failedRepositories.join(QStringLiteral(", "))));
    }
    n.body += QLatin1Char('\n') + jobLine;
    return n;
}

NotificationRunner::NotificationRunner(const JobContext &context, NotificationText text,
                                       int taskIndex, QObject *parent)
    : TaskRunner(parent)
    , m_context(context)
    , m_text(std::move(text))
    , m_index(taskIndex)
{}

void NotificationRunner::start()
{
    Q_EMIT output((m_text.full() + QLatin1Char('\n')).toUtf8());
    QString notShown;
    const JobServices &services = *m_context.services;
    const QString mode = services.notifyMode;
    if (mode == QLatin1String("never"))
        notShown = QStringLiteral("desktop notifications are turned off in Settings");
    else if (mode != QLatin1String("always") && m_text.severity == NotificationText::Severity::Info)
        notShown = QStringLiteral("only failures and warnings are shown (Settings)");
    else if (!services.notifier)
        notShown = QStringLiteral("no desktop notifications from the command line or the daemon");
    else if (const QString why = services.notifier->unavailableReason(); !why.isEmpty())
        notShown = why;
    if (notShown.isEmpty())
        services.notifier->show(m_text);
    else
        Q_EMIT output((QStringLiteral("Not shown: ") + notShown + QLatin1Char('\n')).toUtf8());
    for (const Hook &h : m_context.schedule.notifications) {
        if (h.enabled)
            m_pending.append(h);
    }
    sendNext();
}

void NotificationRunner::sendNext()
{
    if (m_pending.isEmpty()) {
        tellMonitors();
        return;
    }
    const Hook hook = m_pending.takeFirst();
    auto *webhook = new WebhookRunner(m_context, hook, m_index, this);
    connect(webhook, &TaskRunner::output, this, &TaskRunner::output);
    connect(webhook, &TaskRunner::secretsUsed, this, &TaskRunner::secretsUsed);
    connect(webhook, &TaskRunner::finished, this,
            [this, webhook, hook](const TaskOutcome &outcome) {
                webhook->deleteLater();
                if (outcome.kind == TaskOutcome::Kind::Success)
                    Q_EMIT output(QStringLiteral("Sent '%1'\n").arg(hook.name).toUtf8());
                else
                    Q_EMIT output(QStringLiteral("Not sent: '%1' failed: %2\n")
                                      .arg(hook.name, outcome.message)
                                      .toUtf8());
                sendNext();
            });
    webhook->start();
}

void NotificationRunner::tellMonitors()
{
    for (const QString &line : m_context.monitorLines)
        Q_EMIT output((line + QLatin1Char('\n')).toUtf8());
    monitors::Message message;
    // the job's result as the notification has it (the job itself still says "running")
    message.outcome = monitors::outcomeOf(
        jobStatusFromString(m_context.webhookJobStatus).value_or(JobStatus::Failed));
    message.title = m_text.title;
    message.text = m_text.body;
    message.outputTail = monitors::outputTail(m_context.job, 100000);
    const QDateTime end = m_context.job.finishedAt.isValid() ? m_context.job.finishedAt
                                                             : QDateTime::currentDateTime();
    message.durationMs =
        m_context.job.startedAt.isValid() ? m_context.job.startedAt.msecsTo(end) : 0;
    message.runId = monitors::runIdFor(m_context.databasePath, m_context.job.id);
    monitors::sendAll(m_context.schedule, message, *m_context.services, this,
                      [this](const QStringList &lines) {
                          for (const QString &line : lines)
                              Q_EMIT output((line + QLatin1Char('\n')).toUtf8());
                          Q_EMIT finished({TaskOutcome::Kind::Success, std::nullopt, {}});
                      });
}

} // namespace borgtide
