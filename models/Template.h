#pragma once

#include "models/Result.h"
#include "models/Schedule.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace borgtide::templates {

// `{{ name }}` placeholders in webhook URLs, headers and bodies (SPEC 2, "Webhook hooks"),
// and `{{ secret.NAME }}` references in a command hook's environment_vars.

struct Placeholder
{
    QString name; // e.g. "job.status" or "secret.HC"
    qsizetype start = 0;
    qsizetype length = 0; // of the whole `{{ … }}` text
};

enum class Escape {
    None,    // plain bodies: the value as it is
    Header,  // header values: line breaks become spaces
    Json,    // inside a JSON string literal
    Percent, // URLs and form bodies
};

// The placeholder names a webhook template may use, besides secret.NAME.
const QStringList &contextNames();

// Syntax: unbalanced braces or an empty/ill-formed name give an error.
Result<QList<Placeholder>> parse(const QString &text);

// Empty when every placeholder is known (or a syntactically valid secret.NAME); else the
// problem, e.g. "unknown placeholder {{ job.foo }}".
QString checkWebhookTemplate(const QString &text);
// environment_vars values may only reference secrets.
QString checkSecretOnlyTemplate(const QString &text);

bool isSecretName(const QString &placeholder, QString *secretName = nullptr);
QStringList secretNames(const QString &text);
// Every {{ secret.NAME }} a hook uses (URL, headers, body, environment_vars), and those of a
// schedule's hooks and notifications (only the enabled ones when `enabledOnly`).
QStringList secretNames(const Hook &hook);
QStringList secretNames(const Schedule &schedule, bool enabledOnly);

// Replaces every placeholder by values[name], escaped. A name missing from `values` is an
// error naming it (callers put resolved secrets into values as "secret.NAME").
Result<QString> render(const QString &text, const QHash<QString, QString> &values,
                       Escape escape = Escape::None);

QString escapeJsonString(const QString &value);

} // namespace borgtide::templates
