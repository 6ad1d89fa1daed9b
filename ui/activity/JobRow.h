#pragma once

#include "models/Job.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace borgtide {

// What the Activity page keeps of one job: the history may hold 100 000 of them, so only the
// columns it shows (no tasks, no owner, no archive name).
struct JobRow
{
    qint64 id = 0;
    QString scheduleName;
    JobType type = JobType::Manual;
    JobStatus status = JobStatus::Pending;
    QString message;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 originalSize = -1;     // -1: unknown
    qint64 deduplicatedSize = -1; // -1: unknown

    static JobRow fromJob(const Job &job)
    {
        JobRow r;
        r.id = job.id;
        r.scheduleName = job.scheduleName;
        r.type = job.type;
        r.status = job.status;
        r.message = job.message;
        r.startedAt = job.startedAt;
        r.finishedAt = job.finishedAt;
        r.originalSize = job.stats.originalSize;
        r.deduplicatedSize = job.stats.deduplicatedSize;
        return r;
    }

    // Milliseconds from start to finish; -1 when the job has not both.
    qint64 durationMs() const
    {
        if (!startedAt.isValid() || !finishedAt.isValid())
            return -1;
        const qint64 ms = startedAt.msecsTo(finishedAt);
        return ms < 0 ? -1 : ms;
    }

    // The size the page shows: the deduplicated size when known, else the original; -1 unknown.
    qint64 archiveSize() const { return deduplicatedSize >= 0 ? deduplicatedSize : originalSize; }
};

} // namespace borgtide
