#include "app/borg/BorgRunner.h"

#include "app/borg/BorgEnvironment.h"
#include "app/borg/Passphrases.h"
#include "app/hooks/HookRunner.h"
#include "app/secrets/SecretStore.h"
#include "models/ArchiveName.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>

namespace borgtide {

BorgRunner::BorgRunner(const JobContext &context, TaskKind kind, QObject *parent)
    : TaskRunner(parent)
    , m_context(context)
    , m_kind(kind)
    , m_stderr([this](const borglog::Line &line) { handleLine(line); })
{
    m_process.setMergedChannels(false);
    // borg checkpoints and releases its lock on SIGTERM; give it time before SIGKILL
    m_process.setKillGraceMs(30000);
#ifdef Q_OS_UNIX
    m_process.setParentDeathSignal(15); // SIGTERM: let borg release its lock
#endif
    connect(&m_process, &GroupProcess::started, this, &TaskRunner::processGroupStarted);
    connect(&m_process, &GroupProcess::standardOutput, this, [this](const QByteArray &chunk) {
        if (m_stdout.size() < 4 * 1024 * 1024)
            m_stdout += chunk;
    });
    connect(&m_process, &GroupProcess::standardError, this,
            [this](const QByteArray &chunk) { m_stderr.feed(chunk); });
    connect(&m_process, &GroupProcess::finished, this, &BorgRunner::onFinished);
}

QString BorgRunner::version(const QString &borgPath)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    if (cache.contains(borgPath))
        return cache.value(borgPath);
    QProcess p;
    p.start(borgPath, {QStringLiteral("--version")});
    QString v;
    if (p.waitForFinished(30000) && p.exitCode() == 0) {
        static const QRegularExpression re(QStringLiteral(R"((\d+)\.(\d+)\.(\d+))"));
        const auto m = re.match(QString::fromUtf8(p.readAll()));
        if (m.hasMatch())
            v = m.captured(0);
    }
    cache.insert(borgPath, v);
    return v;
}

bool BorgRunner::versionAtLeast(const QString &version, int major, int minor)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return true; // unknown: let borg decide
    const int ma = parts.at(0).toInt();
    const int mi = parts.at(1).toInt();
    return ma > major || (ma == major && mi >= minor);
}

namespace {

QString expandHome(const QString &path)
{
    return CommandHookRunner::expandHome(path);
}

QString humanBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QStringList BorgRunner::arguments(const JobContext &c, TaskKind kind)
{
    const Schedule &s = c.schedule;
    const QString repo = c.repository.location;
    QStringList args;
    const QStringList common{QStringLiteral("--log-json"), QStringLiteral("--lock-wait"),
                             QString::number(c.services ? c.services->lockWaitSecs : 300)};
    switch (kind) {
    case TaskKind::Backup: {
        args << QStringLiteral("create") << common << QStringLiteral("--progress")
             << QStringLiteral("--json") << QStringLiteral("--compression") << s.compression;
        for (const QString &e : s.excludes)
            args << QStringLiteral("--exclude") << expandHome(e);
        // one name in every repository of the job, made when the job started
        const QString name = c.archiveName.isEmpty()
                                 ? archivename::expandSchedule(s.archiveName, s.name)
                                 : c.archiveName;
        args << QStringLiteral("--") << repo + QStringLiteral("::") + name;
        for (const QString &src : s.sources)
            args << expandHome(src);
        break;
    }
    case TaskKind::Prune: {
        args << QStringLiteral("prune") << common << QStringLiteral("--list")
             << QStringLiteral("--glob-archives")
             << archivename::pruneGlob(s.archiveName, s.name, c.otherArchivePrefixes);
        if (s.prune) {
            const Retention &r = *s.prune;
            if (!r.keepWithin.isEmpty())
                args << QStringLiteral("--keep-within") << r.keepWithin;
            const std::pair<const char *, std::optional<int>> keeps[] = {
                {"--keep-hourly", r.keepHourly}, {"--keep-daily", r.keepDaily},
                {"--keep-weekly", r.keepWeekly}, {"--keep-monthly", r.keepMonthly},
                {"--keep-yearly", r.keepYearly},
            };
            for (const auto &[flag, value] : keeps) {
                if (value && *value > 0)
                    args << QString::fromLatin1(flag) << QString::number(*value);
            }
        }
        args << QStringLiteral("--") << repo;
        break;
    }
    case TaskKind::Compact:
        args << QStringLiteral("compact") << common << QStringLiteral("--") << repo;
        break;
    case TaskKind::Check:
        args << QStringLiteral("check") << common << QStringLiteral("--") << repo;
        break;
    default:
        break;
    }
    return args;
}

void BorgRunner::start()
{
    using K = TaskOutcome::Kind;
    const JobServices &services = *m_context.services;
    if (services.borgPath.isEmpty()) {
        Q_EMIT finished({K::Failure, std::nullopt, borgenv::notFoundMessage()});
        return;
    }
    passphrases::resolve(
        m_context.repository, services, m_context.passphrases,
        m_context.usePassphraseFromEnvironment, this, [this](const Result<borgenv::Passphrase> &p) {
            if (m_cancelled)
                return;
            if (!p) {
                Q_EMIT finished({TaskOutcome::Kind::Failure, std::nullopt, p.error()});
                return;
            }
            if (p->source == borgenv::Passphrase::Source::Value && p->value.size() >= 4)
                Q_EMIT secretsUsed({p->value});
            launch(p.value());
        });
}

void BorgRunner::launch(const borgenv::Passphrase &passphrase)
{
    QProcessEnvironment env = borgenv::forBorg(passphrase);
    if (!m_context.isTest())
        env.insert(QStringLiteral("BORGTIDE_JOB_ID"), m_context.job.idText());
    m_process.setEnvironment(env);
    m_process.setWorkingDirectory(QDir::homePath());
    const QStringList args = arguments(m_context, m_kind);
    m_process.setCommand(m_context.services->borgPath, args);
    Q_EMIT output(
        (QStringLiteral("$ borg ") + args.join(QLatin1Char(' ')) + QLatin1Char('\n')).toUtf8());
    m_process.start();
}

void BorgRunner::cancel()
{
    m_cancelled = true;
    if (m_process.isRunning())
        m_process.cancel();
    else
        Q_EMIT finished(TaskOutcome::stoppedByUser());
}

void BorgRunner::handleLine(const borglog::Line &line)
{
    if (!line.isJson()) {
        Q_EMIT output(line.text + '\n');
        return;
    }
    const QJsonObject &o = line.json;
    const QString &type = line.type;
    if (type == QLatin1String("log_message")) {
        const QString &level = line.level;
        // borg's own sentence, not the traceback it may log after it as a second error
        if (line.isError() && !line.isTraceback())
            m_lastError = line.message;
        else if (level == QLatin1String("WARNING"))
            m_lastWarning = line.message;
        const QString prefix =
            level == QLatin1String("INFO") ? QString() : level + QLatin1String(": ");
        Q_EMIT output((prefix + line.message + QLatin1Char('\n')).toUtf8());
    } else if (type == QLatin1String("archive_progress")) {
        if (o.value(QStringLiteral("finished")).toBool())
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastProgressMs < 100)
            return;
        m_lastProgressMs = now;
        Q_EMIT backupProgress(o.value(QStringLiteral("nfiles")).toInteger(),
                              o.value(QStringLiteral("original_size")).toInteger(),
                              o.value(QStringLiteral("deduplicated_size")).toInteger(),
                              o.value(QStringLiteral("path")).toString());
    } else if (type == QLatin1String("progress_message") ||
               type == QLatin1String("progress_percent")) {
        const QString message = o.value(QStringLiteral("message")).toString();
        if (o.value(QStringLiteral("finished")).toBool() || message.isEmpty())
            return;
        // e.g. "Checking segments 42%": shown once in a while only
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastProgressMs < 5000)
            return;
        m_lastProgressMs = now;
        Q_EMIT output((message + QLatin1Char('\n')).toUtf8());
    } else if (type == QLatin1String("file_status")) {
        // not stored: with many files this would be most of the output
    } else {
        Q_EMIT output(line.text + '\n');
    }
}

