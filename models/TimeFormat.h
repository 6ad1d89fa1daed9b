#pragma once

#include <QDateTime>
#include <QString>

namespace borgtide {

// ISO-8601 with seconds and the UTC offset, in the time's own zone or local time:
// "2026-11-22T19:00:00+01:00" (never "Z", so every line looks the same).
QString isoWithOffset(const QDateTime &time);
// Parses ISO-8601 with an offset or "Z"; a time without an offset is local time.
QDateTime parseIso(const QString &text);
// Milliseconds since the epoch <-> QDateTime in local time; 0 / invalid map to each other.
qint64 toMsecs(const QDateTime &time);
QDateTime fromMsecs(qint64 msecs);

} // namespace borgtide
