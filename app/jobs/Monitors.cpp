#include "app/jobs/Monitors.h"

#include "app/hooks/HookRunner.h"
#include "app/jobs/SecretMask.h"
#include "models/Template.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace borgtide::monitors {

namespace {

constexpr int TimeoutMs = 30 * 1000;
constexpr qsizetype HealthchecksBodyLimit = 100000; // "100 kB" is 100 000 bytes

struct Request
{
    QString method = QStringLiteral("POST");
    QString url; // with secrets, as sent
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool skip = false; // nothing to send for this outcome
};

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

// RFC 2047 for a header that is not plain ASCII (ntfy's Title)
QByteArray headerText(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 126 || c.unicode() < 32)
            return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
    }
    return text.toLatin1();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Request build(const Monitor &m, const Message &msg, const QString &url)
{
    Request r;
    const bool failure = msg.outcome == QLatin1String("failure");
    const QString full = msg.title + QLatin1Char('\n') + msg.text;
    if (m.type == QLatin1String("healthchecks")) {
        const QString base = withoutTrailingSlash(url);
        QString path;
        if (msg.outcome == QLatin1String("start"))
            path = QStringLiteral("/start");
        else if (failure)
            path = QStringLiteral("/fail");
        else if (msg.outcome == QLatin1String("skipped"))
            path = QStringLiteral("/log");
        r.url = base + path + QStringLiteral("?rid=") + msg.runId.toString(QUuid::WithoutBraces);
        if (msg.outcome != QLatin1String("start")) {
            QByteArray body = full.toUtf8();
            if (!msg.outputTail.isEmpty()) {
                body += "\n\n";
                QByteArray tail = msg.outputTail.toUtf8();
                const qsizetype room = HealthchecksBodyLimit - body.size();
                if (room <= 0)
                    tail.clear();
                else if (tail.size() > room)
                    tail = tail.right(room);
                body += tail;
            }
            r.body = body.left(HealthchecksBodyLimit);
            r.headers.append({QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")});
        }
    } else if (m.type == QLatin1String("ntfy")) {
        r.url = url;
        r.body = msg.text.toUtf8();
        const QByteArray tag = msg.outcome == QLatin1String("success")   ? "white_check_mark"
                               : msg.outcome == QLatin1String("warning") ? "warning"
                               : failure                                 ? "x"
                                                                         : "fast_forward";
        r.headers.append({QByteArray("Title"), QByteArray(headerText(msg.title))});
        r.headers.append({QByteArray("Priority"), QByteArray(failure ? "4" : "3")});
        r.headers.append({QByteArray("Tags"), QByteArray(tag)});
    } else if (m.type == QLatin1String("uptime_kuma")) {
        if (msg.outcome == QLatin1String("skipped")) {
            r.skip = true;
            return r;
        }
        QUrl u(url);
        QUrlQuery q(u);
        for (const char *k : {"status", "msg", "ping"})
            q.removeAllQueryItems(QString::fromLatin1(k));
        q.addQueryItem(QStringLiteral("status"),
                       failure ? QStringLiteral("down") : QStringLiteral("up"));
        q.addQueryItem(QStringLiteral("msg"),
                       QString::fromLatin1(QUrl::toPercentEncoding(msg.title)));
        q.addQueryItem(QStringLiteral("ping"), QString::number(msg.durationMs));
        u.setQuery(q);
        r.method = QStringLiteral("GET");
        r.url = u.toString(QUrl::FullyEncoded);
    } else if (m.type == QLatin1String("gotify")) {
        r.url = url;
        r.body = json({{QStringLiteral("title"), msg.title},
                       {QStringLiteral("message"), msg.text},
                       {QStringLiteral("priority"), failure ? 8 : 4}});
        r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    } else if (m.type == QLatin1String("discord")) {
        r.url = url;
        r.body = json({{QStringLiteral("content"), full}});
        r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    } else if (m.type == QLatin1String("slack")) {
        r.url = url;
        r.body = json({{QStringLiteral("text"), full}});
        r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    } else {
        r.skip = true;
    }
    return r;
}

void transmit(const Monitor &m, const Request &r, const SecretMask &mask,
              QNetworkAccessManager *network, QObject *context,
              std::function<void(const QString &)> done)
{
    const QString prefix = QStringLiteral("Monitor %1: ").arg(m.type);
    const QUrl url(r.url, QUrl::TolerantMode);
    if (!network || !url.isValid()) {
        done(prefix + QStringLiteral("failed: ") +
             (network ? mask.apply(QStringLiteral("'%1' is not a valid URL").arg(r.url))
                      : QStringLiteral("no network access")));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Borgtide/%1").arg(QStringLiteral(BORGTIDE_VERSION)));
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply =
        r.method == QLatin1String("GET") ? network->get(request) : network->post(request, r.body);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut]() {
        *timedOut = true;
        reply->abort();
    });
    timer->start(TimeoutMs);
    QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, reply, [=]() {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*timedOut)
            done(prefix + QStringLiteral("failed: timed out after %1 s").arg(TimeoutMs / 1000));
        else if (status >= 200 && status < 300)
            done(prefix + QStringLiteral("sent (HTTP %1)").arg(status));
        else if (status > 0)
            done(prefix + QStringLiteral("failed: HTTP %1").arg(status));
        else
            done(prefix + QStringLiteral("failed: ") + mask.apply(reply->errorString()));
    });
}

} // namespace

