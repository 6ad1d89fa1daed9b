// Benchmark: one CronExpression::next() call for each of 10 000 schedules.
// Prints figures only (no pass/fail). The goal is < 20 ms for the explicit-zone pass.

#include "models/cron/CronExpression.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using borgtide::CronExpression;

namespace {

constexpr int kSchedules = 10000;
constexpr int kPasses = 5;

const char *const kExpressions[] = {
    "0 2 * * *",
    "30 3 * * *",
    "*/15 * * * *",
    "0 */6 * * *",
    "0 * * * *",
    "@daily",
    "@weekly",
    "@monthly",
    "30 2 * * 1-5",
    "0 4 1 * *",
    "0 0 1 * 0",
    "*/5 9-17 * * MON-FRI",
    "15 1 * * SAT,SUN",
    "0 22 * * 0",
    "45 23 * * *",
    "0 0 29 2 *",
    "0 3 */2 * *",
    "0 12 1,15 * *",
    "0 1 * JAN,APR,JUL,OCT 1",
    "0 0 13 * FRI",
    "*/30 2 * * *",
    "0 0 31 * *",
};

struct Figures
{
    double minMs;
    double medianMs;
};

Figures measure(const std::function<qint64()> &pass)
{
    std::vector<double> times;
    for (int p = 0; p < kPasses; ++p) {
        QElapsedTimer timer;
        timer.start();
        const qint64 sink = pass();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (sink == 42)
            std::puts(""); // keep the work observable
    }
    std::sort(times.begin(), times.end());
    return {times.front(), times[times.size() / 2]};
}

} // namespace

int main()
{
    std::vector<CronExpression> schedules;
    std::vector<QDateTime> starts;
    schedules.reserve(kSchedules);
    starts.reserve(kSchedules);
    int valid = 0;
    for (const char *text : kExpressions) {
        if (CronExpression::parse(QString::fromUtf8(text)).isValid())
            ++valid;
    }
    const int count = int(sizeof(kExpressions) / sizeof(kExpressions[0]));
    const QDateTime base =
        QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    for (int i = 0; i < kSchedules; ++i) {
        schedules.push_back(CronExpression::parse(QString::fromUtf8(kExpressions[i % count])));
        // Start times spread over 2026 (some near the DST transitions), on and off the minute.
        starts.push_back(base.addSecs(qint64(i) * 3163 % (365LL * 86400)));
    }

    const QTimeZone berlin("Europe/Berlin");
    const QTimeZone system = QTimeZone::systemTimeZone();
    auto runIn = [&](const QTimeZone &zone) {
        return [&schedules, &starts, zone]() {
            qint64 sum = 0;
            for (int i = 0; i < kSchedules; ++i)
                sum +=
                    schedules[std::size_t(i)].next(starts[std::size_t(i)], zone).toSecsSinceEpoch();
            return sum;
        };
    };
    auto runLocal = [&]() {
        qint64 sum = 0;
        for (int i = 0; i < kSchedules; ++i)
            sum += schedules[std::size_t(i)].next(starts[std::size_t(i)]).toSecsSinceEpoch();
        return sum;
    };

    const Figures zoned = measure(runIn(berlin));
    std::printf("cron next-run: %d schedules, min %.1f ms, median %.1f ms (goal < 20 ms)\n",
                kSchedules, zoned.minMs, zoned.medianMs);
    std::printf("  (zone Europe/Berlin passed explicitly; %d of %d expressions valid)\n", valid,
                count);
    const Figures utc = measure(runIn(QTimeZone("UTC")));
    std::printf("  zone UTC:                             min %.1f ms, median %.1f ms\n", utc.minMs,
                utc.medianMs);
    const Figures systemZone = measure(runIn(system));
    std::printf("  next(after, systemTimeZone()) [%s]: min %.1f ms, median %.1f ms\n",
                system.id().constData(), systemZone.minMs, systemZone.medianMs);
    const Figures local = measure(runLocal);
    auto runLocalValidOnly = [&]() {
        qint64 sum = 0;
        for (int i = 0; i < kSchedules; ++i)
            sum += schedules[std::size_t(i)].next(starts[std::size_t(i)]).isValid() ? 1 : 0;
        return sum;
    };
    const Figures localNoRead = measure(runLocalValidOnly);
    std::printf("  next(after), Qt::LocalTime result:    min %.1f ms, median %.1f ms\n",
                local.minMs, local.medianMs);
    std::printf("  next(after), result not read back:    min %.1f ms, median %.1f ms\n",
                localNoRead.minMs, localNoRead.medianMs);
    std::printf("  (a Qt::LocalTime QDateTime costs Qt/glibc a tzset() per conversion, which\n"
                "   re-reads /etc/localtime when TZ is unset)\n");
    return 0;
}
