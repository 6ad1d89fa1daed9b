#include "models/Types.h"

#include <array>
#include <utility>

namespace borgtide {

namespace {

template <typename E, std::size_t N> using Names = std::array<std::pair<E, const char16_t *>, N>;

constexpr Names<TaskStatus, 6> taskStatusNames{{
    {TaskStatus::Pending, u"pending"},
    {TaskStatus::Running, u"running"},
    {TaskStatus::Completed, u"completed"},
    {TaskStatus::Failed, u"failed"},
    {TaskStatus::Skipped, u"skipped"},
    {TaskStatus::Cancelled, u"cancelled"},
}};

constexpr Names<JobStatus, 8> jobStatusNames{{
    {JobStatus::Pending, u"pending"},
    {JobStatus::Running, u"running"},
    {JobStatus::Completed, u"completed"},
    {JobStatus::CompletedWithWarnings, u"completed_with_warnings"},
    {JobStatus::Failed, u"failed"},
    {JobStatus::Cancelled, u"cancelled"},
    {JobStatus::Skipped, u"skipped"},
    {JobStatus::Interrupted, u"interrupted"},
}};

constexpr Names<TaskKind, 6> taskKindNames{{
    {TaskKind::Hook, u"hook"},
    {TaskKind::Backup, u"backup"},
    {TaskKind::Prune, u"prune"},
    {TaskKind::Compact, u"compact"},
    {TaskKind::Check, u"check"},
    {TaskKind::Notification, u"notification"},
}};

constexpr Names<HookPhase, 2> hookPhaseNames{
    {{HookPhase::Pre, u"pre"}, {HookPhase::Post, u"post"}}};
constexpr Names<HookType, 2> hookTypeNames{
    {{HookType::Command, u"command"}, {HookType::Webhook, u"webhook"}}};
constexpr Names<HookWhen, 3> hookWhenNames{{
    {HookWhen::Success, u"success"},
    {HookWhen::Always, u"always"},
    {HookWhen::Failure, u"failure"},
}};
constexpr Names<JobType, 2> jobTypeNames{
    {{JobType::Scheduled, u"scheduled"}, {JobType::Manual, u"manual"}}};
constexpr Names<TriggerEvent, 3> triggerEventNames{{
    {TriggerEvent::RepositoryConnected, u"repository_connected"},
    {TriggerEvent::Startup, u"startup"},
    {TriggerEvent::Resume, u"resume"},
}};

template <typename E, std::size_t N> QString nameOf(const Names<E, N> &names, E value)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const Names<E, N> &names, QStringView text)
{
    for (const auto &[e, name] : names) {
        if (text == QStringView(name))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toText(TaskStatus value)
{
    return nameOf(taskStatusNames, value);
}
QString toText(JobStatus value)
{
    return nameOf(jobStatusNames, value);
}
QString toText(TaskKind value)
{
    return nameOf(taskKindNames, value);
}
QString toText(HookPhase value)
{
    return nameOf(hookPhaseNames, value);
}
QString toText(HookType value)
{
    return nameOf(hookTypeNames, value);
}
QString toText(HookWhen value)
{
    return nameOf(hookWhenNames, value);
}
QString toText(JobType value)
{
    return nameOf(jobTypeNames, value);
}
QString toText(TriggerEvent value)
{
    return nameOf(triggerEventNames, value);
}

std::optional<TaskStatus> taskStatusFromString(QStringView text)
{
    return valueOf(taskStatusNames, text);
}
std::optional<JobStatus> jobStatusFromString(QStringView text)
{
    return valueOf(jobStatusNames, text);
}
std::optional<TaskKind> taskKindFromString(QStringView text)
{
    return valueOf(taskKindNames, text);
}
std::optional<HookPhase> hookPhaseFromString(QStringView text)
{
    return valueOf(hookPhaseNames, text);
}
std::optional<HookType> hookTypeFromString(QStringView text)
{
    return valueOf(hookTypeNames, text);
}
std::optional<HookWhen> hookWhenFromString(QStringView text)
{
    return valueOf(hookWhenNames, text);
}
std::optional<JobType> jobTypeFromString(QStringView text)
{
    return valueOf(jobTypeNames, text);
}
std::optional<TriggerEvent> triggerEventFromString(QStringView text)
{
    return valueOf(triggerEventNames, text);
}

QString statusEmoji(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Completed:
        return QStringLiteral("✅");
    case TaskStatus::Failed:
        return QStringLiteral("❌");
    case TaskStatus::Skipped:
        return QStringLiteral("⏭️");
    case TaskStatus::Pending:
        return QStringLiteral("⏸️");
    case TaskStatus::Running:
        return QStringLiteral("▶️");
    case TaskStatus::Cancelled:
        return QStringLiteral("⏹️");
    }
    return {};
}

QString statusEmoji(JobStatus status)
{
    switch (status) {
    case JobStatus::Completed:
        return QStringLiteral("✅");
    case JobStatus::CompletedWithWarnings:
        return QStringLiteral("⚠️");
    case JobStatus::Failed:
    case JobStatus::Interrupted:
        return QStringLiteral("❌");
    case JobStatus::Skipped:
        return QStringLiteral("⏭️");
    case JobStatus::Pending:
        return QStringLiteral("⏸️");
    case JobStatus::Running:
        return QStringLiteral("▶️");
    case JobStatus::Cancelled:
        return QStringLiteral("⏹️");
    }
    return {};
}

bool isFinished(JobStatus status)
{
    return status != JobStatus::Pending && status != JobStatus::Running;
}

bool isFinished(TaskStatus status)
{
    return status != TaskStatus::Pending && status != TaskStatus::Running;
}

} // namespace borgtide
