#pragma once
// Helpers for tests that run the real `borgtide` executable.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace borgtide::testutil {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(exitCode)
            .arg(outText(), errText());
    }
};

inline QString exe()
{
    return qEnvironmentVariable("BORGTIDE_EXE");
}
inline QString sourceDir()
{
    return qEnvironmentVariable("BORGTIDE_SOURCE_DIR");
}

inline Run run(const QStringList &args, const QByteArray &stdinData = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(exe(), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isNull())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Every process this test starts inherits a mark naming the test, so that processes of a job
// with the same id in another test running in parallel (ctest -j) are never counted as ours.
inline QByteArray testOwner()
{
    return QByteArray::number(QCoreApplication::applicationPid());
}
inline const bool testMarked = qputenv("BORGTIDE_TEST_OWNER", testOwner());

// Live processes (not zombies) of this test whose environment carries BORGTIDE_JOB_ID=<job>.
inline QStringList processesOfJob(qint64 jobId)
{
    QStringList found;
    const QByteArray marker = "BORGTIDE_JOB_ID=" + QByteArray::number(jobId);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : entries) {
        if (pid.toLongLong() <= 0)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        if (s.mid(s.lastIndexOf(')') + 2, 1) == "Z")
            continue;
        QFile env(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!env.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> vars = env.readAll().split('\0');
        if (vars.contains(marker) && vars.contains("BORGTIDE_TEST_OWNER=" + testOwner()))
            found.append(pid);
    }
    return found;
}

} // namespace borgtide::testutil
