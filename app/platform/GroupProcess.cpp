#include "app/platform/GroupProcess.h"

#include "app/platform/ProcessInfo.h"

#include <QDateTime>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

Q_LOGGING_CATEGORY(lcProcess, "borgtide.process")

namespace borgtide {

GroupProcess::GroupProcess(QObject *parent)
    : QObject(parent)
#ifdef Q_OS_UNIX
    , m_deathSignal(SIGKILL)
#else
    , m_deathSignal(0)
#endif
{
    m_timeout.setSingleShot(true);
    m_poll.setInterval(50);
    connect(&m_timeout, &QTimer::timeout, this, [this]() { stop(End::TimedOut); });
    connect(&m_poll, &QTimer::timeout, this, &GroupProcess::pollGroup);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this]() {
        const QByteArray chunk = m_process.readAllStandardOutput();
        if (!chunk.isEmpty())
            Q_EMIT standardOutput(chunk);
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this]() {
        const QByteArray chunk = m_process.readAllStandardError();
        if (!chunk.isEmpty())
            Q_EMIT standardError(chunk);
    });
    connect(&m_process, &QProcess::finished, this, &GroupProcess::onProcessFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &GroupProcess::onError);
}

GroupProcess::~GroupProcess()
{
#ifdef Q_OS_UNIX
    if (m_running && m_pgid > 1)
        ::kill(-pid_t(m_pgid), SIGKILL);
#endif
    m_process.disconnect(this);
}

void GroupProcess::setCommand(const QString &program, const QStringList &arguments)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
}

void GroupProcess::setEnvironment(const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
}

void GroupProcess::setWorkingDirectory(const QString &directory)
{
    m_process.setWorkingDirectory(directory);
}

void GroupProcess::setMergedChannels(bool merged)
{
    m_process.setProcessChannelMode(merged ? QProcess::MergedChannels : QProcess::SeparateChannels);
}

void GroupProcess::setTimeoutSecs(int seconds)
{
    m_timeoutSecs = seconds;
}
void GroupProcess::setKillGraceMs(int ms)
{
    m_graceMs = ms;
}
void GroupProcess::setParentDeathSignal(int sig)
{
    m_deathSignal = sig;
}

void GroupProcess::start()
{
#ifdef Q_OS_UNIX
    const int deathSignal = m_deathSignal;
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: async-signal-safe calls only.
    m_process.setChildProcessModifier([deathSignal, parent]() {
        ::setsid();
#ifdef Q_OS_LINUX
        if (deathSignal != 0) {
            ::prctl(PR_SET_PDEATHSIG, deathSignal);
            if (::getppid() != parent)
                ::_exit(127); // the parent died before prctl
        }
#else
        (void)deathSignal;
        (void)parent;
#endif
    });
#endif
    m_process.setInputChannelMode(QProcess::ManagedInputChannel);
    m_running = true;
    m_process.start(QIODevice::ReadOnly);
    if (m_process.state() == QProcess::NotRunning)
        return; // errorOccurred reports it
    m_pgid = m_process.processId();
    if (m_timeoutSecs > 0)
        m_timeout.start(m_timeoutSecs * 1000);
    Q_EMIT started(m_pgid);
}

void GroupProcess::cancel()
{
    if (m_running)
        stop(End::Cancelled);
}

void GroupProcess::stop(End reason)
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    m_stopReason = reason;
    m_timeout.stop();
    m_stopStartedMs = QDateTime::currentMSecsSinceEpoch();
    qCDebug(lcProcess) << "stopping process group" << m_pgid << "reason" << int(reason);
#ifdef Q_OS_UNIX
    if (m_pgid > 1)
        ::kill(-pid_t(m_pgid), SIGTERM);
#else
    m_process.terminate();
#endif
    m_poll.start();
}

void GroupProcess::pollGroup()
{
    const bool graceOver = QDateTime::currentMSecsSinceEpoch() - m_stopStartedMs >= m_graceMs;
#ifdef Q_OS_UNIX
    const bool groupLeft = m_pgid > 1 && processinfo::groupExists(m_pgid);
    if (graceOver && !m_killSent && (groupLeft || !m_childExited)) {
        qCDebug(lcProcess) << "SIGKILL to process group" << m_pgid;
        ::kill(-pid_t(m_pgid), SIGKILL);
        m_killSent = true;
    }
#else
    const bool groupLeft = false;
    if (graceOver && !m_killSent && !m_childExited) {
        m_process.kill();
        m_killSent = true;
    }
#endif
    if (m_childExited && (!groupLeft || m_killSent)) {
        m_poll.stop();
        Result r;
        r.end = m_stopReason;
        r.exitCode = m_childResult.exitCode;
        finish(r);
    }
}

void GroupProcess::drain()
{
    const QByteArray out = m_process.readAllStandardOutput();
    if (!out.isEmpty())
        Q_EMIT standardOutput(out);
    if (m_process.processChannelMode() == QProcess::MergedChannels)
        return;
    const QByteArray err = m_process.readAllStandardError();
    if (!err.isEmpty())
        Q_EMIT standardError(err);
}

void GroupProcess::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    drain();
    m_childExited = true;
    m_childResult.end = status == QProcess::NormalExit ? End::Exited : End::Signaled;
    m_childResult.exitCode = exitCode;
    if (m_stopping) {
        pollGroup();
        return;
    }
    finish(m_childResult);
}

void GroupProcess::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_running)
        return;
    Result r;
    r.end = End::FailedToStart;
    r.error = m_process.errorString();
    finish(r);
}

void GroupProcess::finish(const Result &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    m_poll.stop();
    Q_EMIT finished(result);
}

} // namespace borgtide
