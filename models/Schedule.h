#pragma once

#include "models/Hook.h"
#include "models/Repository.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace borgtide {

struct Trigger
{
    TriggerKind kind = TriggerKind::Manual;
    QString cron;            // kind == Cron
    int intervalMinutes = 0; // kind == Interval
    friend bool operator==(const Trigger &a, const Trigger &b)
    {
        return a.kind == b.kind && a.cron == b.cron && a.intervalMinutes == b.intervalMinutes;
    }
};

// borg prune's retention options; an absent value is not passed to borg.
struct Retention
{
    QString keepWithin;
    std::optional<int> keepHourly;
    std::optional<int> keepDaily;
    std::optional<int> keepWeekly;
    std::optional<int> keepMonthly;
    std::optional<int> keepYearly;
    friend bool operator==(const Retention &a, const Retention &b)
    {
        return a.keepWithin == b.keepWithin && a.keepHourly == b.keepHourly &&
               a.keepDaily == b.keepDaily && a.keepWeekly == b.keepWeekly &&
               a.keepMonthly == b.keepMonthly && a.keepYearly == b.keepYearly;
    }
};

struct Schedule
{
    qint64 id = 0;
    QString name;
    bool enabled = true;
    Repository repository;
    Trigger trigger;
    bool catchUpMissed = true;
    QStringList sources;
    QStringList excludes;
    QString archiveName = QStringLiteral("{schedule}-{now}");
    QString compression = QStringLiteral("lz4");
    std::optional<Retention> prune;
    bool compact = false;
    int checkEveryNJobs = 0;
    QList<Hook> notifications;
    QList<Hook> preHooks;
    QList<Hook> postHooks;
    QDateTime createdAt; // when it was first saved (not part of schedule files)

    // Equal in everything a schedule file holds (ids ignored).
    friend bool operator==(const Schedule &a, const Schedule &b);
    friend bool operator!=(const Schedule &a, const Schedule &b) { return !(a == b); }
};

} // namespace borgtide
