#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace borgtide::platform {

// The network connection's facts (SPEC 3): NetworkManager on Linux (Metered 1 or 3 mean
// metered; the SSID of the primary connection's access point), the network path's "expensive"
// flag on macOS, the connection cost on Windows. A missing service counts as "not metered".
class NetworkState : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual bool metered() const = 0; // false when unknown or the service is missing
    // The SSID of the primary connection's access point; nullopt when not on Wi-Fi or unknown.
    virtual std::optional<QString> wifiSsid() const = 0;
    // Whether the service answered at all (Wi-Fi conditions fail without it).
    virtual bool isAvailable() const = 0;

    // Whether the first answer of the service (or the news that there is none) has arrived; a
    // one-shot check (`run --scheduled`) waits for it so it never decides on a default.
    virtual bool hasAnswered() const { return true; }
Q_SIGNALS:
    void changed();
    void answered();
};

std::unique_ptr<NetworkState> createNetworkState(QObject *parent = nullptr);

} // namespace borgtide::platform
