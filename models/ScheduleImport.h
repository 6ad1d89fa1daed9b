#pragma once

#include "models/Result.h"
#include "models/ScheduleFile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace borgtide {

class Store;

enum class ConflictPolicy { Fail, Skip, Replace, Rename };
std::optional<ConflictPolicy> conflictPolicyFromString(const QString &text);

// What importing a file would do to the store (SPEC 5): built without writing, shown by
// --dry-run, applied in one transaction.
struct ImportPlan
{
    enum class Action { Add, Replace, Skip };
    struct Item
    {
        Action action = Action::Add;
        int fileIndex = 0; // position in the file's schedules array
        QString fileName;  // the schedule's name in the file
        Schedule schedule; // as it will be stored (renamed, repository resolved)
        QString reason;    // why skipped / renamed
    };
    QList<Item> items;
    QList<Repository> newRepositories;
    QList<Repository> changedRepositories; // replace: existing name, new location
    Problems conflicts;                    // non-empty: nothing may be written

    int count(Action action) const;
    // One line per change, e.g. "add schedule 'Home' (repository 'usb', new)".
    QStringList describe() const;
};

ImportPlan planImport(const Store &store, const QList<Schedule> &incoming, ConflictPolicy policy);

// Writes the plan in one transaction; on any error nothing is written.
Status applyImport(Store &store, ImportPlan &plan);

} // namespace borgtide
