// Tests for borgtide::CronExpression.
//
// The expected run times in nextRuns_data() come from independent implementations, run by a
// small Python script (not part of the repo): Debian's python3-croniter 1.3.5 with pytz zones,
// and a brute-force Python reference of the DST rules (iterate wall-clock minutes; a wall time
// in a spring-forward gap -> the transition instant; a repeated wall time -> its earlier
// instant; the first instant strictly after the start). Both agree on every row except the
// DST gap/fold rows marked below, where croniter runs repeated times twice, moves gap times
// back an hour or skips a day after a gap; those rows follow the rules and were checked by hand.

#include "models/cron/CronExpression.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QtTest>

#include <ctime>
#include <initializer_list>

using borgtide::CronExpression;

namespace {

// "2026-03-29T03:00:00+02:00" whatever the QDateTime's spec (LocalTime, TimeZone, UTC).
QString isoWithOffset(const QDateTime &dt)
{
    if (!dt.isValid())
        return QStringLiteral("invalid");
    const int offset = dt.offsetFromUtc();
    const QDateTime wall = dt.toOffsetFromUtc(offset);
    const int absOffset = offset < 0 ? -offset : offset;
    return wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(absOffset / 3600, 2, 10, QLatin1Char('0'))
               .arg(absOffset % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

void addRuns(const char *name, const char *expression, const char *zone, const char *start,
             std::initializer_list<const char *> expected)
{
    QStringList runs;
    for (const char *run : expected)
        runs.append(QString::fromUtf8(run));
    QTest::newRow(name) << QString::fromUtf8(expression) << QByteArray(zone)
                        << QString::fromUtf8(start) << runs;
}

void addInvalid(const char *expression, const char *mentions, int column)
{
    QTest::newRow(expression) << QString::fromUtf8(expression) << QString::fromUtf8(mentions)
                              << column;
}

void setTz(const QByteArray &value)
{
    if (value.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", value);
    tzset();
}

} // namespace

class TestCron : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextRuns_data();
    void nextRuns();
    void invalid_data();
    void invalid();
    void exactErrorMessages();
    void describe_data();
    void describe();
    void basics();
    void neverAtOrBeforeAfter();
    void systemZone();
};

void TestCron::nextRuns_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("expected"); // empty: no run within 5 years

    addRuns(
        "every minute, start with seconds", "* * * * *", "UTC", "2026-01-15T10:20:30+00:00",
        {"2026-01-15T10:21:00+00:00", "2026-01-15T10:22:00+00:00", "2026-01-15T10:23:00+00:00"});
    addRuns(
        "strictly after", "0 2 * * *", "UTC", "2026-01-15T02:00:00+00:00",
        {"2026-01-16T02:00:00+00:00", "2026-01-17T02:00:00+00:00", "2026-01-18T02:00:00+00:00"});
    addRuns(
        "single time", "5 4 * * *", "UTC", "2026-01-15T04:05:01+00:00",
        {"2026-01-16T04:05:00+00:00", "2026-01-17T04:05:00+00:00", "2026-01-18T04:05:00+00:00"});
    addRuns("step */15", "*/15 * * * *", "UTC", "2026-01-15T10:07:00+00:00",
            {"2026-01-15T10:15:00+00:00", "2026-01-15T10:30:00+00:00", "2026-01-15T10:45:00+00:00",
             "2026-01-15T11:00:00+00:00", "2026-01-15T11:15:00+00:00"});
    addRuns("step hours */6", "0 */6 * * *", "UTC", "2026-01-15T13:00:00+00:00",
            {"2026-01-15T18:00:00+00:00", "2026-01-16T00:00:00+00:00", "2026-01-16T06:00:00+00:00",
             "2026-01-16T12:00:00+00:00"});
    addRuns("lists", "0,30 9,17 * * *", "UTC", "2026-01-15T09:15:00+00:00",
            {"2026-01-15T09:30:00+00:00", "2026-01-15T17:00:00+00:00", "2026-01-15T17:30:00+00:00",
             "2026-01-16T09:00:00+00:00", "2026-01-16T09:30:00+00:00"});
    addRuns("minute range", "10-12 8 * * *", "UTC", "2026-01-15T08:11:00+00:00",
            {"2026-01-15T08:12:00+00:00", "2026-01-16T08:10:00+00:00", "2026-01-16T08:11:00+00:00",
             "2026-01-16T08:12:00+00:00"});
    addRuns("range step", "0-30/10 * * * *", "UTC", "2026-01-15T10:25:00+00:00",
            {"2026-01-15T10:30:00+00:00", "2026-01-15T11:00:00+00:00", "2026-01-15T11:10:00+00:00",
             "2026-01-15T11:20:00+00:00", "2026-01-15T11:30:00+00:00"});
    addRuns("a/n minutes", "5/20 * * * *", "UTC", "2026-01-15T10:50:00+00:00",
            {"2026-01-15T11:05:00+00:00", "2026-01-15T11:25:00+00:00", "2026-01-15T11:45:00+00:00",
             "2026-01-15T12:05:00+00:00"});
    addRuns("hour range step", "0 9-17/4 * * *", "UTC", "2026-01-15T10:00:00+00:00",
            {"2026-01-15T13:00:00+00:00", "2026-01-15T17:00:00+00:00", "2026-01-16T09:00:00+00:00",
             "2026-01-16T13:00:00+00:00"});
    addRuns("weekday range names", "0 12 * * MON-FRI", "UTC", "2026-01-16T13:00:00+00:00",
            {"2026-01-19T12:00:00+00:00", "2026-01-20T12:00:00+00:00", "2026-01-21T12:00:00+00:00",
             "2026-01-22T12:00:00+00:00"});
    addRuns("weekday list mixed case", "0 12 * * mon,Wed,fRi", "UTC", "2026-01-15T00:00:00+00:00",
            {"2026-01-16T12:00:00+00:00", "2026-01-19T12:00:00+00:00", "2026-01-21T12:00:00+00:00",
             "2026-01-23T12:00:00+00:00"});
    addRuns(
        "7 is Sunday", "0 0 * * 7", "UTC", "2026-01-01T00:00:00+00:00",
        {"2026-01-04T00:00:00+00:00", "2026-01-11T00:00:00+00:00", "2026-01-18T00:00:00+00:00"});
    addRuns(
        "0 is Sunday", "0 0 * * 0", "UTC", "2026-01-01T00:00:00+00:00",
        {"2026-01-04T00:00:00+00:00", "2026-01-11T00:00:00+00:00", "2026-01-18T00:00:00+00:00"});
    addRuns("range to 7", "0 0 * * 5-7", "UTC", "2026-01-01T00:00:00+00:00",
            {"2026-01-02T00:00:00+00:00", "2026-01-03T00:00:00+00:00", "2026-01-04T00:00:00+00:00",
             "2026-01-09T00:00:00+00:00"});
    addRuns("dow a/n reaches 7", "0 8 * * 1/2", "UTC", "2026-01-01T00:00:00+00:00",
            {"2026-01-02T08:00:00+00:00", "2026-01-04T08:00:00+00:00", "2026-01-05T08:00:00+00:00",
             "2026-01-07T08:00:00+00:00", "2026-01-09T08:00:00+00:00"});
    addRuns(
        "month names", "0 6 1 JAN,jul *", "UTC", "2026-01-01T06:00:00+00:00",
        {"2026-07-01T06:00:00+00:00", "2027-01-01T06:00:00+00:00", "2027-07-01T06:00:00+00:00"});
    addRuns("month name range", "0 0 1 feb-APR *", "UTC", "2026-01-01T00:00:00+00:00",
            {"2026-02-01T00:00:00+00:00", "2026-03-01T00:00:00+00:00", "2026-04-01T00:00:00+00:00",
             "2027-02-01T00:00:00+00:00"});
    addRuns("quarterly */3", "0 0 1 */3 *", "UTC", "2026-02-10T00:00:00+00:00",
            {"2026-04-01T00:00:00+00:00", "2026-07-01T00:00:00+00:00", "2026-10-01T00:00:00+00:00",
             "2027-01-01T00:00:00+00:00"});
    addRuns("31st skips short months", "0 0 31 * *", "UTC", "2026-01-31T00:00:00+00:00",
            {"2026-03-31T00:00:00+00:00", "2026-05-31T00:00:00+00:00", "2026-07-31T00:00:00+00:00",
             "2026-08-31T00:00:00+00:00"});
    addRuns(
        "30th skips February", "0 0 30 * *", "UTC", "2026-01-30T12:00:00+00:00",
        {"2026-03-30T00:00:00+00:00", "2026-04-30T00:00:00+00:00", "2026-05-30T00:00:00+00:00"});
    addRuns(
        "Feb 29 only in leap years", "0 0 29 2 *", "UTC", "2026-01-01T00:00:00+00:00",
        {"2028-02-29T00:00:00+00:00", "2032-02-29T00:00:00+00:00", "2036-02-29T00:00:00+00:00"});
    addRuns("end of February", "0 0 28-31 2 *", "UTC", "2026-02-28T00:00:00+00:00",
            {"2027-02-28T00:00:00+00:00", "2028-02-28T00:00:00+00:00", "2028-02-29T00:00:00+00:00",
             "2029-02-28T00:00:00+00:00"});
    addRuns(
        "29th of every month 2027", "0 12 29 * *", "UTC", "2027-01-01T00:00:00+00:00",
        {"2027-01-29T12:00:00+00:00", "2027-03-29T12:00:00+00:00", "2027-04-29T12:00:00+00:00"});
    addRuns(
        "29th of every month 2028", "0 12 29 * *", "UTC", "2028-01-31T00:00:00+00:00",
        {"2028-02-29T12:00:00+00:00", "2028-03-29T12:00:00+00:00", "2028-04-29T12:00:00+00:00"});
    addRuns("every day of February", "0 0 * 2 *", "UTC", "2027-02-26T00:00:00+00:00",
            {"2027-02-27T00:00:00+00:00", "2027-02-28T00:00:00+00:00", "2028-02-01T00:00:00+00:00",
             "2028-02-02T00:00:00+00:00"});
    addRuns("dom a/n", "0 0 1/10 * *", "UTC", "2026-01-01T00:00:00+00:00",
            {"2026-01-11T00:00:00+00:00", "2026-01-21T00:00:00+00:00", "2026-01-31T00:00:00+00:00",
             "2026-02-01T00:00:00+00:00", "2026-02-11T00:00:00+00:00"});
    addRuns("OR: 13th or Friday", "0 0 13 * FRI", "UTC", "2026-01-01T00:00:00+00:00",
            {"2026-01-02T00:00:00+00:00", "2026-01-09T00:00:00+00:00", "2026-01-13T00:00:00+00:00",
             "2026-01-16T00:00:00+00:00", "2026-01-23T00:00:00+00:00"});
    addRuns("OR: 1st/15th or Monday", "0 0 1,15 * MON", "UTC", "2026-01-01T00:00:00+00:00",
            {"2026-01-05T00:00:00+00:00", "2026-01-12T00:00:00+00:00", "2026-01-15T00:00:00+00:00",
             "2026-01-19T00:00:00+00:00", "2026-01-26T00:00:00+00:00"});
    addRuns("OR: 1st or Sunday", "0 0 1 * 0", "UTC", "2026-01-20T00:00:00+00:00",
            {"2026-01-25T00:00:00+00:00", "2026-02-01T00:00:00+00:00", "2026-02-08T00:00:00+00:00",
             "2026-02-15T00:00:00+00:00"});
    // Vixie: a day field starting with * is unrestricted, so this is an AND; croniter would OR it,
    // so it ran with day_or=False
    addRuns("AND: */2 dom is unrestricted", "0 0 */2 * MON", "UTC", "2026-01-01T00:00:00+00:00",
            {"2026-01-05T00:00:00+00:00", "2026-01-19T00:00:00+00:00", "2026-02-09T00:00:00+00:00",
             "2026-02-23T00:00:00+00:00"});
    // Vixie: a day field starting with * is unrestricted, so this is an AND; croniter would OR it,
    // so it ran with day_or=False
    addRuns("AND: */2 dow is unrestricted", "0 0 1 * */2", "UTC", "2026-01-01T00:00:00+00:00",
            {"2026-02-01T00:00:00+00:00", "2026-03-01T00:00:00+00:00", "2026-08-01T00:00:00+00:00",
             "2026-09-01T00:00:00+00:00"});
    addRuns(
        "AND: * dom", "0 0 * * MON", "UTC", "2026-01-01T00:00:00+00:00",
        {"2026-01-05T00:00:00+00:00", "2026-01-12T00:00:00+00:00", "2026-01-19T00:00:00+00:00"});
    // Vixie: a day field starting with * is unrestricted, so this is an AND; croniter would OR it,
    // so it ran with day_or=False
    addRuns(
        "AND: *,13 dom starts with *", "0 0 *,13 * FRI", "UTC", "2026-01-01T00:00:00+00:00",
        {"2026-01-02T00:00:00+00:00", "2026-01-09T00:00:00+00:00", "2026-01-16T00:00:00+00:00"});
    addRuns(
        "@hourly", "@hourly", "UTC", "2026-01-01T00:00:00+00:00",
        {"2026-01-01T01:00:00+00:00", "2026-01-01T02:00:00+00:00", "2026-01-01T03:00:00+00:00"});
    addRuns(
        "@daily", "@daily", "UTC", "2026-01-01T00:00:00+00:00",
        {"2026-01-02T00:00:00+00:00", "2026-01-03T00:00:00+00:00", "2026-01-04T00:00:00+00:00"});
    addRuns(
        "@midnight", "@midnight", "UTC", "2026-01-01T00:00:01+00:00",
        {"2026-01-02T00:00:00+00:00", "2026-01-03T00:00:00+00:00", "2026-01-04T00:00:00+00:00"});
    addRuns(
        "@weekly", "@weekly", "UTC", "2026-01-01T00:00:00+00:00",
        {"2026-01-04T00:00:00+00:00", "2026-01-11T00:00:00+00:00", "2026-01-18T00:00:00+00:00"});
    addRuns(
        "@monthly", "@monthly", "UTC", "2026-01-01T00:00:00+00:00",
        {"2026-02-01T00:00:00+00:00", "2026-03-01T00:00:00+00:00", "2026-04-01T00:00:00+00:00"});
    addRuns(
        "@yearly", "@yearly", "UTC", "2026-01-01T00:00:00+00:00",
        {"2027-01-01T00:00:00+00:00", "2028-01-01T00:00:00+00:00", "2029-01-01T00:00:00+00:00"});
    addRuns(
        "@annually", "@ANNUALLY", "UTC", "2026-06-01T00:00:00+00:00",
        {"2027-01-01T00:00:00+00:00", "2028-01-01T00:00:00+00:00", "2029-01-01T00:00:00+00:00"});
    addRuns(
        "year end", "59 23 31 12 *", "UTC", "2026-12-31T23:59:00+00:00",
        {"2027-12-31T23:59:00+00:00", "2028-12-31T23:59:00+00:00", "2029-12-31T23:59:00+00:00"});
    addRuns("business hours", "*/20 9-17 * * MON-FRI", "UTC", "2026-01-16T17:30:00+00:00",
            {"2026-01-16T17:40:00+00:00", "2026-01-19T09:00:00+00:00", "2026-01-19T09:20:00+00:00",
             "2026-01-19T09:40:00+00:00"});
    addRuns(
        "tabs and spaces", "0\t 3  *\t* *", "UTC", "2026-01-01T00:00:00+00:00",
        {"2026-01-01T03:00:00+00:00", "2026-01-02T03:00:00+00:00", "2026-01-03T03:00:00+00:00"});
    addRuns("twice a day odd months", "0 0,12 1 */2 *", "UTC", "2026-02-01T00:00:00+00:00",
            {"2026-03-01T00:00:00+00:00", "2026-03-01T12:00:00+00:00", "2026-05-01T00:00:00+00:00",
             "2026-05-01T12:00:00+00:00"});
    addRuns(
        "second week", "0 4 8-14 * *", "UTC", "2026-01-14T04:00:00+00:00",
        {"2026-02-08T04:00:00+00:00", "2026-02-09T04:00:00+00:00", "2026-02-10T04:00:00+00:00"});
    addRuns(
        "start offset differs from zone", "0 9 * * *", "UTC", "2026-01-15T10:30:00+02:00",
        {"2026-01-15T09:00:00+00:00", "2026-01-16T09:00:00+00:00", "2026-01-17T09:00:00+00:00"});
    addRuns(
        "Berlin weekdays", "0 9 * * 1-5", "Europe/Berlin", "2026-01-16T09:00:00+01:00",
        {"2026-01-19T09:00:00+01:00", "2026-01-20T09:00:00+01:00", "2026-01-21T09:00:00+01:00"});
    addRuns(
        "Berlin noon across spring DST", "0 12 * * *", "Europe/Berlin", "2026-03-28T12:00:00+01:00",
        {"2026-03-29T12:00:00+02:00", "2026-03-30T12:00:00+02:00", "2026-03-31T12:00:00+02:00"});
    addRuns(
        "Berlin start given in UTC", "0 0 * * *", "Europe/Berlin", "2026-06-30T22:00:00+00:00",
        {"2026-07-02T00:00:00+02:00", "2026-07-03T00:00:00+02:00", "2026-07-04T00:00:00+02:00"});
    addRuns(
        "New York weekdays", "30 8 * * MON-FRI", "America/New_York", "2026-07-03T09:00:00-04:00",
        {"2026-07-06T08:30:00-04:00", "2026-07-07T08:30:00-04:00", "2026-07-08T08:30:00-04:00"});
    addRuns(
        "New York noon across fall DST", "0 12 * * *", "America/New_York",
        "2026-10-31T12:00:00-04:00",
        {"2026-11-01T12:00:00-05:00", "2026-11-02T12:00:00-05:00", "2026-11-03T12:00:00-05:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 03-29T01:30+01:00 03-29T03:30+02:00
    // 03-30T01:30+02:00
    addRuns(
        "Berlin gap: 02:30 runs at 03:00", "30 2 * * *", "Europe/Berlin",
        "2026-03-28T12:00:00+01:00",
        {"2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00", "2026-03-31T02:30:00+02:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 03-29T03:00+02:00 03-30T01:00+02:00
    // 03-30T02:00+02:00
    addRuns(
        "Berlin gap: */15 in hour 2 coalesces", "*/15 2 * * *", "Europe/Berlin",
        "2026-03-29T00:00:00+01:00",
        {"2026-03-29T03:00:00+02:00", "2026-03-30T02:00:00+02:00", "2026-03-30T02:15:00+02:00"});
    addRuns(
        "Berlin gap: 03:00 unaffected", "0 3 * * *", "Europe/Berlin", "2026-03-28T12:00:00+01:00",
        {"2026-03-29T03:00:00+02:00", "2026-03-30T03:00:00+02:00", "2026-03-31T03:00:00+02:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 03-29T03:00+02:00 03-30T01:00+02:00
    // 03-30T02:00+02:00
    addRuns(
        "Berlin gap: 02:00 and 03:00 run once", "0 2,3 * * *", "Europe/Berlin",
        "2026-03-29T00:00:00+01:00",
        {"2026-03-29T03:00:00+02:00", "2026-03-30T02:00:00+02:00", "2026-03-30T03:00:00+02:00"});
    addRuns("Berlin gap: */30 all day", "*/30 * * * *", "Europe/Berlin",
            "2026-03-29T01:10:00+01:00",
            {"2026-03-29T01:30:00+01:00", "2026-03-29T03:00:00+02:00", "2026-03-29T03:30:00+02:00",
             "2026-03-29T04:00:00+02:00"});
    addRuns(
        "Berlin gap: hourly", "0 * * * *", "Europe/Berlin", "2026-03-29T00:30:00+01:00",
        {"2026-03-29T01:00:00+01:00", "2026-03-29T03:00:00+02:00", "2026-03-29T04:00:00+02:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 03-29T01:59+01:00 03-30T00:59+02:00
    // 03-30T01:59+02:00
    addRuns(
        "Berlin gap: 01:59 before the gap", "59 1 * * *", "Europe/Berlin",
        "2026-03-28T12:00:00+01:00",
        {"2026-03-29T01:59:00+01:00", "2026-03-30T01:59:00+02:00", "2026-03-31T01:59:00+02:00"});
    addRuns(
        "Berlin fold: 02:30 once", "30 2 * * *", "Europe/Berlin", "2026-10-24T12:00:00+02:00",
        {"2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00", "2026-10-27T02:30:00+01:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 10-25T02:00+02:00 10-25T02:30+02:00
    // 10-25T02:00+01:00 10-25T02:30+01:00
    addRuns("Berlin fold: */30 first pass only", "*/30 * * * *", "Europe/Berlin",
            "2026-10-25T01:40:00+02:00",
            {"2026-10-25T02:00:00+02:00", "2026-10-25T02:30:00+02:00", "2026-10-25T03:00:00+01:00",
             "2026-10-25T03:30:00+01:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 10-25T02:30+01:00 10-25T03:00+01:00
    // 10-25T03:30+01:00
    addRuns(
        "Berlin fold: start in second pass", "*/30 * * * *", "Europe/Berlin",
        "2026-10-25T02:10:00+01:00",
        {"2026-10-25T03:00:00+01:00", "2026-10-25T03:30:00+01:00", "2026-10-25T04:00:00+01:00"});
    addRuns("Berlin fold: after first 02:30", "30 2 * * *", "Europe/Berlin",
            "2026-10-25T02:40:00+02:00",
            {"2026-10-26T02:30:00+01:00", "2026-10-27T02:30:00+01:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 10-25T01:00+02:00 10-25T02:00+02:00
    // 10-25T02:00+01:00 10-25T03:00+01:00
    addRuns("Berlin fold: hourly", "0 * * * *", "Europe/Berlin", "2026-10-25T00:30:00+02:00",
            {"2026-10-25T01:00:00+02:00", "2026-10-25T02:00:00+02:00", "2026-10-25T03:00:00+01:00",
             "2026-10-25T04:00:00+01:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 10-25T02:15+01:00 10-26T02:15+01:00
    addRuns("Berlin fold: second pass skips 02:15", "15 2 * * *", "Europe/Berlin",
            "2026-10-25T02:05:00+01:00",
            {"2026-10-26T02:15:00+01:00", "2026-10-27T02:15:00+01:00"});
    addRuns("Berlin fold: 03:00 unique", "0 3 * * *", "Europe/Berlin", "2026-10-24T12:00:00+02:00",
            {"2026-10-25T03:00:00+01:00", "2026-10-26T03:00:00+01:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 03-08T01:30-05:00 03-08T03:30-04:00
    // 03-09T01:30-04:00
    addRuns(
        "New York gap: 02:30 runs at 03:00", "30 2 * * *", "America/New_York",
        "2026-03-07T12:00:00-05:00",
        {"2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00", "2026-03-10T02:30:00-04:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 03-08T03:00-04:00 03-09T01:00-04:00
    // 03-09T02:00-04:00
    addRuns(
        "New York gap: */20 in hour 2 coalesces", "*/20 2 * * *", "America/New_York",
        "2026-03-08T00:00:00-05:00",
        {"2026-03-08T03:00:00-04:00", "2026-03-09T02:00:00-04:00", "2026-03-09T02:20:00-04:00"});
    addRuns(
        "New York gap: hourly", "0 * * * *", "America/New_York", "2026-03-08T00:30:00-05:00",
        {"2026-03-08T01:00:00-05:00", "2026-03-08T03:00:00-04:00", "2026-03-08T04:00:00-04:00"});
    addRuns(
        "New York fold: 01:30 once", "30 1 * * *", "America/New_York", "2026-10-31T12:00:00-04:00",
        {"2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00", "2026-11-03T01:30:00-05:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 11-01T01:00-04:00 11-01T01:30-04:00
    // 11-01T01:00-05:00 11-01T01:30-05:00 11-01T02:00-05:00
    addRuns("New York fold: */30 first pass only", "*/30 * * * *", "America/New_York",
            "2026-11-01T00:45:00-04:00",
            {"2026-11-01T01:00:00-04:00", "2026-11-01T01:30:00-04:00", "2026-11-01T02:00:00-05:00",
             "2026-11-01T02:30:00-05:00", "2026-11-01T03:00:00-05:00"});
    // DST rule, checked by hand; croniter 1.3.5 disagrees with: 11-01T01:30-05:00 11-01T02:00-05:00
    // 11-01T02:30-05:00
    addRuns(
        "New York fold: start in second pass", "*/30 * * * *", "America/New_York",
        "2026-11-01T01:10:00-05:00",
        {"2026-11-01T02:00:00-05:00", "2026-11-01T02:30:00-05:00", "2026-11-01T03:00:00-05:00"});
    addRuns("New York fold: 01:00 exactly", "0 1 * * *", "America/New_York",
            "2026-11-01T01:00:00-04:00",
            {"2026-11-02T01:00:00-05:00", "2026-11-03T01:00:00-05:00"});
    addRuns("New York fold: 02:00 unique", "0 2 * * *", "America/New_York",
            "2026-10-31T12:00:00-04:00",
            {"2026-11-01T02:00:00-05:00", "2026-11-02T02:00:00-05:00"});
    // February 29 exists in leap years only: found four years on at most.
    addRuns("February 29", "0 0 29 2 *", "UTC", "2026-01-01T00:00:00+00:00",
            {"2028-02-29T00:00:00+00:00", "2032-02-29T00:00:00+00:00"});
}

void TestCron::nextRuns()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, zone);
    QFETCH(QString, start);
    QFETCH(QStringList, expected);

    QString error;
    const CronExpression cron = CronExpression::parse(expression, &error);
    QVERIFY2(cron.isValid(), qPrintable(error));
    QVERIFY(error.isEmpty());
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());

    QDateTime after = fromIso(start);
    QVERIFY(after.isValid());
    QStringList actual;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QDateTime run = cron.next(after, tz);
        QVERIFY2(run > after, qPrintable(isoWithOffset(run)));
        QCOMPARE(run.time().second(), 0);
        actual.append(isoWithOffset(run));
        after = run;
    }
    if (expected.isEmpty())
        QVERIFY(!cron.next(after, tz).isValid());
    QCOMPARE(actual, expected);
}

void TestCron::invalid_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("mentions"); // the message must contain this
    QTest::addColumn<int>("column");       // and "(at column N)" when N > 0

    addInvalid("", "empty", 0);
    addInvalid("   \t ", "empty", 0);
    addInvalid("* * * *", "expected 5 fields", 0);
    addInvalid("* * * * * *", "got 6", 0);
    addInvalid("60 * * * *", "minute field", 1);
    addInvalid("* 24 * * *", "hour field", 3);
    addInvalid("* * 0 * *", "day-of-month field", 5);
    addInvalid("* * 32 * *", "day-of-month field", 5);
    addInvalid("* * * 13 *", "month field", 7);
    addInvalid("* * * 0 *", "month field", 7);
    addInvalid("30 12 * * 8", "day-of-week field", 11);
    addInvalid("5-1 * * * *", "minute field: range '5-1' is reversed", 1);
    addInvalid("*/0 * * * *", "minute field: step must be at least 1", 3);
    addInvalid("0 0-23/0 * * *", "hour field: step must be at least 1", 8);
    addInvalid("*/100 * * * *", "minute field", 3);
    addInvalid("1,,2 * * * *", "minute field: empty list item", 3);
    addInvalid("1, * * * *", "minute field: empty list item", 2);
    addInvalid(",5 * * * *", "minute field: empty list item", 1);
    addInvalid("* * * FOO *", "month field: unknown month name 'FOO'", 7);
    // expressions that can never match a date are refused (SPEC 3)
    addInvalid("0 0 30 2 *", "never matches a date", 0);
    addInvalid("0 0 31 4,6,9,11 *", "never matches a date", 0);
    addInvalid("0 0 30,31 feb *", "never matches a date", 0);
    addInvalid("0 0 * JAN-FOO *", "month field: unknown month name 'FOO'", 11);
    addInvalid("* * * * FUNDAY", "day-of-week field: unknown day name 'FUNDAY'", 9);
    addInvalid("0 0 * * MONDAY", "day-of-week field: unknown day name", 9);
    addInvalid("0 0 * * MON-SUN", "day-of-week field: range 'MON-SUN' is reversed", 9);
    addInvalid("abc * * * *", "minute field: 'abc' is not a number", 1);
    addInvalid("0 0 L * *", "day-of-month field", 5);
    addInvalid("0 0 * MON *", "month field: unknown month name 'MON'", 7);
    addInvalid("0 0 * * JAN", "day-of-week field: unknown day name 'JAN'", 9);
    addInvalid("1-2-3 * * * *", "minute field: unexpected '-3'", 4);
    addInvalid("*/ * * * *", "minute field: missing value after '/'", 2);
    addInvalid("5- * * * *", "minute field: missing value after '-'", 2);
    addInvalid("-5 * * * *", "minute field: unexpected", 1);
    addInvalid("** * * * *", "minute field: unexpected '*'", 2);
    addInvalid("1.5 * * * *", "minute field: unexpected '.5'", 2);
    addInvalid("* * * * ?", "day-of-week field: unexpected '?'", 9);
    addInvalid("0 0 * * 1#2", "day-of-week field: unexpected '#2'", 10);
    addInvalid("0 0 * * */x", "day-of-week field: unexpected 'x'", 11);
    addInvalid("0\t25 * * *", "hour field: '25' is out of range 0-23", 3);
    addInvalid("  0 0 * * 9", "day-of-week field", 11);
    addInvalid("@reboot", "'@reboot'", 0);
    addInvalid("@every 5m", "'@every'", 0);
    addInvalid("@daily extra", "unexpected 'extra' after @daily", 8);
}

void TestCron::invalid()
{
    QFETCH(QString, expression);
    QFETCH(QString, mentions);
    QFETCH(int, column);

    QString error;
    const CronExpression cron = CronExpression::parse(expression, &error);
    QVERIFY(!cron.isValid());
    QVERIFY(!cron.next(QDateTime::currentDateTimeUtc(), QTimeZone("UTC")).isValid());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    if (column > 0) {
        const QString at = QStringLiteral("(at column %1)").arg(column);
        QVERIFY2(error.contains(at), qPrintable(error));
    }
    // Also fine without an error pointer.
    QVERIFY(!CronExpression::parse(expression).isValid());
}

void TestCron::exactErrorMessages()
{
    QString error;
    QVERIFY(!CronExpression::parse(QStringLiteral("30 12 * * 8"), &error).isValid());
    QCOMPARE(error, QStringLiteral("day-of-week field: '8' is out of range 0-7 (at column 11)"));
    QVERIFY(!CronExpression::parse(QStringLiteral("0 2 * * * *"), &error).isValid());
    QCOMPARE(error, QStringLiteral(
                        "expected 5 fields (minute hour day-of-month month day-of-week), got 6"));
    QVERIFY(!CronExpression::parse(QStringLiteral("@reboot"), &error).isValid());
    QCOMPARE(error, QStringLiteral("unknown macro '@reboot' (supported: @yearly, @annually, "
                                   "@monthly, @weekly, @daily, @midnight, @hourly)"));
    // A successful parse clears a previous error.
    QVERIFY(CronExpression::parse(QStringLiteral("0 2 * * *"), &error).isValid());
    QVERIFY(error.isEmpty());
}

void TestCron::describe_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("description");

    const char *const rows[][2] = {
        {"0 2 * * *", "Every day at 02:00"},
        {"0 */6 * * *", "At minute 0 past every 6th hour"},
        {"*/15 * * * *", "Every 15 minutes"},
        {"30 2 * * 1-5", "At 02:30 on Monday through Friday"},
        {"0 4 1 * *", "At 04:00 on day 1 of the month"},
        {"0 0 1 * 0", "At 00:00 on day 1 and on Sunday"},
        {"* * * * *", "Every minute"},
        {"@hourly", "Every hour"},
        {"15 * * * *", "At minute 15 past every hour"},
        {"0 9,17 * * *", "Every day at 09:00 and 17:00"},
        {"@yearly", "At 00:00 on January 1"},
        {"@weekly", "At 00:00 on Sunday"},
        {"*/5 9-17 * * MON-FRI",
         "At every 5th minute past hours 9 through 17 on Monday through Friday"},
        {"0 3 */2 * MON", "At 03:00 on every 2nd day of the month if it is Monday"},
        {"0 0 1,15 * *", "At 00:00 on days 1 and 15 of the month"},
        {"30 1 * JAN,APR,JUL,OCT *", "Every day at 01:30 in January, April, July and October"},
        {"0 0 * * 6,0", "At 00:00 on Saturday and Sunday"},
        {"0 0 * * 5-7", "At 00:00 on Friday through Sunday"},
        {"* 2 * * *", "Every minute from 02:00 through 02:59"},
        {"0 12 1-7 * *", "At 12:00 on days 1 through 7 of the month"},
        {"0 0 1-31 * MON", "Every day at 00:00"}, // OR with an all-days field: every day
        {"0 8-18/2 * * *", "At minute 0 past every 2nd hour from 8 through 18"},
        {"0,30 9-17 * * *", "At minutes 0 and 30 past hours 9 through 17"},
        {"0 0 1 */3 *", "At 00:00 on day 1 of the month in January, April, July and October"},
    };
    for (const auto &row : rows)
        QTest::newRow(row[0]) << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1]);
}

void TestCron::describe()
{
    QFETCH(QString, expression);
    QFETCH(QString, description);
    const CronExpression cron = CronExpression::parse(expression);
    QVERIFY(cron.isValid());
    QCOMPARE(cron.describe(), description);
}

void TestCron::basics()
{
    const CronExpression none;
    QVERIFY(!none.isValid());
    QVERIFY(none.text().isEmpty());
    QVERIFY(!none.next(QDateTime::currentDateTimeUtc()).isValid());

    const CronExpression cron = CronExpression::parse(QStringLiteral("  0 2 * * *\t"));
    QVERIFY(cron.isValid());
    QCOMPARE(cron.text(), QStringLiteral("0 2 * * *"));
    QCOMPARE(CronExpression::parse(QStringLiteral("@Daily")).text(), QStringLiteral("@Daily"));

    // An invalid `after` or zone gives an invalid result.
    QVERIFY(!cron.next(QDateTime(), QTimeZone("UTC")).isValid());
    QVERIFY(!cron.next(QDateTime::currentDateTimeUtc(), QTimeZone()).isValid());

    // Milliseconds: strictly after, on whole minutes.
    const QTimeZone utc("UTC");
    const QDateTime at = fromIso(QStringLiteral("2026-01-15T02:00:00.001Z"));
    QCOMPARE(isoWithOffset(cron.next(at, utc)), QStringLiteral("2026-01-16T02:00:00+00:00"));
    const QDateTime before = fromIso(QStringLiteral("2026-01-15T01:59:59.999Z"));
    QCOMPARE(isoWithOffset(cron.next(before, utc)), QStringLiteral("2026-01-15T02:00:00+00:00"));

    // Each macro equals its expansion.
    const char *const macros[][2] = {
        {"@hourly", "0 * * * *"},   {"@daily", "0 0 * * *"},   {"@midnight", "0 0 * * *"},
        {"@weekly", "0 0 * * 0"},   {"@monthly", "0 0 1 * *"}, {"@yearly", "0 0 1 1 *"},
        {"@annually", "0 0 1 1 *"},
    };
    const QTimeZone berlin("Europe/Berlin");
    for (const auto &macro : macros) {
        const CronExpression a = CronExpression::parse(QString::fromUtf8(macro[0]));
        const CronExpression b = CronExpression::parse(QString::fromUtf8(macro[1]));
        QVERIFY(a.isValid() && b.isValid());
        QDateTime t = fromIso(QStringLiteral("2026-10-20T10:00:00+02:00"));
        for (int i = 0; i < 10; ++i) {
            const QDateTime next = a.next(t, berlin);
            QCOMPARE(next, b.next(t, berlin));
            t = next;
        }
        QCOMPARE(a.describe(), b.describe());
    }
}

// Around many DST transitions (including a 30-minute shift and a skipped day), next() is
// always strictly after `after`, and repeated calls never go backwards.
void TestCron::neverAtOrBeforeAfter()
{
    const char *const expressions[] = {
        "* * * * *",      "*/7 * * * *",   "0 * * * *",      "30 2 * * *",
        "*/15 2 * * *",   "0 2,3 * * *",   "59 1 * * *",     "15,45 0-4 * * *",
        "0 0 * * *",      "0 12 * * SUN",  "*/20 1-3 * * *", "30 1 * * *",
        "0 3 1,29 * FRI", "5 */2 */2 * *", "0 0 29 2 *",     "@hourly",
    };
    struct Around
    {
        const char *zone;
        const char *transition; // roughly, as ISO
    };
    const Around arounds[] = {
        {"Europe/Berlin", "2026-03-29T01:00:00Z"},
        {"Europe/Berlin", "2026-10-25T01:00:00Z"},
        {"America/New_York", "2026-03-08T07:00:00Z"},
        {"America/New_York", "2026-11-01T06:00:00Z"},
        {"Australia/Lord_Howe", "2026-04-04T15:00:00Z"}, // 30-minute shift
        {"Australia/Lord_Howe", "2026-10-03T15:30:00Z"},
        {"Pacific/Apia", "2011-12-30T10:00:00Z"},      // 2011-12-30 did not exist in Samoa
        {"America/Sao_Paulo", "2018-11-04T03:00:00Z"}, // DST started at midnight
        {"UTC", "2026-01-01T00:00:00Z"},
    };
    int checked = 0;
    for (const Around &around : arounds) {
        const QTimeZone zone(around.zone);
        QVERIFY2(zone.isValid(), around.zone);
        const QDateTime centre = fromIso(QString::fromUtf8(around.transition));
        for (const char *text : expressions) {
            const CronExpression cron = CronExpression::parse(QString::fromUtf8(text));
            QVERIFY(cron.isValid());
            for (int k = -40; k <= 40; ++k) {
                // Steps of 7 min 13 s so that starts fall on and between whole minutes.
                QDateTime after = centre.addSecs(k * 433);
                for (int i = 0; i < 4; ++i) {
                    const QDateTime run = cron.next(after, zone);
                    if (!run.isValid())
                        break; // e.g. Feb 29 beyond 5 years
                    if (run <= after) {
                        QFAIL(qPrintable(QStringLiteral("%1 in %2: next(%3) = %4")
                                             .arg(QString::fromUtf8(text),
                                                  QString::fromUtf8(around.zone),
                                                  isoWithOffset(after), isoWithOffset(run))));
                    }
                    ++checked;
                    after = run;
                }
            }
        }
    }
    QVERIFY(checked > 10000);
}

// next(after) works in the system zone and returns local time. Qt 6.4 reads TZ for the
// system zone, and CronExpression refreshes its cached system zone when TZ changes.
void TestCron::systemZone()
{
    const QByteArray savedTz = qEnvironmentVariableIsSet("TZ") ? qgetenv("TZ") : QByteArray();
    const CronExpression cron = CronExpression::parse(QStringLiteral("30 2 * * *"));

    setTz("America/New_York");
    QDateTime run = cron.next(fromIso(QStringLiteral("2026-03-07T12:00:00-05:00")));
    QCOMPARE(run.timeSpec(), Qt::LocalTime);
    QCOMPARE(isoWithOffset(run), QStringLiteral("2026-03-08T03:00:00-04:00"));
    run = cron.next(fromIso(QStringLiteral("2026-10-31T12:00:00Z")));
    QCOMPARE(isoWithOffset(run), QStringLiteral("2026-11-01T02:30:00-05:00"));
    // The same instant through the two-argument form with the system zone (in that zone).
    run = cron.next(fromIso(QStringLiteral("2026-03-07T12:00:00-05:00")),
                    QTimeZone::systemTimeZone());
    QCOMPARE(run.timeSpec(), Qt::TimeZone);
    QCOMPARE(isoWithOffset(run), QStringLiteral("2026-03-08T03:00:00-04:00"));

    setTz("Europe/Berlin");
    run = cron.next(fromIso(QStringLiteral("2026-10-24T12:00:00+02:00")));
    QCOMPARE(run.timeSpec(), Qt::LocalTime);
    QCOMPARE(isoWithOffset(run), QStringLiteral("2026-10-25T02:30:00+02:00"));
    QCOMPARE(run.toMSecsSinceEpoch(),
             fromIso(QStringLiteral("2026-10-25T00:30:00Z")).toMSecsSinceEpoch());

    // An explicit other zone is not turned into local time.
    run = cron.next(fromIso(QStringLiteral("2026-10-24T12:00:00+02:00")),
                    QTimeZone("America/New_York"));
    QCOMPARE(run.timeSpec(), Qt::TimeZone);
    QCOMPARE(isoWithOffset(run), QStringLiteral("2026-10-25T02:30:00-04:00"));

    setTz(savedTz);
}

QTEST_GUILESS_MAIN(TestCron)
#include "tst_cron.moc"
