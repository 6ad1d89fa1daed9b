// The Activity page: lazy job history (opens fast with 100 000 jobs), filters, opening a job,
// the results chart, and a screenshot with a small realistic history.
#include "models/Store.h"
#include "ui/activity/ActivityPage.h"
#include "ui/activity/JobHistoryModel.h"
#include "ui/activity/ResultsChart.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace borgtide;

namespace {

constexpr int ManyJobs = 100000;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 MiB = 1024 * 1024;

Schedule makeSchedule(const QString &name)
{
    Schedule s;
    s.name = name;
    s.repository() = {0, QStringLiteral("usb"), QStringLiteral("/media/usb/borg"),
                      QStringLiteral("repokey")};
    s.trigger = {TriggerKind::Cron, QStringLiteral("0 2 * * *"), 0};
    s.sources = {QStringLiteral("/home/me")};
    return s;
}

// Raw SQL on a connection of its own: one transaction, much faster than the Store's API.
class RawDb final
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("tst_activity_%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_ok = db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_ok = false;
};

// Job i (1-based, ids in insertion order): Photos when i % 3 == 0, else Home; failed when
// i % 10 == 8; sizes unknown for failed/skipped/cancelled jobs and when i % 97 == 0.
bool insertManyJobs(const QString &path, qint64 homeId, qint64 photosId, int count)
{
    RawDb raw(path);
    if (!raw.ok())
        return false;
    QSqlDatabase db = raw.db();
    if (!db.transaction())
        return false;
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - qint64(count + 1) * 10 * Minute;
    const QString sql =
        QStringLiteral(
            "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < %1), "
            "rows AS (SELECT i, "
            "CASE WHEN i % 1000 = 500 THEN 'interrupted' "
            "WHEN i % 10 = 7 THEN 'completed_with_warnings' WHEN i % 10 = 8 THEN 'failed' "
            "WHEN i % 20 = 9 THEN 'skipped' WHEN i % 20 = 19 THEN 'cancelled' "
            "ELSE 'completed' END AS status, %2 + i * 600000 AS t FROM seq) "
            "INSERT INTO jobs (schedule_id, schedule_name, repository_id, type, status, message, "
            "created_at, started_at, finished_at, archive_name, files, original_size, "
            "compressed_size, deduplicated_size) "
            "SELECT CASE WHEN i % 3 = 0 THEN %3 ELSE %4 END, "
            "CASE WHEN i % 3 = 0 THEN 'Photos' ELSE 'Home' END, 1, "
            "CASE WHEN i % 7 = 0 THEN 'manual' ELSE 'scheduled' END, status, "
            "CASE status WHEN 'failed' THEN 'borg create exited with code 2: "
            "Failed to create/acquire the lock' ELSE '' END, t, "
            "CASE WHEN status = 'skipped' THEN NULL ELSE t END, "
            "CASE WHEN status = 'skipped' THEN NULL ELSE t + 30000 + (i * 7919) % 3000000 END, "
            "'archive-' || i, 1000 + i, "
            "CASE WHEN status IN ('failed','skipped','cancelled') OR i % 97 = 0 THEN NULL "
            "ELSE 40000000000 + i * 1000 END, NULL, "
            "CASE WHEN status IN ('failed','skipped','cancelled') OR i % 97 = 0 OR i % 13 = 0 "
            "THEN NULL ELSE 50000000 + (i * 104729) % 500000000 END FROM rows")
            .arg(count)
            .arg(base)
            .arg(photosId)
            .arg(homeId);
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << q.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

struct SampleJob
{
    qint64 scheduleId = 0;
    QString scheduleName;
    QString type;
    QString status;
    QString message;
    QDateTime started;
    QDateTime finished;
    qint64 original = -1;
    qint64 deduplicated = -1;
};

bool insertJobs(const QString &path, const QList<SampleJob> &jobs)
{
    RawDb raw(path);
    if (!raw.ok())
        return false;
    QSqlDatabase db = raw.db();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO jobs (schedule_id, schedule_name, repository_id, type, status, message, "
        "created_at, started_at, finished_at, original_size, deduplicated_size) "
        "VALUES (?, ?, 1, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?)"));
    auto msecs = [](const QDateTime &t) {
        return t.isValid() ? QVariant(t.toMSecsSinceEpoch())
                           : QVariant(QMetaType::fromType<qint64>());
    };
    auto size = [](qint64 v) {
        return v >= 0 ? QVariant(v) : QVariant(QMetaType::fromType<qint64>());
    };
    for (const SampleJob &j : jobs) {
        q.addBindValue(j.scheduleId);
        q.addBindValue(j.scheduleName);
        q.addBindValue(j.type);
        q.addBindValue(j.status);
        q.addBindValue(j.message);
        q.addBindValue(j.started.isValid() ? j.started.toMSecsSinceEpoch()
                                           : QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(msecs(j.started));
        q.addBindValue(msecs(j.finished));
        q.addBindValue(size(j.original));
        q.addBindValue(size(j.deduplicated));
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

template <typename T> T *child(QWidget &page, const char *name)
{
    return page.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestActivity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensFastWith100000Jobs();
    void scrollingFetchesMore();
    void scheduleFilter();
    void statusFilter();
    void openJobOnDoubleClickAndEnter();
    void chartShowsNewestJobs();
    void emptyStore();
    void screenshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestActivity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = Store::open(m_dir.path());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
    Schedule home = makeSchedule(QStringLiteral("Home"));
    Schedule photos = makeSchedule(QStringLiteral("Photos"));
    Schedule empty = makeSchedule(QStringLiteral("Empty"));
    QVERIFY(m_store->saveSchedule(home).ok());
    QVERIFY(m_store->saveSchedule(photos).ok());
    QVERIFY(m_store->saveSchedule(empty).ok());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(insertManyJobs(m_store->path(), home.id, photos.id, ManyJobs));
    qInfo("inserted %d jobs in %lld ms", ManyJobs, timer.elapsed());
    QCOMPARE(m_store->jobCount({}), ManyJobs);
}

void TestActivity::opensFastWith100000Jobs()
{
    QElapsedTimer timer;
    timer.start();
    ActivityPage page(*m_store);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qint64 openMs = timer.elapsed();
    qInfo("Activity page with %d jobs: constructed and shown in %lld ms", ManyJobs, openMs);
    QVERIFY2(openMs < 2000, "opening the Activity page must not depend on the job count");

    auto *table = child<QTableView>(page, "jobTable");
    QVERIFY(table);
    auto *model = qobject_cast<JobHistoryModel *>(table->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), JobHistoryModel::PageSize);
    QCOMPARE(model->totalCount(), ManyJobs);
    QCOMPARE(model->columnCount(), int(JobHistoryModel::ColumnCount));
    // Newest first
    QCOMPARE(model->jobId(0), qint64(ManyJobs));
    QCOMPARE(model->jobId(1), qint64(ManyJobs - 1));
    auto *count = child<QLabel>(page, "countLabel");
    QVERIFY(count);
    QVERIFY2(count->text().contains(QLocale().toString(ManyJobs)), qPrintable(count->text()));
    // Opening again is as fast (caches warm), and still one page.
    timer.restart();
    ActivityPage again(*m_store);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    qInfo("second Activity page: constructed and shown in %lld ms", timer.elapsed());
    QCOMPARE(again.model()->rowCount(), JobHistoryModel::PageSize);
}

void TestActivity::scrollingFetchesMore()
{
    ActivityPage page(*m_store);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = child<QTableView>(page, "jobTable");
    JobHistoryModel *model = page.model();
    QCOMPARE(model->rowCount(), JobHistoryModel::PageSize);
    table->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 2 * JobHistoryModel::PageSize);
    table->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 3 * JobHistoryModel::PageSize);
    for (int row = 1; row < model->rowCount(); ++row)
        QCOMPARE(model->jobId(row), model->jobId(row - 1) - 1);
    // Row heights are uniform (the view never measures rows).
    QCOMPARE(table->rowHeight(0), table->rowHeight(model->rowCount() - 1));
    QVERIFY(model->rowCount() < ManyJobs);
}

void TestActivity::scheduleFilter()
{
    ActivityPage page(*m_store);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *filter = child<QComboBox>(page, "scheduleFilter");
    QVERIFY(filter);
    QCOMPARE(filter->itemText(0), QStringLiteral("All schedules"));
    QVERIFY(filter->findText(QStringLiteral("Home")) > 0);
    QVERIFY(filter->findText(QStringLiteral("Photos")) > 0);
    QVERIFY(filter->findText(QStringLiteral("Empty")) > 0); // exists, no jobs

    const int photos = ManyJobs / 3;
    filter->setCurrentIndex(filter->findText(QStringLiteral("Photos")));
    JobHistoryModel *model = page.model();
    QCOMPARE(model->totalCount(), photos);
    QCOMPARE(model->rowCount(), JobHistoryModel::PageSize);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->jobAt(row).scheduleName, QStringLiteral("Photos"));
    QVERIFY(child<QLabel>(page, "countLabel")->text().contains(QLocale().toString(photos)));
    QVERIFY(!page.chart()->jobs().isEmpty());
    for (const JobRow &job : page.chart()->jobs())
        QCOMPARE(job.scheduleName, QStringLiteral("Photos"));

