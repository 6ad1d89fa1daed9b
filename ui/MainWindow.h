#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QLabel;
class QTabWidget;

namespace borgtide {

struct GuiContext;
class ActivityPage;
class JobView;
class RepositoriesPage;
class SchedulesPage;
class SettingsPage;

// The main window (SPEC 6): Schedules, Repositories, Activity, Settings. Closing it keeps
// Borgtide running in the tray when there is one.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Schedules, Repositories, Activity, Settings };
    explicit MainWindow(GuiContext &context, QWidget *parent = nullptr);

    void showPage(Page page);
    JobView *openJob(qint64 jobId);
    void raiseWindow();
    void setKeepRunningInTray(bool keep) { m_keepInTray = keep; }
    SchedulesPage *schedulesPage() const { return m_schedules; }
    ActivityPage *activityPage() const { return m_activity; }
    RepositoriesPage *repositoriesPage() const { return m_repositories; }
    SettingsPage *settingsPage() const { return m_settings; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void firstPainted();
    void hiddenToTray();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateTitle();
    void updateStatus();
    void saveGeometry();

    GuiContext &m_context;
    QTabWidget *m_tabs = nullptr;
    SchedulesPage *m_schedules = nullptr;
    RepositoriesPage *m_repositories = nullptr;
    ActivityPage *m_activity = nullptr;
    SettingsPage *m_settings = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_running = nullptr;
    QHash<qint64, QPointer<JobView>> m_jobViews;
    QSet<qint64> m_openedOnce; // this process's manual jobs, opened when they first appear
    bool m_keepInTray = false;
    bool m_reportedShown = false;
};

} // namespace borgtide
