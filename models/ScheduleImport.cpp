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
    QHash<QString, Repository> repos;       // by name, as they will be
    QHash<QString, QString> nameOfLocation; // location -> repository name, as they will be
    for (const Repository &r : store.repositories()) {
        repoNames.insert(r.name);
        repos.insert(r.name, r);
        nameOfLocation.insert(r.location, r.name);
    }
    QHash<QString, QString> renamedRepos; // file name -> new name (rename policy)

    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const QString path = QStringLiteral("schedules[%1]").arg(i);
        ImportPlan::Item item;
        item.fileIndex = int(i);
        item.fileName = incoming.at(i).name;
        item.schedule = incoming.at(i);
        Schedule &s = item.schedule;
        const bool single = s.repositories.size() == 1;
        auto repoPath = [&](qsizetype k) -> QString {
            return single ? path + QStringLiteral(".repository")
                          : path + QStringLiteral(".repositories[%1]").arg(k);
        };

        // repositories are matched by name; one location has one name
        QList<qsizetype> nameConflicts; // same name, another location
        Problems taken;                 // the location has another name already
        for (qsizetype k = 0; k < s.repositories.size(); ++k) {
            const Repository &r = s.repositories.at(k);
            const auto it = repos.constFind(r.name);
            if (it != repos.constEnd() && it->location != r.location)
                nameConflicts.append(k);
            const QString owner = nameOfLocation.value(r.location);
            if (!owner.isEmpty() && owner != r.name)
                taken.append({repoPath(k) + QStringLiteral(".location"),
                              QStringLiteral("%1 is already the location of repository '%2'; "
                                             "one location has one repository name (use '%2')")
                                  .arg(r.location, owner)});
        }
        const bool repoConflict = !nameConflicts.isEmpty();
        const bool nameConflict = scheduleNames.contains(s.name);
        if (!taken.isEmpty() && policy != ConflictPolicy::Skip) {
            plan.conflicts += taken;
            continue;
        }
        if ((repoConflict || nameConflict || !taken.isEmpty()) && policy == ConflictPolicy::Fail) {
            if (nameConflict)
                plan.conflicts.append({path + QStringLiteral(".name"),
                                       QStringLiteral("a schedule named '%1' already exists (use "
                                                      "--on-conflict skip, replace or rename)")
                                           .arg(s.name)});
            for (qsizetype k : nameConflicts) {
                const Repository &r = s.repositories.at(k);
                plan.conflicts.append(
                    {repoPath(k), QStringLiteral("repository '%1' already exists at %2, not at %3 "
                                                 "(use --on-conflict skip, replace or rename)")
                                      .arg(r.name, repos.value(r.name).location, r.location)});
            }
            continue;
        }
        if ((repoConflict || nameConflict || !taken.isEmpty()) && policy == ConflictPolicy::Skip) {
            item.action = ImportPlan::Action::Skip;
            if (nameConflict) {
                item.reason = QStringLiteral("a schedule of that name exists");
            } else if (repoConflict) {
                const Repository &r = s.repositories.at(nameConflicts.first());
                item.reason = QStringLiteral("repository '%1' exists at %2")
                                  .arg(r.name, repos.value(r.name).location);
            } else {
                item.reason = taken.first().message;
            }
            plan.items.append(item);
            continue;
        }
        for (qsizetype k = 0; k < s.repositories.size(); ++k) {
            Repository &r = s.repositories[k];
            const bool conflict = nameConflicts.contains(k);
            if (conflict && policy == ConflictPolicy::Rename) {
                QString newName = renamedRepos.value(r.name);
                if (newName.isEmpty()) {
                    newName = uniqueName(r.name, repoNames);
                    renamedRepos.insert(r.name, newName);
                    repoNames.insert(newName);
                    Repository renamed = r;
                    renamed.name = newName;
                    repos.insert(newName, renamed);
                    nameOfLocation.insert(renamed.location, newName);
                    plan.newRepositories.append(renamed);
                }
                item.reason = QStringLiteral("repository renamed to '%1'").arg(newName);
                r.name = newName;
            } else if (conflict && policy == ConflictPolicy::Replace) {
                nameOfLocation.remove(repos.value(r.name).location);
                repos.insert(r.name, r);
                nameOfLocation.insert(r.location, r.name);
                plan.changedRepositories.append(r);
            } else if (!repos.contains(r.name)) {
                repos.insert(r.name, r);
                repoNames.insert(r.name);
                nameOfLocation.insert(r.location, r.name);
                plan.newRepositories.append(r);
            } else if (!conflict) {
                // same name and location: the stored repository (its encryption) is used
                r = repos.value(r.name);
            }
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
        for (Repository &r : copy.repositories) {
            const auto it = repos.constFind(r.name);
            if (it != repos.constEnd())
                r.location = it->location;
        }
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
