// The job commands of the command line: jobs, job, next-runs (run and daemon live in
// CliRun.cpp).
#include "app/cli/Cli.h"
#include "app/cli/ExitCode.h"
#include "app/jobs/JobText.h"
#include "models/JsonWriter.h"
#include "models/NextRun.h"
#include "models/Store.h"
#include "models/TimeFormat.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace borgtide {

int Cli::cmdJobs(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("at most N jobs"), QStringLiteral("N"),
                 QStringLiteral("50")});
    p.addOption({QStringLiteral("schedule"), QStringLiteral("only this schedule's jobs"),
                 QStringLiteral("NAME")});
    if (!p.parse(QStringList{QStringLiteral("jobs")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(QStringLiteral("jobs takes no arguments"));
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return usage(QStringLiteral("--limit must be a positive number"));
    if (int rc = openStore())
        return rc;
    JobFilter filter;
    if (p.isSet(QStringLiteral("schedule"))) {
        const QString name = p.value(QStringLiteral("schedule"));
        if (!m_store->scheduleByName(name) && m_store->jobCount({name, std::nullopt}) == 0) {
            m_err << "borgtide: no schedule named '" << name << "'\n";
            return ExitUsage;
        }
        filter.scheduleName = name;
    }
    const QList<Job> list = m_store->jobs(filter, limit, 0, true);
    if (p.isSet(QStringLiteral("json"))) {
        JsonWriter w(false);
        w.beginArray();
        for (const Job &j : list)
            jobtext::writeJob(w, j, false);
        w.endArray();
        m_out << QString::fromUtf8(w.data()) << "\n";
        return ExitOk;
    }
    if (list.isEmpty()) {
        m_out << "No jobs yet.\n";
        return ExitOk;
    }
    for (const Job &j : list) {
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(j.idText().rightJustified(6),
                          j.startedAt.isValid()
                              ? j.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              : QStringLiteral("-").leftJustified(19),
                          j.scheduleName.leftJustified(20), toText(j.type).leftJustified(9),
                          toText(j.status).leftJustified(23),
                          jobtext::duration(j.startedAt, j.finishedAt))
              << (j.message.isEmpty() ? QString() : QStringLiteral("  ") + j.message) << "\n";
    }
    return ExitOk;
}

int Cli::cmdJob(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output")});
    if (!p.parse(QStringList{QStringLiteral("job")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(QStringLiteral("job needs one job ID"));
    const QString idText = p.positionalArguments().first();
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (int rc = openStore())
        return rc;
    const std::optional<Job> job = ok ? m_store->job(id) : std::nullopt;
    if (!job) {
        m_err << "borgtide: no job with id '" << idText << "'\n";
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("json"))) {
        m_out << QString::fromUtf8(jobtext::jobJson(*job, true, true));
        return ExitOk;
    }
    m_out << "Job " << job->idText() << " of '" << job->scheduleName << "' (" << toText(job->type)
          << "): " << toText(job->status) << "\n";
    if (job->startedAt.isValid())
        m_out << "Started " << isoWithOffset(job->startedAt) << ", finished "
              << (job->finishedAt.isValid() ? isoWithOffset(job->finishedAt) : QStringLiteral("-"))
              << "\n";
    if (!job->archiveName.isEmpty())
        m_out << "Archive " << job->archiveName << "\n";
    if (!job->message.isEmpty())
        m_out << job->message << "\n";
    for (const Task &t : job->tasks)
        m_out << jobtext::taskLine(t) << "\n";
    for (const Task &t : job->tasks) {
        if (t.output.isEmpty())
            continue;
        m_out << "\n--- " << t.index << ". " << jobtext::taskLabel(t) << " ---\n" << t.output;
        if (!t.output.endsWith(QLatin1Char('\n')))
            m_out << "\n";
    }
    return ExitOk;
}

int Cli::cmdNextRuns(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("count"), QStringLiteral("how many"), QStringLiteral("N"),
                 QStringLiteral("5")});
    p.addOption({QStringLiteral("from"), QStringLiteral("start after this time"),
                 QStringLiteral("ISO-8601")});
    if (!p.parse(QStringList{QStringLiteral("next-runs")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(QStringLiteral("next-runs needs one schedule NAME"));
    bool ok = false;
    const int count = p.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > 10000)
        return usage(QStringLiteral("--count must be a number from 1 to 10000"));
    QDateTime from = QDateTime::currentDateTime();
    if (p.isSet(QStringLiteral("from"))) {
        from = parseIso(p.value(QStringLiteral("from")));
        if (!from.isValid())
            return usage(QStringLiteral("--from must be an ISO-8601 time such as "
                                        "2026-11-22T19:00:00+01:00, not '%1'")
                             .arg(p.value(QStringLiteral("from"))));
    }
    if (int rc = openStore())
        return rc;
    const QString name = p.positionalArguments().first();
    const auto schedule = m_store->scheduleByName(name);
    if (!schedule) {
        m_err << "borgtide: no schedule named '" << name << "'\n";
        return ExitUsage;
    }
    if (schedule->trigger.kind == TriggerKind::Manual) {
        m_err << "borgtide: '" << name << "' runs only when started by hand\n";
        return ExitOk;
    }
    const QList<QDateTime> runs =
        nextRuns(schedule->trigger, from.toLocalTime(), count, m_store->lastStart(schedule->id),
                 m_store->scheduleState(schedule->id).anchor);
    for (const QDateTime &t : runs)
        m_out << isoWithOffset(t) << "\n";
    return ExitOk;
}

} // namespace borgtide
