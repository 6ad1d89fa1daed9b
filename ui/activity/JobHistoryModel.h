#pragma once

#include "models/Store.h"
#include "ui/activity/JobRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace borgtide {

// The job history, newest first, loaded lazily: one COUNT and one page of PageSize jobs on
// reload(), further pages as the view scrolls (canFetchMore()/fetchMore()). Never all rows.
class JobHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ResultColumn,
        ScheduleColumn,
        TypeColumn,
        StartedColumn,
        DurationColumn,
        SizeColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role { JobIdRole = Qt::UserRole + 1, StatusRole };
    static constexpr int PageSize = 200;

    explicit JobHistoryModel(Store &store, QObject *parent = nullptr);

    JobFilter filter() const { return m_filter; }
    void setFilter(const JobFilter &filter); // reloads
    void reload();                           // the count and the first page, again
    // A job changed or was recorded (the JobBoard's signals): its row is updated, inserted on
    // top, or removed when it no longer matches the filter. No reset.
    void noteJob(const Job &job);
    // Jobs recorded since the top row (by another process) are inserted on top.
    void fetchNewer();

    int totalCount() const { return m_total; } // jobs matching the filter in the store
    int loadedCount() const { return int(m_rows.size()); }
    const JobRow &jobAt(int row) const { return m_rows.at(row); }
    qint64 jobId(int row) const;
    int rowOfJob(qint64 jobId) const; // among the loaded rows; -1 when not loaded
    // The newest `count` loaded jobs, newest first.
    QList<JobRow> newest(int count) const { return m_rows.mid(0, count); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int total);

private:
    QList<JobRow> loadPage(int offset);
    bool matches(const Job &job) const;

    Store &m_store;
    JobFilter m_filter;
    QList<JobRow> m_rows;
    int m_total = 0;
    int m_offset = 0;         // rows read from the store so far (duplicates included)
    bool m_exhausted = false; // the store returned a short page
};

} // namespace borgtide
