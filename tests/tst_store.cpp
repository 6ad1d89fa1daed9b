// The SQLite store: schema and migrations, transactional writes, hook order, job records.
#include "models/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace borgtide;

namespace {

Schedule sampleSchedule(const QString &name)
{
    Schedule s;
    s.name = name;
    s.repository() = {0, QStringLiteral("usb"), QStringLiteral("/media/usb/borg"),
                      QStringLiteral("repokey")};
    s.trigger = {TriggerKind::Cron, QStringLiteral("0 2 * * *"), 0};
    s.sources = {QStringLiteral("/home/me")};
    s.excludes = {QStringLiteral("*.tmp")};
    s.prune = Retention{QStringLiteral("2d"), std::nullopt, 7, 4, std::nullopt, 0};
    for (const char *n : {"Zeta", "Alpha", "Mu"}) {
        Hook h;
        h.name = QString::fromLatin1(n);
        h.command = QStringLiteral("echo ") + h.name;
        h.environmentVars = {{QStringLiteral("B"), QStringLiteral("2")},
                             {QStringLiteral("A"), QStringLiteral("1")}};
        s.preHooks.append(h);
    }
    Hook post;
    post.name = QStringLiteral("Ping");
    post.type = HookType::Webhook;
    post.url = QStringLiteral("https://hc.example/{{ secret.HC }}");
    post.method = QStringLiteral("GET");
    post.when = HookWhen::Failure;
    post.headers = {{QStringLiteral("X-Token"), QStringLiteral("{{ secret.T }}")}};
    s.postHooks.append(post);
    return s;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool alwaysAlive(qint64, const QString &)
{
    return true;
}
bool neverAlive(qint64, const QString &)
{
    return false;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsSchemaWithWalAndVersion()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.path() + QStringLiteral("/nested/data"));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/nested/data/borgtide.db")));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(store.value()->path());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), Store::SchemaVersion);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void refusesNewerSchemaAndChangesNothing()
    {
        QTemporaryDir dir;
        {
            auto store = Store::open(dir.path());
            QVERIFY(store.ok());
        }
        const QString path = dir.path() + QStringLiteral("/borgtide.db");
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        const QByteArray before = fileHash(path);
        auto store = Store::open(dir.path());
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QLatin1String("made by a newer Borgtide")),
                 qPrintable(store.error()));
        QVERIFY(store.error().contains(QLatin1String("99")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesUnwritableDataDirectory()
    {
        QTemporaryDir dir;
        QFile plain(dir.path() + QStringLiteral("/file"));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        // A path below a regular file cannot be created, even by root.
        auto store = Store::open(plain.fileName() + QStringLiteral("/data"));
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QLatin1String("cannot create the data folder")),
                 qPrintable(store.error()));
    }

