// Backup overhead: the same data backed up by `borgtide run` and by plain `borg create`, each
// into a fresh repository (a full backup), alternating, 3 rounds. Prints medians and the
// ratio (goal: <= 1.05). Usage: bench_backup [MiB of data, default 256]
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

static double timed(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    p.readAllStandardOutput();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s exited %d\n", qPrintable(program), p.exitCode());
    return ms;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString borgtide =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../borgtide");
    const QString borg = QStandardPaths::findExecutable(QStringLiteral("borg"));
    const int mib = argc > 1 ? std::atoi(argv[1]) : 256;
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    // Files of mixed compressibility: half random, half repetitive text.
    QRandomGenerator rng(42);
    for (int f = 0; f < mib; ++f) {
        QFile out(QStringLiteral("%1/file-%2.bin").arg(data).arg(f));
        out.open(QIODevice::WriteOnly);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        if (f % 2 == 0)
            rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        else
            block = QByteArray("borgtide benchmark line of text that compresses well\n")
                        .repeated(20000)
                        .left(1024 * 1024);
        out.write(block);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BORG_EXIT_CODES"), QStringLiteral("legacy"));
    std::vector<double> plain, tide;
    for (int round = 0; round < 3; ++round) {
        const QString repoA = dir.filePath(QStringLiteral("plain-%1").arg(round));
        const QString repoB = dir.filePath(QStringLiteral("tide-%1").arg(round));
        const QString dataDir = dir.filePath(QStringLiteral("db-%1").arg(round));
        timed(borg, {QStringLiteral("init"), QStringLiteral("--encryption=none"), repoA}, env);
        timed(borg, {QStringLiteral("init"), QStringLiteral("--encryption=none"), repoB}, env);
        QFile sched(dir.filePath(QStringLiteral("s.json")));
        sched.open(QIODevice::WriteOnly | QIODevice::Truncate);
        sched.write(QStringLiteral(R"({"format": "borgtide-schedules", "version": 1, "schedules": [
            {"name": "bench", "repository": {"name": "r", "location": "%1", "encryption": "none"},
             "trigger": {"manual": true}, "sources": ["%2"]}]})")
                        .arg(repoB, data)
                        .toUtf8());
        sched.close();
        timed(borgtide,
              {QStringLiteral("--data-dir"), dataDir, QStringLiteral("import"), sched.fileName()},
              env);
        // alternate which goes first, so caches favour neither
        if (round % 2 == 0) {
            plain.push_back(
                timed(borg,
                      {QStringLiteral("create"), QStringLiteral("--compression"),
                       QStringLiteral("lz4"), repoA + QStringLiteral("::bench-{now}"), data},
                      env));
            tide.push_back(timed(borgtide,
                                 {QStringLiteral("--data-dir"), dataDir, QStringLiteral("run"),
                                  QStringLiteral("bench")},
                                 env));
        } else {
            tide.push_back(timed(borgtide,
                                 {QStringLiteral("--data-dir"), dataDir, QStringLiteral("run"),
                                  QStringLiteral("bench")},
                                 env));
            plain.push_back(
                timed(borg,
                      {QStringLiteral("create"), QStringLiteral("--compression"),
                       QStringLiteral("lz4"), repoA + QStringLiteral("::bench-{now}"), data},
                      env));
        }
    }
    std::sort(plain.begin(), plain.end());
    std::sort(tide.begin(), tide.end());
    const double p = plain[1], t = tide[1];
    std::printf(
        "backup overhead: %d MiB, plain borg create %.0f ms, borgtide run %.0f ms; ratio %.3f "
        "(goal <= 1.05), medians of 3 full backups\n",
        mib, p, t, t / p);
    return 0;
}
