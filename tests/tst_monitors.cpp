// Monitors (SPEC 9) with real jobs against a real HTTP server on 127.0.0.1: for each service the
// method, path and query, headers and body on success, warning, failure and skip; the
// Healthchecks start ping with the same rid as the end; a refused connection and an HTTP error
// as lines of the notification task; a secret in the URL that never reaches the output.
#include "HttpServer.h"
#include "JobFixture.h"
#include "app/jobs/Monitors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace borgtide;
using testutil::HttpServer;

class TestMonitors : public QObject, private testutil::JobFixture
{
    Q_OBJECT

private:
    int m_n = 0;

    // A job whose result is `outcome`: success, warning (a non-critical hook fails), failure
    // (a critical hook fails) or skipped (a pre-hook exits 75).
    Job runWith(const QString &outcome, const QList<Monitor> &monitors)
    {
        Schedule s;
        s.name = QStringLiteral("monitored %1").arg(++m_n);
        s.repository() = {0, QStringLiteral("local"), repositoryPath(), QStringLiteral("none")};
        s.sources = {sourcesPath()};
        s.monitors = monitors;
        Hook h;
        h.name = QStringLiteral("Prepare");
        h.command = outcome == QLatin1String("warning")   ? QStringLiteral("echo prepared; exit 1")
                    : outcome == QLatin1String("failure") ? QStringLiteral("exit 2")
                    : outcome == QLatin1String("skipped") ? QStringLiteral("exit 75")
                                                          : QStringLiteral("echo prepared");
        h.critical = outcome == QLatin1String("failure");
        s.preHooks.append(h);
        return runToEnd(s, 60000);
    }

    static QString notificationOutput(const Job &job) { return job.tasks.last().output; }

