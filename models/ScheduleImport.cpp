#include "models/ScheduleImport.h"

#include "models/Store.h"

#include <QSet>

namespace borgtide {

std::optional<ConflictPolicy> conflictPolicyFromString(const QString &text)
{
    if (text == QLatin1String("fail"))
        return ConflictPolicy::Fail;
    if (text == QLatin1String("skip"))
        return ConflictPolicy::Skip;
    if (text == QLatin1String("replace"))
        return ConflictPolicy::Replace;
    if (text == QLatin1String("rename"))
        return ConflictPolicy::Rename;
    return std::nullopt;
}

int ImportPlan::count(Action action) const
{
    int n = 0;
    for (const Item &i : items)
        n += i.action == action ? 1 : 0;
    return n;
}

QStringList ImportPlan::describe() const
{
    QStringList lines;
    for (const Repository &r : newRepositories)
        lines.append(
            QStringLiteral("add repository '%1' (%2, %3)").arg(r.name, r.location, r.encryption));
    for (const Repository &r : changedRepositories)
        lines.append(QStringLiteral("change repository '%1' to %2 (%3)")
                         .arg(r.name, r.location, r.encryption));
    for (const Item &i : items) {
        switch (i.action) {
        case Action::Add:
            if (i.schedule.name != i.fileName)
                lines.append(QStringLiteral("add schedule '%1' as '%2' (%3)")
                                 .arg(i.fileName, i.schedule.name, i.reason));
            else
                lines.append(QStringLiteral("add schedule '%1'").arg(i.fileName));
            break;
        case Action::Replace:
            lines.append(QStringLiteral("replace schedule '%1'").arg(i.fileName));
            break;
        case Action::Skip:
            lines.append(QStringLiteral("skip schedule '%1' (%2)").arg(i.fileName, i.reason));
            break;
        }
    }
    return lines;
}

namespace {

QString uniqueName(const QString &base, const QSet<QString> &taken)
{
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace

ImportPlan planImport(const Store &store, const QList<Schedule> &incoming, ConflictPolicy policy)
{
    ImportPlan plan;
    const QList<Schedule> existing = store.schedules();
    QSet<QString> scheduleNames;
    for (const Schedule &s : existing)
        scheduleNames.insert(s.name);
    QSet<QString> repoNames;
    QHash<QString, Repository> repos;
    for (const Repository &r : store.repositories()) {
        repoNames.insert(r.name);
        repos.insert(r.name, r);
    }
    QHash<QString, QString> renamedRepos; // file name -> new name (rename policy)

    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const QString path = QStringLiteral("schedules[%1]").arg(i);
        ImportPlan::Item item;
        item.fileIndex = int(i);
        item.fileName = incoming.at(i).name;
        item.schedule = incoming.at(i);
        Schedule &s = item.schedule;

        // repository, matched by name
        const auto repoIt = repos.constFind(s.repository.name);
        const bool repoConflict =
            repoIt != repos.constEnd() && repoIt->location != s.repository.location;
        const bool nameConflict = scheduleNames.contains(s.name);
        if ((repoConflict || nameConflict) && policy == ConflictPolicy::Fail) {
            if (nameConflict)
                plan.conflicts.append({path + QStringLiteral(".name"),
                                       QStringLiteral("a schedule named '%1' already exists (use "
                                                      "--on-conflict skip, replace or rename)")
                                           .arg(s.name)});
            if (repoConflict)
                plan.conflicts.append(
                    {path + QStringLiteral(".repository"),
                     QStringLiteral("repository '%1' already exists at %2, not at %3 (use "
                                    "--on-conflict skip, replace or rename)")
                         .arg(s.repository.name, repoIt->location, s.repository.location)});
            continue;
        }
        if ((repoConflict || nameConflict) && policy == ConflictPolicy::Skip) {
            item.action = ImportPlan::Action::Skip;
            item.reason = nameConflict ? QStringLiteral("a schedule of that name exists")
                                       : QStringLiteral("repository '%1' exists at %2")
                                             .arg(s.repository.name, repoIt->location);
            plan.items.append(item);
            continue;
        }
        if (repoConflict && policy == ConflictPolicy::Rename) {
            QString newName = renamedRepos.value(s.repository.name);
            if (newName.isEmpty()) {
                newName = uniqueName(s.repository.name, repoNames);
                renamedRepos.insert(s.repository.name, newName);
                repoNames.insert(newName);
                Repository r = s.repository;
                r.name = newName;
                repos.insert(newName, r);
                plan.newRepositories.append(r);
            }
            s.repository.name = newName;
            item.reason = QStringLiteral("repository renamed to '%1'").arg(newName);
        } else if (repoConflict && policy == ConflictPolicy::Replace) {
            repos.insert(s.repository.name, s.repository);
            plan.changedRepositories.append(s.repository);
        } else if (repoIt == repos.constEnd()) {
            repos.insert(s.repository.name, s.repository);
            repoNames.insert(s.repository.name);
            plan.newRepositories.append(s.repository);
        } else {
            // same name and location: the stored repository (its encryption) is used
            s.repository = *repoIt;
        }

        if (nameConflict && policy == ConflictPolicy::Replace) {
            item.action = ImportPlan::Action::Replace;
            for (const Schedule &e : existing) {
                if (e.name == s.name)
                    s.id = e.id; // keeps its job history
            }
        } else if (nameConflict && policy == ConflictPolicy::Rename) {
            s.name = uniqueName(s.name, scheduleNames);
            item.reason = item.reason.isEmpty()
                              ? QStringLiteral("a schedule named '%1' exists").arg(item.fileName)
                              : item.reason;
        }
        scheduleNames.insert(s.name);
        plan.items.append(item);
    }

    // The result must keep archive prefixes apart on each repository location.
    QList<Schedule> finalSet;
    QStringList paths;
    QSet<qint64> replaced;
    for (const ImportPlan::Item &item : plan.items) {
        if (item.action == ImportPlan::Action::Replace)
            replaced.insert(item.schedule.id);
    }
    for (const Schedule &e : existing) {
        if (replaced.contains(e.id))
            continue;
        Schedule copy = e;
        const auto r = repos.constFind(e.repository.name);
        if (r != repos.constEnd())
            copy.repository.location = r->location;
        finalSet.append(copy);
        paths.append(QStringLiteral("schedule '%1' (stored)").arg(e.name));
    }
    for (const ImportPlan::Item &item : plan.items) {
        if (item.action == ImportPlan::Action::Skip)
            continue;
        finalSet.append(item.schedule);
        paths.append(QStringLiteral("schedules[%1]").arg(item.fileIndex));
    }
    plan.conflicts += schedulefile::checkArchivePrefixes(finalSet, paths);
    return plan;
}

Status applyImport(Store &store, ImportPlan &plan)
{
    if (!plan.conflicts.isEmpty())
        return Status::failure(plan.conflicts.first().text());
    return store.transaction([&]() -> Status {
        for (Repository r : plan.changedRepositories) {
            if (auto existing = store.repositoryByName(r.name))
                r.id = existing->id;
            if (Status s = store.saveRepository(r); !s)
                return s;
        }
        for (ImportPlan::Item &item : plan.items) {
            if (item.action == ImportPlan::Action::Skip)
                continue;
            if (Status s = store.saveSchedule(item.schedule); !s)
                return s;
        }
        return {};
    });
}

} // namespace borgtide