    page.setScheduleFilter(QStringLiteral("Home"));
    QCOMPARE(filter->currentText(), QStringLiteral("Home"));
    QCOMPARE(model->totalCount(), ManyJobs - photos);
    QCOMPARE(model->jobAt(0).scheduleName, QStringLiteral("Home"));

    page.setScheduleFilter(QStringLiteral("Empty"));
    QCOMPARE(model->totalCount(), 0);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(page.chart()->jobs().isEmpty());
    QCOMPARE(page.chart()->emptyText(), QStringLiteral("No jobs match the filter"));
    QVERIFY(!page.chart()->grab().isNull());

    page.setScheduleFilter({});
    QCOMPARE(filter->currentIndex(), 0);
    QCOMPARE(model->totalCount(), ManyJobs);
}

void TestActivity::statusFilter()
{
    ActivityPage page(*m_store);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *filter = child<QComboBox>(page, "statusFilter");
    QVERIFY(filter);
    QCOMPARE(filter->count(), 7);
    QCOMPARE(filter->itemText(0), QStringLiteral("All results"));
    const QStringList expected{
        QStringLiteral("Completed"), QStringLiteral("Completed with warnings"),
        QStringLiteral("Failed"),    QStringLiteral("Cancelled"),
        QStringLiteral("Skipped"),   QStringLiteral("Interrupted")};
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(filter->itemText(i + 1), expected.at(i));

    filter->setCurrentIndex(filter->findText(QStringLiteral("Failed")));
    JobHistoryModel *model = page.model();
    QCOMPARE(model->totalCount(), ManyJobs / 10);
    QCOMPARE(model->rowCount(), JobHistoryModel::PageSize);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->jobAt(row).status, JobStatus::Failed);
        QCOMPARE(model->index(row, JobHistoryModel::ResultColumn).data().toString(),
                 QStringLiteral("Failed"));
    }
    QVERIFY(child<QLabel>(page, "countLabel")->text().contains(QLocale().toString(ManyJobs / 10)));

    // Both filters together: failed jobs of Photos (i % 3 == 0 and i % 10 == 8).
    page.setScheduleFilter(QStringLiteral("Photos"));
    int failedPhotos = 0;
    for (int i = 1; i <= ManyJobs; ++i)
        failedPhotos += (i % 3 == 0 && i % 10 == 8) ? 1 : 0;
    QCOMPARE(model->totalCount(), failedPhotos);
    QCOMPARE(model->jobAt(0).scheduleName, QStringLiteral("Photos"));
    QCOMPARE(model->jobAt(0).status, JobStatus::Failed);
}

