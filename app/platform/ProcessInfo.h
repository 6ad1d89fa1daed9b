#pragma once

#include <QString>

namespace borgtide::processinfo {

// Identity of a process that survives pid reuse: its pid and its start time as the OS records
// it (Linux: /proc/PID/stat field 22). Used to tell whether a job's owner still runs.
qint64 currentPid();
QString startTime(qint64 pid); // empty when the process does not exist
inline QString currentStartTime()
{
    return startTime(currentPid());
}
bool isAlive(qint64 pid, const QString &startTime);

// Members of process group `pgid` whose environment holds `marker` (e.g.
// "BORGTIDE_JOB_ID=42"): proof that a leftover group is ours before we stop it.
bool groupCarriesMarker(qint64 pgid, const QByteArray &marker);
bool groupExists(qint64 pgid);
// SIGTERM to the group, then SIGKILL after `graceMs` if anything of it is left.
void terminateGroup(qint64 pgid, int graceMs);

} // namespace borgtide::processinfo
