#pragma once

#include <QList>

namespace borgtide {

class Store;

namespace recovery {

// SPEC 2, "the process running the job dies": marks `interrupted` each running job whose owning
// process (pid + start time) is gone; its running task failed with "Interrupted: the
// application exited", its pending tasks skipped with "Skipped: the application exited"; and
// stops the job's recorded hook and borg process groups if they still run (after checking they
// carry the job's marker in their environment). Returns the ids of the jobs it settled.
QList<qint64> recoverInterruptedJobs(Store &store);

} // namespace recovery
} // namespace borgtide