void TestActivity::openJobOnDoubleClickAndEnter()
{
    ActivityPage page(*m_store);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy spy(&page, &ActivityPage::openJob);
    auto *table = child<QTableView>(page, "jobTable");
    const QModelIndex third = page.model()->index(2, JobHistoryModel::ScheduleColumn);
    const QPoint center = table->visualRect(third).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), page.model()->jobId(2));

    spy.clear();
    table->setFocus();
    table->setCurrentIndex(page.model()->index(5, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), page.model()->jobId(5));
    QCOMPARE(page.model()->jobId(5), qint64(ManyJobs - 5));
}

void TestActivity::chartShowsNewestJobs()
{
    ActivityPage page(*m_store);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *chart = child<ResultsChart>(page, "resultsChart");
    QVERIFY(chart);
    QVERIFY(chart->height() >= 180);
    QCOMPARE(chart->jobs().size(), ResultsChart::MaxJobs);
    // Oldest on the left, the newest job on the right.
    QCOMPARE(chart->jobs().last().id, qint64(ManyJobs));
    QCOMPARE(chart->jobs().first().id, qint64(ManyJobs - ResultsChart::MaxJobs + 1));
    QVERIFY(chart->barRect(0).center().x() < chart->barRect(59).center().x());
    // Durations set bar heights; skipped jobs (no duration) still have a bar to point at.
    for (int i = 0; i < chart->jobs().size(); ++i) {
        const QRectF bar = chart->barRect(i);
        QVERIFY(bar.height() > 0);
        QCOMPARE(chart->indexAt(bar.center().toPoint()), i);
    }
    const int last = int(chart->jobs().size()) - 1;
    const QString tip = chart->toolTipFor(last);
    QVERIFY2(tip.contains(chart->jobs().last().scheduleName), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Duration:")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Archive size:")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Result:")), qPrintable(tip));
    QCOMPARE(chart->indexAt(QPoint(1, 1)), -1);

    QSignalSpy spy(&page, &ActivityPage::openJob);
    QTest::mouseDClick(chart, Qt::LeftButton, {}, chart->barRect(last).center().toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), qint64(ManyJobs));
    QVERIFY(QDir().mkpath(QStringLiteral("/tmp/borgtide-shots")));
    QVERIFY(page.grab().save(QStringLiteral("/tmp/borgtide-shots/activity-100k.png")));
}