void BorgRunner::onFinished(const GroupProcess::Result &r)
{
    using K = TaskOutcome::Kind;
    m_stderr.flush();
    const QString verb = m_kind == TaskKind::Backup ? QStringLiteral("borg create")
                                                    : QStringLiteral("borg ") + toText(m_kind);
    switch (r.end) {
    case GroupProcess::End::FailedToStart:
        Q_EMIT finished({K::Failure, std::nullopt,
                         QStringLiteral("Cannot start borg (%1): %2")
                             .arg(m_context.services->borgPath, r.error)});
        return;
    case GroupProcess::End::Cancelled:
        Q_EMIT finished(TaskOutcome::stoppedByUser());
        return;
    case GroupProcess::End::TimedOut:
    case GroupProcess::End::Signaled:
        Q_EMIT finished({K::Failure, std::nullopt,
                         QStringLiteral("%1 was killed by signal %2").arg(verb).arg(r.exitCode)});
        return;
    case GroupProcess::End::Exited:
        break;
    }
    if (m_kind == TaskKind::Backup && r.exitCode <= 1) {
        const QJsonObject archive =
            QJsonDocument::fromJson(m_stdout).object().value(QStringLiteral("archive")).toObject();
        const QJsonObject stats = archive.value(QStringLiteral("stats")).toObject();
        ArchiveStats st;
        st.files = stats.value(QStringLiteral("nfiles")).toInteger(-1);
        st.originalSize = stats.value(QStringLiteral("original_size")).toInteger(-1);
        st.compressedSize = stats.value(QStringLiteral("compressed_size")).toInteger(-1);
        st.deduplicatedSize = stats.value(QStringLiteral("deduplicated_size")).toInteger(-1);
        const QString name = archive.value(QStringLiteral("name")).toString();
        m_archiveCreated = !name.isEmpty();
        if (!name.isEmpty()) {
            Q_EMIT archiveCreated(name, st);
            Q_EMIT output(QStringLiteral("Archive %1: %2 files, %3 original, %4 compressed, %5 "
                                         "deduplicated\n")
                              .arg(name)
                              .arg(st.files)
                              .arg(humanBytes(st.originalSize), humanBytes(st.compressedSize),
                                   humanBytes(st.deduplicatedSize))
                              .toUtf8());
        }
    }
    if (m_kind == TaskKind::Backup && r.exitCode <= 1 && !m_archiveCreated) {
        Q_EMIT finished({K::Failure, r.exitCode, QStringLiteral("borg created no archive")});
    } else if (r.exitCode == 0) {
        Q_EMIT finished({K::Success, 0, {}});
    } else if (r.exitCode == 1) {
        Q_EMIT finished({K::Warning, 1,
                         m_lastWarning.isEmpty()
                             ? QStringLiteral("%1 finished with warnings (exit 1)").arg(verb)
                             : QStringLiteral("Warning: %1").arg(m_lastWarning)});
    } else {
        Q_EMIT finished({K::Failure, r.exitCode,
                         m_lastError.isEmpty()
                             ? QStringLiteral("%1 failed (exit %2)").arg(verb).arg(r.exitCode)
                             : QStringLiteral("%1 failed (exit %2): %3")
                                   .arg(verb)
                                   .arg(r.exitCode)
                                   .arg(m_lastError)});
    }
}

} // namespace borgtide
