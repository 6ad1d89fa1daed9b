#pragma once

#include <QObject>

namespace borgtide {

// Tells the scheduler the computer resumed from sleep (logind's PrepareForSleep(false) over the
// system D-Bus, where there is one), so due runs are caught up at once instead of at the next
// wake-up. The scheduler also notices sleep by itself from the clocks; this only makes it prompt.
class SleepWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SleepWatcher(QObject *parent = nullptr);
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    void resumed();

private Q_SLOTS:
    void prepareForSleep(bool sleeping);

private:
    bool m_watching = false;
};

} // namespace borgtide
