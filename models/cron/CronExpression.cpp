#include "models/cron/CronExpression.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <QtAlgorithms>

#include <algorithm>
#include <chrono>

namespace borgtide {

namespace {

constexpr std::int64_t kUnixEpochJulianDay = 2440588; // QDate(1970, 1, 1).toJulianDay()
constexpr std::int64_t kSecsPerDay = 86400;
constexpr std::int64_t kMinutesPerDay = 1440;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

std::int64_t ceilDiv(std::int64_t a, std::int64_t b)
{
    return -floorDiv(-a, b);
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

struct TranslatableText
{
    const char *source;
    const char *comment;
};

struct FieldSpec
{
    TranslatableText name;
    int min;
    int max;
};

const FieldSpec kFieldSpecs[5] = {
    {QT_TRANSLATE_NOOP3("borgtide::CronExpression", "minute", "cron field name"), 0, 59},
    {QT_TRANSLATE_NOOP3("borgtide::CronExpression", "hour", "cron field name"), 0, 23},
    {QT_TRANSLATE_NOOP3("borgtide::CronExpression", "day-of-month", "cron field name"), 1, 31},
    {QT_TRANSLATE_NOOP3("borgtide::CronExpression", "month", "cron field name"), 1, 12},
    {QT_TRANSLATE_NOOP3("borgtide::CronExpression", "day-of-week", "cron field name"), 0, 7},
};

constexpr int kMinuteField = 0;
constexpr int kHourField = 1;
constexpr int kDayOfMonthField = 2;
constexpr int kMonthField = 3;
constexpr int kDayOfWeekField = 4;

const char *const kMonthAbbrevs[12] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                       "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
const char *const kDayAbbrevs[7] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

const char *const kMonthNames[12] = {
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "January"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "February"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "March"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "April"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "May"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "June"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "July"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "August"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "September"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "October"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "November"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "December"),
};

const char *const kDayNames[7] = {
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "Sunday"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "Monday"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "Tuesday"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "Wednesday"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "Thursday"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "Friday"),
    QT_TRANSLATE_NOOP("borgtide::CronExpression", "Saturday"),
};

QString fieldName(int field)
{
    const TranslatableText &name = kFieldSpecs[field].name;
    return QCoreApplication::translate("borgtide::CronExpression", name.source, name.comment);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// What parsing one field yields.
struct ParsedField
{
    std::uint64_t bits = 0;
    // Set when the field is one stepped item ("*/n", "a-b/n", "a/n").
    int stepFrom = 0;
    int stepTo = 0;
    int step = 0;
    bool stepStar = false;
};

class FieldParser
{
public:
    FieldParser(int field, const QString &text, int begin, int end)
        : m_field(field)
        , m_text(text)
        , m_begin(begin)
        , m_end(end)
    {}

    bool parse(ParsedField *out, QString *error)
    {
        m_error = error;
        int itemCount = 0;
        int pos = m_begin;
        for (;;) {
            int itemEnd = pos;
            while (itemEnd < m_end && m_text.at(itemEnd) != QLatin1Char(','))
                ++itemEnd;
            ++itemCount;
            if (!parseItem(pos, itemEnd, out, itemCount == 1))
                return false;
            if (itemEnd >= m_end)
                break;
            pos = itemEnd + 1; // skip ','
        }
        if (itemCount > 1)
            out->step = 0; // describe() only uses step forms of single-item fields
        if (m_field == kDayOfWeekField && (out->bits & (std::uint64_t{1} << 7))) {
            out->bits &= ~(std::uint64_t{1} << 7); // 7 = Sunday = 0
            out->bits |= 1;
        }
        return true;
    }

private:
    int column(int pos) const { return pos + 1; }

    bool fail(const QString &message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }

    bool failUnexpected(int pos)
    {
        // Report the run of characters up to the next separator, so "1-2-3" names "-3".
        int end = pos + 1;
        while (end < m_end && m_text.at(end) != QLatin1Char(',') &&
               m_text.at(end) != QLatin1Char('-') && m_text.at(end) != QLatin1Char('/'))
            ++end;
        return fail(QCoreApplication::translate("borgtide::CronExpression",
                                                "%1 field: unexpected '%2' (at column %3)")
                        .arg(fieldName(m_field), m_text.mid(pos, end - pos))
                        .arg(column(pos)));
    }

    bool failMissing(int pos)
    {
        // `pos` is just after the '-' or '/' that lacks its value.
        return fail(QCoreApplication::translate("borgtide::CronExpression",
                                                "%1 field: missing value after '%2' (at column %3)")
                        .arg(fieldName(m_field), m_text.mid(pos - 1, 1))
                        .arg(column(pos - 1)));
    }

    // Reads a number or a name at `pos`; sets *value and advances *pos.
    bool readValue(int *pos, int *value)
    {
        const int start = *pos;
        int end = start;
        if (end < m_end && isAsciiDigit(m_text.at(end))) {
            while (end < m_end && isAsciiDigit(m_text.at(end)))
                ++end;
            const QStringView digits = QStringView(m_text).mid(start, end - start);
            bool ok = false;
            const int v = digits.size() <= 6 ? digits.toInt(&ok) : -1;
            const FieldSpec &spec = kFieldSpecs[m_field];
            if (!ok || v < spec.min || v > spec.max) {
                return fail(QCoreApplication::translate(
                                "borgtide::CronExpression",
                                "%1 field: '%2' is out of range %3-%4 (at column %5)")
                                .arg(fieldName(m_field), digits.toString())
                                .arg(spec.min)
                                .arg(spec.max)
                                .arg(column(start)));
            }
            *value = v;
            *pos = end;
            return true;
        }
        if (end < m_end && isAsciiLetter(m_text.at(end))) {
            while (end < m_end && isAsciiLetter(m_text.at(end)))
                ++end;
            const QString word = m_text.mid(start, end - start);
            if (m_field == kMonthField) {
                for (int i = 0; i < 12; ++i) {
                    if (word.compare(QLatin1String(kMonthAbbrevs[i]), Qt::CaseInsensitive) == 0) {
                        *value = i + 1;
                        *pos = end;
                        return true;
                    }
                }
                return fail(QCoreApplication::translate(
                                "borgtide::CronExpression",
                                "%1 field: unknown month name '%2' (use JAN-DEC) (at column %3)")
                                .arg(fieldName(m_field), word)
                                .arg(column(start)));
            }
            if (m_field == kDayOfWeekField) {
                for (int i = 0; i < 7; ++i) {
                    if (word.compare(QLatin1String(kDayAbbrevs[i]), Qt::CaseInsensitive) == 0) {
                        *value = i;
                        *pos = end;
                        return true;
                    }
                }
                return fail(QCoreApplication::translate(
                                "borgtide::CronExpression",
                                "%1 field: unknown day name '%2' (use SUN-SAT) (at column %3)")
                                .arg(fieldName(m_field), word)
                                .arg(column(start)));
            }
            return fail(QCoreApplication::translate("borgtide::CronExpression",
                                                    "%1 field: '%2' is not a number (at column %3)")
                            .arg(fieldName(m_field), word)
                            .arg(column(start)));
        }
        if (start >= m_end)
            return failMissing(start);
        return failUnexpected(start);
    }

    bool parseItem(int begin, int end, ParsedField *out, bool first)
    {
        const FieldSpec &spec = kFieldSpecs[m_field];
        if (begin == end) {
            // Point at the comma (or at the end of the field for a trailing comma).
            const int at = begin < m_end ? begin : begin - 1;
            return fail(QCoreApplication::translate("borgtide::CronExpression",
                                                    "%1 field: empty list item (at column %2)")
                            .arg(fieldName(m_field))
                            .arg(column(at)));
        }
        // Parse within [begin, end) by temporarily narrowing m_end.
        const int savedEnd = m_end;
        m_end = end;
        const bool ok = parseItemNarrowed(begin, spec, out, first);
        m_end = savedEnd;
        return ok;
    }

    bool parseItemNarrowed(int begin, const FieldSpec &spec, ParsedField *out, bool first)
    {
        int pos = begin;
        int from = 0;
        int to = 0;
        bool star = false;
        bool isRange = false;
        if (m_text.at(pos) == QLatin1Char('*')) {
            star = true;
            from = spec.min;
            to = spec.max;
            ++pos;
        } else {
            if (!readValue(&pos, &from))
                return false;
            to = from;
            if (pos < m_end && m_text.at(pos) == QLatin1Char('-')) {
                ++pos;
                if (!readValue(&pos, &to))
                    return false;
                isRange = true;
                if (to < from) {
                    return fail(QCoreApplication::translate(
                                    "borgtide::CronExpression",
                                    "%1 field: range '%2' is reversed (at column %3)")
                                    .arg(fieldName(m_field), m_text.mid(begin, pos - begin))
                                    .arg(column(begin)));
                }
            }
        }
        int step = 1;
        bool stepped = false;
        if (pos < m_end && m_text.at(pos) == QLatin1Char('/')) {
            ++pos;
            const int stepStart = pos;
            while (pos < m_end && isAsciiDigit(m_text.at(pos)))
                ++pos;
            if (pos == stepStart) {
                if (pos >= m_end)
                    return failMissing(pos);
                return failUnexpected(pos);
            }
            const QStringView digits = QStringView(m_text).mid(stepStart, pos - stepStart);
            bool ok = false;
            const int v = digits.size() <= 6 ? digits.toInt(&ok) : -1;
            const int maxStep = spec.max - spec.min + 1;
            if (ok && v == 0) {
                return fail(
                    QCoreApplication::translate("borgtide::CronExpression",
                                                "%1 field: step must be at least 1 (at column %2)")
                        .arg(fieldName(m_field))
                        .arg(column(stepStart)));
            }
            if (!ok || v > maxStep) {
                return fail(QCoreApplication::translate(
                                "borgtide::CronExpression",
                                "%1 field: step '%2' is out of range 1-%3 (at column %4)")
                                .arg(fieldName(m_field), digits.toString())
                                .arg(maxStep)
                                .arg(column(stepStart)));
            }
            step = v;
            stepped = true;
            if (!star && !isRange)
                to = spec.max; // "a/n" means "a-max/n"
        }
        if (pos < m_end)
            return failUnexpected(pos);

        for (int v = from; v <= to; v += step)
            out->bits |= std::uint64_t{1} << v;
        if (first && stepped) {
            out->stepFrom = from;
            out->stepTo = to;
            out->step = step;
            out->stepStar = star;
        }
        return true;
    }

    int m_field;
    const QString &m_text;
    int m_begin;
    int m_end;
    QString *m_error = nullptr;
};

struct Macro
{
    const char *name;
    const char *expansion;
};

const Macro kMacros[] = {
    {"@yearly", "0 0 1 1 *"}, {"@annually", "0 0 1 1 *"}, {"@monthly", "0 0 1 * *"},
    {"@weekly", "0 0 * * 0"}, {"@daily", "0 0 * * *"},    {"@midnight", "0 0 * * *"},
    {"@hourly", "0 * * * *"},
};

// ---------------------------------------------------------------------------------------------
// Time zones
// ---------------------------------------------------------------------------------------------

int offsetAt(const QTimeZone &zone, std::int64_t secs)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
}

// The first instant in (lo, hi] whose offset differs from the offset at lo
// (the caller knows the offsets at lo and hi differ).
std::int64_t transitionBetween(const QTimeZone &zone, std::int64_t lo, std::int64_t hi)
{
    const int loOffset = offsetAt(zone, lo);
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (offsetAt(zone, mid) == loOffset)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}

// Maps a wall-clock time (seconds since 1970-01-01T00:00 "local") to an instant:
// unique -> that instant; in a gap -> the transition instant (end of the gap);
// ambiguous -> the earlier instant, and *foldEndLocal is set to the wall time at which
// the repeated interval ends (otherwise it is left alone).
std::int64_t wallToInstant(const QTimeZone &zone, std::int64_t local, std::int64_t *foldEndLocal)
{
    // Offsets a day before and after bracket every candidate instant (offsets are < 1 day).
    const int before = offsetAt(zone, local - kSecsPerDay);
    const int after = offsetAt(zone, local + kSecsPerDay);
    const std::int64_t tBefore = local - before;
    if (before == after) {
        const int actual = offsetAt(zone, tBefore);
        return actual == before ? tBefore : local - actual; // the latter: odd multi-transitions
    }
    const std::int64_t tAfter = local - after;
    const bool beforeValid = offsetAt(zone, tBefore) == before;
    const bool afterValid = offsetAt(zone, tAfter) == after;
    if (beforeValid && afterValid) {
        if (before > after) { // fall back: [T + after, T + before) happens twice
            const std::int64_t transition = transitionBetween(zone, tBefore, tAfter);
            *foldEndLocal = transition + before;
        }
        return std::min(tBefore, tAfter);
    }
    if (beforeValid)
        return tBefore;
    if (afterValid)
        return tAfter;
    // Spring forward gap: the wall time does not exist; run at the transition.
    return transitionBetween(zone, std::min(tBefore, tAfter), std::max(tBefore, tAfter));
}

struct SystemZoneCache
{
    bool filled = false;
    QByteArray tzVariable;
    std::chrono::steady_clock::time_point stamp;
    QTimeZone zone;
};

// QTimeZone::systemTimeZone() costs several microseconds when TZ is unset (Qt reads
// /etc/localtime each time), so keep it for a second, and refresh at once when TZ changes.
const QTimeZone &systemZone()
{
    thread_local SystemZoneCache cache;
    const QByteArray tz = qgetenv("TZ");
    const auto now = std::chrono::steady_clock::now();
    if (!cache.filled || tz != cache.tzVariable || now - cache.stamp > std::chrono::seconds(1)) {
        cache.zone = QTimeZone::systemTimeZone();
        cache.tzVariable = tz;
        cache.stamp = now;
        cache.filled = true;
    }
    return cache.zone;
}

// ---------------------------------------------------------------------------------------------
// Description helpers
// ---------------------------------------------------------------------------------------------

QString ordinal(int n)
{
    // Separate strings so that a translator can use one form for all (German: "%1.").
    const int lastTwo = n % 100;
    if (lastTwo < 11 || lastTwo > 13) {
        if (n % 10 == 1)
            return QCoreApplication::translate("borgtide::CronExpression", "%1st", "ordinal number")
                .arg(n);
        if (n % 10 == 2)
            return QCoreApplication::translate("borgtide::CronExpression", "%1nd", "ordinal number")
                .arg(n);
        if (n % 10 == 3)
            return QCoreApplication::translate("borgtide::CronExpression", "%1rd", "ordinal number")
                .arg(n);
    }
    return QCoreApplication::translate("borgtide::CronExpression", "%1th", "ordinal number").arg(n);
}

QString joinList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString result = items.first();
    for (qsizetype i = 1; i < items.size(); ++i) {
        if (i == items.size() - 1) {
            result = QCoreApplication::translate("borgtide::CronExpression", "%1 and %2",
                                                 "last two items of a list")
                         .arg(result, items.at(i));
        } else {
            result =
                QCoreApplication::translate("borgtide::CronExpression", "%1, %2", "items of a list")
                    .arg(result, items.at(i));
        }
    }
    return result;
}

