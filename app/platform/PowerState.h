#pragma once

#include <QObject>

#include <memory>

namespace borgtide::platform {

// Whether the computer runs on battery (SPEC 3 "Where the facts come from"): UPower on Linux,
// IOKit power sources on macOS, the system power status on Windows. A missing service counts
// as "on mains power". Changes come from the service's change signals, never from polling.
class PowerState : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual bool onBattery() const = 0; // false when unknown or the service is missing

    // Whether the first answer of the service (or the news that there is none) has arrived; a
    // one-shot check (`run --scheduled`) waits for it so it never decides on a default.
    virtual bool hasAnswered() const { return true; }
Q_SIGNALS:
    void changed();
    void answered();
};

std::unique_ptr<PowerState> createPowerState(QObject *parent = nullptr);

} // namespace borgtide::platform
