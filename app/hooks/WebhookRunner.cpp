#include "app/hooks/WebhookRunner.h"

#include "app/hooks/HookRunner.h"
#include "models/Template.h"
#include "models/TimeFormat.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace borgtide {

WebhookRunner::WebhookRunner(const JobContext &context, const Hook &hook, int taskIndex,
                             QObject *parent)
    : TaskRunner(parent)
    , m_context(context)
    , m_hook(hook)
    , m_index(taskIndex)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

QHash<QString, QString> WebhookRunner::contextValues(const JobContext &c, int taskIndex)
{
    QHash<QString, QString> v;
    v.insert(QStringLiteral("job.id"), c.jobIdText());
    v.insert(QStringLiteral("job.status"), c.webhookJobStatus);
    v.insert(QStringLiteral("job.type"),
             c.isTest() ? QStringLiteral("manual") : toText(c.job.type));
    v.insert(QStringLiteral("job.error_message"), c.errorMessage);
    const QDateTime started = c.isTest() ? QDateTime() : c.job.startedAt;
    const QDateTime finished = c.isTest() ? QDateTime() : c.job.finishedAt;
    const QDateTime end = finished.isValid() ? finished : QDateTime::currentDateTime();
    v.insert(QStringLiteral("job.duration_secs"),
             started.isValid() ? QString::number(started.secsTo(end)) : QStringLiteral("0"));
    v.insert(QStringLiteral("job.started_at"), isoWithOffset(started));
    v.insert(QStringLiteral("job.completed_at"), isoWithOffset(finished));
    v.insert(QStringLiteral("job.failed_tasks"), c.failedTasks.join(QStringLiteral(", ")));
    v.insert(QStringLiteral("schedule.name"), c.schedule.name);
    v.insert(QStringLiteral("repository.name"), c.schedule.repository().name);
    v.insert(QStringLiteral("repository.path"), c.schedule.repository().location);
    v.insert(QStringLiteral("archive.name"), c.archiveName);
    v.insert(QStringLiteral("task.index"), QString::number(taskIndex));
    return v;
}

void WebhookRunner::start()
{
    resolveSecrets(m_context.services->secrets, templates::secretNames(m_hook), this,
                   [this](const QHash<QString, QString> &values, const QString &error) {
                       if (m_cancelled)
                           return;
                       if (!error.isEmpty()) {
                           Q_EMIT finished({TaskOutcome::Kind::Failure, std::nullopt, error});
                           return;
                       }
                       Q_EMIT secretsUsed(values.values());
                       send(values);
                   });
}

namespace {

QString contentTypeOf(const KeyValueList &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
            return value.toLower();
    }
    return {};
}

} // namespace

void WebhookRunner::send(const QHash<QString, QString> &secrets)
{
    using K = TaskOutcome::Kind;
    QHash<QString, QString> values = contextValues(m_context, m_index);
    QHash<QString, QString> masked = values; // what the output may show
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        values.insert(QStringLiteral("secret.") + it.key(), it.value());
        masked.insert(QStringLiteral("secret.") + it.key(),
                      QStringLiteral("{{ secret.%1 }}").arg(it.key()));
    }
    const auto url = templates::render(m_hook.url, values, templates::Escape::Percent);
    m_shownUrl = templates::render(m_hook.url, masked, templates::Escape::None).value();
    if (!url) {
        Q_EMIT finished({K::Exception, std::nullopt, QStringLiteral("URL: ") + url.error()});
        return;
    }
    const QUrl target(url.value(), QUrl::StrictMode);
    if (!target.isValid() ||
        (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))) {
        Q_EMIT finished({K::Failure, std::nullopt,
                         QStringLiteral("'%1' is not a valid http(s) URL").arg(m_shownUrl)});
        return;
    }
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Borgtide/%1").arg(QStringLiteral(BORGTIDE_VERSION)));
    for (const auto &[name, value] : m_hook.headers) {
        const auto rendered = templates::render(value, values, templates::Escape::Header);
        request.setRawHeader(name.toUtf8(), rendered ? rendered.value().toUtf8() : value.toUtf8());
    }
    QString contentType = contentTypeOf(m_hook.headers);
    const QString trimmedBody = m_hook.body.trimmed();
    if (contentType.isEmpty() && !trimmedBody.isEmpty()) {
        contentType =
            (trimmedBody.startsWith(QLatin1Char('{')) || trimmedBody.startsWith(QLatin1Char('[')))
                ? QStringLiteral("application/json")
                : QStringLiteral("text/plain; charset=utf-8");
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    const templates::Escape escape =
        contentType.contains(QLatin1String("json"))                    ? templates::Escape::Json
        : contentType.contains(QLatin1String("x-www-form-urlencoded")) ? templates::Escape::Percent
                                                                       : templates::Escape::None;
    const auto body = templates::render(m_hook.body, values, escape);
    if (!body) {
        Q_EMIT finished({K::Exception, std::nullopt, QStringLiteral("body: ") + body.error()});
        return;
    }
    QNetworkAccessManager *network = m_context.services->network;
    if (!network) {
        Q_EMIT finished({K::Exception, std::nullopt, QStringLiteral("no network access manager")});
        return;
    }
    Q_EMIT output(QStringLiteral("%1 %2\n").arg(m_hook.method, m_shownUrl).toUtf8());
    const QByteArray payload = body.value().toUtf8();
    if (m_hook.method == QLatin1String("GET"))
        m_reply = network->get(request);
    else if (m_hook.method == QLatin1String("PUT"))
        m_reply = network->put(request, payload);
    else
        m_reply = network->post(request, payload);
    connect(m_reply, &QNetworkReply::finished, this, &WebhookRunner::onReply);
    m_timeout.start(m_hook.timeoutSecs * 1000);
}

void WebhookRunner::cancel()
{
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    Q_EMIT finished(TaskOutcome::stoppedByUser());
}

void WebhookRunner::onReply()
{
    using K = TaskOutcome::Kind;
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    QByteArray answer = reply->read(4096);
    if (!answer.isEmpty()) {
        if (!answer.endsWith('\n'))
            answer += '\n';
        Q_EMIT output(answer);
    }
    if (m_cancelled) {
        Q_EMIT finished(TaskOutcome::stoppedByUser());
        return;
    }
    if (m_timedOut) {
        Q_EMIT finished({K::Failure, std::nullopt,
                         QStringLiteral("Webhook '%1' timed out after %2 s")
                             .arg(m_hook.name)
                             .arg(m_hook.timeoutSecs)});
        return;
    }
    if (status >= 200 && status < 300) {
        Q_EMIT output(QStringLiteral("HTTP %1 %2\n").arg(status).arg(reason).toUtf8());
        Q_EMIT finished({K::Success, std::nullopt, QStringLiteral("HTTP %1").arg(status)});
        return;
    }
    if (status > 0) {
        Q_EMIT output(QStringLiteral("HTTP %1 %2\n").arg(status).arg(reason).toUtf8());
        Q_EMIT finished({K::Failure, std::nullopt,
                         QStringLiteral("HTTP %1 %2").arg(status).arg(reason).trimmed()});
        return;
    }
    Q_EMIT finished(
        {K::Failure, std::nullopt, QStringLiteral("Request failed: %1").arg(reply->errorString())});
}

} // namespace borgtide
