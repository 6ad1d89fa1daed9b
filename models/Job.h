#pragma once

#include "models/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace borgtide {

struct Task
{
    qint64 id = 0;
    int index = 0; // 1-based position in the job (BORGITORY_TASK_INDEX)
    TaskKind kind = TaskKind::Hook;
    std::optional<HookPhase> phase; // hooks only
    QString name;
    QString repository; // backup, prune, compact, check: the repository's name
    bool critical = false;
    TaskStatus status = TaskStatus::Pending;
    std::optional<int> exitCode;
    bool warning = false; // borg exit code 1
    QString message;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString output;
};

struct ArchiveStats
{
    qint64 files = -1;
    qint64 originalSize = -1;
    qint64 compressedSize = -1;
    qint64 deduplicatedSize = -1;
};

struct Job
{
    qint64 id = 0;
    std::optional<qint64> scheduleId;
    QString scheduleName;
    qint64 repositoryId = 0;
    JobType type = JobType::Manual;
    JobStatus status = JobStatus::Pending;
    QString message;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString archiveName;
    ArchiveStats stats;
    // The process that runs the job (crash recovery, SPEC 2).
    qint64 ownerPid = 0;
    QString ownerStart;
    QList<Task> tasks;

    QString idText() const { return QString::number(id); }
};

} // namespace borgtide
