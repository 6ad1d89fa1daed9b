// The SQLite store: schema and migrations, transactional writes, hook order, job records.
#include "models/Store.h"

#include <QCryptographicHash>
#include <QDir>
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

    // A database of schema 1 (the first release), as that Borgtide left it: two repository
    // names for one location written two ways, and schedules whose prune could match each
    // other's archives once the locations are one.
    void migrationNormalisesLocationsAndSaysWhatItChanged()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(data + QStringLiteral("/borgtide.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            const char *const v1[] = {
                "CREATE TABLE schema_version (version INTEGER NOT NULL)",
                "INSERT INTO schema_version VALUES (1)",
                "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
                "CREATE TABLE repositories (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                "location TEXT NOT NULL, encryption TEXT NOT NULL, created_at INTEGER NOT NULL)",
                "CREATE TABLE schedules (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                "repository_id INTEGER NOT NULL REFERENCES repositories(id) ON DELETE RESTRICT, "
                "enabled INTEGER NOT NULL, trigger_kind TEXT NOT NULL CHECK (trigger_kind IN "
                "('cron','interval','manual')), cron TEXT NOT NULL DEFAULT '', interval_minutes "
                "INTEGER NOT NULL DEFAULT 0, catch_up_missed INTEGER NOT NULL, sources TEXT NOT "
                "NULL, excludes TEXT NOT NULL, archive_name TEXT NOT NULL, compression TEXT NOT "
                "NULL, prune TEXT, compact INTEGER NOT NULL, check_every_n_jobs INTEGER NOT NULL, "
                "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
                "CREATE TABLE hooks (id INTEGER PRIMARY KEY, schedule_id INTEGER NOT NULL "
                "REFERENCES schedules(id) ON DELETE CASCADE, phase TEXT NOT NULL CHECK (phase IN "
                "('pre','post','notification')), position INTEGER NOT NULL, name TEXT NOT NULL, "
                "type TEXT NOT NULL, command TEXT NOT NULL DEFAULT '', shell TEXT NOT NULL "
                "DEFAULT '', working_directory TEXT NOT NULL DEFAULT '', environment_vars TEXT "
                "NOT NULL DEFAULT '[]', critical INTEGER NOT NULL DEFAULT 0, timeout INTEGER NOT "
                "NULL, enabled INTEGER NOT NULL DEFAULT 1, continue_on_failure INTEGER NOT NULL "
                "DEFAULT 1, run_when TEXT NOT NULL DEFAULT 'success', method TEXT NOT NULL "
                "DEFAULT 'POST', url TEXT NOT NULL DEFAULT '', headers TEXT NOT NULL DEFAULT "
                "'[]', body TEXT NOT NULL DEFAULT '', UNIQUE (schedule_id, phase, position), "
                "UNIQUE (schedule_id, phase, name))",
                "CREATE TABLE jobs (id INTEGER PRIMARY KEY, schedule_id INTEGER REFERENCES "
                "schedules(id) ON DELETE SET NULL, schedule_name TEXT NOT NULL, repository_id "
                "INTEGER, type TEXT NOT NULL, status TEXT NOT NULL, message TEXT NOT NULL DEFAULT "
                "'', created_at INTEGER NOT NULL, started_at INTEGER, finished_at INTEGER, "
                "archive_name TEXT NOT NULL DEFAULT '', files INTEGER, original_size INTEGER, "
                "compressed_size INTEGER, deduplicated_size INTEGER, owner_pid INTEGER NOT NULL "
                "DEFAULT 0, owner_start TEXT NOT NULL DEFAULT '')",
                "CREATE TABLE tasks (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES "
                "jobs(id) ON DELETE CASCADE, position INTEGER NOT NULL, kind TEXT NOT NULL, phase "
                "TEXT, name TEXT NOT NULL, critical INTEGER NOT NULL DEFAULT 0, status TEXT NOT "
                "NULL, exit_code INTEGER, warning INTEGER NOT NULL DEFAULT 0, message TEXT NOT "
                "NULL DEFAULT '', started_at INTEGER, finished_at INTEGER, output TEXT NOT NULL "
                "DEFAULT '', process_group INTEGER NOT NULL DEFAULT 0, UNIQUE (job_id, position))",
                "CREATE TABLE schedule_state (schedule_id INTEGER PRIMARY KEY REFERENCES "
                "schedules(id) ON DELETE CASCADE, checked_until INTEGER NOT NULL, anchor INTEGER "
                "NOT NULL)",
                "INSERT INTO repositories VALUES (1, 'nas', '/srv/borg', 'none', 1)",
                "INSERT INTO repositories VALUES (2, 'nas2', '/srv/borg/', 'repokey', 2)",
                "INSERT INTO repositories VALUES (3, 'usb', '/media//usb/./borg/', 'none', 3)",
                "INSERT INTO schedules VALUES (1, 'Home', 1, 1, 'cron', '0 2 * * *', 0, 1, "
                "'[\"/home\"]', '[]', '{schedule}-{now}', 'lz4', '{\"keep_daily\":7}', 0, 0, 1, 1)",
                "INSERT INTO schedules VALUES (2, 'Home copy', 2, 1, 'manual', '', 0, 1, "
                "'[\"/home\"]', '[]', 'Home-{now}', 'lz4', NULL, 0, 0, 1, 1)",
                "INSERT INTO schedules VALUES (3, 'Photos', 3, 1, 'interval', '', 60, 1, "
                "'[\"/photos\"]', '[]', '{schedule}-{now}', 'lz4', NULL, 0, 0, 1, 1)",
                "INSERT INTO hooks (schedule_id, phase, position, name, type, command, timeout) "
                "VALUES (1, 'pre', 0, 'Dump', 'command', 'pg_dump db', 300)",
                "INSERT INTO jobs (id, schedule_id, schedule_name, repository_id, type, status, "
                "created_at, started_at, finished_at) VALUES (1, 1, 'Home', 1, 'manual', "
                "'completed', 1, 1, 2)",
                "INSERT INTO tasks (job_id, position, kind, name, status) VALUES (1, 1, 'backup', "
                "'backup', 'completed')",
            };
            for (const char *sql : v1)
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        auto opened = Store::open(data);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Store &store = *opened.value();
        // one location, one name: the second name's schedules moved over
        const QList<Repository> repos = store.repositories();
        QCOMPARE(repos.size(), 2);
        QCOMPARE(store.repositoryByName(QStringLiteral("nas"))->location,
                 QStringLiteral("/srv/borg"));
        QVERIFY(!store.repositoryByName(QStringLiteral("nas2")));
        const Repository usb = *store.repositoryByName(QStringLiteral("usb"));
        QCOMPARE(usb.location, QStringLiteral("/media/usb/borg"));
        QCOMPARE(usb.legacyLocation, QStringLiteral("/media//usb/./borg/")); // keychain key
        const Schedule copy = *store.scheduleByName(QStringLiteral("Home copy"));
        QCOMPARE(copy.repository().name, QStringLiteral("nas"));
        // "Home" and "Home copy" make "Home-…" archives on one location: the migration says so
        // and disables the newer rather than guessing a new name
        QVERIFY(!copy.enabled);
        QVERIFY(store.scheduleByName(QStringLiteral("Home"))->enabled);
        const QString notices = store.migrationNotices().join(QLatin1Char('\n'));
        QVERIFY2(notices.contains(QLatin1String("repositories 'nas' and 'nas2' are one location")),
                 qPrintable(notices));
        QVERIFY2(notices.contains(QLatin1String("'Home copy' was disabled")), qPrintable(notices));
        // everything else came along
        const Schedule home = *store.scheduleByName(QStringLiteral("Home"));
        QCOMPARE(home.preHooks.size(), 1);
        QCOMPARE(home.trigger.cron, QStringLiteral("0 2 * * *"));
        QCOMPARE(store.scheduleByName(QStringLiteral("Photos"))->trigger.intervalMinutes, 60);
        QCOMPARE(store.job(1)->tasks.size(), 1);
        QVERIFY(home.backup);
        QVERIFY(home.conditions.isEmpty());
        // a second open migrates nothing and says nothing
        opened = Store::open(data);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->migrationNotices().isEmpty());
    }

    void everyNewFieldIsStored()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("data")));
        QVERIFY(opened.ok());
        Store &store = *opened.value();
        Schedule s = sampleSchedule(QStringLiteral("3-2-1"));
        s.repositories.append(
            {0, QStringLiteral("nas"), QStringLiteral("/srv/nas/borg"), QStringLiteral("repokey")});
        s.repositories.append({0, QStringLiteral("offsite"),
                               QStringLiteral("ssh://me@Backup.Example:22/./borg"),
                               QStringLiteral("repokey"), QStringLiteral("pass show borg")});
        s.trigger = {TriggerKind::Event, {}, 0, TriggerEvent::RepositoryConnected, 1440};
        s.conditions.onAcPower = true;
        s.conditions.repositoryReachable = true;
        s.conditions.allowedWifi = {QStringLiteral("home")};
        s.conditions.blockedWifi = {QStringLiteral("café")};
        s.backup = false;
        s.compactEveryDays = 30;
        s.checkEveryDays = 7;
        s.monitors = {{QStringLiteral("healthchecks"), QStringLiteral("https://hc/ping/x"), {}},
                      {QStringLiteral("ntfy"),
                       QStringLiteral("https://ntfy.sh/t"),
                       {QStringLiteral("failure")}}};
        s.preHooks.first().logOutput = false;
        QVERIFY(store.saveSchedule(s).ok());
        const Schedule back = *store.scheduleByName(QStringLiteral("3-2-1"));
        QCOMPARE(back.repositories.size(), 3);
        QCOMPARE(back.repositories.at(2).location, QStringLiteral("ssh://me@backup.example/borg"));
        QCOMPARE(back.repositories.at(2).passcommand, QStringLiteral("pass show borg"));
        s.repositories[2].location = back.repositories.at(2).location; // normalised on save
        QVERIFY(back == s);
        // a second name for a location is refused
        Repository other{0, QStringLiteral("nas again"), QStringLiteral("/srv/nas/borg/"),
                         QStringLiteral("none")};
        const Status refused = store.saveRepository(other);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("is already the location of repository "
                                                        "'nas'")),
                 qPrintable(refused.error()));
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
