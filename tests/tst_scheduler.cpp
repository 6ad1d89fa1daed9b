// The scheduler of SPEC 3 with an injected clock: tests move time instead of waiting. Jobs are
// real (real hook processes, real borg on a local repository).
#include "app/jobs/JobBoard.h"
#include "app/jobs/Scheduler.h"
#include "app/secrets/SecretStore.h"
#include "models/Clock.h"
#include "models/Store.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace borgtide;

class TestScheduler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    QString m_sources;
    QStringList m_repos;
    int m_n = 0;

    std::unique_ptr<Store> openStore(const QString &name)
    {
        auto s = Store::open(m_dir.filePath(name));
        return s ? std::move(s).value() : nullptr;
    }

    JobServices m_services;

    Schedule make(Store &store, const QString &cron, int repo = 0, bool catchUp = true,
                  const QString &preHook = {})
    {
        Schedule s;
        s.name = QStringLiteral("s%1").arg(++m_n);
        s.repository() = {0, QStringLiteral("repo%1").arg(repo), m_repos.at(repo),
                          QStringLiteral("none")};
        if (cron.startsWith(QLatin1String("every ")))
            s.trigger = {TriggerKind::Interval, {}, cron.mid(6).toInt()};
        else
            s.trigger = {TriggerKind::Cron, cron, 0};
        s.catchUpMissed = catchUp;
        s.sources = {m_sources};
        if (!preHook.isEmpty()) {
            Hook h;
            h.name = QStringLiteral("hook");
            h.command = preHook;
            s.preHooks.append(h);
        }
        if (!store.saveSchedule(s).ok())
            qWarning() << "save failed";
        return s;
    }

    static QList<Job> jobsOf(Store &store, const Schedule &s)
    {
        return store.jobs({s.name, std::nullopt}, 100, 0, true);
    }

    // Waits until the scheduler has nothing running or queued.
    static bool settle(Scheduler &scheduler, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            if (scheduler.board().ownCount() == 0) {
                QCoreApplication::processEvents();
                return true;
            }
            QTest::qWait(20);
        }
        return false;
    }

    static QDateTime at(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("borg")).isEmpty())
            QSKIP("borg is not installed");
        m_services.borgPath = QStandardPaths::findExecutable(QStringLiteral("borg"));
        m_services.secrets = &m_secrets;
        m_services.network = &m_network;
        m_services.lockWaitSecs = 60;
        qputenv("TZ", "UTC");
        tzset();
        m_sources = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(m_sources));
        QFile f(m_sources + QStringLiteral("/f"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        for (int i = 0; i < 3; ++i) {
            m_repos.append(m_dir.filePath(QStringLiteral("repo%1").arg(i)));
            QProcess init;
            init.start(
                QStringLiteral("borg"),
                {QStringLiteral("init"), QStringLiteral("--encryption=none"), m_repos.last()});
            QVERIFY(init.waitForFinished(60000));
            QCOMPARE(init.exitCode(), 0);
        }
    }

    void catchUpAfterClosedAcrossThreeDueTimesRunsOnce()
    {
        auto store = openStore(QStringLiteral("catchup"));
        const Schedule s = make(*store, QStringLiteral("0 * * * *"));
        ManualClock clock(at("2026-06-01T10:30:00Z"));
        {
            JobBoard firstBoard(*store, m_services);
            Scheduler first(*store, clock, firstBoard);
            first.start(); // first sight at 10:30; then the application closes
        }
        clock.set(at("2026-06-01T13:30:00Z")); // 11:00, 12:00 and 13:00 were missed
        JobBoard schedulerBoard(*store, m_services);
        Scheduler scheduler(*store, clock, schedulerBoard);
        QSignalSpy started(&scheduler.board(), &JobBoard::jobStarted);
        scheduler.start();
        QVERIFY(settle(scheduler));
        QCOMPARE(started.size(), 1);
        QList<Job> jobs = jobsOf(*store, s);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().type, JobType::Scheduled);
        QCOMPARE(jobs.first().status, JobStatus::Completed);
        // the next hour runs on time, once
        clock.set(at("2026-06-01T14:00:00Z"));
        QVERIFY(settle(scheduler));
        QCOMPARE(jobsOf(*store, s).size(), 2);
        QCOMPARE(scheduler.nextDue(), at("2026-06-01T15:00:00Z"));
    }

    void missedRunsAreRecordedWithoutCatchUp()
    {
        auto store = openStore(QStringLiteral("nocatchup"));
        const Schedule s = make(*store, QStringLiteral("0 * * * *"), 0, false);
        ManualClock clock(at("2026-06-01T10:30:00Z"));
        {
            JobBoard firstBoard(*store, m_services);
            Scheduler first(*store, clock, firstBoard);
            first.start();
        }
        clock.set(at("2026-06-01T13:30:00Z"));
        JobBoard schedulerBoard(*store, m_services);
        Scheduler scheduler(*store, clock, schedulerBoard);
        QSignalSpy started(&scheduler.board(), &JobBoard::jobStarted);
        scheduler.start();
        QVERIFY(settle(scheduler));
        QCOMPARE(started.size(), 0);
        const QList<Job> jobs = jobsOf(*store, s);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().status, JobStatus::Skipped);
        QCOMPARE(jobs.first().message, QStringLiteral("Missed: the application was not running"));
        QVERIFY(jobs.first().tasks.isEmpty());
        // it waits for its next time
        clock.set(at("2026-06-01T14:00:00Z"));
        QVERIFY(settle(scheduler));
        QCOMPARE(started.size(), 1);
    }

    void runDueWhileThePreviousRunsIsSkipped()
    {
        auto store = openStore(QStringLiteral("overlap"));
        const Schedule s =
            make(*store, QStringLiteral("every 1"), 0, true, QStringLiteral("sleep 3"));
        ManualClock clock(at("2026-06-01T10:00:00Z"));
        JobBoard schedulerBoard(*store, m_services);
        Scheduler scheduler(*store, clock, schedulerBoard);
        QSignalSpy started(&scheduler.board(), &JobBoard::jobStarted);
        QSignalSpy recorded(&scheduler, &Scheduler::runRecorded);
        scheduler.start();
        clock.advance(60 * 1000); // due: the job starts and sleeps
        QCOMPARE(started.size(), 1);
        clock.advance(60 * 1000); // due again while it runs
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().at(1).toString(),
                 QStringLiteral("previous run still in progress"));
        QVERIFY(settle(scheduler));
        const QList<Job> jobs = jobsOf(*store, s);
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).status, JobStatus::Skipped); // newest first
        QCOMPARE(jobs.at(0).message, QStringLiteral("previous run still in progress"));
        QCOMPARE(jobs.at(1).status, JobStatus::Completed);
    }

    void jobsOnOneRepositoryNeverOverlap()
    {
        auto store = openStore(QStringLiteral("samerepo"));
        const Schedule a =
            make(*store, QStringLiteral("0 * * * *"), 1, true, QStringLiteral("sleep 1"));
        const Schedule b =
            make(*store, QStringLiteral("0 * * * *"), 1, true, QStringLiteral("sleep 1"));
        ManualClock clock(at("2026-06-01T10:30:00Z"));
        JobBoard schedulerBoard(*store, m_services);
        Scheduler scheduler(*store, clock, schedulerBoard);
        int maxConcurrent = 0;
        connect(&scheduler.board(), &JobBoard::jobStarted, this, [&]() {
            maxConcurrent = std::max(maxConcurrent, int(scheduler.board().runningCount()));
        });
        scheduler.start();
        clock.set(at("2026-06-01T11:00:00Z"));
        QCOMPARE(scheduler.board().runningCount(), 1);
        QCOMPARE((scheduler.board().ownCount() - scheduler.board().runningCount()), 1);
        QVERIFY(settle(scheduler));
        QCOMPARE(maxConcurrent, 1);
        QCOMPARE(jobsOf(*store, a).first().status, JobStatus::Completed);
        QCOMPARE(jobsOf(*store, b).first().status, JobStatus::Completed);
    }

    void differentRepositoriesRunInParallelUpToTheLimit()
    {
        auto store = openStore(QStringLiteral("parallel"));
        QList<Schedule> all;
        for (int repo = 0; repo < 3; ++repo)
            all.append(
                make(*store, QStringLiteral("0 * * * *"), repo, true, QStringLiteral("sleep 1")));
        ManualClock clock(at("2026-06-01T10:30:00Z"));
        JobBoard schedulerBoard(*store, m_services);
        Scheduler scheduler(*store, clock, schedulerBoard);
        QCOMPARE(scheduler.board().maxParallel(), 2); // the default
        int maxConcurrent = 0;
        connect(&scheduler.board(), &JobBoard::jobStarted, this, [&]() {
            maxConcurrent = std::max(maxConcurrent, int(scheduler.board().runningCount()));
        });
        scheduler.start();
        clock.set(at("2026-06-01T11:00:00Z"));
        QCOMPARE(scheduler.board().runningCount(), 2);
        QVERIFY(settle(scheduler));
        QCOMPARE(maxConcurrent, 2);
        for (const Schedule &s : all)
            QCOMPARE(jobsOf(*store, s).size(), 1);
    }

    void pauseStartsNothing()
    {
        auto store = openStore(QStringLiteral("pause"));
        const Schedule caught = make(*store, QStringLiteral("0 * * * *"), 0, true);
        const Schedule missed = make(*store, QStringLiteral("0 * * * *"), 1, false);
        ManualClock clock(at("2026-06-01T10:30:00Z"));
        JobBoard schedulerBoard(*store, m_services);
        Scheduler scheduler(*store, clock, schedulerBoard);
        QSignalSpy started(&scheduler.board(), &JobBoard::jobStarted);
        scheduler.start();
        scheduler.setPaused(true);
        clock.set(at("2026-06-01T11:00:00Z"));
        clock.set(at("2026-06-01T12:10:00Z"));
        QVERIFY(settle(scheduler));
        QCOMPARE(started.size(), 0);
        QVERIFY(jobsOf(*store, caught).isEmpty());
        QVERIFY(jobsOf(*store, missed).isEmpty());
        scheduler.setPaused(false);
        QVERIFY(settle(scheduler));
        QCOMPARE(started.size(), 1); // one catch-up for 11:00 and 12:00
        QCOMPARE(jobsOf(*store, caught).size(), 1);
        const QList<Job> rec = jobsOf(*store, missed);
        QCOMPARE(rec.size(), 1);
        QCOMPARE(rec.first().message, QStringLiteral("Missed: scheduling was paused"));
        // the pause is remembered for the next start of the application
        QCOMPARE(store->setting(QStringLiteral("scheduling_paused")), QStringLiteral("0"));
    }

    void sleepIsCaughtUpExactlyOnce()
    {
        auto store = openStore(QStringLiteral("sleep"));
        const Schedule caught = make(*store, QStringLiteral("*/30 * * * *"), 0, true);
        const Schedule missed = make(*store, QStringLiteral("*/30 * * * *"), 1, false);
        ManualClock clock(at("2026-06-01T10:10:00Z"));
        JobBoard schedulerBoard(*store, m_services);
        Scheduler scheduler(*store, clock, schedulerBoard);
        QSignalSpy started(&scheduler.board(), &JobBoard::jobStarted);
        scheduler.start();
        clock.suspend(3LL * 3600 * 1000); // 10:10 -> 13:10 asleep: six due times
        QVERIFY(settle(scheduler));
        QCOMPARE(started.size(), 1);
        QCOMPARE(jobsOf(*store, caught).size(), 1);
        QCOMPARE(jobsOf(*store, caught).first().status, JobStatus::Completed);
        const QList<Job> rec = jobsOf(*store, missed);
        QCOMPARE(rec.size(), 1);
        QCOMPARE(rec.first().message, QStringLiteral("Missed: the computer was asleep"));
        // a later tick changes nothing
        clock.advance(60 * 1000);
        QVERIFY(settle(scheduler));
        QCOMPARE(jobsOf(*store, caught).size(), 1);
        QCOMPARE(jobsOf(*store, missed).size(), 1);
    }

    void twoProcessesShareOneDatabaseAndRunOnce()
    {
        auto storeA = openStore(QStringLiteral("shared"));
        auto storeB =
            openStore(QStringLiteral("shared")); // a second connection, as another process
        const Schedule s = make(*storeA, QStringLiteral("0 * * * *"), 2);
        ManualClock clock(at("2026-06-01T10:30:00Z"));
        JobBoard aBoard(*storeA, m_services);
        Scheduler a(*storeA, clock, aBoard);
        JobBoard bBoard(*storeB, m_services);
        Scheduler b(*storeB, clock, bBoard);
        a.start();
        b.start();
        clock.set(at("2026-06-01T11:00:00Z"));
        QVERIFY(settle(a));
        QVERIFY(settle(b));
        QCOMPARE(jobsOf(*storeA, s).size(), 1);
    }

    void intervalCountsFromTheLastStart()
    {
        auto store = openStore(QStringLiteral("interval"));
        const Schedule s = make(*store, QStringLiteral("every 30"));
        ManualClock clock(at("2026-06-01T10:00:00Z"));
        JobBoard schedulerBoard(*store, m_services);
        Scheduler scheduler(*store, clock, schedulerBoard);
        QSignalSpy started(&scheduler.board(), &JobBoard::jobStarted);
        scheduler.start();
        QCOMPARE(scheduler.nextDue(), at("2026-06-01T10:30:00Z"));
        clock.set(at("2026-06-01T10:29:00Z"));
        QCOMPARE(started.size(), 0);
        clock.set(at("2026-06-01T10:30:00Z"));
        QCOMPARE(started.size(), 1);
        QVERIFY(settle(scheduler));
        // a manual run moves the next interval
        clock.set(at("2026-06-01T10:45:00Z"));
        QVERIFY(scheduler.runNow(s.id));
        QVERIFY(settle(scheduler));
        QCOMPARE(jobsOf(*store, s).first().type, JobType::Manual);
        QCOMPARE(scheduler.nextDue(), at("2026-06-01T11:15:00Z"));
        clock.set(at("2026-06-01T11:00:00Z"));
        QCOMPARE(started.size(), 2);
        clock.set(at("2026-06-01T11:15:00Z"));
        QCOMPARE(started.size(), 3);
        QVERIFY(settle(scheduler));
    }

    void disabledSchedulesDoNotRunNorCatchUp()
    {
        // Enabling records the real time, so this test keeps its clock near it.
        QDateTime base = QDateTime::currentDateTimeUtc();
        base.setTime(QTime(base.time().hour(), 0));
        auto store = openStore(QStringLiteral("disabled"));
        Schedule s = make(*store, QStringLiteral("0 * * * *"));
        ManualClock clock(base.addSecs(-1800));
        JobBoard schedulerBoard(*store, m_services);
        Scheduler scheduler(*store, clock, schedulerBoard);
        QSignalSpy started(&scheduler.board(), &JobBoard::jobStarted);
        scheduler.start();
        QVERIFY(store->setScheduleEnabled(s.id, false).ok());
        clock.set(base.addSecs(60)); // due while disabled
        QCOMPARE(started.size(), 0);
        QVERIFY(store->setScheduleEnabled(s.id, true).ok());
        scheduler.tick();
        QCOMPARE(started.size(), 0); // being off is not missing a run
        // manual-only schedules never come due
        Schedule manual = make(*store, QStringLiteral("0 * * * *"), 1);
        manual.trigger = {TriggerKind::Manual, {}, 0};
        QVERIFY(store->saveSchedule(manual).ok());
        clock.set(base.addSecs(3600));
        QCOMPARE(started.size(), 1);
        QVERIFY(settle(scheduler));
        QVERIFY(jobsOf(*store, manual).isEmpty());
        QCOMPARE(jobsOf(*store, s).size(), 1);
    }

    void pauseForAnHourEndsOnItsOwnAndSurvivesARestart()
    {
        auto store = openStore(QStringLiteral("pauseuntil"));
        const Schedule s = make(*store, QStringLiteral("0 * * * *"), 0, false);
        ManualClock clock(at("2026-06-01T10:30:00Z"));
        {
            JobBoard board(*store, m_services);
            Scheduler scheduler(*store, clock, board);
            scheduler.start();
            scheduler.pause(at("2026-06-01T11:30:00Z")); // "for 1 hour"
            QVERIFY(scheduler.isPaused());
        }
        // the application restarts while paused: still paused, until 11:30
        JobBoard board(*store, m_services);
        Scheduler scheduler(*store, clock, board);
        QSignalSpy started(&board, &JobBoard::jobStarted);
        QSignalSpy paused(&scheduler, &Scheduler::pausedChanged);
        scheduler.start();
        QVERIFY(scheduler.isPaused());
        QCOMPARE(scheduler.pausedUntil(), at("2026-06-01T11:30:00Z"));
        clock.set(at("2026-06-01T11:00:00Z")); // due, but paused: missed
        QCOMPARE(started.size(), 0);
        clock.set(at("2026-06-01T11:30:00Z")); // the pause ends by itself
        QVERIFY(!scheduler.isPaused());
        QCOMPARE(paused.size(), 1);
        QVERIFY(settle(scheduler));
        const QList<Job> jobs = jobsOf(*store, s);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().message, QStringLiteral("Missed: scheduling was paused"));
        clock.set(at("2026-06-01T12:00:00Z"));
        QCOMPARE(started.size(), 1);
        QVERIFY(settle(scheduler));
        QCOMPARE(store->setting(QStringLiteral("scheduling_paused")), QStringLiteral("0"));
    }

    void startupAndResumeEventsRespectTheirMinimumInterval()
    {
        auto store = openStore(QStringLiteral("events"));
        Schedule atStart = make(*store, QStringLiteral("0 * * * *"), 0);
        atStart.trigger = {TriggerKind::Event, {}, 0, TriggerEvent::Startup, 60};
        QVERIFY(store->saveSchedule(atStart).ok());
        Schedule onResume = make(*store, QStringLiteral("0 * * * *"), 1);
        onResume.trigger = {TriggerKind::Event, {}, 0, TriggerEvent::Resume, 0};
        QVERIFY(store->saveSchedule(onResume).ok());
        ManualClock clock(at("2026-06-01T10:00:00Z"));
        {
            JobBoard board(*store, m_services);
            Scheduler scheduler(*store, clock, board);
            scheduler.start(); // startup: the first runs
            QVERIFY(settle(scheduler));
            QCOMPARE(jobsOf(*store, atStart).size(), 1);
            QCOMPARE(jobsOf(*store, atStart).first().type, JobType::Scheduled);
            QVERIFY(jobsOf(*store, onResume).isEmpty()); // no timer ever starts it
            clock.advance(3 * 3600 * 1000);
            QVERIFY(settle(scheduler));
            QVERIFY(jobsOf(*store, onResume).isEmpty());
            scheduler.resumed();
            QVERIFY(settle(scheduler));
            QCOMPARE(jobsOf(*store, onResume).size(), 1);
        }
        // a restart 30 minutes after the last start: inside min_interval_minutes, nothing
        // recorded (the interval counts from the stored last start, across restarts)
        clock.set(at("2026-06-01T10:30:00Z"));
        {
            JobBoard board(*store, m_services);
            Scheduler scheduler(*store, clock, board);
            scheduler.start();
            QVERIFY(settle(scheduler));
            QCOMPARE(jobsOf(*store, atStart).size(), 1);
        }
        clock.set(at("2026-06-01T11:01:00Z"));
        JobBoard board(*store, m_services);
        Scheduler scheduler(*store, clock, board);
        scheduler.start();
        QVERIFY(settle(scheduler));
        QCOMPARE(jobsOf(*store, atStart).size(), 2);
    }

    void conditionsHoldScheduledRunsBackButNotRunsByHand()
    {
        auto store = openStore(QStringLiteral("conditions"));
        Schedule s = make(*store, QStringLiteral("0 * * * *"), 0);
        s.repository().name = QStringLiteral("unplugged");
        s.repository().location = m_dir.filePath(QStringLiteral("usb-not-here/borg"));
        s.conditions.repositoryReachable = true;
        s.catchUpMissed = false;
        QVERIFY(store->saveSchedule(s).ok());
        ManualClock clock(at("2026-06-01T10:30:00Z"));
        JobBoard board(*store, m_services);
        Scheduler scheduler(*store, clock, board);
        QSignalSpy recorded(&scheduler, &Scheduler::runRecorded);
        scheduler.start();
        clock.set(at("2026-06-01T11:00:00Z"));
        QVERIFY(settle(scheduler));
        QList<Job> jobs = jobsOf(*store, s);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().status, JobStatus::Skipped);
        QCOMPARE(jobs.first().message,
                 QStringLiteral("Skipped: repository 'unplugged' is not reachable"));
        QVERIFY(jobs.first().tasks.isEmpty()); // no notification task, no monitor
        QCOMPARE(recorded.size(), 1);
        // "Run now" ignores conditions: it runs (and fails on the missing repository)
        QVERIFY(scheduler.runNow(s.id));
        QVERIFY(settle(scheduler));
        jobs = jobsOf(*store, s);
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.first().type, JobType::Manual);
        QCOMPARE(jobs.first().status, JobStatus::Failed);
    }

    void shutdownCancelsRunningJobsByTheCancelRule()
    {
        auto store = openStore(QStringLiteral("shutdown"));
        Schedule s = make(*store, QStringLiteral("0 * * * *"), 0, true, QStringLiteral("sleep 30"));
        Hook cleanup;
        cleanup.name = QStringLiteral("cleanup");
        cleanup.command = QStringLiteral("echo cleaned");
        cleanup.when = HookWhen::Always;
        s.postHooks.append(cleanup);
        QVERIFY(store->saveSchedule(s).ok());
        ManualClock clock(at("2026-06-01T10:30:00Z"));
        JobBoard schedulerBoard(*store, m_services);
        Scheduler scheduler(*store, clock, schedulerBoard);
        QSignalSpy stopped(&scheduler, &Scheduler::stopped);
        scheduler.start();
        QVERIFY(scheduler.runNow(s.id));
        QTest::qWait(300);
        scheduler.shutdown(QStringLiteral("Cancelled: the daemon received SIGTERM"));
        QVERIFY(stopped.wait(20000));
        const Job job = jobsOf(*store, s).first();
        QCOMPARE(job.status, JobStatus::Cancelled);
        QCOMPARE(job.message, QStringLiteral("Cancelled: the daemon received SIGTERM"));
        const auto full = store->job(job.id);
        QCOMPARE(full->tasks.at(2).output.trimmed(), QStringLiteral("cleaned"));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
