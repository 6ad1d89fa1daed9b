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

QString describeTrigger(const Trigger &trigger)
{
    switch (trigger.kind) {
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
