// The Linux facts against python3-dbusmock on a private system bus: UPower's OnBattery and its
// change, NetworkManager's Metered and its change, logind's PrepareForSleep(false) as a resume,
// and a real bind mount seen by the mountinfo watcher.
#include "TestUtil.h"
#include "app/platform/MountWatcher.h"
#include "app/platform/NetworkState.h"
#include "app/platform/PowerState.h"
#include "app/platform/SleepWatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace borgtide;

class TestFacts : public QObject
{
    Q_OBJECT

private:
    QProcess m_bus;
    std::vector<std::unique_ptr<QProcess>> m_mocks;
    QTemporaryDir m_dir;

    bool startMock(const QString &busName, const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // the system python, where python3-dbusmock is installed
        const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                                   ? QStringLiteral("/usr/bin/python3")
                                   : QStringLiteral("python3");
        p->start(python, QStringList{QStringLiteral("-m"), QStringLiteral("dbusmock"),
                                     QStringLiteral("--system")} +
                             args);
        if (!p->waitForStarted())
            return false;
        m_mocks.push_back(std::move(p));
        QDBusConnection bus = QDBusConnection::systemBus();
        for (int i = 0; i < 100; ++i) {
            QDBusMessage m = QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
            m << busName;
            const QDBusMessage r = bus.call(m);
            if (!r.arguments().isEmpty() && r.arguments().first().toBool())
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    static QDBusMessage mockCall(const QString &service, const QString &path, const QString &method,
                                 const QVariantList &args)
    {
        QDBusMessage m = QDBusMessage::createMethodCall(
            service, path, QStringLiteral("org.freedesktop.DBus.Mock"), method);
        m.setArguments(args);
        return QDBusConnection::systemBus().call(m);
    }
    static QDBusMessage setProperty(const QString &service, const QString &path,
                                    const QString &iface, const QString &name,
                                    const QVariant &value)
    {
        QDBusMessage m = QDBusMessage::createMethodCall(
            service, path, QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Set"));
        m << iface << name << QVariant::fromValue(QDBusVariant(value));
        return QDBusConnection::systemBus().call(m);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("dbus-daemon is not installed");
        // a private bus stands in for the system bus, before anything connects to it
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address")});
        QVERIFY(m_bus.waitForStarted());
        QVERIFY(m_bus.waitForReadyRead(10000));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(!address.isEmpty());
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", address);
        QVERIFY(QDBusConnection::systemBus().isConnected());
        QVERIFY(startMock(QStringLiteral("org.freedesktop.UPower"),
                          {QStringLiteral("--template"), QStringLiteral("upower"),
                           QStringLiteral("-p"), QStringLiteral("{\"OnBattery\": true}")}));
        QVERIFY(startMock(QStringLiteral("org.freedesktop.NetworkManager"),
                          {QStringLiteral("--template"), QStringLiteral("networkmanager")}));
        QVERIFY(startMock(QStringLiteral("org.freedesktop.login1"),
                          {QStringLiteral("--template"), QStringLiteral("logind")}));
    }

    void cleanupTestCase()
    {
        for (auto &p : m_mocks) {
            p->terminate();
            p->waitForFinished(5000);
        }
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    void powerStateAndItsChange()
    {
        const auto power = platform::createPowerState();
        QSignalSpy changed(power.get(), &platform::PowerState::changed);
        QTRY_VERIFY_WITH_TIMEOUT(power->onBattery(), 5000);
        changed.clear();
        const QDBusMessage r = setProperty(
            QStringLiteral("org.freedesktop.UPower"), QStringLiteral("/org/freedesktop/UPower"),
            QStringLiteral("org.freedesktop.UPower"), QStringLiteral("OnBattery"), false);
        QVERIFY2(r.type() != QDBusMessage::ErrorMessage, qPrintable(r.errorMessage()));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QVERIFY(!power->onBattery());
    }

    // `run --scheduled` waits for the services' first answer and holds a run back on battery;
    // a run by hand ignores conditions; back on mains power the scheduled run goes ahead.
    void scheduledRunHonoursThePowerStateByHandIgnoresIt()
    {
        const auto onBattery = [](bool value) {
            return setProperty(
                QStringLiteral("org.freedesktop.UPower"), QStringLiteral("/org/freedesktop/UPower"),
                QStringLiteral("org.freedesktop.UPower"), QStringLiteral("OnBattery"), value);
        };
        QVERIFY(onBattery(true).type() != QDBusMessage::ErrorMessage);
        const QString repo = m_dir.filePath(QStringLiteral("repo"));
        const QString src = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(src));
        QCOMPARE(
            QProcess::execute(QStringLiteral("borg"),
                              {QStringLiteral("init"), QStringLiteral("--encryption=none"), repo}),
            0);
        const QString file = m_dir.filePath(QStringLiteral("laptop.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"format": "borgtide-schedules", "version": 1, "schedules": [
            {"name": "Laptop", "repository": {"name": "disk", "location": "%1",
             "encryption": "none"}, "sources": ["%2"], "trigger": {"cron": "0 3 * * *"},
             "conditions": {"on_ac_power": true}}]})")
                    .arg(repo, src)
                    .toUtf8());
        f.close();
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const auto borgtide = [&](const QStringList &args) {
            QProcess p;
            p.start(testutil::exe(), QStringList{QStringLiteral("--data-dir"), data} + args);
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() +
                                                                  p.readAllStandardError()));
        };
        const auto imported = borgtide({QStringLiteral("import"), file});
        QVERIFY2(imported.first == 0, qPrintable(imported.second));
        auto r = borgtide(
            {QStringLiteral("run"), QStringLiteral("Laptop"), QStringLiteral("--scheduled")});
        QVERIFY2(r.first == 3 && r.second.contains(QLatin1String("Skipped: running on battery")),
                 qPrintable(r.second));
        r = borgtide({QStringLiteral("run"), QStringLiteral("Laptop")});
        QVERIFY2(r.first == 0, qPrintable(r.second));
        QVERIFY(onBattery(false).type() != QDBusMessage::ErrorMessage);
        QTest::qWait(1100); // archive names are to the second
        r = borgtide(
            {QStringLiteral("run"), QStringLiteral("Laptop"), QStringLiteral("--scheduled")});
        QVERIFY2(r.first == 0, qPrintable(r.second));
    }

    void meteredAndItsChange()
    {
        const QString nm = QStringLiteral("org.freedesktop.NetworkManager");
        const QString path = QStringLiteral("/org/freedesktop/NetworkManager");
        // the template has no Metered yet: 4 is NM_METERED_GUESS_NO
        const QDBusMessage add =
            mockCall(nm, path, QStringLiteral("AddProperty"),
                     {nm, QStringLiteral("Metered"), QVariant::fromValue(QDBusVariant(uint(4)))});
        QVERIFY2(add.type() != QDBusMessage::ErrorMessage, qPrintable(add.errorMessage()));
        const auto net = platform::createNetworkState();
        QSignalSpy changed(net.get(), &platform::NetworkState::changed);
        QTRY_VERIFY_WITH_TIMEOUT(net->isAvailable(), 5000);
        QVERIFY(!net->metered());
        QVERIFY(!net->wifiSsid().has_value());
        for (uint value : {1u, 4u, 3u}) {
            changed.clear();
            const QDBusMessage r =
                setProperty(nm, path, nm, QStringLiteral("Metered"), QVariant::fromValue(value));
            QVERIFY2(r.type() != QDBusMessage::ErrorMessage, qPrintable(r.errorMessage()));
            QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
            QCOMPARE(net->metered(), value == 1 || value == 3);
        }
    }

    void resumeFromPrepareForSleep()
    {
        SleepWatcher sleep;
        QVERIFY(sleep.isWatching());
        QSignalSpy resumed(&sleep, &SleepWatcher::resumed);
        const QString login = QStringLiteral("org.freedesktop.login1");
        const QString path = QStringLiteral("/org/freedesktop/login1");
        const QString manager = QStringLiteral("org.freedesktop.login1.Manager");
        QDBusMessage r = mockCall(login, path, QStringLiteral("EmitSignal"),
                                  {manager, QStringLiteral("PrepareForSleep"), QStringLiteral("b"),
                                   QVariant::fromValue(QVariantList{true})});
        QVERIFY2(r.type() != QDBusMessage::ErrorMessage, qPrintable(r.errorMessage()));
        QTest::qWait(300);
        QCOMPARE(resumed.size(), 0); // going to sleep is no resume
        r = mockCall(login, path, QStringLiteral("EmitSignal"),
                     {manager, QStringLiteral("PrepareForSleep"), QStringLiteral("b"),
                      QVariant::fromValue(QVariantList{false})});
        QVERIFY2(r.type() != QDBusMessage::ErrorMessage, qPrintable(r.errorMessage()));
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 5000);
    }

    void bindMountIsSeen()
    {
        if (::geteuid() != 0)
            QSKIP("mount --bind needs root");
        const QString from = m_dir.filePath(QStringLiteral("from"));
        const QString to = m_dir.filePath(QStringLiteral("to"));
        QVERIFY(QDir().mkpath(from) && QDir().mkpath(to));
        const auto mounts = platform::createMountWatcher();
        QSignalSpy changed(mounts.get(), &platform::MountWatcher::mountsChanged);
        QTest::qWait(200);
        QCOMPARE(changed.size(), 0); // nothing happens without a mount
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), from, to}),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
        changed.clear();
        QCOMPARE(QProcess::execute(QStringLiteral("umount"), {to}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
    }
};

QTEST_GUILESS_MAIN(TestFacts)
#include "tst_facts.moc"
