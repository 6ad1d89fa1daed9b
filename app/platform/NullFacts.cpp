// Null objects for the facts the scheduler reads (until a platform implementation is chosen).
#include "app/platform/MountWatcher.h"
#include "app/platform/NetworkState.h"
#include "app/platform/PowerState.h"

namespace borgtide::platform {

namespace {

class NullPowerState final : public PowerState
{
public:
    using PowerState::PowerState;
    bool onBattery() const override { return false; }
};

class NullNetworkState final : public NetworkState
{
public:
    using NetworkState::NetworkState;
    bool metered() const override { return false; }
    std::optional<QString> wifiSsid() const override { return std::nullopt; }
    bool isAvailable() const override { return false; }
};

class NullMountWatcher final : public MountWatcher
{
public:
    using MountWatcher::MountWatcher;
};

} // namespace

std::unique_ptr<PowerState> createPowerState(QObject *parent)
{
    return std::make_unique<NullPowerState>(parent);
}

std::unique_ptr<NetworkState> createNetworkState(QObject *parent)
{
    return std::make_unique<NullNetworkState>(parent);
}

std::unique_ptr<MountWatcher> createMountWatcher(QObject *parent)
{
    return std::make_unique<NullMountWatcher>(parent);
}

} // namespace borgtide::platform