    void schedulesKeepEveryFieldAndHookOrder()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.path());
        QVERIFY(store.ok());
        Schedule s = sampleSchedule(QStringLiteral("Home"));
        QVERIFY(store.value()->saveSchedule(s).ok());
        QVERIFY(s.id > 0);
        QVERIFY(s.repository().id > 0);
        // reopen: nothing is cached
        store = Store::open(dir.path());
        auto loaded = store.value()->scheduleByName(QStringLiteral("Home"));
        QVERIFY(loaded.has_value());
        QVERIFY(*loaded == s);
        QCOMPARE(loaded->preHooks.at(0).name, QStringLiteral("Zeta"));
        QCOMPARE(loaded->preHooks.at(2).name, QStringLiteral("Mu"));
        QCOMPARE(loaded->preHooks.at(0).environmentVars.at(0).first, QStringLiteral("B"));
        // reorder and save again
        std::swap(loaded->preHooks[0], loaded->preHooks[2]);
        QVERIFY(store.value()->saveSchedule(*loaded).ok());
        const auto again = store.value()->schedule(loaded->id);
        QCOMPARE(again->preHooks.at(0).name, QStringLiteral("Mu"));
        QCOMPARE(again->preHooks.at(2).name, QStringLiteral("Zeta"));
    }

    void failedWriteLeavesDatabaseAsItWas()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.path());
        Schedule s = sampleSchedule(QStringLiteral("Home"));
        QVERIFY(store.value()->saveSchedule(s).ok());
        // Same hook name twice in one phase breaks a UNIQUE constraint half-way through.
        Schedule broken = s;
        broken.compression = QStringLiteral("zstd");
        broken.preHooks.append(broken.preHooks.first());
        const Status st = store.value()->saveSchedule(broken);
        QVERIFY(!st.ok());
        QVERIFY(st.error().contains(QLatin1String("Database error")));
        const auto loaded = store.value()->schedule(s.id);
        QCOMPARE(loaded->compression, QStringLiteral("lz4"));
        QCOMPARE(loaded->preHooks.size(), 3);
        // A new schedule that fails is not there at all, nor its new repository.
        Schedule fresh = sampleSchedule(QStringLiteral("Fresh"));
        fresh.repository().name = QStringLiteral("new-repo");
        fresh.preHooks.append(fresh.preHooks.first());
        QVERIFY(!store.value()->saveSchedule(fresh).ok());
        QVERIFY(!store.value()->scheduleByName(QStringLiteral("Fresh")).has_value());
        QVERIFY(!store.value()->repositoryByName(QStringLiteral("new-repo")).has_value());
    }

    void repositoryInUseCannotBeRemoved()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.path());
        Schedule s = sampleSchedule(QStringLiteral("Home"));
        QVERIFY(store.value()->saveSchedule(s).ok());
        const Status st = store.value()->removeRepository(s.repository().id);
        QVERIFY(!st.ok());
        QVERIFY(st.error().contains(QLatin1String("Home")));
        QVERIFY(store.value()->removeSchedule(s.id).ok());
        QVERIFY(store.value()->removeRepository(s.repository().id).ok());
    }

    void onlyOneRunningJobPerSchedule()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.path());
        Schedule s = sampleSchedule(QStringLiteral("Home"));
        QVERIFY(store.value()->saveSchedule(s).ok());
        auto makeJob = [&]() {
            Job j;
            j.scheduleId = s.id;
            j.scheduleName = s.name;
            j.status = JobStatus::Running;
            j.ownerPid = 4242;
            j.tasks.append(Task{});
            j.tasks.first().index = 1;
            j.tasks.first().kind = TaskKind::Backup;
            j.tasks.first().name = QStringLiteral("backup");
            return j;
        };
        Job first = makeJob();
        auto r1 = store.value()->startJob(first, alwaysAlive);
        QVERIFY(r1.started);
        Job second = makeJob();
        auto r2 = store.value()->startJob(second, alwaysAlive);
        QVERIFY(!r2.started);
        QCOMPARE(r2.runningJobId, first.id);
        QCOMPARE(store.value()->jobCount({}), 1);
        // when the owner is gone, a new job may start
        Job third = makeJob();
        QVERIFY(store.value()->startJob(third, neverAlive).started);
    }

    void jobsAndTasksRoundTrip()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.path());
        Schedule s = sampleSchedule(QStringLiteral("Home"));
        QVERIFY(store.value()->saveSchedule(s).ok());
        Job j;
        j.scheduleId = s.id;
        j.scheduleName = s.name;
        j.type = JobType::Scheduled;
        j.status = JobStatus::Running;
        j.startedAt = QDateTime::currentDateTime();
        for (int i = 1; i <= 3; ++i) {
            Task t;
            t.index = i;
            t.kind = i == 2 ? TaskKind::Backup : TaskKind::Hook;
            t.phase = i == 1 ? std::optional(HookPhase::Pre) : std::nullopt;
            t.name = QStringLiteral("t%1").arg(i);
            j.tasks.append(t);
        }
        QVERIFY(store.value()->startJob(j, alwaysAlive).started);
        j.tasks[0].status = TaskStatus::Failed;
        j.tasks[0].exitCode = 3;
        j.tasks[0].message = QStringLiteral("boom");
        QVERIFY(store.value()->updateTask(j.id, j.tasks[0]).ok());
        const QString binaryish =
            QStringLiteral("line\n") + QChar(0) + QStringLiteral("\uFFFD end");
        QVERIFY(store.value()->setTaskOutput(j.tasks[0].id, binaryish).ok());
        j.status = JobStatus::Failed;
        j.finishedAt = QDateTime::currentDateTime();
        j.archiveName = QStringLiteral("Home-2026");
        j.stats = {10, 2000, 1500, 700};
        QVERIFY(store.value()->updateJob(j).ok());
        const auto loaded = store.value()->job(j.id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->status, JobStatus::Failed);
        QCOMPARE(loaded->tasks.size(), 3);
        QCOMPARE(loaded->tasks.at(0).exitCode, std::optional<int>(3));
        QCOMPARE(loaded->tasks.at(0).output, binaryish);
        QCOMPARE(loaded->tasks.at(0).phase, std::optional(HookPhase::Pre));
        QCOMPARE(loaded->tasks.at(1).kind, TaskKind::Backup);
        QCOMPARE(loaded->stats.deduplicatedSize, qint64(700));
        QCOMPARE(store.value()->lastStatuses().value(s.id), JobStatus::Failed);
        // listing never carries output
        const QList<Job> list = store.value()->jobs({}, 10, 0, true);
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().tasks.at(0).output.isEmpty());
    }

    void settingsPersist()
    {
        QTemporaryDir dir;
        {
            auto store = Store::open(dir.path());
            QVERIFY(
                store.value()->setSetting(QStringLiteral("notify"), QStringLiteral("always")).ok());
        }
        auto store = Store::open(dir.path());
        QCOMPARE(store.value()->setting(QStringLiteral("notify")), QStringLiteral("always"));
        QCOMPARE(store.value()->setting(QStringLiteral("nope"), QStringLiteral("x")),
                 QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
