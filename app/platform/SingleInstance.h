#pragma once

#include <QByteArray>
#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace borgtide {

// One desktop application per user and data folder (KeePassXC's pattern): the first takes a
// QLockFile and listens on a QLocalServer; a second launch connects, asks the first to raise
// its window, and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is now the one instance (and listens for others).
    bool tryBecomePrimary();
    // Sends `message` to the running instance; true when it answered.
    bool sendToPrimary(const QByteArray &message, int timeoutMs = 3000) const;
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void messageReceived(const QByteArray &message);

private:
    QString m_serverName;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace borgtide
