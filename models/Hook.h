#pragma once

#include "models/Types.h"

#include <QList>
#include <QString>

#include <utility>

namespace borgtide {

using KeyValueList = QList<std::pair<QString, QString>>;

// One pre- or post-job hook, or a notification webhook. Field names follow Borgitory's hook
// JSON (SPEC 5); `when` only matters for post-hooks.
struct Hook
{
    static constexpr int DefaultCommandTimeout = 300;
    static constexpr int DefaultWebhookTimeout = 30;
    static constexpr int MaxCommandTimeout = 86400;
    static constexpr int MaxWebhookTimeout = 3600;

    qint64 id = 0;
    QString name;
    HookType type = HookType::Command;
    QString command;
    QString shell;            // empty: /bin/bash where it exists, else /bin/sh; cmd.exe on Windows
    QString workingDirectory; // empty: the user's home
    KeyValueList environmentVars;
    bool critical = false;
    int timeoutSecs = DefaultCommandTimeout;
    bool enabled = true;
    bool continueOnFailure = true;
    bool logOutput = true; // false: no output kept, live or stored (Borgitory's log_output)
    HookWhen when = HookWhen::Success;
    // webhook fields
    QString method = QStringLiteral("POST");
    QString url;
    KeyValueList headers;
    QString body;

    bool runsAfterFailure() const { return when != HookWhen::Success; }
    friend bool operator==(const Hook &a, const Hook &b);
    friend bool operator!=(const Hook &a, const Hook &b) { return !(a == b); }
};

} // namespace borgtide
