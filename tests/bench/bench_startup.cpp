// Time from process start to the main window shown (first paint), and resident memory 3 s
// later, with a generated store of 500 schedules and 100 000 jobs. Goals: < 300 ms, < 60 MB.
// Runs the real executable; under X (DISPLAY set, e.g. xvfb-run) or offscreen otherwise.
// Usage: bench_startup [runs, default 5]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <cstdio>

static qint64 residentKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
    const QString borgtide =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../borgtide");
    QTemporaryDir dir;
    // BORGTIDE_BENCH_DATA=DIR keeps the generated store there (to profile it afterwards)
    const QString keep = qEnvironmentVariable("BORGTIDE_BENCH_DATA");
    const QString data = keep.isEmpty() ? dir.filePath(QStringLiteral("data")) : keep;

    // 500 schedules through the real import
    QByteArray json = R"({"format": "borgtide-schedules", "version": 1, "schedules": [)";
    for (int i = 0; i < 500; ++i) {
        if (i)
            json += ",";
        json +=
            QStringLiteral(
                R"({"name": "Schedule %1", "repository": {"name": "repo%2", "location": "/srv/borg/repo%2", "encryption": "none"},
            "trigger": {"cron": "%3 %4 * * *"}, "sources": ["/home/user%1"],
            "pre_job_hooks": [{"name": "Dump", "command": "true", "critical": true}],
            "post_job_hooks": [{"name": "Ping", "command": "true", "when": "always"}]})")
                .arg(i)
                .arg(i % 40)
                .arg(i % 60)
                .arg(i % 24)
                .toUtf8();
    }
    json += "]}";
    QFile f(dir.filePath(QStringLiteral("s.json")));
    f.open(QIODevice::WriteOnly);
    f.write(json);
    f.close();
    QProcess import;
    import.setStandardOutputFile(QProcess::nullDevice());
    import.start(borgtide,
                 {QStringLiteral("--data-dir"), data, QStringLiteral("import"), f.fileName()});
    import.waitForFinished(-1);

    // 100 000 jobs with their tasks, straight into SQLite
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gen"));
        db.setDatabaseName(data + QStringLiteral("/borgtide.db"));
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("BEGIN"));
        QSqlQuery job(db);
        job.prepare(QStringLiteral(
            "INSERT INTO jobs (schedule_id, schedule_name, repository_id, type, status, message, "
            "created_at, "
            "started_at, finished_at, archive_name, files, original_size, compressed_size, "
            "deduplicated_size) "
            "VALUES (?, ?, 1, 'scheduled', ?, '', ?, ?, ?, ?, 100, 1000000, 500000, 20000)"));
        QSqlQuery task(db);
        task.prepare(QStringLiteral("INSERT INTO tasks (job_id, position, kind, name, status) "
                                    "VALUES (?, ?, ?, ?, 'completed')"));
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 100000LL * 3600 * 1000 / 10;
        const char *statuses[] = {"completed", "completed", "completed", "completed_with_warnings",
                                  "failed"};
        for (int i = 0; i < 100000; ++i) {
            const int s = 1 + i % 500;
            const qint64 t = start + qint64(i) * 360000;
            job.addBindValue(s);
            job.addBindValue(QStringLiteral("Schedule %1").arg(s - 1));
            job.addBindValue(QString::fromLatin1(statuses[i % 5]));
            job.addBindValue(t);
            job.addBindValue(t);
            job.addBindValue(t + 60000);
            job.addBindValue(QStringLiteral("Schedule-%1-%2").arg(s - 1).arg(i));
            job.exec();
            const qint64 id = job.lastInsertId().toLongLong();
            const char *kinds[] = {"hook", "backup", "hook", "notification"};
            for (int k = 0; k < 4; ++k) {
                task.addBindValue(id);
                task.addBindValue(k + 1);
                task.addBindValue(QString::fromLatin1(kinds[k]));
                task.addBindValue(QString::fromLatin1(kinds[k]));
                task.exec();
            }
        }
        q.exec(QStringLiteral("COMMIT"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gen"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BORGTIDE_STARTUP_PROBE"), QStringLiteral("1"));
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::vector<double> times;
    std::vector<qint64> rss;
    for (int r = 0; r < runs; ++r) {
        QProcess gui;
        gui.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        gui.setReadChannel(QProcess::StandardError);
        gui.start(borgtide, {QStringLiteral("--data-dir"), data});
        double shownMs = -1;
        while (gui.state() != QProcess::NotRunning && t.elapsed() < 20000) {
            gui.waitForReadyRead(50);
            if (gui.readAllStandardError().contains("main window shown")) {
                shownMs = double(t.nsecsElapsed()) / 1e6;
                break;
            }
        }
        QThread::msleep(3000);
        const qint64 kb = residentKb(gui.processId());
        gui.terminate();
        gui.waitForFinished(10000);
        if (shownMs < 0) {
            std::fprintf(stderr, "run %d: the window was not shown\n", r);
            continue;
        }
        times.push_back(shownMs);
        rss.push_back(kb);
    }
    if (times.empty())
        return 1;
    std::sort(times.begin(), times.end());
    std::sort(rss.begin(), rss.end());
    std::printf(
        "startup (%s): 500 schedules, 100000 jobs; main window shown after %.0f ms (median of "
        "%zu, min %.0f), resident memory 3 s later %.1f MB (goals < 300 ms, < 60 MB; Vorta "
        "1.6 s, 185 MB)\n",
        env.contains(QStringLiteral("DISPLAY")) ? "X11" : "offscreen", times[times.size() / 2],
        times.size(), times.front(), double(rss[rss.size() / 2]) / 1024.0);
    return 0;
}
