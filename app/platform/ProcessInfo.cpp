#include "app/platform/ProcessInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace borgtide::processinfo {

qint64 currentPid()
{
    return QCoreApplication::applicationPid();
}

#ifdef Q_OS_LINUX
namespace {

// Fields of /proc/PID/stat after the command name (which may hold spaces and parentheses).
QList<QByteArray> statFields(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = f.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    // field 3 (state) is the first after ") "
    return line.mid(close + 2).split(' ');
}

} // namespace

QString startTime(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    // field 22 (starttime) is index 22 - 3 = 19
    if (fields.size() < 20)
        return {};
    return QString::fromLatin1(fields.at(19));
}

bool isAlive(qint64 pid, const QString &start)
{
    if (pid <= 0)
        return false;
    const QList<QByteArray> fields = statFields(pid);
    if (fields.size() < 20 || fields.at(0) == "Z")
        return false;
    return start.isEmpty() || QString::fromLatin1(fields.at(19)) == start;
}

namespace {

QList<qint64> groupMembers(qint64 pgid)
{
    QList<qint64> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok)
            continue;
        const QList<QByteArray> fields = statFields(pid);
        // field 5 (pgrp) is index 2
        if (fields.size() > 2 && fields.at(2).toLongLong() == pgid && fields.at(0) != "Z")
            out.append(pid);
    }
    return out;
}

} // namespace

bool groupCarriesMarker(qint64 pgid, const QByteArray &marker)
{
    for (qint64 pid : groupMembers(pgid)) {
        QFile f(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> vars = f.readAll().split('\0');
        if (vars.contains(marker))
            return true;
    }
    return false;
}

bool groupExists(qint64 pgid)
{
    return !groupMembers(pgid).isEmpty();
}

#else

QString startTime(qint64 pid)
{
    return pid > 0 ? QStringLiteral("?") : QString();
}

bool isAlive(qint64 pid, const QString &)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    return pid > 0; // Windows: OpenProcess + GetProcessTimes (not built here)
#endif
}

bool groupCarriesMarker(qint64, const QByteArray &)
{
    return false;
}

bool groupExists(qint64 pgid)
{
#ifdef Q_OS_UNIX
    return pgid > 0 && ::kill(-pid_t(pgid), 0) == 0;
#else
    Q_UNUSED(pgid)
    return false;
#endif
}

#endif

void terminateGroup(qint64 pgid, int graceMs)
{
#ifdef Q_OS_UNIX
    if (pgid <= 1)
        return;
    ::kill(-pid_t(pgid), SIGTERM);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < graceMs && groupExists(pgid))
        QThread::msleep(50);
    if (groupExists(pgid))
        ::kill(-pid_t(pgid), SIGKILL);
#else
    Q_UNUSED(pgid)
    Q_UNUSED(graceMs)
#endif
}

} // namespace borgtide::processinfo
