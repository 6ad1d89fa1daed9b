// Webhook hooks and notification webhooks against a real HTTP server on 127.0.0.1: method,
// URL, headers and body with placeholders escaped for where they land, secrets from the
// store and never in the stored output, non-2xx answers, timeouts, refused connections.
#include "HttpServer.h"
#include "JobFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace borgtide;

using testutil::HttpServer;

namespace {

Hook webhook(const QString &name, const QString &method, const QString &url,
             const QString &body = {}, const KeyValueList &headers = {})
{
    Hook h;
    h.name = name;
    h.type = HookType::Webhook;
    h.method = method;
    h.url = url;
    h.body = body;
    h.headers = headers;
    h.timeoutSecs = Hook::DefaultWebhookTimeout;
    return h;
}

} // namespace

class TestWebhooks : public QObject, private testutil::JobFixture
{
    Q_OBJECT

private:
    int m_n = 0;

    Job run(Schedule &s) { return runToEnd(s, 60000); }

    Schedule schedule(const QString &name)
    {
        Schedule s;
        s.name = name.isEmpty() ? QStringLiteral("hooks %1").arg(++m_n) : name;
        s.repository() = {0, QStringLiteral("r"), repositoryPath(), QStringLiteral("none")};
        s.sources = {sourcesPath()};
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!borgInstalled())
            QSKIP("borg is not installed");
        const QString problem = prepare(QStringLiteral("none"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_secrets
                    .writeSync(SecretStore::secretKey(QStringLiteral("HC")),
                               QStringLiteral("uuid-7f3a"))
                    .ok());
        QVERIFY(m_secrets
                    .writeSync(SecretStore::secretKey(QStringLiteral("TOKEN")),
                               QStringLiteral("tok\"en"))
                    .ok());
    }

    void placeholdersAreEscapedWhereTheyLand()
    {
        HttpServer server;
        Schedule s = schedule(QStringLiteral("Say \"hi\" & <go>"));
        Hook failing;
        failing.name = QStringLiteral("Log rotation");
        failing.command = QStringLiteral("echo 'line one\nline \"two\"' >&2; exit 4");
        s.preHooks = {
            failing,
            webhook(QStringLiteral("Start ping"), QStringLiteral("GET"),
                    server.base() +
                        QStringLiteral(
                            "/start/{{ secret.HC }}?s={{ schedule.name }}&t={{ task.index }}"))};
        s.postHooks = {webhook(
            QStringLiteral("Report"), QStringLiteral("POST"),
            server.base() + QStringLiteral("/report/{{ secret.HC }}"),
            QStringLiteral(
                "{\"status\": \"{{ job.status }}\", \"schedule\": \"{{ schedule.name }}\", "
                "\"error\": \"{{ job.error_message }}\", \"failed\": \"{{ job.failed_tasks }}\", "
                "\"archive\": \"{{ archive.name }}\", \"type\": \"{{ job.type }}\"}"),
            {{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
             {QStringLiteral("Authorization"), QStringLiteral("Bearer {{ secret.TOKEN }}")}})};
        s.postHooks.first().when = HookWhen::Always;
        const Job job = run(s);
        QCOMPARE(job.status, JobStatus::CompletedWithWarnings);
        QCOMPARE(server.requests.size(), 2);

        const auto &start = server.requests.at(0);
        QCOMPARE(start.method, QByteArray("GET"));
        QCOMPARE(QUrl::fromPercentEncoding(start.target),
                 QStringLiteral("/start/uuid-7f3a?s=Say \"hi\" & <go>&t=2"));
        QVERIFY(start.target.contains("%22hi%22%20%26%20%3Cgo%3E")); // percent-encoded in the URL
        QCOMPARE(job.tasks.at(1).status, TaskStatus::Completed);
        QCOMPARE(job.tasks.at(1).message, QStringLiteral("HTTP 200"));

        const auto &report = server.requests.at(1);
        QCOMPARE(report.method, QByteArray("POST"));
        QCOMPARE(report.target, QByteArray("/report/uuid-7f3a"));
        QCOMPARE(report.headers.value("authorization"), QByteArray("Bearer tok\"en"));
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(report.body, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, report.body.constData()); // escaped JSON
        QCOMPARE(body.value(QStringLiteral("status")).toString(),
                 QStringLiteral("completed_with_warnings"));
        QCOMPARE(body.value(QStringLiteral("schedule")).toString(),
                 QStringLiteral("Say \"hi\" & <go>"));
        QCOMPARE(body.value(QStringLiteral("error")).toString(),
                 QStringLiteral("Log rotation: Exited with code 4"));
        QCOMPARE(body.value(QStringLiteral("failed")).toString(), QStringLiteral("Log rotation"));
        QCOMPARE(body.value(QStringLiteral("archive")).toString(), job.archiveName);
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("manual"));
        // the secret values never reach the stored output
        for (const Task &t : job.tasks) {
            QVERIFY2(!t.output.contains(QLatin1String("uuid-7f3a")), qPrintable(t.output));
            QVERIFY(!t.output.contains(QLatin1String("tok\"en")));
        }
        QVERIFY(job.tasks.at(1).output.contains(QLatin1String("{{ secret.HC }}")));
    }