QList<int> valuesOf(std::uint64_t bits, int min, int max)
{
    QList<int> values;
    for (int v = min; v <= max; ++v) {
        if (bits & (std::uint64_t{1} << v))
            values.append(v);
    }
    return values;
}

// "1 through 5, 10 and 12": runs of three or more consecutive values become ranges.
template <typename Format> QString runsPhrase(const QList<int> &values, Format format)
{
    QStringList items;
    for (qsizetype i = 0; i < values.size();) {
        qsizetype j = i;
        while (j + 1 < values.size() && values.at(j + 1) == values.at(j) + 1)
            ++j;
        if (j - i >= 2) {
            items.append(QCoreApplication::translate("borgtide::CronExpression", "%1 through %2",
                                                     "a range of values")
                             .arg(format(values.at(i)), format(values.at(j))));
        } else {
            for (qsizetype k = i; k <= j; ++k)
                items.append(format(values.at(k)));
        }
        i = j + 1;
    }
    return joinList(items);
}

QString number(int v)
{
    return QString::number(v);
}

QString clockTime(int hour, int minute)
{
    return QStringLiteral("%1:%2")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'));
}

QString monthName(int month)
{
    return QCoreApplication::translate("borgtide::CronExpression", kMonthNames[month - 1]);
}

QString dayName(int day)
{
    return QCoreApplication::translate("borgtide::CronExpression", kDayNames[day % 7]);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// CronExpression
// ---------------------------------------------------------------------------------------------

CronExpression CronExpression::parse(const QString &text, QString *error)
{
    if (error)
        error->clear();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return CronExpression();
    };

    struct Span
    {
        int begin;
        int end;
    };
    QList<Span> tokens;
    const int length = int(text.size());
    for (int i = 0; i < length;) {
        while (i < length && text.at(i).isSpace())
            ++i;
        if (i >= length)
            break;
        const int begin = i;
        while (i < length && !text.at(i).isSpace())
            ++i;
        tokens.append({begin, i});
    }
    if (tokens.isEmpty())
        return fail(QCoreApplication::translate("borgtide::CronExpression",
                                                "the cron expression is empty"));

    if (text.at(tokens.first().begin) == QLatin1Char('@')) {
        const QString name =
            text.mid(tokens.first().begin, tokens.first().end - tokens.first().begin);
        for (const Macro &macro : kMacros) {
            if (name.compare(QLatin1String(macro.name), Qt::CaseInsensitive) != 0)
                continue;
            if (tokens.size() > 1) {
                const Span &extra = tokens.at(1);
                return fail(QCoreApplication::translate("borgtide::CronExpression",
                                                        "unexpected '%1' after %2 (at column %3)")
                                .arg(text.mid(extra.begin, extra.end - extra.begin), name)
                                .arg(extra.begin + 1));
            }
            CronExpression expression = parse(QLatin1String(macro.expansion), error);
            expression.m_text = text.trimmed();
            return expression;
        }
        return fail(QCoreApplication::translate(
                        "borgtide::CronExpression",
                        "unknown macro '%1' (supported: @yearly, @annually, @monthly, @weekly, "
                        "@daily, @midnight, @hourly)")
                        .arg(name));
    }

    if (tokens.size() != 5) {
        return fail(QCoreApplication::translate(
                        "borgtide::CronExpression",
                        "expected 5 fields (minute hour day-of-month month day-of-week), got %1")
                        .arg(tokens.size()));
    }

    ParsedField fields[5];
    for (int f = 0; f < 5; ++f) {
        FieldParser parser(f, text, tokens.at(f).begin, tokens.at(f).end);
        if (!parser.parse(&fields[f], error))
            return CronExpression();
    }

    CronExpression expression;
    expression.m_text = text.trimmed();
    expression.m_minutes = fields[kMinuteField].bits;
    expression.m_hours = std::uint32_t(fields[kHourField].bits);
    expression.m_daysOfMonth = std::uint32_t(fields[kDayOfMonthField].bits);
    expression.m_months = std::uint16_t(fields[kMonthField].bits);
    expression.m_daysOfWeek = std::uint8_t(fields[kDayOfWeekField].bits);
    expression.m_domStar = text.at(tokens.at(kDayOfMonthField).begin) == QLatin1Char('*');
    expression.m_dowStar = text.at(tokens.at(kDayOfWeekField).begin) == QLatin1Char('*');
    for (int f = 0; f < 5; ++f) {
        Step &step = expression.m_steps[std::size_t(f)];
        step.from = std::int8_t(fields[f].stepFrom);
        step.to = std::int8_t(fields[f].stepTo);
        step.step = std::int8_t(fields[f].step);
        step.star = fields[f].stepStar;
    }
    // Only a restricted day-of-month with an unrestricted day-of-week can rule out every date
    // ("0 0 30 2 *"); day-of-week alone, or both (OR), always match some day.
    if (!expression.m_domStar && expression.m_dowStar) {
        static constexpr int longest[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        bool any = false;
        for (int month = 1; month <= 12 && !any; ++month) {
            if (!(expression.m_months & (1u << month)))
                continue;
            for (int day = 1; day <= longest[month] && !any; ++day)
                any = expression.m_daysOfMonth & (1u << day);
        }
        if (!any)
            return fail(
                QCoreApplication::translate("borgtide::CronExpression", "never matches a date"));
    }
    expression.m_valid = true;
    return expression;
}

bool CronExpression::isValid() const
{
    return m_valid;
}

QString CronExpression::text() const
{
    return m_text;
}

QDateTime CronExpression::next(const QDateTime &after) const
{
    return nextImpl(after, systemZone(), true);
}

QDateTime CronExpression::next(const QDateTime &after, const QTimeZone &zone) const
{
    return nextImpl(after, zone, false);
}

std::uint32_t CronExpression::matchingDays(int year, int month) const
{
    const QDate first(year, month, 1);
    const int daysInMonth = first.daysInMonth();
    const std::uint32_t monthMask = std::uint32_t(((std::uint64_t{1} << daysInMonth) - 1) << 1);
    const std::uint32_t dom = m_daysOfMonth & monthMask;

    // Weekday pattern: bit k of `week` says whether day 1 + k of the month matches.
    const int firstWeekday = first.dayOfWeek() % 7; // 0 = Sunday
    std::uint64_t week = 0;
    for (int k = 0; k < 7; ++k) {
        if (m_daysOfWeek & (1u << ((firstWeekday + k) % 7)))
            week |= std::uint64_t{1} << k;
    }
    const std::uint64_t weeks = week | week << 7 | week << 14 | week << 21 | week << 28;
    const std::uint32_t dow = std::uint32_t(weeks << 1) & monthMask;

    // Vixie cron: if either day field starts with '*', both must match; else either may.
    return (m_domStar || m_dowStar) ? (dom & dow) : (dom | dow);
}

// The first wall-clock minute (minutes since 1970-01-01T00:00 local) at or after
// `fromMinute` that matches, on a day no later than `limitJulianDay`.
bool CronExpression::findWallMinute(std::int64_t fromMinute, std::int64_t limitJulianDay,
                                    std::int64_t *found) const
{
    const std::int64_t startDay = floorDiv(fromMinute, kMinutesPerDay);
    const int minuteOfDay = int(fromMinute - startDay * kMinutesPerDay);
    int hour = minuteOfDay / 60;
    int minute = minuteOfDay % 60;
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(startDay + kUnixEpochJulianDay).getDate(&year, &month, &day);

    int cachedYear = 0;
    int cachedMonth = 0;
    std::uint32_t cachedDays = 0;
    for (;;) {
        if ((m_months & (1u << month)) == 0) {
            const std::uint32_t later = m_months & ~((2u << month) - 1u);
            if (later) {
                month = int(qCountTrailingZeroBits(later));
            } else {
                ++year;
                month = int(qCountTrailingZeroBits(std::uint32_t(m_months)));
            }
            day = 1;
            hour = 0;
            minute = 0;
            if (QDate(year, month, 1).toJulianDay() > limitJulianDay)
                return false;
        }
        if (year != cachedYear || month != cachedMonth) {
            cachedDays = matchingDays(year, month);
            cachedYear = year;
            cachedMonth = month;
        }
        const std::uint32_t days = cachedDays & std::uint32_t(~((std::uint64_t{1} << day) - 1));
        if (days == 0) {
            if (++month > 12) {
                month = 1;
                ++year;
            }
            day = 1;
            hour = 0;
            minute = 0;
            if (QDate(year, month, 1).toJulianDay() > limitJulianDay)
                return false;
            continue;
        }
        const int nextDay = int(qCountTrailingZeroBits(days));
        if (nextDay != day) {
            day = nextDay;
            hour = 0;
            minute = 0;
        }
        const std::int64_t julianDay = QDate(year, month, day).toJulianDay();
        if (julianDay > limitJulianDay)
            return false;
        const std::uint32_t hours = m_hours & std::uint32_t(~((std::uint64_t{1} << hour) - 1));
        if (hours == 0) {
            ++day;
            hour = 0;
            minute = 0;
            continue;
        }
        const int nextHour = int(qCountTrailingZeroBits(hours));
        if (nextHour != hour) {
            hour = nextHour;
            minute = 0;
        }
        const std::uint64_t minutes = m_minutes & ~((std::uint64_t{1} << minute) - 1);
        if (minutes == 0) {
            ++hour;
            minute = 0;
            continue;
        }
        minute = int(qCountTrailingZeroBits(minutes));
        *found = (julianDay - kUnixEpochJulianDay) * kMinutesPerDay + hour * 60 + minute;
        return true;
    }
}

QDateTime CronExpression::nextImpl(const QDateTime &after, const QTimeZone &zone,
                                   bool localTime) const
{
    if (!m_valid || !after.isValid() || !zone.isValid())
        return {};
    const std::int64_t afterMs = after.toMSecsSinceEpoch();
    const std::int64_t afterSecs = floorDiv(afterMs, 1000);
    const std::int64_t afterLocal = afterSecs + offsetAt(zone, afterSecs);
    const QDate startDate =
        QDate::fromJulianDay(floorDiv(afterLocal, kSecsPerDay) + kUnixEpochJulianDay);
    const std::int64_t limitJulianDay = startDate.addYears(5).toJulianDay();

    // Walk the matching wall-clock minutes in order; their instants never decrease, so the
    // first one strictly after `after` is the answer. Only in a repeated (fall-back) interval
    // can a later wall time map to an instant <= after; then skip past that interval.
    std::int64_t fromMinute = floorDiv(afterLocal, 60) + 1;
    for (int guard = 0; guard < 10000; ++guard) {
        std::int64_t wallMinute = 0;
        if (!findWallMinute(fromMinute, limitJulianDay, &wallMinute))
            return {};
        std::int64_t foldEndLocal = 0;
        const std::int64_t instant = wallToInstant(zone, wallMinute * 60, &foldEndLocal);
        if (instant * 1000 > afterMs) {
            return localTime ? QDateTime::fromSecsSinceEpoch(instant, Qt::LocalTime)
                             : QDateTime::fromSecsSinceEpoch(instant, zone);
        }
        fromMinute = std::max(wallMinute + 1, ceilDiv(foldEndLocal, 60));
    }
    return {};
}

QString CronExpression::describe() const
{
    if (!m_valid)
        return QCoreApplication::translate("borgtide::CronExpression", "Invalid cron expression");

    const Step &minuteStep = m_steps[Minute];
    const Step &hourStep = m_steps[Hour];
    const Step &domStep = m_steps[DayOfMonth];
    const QList<int> minutes = valuesOf(m_minutes, 0, 59);
    const QList<int> hours = valuesOf(m_hours, 0, 23);
    const bool minuteFull = minutes.size() == 60;
    const bool hourFull = hours.size() == 24;
    const bool minuteStepped = minuteStep.step > 1 && !minuteFull;
    const bool hourStepped = hourStep.step > 1 && !hourFull;

    // --- Time of day ------------------------------------------------------------------------
    QString times; // set when the schedule runs at a short list of clock times
    QString timePhrase;
    if (!minuteFull && !hourFull && !minuteStepped && !hourStepped &&
        minutes.size() * hours.size() <= 6) {
        QStringList list;
        for (int h : hours) {
            for (int m : minutes)
                list.append(clockTime(h, m));
        }
        times = joinList(list);
    } else if (minuteFull && hourFull) {
        timePhrase = QCoreApplication::translate("borgtide::CronExpression", "Every minute");
    } else if (minuteStepped && minuteStep.star && hourFull && 60 % minuteStep.step == 0) {
        timePhrase = QCoreApplication::translate("borgtide::CronExpression", "Every %1 minutes")
                         .arg(minuteStep.step);
    } else if (minutes.size() == 1 && hourFull) {
        timePhrase = minutes.first() == 0
                         ? QCoreApplication::translate("borgtide::CronExpression", "Every hour")
                         : QCoreApplication::translate("borgtide::CronExpression",
                                                       "At minute %1 past every hour")
                               .arg(minutes.first());
    } else if (minuteFull && hours.size() == 1) {
        timePhrase = QCoreApplication::translate("borgtide::CronExpression",
                                                 "Every minute from %1 through %2")
                         .arg(clockTime(hours.first(), 0), clockTime(hours.first(), 59));
    } else {
        QString minutePhrase;
        if (minuteFull)
            minutePhrase = QCoreApplication::translate("borgtide::CronExpression", "every minute");
        else if (minuteStepped && minuteStep.star)
            minutePhrase =
                QCoreApplication::translate("borgtide::CronExpression", "every %1 minute")
                    .arg(ordinal(minuteStep.step));
        else if (minuteStepped)
            minutePhrase = QCoreApplication::translate("borgtide::CronExpression",
                                                       "every %1 minute from %2 through %3")
                               .arg(ordinal(minuteStep.step))
                               .arg(minuteStep.from)
                               .arg(minuteStep.to);
        else if (minutes.size() == 1)
            minutePhrase = QCoreApplication::translate("borgtide::CronExpression", "minute %1")
                               .arg(minutes.first());
        else
            minutePhrase = QCoreApplication::translate("borgtide::CronExpression", "minutes %1")
                               .arg(runsPhrase(minutes, number));

        QString hourPhrase;
        if (hourFull)
            hourPhrase = QCoreApplication::translate("borgtide::CronExpression", "every hour");
        else if (hourStepped && hourStep.star)
            hourPhrase = QCoreApplication::translate("borgtide::CronExpression", "every %1 hour")
                             .arg(ordinal(hourStep.step));
        else if (hourStepped)
            hourPhrase = QCoreApplication::translate("borgtide::CronExpression",
                                                     "every %1 hour from %2 through %3")
                             .arg(ordinal(hourStep.step))
                             .arg(hourStep.from)
                             .arg(hourStep.to);
        else if (hours.size() == 1)
            hourPhrase = QCoreApplication::translate("borgtide::CronExpression", "hour %1")
                             .arg(hours.first());
        else
            hourPhrase = QCoreApplication::translate("borgtide::CronExpression", "hours %1")
                             .arg(runsPhrase(hours, number));

        timePhrase = QCoreApplication::translate("borgtide::CronExpression", "At %1 past %2",
                                                 "e.g. At minute 5 past every 2nd hour")
                         .arg(minutePhrase, hourPhrase);
    }

    // --- Days ---------------------------------------------------------------------------------
    const QList<int> domValues = valuesOf(m_daysOfMonth, 1, 31);
    QList<int> dowValues; // Monday first, Sunday as 7
    for (int d = 1; d <= 7; ++d) {
        if (m_daysOfWeek & (1u << (d % 7)))
            dowValues.append(d);
    }
    const QList<int> monthValues = valuesOf(m_months, 1, 12);
    const bool domFull = domValues.size() == 31;
    const bool dowFull = dowValues.size() == 7;
    const bool monthFull = monthValues.size() == 12;
    const bool bothMustMatch = m_domStar || m_dowStar;
    bool useDom = false;
    bool useDow = false;
    if (bothMustMatch) {
        useDom = !domFull;
        useDow = !dowFull;
    } else if (!domFull && !dowFull) {
        useDom = true;
        useDow = true;
    }

    QString domPhrase;
    if (useDom) {
        if (domStep.step > 1 && domStep.star)
            domPhrase = QCoreApplication::translate("borgtide::CronExpression", "every %1 day")
                            .arg(ordinal(domStep.step));
        else if (domStep.step > 1)
            domPhrase = QCoreApplication::translate("borgtide::CronExpression",
                                                    "every %1 day from %2 through %3")
                            .arg(ordinal(domStep.step))
                            .arg(domStep.from)
                            .arg(domStep.to);
        else if (domValues.size() == 1)
            domPhrase = QCoreApplication::translate("borgtide::CronExpression", "day %1")
                            .arg(domValues.first());
        else
            domPhrase = QCoreApplication::translate("borgtide::CronExpression", "days %1")
                            .arg(runsPhrase(domValues, number));
    }
    const QString dowPhrase = useDow ? runsPhrase(dowValues, dayName) : QString();
    const QString monthPhrase = runsPhrase(monthValues, monthName);

    QString dayPart;
    bool monthDone = monthFull;
    if (useDom && useDow && bothMustMatch) {
        dayPart = QCoreApplication::translate("borgtide::CronExpression",
                                              "on %1 of the month if it is %2")
                      .arg(domPhrase, dowPhrase);
    } else if (useDom && useDow) {
        dayPart = QCoreApplication::translate("borgtide::CronExpression", "on %1 and on %2",
                                              "day of month OR day of week")
                      .arg(domPhrase, dowPhrase);
    } else if (useDom && domValues.size() == 1 && domStep.step <= 1 && monthValues.size() == 1) {
        dayPart = QCoreApplication::translate("borgtide::CronExpression", "on %1 %2",
                                              "month name, day number: on January 1")
                      .arg(monthName(monthValues.first()))
                      .arg(domValues.first());
        monthDone = true;
    } else if (useDom) {
        dayPart = QCoreApplication::translate("borgtide::CronExpression", "on %1 of the month")
                      .arg(domPhrase);
    } else if (useDow) {
        dayPart = QCoreApplication::translate("borgtide::CronExpression", "on %1", "on weekdays")
                      .arg(dowPhrase);
    }
    const QString monthPart =
        monthDone ? QString()
                  : QCoreApplication::translate("borgtide::CronExpression", "in %1", "in months")
                        .arg(monthPhrase);

    auto append = [](const QString &sentence, const QString &part) {
        if (part.isEmpty())
            return sentence;
        return QCoreApplication::translate("borgtide::CronExpression", "%1 %2",
                                           "sentence continued by a phrase")
            .arg(sentence, part);
    };

    QString sentence;
    if (!times.isEmpty()) {
        sentence =
            dayPart.isEmpty()
                ? QCoreApplication::translate("borgtide::CronExpression", "Every day at %1")
                      .arg(times)
                : QCoreApplication::translate("borgtide::CronExpression", "At %1 %2", "time, days")
                      .arg(times, dayPart);
    } else {
        sentence = append(timePhrase, dayPart);
    }
    return append(sentence, monthPart);
}

} // namespace borgtide
