// The cron parser and next-run computation. The first 8 bytes pick the start time, the zone
// and the count; the rest is the expression.
#include "models/cron/CronExpression.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::uint64_t seed = 0;
    const std::size_t head = size < sizeof seed ? size : sizeof seed;
    std::memcpy(&seed, data, head);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + head),
                                           static_cast<qsizetype>(size - head));
    QString error;
    const borgtide::CronExpression cron = borgtide::CronExpression::parse(text, &error);
    if (cron.isValid() != error.isEmpty())
        __builtin_trap(); // invalid always says why, valid never does
    if (!cron.isValid())
        return 0;
    (void)cron.describe();
    static const char *const zones[] = {"UTC", "Europe/Berlin", "America/New_York",
                                        "Australia/Lord_Howe", "Pacific/Chatham"};
    const QTimeZone zone(zones[(seed >> 40) % 5]);
    // 1970 .. about 2106
    QDateTime after =
        QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seed & 0xffffffffU), Qt::UTC);
    for (int i = 0; i < 3; ++i) {
        const QDateTime next = cron.next(after, zone);
        if (!next.isValid())
            break;
        if (next <= after)
            __builtin_trap(); // the next run is strictly later
        after = next;
    }
    return 0;
}
