#include "ui/MainWindow.h"

#include "app/jobs/JobBoard.h"
#include "app/jobs/Scheduler.h"
#include "models/Store.h"
#include "ui/activity/ActivityPage.h"
#include "ui/common/Format.h"
#include "ui/common/GuiContext.h"
#include "ui/jobs/JobView.h"
#include "ui/repositories/RepositoriesPage.h"
#include "ui/schedules/SchedulesModel.h"
#include "ui/schedules/SchedulesPage.h"
#include "ui/settings/SettingsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace borgtide {

MainWindow::MainWindow(GuiContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/borgtide-256.png")));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_schedules = new SchedulesPage(context, m_tabs);
    m_repositories = new RepositoriesPage(context, m_tabs);
    m_activity = new ActivityPage(*context.store, m_tabs);
    m_settings = new SettingsPage(context, m_tabs);
    m_tabs->addTab(m_schedules, tr("&Schedules"));
    m_tabs->addTab(m_repositories, tr("&Repositories"));
    m_tabs->addTab(m_activity, tr("&Activity"));
    m_tabs->addTab(m_settings, tr("Se&ttings"));
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Schedules…"));
    import->setShortcut(QKeySequence::Open);
    connect(import, &QAction::triggered, m_schedules, &SchedulesPage::importFile);
    QAction *exportAll = file->addAction(tr("&Export Schedules…"));
    exportAll->setShortcut(QKeySequence::SaveAs);
    connect(exportAll, &QAction::triggered, m_schedules, &SchedulesPage::exportSchedules);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Window"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);
    QMenu *schedule = menuBar()->addMenu(tr("S&chedule"));
    QAction *add = schedule->addAction(tr("&New Schedule…"));
    add->setShortcut(QKeySequence::New);
    connect(add, &QAction::triggered, m_schedules, &SchedulesPage::newSchedule);
    QAction *runNow = schedule->addAction(tr("&Run Now"));
    runNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(runNow, &QAction::triggered, m_schedules, &SchedulesPage::runSelected);
    if (m_context.scheduler) {
        QAction *pause = schedule->addAction(tr("&Pause Scheduling"));
        pause->setCheckable(true);
        pause->setChecked(m_context.scheduler->isPaused());
        connect(pause, &QAction::triggered, m_context.scheduler, &Scheduler::setPaused);
        connect(m_context.scheduler, &Scheduler::pausedChanged, pause, &QAction::setChecked);
    }
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QList<QPair<QString, Page>> pages{{tr("&Schedules"), Schedules},
                                            {tr("&Repositories"), Repositories},
                                            {tr("&Activity"), Activity},
                                            {tr("Se&ttings"), Settings}};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *a = go->addAction(pages.at(i).first);
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        const Page page = pages.at(i).second;
        connect(a, &QAction::triggered, this, [this, page]() { showPage(page); });
    }

    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextRunStatus"));
    m_running = new QLabel(this);
    m_running->setObjectName(QStringLiteral("runningStatus"));
    statusBar()->addWidget(m_next, 1);
    statusBar()->addPermanentWidget(m_running);

    connect(m_activity, &ActivityPage::openJob, this, [this](qint64 id) { openJob(id); });
    connect(m_schedules, &SchedulesPage::schedulesChanged, this, [this]() {
        m_activity->reload();
        m_repositories->reload();
        m_settings->reload();
        updateStatus();
    });
    connect(m_repositories, &RepositoriesPage::repositoriesChanged, m_schedules,
            &SchedulesPage::reload);
    if (JobBoard *board = m_context.board) {
        // trigger → board → runner → signal → row: every view follows the board's signals
        connect(board, &JobBoard::jobChanged, this, [this, board](const Job &job) {
            m_activity->noteJob(job);
            // "Run now" here: its job view opens as soon as it is recorded (waiting or not)
            if (job.type == JobType::Manual && !isFinished(job.status) && board->owns(job.id) &&
                !m_openedOnce.contains(job.id)) {
                m_openedOnce.insert(job.id);
                openJob(job.id);
            }
            updateStatus();
        });
        connect(board, &JobBoard::jobFinished, this, [this](const Job &job) {
            m_schedules->model()->noteJob(job);
            m_openedOnce.remove(job.id);
            updateStatus();
        });
        connect(board, &JobBoard::storeChanged, this, [this]() {
            m_schedules->model()->sync();
            m_activity->fetchNewer();
            updateStatus();
        });
    }
    if (Scheduler *scheduler = m_context.scheduler) {
        connect(scheduler, &Scheduler::runRecorded, this, [this](qint64 jobId) {
            if (const auto job = m_context.store->job(jobId))
                m_activity->noteJob(*job);
        });
        connect(scheduler, &Scheduler::pausedChanged, this, &MainWindow::updateStatus);
    }
    auto *minute = new QTimer(this);
    connect(minute, &QTimer::timeout, this, &MainWindow::updateStatus);
    minute->start(30 * 1000);

    resize(1100, 680);
    const QByteArray geometry = QByteArray::fromBase64(
        m_context.store->setting(QStringLiteral("window_geometry")).toLatin1());
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    updateTitle();
    updateStatus();
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void MainWindow::updateTitle()
{
    switch (m_tabs->currentIndex()) {
    case Repositories:
        setWindowTitle(tr("Borgtide — Repositories"));
        break;
    case Activity:
        setWindowTitle(tr("Borgtide — Activity"));
        break;
    case Settings:
        setWindowTitle(tr("Borgtide — Settings"));
        break;
    default:
        setWindowTitle(QStringLiteral("Borgtide"));
        break;
    }
}

