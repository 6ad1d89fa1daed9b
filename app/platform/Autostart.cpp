#include "app/platform/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace borgtide::autostart {

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/borgtide.desktop");
}

bool isSupported()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return true;
#else
    return false;
#endif
}

bool isEnabled()
{
    return isSupported() && QFile::exists(entryPath());
}

bool setEnabled(bool enabled, const QString &executable, QString *error)
{
    if (!isSupported()) {
        if (error)
            *error = QStringLiteral("Starting at login is not supported on this system yet");
        return false;
    }
    if (!enabled) {
        if (QFile::exists(entryPath()) && !QFile::remove(entryPath())) {
            if (error)
                *error = QStringLiteral("Cannot remove %1").arg(entryPath());
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(entryPath()).absolutePath());
    QSaveFile f(entryPath());
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    QString quoted = executable;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    f.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=Borgtide\n"
                           "Comment=Backup scheduler for BorgBackup\n"
                           "Exec=\"%1\" --minimized\nIcon=org.borgtide.Borgtide\n"
                           "X-GNOME-Autostart-enabled=true\nTerminal=false\n")
                .arg(quoted)
                .toUtf8());
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace borgtide::autostart
