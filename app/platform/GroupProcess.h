#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace borgtide {

// A child process in its own session and process group (so the whole tree it starts can be
// stopped at once), with a timeout and a cancel that stop that tree: SIGTERM to the group,
// SIGKILL to what is left after a grace period. On Linux the child also gets a parent-death
// signal, so it does not outlive a crashed Borgtide. (Windows: the same interface, backed by
// QProcess::terminate/kill of the child only; a job object is the planned equivalent.)
class GroupProcess final : public QObject
{
    Q_OBJECT
public:
    enum class End { Exited, Signaled, TimedOut, Cancelled, FailedToStart };
    struct Result
    {
        End end = End::Exited;
        int exitCode = -1; // Exited: the exit code; Signaled: the signal number
        QString error;     // FailedToStart: why
    };

    explicit GroupProcess(QObject *parent = nullptr);
    ~GroupProcess() override;

    void setCommand(const QString &program, const QStringList &arguments);
    void setEnvironment(const QProcessEnvironment &environment);
    void setWorkingDirectory(const QString &directory);
    void setMergedChannels(bool merged);
    void setTimeoutSecs(int seconds);   // 0: none
    void setKillGraceMs(int ms);        // SIGTERM → SIGKILL delay (default 5000)
    void setParentDeathSignal(int sig); // Linux; default SIGKILL, 0: none

    void start();
    void cancel(); // stops the tree; finished() reports Cancelled
    bool isRunning() const { return m_running; }
    qint64 processGroup() const { return m_pgid; }

Q_SIGNALS:
    void started(qint64 processGroup);
    void standardOutput(const QByteArray &chunk);
    void standardError(const QByteArray &chunk);
    void finished(const borgtide::GroupProcess::Result &result);

private:
    void stop(End reason);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void pollGroup();
    void finish(const Result &result);
    void drain();

    QProcess m_process;
    QTimer m_timeout;
    QTimer m_poll;
    int m_timeoutSecs = 0;
    int m_graceMs = 5000;
    int m_deathSignal;
    qint64 m_pgid = 0;
    bool m_running = false;
    bool m_childExited = false;
    bool m_killSent = false;
    qint64 m_stopStartedMs = 0;
    End m_stopReason = End::Exited;
    bool m_stopping = false;
    Result m_childResult;
};

} // namespace borgtide
