#pragma once
// A small HTTP/1.1 server on 127.0.0.1 for tests of webhooks and monitors: the real network
// stack, a real listening socket, every request recorded.

#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace borgtide::testutil {

// A small HTTP/1.1 server: records each request, answers with a set status after a set delay.
class HttpServer final : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    QList<Request> requests;
    int status = 200;
    int delayMs = 0;

    HttpServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s]() { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QString base() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = r.headers.value("content-length").toInt();
        if (buf.size() < end + 4 + length)
            return;
        r.body = buf.mid(end + 4, length);
        m_buffers.remove(s);
        requests.append(r);
        const QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) +
                                  (status == 200 ? " OK" : " Internal Server Error") +
                                  "\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n"
                                  "Connection: close\r\n\r\nthanks";
        QTimer::singleShot(delayMs, s, [s, answer]() {
            s->write(answer);
            s->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace borgtide::testutil
