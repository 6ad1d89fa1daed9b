// SPEC 6: jobs started by another process (`borgtide run`, the daemon) appear in the open
// window live, task by task, within a second, without any view polling the store: the
// JobBoard's one StoreWatcher turns the other process's commits into the board's signals.
#include "JobFixture.h"
#include "TestUtil.h"
#include "app/jobs/JobBoard.h"
#include "app/jobs/Scheduler.h"
#include "models/Clock.h"
#include "ui/MainWindow.h"
#include "ui/activity/ActivityPage.h"
#include "ui/activity/JobHistoryModel.h"
#include "ui/common/GuiContext.h"
#include "ui/jobs/JobView.h"
#include "ui/schedules/SchedulesModel.h"
#include "ui/schedules/SchedulesPage.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace borgtide;

class TestLiveJobs : public QObject, private testutil::JobFixture
{
    Q_OBJECT

private:
    static QString status(JobView *view, int row)
    {
        return view->taskModel()->index(row, TaskTableModel::Status).data().toString();
    }

private Q_SLOTS:
    void jobOfAnotherProcessShowsLive()
    {
        if (!borgInstalled())
            QSKIP("borg is not installed");
        const QString problem = prepare(QStringLiteral("none"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Schedule s;
        s.name = QStringLiteral("From the CLI");
        s.repository() = {0, QStringLiteral("local"), repositoryPath(), QStringLiteral("none")};
        s.sources = {sourcesPath()};
        for (const char *name : {"Step one", "Step two"}) {
            Hook h;
            h.name = QString::fromLatin1(name);
            h.command = QStringLiteral("echo %1; sleep 2").arg(h.name);
            s.preHooks.append(h);
        }
        QVERIFY(m_store->saveSchedule(s).ok());

        SystemClock clock;
        JobBoard board(*m_store, services());
        board.watchStore();
        Scheduler scheduler(*m_store, clock, board);
        GuiContext context{m_store.get(), &m_secrets, &scheduler, &board, &m_network};
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        JobHistoryModel *activity = window.activityPage()->model();
        const int before = activity->rowCount();

        // another process runs the job
        QProcess cli;
        cli.start(testutil::exe(), {QStringLiteral("--data-dir"), m_store->dataDir(),
                                    QStringLiteral("run"), s.name});
        QVERIFY(cli.waitForStarted());
        QSignalSpy started(&board, &JobBoard::jobStarted);
        QVERIFY(started.wait(10000));
        const Job job = started.first().at(0).value<Job>();
        QVERIFY(!board.owns(job.id));
        QCOMPARE(job.scheduleName, s.name);
        // the Activity page got its row without a reload
        QTRY_COMPARE_WITH_TIMEOUT(activity->rowCount(), before + 1, 2000);
        QCOMPARE(activity->jobId(0), job.id);

        JobView *view = window.openJob(job.id);
        QVERIFY(view);
        view->setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(view->taskModel()->rowCount(), 4); // two hooks, backup, notification
        // each task row changes state within a second of the other process's change
        QTRY_VERIFY_WITH_TIMEOUT(status(view, 0).contains(QLatin1String("Running")), 2000);
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(status(view, 0).contains(QLatin1String("Completed")), 4000);
        QTRY_VERIFY_WITH_TIMEOUT(status(view, 1).contains(QLatin1String("Running")), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(status(view, 1).contains(QLatin1String("Completed")), 4000);
        QTRY_VERIFY_WITH_TIMEOUT(status(view, 2).contains(QLatin1String("Completed")), 10000);
        if (cli.state() != QProcess::NotRunning)
            QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(status(view, 3).contains(QLatin1String("Completed")), 2000);
        QVERIFY(view->findChild<QWidget *>(QStringLiteral("jobTitle")) != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(activity->index(0, JobHistoryModel::ResultColumn)
                                      .data(JobHistoryModel::StatusRole)
                                      .toInt(),
                                  int(JobStatus::Completed), 2000);
        // the Schedules page shows the new last result
        SchedulesModel *schedules = window.schedulesPage()->model();
        QTRY_COMPARE_WITH_TIMEOUT(
            schedules->index(schedules->rowOf(s.id), SchedulesModel::LastResult).data().toString(),
            QStringLiteral("Completed"), 2000);
        // the other process's job is followed, not owned: no Cancel
        QVERIFY(!view->findChild<QWidget *>(QStringLiteral("cancelJob"))->isVisible());
        delete view;
    }
};

QTEST_MAIN(TestLiveJobs)
#include "tst_livejobs.moc"
