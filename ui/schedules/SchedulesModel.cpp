#include "ui/schedules/SchedulesModel.h"

#include "models/NextRun.h"
#include "models/Store.h"
#include "ui/common/Format.h"

namespace borgtide {

SchedulesModel::SchedulesModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

QDateTime SchedulesModel::nextRunOf(const Schedule &s) const
{
    if (!s.enabled || s.trigger.kind == TriggerKind::Manual)
        return {};
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime anchor = m_store.scheduleState(s.id).anchor;
    // only an interval counts from the last run (a query per schedule: not for cron ones)
    const QDateTime last =
        s.trigger.kind == TriggerKind::Interval ? m_store.lastStart(s.id) : QDateTime();
    const QList<QDateTime> next =
        nextRuns(s.trigger, now, 1, last, anchor.isValid() ? anchor : s.createdAt);
    return next.isEmpty() ? QDateTime() : next.first();
}

void SchedulesModel::reload()
{
    beginResetModel();
    m_schedules = m_store.schedules();
    m_last = m_store.lastStatuses();
    m_next.clear();
    for (const Schedule &s : std::as_const(m_schedules))
        m_next.insert(s.id, nextRunOf(s));
    endResetModel();
}

void SchedulesModel::sync()
{
    const QList<Schedule> fresh = m_store.schedules();
    bool sameRows = fresh.size() == m_schedules.size();
    for (qsizetype i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).id == m_schedules.at(i).id;
    if (!sameRows) {
        reload(); // added, removed or renamed (the order changed): rare
        return;
    }
    m_last = m_store.lastStatuses();
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const Schedule &s = fresh.at(i);
        const QDateTime next = nextRunOf(s);
        const bool changed = s != m_schedules.at(i) || s.enabled != m_schedules.at(i).enabled ||
                             next != m_next.value(s.id);
        m_schedules[i] = s;
        m_next.insert(s.id, next);
        // the last result may have changed for any row: LastResult is cheap to repaint
        Q_EMIT dataChanged(index(int(i), changed ? 0 : LastResult),
                           index(int(i), changed ? ColumnCount - 1 : LastResult));
    }
}

void SchedulesModel::noteJob(const Job &job)
{
    if (!job.scheduleId || !isFinished(job.status))
        return;
    const int row = rowOf(*job.scheduleId);
    if (row < 0)
        return;
    m_last.insert(*job.scheduleId, job.status);
    m_next.insert(*job.scheduleId, nextRunOf(m_schedules.at(row)));
    Q_EMIT dataChanged(index(row, NextRun), index(row, LastResult));
}

void SchedulesModel::refreshTimes()
{
    for (const Schedule &s : std::as_const(m_schedules))
        m_next.insert(s.id, nextRunOf(s));
    m_last = m_store.lastStatuses();
    if (!m_schedules.isEmpty())
        Q_EMIT dataChanged(index(0, NextRun), index(int(m_schedules.size()) - 1, LastResult));
}

const Schedule *SchedulesModel::scheduleAt(int row) const
{
    return row >= 0 && row < m_schedules.size() ? &m_schedules.at(row) : nullptr;
}

int SchedulesModel::rowOf(qint64 scheduleId) const
{
    for (int i = 0; i < m_schedules.size(); ++i) {
        if (m_schedules.at(i).id == scheduleId)
            return i;
    }
    return -1;
}

std::pair<QString, QDateTime> SchedulesModel::earliestNextRun() const
{
    std::pair<QString, QDateTime> best;
    for (const Schedule &s : m_schedules) {
        const QDateTime t = m_next.value(s.id);
        if (t.isValid() && (!best.second.isValid() || t < best.second))
            best = {s.name, t};
    }
    return best;
}

int SchedulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schedules.size());
}

int SchedulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchedulesModel::data(const QModelIndex &index, int role) const
{
    const Schedule *s = scheduleAt(index.row());
    if (!s)
        return {};
    const auto last = m_last.constFind(s->id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s->name;
        case Repository: {
            QStringList names;
            for (const borgtide::Repository &r : s->repositories)
                names.append(r.name);
            return names.join(QStringLiteral(", "));
        }
        case When:
            return describeTrigger(s->trigger, s->repository().name);
        case NextRun: {
            if (!s->enabled)
                return tr("Off");
            if (s->trigger.kind == TriggerKind::Manual)
                return tr("When started by hand");
            const QDateTime next = m_next.value(s->id);
            if (!next.isValid())
                return tr("Never");
            return tr("%1 (%2)").arg(format::dateTime(next),
                                     format::relative(next, QDateTime::currentDateTime()));
        }
        case LastResult:
            return last == m_last.constEnd() ? tr("Not run yet") : format::statusText(*last);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == LastResult && last != m_last.constEnd())
            return format::statusIcon(*last);
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Enabled)
            return s->enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == When && s->trigger.kind == TriggerKind::Cron)
            return s->trigger.cron;
        if (index.column() == Repository) {
            QStringList locations;
            for (const borgtide::Repository &r : s->repositories)
                locations.append(r.location);
            return locations.join(QLatin1Char('\n'));
        }
        if (index.column() == Name) {
            QStringList lines{s->name};
            lines << tr("%n pre-job hook(s), %1", nullptr, int(s->preHooks.size()))
                         .arg(tr("%n post-job hook(s)", nullptr, int(s->postHooks.size())));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::UserRole:
        return s->id;
    default:
        return {};
    }
}

bool SchedulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (index.column() != Enabled || role != Qt::CheckStateRole)
        return false;
    Schedule &s = m_schedules[index.row()];
    const bool enabled = value.toInt() == Qt::Checked;
    if (!m_store.setScheduleEnabled(s.id, enabled))
        return false;
    s.enabled = enabled;
    m_next.insert(s.id, nextRunOf(s));
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT enabledChanged(s.id, enabled);
    return true;
}

Qt::ItemFlags SchedulesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Enabled)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SchedulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Repository:
        return tr("Repository");
    case When:
        return tr("When");
    case NextRun:
        return tr("Next run");
    case LastResult:
        return tr("Last result");
    case Enabled:
        return tr("Enabled");
    }
    return {};
}

} // namespace borgtide
