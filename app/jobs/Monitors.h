#pragma once

#include "app/jobs/TaskRunner.h"

#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

namespace borgtide::monitors {

// The outcome words of SPEC 9: success, warning, failure (failed, cancelled, interrupted),
// skipped. Empty for a running job.
QString outcomeOf(JobStatus status);

// What a monitor is told about a job.
struct Message
{
    QString outcome; // success, warning, failure, skipped; "start" for the Healthchecks start ping
    QString title;   // the notification's title
    QString text;    // the notification's text without its title
    QString outputTail; // the end of the job's output (Healthchecks appends it, 100 kB in all)
    qint64 durationMs = 0;
    QUuid runId; // Healthchecks rid: one per job, the same on its start and end pings
};

// One UUID per job, the same in every process (derived from the database and the job id), so
// the process that marks a job interrupted pings with the rid of its start.
QUuid runIdFor(const QString &databasePath, qint64 jobId);

// Whether `monitor` is told about `outcome` ("start": Healthchecks only, always).
bool wants(const Monitor &monitor, const QString &outcome);

// Sends one request (SPEC 9's table), fire-and-forget: `done` gets the line for the
// notification task's output, "Monitor ntfy: sent (HTTP 200)" or "Monitor ntfy: failed: …",
// with secrets masked; it is called once unless `context` is gone. A monitor that sends
// nothing for this outcome (Uptime Kuma on skipped) calls `done` with an empty line.
void send(const Monitor &monitor, const Message &message, const JobServices &services,
          QObject *context, std::function<void(const QString &line)> done);

// A sample for the Test buttons of the schedule editor.
Message sample(const QString &outcome = QStringLiteral("success"));

// The job's output tail for Healthchecks: the tasks' outputs in order, the newest part, so
// that `budget` bytes are not exceeded.
QString outputTail(const Job &job, qsizetype budget);

// Sends every monitor of `schedule` that wants `outcome`, one after another; `done` gets the
// lines (empty ones left out). Used by the notification task, the Healthchecks start ping and
// crash recovery.
void sendAll(const Schedule &schedule, const Message &message, const JobServices &services,
             QObject *context, std::function<void(const QStringList &lines)> done);

} // namespace borgtide::monitors