void TestActivity::emptyStore()
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.path());
    QVERIFY(opened.ok());
    std::unique_ptr<Store> store = std::move(opened).value();
    ActivityPage page(*store);
    page.resize(800, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.model()->totalCount(), 0);
    QVERIFY(!page.model()->canFetchMore({}));
    auto *chart = child<ResultsChart>(page, "resultsChart");
    QVERIFY(chart->jobs().isEmpty());
    QCOMPARE(chart->emptyText(), QStringLiteral("No jobs yet"));
    QCOMPARE(chart->indexAt(chart->rect().center()), -1);
    QCOMPARE(chart->toolTipFor(0), QString());
    QVERIFY(QDir().mkpath(QStringLiteral("/tmp/borgtide-shots")));
    QVERIFY(page.grab().save(QStringLiteral("/tmp/borgtide-shots/activity-empty.png")));
    QCOMPARE(child<QComboBox>(page, "scheduleFilter")->count(), 1);

    // A job recorded later appears on reload, with its schedule in the filter.
    RawDb raw(store->path());
    QVERIFY(raw.ok());
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO jobs (schedule_name, type, status, created_at, started_at) "
                       "VALUES ('Laptop', 'manual', 'running', 1, 1700000000000)")));
    page.reload();
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(chart->jobs().size(), 1);
    QVERIFY(child<QComboBox>(page, "scheduleFilter")->findText(QStringLiteral("Laptop")) > 0);
    QCOMPARE(page.model()->index(0, JobHistoryModel::TypeColumn).data().toString(),
             QStringLiteral("Manual"));
    QVERIFY(!page.grab().isNull()); // a running job: no duration, no size
}

void TestActivity::screenshot()
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.path());
    QVERIFY(opened.ok());
    std::unique_ptr<Store> store = std::move(opened).value();
    Schedule home = makeSchedule(QStringLiteral("Home directory"));
    Schedule photos = makeSchedule(QStringLiteral("Photos"));
    QVERIFY(store->saveSchedule(home).ok());
    QVERIFY(store->saveSchedule(photos).ok());

    // 80 jobs over two weeks: Home every 6 hours, Photos twice a day, a few problems.
    QRandomGenerator random(42);
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime t = now.addDays(-14);
    QList<SampleJob> jobs;
    for (int i = 0; i < 80; ++i) {
        SampleJob j;
        const bool isPhotos = i % 3 == 2;
        j.scheduleId = isPhotos ? photos.id : home.id;
        j.scheduleName = isPhotos ? photos.name : home.name;
        j.type = i % 11 == 5 ? QStringLiteral("manual") : QStringLiteral("scheduled");
        j.status = QStringLiteral("completed");
        if (i % 13 == 7)
            j.status = QStringLiteral("completed_with_warnings");
        if (i == 23 || i == 24 || i == 61) {
            j.status = QStringLiteral("failed");
            j.message = QStringLiteral("Repository /media/usb/borg does not exist.");
        }
        if (i == 40)
            j.status = QStringLiteral("skipped");
        if (i == 52)
            j.status = QStringLiteral("cancelled");
        if (i == 70)
            j.status = QStringLiteral("interrupted");
        t = t.addSecs(4 * 3600 + random.bounded(1800)); // 80 jobs over two weeks
        j.started = j.status == QStringLiteral("skipped") ? QDateTime() : t;
        qint64 ms = isPhotos ? (2 + random.bounded(5)) * Minute : (9 + random.bounded(20)) * Minute;
        if (j.status == QStringLiteral("failed"))
            ms = 4000 + random.bounded(8000);
        if (j.started.isValid())
            j.finished = j.started.addMSecs(ms + random.bounded(60000));
        if (j.status.startsWith(QStringLiteral("completed"))) {
            j.original = isPhotos ? 180 * 1024 * MiB : 42 * 1024 * MiB;
            j.deduplicated =
                isPhotos ? (20 + random.bounded(200)) * MiB : (300 + random.bounded(1400)) * MiB;
            if (i == 33)
                j.deduplicated = -1; // only the original size known
        }
        jobs.append(j);
    }
    QVERIFY(insertJobs(store->path(), jobs));
    QCOMPARE(store->jobCount({}), 80);

    ActivityPage page(*store);
    page.resize(1100, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.chart()->jobs().size(), ResultsChart::MaxJobs);
    const QString shots = QStringLiteral("/tmp/borgtide-shots");
    QVERIFY(QDir().mkpath(shots));
    QVERIFY(page.grab().save(shots + QStringLiteral("/activity.png")));
    page.setScheduleFilter(home.name);
    QVERIFY(page.grab().save(shots + QStringLiteral("/activity-home.png")));
    page.setScheduleFilter({});
    page.resize(640, 420);
    QVERIFY(page.grab().save(shots + QStringLiteral("/activity-small.png")));
}

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