QString outcomeOf(JobStatus status)
{
    switch (status) {
    case JobStatus::Completed:
        return QStringLiteral("success");
    case JobStatus::CompletedWithWarnings:
        return QStringLiteral("warning");
    case JobStatus::Skipped:
        return QStringLiteral("skipped");
    case JobStatus::Failed:
    case JobStatus::Cancelled:
    case JobStatus::Interrupted:
        return QStringLiteral("failure");
    case JobStatus::Pending:
    case JobStatus::Running:
        break;
    }
    return {};
}

QUuid runIdFor(const QString &databasePath, qint64 jobId)
{
    static const QUuid ns(QStringLiteral("{5b0e1b3a-9d1c-4c57-9f7e-2b6c1f0a7d21}"));
    return QUuid::createUuidV5(ns, databasePath + QLatin1Char('#') + QString::number(jobId));
}

bool wants(const Monitor &monitor, const QString &outcome)
{
    if (outcome == QLatin1String("start"))
        return monitor.type == QLatin1String("healthchecks") &&
               !monitor.effectiveOutcomes().isEmpty();
    return monitor.effectiveOutcomes().contains(outcome);
}

void send(const Monitor &monitor, const Message &message, const JobServices &services,
          QObject *context, std::function<void(const QString &)> done)
{
    const QStringList names = templates::secretNames(monitor.url);
    QNetworkAccessManager *network = services.network;
    resolveSecrets(services.secrets, names, context,
                   [=](const QHash<QString, QString> &secrets, const QString &error) {
                       const QString prefix = QStringLiteral("Monitor %1: ").arg(monitor.type);
                       if (!error.isEmpty()) {
                           done(prefix + QStringLiteral("failed: ") + error);
                           return;
                       }
                       QHash<QString, QString> values;
                       for (auto it = secrets.begin(); it != secrets.end(); ++it)
                           values.insert(QStringLiteral("secret.") + it.key(), it.value());
                       SecretMask mask;
                       mask.add(secrets.values());
                       const auto url =
                           templates::render(monitor.url, values, templates::Escape::Percent);
                       if (!url) {
                           done(prefix + QStringLiteral("failed: ") + url.error());
                           return;
                       }
                       const Request r = build(monitor, message, url.value());
                       if (r.skip) {
                           done(QString());
                           return;
                       }
                       transmit(monitor, r, mask, network, context, done);
                   });
}

Message sample(const QString &outcome)
{
    Message m;
    m.outcome = outcome;
    m.title = QStringLiteral("✅ Borgtide test");
    m.text = QStringLiteral("A test message from Borgtide's schedule editor.");
    m.runId = QUuid::createUuid();
    return m;
}

QString outputTail(const Job &job, qsizetype budget)
{
    QString all;
    for (const Task &t : job.tasks) {
        if (t.output.isEmpty())
            continue;
        all += QStringLiteral("--- %1. %2\n").arg(t.index).arg(t.name) + t.output;
        if (!all.endsWith(QLatin1Char('\n')))
            all += QLatin1Char('\n');
    }
    QByteArray bytes = all.toUtf8();
    if (bytes.size() > budget)
        bytes = bytes.right(budget);
    return QString::fromUtf8(bytes);
}

void sendAll(const Schedule &schedule, const Message &message, const JobServices &services,
             QObject *context, std::function<void(const QStringList &)> done)
{
    auto pending = std::make_shared<QList<Monitor>>();
    for (const Monitor &m : schedule.monitors) {
        if (wants(m, message.outcome))
            pending->append(m);
    }
    auto lines = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void()>>();
    QPointer<QObject> guard(context);
    const JobServices svc = services;
    *next = [=]() {
        if (!guard)
            return;
        if (pending->isEmpty()) {
            done(*lines);
            *next = nullptr;
            return;
        }
        const Monitor m = pending->takeFirst();
        send(m, message, svc, guard, [=](const QString &line) {
            if (!line.isEmpty())
                lines->append(line);
            (*next)();
        });
    };
    (*next)();
}

} // namespace borgtide::monitors
