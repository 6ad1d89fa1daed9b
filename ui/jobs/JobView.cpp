#include "ui/jobs/JobView.h"

#include "app/jobs/JobBoard.h"
#include "models/Store.h"
#include "ui/common/Format.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace borgtide {

namespace {

QString kindText(const Task &t)
{
    switch (t.kind) {
    case TaskKind::Hook:
        return t.phase == HookPhase::Post
                   ? QApplication::translate("borgtide::JobView", "Post-hook")
                   : QApplication::translate("borgtide::JobView", "Pre-hook");
    case TaskKind::Backup:
        return QApplication::translate("borgtide::JobView", "Backup");
    case TaskKind::Prune:
        return QApplication::translate("borgtide::JobView", "Prune");
    case TaskKind::Compact:
        return QApplication::translate("borgtide::JobView", "Compact");
    case TaskKind::Check:
        return QApplication::translate("borgtide::JobView", "Check");
    case TaskKind::Notification:
        return QApplication::translate("borgtide::JobView", "Notification");
    }
    return {};
}

QString taskTitle(const Task &t)
{
    if (t.kind == TaskKind::Hook)
        return t.name;
    return kindText(t);
}

} // namespace

// ---------------------------------------------------------------- model

void TaskTableModel::setTasks(const QList<Task> &tasks)
{
    beginResetModel();
    m_tasks = tasks;
    endResetModel();
}

void TaskTableModel::updateTask(int row, const Task &task)
{
    if (row < 0 || row >= m_tasks.size())
        return;
    m_tasks[row] = task;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TaskTableModel::refreshRunning()
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).status == TaskStatus::Running)
            Q_EMIT dataChanged(index(row, Duration), index(row, Duration));
    }
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const Task &t = m_tasks.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Index:
            return t.index;
        case Name:
            return t.critical ? tr("%1 (critical)").arg(taskTitle(t)) : taskTitle(t);
        case Kind:
            return kindText(t);
        case Repository:
            return t.repository;
        case Status: {
            QString text =
                format::statusEmoji(t.status) + QLatin1Char(' ') + format::statusText(t.status);
            if (t.warning)
                text += QLatin1Char(' ') + tr("(warning)");
            return text;
        }
        case Duration:
            if (t.status == TaskStatus::Running)
                return format::duration(t.startedAt, QDateTime::currentDateTime());
            return format::duration(t.startedAt, t.finishedAt);
        case Message:
            return t.message;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Message) {
        return t.message;
    } else if (role == Qt::TextAlignmentRole &&
               (index.column() == Index || index.column() == Duration)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return int(t.status);
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Index:
        return tr("#");
    case Name:
        return tr("Task");
    case Kind:
        return tr("Kind");
    case Repository:
        return tr("Repository");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Message:
        return tr("Message");
    }
    return {};
}

// ---------------------------------------------------------------- view

