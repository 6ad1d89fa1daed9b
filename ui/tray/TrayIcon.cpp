#include "ui/tray/TrayIcon.h"

#include "app/jobs/JobBoard.h"
#include "app/jobs/Scheduler.h"
#include "models/Store.h"
#include "ui/common/Format.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace borgtide {

TrayIcon::TrayIcon(Store &store, Scheduler &scheduler, JobBoard &board, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_board(board)
{
    m_tray = new QSystemTrayIcon(iconFor(State::Idle), this);
    m_menu = new QMenu();
    QAction *open = m_menu->addAction(tr("&Open Borgtide"));
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    m_runMenu = m_menu->addMenu(tr("&Run now"));
    connect(m_runMenu, &QMenu::aboutToShow, this, &TrayIcon::rebuildRunMenu);
    rebuildRunMenu();
    m_pauseMenu = m_menu->addMenu(tr("&Pause scheduling"));
    m_pauseMenu->setObjectName(QStringLiteral("pauseMenu"));
    m_pauseHour = m_pauseMenu->addAction(tr("For 1 &hour"));
    connect(m_pauseHour, &QAction::triggered, this,
            [this]() { m_scheduler.pause(QDateTime::currentDateTime().addSecs(3600)); });
    m_pauseTomorrow = m_pauseMenu->addAction(tr("Until &tomorrow"));
    connect(m_pauseTomorrow, &QAction::triggered, this, [this]() {
        m_scheduler.pause(QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)));
    });
    m_pauseForever = m_pauseMenu->addAction(tr("Until &resumed"));
    connect(m_pauseForever, &QAction::triggered, this, [this]() { m_scheduler.pause(); });
    m_pauseMenu->addSeparator();
    m_resume = m_pauseMenu->addAction(tr("Re&sume now"));
    connect(m_resume, &QAction::triggered, &m_scheduler, &Scheduler::resume);
    connect(m_pauseMenu, &QMenu::aboutToShow, this, &TrayIcon::updatePauseMenu);
    connect(&m_scheduler, &Scheduler::pausedChanged, this, &TrayIcon::updatePauseMenu);
    updatePauseMenu();
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);
    connect(&m_board, &JobBoard::jobChanged, this, &TrayIcon::updateState);
    connect(&m_board, &JobBoard::jobFinished, this, [this](const Job &job) {
        m_lastFailed = job.status == JobStatus::Failed || job.status == JobStatus::Interrupted;
        updateState();
    });
    connect(&m_scheduler, &Scheduler::pausedChanged, this, &TrayIcon::updateState);
    // the last result before this start counts too
    const QList<Job> last = m_store.jobs({}, 1);
    m_lastFailed = !last.isEmpty() && (last.first().status == JobStatus::Failed ||
                                       last.first().status == JobStatus::Interrupted);
    updateState();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

QIcon TrayIcon::iconFor(State state)
{
    QIcon base(QStringLiteral(":/icons/borgtide-64.png"));
    if (state == State::Idle) {
        QIcon icon;
        for (int size : {16, 22, 24, 32, 48, 64})
            icon.addFile(QStringLiteral(":/icons/borgtide-%1.png").arg(size));
        return icon;
    }
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pm = QIcon(QStringLiteral(":/icons/borgtide-%1.png").arg(size)).pixmap(size, size);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * 0.5;
        const QRectF badge(size - d, size - d, d, d);
        p.setPen(QPen(Qt::white, std::max(1.0, size / 16.0)));
        p.setBrush(state == State::Running ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd1, 0x24, 0x2f));
        p.drawEllipse(badge.adjusted(0.5, 0.5, -0.5, -0.5));
        if (state == State::Failed) {
            p.setPen(QPen(Qt::white, std::max(1.5, size / 10.0), Qt::SolidLine, Qt::RoundCap));
            const QPointF c = badge.center();
            const qreal r = d * 0.22;
            p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
            p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
        } else {
            // a play triangle: running
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::white);
            const QPointF c = badge.center();
            const qreal r = d * 0.25;
            const QPointF tri[3] = {c + QPointF(-r * 0.7, -r), c + QPointF(-r * 0.7, r),
                                    c + QPointF(r, 0)};
            p.drawPolygon(tri, 3);
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

void TrayIcon::updateState()
{
    int running = 0;
    for (const Job &j : m_board.liveJobs())
        running += j.status == JobStatus::Running ? 1 : 0;
    m_state = running > 0 ? State::Running : m_lastFailed ? State::Failed : State::Idle;
    m_tray->setIcon(iconFor(m_state));
    QString tip;
    if (running > 0)
        tip = tr("Borgtide: %n backup job(s) running", nullptr, running);
    else if (m_scheduler.isPaused() && m_scheduler.pausedUntil().isValid())
        tip = tr("Borgtide: scheduling is paused until %1")
                  .arg(format::dateTime(m_scheduler.pausedUntil()));
    else if (m_scheduler.isPaused())
        tip = tr("Borgtide: scheduling is paused");
    else if (m_lastFailed)
        tip = tr("Borgtide: the last backup job failed");
    else
        tip = tr("Borgtide: idle");
    m_tray->setToolTip(tip);
}

void TrayIcon::updatePauseMenu()
{
    const bool paused = m_scheduler.isPaused();
    m_resume->setEnabled(paused);
    m_resume->setText(
        paused && m_scheduler.pausedUntil().isValid()
            ? tr("Re&sume now (paused until %1)").arg(format::dateTime(m_scheduler.pausedUntil()))
            : tr("Re&sume now"));
    m_pauseMenu->setTitle(paused ? tr("&Pause scheduling (paused)") : tr("&Pause scheduling"));
    updateState();
}

void TrayIcon::rebuildRunMenu()
{
    m_runMenu->clear();
    const QList<Schedule> schedules = m_store.schedules();
    if (schedules.isEmpty()) {
        m_runMenu->addAction(tr("No schedules yet"))->setEnabled(false);
        return;
    }
    for (const Schedule &s : schedules) {
        QAction *a = m_runMenu->addAction(s.name);
        const qint64 id = s.id;
        connect(a, &QAction::triggered, this, [this, id]() { Q_EMIT runRequested(id); });
    }
}

QString TrayIcon::unavailableReason() const
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return tr("no system tray is available");
    if (!QSystemTrayIcon::supportsMessages())
        return tr("the system tray cannot show notifications");
    if (!m_tray->isVisible())
        return tr("the tray icon is hidden");
    return {};
}

void TrayIcon::show(const NotificationText &text)
{
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (text.severity == NotificationText::Severity::Warning)
        icon = QSystemTrayIcon::Warning;
    else if (text.severity == NotificationText::Severity::Error)
        icon = QSystemTrayIcon::Critical;
    m_tray->showMessage(text.title, text.body, icon, 15000);
}

} // namespace borgtide
