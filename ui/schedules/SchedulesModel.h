#pragma once

#include "models/Job.h"
#include "models/Schedule.h"
#include "models/Types.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace borgtide {

class Store;

// The Schedules table: name, repository, trigger in words, next run, last result, enabled.
class SchedulesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Repository, When, NextRun, LastResult, Enabled, ColumnCount };
    explicit SchedulesModel(Store &store, QObject *parent = nullptr);

    void reload();
    void refreshTimes(); // next run moves on as time passes
    // Another process changed schedules: changed rows are updated (a reset only when rows were
    // added, removed or reordered).
    void sync();
    // A job ended: its schedule's last result and next run.
    void noteJob(const Job &job);
    const Schedule *scheduleAt(int row) const;
    int rowOf(qint64 scheduleId) const;
    // The enabled schedule that runs next, and when.
    std::pair<QString, QDateTime> earliestNextRun() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void enabledChanged(qint64 scheduleId, bool enabled);

private:
    QDateTime nextRunOf(const Schedule &s) const;

    Store &m_store;
    QList<Schedule> m_schedules;
    QHash<qint64, JobStatus> m_last;
    QHash<qint64, QDateTime> m_next;
};

} // namespace borgtide
