#pragma once

#include "models/Schedule.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace borgtide {

// When a schedule's trigger comes due (SPEC 3).
//  - cron: the expression's next times in local wall-clock time (DST rules of the cron module);
//  - interval: every N minutes counted from the last run's start; a schedule that never ran
//    counts from `anchor` (when the scheduler first saw it);
//  - manual and events: never (events come when they come).
// Returns up to `count` times strictly after `after`.
QList<QDateTime> nextRuns(const Trigger &trigger, const QDateTime &after, int count,
                          const QDateTime &lastStart = {}, const QDateTime &anchor = {});

// The trigger in words for the GUI and `schedules`: "Every day at 02:00", "Every 30 minutes",
// "Manual only", "When usb-disk is connected, at most once a day" (`repositoryName`: the
// schedule's first repository, for repository_connected).
QString describeTrigger(const Trigger &trigger, const QString &repositoryName = {});

} // namespace borgtide
