#pragma once

#include "app/jobs/TaskRunner.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace borgtide {

class Store;

namespace recovery {

// SPEC 2, "the process running the job dies": marks `interrupted` each running job whose owning
// process (pid + start time) is gone; its running task failed with "Interrupted: the
// application exited", its pending tasks skipped with "Skipped: the application exited"; and
// stops the job's recorded hook and borg process groups if they still run (after checking they
// carry the job's marker in their environment). Returns the ids of the jobs it settled.
QList<qint64> recoverInterruptedJobs(Store &store);

// SPEC 9: the process that marks a job interrupted tells its schedule's monitors ("failure").
// `done` gets the monitors' lines.
void tellMonitors(Store &store, const QList<qint64> &jobIds, const JobServices &services,
                  QObject *context, std::function<void(const QStringList &lines)> done);

} // namespace recovery
} // namespace borgtide
