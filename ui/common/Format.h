#pragma once

#include "models/Types.h"

#include <QDateTime>
#include <QIcon>
#include <QString>

namespace borgtide::format {

// How values look in the windows (all through tr() where words are involved).
QString bytes(qint64 bytes);
QString duration(qint64 msecs);
QString duration(const QDateTime &from, const QDateTime &to);
QString dateTime(const QDateTime &time); // local, short, e.g. "2026-11-22 19:00"
QString relative(const QDateTime &time, const QDateTime &now); // "in 5 min", "3 h ago"
QString statusText(TaskStatus status);
QString statusText(JobStatus status);
using borgtide::statusEmoji;        // ✅ ❌ ⏭️ ⏸️ ▶️ ⏹️ (models/Types.h)
QIcon statusIcon(JobStatus status); // colored dot drawn in code, no image files
QIcon statusIcon(TaskStatus status);

} // namespace borgtide::format
