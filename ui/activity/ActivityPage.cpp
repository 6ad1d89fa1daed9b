#include "ui/activity/ActivityPage.h"

#include "ui/activity/JobHistoryModel.h"
#include "ui/activity/ResultsChart.h"
#include "ui/common/Format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace borgtide {

ActivityPage::ActivityPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new JobHistoryModel(store, this))
{
    setObjectName(QStringLiteral("activityPage"));

    m_scheduleFilter = new QComboBox(this);
    m_scheduleFilter->setObjectName(QStringLiteral("scheduleFilter"));
    m_scheduleFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scheduleFilter->setMinimumContentsLength(12);
    m_scheduleFilter->addItem(tr("All schedules"));

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilter->addItem(tr("All results"));
    for (JobStatus status :
         {JobStatus::Completed, JobStatus::CompletedWithWarnings, JobStatus::Failed,
          JobStatus::Cancelled, JobStatus::Skipped, JobStatus::Interrupted})
        m_statusFilter->addItem(format::statusIcon(status), format::statusText(status),
                                int(status));

    auto *scheduleLabel = new QLabel(tr("&Schedule:"), this);
    scheduleLabel->setBuddy(m_scheduleFilter);
    auto *statusLabel = new QLabel(tr("&Result:"), this);
    statusLabel->setBuddy(m_statusFilter);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(scheduleLabel);
    filters->addWidget(m_scheduleFilter);
    filters->addSpacing(12);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addStretch(1);
    filters->addWidget(m_countLabel);

    m_chart = new ResultsChart(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // Uniform row heights: the view never measures rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        std::max(fontMetrics().height() + 8, m_table->iconSize().height() + 6));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from sample texts, not from the rows (which are not all loaded).
    const QFontMetrics fm = fontMetrics();
    const int padding = 24;
    auto widthOf = [&](const QString &sample, int extra = 0) {
        return fm.horizontalAdvance(sample) + padding + extra;
    };
    m_table->setColumnWidth(JobHistoryModel::ResultColumn,
                            widthOf(format::statusText(JobStatus::CompletedWithWarnings),
                                    m_table->iconSize().width() + 8));
    m_table->setColumnWidth(JobHistoryModel::ScheduleColumn,
                            widthOf(QStringLiteral("M").repeated(12)));
    m_table->setColumnWidth(JobHistoryModel::TypeColumn,
                            std::max(widthOf(tr("Scheduled")), widthOf(tr("Manual"))));
    m_table->setColumnWidth(
        JobHistoryModel::StartedColumn,
        widthOf(format::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58)))));
    m_table->setColumnWidth(JobHistoryModel::DurationColumn,
                            widthOf(format::duration(qint64(59 * 60 + 58) * 1000)));
    // Wide enough for the rarer "37.3 GB (original)" (no deduplicated size known).
    m_table->setColumnWidth(JobHistoryModel::SizeColumn,
                            widthOf(JobHistoryModel::tr("%1 (original)")
                                        .arg(format::bytes(qint64(999) * 1024 * 1024 * 1024))));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_scheduleFilter, &QComboBox::currentIndexChanged, this, &ActivityPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ActivityPage::applyFilter);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = m_model->jobId(index.row());
        if (id > 0)
            Q_EMIT openJob(id);
    });
    connect(m_chart, &ResultsChart::jobActivated, this, &ActivityPage::openJob);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { noteScheduleNames(first, last); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this]() { noteScheduleNames(0, m_model->rowCount() - 1); });

    reload();
}

void ActivityPage::reload()
{
    qint64 selected = 0;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        selected = m_model->jobId(rows.first().row());

    refreshScheduleNames();
    m_model->setFilter(currentFilter());
    updateSummary();

    if (selected > 0) {
        const int row = m_model->rowOfJob(selected);
        if (row >= 0)
            m_table->selectRow(row);
    }
}

void ActivityPage::noteJob(const Job &job)
{
    m_model->noteJob(job);
    updateSummary();
}

void ActivityPage::fetchNewer()
{
    m_model->fetchNewer();
    updateSummary();
}

void ActivityPage::setScheduleFilter(const QString &scheduleName)
{
    if (scheduleName.isEmpty()) {
        m_scheduleFilter->setCurrentIndex(0);
        return;
    }
    if (!m_scheduleNames.contains(scheduleName)) {
        m_scheduleNames.insert(scheduleName);
        rebuildScheduleFilter();
    }
    m_scheduleFilter->setCurrentIndex(m_scheduleFilter->findData(scheduleName));
}

JobFilter ActivityPage::currentFilter() const
{
    JobFilter filter;
    const QVariant schedule = m_scheduleFilter->currentData();
    if (schedule.isValid())
        filter.scheduleName = schedule.toString();
    const QVariant status = m_statusFilter->currentData();
    if (status.isValid())
        filter.status = JobStatus(status.toInt());
    return filter;
}

void ActivityPage::applyFilter()
{
    m_model->setFilter(currentFilter());
    updateSummary();
}

void ActivityPage::updateSummary()
{
    const int total = m_model->totalCount();
    m_countLabel->setText(tr("%Ln job(s)", nullptr, total));
    const JobFilter filter = m_model->filter();
    const bool filtered = filter.scheduleName || filter.status;
    m_chart->setEmptyText(filtered ? tr("No jobs match the filter") : tr("No jobs yet"));
    m_chart->setJobs(m_model->newest(ResultsChart::MaxJobs));
}

void ActivityPage::refreshScheduleNames()
{
    bool changed = false;
    QStringList names = m_store.jobScheduleNames(); // deleted schedules' history too
    for (const Schedule &schedule : m_store.schedules())
        names.append(schedule.name);
    for (const QString &name : std::as_const(names)) {
        if (!m_scheduleNames.contains(name)) {
            m_scheduleNames.insert(name);
            changed = true;
        }
    }
    if (changed)
        rebuildScheduleFilter();
}

void ActivityPage::noteScheduleNames(int firstRow, int lastRow)
{
    bool changed = false;
    for (int row = std::max(firstRow, 0); row <= lastRow && row < m_model->rowCount(); ++row) {
        const QString &name = m_model->jobAt(row).scheduleName;
        if (!name.isEmpty() && !m_scheduleNames.contains(name)) {
            m_scheduleNames.insert(name);
            changed = true;
        }
    }
    if (changed)
        rebuildScheduleFilter();
}

void ActivityPage::rebuildScheduleFilter()
{
    QStringList names(m_scheduleNames.cbegin(), m_scheduleNames.cend());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int c = a.localeAwareCompare(b);
        return c != 0 ? c < 0 : a < b;
    });
    const QVariant current = m_scheduleFilter->currentData();
    const QSignalBlocker blocker(m_scheduleFilter);
    while (m_scheduleFilter->count() > 1)
        m_scheduleFilter->removeItem(1);
    for (const QString &name : std::as_const(names))
        m_scheduleFilter->addItem(name, name);
    const int index = current.isValid() ? m_scheduleFilter->findData(current) : 0;
    m_scheduleFilter->setCurrentIndex(std::max(index, 0));
}

} // namespace borgtide
