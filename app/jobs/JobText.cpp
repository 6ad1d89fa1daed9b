#include "app/jobs/JobText.h"

#include "models/JsonWriter.h"
#include "models/TimeFormat.h"

namespace borgtide::jobtext {

namespace {

void timeField(JsonWriter &w, const QString &key, const QDateTime &t)
{
    w.key(key);
    t.isValid() ? w.value(isoWithOffset(t)) : w.null();
}

} // namespace

void writeJob(JsonWriter &w, const Job &job, bool withOutput)
{
    w.beginObject();
    w.field(QStringLiteral("id"), job.idText());
    w.field(QStringLiteral("schedule"), job.scheduleName);
    w.field(QStringLiteral("type"), toText(job.type));
    w.field(QStringLiteral("status"), toText(job.status));
    w.field(QStringLiteral("message"), job.message);
    timeField(w, QStringLiteral("started_at"), job.startedAt);
    timeField(w, QStringLiteral("finished_at"), job.finishedAt);
    w.key(QStringLiteral("archive"));
    job.archiveName.isEmpty() ? w.null() : w.value(job.archiveName);
    if (job.stats.originalSize >= 0) {
        w.key(QStringLiteral("stats")).beginObject();
        w.field(QStringLiteral("files"), job.stats.files);
        w.field(QStringLiteral("original_size"), job.stats.originalSize);
        w.field(QStringLiteral("compressed_size"), job.stats.compressedSize);
        w.field(QStringLiteral("deduplicated_size"), job.stats.deduplicatedSize);
        w.endObject();
    }
    w.key(QStringLiteral("tasks")).beginArray();
    for (const Task &t : job.tasks)
        writeTask(w, t, withOutput);
    w.endArray();
    w.endObject();
}

void writeTask(JsonWriter &w, const Task &t, bool withOutput)
{
    w.beginObject();
    w.field(QStringLiteral("index"), t.index);
    w.field(QStringLiteral("kind"), toText(t.kind));
    w.key(QStringLiteral("phase"));
    t.phase ? w.value(toText(*t.phase)) : w.null();
    w.field(QStringLiteral("name"), t.name);
    if (t.kind != TaskKind::Hook && t.kind != TaskKind::Notification)
        w.field(QStringLiteral("repository"), t.repository);
    w.field(QStringLiteral("critical"), t.critical);
    w.field(QStringLiteral("status"), toText(t.status));
    w.key(QStringLiteral("exit_code"));
    t.exitCode ? w.value(*t.exitCode) : w.null();
    w.field(QStringLiteral("warning"), t.warning);
    w.field(QStringLiteral("message"), t.message);
    timeField(w, QStringLiteral("started_at"), t.startedAt);
    timeField(w, QStringLiteral("finished_at"), t.finishedAt);
    if (withOutput)
        w.field(QStringLiteral("output"), t.output);
    w.endObject();
}

QByteArray jobJson(const Job &job, bool withOutput, bool indented)
{
    JsonWriter w(indented);
    writeJob(w, job, withOutput);
    QByteArray out = w.data();
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

QString taskLabel(const Task &t)
{
    if (t.kind != TaskKind::Hook)
        return t.repository.isEmpty() ? toText(t.kind)
                                      : QStringLiteral("%1 (%2)").arg(toText(t.kind), t.repository);
    QString label =
        t.name + QStringLiteral(" (") +
        (t.phase == HookPhase::Post ? QStringLiteral("post-hook") : QStringLiteral("pre-hook"));
    if (t.critical)
        label += QStringLiteral(", critical");
    return label + QLatin1Char(')');
}

QString duration(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    const qint64 ms = from.msecsTo(to);
    if (ms < 10000)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString taskLine(const Task &t)
{
    QString line = QStringLiteral("%1. %2 %3  %4")
                       .arg(t.index, 2)
                       .arg(statusEmoji(t.status), taskLabel(t).leftJustified(36),
                            toText(t.status).leftJustified(9));
    const QString d = duration(t.startedAt, t.finishedAt);
    if (!d.isEmpty())
        line += QStringLiteral("  ") + d.rightJustified(7);
    if (t.warning)
        line += QStringLiteral("  (warning)");
    if (!t.message.isEmpty())
        line += QStringLiteral("  ") + t.message;
    return line;
}

} // namespace borgtide::jobtext
