// The schedule-file reader: any bytes give schedules or problems, never a crash.
#include "models/ScheduleFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const borgtide::schedulefile::Contents contents = borgtide::schedulefile::parse(bytes);
    if (contents.problems.isEmpty() && !contents.schedules.isEmpty()) {
        // What was accepted writes out again and reads back without problems.
        const QByteArray again = borgtide::schedulefile::write(
            contents.schedules, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        const auto back = borgtide::schedulefile::parse(again);
        if (!back.problems.isEmpty() || back.schedules.size() != contents.schedules.size())
            __builtin_trap();
    }
    return 0;
}
