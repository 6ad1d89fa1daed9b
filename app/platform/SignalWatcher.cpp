#include "app/platform/SignalWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace borgtide {

#ifdef Q_OS_UNIX
namespace {
int g_fds[2] = {-1, -1};

extern "C" void onSignal(int sig)
{
    const char byte = char(sig);
    [[maybe_unused]] const auto n = ::write(g_fds[0], &byte, 1);
}
} // namespace
#endif

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0)
        return;
    ::fcntl(g_fds[0], F_SETFL, O_NONBLOCK);
    ::fcntl(g_fds[1], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGHUP, &sa, nullptr); // a closed terminal, a dropped SSH session
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_UNIX
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGHUP, SIG_DFL);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
#endif
}

void SignalWatcher::onReadable()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    while (::read(g_fds[1], &byte, 1) == 1) {
        const int sig = byte;
        Q_EMIT received(sig, sig == SIGINT   ? QStringLiteral("SIGINT")
                             : sig == SIGHUP ? QStringLiteral("SIGHUP")
                                             : QStringLiteral("SIGTERM"));
    }
#endif
}

} // namespace borgtide
