#pragma once

#include "models/Schedule.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace borgtide {

class JsonWriter;

// One problem found in a schedule file or a schedule: the JSON path, what is wrong in English
// (the command line's words, checked by tests), and a code the GUI turns into its own words.
struct Problem
{
    enum class Code {
        Other,
        Required,        // missing or empty
        OutOfRange,      // a number too small or too large (timeouts)
        BadMethod,       // not GET, POST or PUT
        BadScheme,       // a URL that does not start with http:// or https://
        BadTemplate,     // an unknown or ill-formed {{ placeholder }}
        BadVariableName, // an environment variable name
        Passphrase,      // a passphrase where none may be
        LineBreak,       // CR or LF in a header
    };
    QString path; // e.g. "schedules[0].pre_job_hooks[1].timeout"
    QString message;
    Code code = Code::Other;
    QString text() const { return path.isEmpty() ? message : path + QLatin1String(": ") + message; }
    friend bool operator==(const Problem &a, const Problem &b)
    {
        return a.path == b.path && a.message == b.message;
    }
};
using Problems = QList<Problem>;

// Schedule files, format "borgtide-schedules" version 1 (SPEC 5).
namespace schedulefile {

inline constexpr int FormatVersion = 1;
inline constexpr const char *FormatName = "borgtide-schedules";
inline constexpr qsizetype MaxFileSize = 16 * 1024 * 1024; // larger files are not read further
inline constexpr qsizetype MaxNameLength = 100;            // schedule and repository names

struct Contents
{
    QList<Schedule> schedules;
    Problems problems; // empty when the file is valid
};

// Reads and validates a whole file. Every problem is reported with its path; when there is
// any, the schedules must not be used.
Contents parse(const QByteArray &data);

// Parses one hook object (Borgitory's field names) in the given phase; used by parse() and
// by the GUI when pasting a Borgitory hook array.
Hook parseHook(const QJsonValue &value, HookPhase phase, const QString &path, Problems &problems);

QByteArray write(const QList<Schedule> &schedules, const QDateTime &exportedAt);

// The schedule object of the file format, written into an open writer (the CLI adds fields).
void writeScheduleFields(JsonWriter &w, const Schedule &schedule);

// Rules on a schedule that do not depend on JSON syntax (also used by the GUI editors).
// `path` prefixes each problem's path, e.g. "schedules[2]"; repositories are named
// "repositories[i]" when `repositoryList` or there are several, else "repository".
Problems validate(const Schedule &schedule, const QString &path = {}, bool repositoryList = false);
Problems validateMonitor(const Monitor &monitor, const QString &path);
// Why a schedule or repository name cannot be used (SPEC 5), or an empty string.
QString nameProblem(const QString &name);
Problems validateHook(const Hook &hook, HookPhase phase, const QString &path);
Problems validateNotification(const Hook &hook, const QString &path);

// Two schedules on one repository location must have archive name prefixes that cannot match
// each other's archives (SPEC 5). `paths` names each schedule in messages (same size as list).
Problems checkArchivePrefixes(const QList<Schedule> &schedules, const QStringList &paths);
// One repository name means one location, and one location has one name.
Problems checkRepositoryNames(const QList<Schedule> &schedules, const QStringList &paths);

} // namespace schedulefile
} // namespace borgtide
