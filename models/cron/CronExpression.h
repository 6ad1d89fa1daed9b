#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <array>
#include <cstdint>

namespace borgtide {

// A classic 5-field cron expression (Vixie cron semantics) with wall-clock next-run
// computation that handles daylight-saving transitions:
//  - a wall time inside a spring-forward gap runs once, at the end of the gap
//    (all gap times of one day coalesce into that one run);
//  - a wall time that happens twice (fall back) runs once, at its first occurrence.
class CronExpression final
{
public:
    CronExpression() = default; // invalid

    // Parses a 5-field cron expression or an @-macro. On error returns an invalid
    // expression and sets *error (if non-null) to a clear English message that names
    // the field and the position (1-based column in `text` as given) of the problem, e.g.
    //   "day-of-week field: '8' is out of range 0-7 (at column 11)"
    //   "expected 5 fields (minute hour day-of-month month day-of-week), got 6"
    static CronExpression parse(const QString &text, QString *error = nullptr);

    bool isValid() const;
    QString text() const; // the text as given (trimmed)

    // The first run time strictly after `after`, computed in wall-clock time of `zone`
    // (default: the system zone). Returns an invalid QDateTime if there is none within
    // 5 years (e.g. "0 0 30 2 *"), or if the expression, `after` or `zone` is invalid.
    // next(after) uses the system zone and returns a Qt::LocalTime QDateTime; next(after,
    // zone) returns a time in `zone` (the fast path for the scheduler: no local-time
    // conversions, which cost a tzset() each in glibc when TZ is unset).
    QDateTime next(const QDateTime &after) const;
    QDateTime next(const QDateTime &after, const QTimeZone &zone) const;

    // Plain-English (translatable) description for the GUI, e.g. "Every day at 02:00".
    QString describe() const;

private:
    // How a field was written, when it is a single stepped item ("*/n", "a-b/n", "a/n");
    // used by describe() only.
    struct Step
    {
        std::int8_t from = 0;
        std::int8_t to = 0;
        std::int8_t step = 0; // 0: the field is not a single stepped item
        bool star = false;    // written as "*/n"
    };
    enum Field { Minute, Hour, DayOfMonth, Month, DayOfWeek, FieldCount };

    QDateTime nextImpl(const QDateTime &after, const QTimeZone &zone, bool localTime) const;
    std::uint32_t matchingDays(int year, int month) const;
    bool findWallMinute(std::int64_t fromMinute, std::int64_t limitJulianDay,
                        std::int64_t *found) const;

    QString m_text;
    std::uint64_t m_minutes = 0;     // bits 0-59
    std::uint32_t m_hours = 0;       // bits 0-23
    std::uint32_t m_daysOfMonth = 0; // bits 1-31
    std::uint16_t m_months = 0;      // bits 1-12
    std::uint8_t m_daysOfWeek = 0;   // bits 0-6, 0 = Sunday (7 is folded into 0)
    bool m_domStar = false;          // day-of-month text starts with '*'
    bool m_dowStar = false;          // day-of-week text starts with '*'
    bool m_valid = false;
    std::array<Step, FieldCount> m_steps{};
};

} // namespace borgtide
