#pragma once

#include "app/jobs/TaskRunner.h"

#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace borgtide {

// A webhook hook or notification (SPEC 2, "Webhook hooks"): GET/POST/PUT with `{{ name }}`
// placeholders in URL, headers and body, escaped for where they land, and a timeout.
// Fails on a network error, a timeout, or an answer outside 2xx.
class WebhookRunner final : public TaskRunner
{
    Q_OBJECT
public:
    WebhookRunner(const JobContext &context, const Hook &hook, int taskIndex,
                  QObject *parent = nullptr);
    void start() override;
    void cancel() override;

    // The template values for a task (secrets not included).
    static QHash<QString, QString> contextValues(const JobContext &context, int taskIndex);

private:
    void send(const QHash<QString, QString> &secrets);
    void onReply();

    const JobContext m_context;
    Hook m_hook;
    int m_index;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    bool m_timedOut = false;
    bool m_cancelled = false;
    QString m_shownUrl;
};

} // namespace borgtide
