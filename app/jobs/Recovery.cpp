#include "app/jobs/Recovery.h"

#include "app/jobs/Monitors.h"
#include "app/jobs/Notification.h"
#include "app/platform/ProcessInfo.h"
#include "models/Store.h"

#include <QLoggingCategory>
#include <QPointer>

#include <memory>

Q_LOGGING_CATEGORY(lcRecovery, "borgtide.recovery")

namespace borgtide::recovery {

QList<qint64> recoverInterruptedJobs(Store &store)
{
    QList<qint64> settled;
    const QList<Job> unsettled = store.unsettledJobs();
    for (Job job : unsettled) {
        if (processinfo::isAlive(job.ownerPid, job.ownerStart))
            continue;
        qCWarning(lcRecovery) << "job" << job.id << "of" << job.scheduleName
                              << "was left unfinished by process" << job.ownerPid;
        const QByteArray marker = "BORGTIDE_JOB_ID=" + QByteArray::number(job.id);
        for (const Store::TaskProcess &tp : store.taskProcesses(job.id)) {
            if (processinfo::groupExists(tp.processGroup) &&
                processinfo::groupCarriesMarker(tp.processGroup, marker)) {
                qCWarning(lcRecovery) << "stopping leftover process group" << tp.processGroup;
                processinfo::terminateGroup(tp.processGroup, 5000);
            }
        }
        const QDateTime now = QDateTime::currentDateTime();
        const Status s = store.transaction([&]() -> Status {
            for (Task &t : job.tasks) {
                if (t.status == TaskStatus::Running) {
                    t.status = TaskStatus::Failed;
                    t.message = QStringLiteral("Interrupted: the application exited");
                    t.finishedAt = now;
                } else if (t.status == TaskStatus::Pending) {
                    t.status = TaskStatus::Skipped;
                    t.message = QStringLiteral("Skipped: the application exited");
                } else {
                    continue;
                }
                if (Status st = store.updateTask(job.id, t); !st)
                    return st;
            }
            job.status = JobStatus::Interrupted;
            job.message = QStringLiteral("Interrupted: the application exited");
            if (!job.finishedAt.isValid())
                job.finishedAt = now;
            if (Status st = store.updateJob(job); !st)
                return st;
            return store.releaseLocations(job.id);
        });
        if (s)
            settled.append(job.id);
        else
            qCWarning(lcRecovery) << s.error();
    }
    return settled;
}

void tellMonitors(Store &store, const QList<qint64> &jobIds, const JobServices &services,
                  QObject *context, std::function<void(const QStringList &)> done)
{
    auto pending = std::make_shared<QList<qint64>>(jobIds);
    auto lines = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void()>>();
    QPointer<QObject> guard(context);
    Store *s = &store;
    const JobServices svc = services;
    *next = [=]() {
        if (!guard)
            return;
        std::optional<Job> job;
        std::optional<Schedule> schedule;
        while (!pending->isEmpty() && !(job && schedule && !schedule->monitors.isEmpty())) {
            job = s->job(pending->takeFirst());
            schedule = job && job->scheduleId ? s->schedule(*job->scheduleId) : std::nullopt;
        }
        if (!job || !schedule || schedule->monitors.isEmpty()) {
            done(*lines);
            *next = nullptr;
            return;
        }
        const NotificationText text =
            composeNotification(*job, JobStatus::Interrupted, FailureKind::Exception, {});
        monitors::Message message;
        message.outcome = monitors::outcomeOf(JobStatus::Interrupted);
        message.title = text.title;
        message.text = text.body;
        message.outputTail = monitors::outputTail(*job, 100000);
        message.durationMs = job->startedAt.isValid() && job->finishedAt.isValid()
                                 ? job->startedAt.msecsTo(job->finishedAt)
                                 : 0;
        message.runId = monitors::runIdFor(s->path(), job->id);
        monitors::sendAll(*schedule, message, svc, guard, [=](const QStringList &sent) {
            *lines += sent;
            (*next)();
        });
    };
    (*next)();
}

} // namespace borgtide::recovery
