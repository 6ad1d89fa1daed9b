// The main window with real pages and a real scheduler; single instance and --minimized with
// the real executable.
#include "JobFixture.h"
#include "TestUtil.h"
#include "app/jobs/JobBoard.h"
#include "app/jobs/Scheduler.h"
#include "models/Clock.h"
#include "ui/MainWindow.h"
#include "ui/common/GuiContext.h"
#include "ui/jobs/JobView.h"
#include "ui/schedules/SchedulesModel.h"
#include "ui/schedules/SchedulesPage.h"

#include <QApplication>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace borgtide;

class TestMainWindow : public QObject, private testutil::JobFixture
{
    Q_OBJECT

private Q_SLOTS:
    void pagesTitlesAndRunNowOpensTheJob()
    {
        if (!borgInstalled())
            QSKIP("borg is not installed");
        const QString problem = prepare(QStringLiteral("none"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Schedule s;
        s.name = QStringLiteral("Documents");
        s.repository() = {0, QStringLiteral("local"), repositoryPath(), QStringLiteral("none")};
        s.trigger = {TriggerKind::Cron, QStringLiteral("0 3 * * *"), 0};
        s.sources = {sourcesPath()};
        Hook h;
        h.name = QStringLiteral("Say hello");
        h.command = QStringLiteral("echo hello");
        s.preHooks.append(h);
        QVERIFY(m_store->saveSchedule(s).ok());

        SystemClock clock;
        JobBoard board(*m_store, services());
        Scheduler scheduler(*m_store, clock, board);
        scheduler.start();
        GuiContext context{m_store.get(), &m_secrets, &scheduler, &board, &m_network};
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Borgtide"));
        QCOMPARE(window.tabs()->count(), 4);
        window.showPage(MainWindow::Activity);
        QCOMPARE(window.windowTitle(), QStringLiteral("Borgtide — Activity"));
        window.showPage(MainWindow::Schedules);
        SchedulesModel *model = window.schedulesPage()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, SchedulesModel::Name).data().toString(),
                 QStringLiteral("Documents"));
        QCOMPARE(model->index(0, SchedulesModel::When).data().toString(),
                 QStringLiteral("Every day at 03:00"));
        QVERIFY(model->index(0, SchedulesModel::NextRun)
                    .data()
                    .toString()
                    .contains(QLatin1String("03:00")));

        // Run now opens the job view, which follows the job to its end
        window.schedulesPage()->table()->selectRow(0);
        QSignalSpy finished(&board, &JobBoard::jobFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("runSchedule")),
                          Qt::LeftButton);
        JobView *view = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((view =
                                      [] {
                                          for (QWidget *w : QApplication::topLevelWidgets()) {
                                              if (auto *v = qobject_cast<JobView *>(w);
                                                  v && v->isVisible())
                                                  return v;
                                          }
                                          return static_cast<JobView *>(nullptr);
                                      }()) != nullptr,
                                 5000);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).value<Job>().status, JobStatus::Completed);
        QTRY_VERIFY(view->taskModel()
                        ->index(0, TaskTableModel::Status)
                        .data()
                        .toString()
                        .contains(QLatin1String("Completed")));
        QTRY_COMPARE(model->index(0, SchedulesModel::LastResult).data().toString(),
                     QStringLiteral("Completed"));
        view->close();

        // closing keeps running in the tray
        QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
        window.setKeepRunningInTray(true);
        window.close();
        QCOMPARE(hidden.size(), 1);
        QVERIFY(!window.isVisible());
        window.raiseWindow();
        QVERIFY(window.isVisible());
        scheduler.shutdown(QStringLiteral("test over"));
    }

    void secondLaunchRaisesTheFirst()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("BORGTIDE_STARTUP_PROBE"), QStringLiteral("1"));
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(testutil::exe(),
                    {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--minimized")});
        // without a system tray, --minimized still shows the window
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += first.readAllStandardError()).contains("main window shown"), 15000);
        const auto second =
            testutil::run({QStringLiteral("--data-dir"), dir.path()}, {}, env, 15000);
        QCOMPARE(second.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile log(dir.filePath(QStringLiteral("borgtide.log")));
                return log.open(QIODevice::ReadOnly) &&
                       log.readAll().contains("raised by a second launch");
            }(),
            5000);
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
        // and once the first is gone, a new launch is the first again
        QProcess third;
        third.setProcessEnvironment(env);
        third.start(testutil::exe(), {QStringLiteral("--data-dir"), dir.path()});
        QByteArray err3;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err3 += third.readAllStandardError()).contains("main window shown"), 15000);
        third.terminate();
        QVERIFY(third.waitForFinished(10000));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