void MainWindow::updateStatus()
{
    Scheduler *scheduler = m_context.scheduler;
    if (!scheduler) {
        m_next->clear();
        m_running->clear();
        return;
    }
    if (scheduler->isPaused() && scheduler->pausedUntil().isValid()) {
        m_next->setText(tr("Scheduling is paused until %1: nothing starts on its own.")
                            .arg(format::dateTime(scheduler->pausedUntil())));
    } else if (scheduler->isPaused()) {
        m_next->setText(tr("Scheduling is paused: nothing starts on its own."));
    } else {
        const auto [name, next] = m_schedules->model()->earliestNextRun();
        m_next->setText(next.isValid()
                            ? tr("Next: %1 at %2 (%3)")
                                  .arg(name, format::dateTime(next),
                                       format::relative(next, QDateTime::currentDateTime()))
                            : tr("No scheduled runs."));
    }
    int running = 0;
    int waiting = 0;
    if (m_context.board) {
        for (const Job &j : m_context.board->liveJobs()) {
            running += j.status == JobStatus::Running ? 1 : 0;
            waiting += j.status == JobStatus::Pending ? 1 : 0;
        }
    }
    QString text = running ? tr("%n job(s) running", nullptr, running) : QString();
    if (waiting)
        text += (text.isEmpty() ? QString() : QStringLiteral(", ")) +
                tr("%n waiting", nullptr, waiting);
    m_running->setText(text);
}

JobView *MainWindow::openJob(qint64 jobId)
{
    if (JobView *view = m_jobViews.value(jobId)) {
        view->raise();
        view->activateWindow();
        return view;
    }
    // a job that runs or waits (here or in another process) is followed live
    auto *view = new JobView(*m_context.store, m_context.board, jobId, nullptr);
    m_jobViews.insert(jobId, view);
    view->show();
    return view;
}

void MainWindow::raiseWindow()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::saveGeometry()
{
    (void)m_context.store->setSetting(QStringLiteral("window_geometry"),
                                      QString::fromLatin1(QMainWindow::saveGeometry().toBase64()));
}

bool MainWindow::event(QEvent *event)
{
    // BORGTIDE_STARTUP_PROBE: tells the startup benchmark when the window first paints
    if (event->type() == QEvent::Paint && !m_reportedShown) {
        m_reportedShown = true;
        QMetaObject::invokeMethod(this, &MainWindow::firstPainted, Qt::QueuedConnection);
        if (qEnvironmentVariableIsSet("BORGTIDE_STARTUP_PROBE")) {
            std::fputs("borgtide: main window shown\n", stderr);
            std::fflush(stderr);
            if (qEnvironmentVariable("BORGTIDE_STARTUP_PROBE") == QLatin1String("exit"))
                QTimer::singleShot(0, qApp, &QCoreApplication::quit); // profiling the start
        }
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveGeometry();
    if (m_keepInTray) {
        hide();
        event->ignore();
        Q_EMIT hiddenToTray();
        return;
    }
    event->ignore();
    Q_EMIT quitRequested();
}

} // namespace borgtide
