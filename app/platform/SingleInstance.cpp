#include "app/platform/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace borgtide {

namespace {

QString serverNameFor(const QString &dataDir)
{
    const QByteArray key =
        (qEnvironmentVariable("USER") + QLatin1Char(':') + QDir(dataDir).absolutePath()).toUtf8();
    return QStringLiteral("borgtide-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(dataDir))
    , m_lock(QDir(dataDir).absoluteFilePath(QStringLiteral("gui.lock")))
{
    QDir().mkpath(dataDir);
    m_lock.setStaleLockTime(0); // a lock whose process is gone is stale at once
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::tryBecomePrimary()
{
    if (!m_lock.tryLock(100))
        return false;
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_serverName); // a leftover socket of a crashed instance
    if (!m_server->listen(m_serverName))
        return true; // still the one instance; others just cannot reach us
    connect(m_server.get(), &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket]() {
                const QByteArray message = socket->readAll().trimmed();
                socket->write("ok\n");
                socket->flush();
                socket->disconnectFromServer();
                Q_EMIT messageReceived(message);
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

bool SingleInstance::sendToPrimary(const QByteArray &message, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message + '\n');
    socket.flush();
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readAll().startsWith("ok");
}

} // namespace borgtide
