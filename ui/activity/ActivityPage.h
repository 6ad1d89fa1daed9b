#pragma once

#include "models/Store.h"

#include <QSet>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace borgtide {

class JobHistoryModel;
class ResultsChart;

// The job history (SPEC 6 "Activity"): filters for schedule and result, a chart of the newest
// jobs and the list of all jobs, newest first, loaded a page at a time so that it opens fast
// with 100 000 jobs.
class ActivityPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPage(Store &store, QWidget *parent = nullptr);

    void reload();
    // A job changed or was recorded: its row alone is updated (see JobHistoryModel::noteJob).
    void noteJob(const Job &job);
    // Another process recorded jobs: they come in on top.
    void fetchNewer(); // after a job finished or schedules changed
    void setScheduleFilter(const QString &scheduleName); // empty: all

    JobHistoryModel *model() const { return m_model; }
    ResultsChart *chart() const { return m_chart; }

Q_SIGNALS:
    void openJob(qint64 jobId); // double-click / Enter on a row, double-click on a bar

private:
    void applyFilter();
    void refreshScheduleNames();
    void noteScheduleNames(int firstRow, int lastRow);
    void rebuildScheduleFilter();
    void updateSummary();
    JobFilter currentFilter() const;

    Store &m_store;
    JobHistoryModel *m_model = nullptr;
    QComboBox *m_scheduleFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    ResultsChart *m_chart = nullptr;
    QTableView *m_table = nullptr;
    QSet<QString> m_scheduleNames; // schedules that exist or have jobs among those seen
};

} // namespace borgtide
