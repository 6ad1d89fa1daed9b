#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace borgtide {

// Words of SPEC section 1 and 2. Their string forms are part of the CLI/JSON contract.

enum class TaskStatus { Pending, Running, Completed, Failed, Skipped, Cancelled };
enum class JobStatus {
    Pending,
    Running,
    Completed,
    CompletedWithWarnings,
    Failed,
    Cancelled,
    Skipped,
    Interrupted
};
enum class TaskKind { Hook, Backup, Prune, Compact, Check, Notification };
enum class HookPhase { Pre, Post };
enum class HookType { Command, Webhook };
// When a post-hook runs (SPEC 2): success (Borgitory run_on_job_failure=false), always, failure.
enum class HookWhen { Success, Always, Failure };
enum class JobType { Scheduled, Manual };
enum class TriggerKind { Cron, Interval, Manual, Event };
// Events that start a schedule (SPEC 3): its first repository became reachable, the GUI or the
// daemon started, the computer woke from sleep.
enum class TriggerEvent { RepositoryConnected, Startup, Resume };

QString toText(TaskStatus value);
QString toText(JobStatus value);
QString toText(TaskKind value);
QString toText(HookPhase value);
QString toText(HookType value);
QString toText(HookWhen value);
QString toText(JobType value);
QString toText(TriggerEvent value);

std::optional<TaskStatus> taskStatusFromString(QStringView text);
std::optional<JobStatus> jobStatusFromString(QStringView text);
std::optional<TaskKind> taskKindFromString(QStringView text);
std::optional<HookPhase> hookPhaseFromString(QStringView text);
std::optional<HookType> hookTypeFromString(QStringView text);
std::optional<HookWhen> hookWhenFromString(QStringView text);
std::optional<JobType> jobTypeFromString(QStringView text);
std::optional<TriggerEvent> triggerEventFromString(QStringView text);

// The marks of SPEC 6: ✅ completed, ❌ failed, ⏭️ skipped, ⏸️ pending, ▶️ running,
// ⏹️ cancelled (and ⚠️ for a job completed with warnings).
QString statusEmoji(TaskStatus status);
QString statusEmoji(JobStatus status);

bool isFinished(JobStatus status);
bool isFinished(TaskStatus status);

} // namespace borgtide
