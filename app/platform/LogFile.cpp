#include "app/platform/LogFile.h"

#include "models/TimeFormat.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>

namespace borgtide::logfile {

namespace {

QMutex g_mutex;
QString g_path;
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool ours = context.category && qstrncmp(context.category, "borgtide.", 9) == 0;
    const bool important = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
    if ((ours && type != QtDebugMsg) || important) {
        QMutexLocker lock(&g_mutex);
        if (QFileInfo(g_path).size() > 2 * 1024 * 1024) {
            QFile::remove(g_path + QStringLiteral(".1"));
            QFile::rename(g_path, g_path + QStringLiteral(".1"));
        }
        QFile f(g_path);
        const bool created = !f.exists();
        if (f.open(QIODevice::Append | QIODevice::Text)) {
            // the log holds commands and output: the user's own (SPEC 7), whatever the umask
            if (created || (f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)))
                f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            const char *level = type == QtInfoMsg      ? "info"
                                : type == QtWarningMsg ? "warning"
                                : type == QtDebugMsg   ? "debug"
                                                       : "error";
            f.write(
                QStringLiteral("%1 %2 %3: %4\n")
                    .arg(isoWithOffset(QDateTime::currentDateTime()), QString::fromLatin1(level),
                         QString::fromLatin1(context.category ? context.category : "qt"), message)
                    .toUtf8());
        }
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

void install(const QString &path)
{
    g_path = path;
    g_previous = qInstallMessageHandler(handler);
}

} // namespace borgtide::logfile
