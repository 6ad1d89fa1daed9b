#include "ui/activity/JobHistoryModel.h"

#include "ui/common/Format.h"

#include <limits>

namespace borgtide {

JobHistoryModel::JobHistoryModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void JobHistoryModel::setFilter(const JobFilter &filter)
{
    m_filter = filter;
    reload();
}

void JobHistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_offset = 0;
    m_exhausted = false;
    m_total = m_store.jobCount(m_filter);
    if (m_total > 0)
        m_rows = loadPage(0);
    else
        m_exhausted = true;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

QList<JobRow> JobHistoryModel::loadPage(int offset)
{
    const QList<Job> jobs = m_store.jobs(m_filter, PageSize, offset, false);
    m_offset = offset + int(jobs.size());
    if (jobs.size() < PageSize)
        m_exhausted = true;
    // Jobs recorded since the first page shift the offsets: skip what is already loaded (ids
    // only decrease down the list).
    const qint64 below = m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.last().id;
    QList<JobRow> rows;
    rows.reserve(jobs.size());
    for (const Job &job : jobs) {
        if (job.id < below)
            rows.append(JobRow::fromJob(job));
    }
    return rows;
}

bool JobHistoryModel::matches(const Job &job) const
{
    return (!m_filter.scheduleName || *m_filter.scheduleName == job.scheduleName) &&
           (!m_filter.status || *m_filter.status == job.status);
}

void JobHistoryModel::noteJob(const Job &job)
{
    const int row = rowOfJob(job.id);
    const bool wanted = matches(job);
    if (row >= 0 && wanted) {
        m_rows[row] = JobRow::fromJob(job);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        --m_total;
        --m_offset;
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    if (!wanted || (!m_rows.isEmpty() && job.id < m_rows.first().id))
        return; // older than the top: its page is not loaded, or it is not shown
    beginInsertRows({}, 0, 0);
    m_rows.prepend(JobRow::fromJob(job));
    endInsertRows();
    ++m_total;
    ++m_offset;
    Q_EMIT totalCountChanged(m_total);
}

void JobHistoryModel::fetchNewer()
{
    const qint64 top = m_rows.isEmpty() ? 0 : m_rows.first().id;
    const QList<Job> jobs = m_store.jobs(m_filter, PageSize, 0, false);
    QList<Job> newer;
    for (const Job &j : jobs) {
        if (j.id > top)
            newer.prepend(j); // oldest first, so each lands on top in order
    }
    for (const Job &j : std::as_const(newer))
        noteJob(j);
}

qint64 JobHistoryModel::jobId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int JobHistoryModel::rowOfJob(qint64 jobId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == jobId)
            return int(i);
    }
    return -1;
}

int JobHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const JobRow &job = m_rows.at(index.row());
    switch (role) {
    case JobIdRole:
        return job.id;
    case StatusRole:
        return int(job.status);
    case Qt::DecorationRole:
        if (index.column() == ResultColumn)
            return format::statusIcon(job.status);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn && !job.message.isEmpty())
            return job.message;
        if (index.column() == SizeColumn && (job.originalSize >= 0 || job.deduplicatedSize >= 0))
            return tr("Original size: %1\nDeduplicated size: %2")
                .arg(format::bytes(job.originalSize), format::bytes(job.deduplicatedSize));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ResultColumn:
        return format::statusText(job.status);
    case ScheduleColumn:
        return job.scheduleName;
    case TypeColumn:
        return job.type == JobType::Scheduled ? tr("Scheduled") : tr("Manual");
    case StartedColumn:
        return format::dateTime(job.startedAt);
    case DurationColumn: {
        const qint64 ms = job.durationMs();
        if (ms < 0)
            return job.status == JobStatus::Running ? tr("Running…") : QString();
        return format::duration(ms);
    }
    case SizeColumn:
        if (job.deduplicatedSize >= 0)
            return format::bytes(job.deduplicatedSize);
        if (job.originalSize >= 0)
            return tr("%1 (original)").arg(format::bytes(job.originalSize));
        return QString();
    case MessageColumn: {
        const qsizetype newline = job.message.indexOf(QLatin1Char('\n'));
        return newline < 0 ? job.message : job.message.left(newline);
    }
    default:
        return {};
    }
}

QVariant JobHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SizeColumn)
        return tr("The deduplicated size: what the archive added to the repository. Where it "
                  "is unknown, the original size of the files.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResultColumn:
        return tr("Result");
    case ScheduleColumn:
        return tr("Schedule");
    case TypeColumn:
        return tr("Type");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Archive size");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

Qt::ItemFlags JobHistoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool JobHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && m_offset < m_total;
}

void JobHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<JobRow> rows = loadPage(m_offset);
    while (rows.isEmpty() && canFetchMore(parent)) // a page of rows already loaded
        rows = loadPage(m_offset);
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

} // namespace borgtide
