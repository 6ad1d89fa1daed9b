// Idle cost of `borgtide daemon` with 100 enabled schedules: voluntary context switches of the
// whole process (all threads) over 60 s, after a 5 s settling time. Goal: <= 2 per minute.
// Usage: bench_daemon_idle [seconds, default 60]
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

static qint64 voluntarySwitches(qint64 pid, int *threads)
{
    qint64 total = 0;
    *threads = 0;
    const QStringList tasks =
        QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tasks) {
        QFile f(QStringLiteral("/proc/%1/task/%2/status").arg(pid).arg(tid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++*threads;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:"))
                total += line.mid(24).trimmed().toLongLong();
        }
    }
    return total;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 60;
    const QString borgtide =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../borgtide");
    QTemporaryDir dir;
    QByteArray json = R"({"format": "borgtide-schedules", "version": 1, "schedules": [)";
    const char *crons[] = {"0 3 * * *", "30 2 * * 1-5", "15 */6 * * *", "0 0 1 * *",
                           "45 23 * * SUN"};
    for (int i = 0; i < 100; ++i) {
        if (i)
            json += ",";
        json +=
            QStringLiteral(
                R"({"name": "s%1", "repository": {"name": "r%1", "location": "/nonexistent/r%1", "encryption": "none"},
            "trigger": %2, "sources": ["/nonexistent"]})")
                .arg(i)
                .arg(i % 2 ? QStringLiteral("{\"cron\": \"%1\"}")
                                 .arg(QString::fromLatin1(crons[i % 5]))
                           : QStringLiteral("{\"interval_minutes\": %1}").arg(600 + i))
                .toUtf8();
    }
    json += "]}";
    QFile f(dir.filePath(QStringLiteral("s.json")));
    f.open(QIODevice::WriteOnly);
    f.write(json);
    f.close();
    const QString data = dir.filePath(QStringLiteral("data"));
    QProcess import;
    import.setStandardOutputFile(QProcess::nullDevice());
    import.start(borgtide,
                 {QStringLiteral("--data-dir"), data, QStringLiteral("import"), f.fileName()});
    import.waitForFinished();
    QProcess daemon;
    daemon.setStandardOutputFile(QProcess::nullDevice());
    daemon.start(borgtide, {QStringLiteral("--data-dir"), data, QStringLiteral("daemon")});
    daemon.waitForStarted();
    QThread::sleep(5);
    int threads = 0;
    const qint64 before = voluntarySwitches(daemon.processId(), &threads);
    QThread::sleep(seconds);
    const qint64 after = voluntarySwitches(daemon.processId(), &threads);
    daemon.terminate();
    daemon.waitForFinished();
    std::printf("daemon idle: 100 schedules, %d threads, %lld voluntary context switches in %d s = "
                "%.1f per minute (goal <= 2)\n",
                threads, after - before, seconds, double(after - before) * 60.0 / seconds);
    return 0;
}
