#pragma once

#include "models/Job.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace borgtide {

class JobBoard;
class Store;

// The tasks of one job as table rows: index, task, kind, status, duration, message.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Index, Name, Kind, Repository, Status, Duration, Message, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setTasks(const QList<Task> &tasks);
    void updateTask(int row, const Task &task);
    const QList<Task> &tasks() const { return m_tasks; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void refreshRunning(); // the running task's duration ticks

private:
    QList<Task> m_tasks;
};

// One job, task by task (SPEC 6 "Job view"): follows a running job live from the JobBoard's
// signals (task rows change state as they go, the selected task's output streams in, the backup
// shows files and bytes), whether this process or another one runs it, or shows a finished one
// from the store.
class JobView final : public QWidget
{
    Q_OBJECT
public:
    // `board` may be null (a finished job, in tests).
    JobView(Store &store, JobBoard *board, qint64 jobId, QWidget *parent = nullptr);
    ~JobView() override;

    qint64 jobId() const { return m_job.id; }
    const Job &job() const { return m_job; }
    TaskTableModel *taskModel() const { return m_model; }
    void selectTask(int row);

private:
    void build();
    void follow();
    void onJobChanged(const Job &job);
    void onTaskChanged(const Task &task);
    void showTaskOutput(int row);
    void flushOutput();
    void updateHeader();
    bool ownJob() const;

    Store &m_store;
    QPointer<JobBoard> m_board;
    Job m_job;
    TaskTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    int m_shownTask = -1;
    bool m_followSelection = true;
    static constexpr qsizetype MaxPendingBytes = 64 * 1024;
    QByteArray m_pending; // live output not yet on screen
    qint64 m_skippedOnScreen = 0;
    QTimer m_outputTimer;
    QTimer m_tick;
};

} // namespace borgtide
