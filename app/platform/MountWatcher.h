#pragma once

#include <QObject>

#include <memory>

namespace borgtide::platform {

// Tells when file systems are mounted or unmounted (a backup drive plugged in), from mount
// events, never by polling: on Linux /proc/self/mountinfo with poll() POLLPRI.
class MountWatcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void mountsChanged();
};

std::unique_ptr<MountWatcher> createMountWatcher(QObject *parent = nullptr);

} // namespace borgtide::platform
