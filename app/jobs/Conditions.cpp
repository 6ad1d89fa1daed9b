#include "app/jobs/Conditions.h"

#include "app/platform/NetworkState.h"
#include "app/platform/PowerState.h"

#include <QFileInfo>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace borgtide {

ConditionChecker::ConditionChecker(platform::PowerState *power, platform::NetworkState *network,
                                   QObject *parent)
    : QObject(parent)
    , m_power(power)
    , m_network(network)
{}

bool ConditionChecker::isLocalReachable(const Repository &repository)
{
    return QFileInfo(repository.location).isDir();
}

void ConditionChecker::probe(const Repository &repository, QObject *context,
                             std::function<void(bool)> answer)
{
    if (!repository.isRemote()) {
        answer(isLocalReachable(repository));
        return;
    }
    const QUrl url(repository.location);
    if (!url.isValid() || url.host().isEmpty()) {
        answer(false);
        return;
    }
    auto *socket = new QTcpSocket(context);
    auto *timer = new QTimer(socket);
    auto done = std::make_shared<bool>(false);
    auto finish = [socket, answer, done](bool ok) {
        if (*done)
            return;
        *done = true;
        socket->abort();
        socket->deleteLater();
        answer(ok);
    };
    QObject::connect(socket, &QTcpSocket::connected, socket, [finish]() { finish(true); });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket,
                     [finish](QAbstractSocket::SocketError) { finish(false); });
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, socket, [finish]() { finish(false); });
    timer->start(5000);
    socket->connectToHost(url.host(), quint16(url.port(22)));
}

std::optional<QString> ConditionChecker::checkLocal(const Schedule &s) const
{
    const Conditions &c = s.conditions;
    if (c.onAcPower && m_power && m_power->onBattery())
        return QStringLiteral("Skipped: running on battery");
    if (c.unmeteredNetwork && m_network && m_network->metered())
        return QStringLiteral("Skipped: the network connection is metered");
    const bool wifiKnown = m_network && m_network->isAvailable();
    const std::optional<QString> ssid =
        wifiKnown ? m_network->wifiSsid() : std::optional<QString>();
    if (!c.allowedWifi.isEmpty() && (!ssid || !c.allowedWifi.contains(*ssid)))
        return QStringLiteral("Skipped: not on an allowed Wi-Fi network");
    if (!c.blockedWifi.isEmpty() && (!wifiKnown || (ssid && c.blockedWifi.contains(*ssid))))
        return QStringLiteral("Skipped: on a blocked Wi-Fi network");
    if (c.repositoryReachable) {
        bool remote = false;
        for (const Repository &r : s.repositories) {
            if (r.isRemote())
                remote = true;
            else if (!isLocalReachable(r))
                return QStringLiteral("Skipped: repository '%1' is not reachable").arg(r.name);
        }
        if (remote)
            return std::nullopt; // hosts to ask
    }
    return QString();
}

void ConditionChecker::check(const Schedule &schedule, Answer answer)
{
    if (const auto local = checkLocal(schedule)) {
        answer(*local);
        return;
    }
    // every local repository is there; ask the hosts, one after another
    auto remaining = std::make_shared<QList<Repository>>();
    for (const Repository &r : schedule.repositories) {
        if (r.isRemote())
            remaining->append(r);
    }
    auto next = std::make_shared<std::function<void()>>();
    QPointer<ConditionChecker> self(this);
    *next = [self, remaining, next, answer]() {
        if (!self)
            return;
        if (remaining->isEmpty()) {
            answer(QString());
            *next = nullptr;
            return;
        }
        const Repository r = remaining->takeFirst();
        probe(r, self, [self, r, next, answer](bool ok) {
            if (!self)
                return;
            if (!ok) {
                answer(QStringLiteral("Skipped: repository '%1' is not reachable").arg(r.name));
                *next = nullptr;
                return;
            }
            (*next)();
        });
    };
    (*next)();
}

} // namespace borgtide