    static QUrlQuery queryOf(const HttpServer::Request &r)
    {
        return QUrlQuery(QUrl(QString::fromUtf8(r.target)).query());
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
                               QStringLiteral("check-uuid-4711"))
                    .ok());
    }

    void healthchecksPingsStartAndEndWithOneRid_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("endPath"); // after /hc/<key>
        QTest::newRow("success") << "success"
                                 << "";
        QTest::newRow("warning") << "warning"
                                 << "";
        QTest::newRow("failure") << "failure"
                                 << "/fail";
        QTest::newRow("skipped") << "skipped"
                                 << "/log";
    }

    void healthchecksPingsStartAndEndWithOneRid()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, endPath);
        HttpServer server;
        const Job job = runWith(outcome, {{QStringLiteral("healthchecks"),
                                           server.base() + QStringLiteral("/hc/{{ secret.HC }}"),
                                           {}}});
        QTRY_COMPARE(server.requests.size(), 2);
        const HttpServer::Request start = server.requests.at(0);
        const HttpServer::Request end = server.requests.at(1);
        QCOMPARE(start.method, QByteArray("POST"));
        QCOMPARE(QUrl(QString::fromUtf8(start.target)).path(),
                 QStringLiteral("/hc/check-uuid-4711/start"));
        QCOMPARE(end.method, QByteArray("POST"));
        QCOMPARE(QUrl(QString::fromUtf8(end.target)).path(),
                 QStringLiteral("/hc/check-uuid-4711") + endPath);
        const QString rid = queryOf(start).queryItemValue(QStringLiteral("rid"));
        QVERIFY(!QUuid(rid).isNull());
        QCOMPARE(queryOf(end).queryItemValue(QStringLiteral("rid")), rid);
        QCOMPARE(QUuid(rid), monitors::runIdFor(m_store->path(), job.id));
        // the body: the notification text, then the end of the job's output
        const QString body = QString::fromUtf8(end.body);
        QVERIFY2(body.startsWith(notificationOutput(job).section(QLatin1Char('\n'), 0, 0)),
                 qPrintable(body));
        if (outcome == QLatin1String("success"))
            QVERIFY2(body.contains(QLatin1String("prepared")), qPrintable(body));
        QVERIFY(end.body.size() <= 100000);
        // the task's output has a line for each ping, and never the secret
        const QString out = notificationOutput(job);
        QCOMPARE(out.count(QStringLiteral("Monitor healthchecks: sent (HTTP 200)")), 2);
        QVERIFY(!out.contains(QLatin1String("check-uuid-4711")));
        QVERIFY(
            !m_store->job(job.id)->tasks.first().output.contains(QLatin1String("check-uuid-4711")));
    }

    void ntfyTitleTagsAndPriority_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QByteArray>("tags");
        QTest::addColumn<QByteArray>("priority");
        QTest::newRow("success") << "success" << QByteArray("white_check_mark") << QByteArray("3");
        QTest::newRow("warning") << "warning" << QByteArray("warning") << QByteArray("3");
        QTest::newRow("failure") << "failure" << QByteArray("x") << QByteArray("4");
        QTest::newRow("skipped") << "skipped" << QByteArray("fast_forward") << QByteArray("3");
    }

    void ntfyTitleTagsAndPriority()
    {
        QFETCH(QString, outcome);
        QFETCH(QByteArray, tags);
        QFETCH(QByteArray, priority);
        HttpServer server;
        const Job job =
            runWith(outcome, {{QStringLiteral("ntfy"), server.base() + QStringLiteral("/backups"),
                               Monitor::outcomes()}});
        QTRY_COMPARE(server.requests.size(), 1);
        const HttpServer::Request r = server.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/backups"));
        QCOMPARE(r.headers.value("tags"), tags);
        QCOMPARE(r.headers.value("priority"), priority);
        // the title has an emoji: RFC 2047
        const QString title = notificationOutput(job).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(r.headers.value("title"), "=?UTF-8?B?" + title.toUtf8().toBase64() + "?=");
        // the body is the text without its title
        QVERIFY2(notificationOutput(job).startsWith(title + QLatin1Char('\n') +
                                                    QString::fromUtf8(r.body)),
                 qPrintable(QString::fromUtf8(r.body)));
        QVERIFY(notificationOutput(job).contains(QLatin1String("Monitor ntfy: sent (HTTP 200)")));
    }

    void defaultOutcomesAndUptimeKuma()
    {
        HttpServer server;
        const QList<Monitor> all{
            {QStringLiteral("uptime_kuma"),
             server.base() + QStringLiteral("/api/push/abc?status=up&msg=OK&ping="),
             {}},
            {QStringLiteral("gotify"), server.base() + QStringLiteral("/message?token=t"), {}},
            {QStringLiteral("discord"), server.base() + QStringLiteral("/discord"), {}},
            {QStringLiteral("slack"), server.base() + QStringLiteral("/slack"), {}}};
        // success: only Uptime Kuma wants it by default (the others: warning and failure)
        const Job ok = runWith(QStringLiteral("success"), all);
        QTRY_COMPARE(server.requests.size(), 1);
        const HttpServer::Request kuma = server.requests.first();
        QCOMPARE(kuma.method, QByteArray("GET"));
        QCOMPARE(QUrl(QString::fromUtf8(kuma.target)).path(), QStringLiteral("/api/push/abc"));
        const QUrlQuery q = queryOf(kuma);
        QCOMPARE(q.queryItemValue(QStringLiteral("status")), QStringLiteral("up"));
        QCOMPARE(q.queryItemValue(QStringLiteral("msg"), QUrl::FullyDecoded),
                 notificationOutput(ok).section(QLatin1Char('\n'), 0, 0));
        bool isNumber = false;
        QVERIFY(q.queryItemValue(QStringLiteral("ping")).toLongLong(&isNumber) >= 0 && isNumber);
        QCOMPARE(q.allQueryItemValues(QStringLiteral("status")).size(), 1); // replaced, not added
        // failure: every one of them
        server.requests.clear();
        const Job failed = runWith(QStringLiteral("failure"), all);
        QTRY_COMPARE(server.requests.size(), 4);
        QHash<QString, HttpServer::Request> byPath;
        for (const HttpServer::Request &r : server.requests)
            byPath.insert(QUrl(QString::fromUtf8(r.target)).path(), r);
        QCOMPARE(queryOf(byPath.value(QStringLiteral("/api/push/abc")))
                     .queryItemValue(QStringLiteral("status")),
                 QStringLiteral("down"));
        const QJsonObject gotify =
            QJsonDocument::fromJson(byPath.value(QStringLiteral("/message")).body).object();
        const QString title = notificationOutput(failed).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(gotify.value(QStringLiteral("title")).toString(), title);
        QCOMPARE(gotify.value(QStringLiteral("priority")).toInt(), 8);
        QVERIFY(notificationOutput(failed).contains(
            gotify.value(QStringLiteral("message")).toString()));
        const QString discord =
            QJsonDocument::fromJson(byPath.value(QStringLiteral("/discord")).body)
                .object()
                .value(QStringLiteral("content"))
                .toString();
        QVERIFY2(discord.startsWith(title + QLatin1Char('\n')), qPrintable(discord));
        const QString slack = QJsonDocument::fromJson(byPath.value(QStringLiteral("/slack")).body)
                                  .object()
                                  .value(QStringLiteral("text"))
                                  .toString();
        QCOMPARE(slack, discord);
        // skipped: Uptime Kuma sends nothing, and neither do the others by default
        server.requests.clear();
        const Job skipped = runWith(QStringLiteral("skipped"), all);
        QCOMPARE(skipped.status, JobStatus::Skipped);
        QTest::qWait(300);
        QCOMPARE(server.requests.size(), 0);
        // warning: gotify's priority is 4
        const Job warned = runWith(QStringLiteral("warning"), all);
        QTRY_COMPARE(server.requests.size(), 4);
        for (const HttpServer::Request &r : server.requests) {
            if (r.target.startsWith("/message"))
                QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("priority")),
                         QJsonValue(4));
        }
        Q_UNUSED(warned)
    }

    void failuresAreLinesAndNeverChangeTheResult()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        HttpServer server;
        server.status = 500;
        const Job job =
            runWith(QStringLiteral("success"), {{QStringLiteral("discord"),
                                                 QStringLiteral("http://127.0.0.1:%1/x").arg(port),
                                                 {QStringLiteral("success")}},
                                                {QStringLiteral("slack"),
                                                 server.base() + QStringLiteral("/slack"),
                                                 {QStringLiteral("success")}}});
        QCOMPARE(job.status, JobStatus::Completed);
        QCOMPARE(job.tasks.last().status, TaskStatus::Completed);
        const QString out = notificationOutput(job);
        QVERIFY2(out.contains(QLatin1String("Monitor discord: failed: Connection refused")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Monitor slack: failed: HTTP 500")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestMonitors)
#include "tst_monitors.moc"
