// Hook dispatch: a job of 200 trivial pre-hooks (`true`) through the job runner, against 200
// runs of `SHELL -c true` in one shell loop, SHELL being the hooks' own default shell (bash
// where it exists, as in Borgitory). Prints both times and the ratio (goal: <= 1.3).
#include "app/hooks/HookRunner.h"
#include "app/jobs/JobRunner.h"
#include "app/secrets/SecretStore.h"
#include "models/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace borgtide;

static double shellLoopMs(int n)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("i=0; while [ $i -lt %1 ]; do %2 -c true; i=$((i+1)); done")
                 .arg(n)
                 .arg(CommandHookRunner::defaultShell())});
    p.waitForFinished(-1);
    return double(t.nsecsElapsed()) / 1e6;
}

static double jobHooksMs(Store &store, int n, int round)
{
    Schedule s;
    s.name = QStringLiteral("bench %1").arg(round);
    s.repository() = {0, QStringLiteral("r"), QStringLiteral("/nonexistent/bench-repo"),
                      QStringLiteral("none")};
    s.sources = {QStringLiteral("/nonexistent")};
    for (int i = 0; i < n; ++i) {
        Hook h;
        h.name = QStringLiteral("hook %1").arg(i);
        h.command = QStringLiteral("true");
        s.preHooks.append(h);
    }
    if (!store.saveSchedule(s))
        return -1;
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    JobServices services;
    services.secrets = &secrets;
    services.network = &network;
    services.borgPath = QStringLiteral("/bin/false"); // the backup is not what is measured
    JobRunner runner(store, s, JobType::Manual, services);
    QElapsedTimer t;
    qint64 startNs = 0;
    qint64 endNs = 0;
    QEventLoop loop;
    QObject::connect(&runner, &JobRunner::taskStarted, &loop, [&](int i) {
        if (i == 0)
            startNs = t.nsecsElapsed();
    });
    QObject::connect(&runner, &JobRunner::taskFinished, &loop, [&](int i) {
        if (i == n - 1)
            endNs = t.nsecsElapsed();
    });
    QObject::connect(&runner, &JobRunner::jobFinished, &loop, &QEventLoop::quit);
    t.start();
    if (!runner.start().started)
        return -1;
    loop.exec();
    return double(endNs - startNs) / 1e6;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = 200;
    QTemporaryDir dir;
    auto store = Store::open(dir.path());
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    // Each round pairs a job with a shell loop run right after it, so slow phases of a busy
    // machine hit both; the figure is the median of the per-round ratios.
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 11;
    std::vector<double> loops, jobs, ratios;
    for (int round = 0; round < rounds; ++round) {
        const double job = jobHooksMs(*store.value(), n, round);
        const double loop = shellLoopMs(n);
        jobs.push_back(job);
        loops.push_back(loop);
        ratios.push_back(job / loop);
    }
    std::sort(loops.begin(), loops.end());
    std::sort(jobs.begin(), jobs.end());
    std::sort(ratios.begin(), ratios.end());
    const double loop = loops[loops.size() / 2];
    const double job = jobs[jobs.size() / 2];
    std::printf("hook dispatch: %d hooks in a job %.0f ms (%.2f ms/hook), shell loop %.0f ms "
                "(%.2f ms/run); ratio %.2f (goal <= 1.3; median of %d paired rounds, range "
                "%.2f-%.2f)\n",
                n, job, job / n, loop, loop / n, ratios[ratios.size() / 2], rounds, ratios.front(),
                ratios.back());
    return 0;
}
