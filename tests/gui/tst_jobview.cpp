// The job view follows a real running job to its end: rows change state live, output streams
// in, the window stays responsive while a hook prints megabytes; a finished failed job opens on
// the task that failed.
#include "JobFixture.h"
#include "app/jobs/JobBoard.h"
#include "ui/jobs/JobView.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace borgtide;

class TestJobView : public QObject, private testutil::JobFixture
{
    Q_OBJECT

private:
    int m_n = 0;

    Schedule schedule(const QList<std::pair<QString, QString>> &pre, bool critical = false)
    {
        Schedule s;
        s.name = QStringLiteral("view %1").arg(++m_n);
        s.repository() = {0, QStringLiteral("r"), repositoryPath(), QStringLiteral("none")};
        s.sources = {sourcesPath()};
        for (const auto &[name, command] : pre) {
            Hook h;
            h.name = name;
            h.command = command;
            h.critical = critical;
            s.preHooks.append(h);
        }
        Hook post;
        post.name = QStringLiteral("Health Check");
        post.command = QStringLiteral("echo checked");
        post.when = HookWhen::Always;
        s.postHooks.append(post);
        if (!m_store->saveSchedule(s))
            qWarning("could not save the schedule");
        return s;
    }

    static QString statusCell(JobView &view, int row)
    {
        return view.taskModel()->index(row, TaskTableModel::Status).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!borgInstalled())
            QSKIP("borg is not installed");
        const QString problem = prepare(QStringLiteral("none"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void followsARunningJobLive()
    {
        const Schedule s = schedule({{QStringLiteral("Database Dump"),
                                      QStringLiteral("echo dumping; sleep 1; echo dumped")},
                                     {QStringLiteral("Stop Services"), QStringLiteral("sleep 1")}});
        JobBoard board(*m_store, services());
        QSignalSpy finished(&board, &JobBoard::jobFinished);
        const JobBoard::Submitted started = board.submit(s, JobType::Manual);
        QCOMPARE(started.outcome, JobBoard::Submitted::Outcome::Started);
        auto *view = new JobView(*m_store, &board, started.jobId);
        view->setAttribute(Qt::WA_DeleteOnClose, false);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QCOMPARE(view->taskModel()->rowCount(), 5);
        QVERIFY(view->windowTitle().contains(s.name));
        // the first hook runs, then completes, while the next is pending then running
        QTRY_VERIFY_WITH_TIMEOUT(statusCell(*view, 0).contains(QLatin1String("Running")), 5000);
        QVERIFY(statusCell(*view, 1).contains(QLatin1String("Pending")));
        auto *output = view->findChild<QPlainTextEdit *>(QStringLiteral("taskOutput"));
        QTRY_VERIFY_WITH_TIMEOUT(output->toPlainText().contains(QLatin1String("dumping")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(statusCell(*view, 0).contains(QLatin1String("Completed")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(statusCell(*view, 1).contains(QLatin1String("Running")), 5000);
        QVERIFY(view->findChild<QPushButton *>(QStringLiteral("cancelJob"))->isVisible());
        QVERIFY(finished.wait(60000));
        for (int row = 0; row < 5; ++row)
            QVERIFY2(statusCell(*view, row).contains(QLatin1String("Completed")),
                     qPrintable(statusCell(*view, row)));
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("cancelJob"))->isVisible());
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("jobTitle"))
                    ->text()
                    .contains(QLatin1String("Completed")));
        delete view;
    }

    void staysResponsiveWhileAHookPrintsMegabytes()
    {
        const Schedule s = schedule(
            {{QStringLiteral("Chatty"),
              QStringLiteral("yes 'line of chatty hook output 0123456789' | head -c 20000000")}});
        JobBoard board(*m_store, services());
        QSignalSpy finished(&board, &JobBoard::jobFinished);
        const JobBoard::Submitted started = board.submit(s, JobType::Manual);
        QCOMPARE(started.outcome, JobBoard::Submitted::Outcome::Started);
        JobView view(*m_store, &board, started.jobId);
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // the event loop keeps turning: measure the longest gap between 10 ms ticks
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 worst = 0;
        QTimer ping;
        connect(&ping, &QTimer::timeout, this, [&]() {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        ping.start(10);
        QVERIFY(finished.wait(120000));
        ping.stop();
        qInfo("longest pause of the event loop while 20 MB of output arrived: %lld ms", worst);
        QVERIFY2(worst < 500, qPrintable(QString::number(worst)));
        auto *output = view.findChild<QPlainTextEdit *>(QStringLiteral("taskOutput"));
        view.selectTask(0);
        QVERIFY(output->toPlainText().contains(QLatin1String("bytes omitted")));
    }

    void finishedFailedJobOpensOnTheFailedTask()
    {
        const Schedule s = schedule({{QStringLiteral("Database Dump"),
                                      QStringLiteral("echo 'connection refused' >&2; exit 2")}},
                                    true);
        JobRunner runner(*m_store, s, JobType::Manual, services());
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        QVERIFY(runner.start().started);
        QVERIFY(finished.wait(60000));
        JobView view(*m_store, nullptr, runner.job().id);
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("jobTitle"))
                    ->text()
                    .contains(QLatin1String("Failed")));
        QVERIFY(statusCell(view, 0).contains(QStringLiteral("❌")));
        QVERIFY(statusCell(view, 1).contains(QStringLiteral("⏭️")));
        QCOMPARE(view.taskModel()->index(1, TaskTableModel::Message).data().toString(),
                 QStringLiteral("Task skipped due to critical hook failure"));
        QVERIFY(statusCell(view, 2).contains(QStringLiteral("✅"))); // health check always runs
        auto *table = view.findChild<QTableView *>(QStringLiteral("taskTable"));
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(view.findChild<QPlainTextEdit *>(QStringLiteral("taskOutput"))->toPlainText(),
                 QStringLiteral("connection refused\n"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("jobSummary"))
                    ->text()
                    .contains(QLatin1String("Critical hook 'Database Dump' failed")));
    }
};

QTEST_MAIN(TestJobView)
#include "tst_jobview.moc"
