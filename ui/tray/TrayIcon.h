#pragma once

#include "app/jobs/Notification.h"
#include "models/Types.h"

#include <QIcon>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace borgtide {

class JobBoard;
class Scheduler;
class Store;

// The tray icon (SPEC 6): state (idle, running, last job failed), a menu (Open, Run now ▸ each
// schedule, Pause scheduling ▸ for 1 hour / until tomorrow / until resumed, Quit) and desktop
// notifications with the texts of SPEC 2. Jobs of other processes count too.
class TrayIcon final : public QObject, public Notifier
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Failed };

    TrayIcon(Store &store, Scheduler &scheduler, JobBoard &board, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    void show();
    State state() const { return m_state; }
    QMenu *menu() const { return m_menu; }
    QMenu *pauseMenu() const { return m_pauseMenu; }
    QSystemTrayIcon *icon() const { return m_tray; }
    static QIcon iconFor(State state);

    // Notifier
    QString unavailableReason() const override;
    void show(const NotificationText &text) override;

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    void runRequested(qint64 scheduleId);

private:
    void updateState();
    void rebuildRunMenu();
    void updatePauseMenu();

    Store &m_store;
    Scheduler &m_scheduler;
    JobBoard &m_board;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_pauseMenu = nullptr;
    QAction *m_pauseHour = nullptr;
    QAction *m_pauseTomorrow = nullptr;
    QAction *m_pauseForever = nullptr;
    QAction *m_resume = nullptr;
    State m_state = State::Idle;
    bool m_lastFailed = false;
};

} // namespace borgtide
