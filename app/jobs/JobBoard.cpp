#include "app/jobs/JobBoard.h"

#include "app/jobs/StoreWatcher.h"
#include "app/platform/ProcessInfo.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBoard, "borgtide.board")

namespace borgtide {

namespace {

bool ownerAlive(qint64 pid, const QString &start)
{
    return processinfo::isAlive(pid, start);
}

QString waitingForJob(qint64 jobId)
{
    return QStringLiteral("Waiting for job %1 on the same repository").arg(jobId);
}

constexpr int RetryMs = 5000;

} // namespace

JobBoard::JobBoard(Store &store, const JobServices &services, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_services(services)
{
    m_maxParallel =
        std::max(1, m_store.setting(QStringLiteral("max_parallel"), QStringLiteral("2")).toInt());
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &JobBoard::dispatch);
}

JobBoard::~JobBoard()
{
    qDeleteAll(m_runners); // stops their processes; the jobs are settled at the next start
}

void JobBoard::watchStore()
{
    if (m_watcher)
        return;
    m_watcher = new StoreWatcher(m_store, this);
    connect(m_watcher, &StoreWatcher::changed, this, &JobBoard::onStoreChanged);
    noteOthers(m_store.runningJobs());
}

void JobBoard::setMaxParallel(int n)
{
    m_maxParallel = std::max(1, n);
    dispatch();
}

int JobBoard::runningCount() const
{
    int n = 0;
    for (const JobRunner *r : m_runners)
        n += r->isRunning() ? 1 : 0;
    return n;
}

QString JobBoard::waitingForSlot() const
{
    return QStringLiteral("Waiting: %1 jobs are running (at most %2 at once)")
        .arg(runningCount())
        .arg(m_maxParallel);
}

bool JobBoard::hasJobOf(qint64 scheduleId) const
{
    for (const JobRunner *r : m_runners) {
        if (r->job().scheduleId == scheduleId)
            return true;
    }
    return false;
}

bool JobBoard::owns(qint64 jobId) const
{
    for (const JobRunner *r : m_runners) {
        if (r->job().id == jobId)
            return true;
    }
    return false;
}

JobBoard::Submitted JobBoard::submit(const Schedule &schedule, const Request &request)
{
    using O = Submitted::Outcome;
    Submitted out;
    if (m_shuttingDown) {
        out.error = QStringLiteral("Borgtide is shutting down");
        return out;
    }
    auto *runner = new JobRunner(m_store, schedule, request.type, m_services, this);
    if (m_factory)
        runner->setRunnerFactory(m_factory);
    runner->setPassphrases(request.passphrases, request.passphraseFromEnvironment);
    const bool slotFree = runningCount() < m_maxParallel;
    const Store::LocationMode mode = !slotFree      ? Store::LocationMode::Defer
                                     : request.wait ? Store::LocationMode::Take
                                                    : Store::LocationMode::TakeOrRefuse;
    const JobRunner::StartResult r = runner->record(mode, slotFree ? QString() : waitingForSlot());
    if (!r.started) {
        delete runner;
        out.error = r.error;
        out.code = r.code;
        if (r.runningJobId != 0) {
            out.outcome = O::AlreadyRunning;
            out.otherJobId = r.runningJobId;
        } else if (r.busy.jobId != 0) {
            out.outcome = O::Busy;
            out.otherJobId = r.busy.jobId;
            out.location = r.busy.location;
        }
        return out;
    }
    out.jobId = runner->job().id;
    adopt(runner);
    if (r.locationsTaken) {
        out.outcome = O::Started;
        runner->begin();
        Q_EMIT jobStarted(runner->job());
        return out;
    }
    out.outcome = O::Queued;
    if (r.busy.jobId != 0) {
        out.otherJobId = r.busy.jobId;
        out.location = r.busy.location;
        runner->setWaiting(waitingForJob(r.busy.jobId));
        if (!owns(r.busy.jobId))
            m_retry.start();
    }
    qCInfo(lcBoard) << "job" << out.jobId << "of" << schedule.name
                    << "waits:" << runner->job().message;
    return out;
}

void JobBoard::adopt(JobRunner *runner)
{
    m_runners.append(runner);
    connect(runner, &JobRunner::jobChanged, this, &JobBoard::jobChanged);
    connect(runner, &JobRunner::taskChanged, this, &JobBoard::taskChanged);
    connect(runner, &JobRunner::taskOutput, this, &JobBoard::taskOutput);
    connect(runner, &JobRunner::taskProgress, this, &JobBoard::taskProgress);
    connect(runner, &JobRunner::jobFinished, this, [this, runner]() { onFinished(runner); });
    Q_EMIT jobChanged(runner->job());
}

void JobBoard::dispatch()
{
    bool waitingForOthers = false;
    for (JobRunner *r : std::as_const(m_runners)) {
        if (m_shuttingDown)
            break;
        if (!r->isWaiting())
            continue;
        if (runningCount() >= m_maxParallel) {
            r->setWaiting(waitingForSlot());
            continue;
        }
        const auto holder = m_store.acquireLocations(r->job().id, r->locations(), ownerAlive);
        if (!holder) {
            qCWarning(lcBoard) << holder.error();
            continue;
        }
        if (holder->jobId != 0) {
            r->setWaiting(waitingForJob(holder->jobId));
            waitingForOthers = waitingForOthers || !owns(holder->jobId);
            continue;
        }
        r->begin();
        Q_EMIT jobStarted(r->job());
    }
    if (waitingForOthers)
        m_retry.start();
    else
        m_retry.stop();
}

void JobBoard::onFinished(JobRunner *runner)
{
    m_runners.removeOne(runner);
    const Job job = runner->job();
    if (!runner->databaseError().isEmpty())
        m_databaseErrors.insert(job.id, runner->databaseError());
    runner->deleteLater();
    Q_EMIT jobFinished(job);
    if (!m_shuttingDown)
        dispatch();
    if (m_runners.isEmpty())
        Q_EMIT idle();
}

bool JobBoard::cancel(qint64 jobId, const QString &reason)
{
    for (JobRunner *r : std::as_const(m_runners)) {
        if (r->job().id == jobId) {
            r->cancel(reason);
            return true;
        }
    }
    return false;
}

void JobBoard::cancelAll(const QString &reason)
{
    const bool first = !m_shuttingDown;
    m_shuttingDown = true;
    m_shutdownReason = reason;
    m_retry.stop();
    if (m_runners.isEmpty()) {
        if (first)
            QMetaObject::invokeMethod(this, &JobBoard::idle, Qt::QueuedConnection);
        return;
    }
    const QList<JobRunner *> runners = m_runners;
    for (JobRunner *r : runners)
        r->cancel(reason); // the second time: cleanup hooks stop too
}

QList<Job> JobBoard::liveJobs() const
{
    QList<Job> out;
    for (const JobRunner *r : m_runners)
        out.append(r->job());
    for (const Job &j : m_others) {
        if (!owns(j.id))
            out.append(j);
    }
    std::sort(out.begin(), out.end(), [](const Job &a, const Job &b) { return a.id < b.id; });
    return out;
}

std::optional<Job> JobBoard::liveJob(qint64 id) const
{
    for (const JobRunner *r : m_runners) {
        if (r->job().id == id)
            return r->job();
    }
    const auto it = m_others.constFind(id);
    if (it != m_others.constEnd())
        return *it;
    return std::nullopt;
}

QString JobBoard::outputOf(qint64 jobId, int row) const
{
    for (const JobRunner *r : m_runners) {
        if (r->job().id == jobId)
            return r->outputOf(row);
    }
    return m_store.taskOutput(jobId, row + 1);
}

QString JobBoard::databaseError(qint64 jobId) const
{
    for (const JobRunner *r : m_runners) {
        if (r->job().id == jobId)
            return r->databaseError();
    }
    return m_databaseErrors.value(jobId);
}

void JobBoard::onStoreChanged()
{
    noteOthers(m_store.runningJobs());
    dispatch(); // a location another process held may be free now
    Q_EMIT storeChanged();
}

// Turns what another process committed into the same signals as this process's own jobs.
void JobBoard::noteOthers(const QList<Job> &running)
{
    QHash<qint64, Job> now;
    for (const Job &j : running) {
        if (!owns(j.id))
            now.insert(j.id, j);
    }
    for (auto it = now.begin(); it != now.end(); ++it) {
        const Job &job = it.value();
        const auto before = m_others.constFind(job.id);
        const bool isNew = before == m_others.constEnd();
        if (isNew || before->status != job.status || before->message != job.message ||
            before->archiveName != job.archiveName || before->startedAt != job.startedAt)
            Q_EMIT jobChanged(job);
        if (isNew && job.status == JobStatus::Running)
            Q_EMIT jobStarted(job);
        for (qsizetype i = 0; i < job.tasks.size(); ++i) {
            const Task &t = job.tasks.at(i);
            const bool changed = isNew || i >= before->tasks.size() ||
                                 before->tasks.at(i).status != t.status ||
                                 before->tasks.at(i).message != t.message;
            if (changed && !isNew)
                Q_EMIT taskChanged(job.id, t);
        }
    }
    // jobs that ended (or were settled by crash recovery) since the last look
    for (auto it = m_others.constBegin(); it != m_others.constEnd(); ++it) {
        if (now.contains(it.key()))
            continue;
        if (const std::optional<Job> done = m_store.job(it.key())) {
            Job final = *done;
            for (Task &t : final.tasks) {
                if (t.status != it->tasks.value(t.index - 1).status)
                    Q_EMIT taskChanged(final.id, t);
            }
            Q_EMIT jobChanged(final);
            Q_EMIT jobFinished(final);
        }
    }
    m_others = now;
}

} // namespace borgtide