JobView::JobView(Store &store, JobBoard *board, qint64 jobId, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_board(board)
{
    build();
    std::optional<Job> live = board ? board->liveJob(jobId) : std::nullopt;
    if (live) {
        m_job = *live;
        // the outputs so far (the board's copies carry none)
        for (int i = 0; i < m_job.tasks.size(); ++i) {
            if (isFinished(m_job.tasks.at(i).status))
                m_job.tasks[i].output = board->outputOf(jobId, i);
        }
    } else if (const auto stored = m_store.job(jobId)) {
        m_job = *stored;
    }
    m_model->setTasks(m_job.tasks);
    updateHeader();
    if (isFinished(m_job.status) || !board) {
        selectTask(0);
        for (int i = 0; i < m_job.tasks.size(); ++i) {
            if (m_job.tasks.at(i).status == TaskStatus::Failed) {
                selectTask(i); // show why it failed
                break;
            }
        }
        return;
    }
    follow();
}

JobView::~JobView() = default;

void JobView::build()
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::Window);
    // on the screen, centred, whatever the window manager would do with a new window
    const QRect screen = QGuiApplication::primaryScreen()
                             ? QGuiApplication::primaryScreen()->availableGeometry()
                             : QRect(0, 0, 1024, 768);
    resize(std::min(980, screen.width() - 40), std::min(660, screen.height() - 60));
    move(screen.center() - rect().center());
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("jobTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("jobSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("&Cancel Job"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setVisible(false);
    auto *header = new QHBoxLayout();
    auto *titles = new QVBoxLayout();
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);
    header->addWidget(m_cancel, 0, Qt::AlignTop);
    layout->addLayout(header);
    layout->addWidget(m_progress);

    m_model = new TaskTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(TaskTableModel::Index,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(TaskTableModel::Name, 240);
    m_table->setColumnWidth(TaskTableModel::Kind, 100);
    m_table->setColumnWidth(TaskTableModel::Repository, 110);
    m_table->setColumnWidth(TaskTableModel::Status, 150);
    m_table->setColumnWidth(TaskTableModel::Duration, 90);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showTaskOutput(current.row());
            });
    connect(m_table, &QTableView::clicked, this, [this]() { m_followSelection = false; });

    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("taskOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setMaximumBlockCount(5000); // the screen stays light whatever a hook prints
    m_output->setPlaceholderText(tr("Select a task to see its output."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_output);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_outputTimer.setInterval(100);
    connect(&m_outputTimer, &QTimer::timeout, this, &JobView::flushOutput);
    connect(&m_tick, &QTimer::timeout, this, [this]() {
        m_model->refreshRunning();
        updateHeader();
    });
}

bool JobView::ownJob() const
{
    return m_board && m_board->owns(m_job.id);
}

void JobView::follow()
{
    JobBoard *board = m_board.data();
    const qint64 id = m_job.id;
    connect(board, &JobBoard::jobChanged, this, [this, id](const Job &job) {
        if (job.id == id)
            onJobChanged(job);
    });
    connect(board, &JobBoard::taskChanged, this, [this, id](qint64 jobId, const Task &task) {
        if (jobId == id)
            onTaskChanged(task);
    });
    connect(board, &JobBoard::taskOutput, this,
            [this, id](qint64 jobId, int row, const QByteArray &chunk) {
                if (jobId != id || row != m_shownTask)
                    return;
                m_pending += chunk;
                // A hook may print faster than anyone reads: the screen shows the newest 64 KB
                // of each 100 ms and says what it skipped (the stored output keeps its head and
                // tail).
                if (m_pending.size() > MaxPendingBytes) {
                    m_skippedOnScreen += m_pending.size() - MaxPendingBytes;
                    m_pending = m_pending.right(MaxPendingBytes);
                }
                if (!m_outputTimer.isActive())
                    m_outputTimer.start();
            });
    connect(board, &JobBoard::taskProgress, this,
            [this, id](qint64 jobId, int, qint64 files, qint64 original, qint64 dedup,
                       const QString &path) {
                if (jobId != id)
                    return;
                m_progress->setVisible(true);
                m_progress->setFormat(
                    tr("%1 files, %2 read, %3 new: %4")
                        .arg(QLocale().toString(files), format::bytes(original),
                             format::bytes(dedup),
                             m_progress->fontMetrics().elidedText(path, Qt::ElideMiddle, 300)));
            });
    // another process's job: its output as that process stores it (every second)
    connect(board, &JobBoard::storeChanged, this, [this]() {
        if (ownJob() || m_shownTask < 0 ||
            m_job.tasks.value(m_shownTask).status != TaskStatus::Running)
            return;
        const QString text = m_board->outputOf(m_job.id, m_shownTask);
        if (text != m_output->toPlainText()) {
            m_output->setPlainText(text);
            m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (!ownJob())
            return;
        m_board->cancel(m_job.id);
        m_cancel->setText(tr("&Stop Cleanup Too"));
        m_cancel->setToolTip(tr("Hooks that run after a failure still run. Click again to stop "
                                "them as well."));
    });
    m_tick.start(1000);
    for (int i = 0; i < m_job.tasks.size(); ++i) {
        if (m_job.tasks.at(i).status == TaskStatus::Running)
            onTaskChanged(m_job.tasks.at(i));
    }
    updateHeader();
}

void JobView::onJobChanged(const Job &job)
{
    const QList<Task> tasks = m_job.tasks; // the rows follow taskChanged
    m_job = job;
    m_job.tasks = tasks;
    if (isFinished(job.status)) {
        m_tick.stop();
        flushOutput();
    }
    updateHeader();
}

void JobView::onTaskChanged(const Task &task)
{
    const int row = task.index - 1;
    if (row < 0 || row >= m_job.tasks.size())
        return;
    Task t = task;
    if (isFinished(t.status) && t.output.isEmpty() && m_board)
        t.output = m_board->outputOf(m_job.id, row);
    m_job.tasks[row] = t;
    m_model->updateTask(row, t);
    if (t.status == TaskStatus::Running) {
        if (t.kind == TaskKind::Backup) {
            m_progress->setVisible(true);
            m_progress->setFormat(tr("Starting the backup…"));
        }
        if (m_followSelection)
            selectTask(row);
    } else if (isFinished(t.status)) {
        if (t.kind == TaskKind::Backup)
            m_progress->setVisible(false);
        if (row == m_shownTask) {
            flushOutput();
            showTaskOutput(row); // the stored (bounded) text, with the omitted marker if any
        }
    }
    updateHeader();
}

void JobView::selectTask(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    showTaskOutput(row);
}

void JobView::showTaskOutput(int row)
{
    if (row == m_shownTask && m_job.tasks.value(row).status == TaskStatus::Running)
        return;
    m_shownTask = row;
    m_pending.clear();
    m_skippedOnScreen = 0;
    const bool running = m_job.tasks.value(row).status == TaskStatus::Running;
    const QString text =
        running && m_board ? m_board->outputOf(m_job.id, row) : m_job.tasks.value(row).output;
    // while a task runs the screen keeps its last lines; a finished task's stored output is
    // bounded already (64 KiB head + 192 KiB tail) and is shown whole, marker included
    m_output->setMaximumBlockCount(m_job.tasks.value(row).status == TaskStatus::Running ? 5000 : 0);
    m_output->setPlainText(text);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void JobView::flushOutput()
{
    m_outputTimer.stop();
    if (m_pending.isEmpty())
        return;
    QScrollBar *bar = m_output->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    if (m_skippedOnScreen > 0) {
        cursor.insertText(tr("\n[… %1 not shown while the output was fast; the whole output is in "
                             "the task when it ends …]\n")
                              .arg(format::bytes(m_skippedOnScreen)));
        m_skippedOnScreen = 0;
    }
    cursor.insertText(QString::fromUtf8(m_pending));
    m_pending.clear();
    if (atEnd)
        bar->setValue(bar->maximum());
}

void JobView::updateHeader()
{
    const QString name = m_job.scheduleName;
    setWindowTitle(tr("Job %1 — %2 — Borgtide").arg(m_job.idText(), name));
    m_title->setText(
        tr("%1 %2: %3")
            .arg(format::statusEmoji(m_job.status), name, format::statusText(m_job.status)));
    QStringList parts;
    if (m_job.startedAt.isValid())
        parts << tr("Started %1").arg(format::dateTime(m_job.startedAt));
    if (m_job.finishedAt.isValid())
        parts << tr("took %1").arg(format::duration(m_job.startedAt, m_job.finishedAt));
    else if (m_job.startedAt.isValid())
        parts << tr("running for %1")
                     .arg(format::duration(m_job.startedAt, QDateTime::currentDateTime()));
    parts << (m_job.type == JobType::Scheduled ? tr("scheduled") : tr("started by hand"));
    if (!m_job.archiveName.isEmpty())
        parts << tr("archive %1").arg(m_job.archiveName);
    if (m_job.stats.deduplicatedSize >= 0)
        parts << tr("%1 new of %2")
                     .arg(format::bytes(m_job.stats.deduplicatedSize),
                          format::bytes(m_job.stats.originalSize));
    QString summary = parts.join(QStringLiteral(" · "));
    if (!m_job.message.isEmpty())
        summary += QLatin1Char('\n') + m_job.message;
    m_summary->setText(summary);
    const bool running = !isFinished(m_job.status);
    m_cancel->setVisible(running && ownJob());
}

} // namespace borgtide
