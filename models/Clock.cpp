#include "models/Clock.h"

#include <ctime>

namespace borgtide {

qint64 SystemClock::suspendedMs() const
{
#ifdef CLOCK_BOOTTIME
    timespec boot{};
    timespec mono{};
    if (clock_gettime(CLOCK_BOOTTIME, &boot) != 0 || clock_gettime(CLOCK_MONOTONIC, &mono) != 0)
        return 0;
    const qint64 b = qint64(boot.tv_sec) * 1000 + boot.tv_nsec / 1000000;
    const qint64 m = qint64(mono.tv_sec) * 1000 + mono.tv_nsec / 1000000;
    return b - m;
#else
    return 0;
#endif
}

} // namespace borgtide