    void answersOutside2xxTimeoutsAndRefusalsFail()
    {
        HttpServer server;
        server.status = 500;
        Schedule s = schedule({});
        s.postHooks = {webhook(QStringLiteral("Broken"), QStringLiteral("PUT"),
                               server.base() + QStringLiteral("/x"),
                               QStringLiteral("plain text {{ job.id }}"))};
        Job job = run(s);
        QCOMPARE(job.tasks.at(1).status, TaskStatus::Failed);
        QCOMPARE(job.tasks.at(1).message, QStringLiteral("HTTP 500 Internal Server Error"));
        QCOMPARE(job.status, JobStatus::CompletedWithWarnings);
        QCOMPARE(server.requests.first().method, QByteArray("PUT"));
        QCOMPARE(server.requests.first().body,
                 QStringLiteral("plain text %1").arg(job.id).toUtf8());
        QVERIFY(server.requests.first().headers.value("content-type").startsWith("text/plain"));

        server.status = 200;
        server.delayMs = 3000;
        Schedule slow = schedule({});
        Hook h = webhook(QStringLiteral("Slow"), QStringLiteral("POST"),
                         server.base() + QStringLiteral("/slow"));
        h.timeoutSecs = 1;
        h.critical = true;
        slow.preHooks = {h};
        job = run(slow);
        QCOMPARE(job.tasks.at(0).status, TaskStatus::Failed);
        QCOMPARE(job.tasks.at(0).message, QStringLiteral("Webhook 'Slow' timed out after 1 s"));
        QCOMPARE(job.status, JobStatus::Failed);

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        Schedule refused = schedule({});
        refused.postHooks = {webhook(QStringLiteral("Nobody"), QStringLiteral("GET"),
                                     QStringLiteral("http://127.0.0.1:%1/").arg(port))};
        job = run(refused);
        QCOMPARE(job.tasks.at(1).status, TaskStatus::Failed);
        QVERIFY2(job.tasks.at(1).message.startsWith(QLatin1String("Request failed:")),
                 qPrintable(job.tasks.at(1).message));
    }

    void missingSecretFailsTheTask()
    {
        HttpServer server;
        Schedule s = schedule({});
        s.postHooks = {webhook(QStringLiteral("Ping"), QStringLiteral("GET"),
                               server.base() + QStringLiteral("/{{ secret.NOT_THERE }}"))};
        const Job job = run(s);
        QCOMPARE(job.tasks.at(1).status, TaskStatus::Failed);
        QVERIFY(job.tasks.at(1).message.contains(
            QLatin1String("Secret 'NOT_THERE' is not in the keychain")));
        QVERIFY(server.requests.isEmpty());
    }

    void notificationWebhooksAreFireAndForget()
    {
        HttpServer ok;
        HttpServer broken;
        broken.status = 500;
        Schedule s = schedule({});
        Hook dump;
        dump.name = QStringLiteral("Database Dump");
        dump.command = QStringLiteral("exit 1");
        dump.critical = true;
        s.preHooks = {dump};
        Hook chat = webhook(QStringLiteral("Chat"), QStringLiteral("POST"),
                            ok.base() + QStringLiteral("/chat"),
                            QStringLiteral("{\"text\": \"{{ schedule.name }}: {{ job.status }} "
                                           "after {{ job.duration_secs }} s\", "
                                           "\"done\": \"{{ job.completed_at }}\"}"));
        Hook pager = webhook(QStringLiteral("Pager"), QStringLiteral("POST"),
                             broken.base() + QStringLiteral("/page"));
        s.notifications = {chat, pager};
        const Job job = run(s);
        QCOMPARE(job.status, JobStatus::Failed); // decided by the hook, not by the notifications
        const Task &note = job.tasks.last();
        QCOMPARE(note.kind, TaskKind::Notification);
        QCOMPARE(note.status, TaskStatus::Completed);
        QVERIFY2(note.output.contains(QLatin1String("Sent 'Chat'")), qPrintable(note.output));
        QVERIFY(note.output.contains(QLatin1String("Not sent: 'Pager' failed: HTTP 500")));
        QCOMPARE(ok.requests.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(ok.requests.first().body).object();
        QVERIFY2(body.value(QStringLiteral("text"))
                     .toString()
                     .startsWith(s.name + QStringLiteral(": failed after ")),
                 ok.requests.first().body.constData());
        QVERIFY(!body.value(QStringLiteral("done")).toString().isEmpty());
        QCOMPARE(ok.requests.first().headers.value("content-type"), QByteArray("application/json"));
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
