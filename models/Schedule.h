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
    QString cron;                                           // kind == Cron
    int intervalMinutes = 0;                                // kind == Interval
    TriggerEvent event = TriggerEvent::RepositoryConnected; // kind == Event
    int minIntervalMinutes = 0;                             // kind == Event
    friend bool operator==(const Trigger &a, const Trigger &b)
    {
        if (a.kind != b.kind)
            return false;
        switch (a.kind) {
        case TriggerKind::Cron:
            return a.cron == b.cron;
        case TriggerKind::Interval:
            return a.intervalMinutes == b.intervalMinutes;
        case TriggerKind::Event:
            return a.event == b.event && a.minIntervalMinutes == b.minIntervalMinutes;
        case TriggerKind::Manual:
            break;
        }
        return true;
    }
};

// When a scheduled run may start (SPEC 3); runs a user starts by hand ignore them.
struct Conditions
{
    bool onAcPower = false;
    bool unmeteredNetwork = false;
    bool repositoryReachable = false;
    QStringList allowedWifi;
    QStringList blockedWifi;
    bool isEmpty() const
    {
        return !onAcPower && !unmeteredNetwork && !repositoryReachable && allowedWifi.isEmpty() &&
               blockedWifi.isEmpty();
    }
    friend bool operator==(const Conditions &a, const Conditions &b)
    {
        return a.onAcPower == b.onAcPower && a.unmeteredNetwork == b.unmeteredNetwork &&
               a.repositoryReachable == b.repositoryReachable && a.allowedWifi == b.allowedWifi &&
               a.blockedWifi == b.blockedWifi;
    }
};

// A service told about each job's outcome (SPEC 9).
struct Monitor
{
    QString type; // healthchecks, ntfy, uptime_kuma, gotify, discord, slack
    QString url;  // may hold {{ secret.NAME }}
    // Outcomes that send: success, warning, failure, skipped. Empty: the type's default.
    QStringList on;

    static const QStringList &types();
    static const QStringList &outcomes();
    static QStringList defaultOutcomes(const QString &type);
    QStringList effectiveOutcomes() const { return on.isEmpty() ? defaultOutcomes(type) : on; }
    friend bool operator==(const Monitor &a, const Monitor &b)
    {
        return a.type == b.type && a.url == b.url && a.effectiveOutcomes() == b.effectiveOutcomes();
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
    static constexpr int MaxRepositories = 8;

    qint64 id = 0;
    QString name;
    bool enabled = true;
    // 1 to 8 repositories, distinct locations, in the order their tasks run.
    QList<Repository> repositories;
    Trigger trigger;
    Conditions conditions;
    bool backup = true; // false: a maintenance or hook-only schedule
    bool catchUpMissed = true;
    QStringList sources;
    QStringList excludes;
    QString archiveName = QStringLiteral("{schedule}-{now}");
    QString compression = QStringLiteral("lz4");
    std::optional<Retention> prune;
    bool compact = false;
    int compactEveryDays = 0;
    int checkEveryNJobs = 0;
    int checkEveryDays = 0;
    QList<Hook> notifications;
    QList<Monitor> monitors;
    QList<Hook> preHooks;
    QList<Hook> postHooks;
    QDateTime createdAt; // when it was first saved (not part of schedule files)

    // The first repository: BORGITORY_REPOSITORY_* describe it, `repository_connected` watches
    // it. An empty Repository when the list is empty (an invalid schedule).
    const Repository &repository() const;
    Repository &repository();

    // Equal in everything a schedule file holds (ids ignored).
    friend bool operator==(const Schedule &a, const Schedule &b);
    friend bool operator!=(const Schedule &a, const Schedule &b) { return !(a == b); }
};

} // namespace borgtide
