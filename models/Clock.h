#pragma once

#include <QDateTime>
#include <QObject>

namespace borgtide {

// The scheduler's view of time, injectable so tests move time instead of waiting
// (KeePassXC's Clock idea).
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QDateTime now() const = 0;
    // Milliseconds the computer has spent suspended since boot (Linux: CLOCK_BOOTTIME minus
    // CLOCK_MONOTONIC); grows across a suspend, so the scheduler can tell sleep from a clock
    // change. 0 where unknown.
    virtual qint64 suspendedMs() const = 0;

Q_SIGNALS:
    // Time moved in a way timers do not notice (a test clock was moved; a resume).
    void jumped();
};

class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    QDateTime now() const override { return QDateTime::currentDateTime(); }
    qint64 suspendedMs() const override;
};

// A clock for tests: time stands still until advance() or suspend().
class ManualClock final : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(const QDateTime &start, QObject *parent = nullptr)
        : Clock(parent)
        , m_now(start)
    {}
    QDateTime now() const override { return m_now; }
    qint64 suspendedMs() const override { return m_suspended; }
    void advance(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        Q_EMIT jumped();
    }
    void set(const QDateTime &t)
    {
        m_now = t;
        Q_EMIT jumped();
    }
    // The computer sleeps for `ms`: wall time moves on, awake time does not.
    void suspend(qint64 ms)
    {
        m_suspended += ms;
        advance(ms);
    }

private:
    QDateTime m_now;
    qint64 m_suspended = 0;
};

} // namespace borgtide
