// Linux facts for the scheduler (SPEC 3 "Where the facts come from"): UPower's OnBattery,
// NetworkManager's Metered and the primary connection's access point SSID, read over the system
// D-Bus with asynchronous calls only and kept current from PropertiesChanged; mount events from
// /proc/self/mountinfo (the kernel flags it with POLLPRI when the mount table changes).
#include "app/platform/MountWatcher.h"
#include "app/platform/NetworkState.h"
#include "app/platform/PowerState.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <fcntl.h>
#include <functional>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcFacts, "borgtide.facts")

namespace borgtide::platform {

namespace {

const QString kProps = QStringLiteral("org.freedesktop.DBus.Properties");
const QString kUPower = QStringLiteral("org.freedesktop.UPower");
const QString kUPowerPath = QStringLiteral("/org/freedesktop/UPower");
const QString kNm = QStringLiteral("org.freedesktop.NetworkManager");
const QString kNmPath = QStringLiteral("/org/freedesktop/NetworkManager");
const QString kNmActive = QStringLiteral("org.freedesktop.NetworkManager.Connection.Active");
const QString kNmDevice = QStringLiteral("org.freedesktop.NetworkManager.Device.Wireless");
const QString kNmAp = QStringLiteral("org.freedesktop.NetworkManager.AccessPoint");

// Asks for one property without waiting; `done` gets the value (invalid on any error).
void getProperty(QObject *context, const QString &service, const QString &path,
                 const QString &interface, const QString &name,
                 std::function<void(const QVariant &)> done)
{
    QDBusMessage msg = QDBusMessage::createMethodCall(service, path, kProps, QStringLiteral("Get"));
    msg << interface << name;
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(msg, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         const QDBusPendingReply<QDBusVariant> reply = *watcher;
                         done(reply.isError() ? QVariant() : reply.value().variant());
                     });
}

class UPowerState final : public PowerState
{
    Q_OBJECT
public:
    explicit UPowerState(QObject *parent)
        : PowerState(parent)
    {
        QDBusConnection bus = QDBusConnection::systemBus();
        if (!bus.isConnected()) {
            qCDebug(lcFacts) << "no system bus: counted as on mains power";
            m_answered = true;
            return;
        }
        bus.connect(kUPower, kUPowerPath, kProps, QStringLiteral("PropertiesChanged"), this,
                    SLOT(propertiesChanged(QString, QVariantMap, QStringList)));
        refresh();
    }
    bool onBattery() const override { return m_onBattery; }
    bool hasAnswered() const override { return m_answered; }

private Q_SLOTS:
    void propertiesChanged(const QString &interface, const QVariantMap &changed,
                           const QStringList &invalidated)
    {
        if (interface != kUPower)
            return;
        const auto it = changed.constFind(QStringLiteral("OnBattery"));
        if (it != changed.cend())
            set(it->toBool());
        else if (invalidated.contains(QStringLiteral("OnBattery")))
            refresh();
    }

private:
    void refresh()
    {
        getProperty(this, kUPower, kUPowerPath, kUPower, QStringLiteral("OnBattery"),
                    [this](const QVariant &v) {
                        set(v.isValid() && v.toBool());
                        if (!m_answered) {
                            m_answered = true;
                            Q_EMIT answered();
                        }
                    });
    }
    void set(bool onBattery)
    {
        if (onBattery == m_onBattery)
            return;
        m_onBattery = onBattery;
        qCInfo(lcFacts) << (onBattery ? "on battery" : "on mains power");
        Q_EMIT changed();
    }
    bool m_onBattery = false;
    bool m_answered = false;
};

class NmNetworkState final : public NetworkState
{
    Q_OBJECT
public:
    explicit NmNetworkState(QObject *parent)
        : NetworkState(parent)
    {
        QDBusConnection bus = QDBusConnection::systemBus();
        if (!bus.isConnected()) {
            qCDebug(lcFacts) << "no system bus: not metered, Wi-Fi unknown";
            m_answered = true;
            return;
        }
        // every NetworkManager object: the manager, the primary connection, the access point
        bus.connect(kNm, QString(), kProps, QStringLiteral("PropertiesChanged"), this,
                    SLOT(propertiesChanged(QString, QVariantMap, QStringList)));
        refresh();
    }
    bool metered() const override { return m_metered; }
    std::optional<QString> wifiSsid() const override { return m_ssid; }
    bool isAvailable() const override { return m_available; }
    bool hasAnswered() const override { return m_answered; }

private Q_SLOTS:
    void propertiesChanged(const QString &interface, const QVariantMap &changed,
                           const QStringList &)
    {
        if (interface == QLatin1String("org.freedesktop.NetworkManager") ||
            interface == kNmActive || interface == kNmDevice || interface == kNmAp)
            refresh();
        Q_UNUSED(changed)
    }

private:
    // Reads Metered, then PrimaryConnection -> its SpecificObject (the access point) -> Ssid.
    void refresh()
    {
        const quint64 generation = ++m_generation;
        getProperty(this, kNm, kNmPath, kNm, QStringLiteral("Metered"),
                    [this, generation](const QVariant &v) {
                        if (generation != m_generation)
                            return;
                        if (!v.isValid()) {
                            publish(false, false, std::nullopt);
                            return;
                        }
                        const uint m = v.toUInt();
                        const bool isMetered = m == 1 || m == 3; // yes, guess-yes
                        readPrimary(generation, isMetered);
                    });
    }
    void readPrimary(quint64 generation, bool isMetered)
    {
        getProperty(this, kNm, kNmPath, kNm, QStringLiteral("PrimaryConnection"),
                    [this, generation, isMetered](const QVariant &v) {
                        if (generation != m_generation)
                            return;
                        const QString path = v.value<QDBusObjectPath>().path();
                        if (path.isEmpty() || path == QLatin1String("/")) {
                            publish(true, isMetered, std::nullopt);
                            return;
                        }
                        getProperty(this, kNm, path, kNmActive, QStringLiteral("SpecificObject"),
                                    [this, generation, isMetered](const QVariant &ap) {
                                        if (generation != m_generation)
                                            return;
                                        readSsid(generation, isMetered,
                                                 ap.value<QDBusObjectPath>().path());
                                    });
                    });
    }
    void readSsid(quint64 generation, bool isMetered, const QString &apPath)
    {
        if (!apPath.startsWith(QLatin1String("/org/freedesktop/NetworkManager/AccessPoint/"))) {
            publish(true, isMetered, std::nullopt);
            return;
        }
        getProperty(this, kNm, apPath, kNmAp, QStringLiteral("Ssid"),
                    [this, generation, isMetered](const QVariant &v) {
                        if (generation != m_generation)
                            return;
                        const QByteArray ssid = v.toByteArray();
                        publish(true, isMetered,
                                ssid.isEmpty() ? std::nullopt
                                               : std::optional<QString>(QString::fromUtf8(ssid)));
                    });
    }
    void publish(bool available, bool isMetered, std::optional<QString> ssid)
    {
        const bool first = !m_answered;
        m_answered = true;
        if (available == m_available && isMetered == m_metered && ssid == m_ssid) {
            if (first)
                Q_EMIT answered();
            return;
        }
        m_available = available;
        m_metered = isMetered;
        m_ssid = std::move(ssid);
        qCInfo(lcFacts) << "network:" << (m_metered ? "metered" : "not metered")
                        << "Wi-Fi:" << m_ssid.value_or(QStringLiteral("(none)"));
        Q_EMIT changed();
        if (first)
            Q_EMIT answered();
    }
    quint64 m_generation = 0;
    bool m_answered = false;
    bool m_available = false;
    bool m_metered = false;
    std::optional<QString> m_ssid;
};

class MountInfoWatcher final : public MountWatcher
{
    Q_OBJECT
public:
    explicit MountInfoWatcher(QObject *parent)
        : MountWatcher(parent)
    {
        m_fd = ::open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            qCWarning(lcFacts) << "cannot watch /proc/self/mountinfo: mount events are missed";
            return;
        }
        drain();
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Exception, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            drain();
            Q_EMIT mountsChanged();
        });
    }
    ~MountInfoWatcher() override
    {
        delete m_notifier;
        if (m_fd >= 0)
            ::close(m_fd);
    }

private:
    // Reading the file to its end re-arms the POLLPRI notification.
    void drain()
    {
        ::lseek(m_fd, 0, SEEK_SET);
        char buffer[8192];
        while (::read(m_fd, buffer, sizeof buffer) > 0) {
        }
    }
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace

std::unique_ptr<PowerState> createPowerState(QObject *parent)
{
    return std::make_unique<UPowerState>(parent);
}

std::unique_ptr<NetworkState> createNetworkState(QObject *parent)
{
    return std::make_unique<NmNetworkState>(parent);
}

std::unique_ptr<MountWatcher> createMountWatcher(QObject *parent)
{
    return std::make_unique<MountInfoWatcher>(parent);
}

} // namespace borgtide::platform

#include "LinuxFacts.moc"
