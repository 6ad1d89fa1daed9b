#include "models/NextRun.h"

#include "models/cron/CronExpression.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace borgtide {

QList<QDateTime> nextRuns(const Trigger &trigger, const QDateTime &after, int count,
                          const QDateTime &lastStart, const QDateTime &anchor)
{
    QList<QDateTime> out;
    switch (trigger.kind) {
    case TriggerKind::Manual:
    case TriggerKind::Event:
        break;
    case TriggerKind::Cron: {
        const CronExpression cron = CronExpression::parse(trigger.cron);
        if (!cron.isValid())
            break;
        // In the system zone, not Qt::LocalTime: the same instants without a tzset() per step.
        const QTimeZone zone = QTimeZone::systemTimeZone();
        QDateTime t = after;
        for (int i = 0; i < count; ++i) {
            t = cron.next(t, zone);
            if (!t.isValid())
                break;
            out.append(t);
        }
        break;
    }
    case TriggerKind::Interval: {
        if (trigger.intervalMinutes < 1)
            break;
        const QDateTime base = lastStart.isValid() ? lastStart : anchor.isValid() ? anchor : after;
        const qint64 step = qint64(trigger.intervalMinutes) * 60 * 1000;
        const qint64 from = after.toMSecsSinceEpoch();
        qint64 t = base.toMSecsSinceEpoch() + step;
        if (t <= from)
            t += ((from - t) / step + 1) * step;
        for (int i = 0; i < count; ++i, t += step)
            out.append(QDateTime::fromMSecsSinceEpoch(t));
        break;
    }
    }
    return out;
}

namespace {

QString atMost(int minutes)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("borgtide::Trigger", text);
    };
    if (minutes <= 0)
        return {};
    if (minutes == 1440)
        return tr(", at most once a day");
    if (minutes == 60)
        return tr(", at most once an hour");
    if (minutes % 1440 == 0)
        return tr(", at most once every %1 days").arg(minutes / 1440);
    if (minutes % 60 == 0)
        return tr(", at most once every %1 hours").arg(minutes / 60);
    if (minutes == 1)
        return tr(", at most once a minute");
    return tr(", at most once every %1 minutes").arg(minutes);
}

} // namespace

QString describeTrigger(const Trigger &trigger, const QString &repositoryName)
{
    switch (trigger.kind) {
    case TriggerKind::Event:
        switch (trigger.event) {
        case TriggerEvent::RepositoryConnected:
            return QCoreApplication::translate("borgtide::Trigger", "When %1 is connected")
                       .arg(repositoryName.isEmpty()
                                ? QCoreApplication::translate("borgtide::Trigger", "the repository")
                                : repositoryName) +
                   atMost(trigger.minIntervalMinutes);
        case TriggerEvent::Startup:
            return QCoreApplication::translate("borgtide::Trigger", "When Borgtide starts") +
                   atMost(trigger.minIntervalMinutes);
        case TriggerEvent::Resume:
            return QCoreApplication::translate("borgtide::Trigger",
                                               "When the computer wakes from sleep") +
                   atMost(trigger.minIntervalMinutes);
        }
        return {};
    case TriggerKind::Manual:
        return QCoreApplication::translate("borgtide::Trigger", "Manual only");
    case TriggerKind::Interval:
        // separate sentences, not "%n minute(s)": the command line loads no translator
        if (trigger.intervalMinutes == 1)
            return QCoreApplication::translate("borgtide::Trigger", "Every minute");
        if (trigger.intervalMinutes % 60 == 0 && trigger.intervalMinutes > 60)
            return QCoreApplication::translate("borgtide::Trigger", "Every %1 hours")
                .arg(trigger.intervalMinutes / 60);
        if (trigger.intervalMinutes == 60)
            return QCoreApplication::translate("borgtide::Trigger", "Every hour");
        return QCoreApplication::translate("borgtide::Trigger", "Every %1 minutes")
            .arg(trigger.intervalMinutes);
    case TriggerKind::Cron: {
        const CronExpression cron = CronExpression::parse(trigger.cron);
        return cron.isValid() ? cron.describe() : trigger.cron;
    }
    }
    return {};
}

} // namespace borgtide
