#pragma once

#include "app/platform/NetworkState.h"
#include "app/platform/PowerState.h"
#include "models/Schedule.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace borgtide {

// Whether a scheduled run may start now (SPEC 3 "Conditions"). Runs a user starts by hand
// never ask; `borgtide run --scheduled` and the scheduler do. The answer is empty when every
// condition holds, else the message of the first that fails, e.g. "Skipped: running on
// battery". Asynchronous, because an ssh:// repository is reachable only if its host answers.
class ConditionChecker final : public QObject
{
    Q_OBJECT
public:
    // Either may be null: a missing service counts as mains power and not metered (and the
    // Wi-Fi conditions fail).
    ConditionChecker(platform::PowerState *power, platform::NetworkState *network,
                     QObject *parent = nullptr);

    void setFacts(platform::PowerState *power, platform::NetworkState *network)
    {
        m_power = power;
        m_network = network;
    }

    using Answer = std::function<void(const QString &failure)>;
    // `answer` is called once (possibly before check() returns).
    void check(const Schedule &schedule, Answer answer);
    // The conditions that need no network round trip; nullopt when an ssh:// host must be
    // asked (check() does that).
    std::optional<QString> checkLocal(const Schedule &schedule) const;

    // Whether `repository` can be reached now: a local folder that exists, or an ssh:// host
    // that resolves and accepts a connection within a few seconds.
    static void probe(const Repository &repository, QObject *context,
                      std::function<void(bool)> answer);
    static bool isLocalReachable(const Repository &repository);

private:
    QPointer<platform::PowerState> m_power;
    QPointer<platform::NetworkState> m_network;
};

} // namespace borgtide
