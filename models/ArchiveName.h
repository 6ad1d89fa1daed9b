#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace borgtide::archivename {

// Archive name templates: borg's placeholders plus {schedule} (SPEC 5).

// {schedule} replaced by the schedule's name with spaces as '-'; other placeholders kept for borg.
QString expandSchedule(const QString &nameTemplate, const QString &scheduleName);

// The name a job gives its archive in every repository: {schedule}, {now…}, {utcnow…} (at
// `start`, strftime formats as borg writes them), {uuid4} and {pid} expanded once, so all
// repositories of a job get the same name; other placeholders ({hostname}, {user}, …) are
// left for borg, which expands them the same way everywhere.
QString expandForJob(const QString &nameTemplate, const QString &scheduleName,
                     const QDateTime &start, const QString &uuid, qint64 pid);

// The part of the name before its first time-dependent placeholder ({now…}, {utcnow…},
// {uuid4}, {pid}), with {schedule} expanded. "{schedule}-{now}" for "Home" gives "Home-".
QString prefix(const QString &nameTemplate, const QString &scheduleName);

// True when the template makes a new name on every run.
bool hasUniquePlaceholder(const QString &nameTemplate);

// The --glob-archives pattern for prune: the prefix and '*' ("Home-*"). When another schedule on
// the same repository location has a prefix that starts with this one (e.g. "Home-(2)-"), the
// glob also spells out the shape of the first time-dependent placeholder
// ("Home-[0-9][0-9][0-9][0-9]-…*"), so prune of "Home" never matches "Home (2)"'s archives.
QString pruneGlob(const QString &nameTemplate, const QString &scheduleName,
                  const QStringList &otherPrefixesOnLocation);

// True when prune of schedule A (template/name) could match an archive made by schedule B.
bool pruneCouldTouch(const QString &templateA, const QString &nameA, const QString &templateB,
                     const QString &nameB);

} // namespace borgtide::archivename
