#include "app/jobs/Recovery.h"

#include "app/platform/ProcessInfo.h"
#include "models/Store.h"

#include <QLoggingCategory>

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

} // namespace borgtide::recovery
