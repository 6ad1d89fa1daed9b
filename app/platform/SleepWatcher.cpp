#include "app/platform/SleepWatcher.h"

#include <QLoggingCategory>

#ifdef BORGTIDE_HAVE_DBUS
#include <QDBusConnection>
#endif

Q_LOGGING_CATEGORY(lcSleep, "borgtide.sleep")

namespace borgtide {

SleepWatcher::SleepWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef BORGTIDE_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        qCDebug(lcSleep) << "no system bus: resume is noticed from the clocks only";
        return;
    }
    m_watching = bus.connect(QStringLiteral("org.freedesktop.login1"),
                             QStringLiteral("/org/freedesktop/login1"),
                             QStringLiteral("org.freedesktop.login1.Manager"),
                             QStringLiteral("PrepareForSleep"), this, SLOT(prepareForSleep(bool)));
#endif
}

void SleepWatcher::prepareForSleep(bool sleeping)
{
    qCInfo(lcSleep) << (sleeping ? "going to sleep" : "resumed");
    if (!sleeping)
        Q_EMIT resumed();
}

} // namespace borgtide
