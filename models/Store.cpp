#include "models/Store.h"

#include "models/ArchiveName.h"
#include "models/TimeFormat.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

#include <utility>

Q_LOGGING_CATEGORY(lcStore, "borgtide.store")

namespace borgtide {

// A cached prepared statement in use; finish() on scope exit ends SQLite's implicit read
// transaction of a SELECT, which would otherwise block WAL checkpoints and pragmas.
class Store::Statement
{
public:
    explicit Statement(QSqlQuery &q)
        : m_q(&q)
    {}
    Statement(Statement &&other) noexcept
        : m_q(std::exchange(other.m_q, nullptr))
    {}
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement()
    {
        if (m_q)
            m_q->finish();
    }
    operator QSqlQuery &() { return *m_q; }
    operator const QSqlQuery &() const { return *m_q; }
    void addBindValue(const QVariant &v) { m_q->addBindValue(v); }
    void bindValue(const QString &name, const QVariant &v) { m_q->bindValue(name, v); }
    bool exec() { return m_q->exec(); }
    bool next() { return m_q->next(); }
    QVariant value(int i) const { return m_q->value(i); }
    QVariant lastInsertId() const { return m_q->lastInsertId(); }
    QSqlError lastError() const { return m_q->lastError(); }

private:
    QSqlQuery *m_q;
};

namespace {

// Each migration turns schema version N-1 into N, in one transaction: its SQL, then its
// C++ step (Store::migrateData). Rebuilding a table needs foreign keys off (set outside the
// transaction), so that dropping the old table neither cascades nor fails.
struct Migration
{
    QStringList sql;
    bool rebuildsTables = false;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        // 1: the first schema
        {{
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, "
                           "value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE repositories (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                "location TEXT NOT NULL, encryption TEXT NOT NULL, created_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE schedules (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                "repository_id INTEGER NOT NULL REFERENCES repositories(id) ON DELETE RESTRICT, "
                "enabled INTEGER NOT NULL, "
                "trigger_kind TEXT NOT NULL CHECK (trigger_kind IN ('cron','interval','manual')), "
                "cron TEXT NOT NULL DEFAULT '', interval_minutes INTEGER NOT NULL DEFAULT 0, "
                "catch_up_missed INTEGER NOT NULL, sources TEXT NOT NULL, excludes TEXT NOT NULL, "
                "archive_name TEXT NOT NULL, compression TEXT NOT NULL, prune TEXT, "
                "compact INTEGER NOT NULL, check_every_n_jobs INTEGER NOT NULL, "
                "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE hooks (id INTEGER PRIMARY KEY, "
                "schedule_id INTEGER NOT NULL REFERENCES schedules(id) ON DELETE CASCADE, "
                "phase TEXT NOT NULL CHECK (phase IN ('pre','post','notification')), "
                "position INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, "
                "command TEXT NOT NULL DEFAULT '', shell TEXT NOT NULL DEFAULT '', "
                "working_directory TEXT NOT NULL DEFAULT '', "
                "environment_vars TEXT NOT NULL DEFAULT '[]', critical INTEGER NOT NULL DEFAULT 0, "
                "timeout INTEGER NOT NULL, enabled INTEGER NOT NULL DEFAULT 1, "
                "continue_on_failure INTEGER NOT NULL DEFAULT 1, "
                "run_when TEXT NOT NULL DEFAULT 'success', method TEXT NOT NULL DEFAULT 'POST', "
                "url TEXT NOT NULL DEFAULT '', headers TEXT NOT NULL DEFAULT '[]', "
                "body TEXT NOT NULL DEFAULT '', "
                "UNIQUE (schedule_id, phase, position), UNIQUE (schedule_id, phase, name))"),
            QStringLiteral(
                "CREATE TABLE jobs (id INTEGER PRIMARY KEY, "
                "schedule_id INTEGER REFERENCES schedules(id) ON DELETE SET NULL, "
                "schedule_name TEXT NOT NULL, repository_id INTEGER, type TEXT NOT NULL, "
                "status TEXT NOT NULL, message TEXT NOT NULL DEFAULT '', "
                "created_at INTEGER NOT NULL, started_at INTEGER, finished_at INTEGER, "
                "archive_name TEXT NOT NULL DEFAULT '', files INTEGER, original_size INTEGER, "
                "compressed_size INTEGER, deduplicated_size INTEGER, "
                "owner_pid INTEGER NOT NULL DEFAULT 0, owner_start TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX jobs_by_schedule ON jobs (schedule_id, id)"),
            QStringLiteral("CREATE INDEX jobs_by_schedule_name ON jobs (schedule_name, id)"),
            QStringLiteral("CREATE INDEX jobs_by_status ON jobs (status, id)"),
            QStringLiteral(
                "CREATE TABLE tasks (id INTEGER PRIMARY KEY, "
                "job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, "
                "position INTEGER NOT NULL, kind TEXT NOT NULL, phase TEXT, name TEXT NOT NULL, "
                "critical INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, exit_code INTEGER, "
                "warning INTEGER NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '', "
                "started_at INTEGER, finished_at INTEGER, output TEXT NOT NULL DEFAULT '', "
                "process_group INTEGER NOT NULL DEFAULT 0, UNIQUE (job_id, position))"),
            QStringLiteral("CREATE INDEX tasks_by_kind ON tasks (kind, status, job_id)"),
            QStringLiteral(
                "CREATE TABLE schedule_state (schedule_id INTEGER PRIMARY KEY "
                "REFERENCES schedules(id) ON DELETE CASCADE, checked_until INTEGER NOT NULL, "
                "anchor INTEGER NOT NULL)"),
        }},
        // 2: several repositories per schedule, conditions, events, monitors, location locks
        {{
             QStringLiteral("ALTER TABLE repositories ADD COLUMN passcommand TEXT NOT NULL "
                            "DEFAULT ''"),
             QStringLiteral("ALTER TABLE repositories ADD COLUMN legacy_location TEXT NOT NULL "
                            "DEFAULT ''"),
             QStringLiteral(
                 "CREATE TABLE schedules_v2 (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                 "enabled INTEGER NOT NULL, trigger_kind TEXT NOT NULL CHECK (trigger_kind IN "
                 "('cron','interval','manual','event')), cron TEXT NOT NULL DEFAULT '', "
                 "interval_minutes INTEGER NOT NULL DEFAULT 0, "
                 "trigger_event TEXT NOT NULL DEFAULT '', "
                 "min_interval_minutes INTEGER NOT NULL DEFAULT 0, "
                 "conditions TEXT NOT NULL DEFAULT '{}', backup INTEGER NOT NULL DEFAULT 1, "
                 "catch_up_missed INTEGER NOT NULL, sources TEXT NOT NULL, excludes TEXT NOT NULL, "
                 "archive_name TEXT NOT NULL, compression TEXT NOT NULL, prune TEXT, "
                 "compact INTEGER NOT NULL, compact_every_days INTEGER NOT NULL DEFAULT 0, "
                 "check_every_n_jobs INTEGER NOT NULL, check_every_days INTEGER NOT NULL "
                 "DEFAULT 0, monitors TEXT NOT NULL DEFAULT '[]', "
                 "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
             QStringLiteral(
                 "INSERT INTO schedules_v2 (id, name, enabled, trigger_kind, cron, "
                 "interval_minutes, catch_up_missed, sources, excludes, archive_name, "
                 "compression, prune, compact, check_every_n_jobs, created_at, updated_at) "
                 "SELECT id, name, enabled, trigger_kind, cron, interval_minutes, "
                 "catch_up_missed, sources, excludes, archive_name, compression, prune, compact, "
                 "check_every_n_jobs, created_at, updated_at FROM schedules"),
             QStringLiteral(
                 "CREATE TABLE schedule_repositories (schedule_id INTEGER NOT NULL REFERENCES "
                 "schedules(id) ON DELETE CASCADE, position INTEGER NOT NULL, repository_id "
                 "INTEGER NOT NULL REFERENCES repositories(id) ON DELETE RESTRICT, "
                 "PRIMARY KEY (schedule_id, position), UNIQUE (schedule_id, repository_id))"),
             QStringLiteral("INSERT INTO schedule_repositories (schedule_id, position, "
                            "repository_id) SELECT id, 0, repository_id FROM schedules"),
             QStringLiteral("DROP TABLE schedules"),
             QStringLiteral("ALTER TABLE schedules_v2 RENAME TO schedules"),
             QStringLiteral("CREATE INDEX schedule_repositories_by_repository ON "
                            "schedule_repositories (repository_id)"),
             QStringLiteral("ALTER TABLE hooks ADD COLUMN log_output INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE tasks ADD COLUMN repository TEXT NOT NULL DEFAULT ''"),
             // A job holds the locations of all its repositories from its first task to its end.
             QStringLiteral("CREATE TABLE location_locks (location TEXT PRIMARY KEY NOT NULL, "
                            "job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE)"),
             QStringLiteral("CREATE INDEX location_locks_by_job ON location_locks (job_id)"),
             // what crash recovery looks for at every start: tasks left unfinished
             QStringLiteral("CREATE INDEX tasks_unfinished ON tasks (job_id) WHERE status IN "
                            "('running', 'pending')"),
         },
         true},
    };
    return all;
}

QString toJsonText(const KeyValueList &values)
{
    QJsonArray a;
    for (const auto &[k, v] : values)
        a.append(QJsonArray{k, v});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

KeyValueList keyValuesFromJson(const QString &text)
{
    KeyValueList out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &pair : a) {
        const QJsonArray p = pair.toArray();
        out.append({p.at(0).toString(), p.at(1).toString()});
    }
    return out;
}

QString toJsonText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringsFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

QVariant retentionToJson(const std::optional<Retention> &r)
{
    if (!r)
        return QVariant(QMetaType::fromType<QString>());
    QJsonObject o;
    if (!r->keepWithin.isEmpty())
        o.insert(QStringLiteral("keep_within"), r->keepWithin);
    const std::pair<const char *, std::optional<int>> keeps[] = {
        {"keep_hourly", r->keepHourly}, {"keep_daily", r->keepDaily},
        {"keep_weekly", r->keepWeekly}, {"keep_monthly", r->keepMonthly},
        {"keep_yearly", r->keepYearly},
    };
    for (const auto &[k, v] : keeps) {
        if (v)
            o.insert(QString::fromLatin1(k), *v);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Retention> retentionFromJson(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    Retention r;
    r.keepWithin = o.value(QStringLiteral("keep_within")).toString();
    auto get = [&](const char *key) -> std::optional<int> {
        const QJsonValue v = o.value(QString::fromLatin1(key));
        return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
    };
    r.keepHourly = get("keep_hourly");
    r.keepDaily = get("keep_daily");
    r.keepWeekly = get("keep_weekly");
    r.keepMonthly = get("keep_monthly");
    r.keepYearly = get("keep_yearly");
    return r;
}

// A null QString would be bound as SQL NULL; text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant msecsOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

QVariant sizeOrNull(qint64 v)
{
    return v >= 0 ? QVariant(v) : QVariant(QMetaType::fromType<qint64>());
}

QString triggerKindName(TriggerKind k)
{
    switch (k) {
    case TriggerKind::Cron:
        return QStringLiteral("cron");
    case TriggerKind::Interval:
        return QStringLiteral("interval");
    case TriggerKind::Event:
        return QStringLiteral("event");
    case TriggerKind::Manual:
        break;
    }
    return QStringLiteral("manual");
}

TriggerKind triggerKindFrom(const QString &s)
{
    if (s == QLatin1String("cron"))
        return TriggerKind::Cron;
    if (s == QLatin1String("interval"))
        return TriggerKind::Interval;
    if (s == QLatin1String("event"))
        return TriggerKind::Event;
    return TriggerKind::Manual;
}

constexpr const char *scheduleColumns =
    "s.id, s.name, s.enabled, s.trigger_kind, s.cron, s.interval_minutes, s.trigger_event, "
    "s.min_interval_minutes, s.conditions, s.backup, s.catch_up_missed, s.sources, s.excludes, "
    "s.archive_name, s.compression, s.prune, s.compact, s.compact_every_days, "
    "s.check_every_n_jobs, s.check_every_days, s.monitors, s.created_at";

constexpr const char *jobColumns =
    "id, schedule_id, schedule_name, repository_id, type, status, message, started_at, "
    "finished_at, archive_name, files, original_size, compressed_size, deduplicated_size, "
    "owner_pid, owner_start";

} // namespace

namespace {

bool isDamageCode(const QSqlError &e)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with their extended codes
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 || code == 26);
}

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Files in the data folder hold commands, URLs and job output: 0600 whatever the umask.
void tightenFile(const QString &path)
{
    QFile f(path);
    if (f.exists() &&
        (f.permissions() & ~(OwnerOnlyFile | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0)
        f.setPermissions(OwnerOnlyFile);
}

// Creates `path` with mode 0600 when it is missing (so SQLite's -wal and -shm, which take the
// database's mode, are 0600 too).
bool createPrivateFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
#else
    QFile f(path);
    return f.open(QIODevice::Append);
#endif
}

QString copiesDir(const QString &dataDir)
{
    return dataDir + QStringLiteral("/backups");
}

} // namespace

bool Store::hasDailyCopy(const QString &dataDir, const QDate &day)
{
    return QFileInfo::exists(copiesDir(QDir::cleanPath(QDir(dataDir).absolutePath())) +
                             QStringLiteral("/borgtide-%1.db").arg(day.toString(Qt::ISODate)));
}

QString Store::lastGoodCopy(const QString &dataDir)
{
    const QStringList copies =
        QDir(copiesDir(dataDir))
            .entryList({QStringLiteral("borgtide-*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    return copies.isEmpty() ? QString() : copiesDir(dataDir) + QLatin1Char('/') + copies.first();
}

QString Store::damagedMessage(const QString &path, const QString &reason)
{
    const QString copy = lastGoodCopy(QFileInfo(path).absolutePath());
    return copy.isEmpty()
               ? QStringLiteral("the database %1 is damaged (%2); no copy exists yet")
                     .arg(path, reason)
               : QStringLiteral("the database %1 is damaged (%2); the last good copy is %3")
                     .arg(path, reason, copy);
}

Status Store::prepareDataDir(const QString &dir)
{
    QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return Status::failure(ErrorCode::DataDirUnusable,
                               QStringLiteral("the data folder %1 is not a folder").arg(dir));
    if (!info.exists()) {
        if (!QDir().mkpath(dir))
            return Status::failure(ErrorCode::DataDirUnusable,
                                   QStringLiteral("cannot create the data folder %1").arg(dir));
        info = QFileInfo(dir);
    }
#ifdef Q_OS_UNIX
    if (info.ownerId() != uint(::geteuid()))
        return Status::failure(ErrorCode::DataDirNotOwned,
                               QStringLiteral("the data folder %1 belongs to another user (uid "
                                              "%2); Borgtide only uses a folder of your own")
                                   .arg(dir)
                                   .arg(info.ownerId()));
    if ((info.permissions() & ~(OwnerOnlyDir | QFileDevice::ReadUser | QFileDevice::WriteUser |
                                QFileDevice::ExeUser)) != 0 &&
        !QFile::setPermissions(dir, OwnerOnlyDir))
        return Status::failure(
            ErrorCode::DataDirUnusable,
            QStringLiteral("cannot make the data folder %1 private (mode 0700)").arg(dir));
#endif
    QTemporaryFile probe(dir + QStringLiteral("/.write-test-XXXXXX"));
    if (!probe.open())
        return Status::failure(
            ErrorCode::DataDirUnusable,
            QStringLiteral("the data folder %1 is not writable: %2").arg(dir, probe.errorString()));
    return {};
}

Result<std::unique_ptr<Store>> Store::open(const QString &dataDir, OpenOptions options)
{
    using R = Result<std::unique_ptr<Store>>;
    if (dataDir.isEmpty())
        return R::failure(ErrorCode::InvalidInput, QStringLiteral("the data folder is empty"));
    const QString dir = QDir::cleanPath(QDir(dataDir).absolutePath());
    if (Status s = prepareDataDir(dir); !s)
        return R::failure(s.code(), s.error());
    std::unique_ptr<Store> store(new Store);
    store->m_dataDir = dir;
    store->m_path = dir + QLatin1Char('/') + fileName();
    const QString &path = store->m_path;
    // A damaged database is never opened for writing: its header is checked before SQLite
    // touches the file, its pages by quick_check before anything is written.
    {
        QFile f(path);
        if (f.exists() && f.size() > 0) {
            if (!f.open(QIODevice::ReadOnly))
                return R::failure(
                    ErrorCode::DataDirUnusable,
                    QStringLiteral("cannot read the database %1: %2").arg(path, f.errorString()));
            if (f.read(16) != QByteArrayView("SQLite format 3\0", 16))
                return R::failure(ErrorCode::DatabaseDamaged,
                                  damagedMessage(path, QStringLiteral("not an SQLite database")));
        }
    }
    if (!createPrivateFile(path))
        return R::failure(ErrorCode::DataDirUnusable,
                          QStringLiteral("cannot create the database %1").arg(path));
    for (const char *suffix : {"", "-wal", "-shm"})
        tightenFile(path + QLatin1String(suffix));
    store->m_connection = QStringLiteral("borgtide-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db.open())
        return R::failure(
            ErrorCode::DataDirUnusable,
            QStringLiteral("cannot open the database %1: %2").arg(path, db.lastError().text()));
    auto setUp = [&](const char *pragma) -> Status {
        QSqlQuery q = store->uncachedQuery(QString::fromLatin1(pragma));
        if (q.exec())
            return {};
        if (isDamageCode(q.lastError()))
            return Status::failure(ErrorCode::DatabaseDamaged,
                                   damagedMessage(path, q.lastError().databaseText()));
        return store->fail(q, QStringLiteral("setting up the database"));
    };
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 15000"}) {
        if (Status s = setUp(pragma); !s)
            return R::failure(s.code(), s.error());
    }
    if (options.checkIntegrity) {
        QSqlQuery q = store->uncachedQuery(QStringLiteral("PRAGMA quick_check(1)"));
        const bool ran = q.exec() && q.next();
        const QString answer = ran ? q.value(0).toString() : q.lastError().databaseText();
        if (!ran || answer != QLatin1String("ok"))
            return R::failure(ErrorCode::DatabaseDamaged, damagedMessage(path, answer));
    }
    if (Status s = store->migrate(); !s)
        return R::failure(s.code() == ErrorCode::Database && isDamageCode(db.lastError())
                              ? ErrorCode::DatabaseDamaged
                              : s.code(),
                          s.error());
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (Status s = setUp(pragma); !s)
            return R::failure(s.code(), s.error());
    }
    for (const char *suffix : {"-wal", "-shm"})
        tightenFile(path + QLatin1String(suffix));
    if (options.dailyCopy) {
        if (Status s = keepDailyCopy(dir); !s)
            qCWarning(lcStore) << s.error();
    }
    return R(std::move(store));
}

Status Store::verify(const QString &dataDir)
{
    const QString path = dataDir + QLatin1Char('/') + fileName();
    const QString connection =
        QStringLiteral("borgtide-verify-") + QUuid::createUuid().toString(QUuid::Id128);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open()) {
            result = Status::failure(ErrorCode::DataDirUnusable, db.lastError().text());
        } else {
            QSqlQuery q(db);
            const bool ran = q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next();
            const QString answer = ran ? q.value(0).toString() : q.lastError().databaseText();
            if (!ran || answer != QLatin1String("ok"))
                result = Status::failure(ErrorCode::DatabaseDamaged, damagedMessage(path, answer));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

Status Store::keepDailyCopy(const QString &dataDir, const QDate &today)
{
    const QString dir = copiesDir(dataDir);
    const QString name = dir + QStringLiteral("/borgtide-%1.db").arg(today.toString(Qt::ISODate));
    if (QFileInfo::exists(name))
        return {};
    if (!QDir().mkpath(dir))
        return Status::failure(QStringLiteral("cannot create %1").arg(dir));
    QFile::setPermissions(dir, OwnerOnlyDir);
    const QString connection =
        QStringLiteral("borgtide-copy-") + QUuid::createUuid().toString(QUuid::Id128);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dataDir + QLatin1Char('/') + fileName());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        const QString partial = name + QStringLiteral(".partial");
        QFile::remove(partial);
        if (!db.open()) {
            result = Status::failure(db.lastError().text());
        } else {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next() ||
                check.value(0).toString() != QLatin1String("ok")) {
                result = Status::failure(ErrorCode::DatabaseDamaged,
                                         QStringLiteral("no daily copy: the database is damaged"));
            } else {
                check.finish();
                QSqlQuery q(db);
                // created 0600 first, so the copy is never readable by others, even briefly
                if (!createPrivateFile(partial)) {
                    result = Status::failure(QStringLiteral("cannot create %1").arg(partial));
                } else {
                    QFile::remove(partial); // VACUUM INTO wants a missing or empty file
                    createPrivateFile(partial);
                    q.prepare(QStringLiteral("VACUUM INTO ?"));
                    q.addBindValue(partial);
                    if (!q.exec())
                        result = Status::failure(
                            QStringLiteral("daily copy failed: %1").arg(q.lastError().text()));
                }
            }
            db.close();
        }
        if (result) {
            tightenFile(partial);
            if (!QFile::rename(partial, name))
                result = Status::failure(QStringLiteral("cannot write %1").arg(name));
        } else {
            QFile::remove(partial);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!result)
        return result;
    // the last 7 are kept
    const QStringList copies = QDir(dir).entryList({QStringLiteral("borgtide-*.db")}, QDir::Files,
                                                   QDir::Name | QDir::Reversed);
    for (qsizetype i = MaxDailyCopies; i < copies.size(); ++i)
        QFile::remove(dir + QLatin1Char('/') + copies.at(i));
    return {};
}

Status Store::restoreCopy(const QString &dataDir, const QString &copy)
{
    const QString path = dataDir + QLatin1Char('/') + fileName();
    // the damaged file is kept aside, never changed
    const QString aside = path + QStringLiteral(".damaged-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFileInfo::exists(path) && !QFile::rename(path, aside))
        return Status::failure(QStringLiteral("cannot move %1 aside").arg(path));
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString extra = path + QLatin1String(suffix);
        if (QFileInfo::exists(extra))
            QFile::rename(extra, aside + QLatin1String(suffix));
    }
    if (!QFile::copy(copy, path)) {
        QFile::rename(aside, path);
        return Status::failure(QStringLiteral("cannot copy %1 to %2").arg(copy, path));
    }
    QFile::setPermissions(path, OwnerOnlyFile);
    return {};
}

Store::~Store()
{
    if (m_connection.isEmpty())
        return;
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Store::Statement Store::query(const QString &sql) const
{
    std::shared_ptr<QSqlQuery> &slot = m_statements[sql];
    if (!slot)
        slot = std::make_shared<QSqlQuery>(uncachedQuery(sql));
    slot->finish();
    return Statement(*slot);
}

QSqlQuery Store::uncachedQuery(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qCWarning(lcStore) << "prepare failed:" << sql << q.lastError().text();
    return q;
}

Status Store::fail(const QSqlQuery &q, const QString &what) const
{
    const QString text = q.lastError().text();
    qCWarning(lcStore) << what << text;
    if (isDamageCode(q.lastError()))
        return Status::failure(ErrorCode::DatabaseDamaged,
                               damagedMessage(m_path, q.lastError().databaseText()));
    return Status::failure(ErrorCode::Database,
                           QStringLiteral("Database error while %1: %2").arg(what, text));
}

void Store::noteReadFailure(const QSqlQuery &q) const
{
    const Status s = fail(q, QStringLiteral("reading"));
    m_readError = s.error();
    m_readErrorCode = s.code();
}

Status Store::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    int version = 0;
    {
        Statement exists = query(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'"));
        if (!exists.exec() || !exists.next())
            return fail(exists, QStringLiteral("reading the schema version"));
        if (exists.value(0).toInt() > 0) {
            Statement v = query(QStringLiteral("SELECT version FROM schema_version"));
            if (!v.exec())
                return fail(v, QStringLiteral("reading the schema version"));
            if (v.next())
                version = v.value(0).toInt();
        }
    }
    if (version > SchemaVersion)
        return Status::failure(
            ErrorCode::DatabaseNewer,
            QStringLiteral("The database %1 was made by a newer Borgtide (schema version %2; this "
                           "Borgtide knows up to version %3). Use the newer Borgtide, or another "
                           "--data-dir.")
                .arg(m_path)
                .arg(version)
                .arg(SchemaVersion));
    const auto &steps = migrations();
    for (int target = version + 1; target <= SchemaVersion; ++target) {
        const Migration &step = steps.at(target - 1);
        auto foreignKeys = [&](bool on) -> Status {
            QSqlQuery q = uncachedQuery(on ? QStringLiteral("PRAGMA foreign_keys = ON")
                                           : QStringLiteral("PRAGMA foreign_keys = OFF"));
            return q.exec() ? Status() : fail(q, QStringLiteral("migrating the database"));
        };
        if (step.rebuildsTables) {
            if (Status st = foreignKeys(false); !st)
                return st;
        }
        const Status s = transaction([&]() -> Status {
            if (target == 1) {
                Statement q = query(
                    QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                   "NOT NULL)"));
                if (!q.exec())
                    return fail(q, QStringLiteral("creating the schema"));
            }
            for (const QString &sql : step.sql) {
                QSqlQuery q = uncachedQuery(sql);
                if (!q.exec())
                    return fail(q, QStringLiteral("migrating to schema version %1").arg(target));
            }
            if (Status st = migrateData(target); !st)
                return st;
            if (step.rebuildsTables) {
                QSqlQuery check = uncachedQuery(QStringLiteral("PRAGMA foreign_key_check"));
                if (!check.exec())
                    return fail(check, QStringLiteral("checking the migrated database"));
                if (check.next())
                    return Status::failure(
                        QStringLiteral("Migrating to schema version %1 would break a reference "
                                       "in table %2; nothing was changed")
                            .arg(target)
                            .arg(check.value(0).toString()));
            }
            Statement del = query(QStringLiteral("DELETE FROM schema_version"));
            Statement ins =
                query(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            ins.addBindValue(target);
            if (!del.exec() || !ins.exec())
                return fail(ins, QStringLiteral("recording schema version %1").arg(target));
            return {};
        });
        if (step.rebuildsTables) {
            if (Status st = foreignKeys(true); !st)
                return st;
        }
        if (!s)
            return s;
        qCInfo(lcStore) << "database migrated to schema version" << target;
    }
    Q_UNUSED(db)
    return {};
}

Status Store::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status s = work();
        --m_transactionDepth;
        return s;
    }
    Statement begin = query(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin.exec())
        return fail(begin, QStringLiteral("starting a transaction"));
    ++m_transactionDepth;
    Status s = work();
    --m_transactionDepth;
    if (s) {
        Statement commit = query(QStringLiteral("COMMIT"));
        if (commit.exec())
            return s;
        s = fail(commit, QStringLiteral("committing"));
    }
    Statement rollback = query(QStringLiteral("ROLLBACK"));
    if (!rollback.exec())
        qCWarning(lcStore) << "rollback failed" << rollback.lastError().text();
    return s;
}

Status Store::migrateData(int target)
{
    if (target != 2)
        return {};
    // Locations are normalised (SPEC 5): "/srv/borg/" and "/srv/borg" are one location. The
    // text as it was is kept, since the keychain may hold the passphrase under it.
    struct Row
    {
        qint64 id;
        QString name;
        QString location;
    };
    QList<Row> rows;
    {
        QSqlQuery q = uncachedQuery(
            QStringLiteral("SELECT id, name, location FROM repositories ORDER BY id"));
        if (!q.exec())
            return fail(q, QStringLiteral("normalising repository locations"));
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    QHash<QString, Row> byLocation;
    for (const Row &r : std::as_const(rows)) {
        const QString normal = repositorylocation::normalize(r.location);
        if (normal != r.location) {
            QSqlQuery u = uncachedQuery(QStringLiteral(
                "UPDATE repositories SET location = ?, legacy_location = ? WHERE id = ?"));
            u.addBindValue(normal);
            u.addBindValue(r.location);
            u.addBindValue(r.id);
            if (!u.exec())
                return fail(u, QStringLiteral("normalising repository locations"));
        }
        const auto kept = byLocation.constFind(normal);
        if (kept == byLocation.constEnd()) {
            byLocation.insert(normal, r);
            continue;
        }
        // one location has one repository name: the schedules of the second name move over
        QSqlQuery move = uncachedQuery(QStringLiteral(
            "UPDATE schedule_repositories SET repository_id = ? WHERE repository_id = ?"));
        move.addBindValue(kept->id);
        move.addBindValue(r.id);
        QSqlQuery del = uncachedQuery(QStringLiteral("DELETE FROM repositories WHERE id = ?"));
        del.addBindValue(r.id);
        if (!move.exec() || !del.exec())
            return fail(move, QStringLiteral("merging repositories of one location"));
        m_notices.append(QStringLiteral("repositories '%1' and '%2' are one location (%3); the "
                                        "schedules of '%2' now use '%1'")
                             .arg(kept->name, r.name, normal));
    }
    {
        QSqlQuery q = uncachedQuery(QStringLiteral(
            "CREATE UNIQUE INDEX repositories_by_location ON repositories (location)"));
        if (!q.exec())
            return fail(q, QStringLiteral("indexing repository locations"));
    }
    // Two schedules now found on one location whose prune globs could match each other's
    // archives: the newer is disabled and the user told, rather than guessing a new name.
    const QList<Schedule> all = loadSchedules({}, {});
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (qsizetype j = 0; j < all.size(); ++j) {
            const Schedule &a = all.at(i);
            const Schedule &b = all.at(j);
            if (a.id <= b.id || a.repository().location != b.repository().location)
                continue;
            if (!archivename::pruneCouldTouch(a.archiveName, a.name, b.archiveName, b.name) &&
                !archivename::pruneCouldTouch(b.archiveName, b.name, a.archiveName, a.name))
                continue;
            QSqlQuery off =
                uncachedQuery(QStringLiteral("UPDATE schedules SET enabled = 0 WHERE id = ?"));
            off.addBindValue(a.id);
            if (!off.exec())
                return fail(off, QStringLiteral("disabling a schedule"));
            m_notices.append(
                QStringLiteral("schedules '%1' and '%2' back up to one location (%3) and prune of "
                               "one could delete the other's archives; '%2' was disabled: give it "
                               "an archive name of its own, then enable it")
                    .arg(b.name, a.name, a.repository().location));
        }
    }
    for (const QString &n : std::as_const(m_notices))
        qCWarning(lcStore) << "migration:" << n;
    return {};
}

// ---------------------------------------------------------------- repositories

namespace {

constexpr const char *repositoryColumns =
    "id, name, location, encryption, passcommand, legacy_location";

Repository repositoryFrom(const QSqlQuery &q, int first)
{
    Repository r;
    r.id = q.value(first).toLongLong();
    r.name = q.value(first + 1).toString();
    r.location = q.value(first + 2).toString();
    r.encryption = q.value(first + 3).toString();
    r.passcommand = q.value(first + 4).toString();
    r.legacyLocation = q.value(first + 5).toString();
    return r;
}

QString conditionsToJson(const Conditions &c)
{
    QJsonObject o;
    if (c.onAcPower)
        o.insert(QStringLiteral("on_ac_power"), true);
    if (c.unmeteredNetwork)
        o.insert(QStringLiteral("unmetered_network"), true);
    if (c.repositoryReachable)
        o.insert(QStringLiteral("repository_reachable"), true);
    if (!c.allowedWifi.isEmpty())
        o.insert(QStringLiteral("allowed_wifi"), QJsonArray::fromStringList(c.allowedWifi));
    if (!c.blockedWifi.isEmpty())
        o.insert(QStringLiteral("blocked_wifi"), QJsonArray::fromStringList(c.blockedWifi));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

Conditions conditionsFromJson(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    Conditions c;
    c.onAcPower = o.value(QStringLiteral("on_ac_power")).toBool();
    c.unmeteredNetwork = o.value(QStringLiteral("unmetered_network")).toBool();
    c.repositoryReachable = o.value(QStringLiteral("repository_reachable")).toBool();
    c.allowedWifi = stringsOf(o.value(QStringLiteral("allowed_wifi")));
    c.blockedWifi = stringsOf(o.value(QStringLiteral("blocked_wifi")));
    return c;
}

QString monitorsToJson(const QList<Monitor> &monitors)
{
    QJsonArray a;
    for (const Monitor &m : monitors) {
        QJsonObject o{{QStringLiteral("type"), m.type}, {QStringLiteral("url"), m.url}};
        if (!m.on.isEmpty())
            o.insert(QStringLiteral("on"), QJsonArray::fromStringList(m.on));
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<Monitor> monitorsFromJson(const QString &text)
{
    QList<Monitor> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("type")).toString(),
                    o.value(QStringLiteral("url")).toString(),
                    stringsOf(o.value(QStringLiteral("on")))});
    }
    return out;
}

} // namespace

QList<Repository> Store::repositories() const
{
    QList<Repository> out;
    Statement q = query(QStringLiteral("SELECT %1 FROM repositories ORDER BY name COLLATE NOCASE")
                            .arg(QLatin1String(repositoryColumns)));
    if (!q.exec()) {
        noteReadFailure(q);
        return out;
    }
    while (q.next())
        out.append(repositoryFrom(q, 0));
    return out;
}

std::optional<Repository> Store::repository(qint64 id) const
{
    Statement q = query(QStringLiteral("SELECT %1 FROM repositories WHERE id = ?")
                            .arg(QLatin1String(repositoryColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        noteReadFailure(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return repositoryFrom(q, 0);
}

std::optional<Repository> Store::repositoryByName(const QString &name) const
{
    Statement q = query(QStringLiteral("SELECT %1 FROM repositories WHERE name = ?")
                            .arg(QLatin1String(repositoryColumns)));
    q.addBindValue(text(name));
    if (!q.exec()) {
        noteReadFailure(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return repositoryFrom(q, 0);
}

std::optional<Repository> Store::repositoryByLocation(const QString &location) const
{
    Statement q = query(QStringLiteral("SELECT %1 FROM repositories WHERE location = ?")
                            .arg(QLatin1String(repositoryColumns)));
    q.addBindValue(text(repositorylocation::normalize(location)));
    if (!q.exec()) {
        noteReadFailure(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return repositoryFrom(q, 0);
}

Status Store::saveRepository(Repository &r)
{
    r.location = repositorylocation::normalize(r.location);
    return transaction([&]() -> Status {
        if (const auto other = repositoryByLocation(r.location); other && other->id != r.id)
            return Status::failure(
                QStringLiteral("%1 is already the location of repository '%2'; one location has "
                               "one repository name")
                    .arg(r.location, other->name));
        Statement q = query(
            r.id == 0 ? QStringLiteral("INSERT INTO repositories (name, location, encryption, "
                                       "passcommand, legacy_location, created_at) VALUES (?, ?, "
                                       "?, ?, ?, ?)")
                      : QStringLiteral("UPDATE repositories SET name = ?, location = ?, encryption "
                                       "= ?, passcommand = ?, legacy_location = ? WHERE id = ?"));
        q.addBindValue(text(r.name));
        q.addBindValue(text(r.location));
        q.addBindValue(text(r.encryption));
        q.addBindValue(text(r.passcommand));
        q.addBindValue(text(r.legacyLocation));
        q.addBindValue(r.id == 0 ? QDateTime::currentMSecsSinceEpoch() : r.id);
        if (!q.exec())
            return fail(q, QStringLiteral("saving repository '%1'").arg(r.name));
        if (r.id == 0)
            r.id = q.lastInsertId().toLongLong();
        return {};
    });
}

Status Store::removeRepository(qint64 id)
{
    return transaction([&]() -> Status {
        Statement used = query(QStringLiteral(
            "SELECT s.name FROM schedules s JOIN schedule_repositories sr ON sr.schedule_id = "
            "s.id WHERE sr.repository_id = ? ORDER BY s.name"));
        used.addBindValue(id);
        if (!used.exec())
            return fail(used, QStringLiteral("removing a repository"));
        QStringList names;
        while (used.next())
            names.append(used.value(0).toString());
        if (!names.isEmpty())
            return Status::failure(QStringLiteral("The repository is used by %1")
                                       .arg(names.join(QStringLiteral(", "))));
        Statement q = query(QStringLiteral("DELETE FROM repositories WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q, QStringLiteral("removing a repository"));
        return {};
    });
}

// ---------------------------------------------------------------- schedules

QList<Schedule> Store::schedules() const
{
    return loadSchedules({}, {});
}

// Schedules with their repositories and hooks; `where` (on "s", with one bound value) narrows
// them down, e.g. to one id, so a lookup does not read every schedule and hook.
QList<Schedule> Store::loadSchedules(const QString &where, const QVariant &value) const
{
    QList<Schedule> out;
    Statement q =
        query(QStringLiteral("SELECT %1 FROM schedules s %2 ORDER BY s.name COLLATE NOCASE")
                  .arg(QLatin1String(scheduleColumns), where));
    if (!where.isEmpty())
        q.addBindValue(value);
    if (!q.exec()) {
        noteReadFailure(q);
        return out;
    }
    QHash<qint64, qsizetype> byId;
    while (q.next()) {
        Schedule s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.enabled = q.value(2).toBool();
        s.trigger.kind = triggerKindFrom(q.value(3).toString());
        s.trigger.cron = q.value(4).toString();
        s.trigger.intervalMinutes = q.value(5).toInt();
        s.trigger.event = triggerEventFromString(q.value(6).toString())
                              .value_or(TriggerEvent::RepositoryConnected);
        s.trigger.minIntervalMinutes = q.value(7).toInt();
        s.conditions = conditionsFromJson(q.value(8).toString());
        s.backup = q.value(9).toBool();
        s.catchUpMissed = q.value(10).toBool();
        s.sources = stringsFromJson(q.value(11).toString());
        s.excludes = stringsFromJson(q.value(12).toString());
        s.archiveName = q.value(13).toString();
        s.compression = q.value(14).toString();
        s.prune = retentionFromJson(q.value(15));
        s.compact = q.value(16).toBool();
        s.compactEveryDays = q.value(17).toInt();
        s.checkEveryNJobs = q.value(18).toInt();
        s.checkEveryDays = q.value(19).toInt();
        s.monitors = monitorsFromJson(q.value(20).toString());
        s.createdAt = timeFrom(q.value(21));
        byId.insert(s.id, out.size());
        out.append(s);
    }
    if (out.isEmpty())
        return out;
    const bool one = out.size() == 1;
    // one schedule: its rows only; several: all rows in one read
    Statement r = query(QStringLiteral("SELECT sr.schedule_id, r.id, r.name, r.location, "
                                       "r.encryption, r.passcommand, r.legacy_location FROM "
                                       "schedule_repositories sr JOIN repositories r ON r.id = "
                                       "sr.repository_id %1 ORDER BY sr.schedule_id, sr.position")
                            .arg(one ? QStringLiteral("WHERE sr.schedule_id = ?") : QString()));
    if (one)
        r.addBindValue(out.first().id);
    if (!r.exec()) {
        noteReadFailure(r);
        return {};
    }
    while (r.next()) {
        const auto it = byId.constFind(r.value(0).toLongLong());
        if (it != byId.constEnd())
            out[*it].repositories.append(repositoryFrom(r, 1));
    }
    Statement h =
        query(QStringLiteral("SELECT schedule_id, phase, id, name, type, command, shell, "
                             "working_directory, environment_vars, critical, timeout, enabled, "
                             "continue_on_failure, run_when, method, url, headers, body, "
                             "log_output FROM hooks %1 ORDER BY schedule_id, phase, position")
                  .arg(one ? QStringLiteral("WHERE schedule_id = ?") : QString()));
    if (one)
        h.addBindValue(out.first().id);
    if (!h.exec()) {
        noteReadFailure(h);
        return {};
    }
    while (h.next()) {
        const auto it = byId.constFind(h.value(0).toLongLong());
        if (it == byId.constEnd())
            continue;
        Hook hook;
        hook.id = h.value(2).toLongLong();
        hook.name = h.value(3).toString();
        hook.type = hookTypeFromString(h.value(4).toString()).value_or(HookType::Command);
        hook.command = h.value(5).toString();
        hook.shell = h.value(6).toString();
        hook.workingDirectory = h.value(7).toString();
        hook.environmentVars = keyValuesFromJson(h.value(8).toString());
        hook.critical = h.value(9).toBool();
        hook.timeoutSecs = h.value(10).toInt();
        hook.enabled = h.value(11).toBool();
        hook.continueOnFailure = h.value(12).toBool();
        hook.when = hookWhenFromString(h.value(13).toString()).value_or(HookWhen::Success);
        hook.method = h.value(14).toString();
        hook.url = h.value(15).toString();
        hook.headers = keyValuesFromJson(h.value(16).toString());
        hook.body = h.value(17).toString();
        hook.logOutput = h.value(18).toBool();
        Schedule &s = out[*it];
        const QString phase = h.value(1).toString();
        if (phase == QLatin1String("pre"))
            s.preHooks.append(hook);
        else if (phase == QLatin1String("post"))
            s.postHooks.append(hook);
        else
            s.notifications.append(hook);
    }
    return out;
}

std::optional<Schedule> Store::schedule(qint64 id) const
{
    const QList<Schedule> list = loadSchedules(QStringLiteral("WHERE s.id = ?"), id);
    return list.isEmpty() ? std::nullopt : std::optional<Schedule>(list.first());
}

std::optional<Schedule> Store::scheduleByName(const QString &name) const
{
    const QList<Schedule> list = loadSchedules(QStringLiteral("WHERE s.name = ?"), name);
    return list.isEmpty() ? std::nullopt : std::optional<Schedule>(list.first());
}

Status Store::writeHooks(qint64 scheduleId, const QString &phase, const QList<Hook> &hooks)
{
    for (qsizetype i = 0; i < hooks.size(); ++i) {
        const Hook &h = hooks.at(i);
        Statement q = query(QStringLiteral(
            "INSERT INTO hooks (schedule_id, phase, position, name, type, command, shell, "
            "working_directory, environment_vars, critical, timeout, enabled, "
            "continue_on_failure, run_when, method, url, headers, body, log_output) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(scheduleId);
        q.addBindValue(text(phase));
        q.addBindValue(int(i));
        q.addBindValue(text(h.name));
        q.addBindValue(toText(h.type));
        q.addBindValue(text(h.command));
        q.addBindValue(text(h.shell));
        q.addBindValue(text(h.workingDirectory));
        q.addBindValue(toJsonText(h.environmentVars));
        q.addBindValue(h.critical);
        q.addBindValue(h.timeoutSecs);
        q.addBindValue(h.enabled);
        q.addBindValue(h.continueOnFailure);
        q.addBindValue(toText(h.when));
        q.addBindValue(text(h.method));
        q.addBindValue(text(h.url));
        q.addBindValue(toJsonText(h.headers));
        q.addBindValue(text(h.body));
        q.addBindValue(h.logOutput);
        if (!q.exec())
            return fail(q, QStringLiteral("saving hook '%1'").arg(h.name));
    }
    return {};
}

Status Store::saveSchedule(Schedule &s)
{
    return transaction([&]() -> Status {
        if (s.repositories.isEmpty())
            return Status::failure(
                QStringLiteral("schedule '%1' needs at least one repository").arg(s.name));
        // repositories are matched by name: created when missing, updated when changed
        for (Repository &repo : s.repositories) {
            repo.location = repositorylocation::normalize(repo.location);
            if (auto existing = repositoryByName(repo.name)) {
                repo.id = existing->id;
                if (repo.legacyLocation.isEmpty() && existing->location == repo.location)
                    repo.legacyLocation = existing->legacyLocation;
                if (existing->location != repo.location ||
                    existing->encryption != repo.encryption ||
                    existing->passcommand != repo.passcommand) {
                    if (Status st = saveRepository(repo); !st)
                        return st;
                }
            } else {
                repo.id = 0;
                if (Status st = saveRepository(repo); !st)
                    return st;
            }
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // A disabled schedule is never due: enabling one starts its bookkeeping afresh.
        bool enabling = false;
        if (s.id != 0 && s.enabled) {
            Statement was = query(QStringLiteral("SELECT enabled FROM schedules WHERE id = ?"));
            was.addBindValue(s.id);
            enabling = was.exec() && was.next() && !was.value(0).toBool();
        }
        Statement q = query(
            s.id == 0
                ? QStringLiteral(
                      "INSERT INTO schedules (name, enabled, trigger_kind, cron, "
                      "interval_minutes, trigger_event, min_interval_minutes, conditions, backup, "
                      "catch_up_missed, sources, excludes, archive_name, compression, prune, "
                      "compact, compact_every_days, check_every_n_jobs, check_every_days, "
                      "monitors, updated_at, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                : QStringLiteral(
                      "UPDATE schedules SET name = ?, enabled = ?, trigger_kind = ?, cron = ?, "
                      "interval_minutes = ?, trigger_event = ?, min_interval_minutes = ?, "
                      "conditions = ?, backup = ?, catch_up_missed = ?, sources = ?, excludes = ?, "
                      "archive_name = ?, compression = ?, prune = ?, compact = ?, "
                      "compact_every_days = ?, check_every_n_jobs = ?, check_every_days = ?, "
                      "monitors = ?, updated_at = ? WHERE id = ?"));
        const Trigger &t = s.trigger;
        q.addBindValue(text(s.name));
        q.addBindValue(s.enabled);
        q.addBindValue(triggerKindName(t.kind));
        q.addBindValue(text(t.kind == TriggerKind::Cron ? t.cron : QString()));
        q.addBindValue(t.kind == TriggerKind::Interval ? t.intervalMinutes : 0);
        q.addBindValue(t.kind == TriggerKind::Event ? toText(t.event) : QStringLiteral(""));
        q.addBindValue(t.kind == TriggerKind::Event ? t.minIntervalMinutes : 0);
        q.addBindValue(conditionsToJson(s.conditions));
        q.addBindValue(s.backup);
        q.addBindValue(s.catchUpMissed);
        q.addBindValue(toJsonText(s.sources));
        q.addBindValue(toJsonText(s.excludes));
        q.addBindValue(text(s.archiveName));
        q.addBindValue(text(s.compression));
        q.addBindValue(retentionToJson(s.prune));
        q.addBindValue(s.compact);
        q.addBindValue(s.compactEveryDays);
        q.addBindValue(s.checkEveryNJobs);
        q.addBindValue(s.checkEveryDays);
        q.addBindValue(monitorsToJson(s.monitors));
        q.addBindValue(now);
        q.addBindValue(s.id == 0 ? now : s.id);
        if (!q.exec())
            return fail(q, QStringLiteral("saving schedule '%1'").arg(s.name));
        if (s.id == 0)
            s.id = q.lastInsertId().toLongLong();
        if (enabling) {
            if (Status st = resetScheduleState(s.id, QDateTime::currentDateTime()); !st)
                return st;
        }
        Statement delRepos =
            query(QStringLiteral("DELETE FROM schedule_repositories WHERE schedule_id = ?"));
        delRepos.addBindValue(s.id);
        if (!delRepos.exec())
            return fail(delRepos, QStringLiteral("saving the repositories of '%1'").arg(s.name));
        for (qsizetype i = 0; i < s.repositories.size(); ++i) {
            Statement ins = query(QStringLiteral("INSERT INTO schedule_repositories (schedule_id, "
                                                 "position, repository_id) VALUES (?, ?, ?)"));
            ins.addBindValue(s.id);
            ins.addBindValue(int(i));
            ins.addBindValue(s.repositories.at(i).id);
            if (!ins.exec())
                return fail(ins, QStringLiteral("saving the repositories of '%1'").arg(s.name));
        }
        Statement del = query(QStringLiteral("DELETE FROM hooks WHERE schedule_id = ?"));
        del.addBindValue(s.id);
        if (!del.exec())
            return fail(del, QStringLiteral("saving the hooks of '%1'").arg(s.name));
        if (Status st = writeHooks(s.id, QStringLiteral("pre"), s.preHooks); !st)
            return st;
        if (Status st = writeHooks(s.id, QStringLiteral("post"), s.postHooks); !st)
            return st;
        return writeHooks(s.id, QStringLiteral("notification"), s.notifications);
    });
}

Status Store::removeSchedule(qint64 id)
{
    return transaction([&]() -> Status {
        Statement q = query(QStringLiteral("DELETE FROM schedules WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q, QStringLiteral("removing a schedule"));
        return {};
    });
}

Status Store::setScheduleEnabled(qint64 id, bool enabled)
{
    return transaction([&]() -> Status {
        if (enabled) {
            Statement was = query(QStringLiteral("SELECT enabled FROM schedules WHERE id = ?"));
            was.addBindValue(id);
            if (was.exec() && was.next() && !was.value(0).toBool()) {
                if (Status st = resetScheduleState(id, QDateTime::currentDateTime()); !st)
                    return st;
            }
        }
        Statement q = query(QStringLiteral("UPDATE schedules SET enabled = ? WHERE id = ?"));
        q.addBindValue(enabled);
        q.addBindValue(id);
        if (!q.exec())
            return fail(q, QStringLiteral("changing a schedule"));
        return {};
    });
}

// ---------------------------------------------------------------- jobs

Status Store::insertJobRows(Job &job)
{
    Statement q = query(QStringLiteral(
        "INSERT INTO jobs (schedule_id, schedule_name, repository_id, type, status, message, "
        "created_at, started_at, finished_at, archive_name, owner_pid, owner_start) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(job.scheduleId ? QVariant(*job.scheduleId)
                                  : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(text(job.scheduleName));
    q.addBindValue(job.repositoryId);
    q.addBindValue(toText(job.type));
    q.addBindValue(toText(job.status));
    q.addBindValue(text(job.message));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(msecsOrNull(job.startedAt));
    q.addBindValue(msecsOrNull(job.finishedAt));
    q.addBindValue(text(job.archiveName));
    q.addBindValue(job.ownerPid);
    q.addBindValue(text(job.ownerStart));
    if (!q.exec())
        return fail(q, QStringLiteral("recording a job"));
    job.id = q.lastInsertId().toLongLong();
    for (Task &t : job.tasks) {
        Statement tq = query(QStringLiteral(
            "INSERT INTO tasks (job_id, position, kind, phase, name, repository, critical, "
            "status, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        tq.addBindValue(job.id);
        tq.addBindValue(t.index);
        tq.addBindValue(toText(t.kind));
        tq.addBindValue(t.phase ? QVariant(toText(*t.phase))
                                : QVariant(QMetaType::fromType<QString>()));
        tq.addBindValue(text(t.name));
        tq.addBindValue(text(t.repository));
        tq.addBindValue(t.critical);
        tq.addBindValue(toText(t.status));
        tq.addBindValue(text(t.message));
        if (!tq.exec())
            return fail(tq, QStringLiteral("recording a task"));
        t.id = tq.lastInsertId().toLongLong();
    }
    return {};
}

Store::StartResult Store::startJob(Job &job,
                                   const std::function<bool(qint64, const QString &)> &ownerAlive,
                                   const QStringList &locations, LocationMode mode)
{
    StartResult result;
    const Status s = transaction([&]() -> Status {
        if (job.scheduleId) {
            Statement q = query(QStringLiteral(
                "SELECT id, owner_pid, owner_start FROM jobs WHERE schedule_id = ? AND status IN "
                "('running', 'pending')"));
            q.addBindValue(*job.scheduleId);
            if (!q.exec())
                return fail(q, QStringLiteral("checking for a running job"));
            while (q.next()) {
                if (ownerAlive(q.value(1).toLongLong(), q.value(2).toString())) {
                    result.runningJobId = q.value(0).toLongLong();
                    return {};
                }
            }
        }
        if (mode != LocationMode::Defer) {
            auto holder = holderOf(locations, 0, ownerAlive);
            if (!holder)
                return Status::failure(holder.code(), holder.error());
            result.busy = holder.value();
            if (result.busy.jobId != 0 && mode == LocationMode::TakeOrRefuse)
                return {};
        }
        if (Status st = insertJobRows(job); !st)
            return st;
        result.started = true;
        if (mode != LocationMode::Defer && result.busy.jobId == 0) {
            if (Status st = takeLocations(job.id, locations); !st)
                return st;
            result.locationsTaken = true;
        }
        return {};
    });
    if (!s) {
        result = StartResult{};
        result.error = s.error();
        result.code = s.code();
    }
    return result;
}

Status Store::insertJob(Job &job)
{
    return transaction([&]() -> Status { return insertJobRows(job); });
}

Status Store::updateJob(const Job &job)
{
    return transaction([&]() -> Status {
        Statement q = query(QStringLiteral(
            "UPDATE jobs SET status = ?, message = ?, started_at = ?, finished_at = ?, "
            "archive_name = ?, files = ?, original_size = ?, compressed_size = ?, "
            "deduplicated_size = ? WHERE id = ?"));
        q.addBindValue(toText(job.status));
        q.addBindValue(text(job.message));
        q.addBindValue(msecsOrNull(job.startedAt));
        q.addBindValue(msecsOrNull(job.finishedAt));
        q.addBindValue(text(job.archiveName));
        q.addBindValue(sizeOrNull(job.stats.files));
        q.addBindValue(sizeOrNull(job.stats.originalSize));
        q.addBindValue(sizeOrNull(job.stats.compressedSize));
        q.addBindValue(sizeOrNull(job.stats.deduplicatedSize));
        q.addBindValue(job.id);
        if (!q.exec())
            return fail(q, QStringLiteral("updating job %1").arg(job.id));
        return {};
    });
}

Status Store::updateTask(qint64 jobId, const Task &t)
{
    return transaction([&]() -> Status {
        Statement q = query(
            QStringLiteral("UPDATE tasks SET status = ?, exit_code = ?, warning = ?, message = ?, "
                           "started_at = ?, finished_at = ? WHERE job_id = ? AND position = ?"));
        q.addBindValue(toText(t.status));
        q.addBindValue(t.exitCode ? QVariant(*t.exitCode) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(t.warning);
        q.addBindValue(text(t.message));
        q.addBindValue(msecsOrNull(t.startedAt));
        q.addBindValue(msecsOrNull(t.finishedAt));
        q.addBindValue(jobId);
        q.addBindValue(t.index);
        if (!q.exec())
            return fail(q, QStringLiteral("updating task %1 of job %2").arg(t.index).arg(jobId));
        return {};
    });
}

Status Store::setTaskOutput(qint64 taskId, const QString &output)
{
    return transaction([&]() -> Status {
        Statement q = query(QStringLiteral("UPDATE tasks SET output = ? WHERE id = ?"));
        q.addBindValue(text(output));
        q.addBindValue(taskId);
        if (!q.exec())
            return fail(q, QStringLiteral("storing task output"));
        return {};
    });
}

Status Store::setTaskProcessGroup(qint64 taskId, qint64 processGroup)
{
    return transaction([&]() -> Status {
        Statement q = query(QStringLiteral("UPDATE tasks SET process_group = ? WHERE id = ?"));
        q.addBindValue(processGroup);
        q.addBindValue(taskId);
        if (!q.exec())
            return fail(q, QStringLiteral("recording a process group"));
        return {};
    });
}

Status Store::markTaskStarted(const Task &t, qint64 processGroup)
{
    return transaction([&]() -> Status {
        Statement q = query(QStringLiteral(
            "UPDATE tasks SET status = ?, started_at = ?, process_group = ? WHERE id = ?"));
        q.addBindValue(toText(t.status));
        q.addBindValue(msecsOrNull(t.startedAt));
        q.addBindValue(processGroup);
        q.addBindValue(t.id);
        if (!q.exec())
            return fail(q, QStringLiteral("recording a started task"));
        return {};
    });
}

QList<Job> Store::readJobs(QSqlQuery &q, bool withTasks, bool withOutput) const
{
    QList<Job> out;
    while (q.next()) {
        Job j;
        j.id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            j.scheduleId = q.value(1).toLongLong();
        j.scheduleName = q.value(2).toString();
        j.repositoryId = q.value(3).toLongLong();
        j.type = jobTypeFromString(q.value(4).toString()).value_or(JobType::Manual);
        j.status = jobStatusFromString(q.value(5).toString()).value_or(JobStatus::Failed);
        j.message = q.value(6).toString();
        j.startedAt = timeFrom(q.value(7));
        j.finishedAt = timeFrom(q.value(8));
        j.archiveName = q.value(9).toString();
        auto size = [&](int col) {
            return q.value(col).isNull() ? -1 : q.value(col).toLongLong();
        };
        j.stats = {size(10), size(11), size(12), size(13)};
        j.ownerPid = q.value(14).toLongLong();
        j.ownerStart = q.value(15).toString();
        out.append(j);
    }
    if (withTasks && !out.isEmpty())
        readTasks(out, withOutput);
    return out;
}

void Store::readTasks(QList<Job> &jobs, bool withOutput) const
{
    QHash<qint64, qsizetype> byId;
    QStringList ids;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        byId.insert(jobs.at(i).id, i);
        ids.append(QString::number(jobs.at(i).id));
    }
    Statement q =
        query(QStringLiteral("SELECT job_id, id, position, kind, phase, name, critical, status, "
                             "exit_code, warning, message, started_at, finished_at, repository, "
                             "%1 FROM tasks "
                             "WHERE job_id IN (%2) ORDER BY job_id, position")
                  .arg(withOutput ? QStringLiteral("output") : QStringLiteral("''"),
                       ids.join(QLatin1Char(','))));
    if (!q.exec())
        return;
    while (q.next()) {
        Task t;
        t.id = q.value(1).toLongLong();
        t.index = q.value(2).toInt();
        t.kind = taskKindFromString(q.value(3).toString()).value_or(TaskKind::Hook);
        if (!q.value(4).isNull())
            t.phase = hookPhaseFromString(q.value(4).toString());
        t.name = q.value(5).toString();
        t.critical = q.value(6).toBool();
        t.status = taskStatusFromString(q.value(7).toString()).value_or(TaskStatus::Failed);
        if (!q.value(8).isNull())
            t.exitCode = q.value(8).toInt();
        t.warning = q.value(9).toBool();
        t.message = q.value(10).toString();
        t.startedAt = timeFrom(q.value(11));
        t.finishedAt = timeFrom(q.value(12));
        t.repository = q.value(13).toString();
        t.output = q.value(14).toString();
        jobs[byId.value(q.value(0).toLongLong())].tasks.append(t);
    }
}

namespace {

QString whereClause(const JobFilter &f)
{
    QStringList parts;
    if (f.scheduleName)
        parts.append(QStringLiteral("schedule_name = :schedule"));
    if (f.status)
        parts.append(QStringLiteral("status = :status"));
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void bindFilter(QSqlQuery &q, const JobFilter &f)
{
    if (f.scheduleName)
        q.bindValue(QStringLiteral(":schedule"), *f.scheduleName);
    if (f.status)
        q.bindValue(QStringLiteral(":status"), toText(*f.status));
}

} // namespace

QList<Job> Store::jobs(const JobFilter &filter, int limit, int offset, bool withTasks) const
{
    Statement q =
        query(QStringLiteral("SELECT %1 FROM jobs%2 ORDER BY id DESC LIMIT :limit OFFSET :offset")
                  .arg(QLatin1String(jobColumns), whereClause(filter)));
    bindFilter(q, filter);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return {};
    return readJobs(q, withTasks, false);
}

int Store::jobCount(const JobFilter &filter) const
{
    Statement q = query(QStringLiteral("SELECT count(*) FROM jobs") + whereClause(filter));
    bindFilter(q, filter);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<Job> Store::job(qint64 id) const
{
    Statement q =
        query(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(QLatin1String(jobColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return std::nullopt;
    const QList<Job> list = readJobs(q, true, true);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Job> Store::runningJobs() const
{
    Statement q = query(QStringLiteral("SELECT %1 FROM jobs WHERE status IN ('running', "
                                       "'pending') ORDER BY id")
                            .arg(QLatin1String(jobColumns)));
    if (!q.exec())
        return {};
    return readJobs(q, true, false);
}

QList<Job> Store::unsettledJobs() const
{
    Statement q = query(QStringLiteral("SELECT %1 FROM jobs WHERE status IN ('running', 'pending') "
                                       "OR id IN (SELECT job_id FROM "
                                       "tasks WHERE status IN ('running', 'pending')) ORDER BY id")
                            .arg(QLatin1String(jobColumns)));
    if (!q.exec()) {
        noteReadFailure(q);
        return {};
    }
    return readJobs(q, true, false);
}

QList<Store::TaskProcess> Store::taskProcesses(qint64 jobId) const
{
    QList<TaskProcess> out;
    Statement q = query(QStringLiteral(
        "SELECT id, process_group FROM tasks WHERE job_id = ? AND process_group > 0"));
    q.addBindValue(jobId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

std::optional<Job> Store::lastJob(qint64 scheduleId) const
{
    Statement q = query(QStringLiteral("SELECT %1 FROM jobs WHERE schedule_id = ? ORDER BY id "
                                       "DESC LIMIT 1")
                            .arg(QLatin1String(jobColumns)));
    q.addBindValue(scheduleId);
    if (!q.exec())
        return std::nullopt;
    const QList<Job> list = readJobs(q, false, false);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QHash<qint64, JobStatus> Store::lastStatuses() const
{
    QHash<qint64, JobStatus> out;
    Statement q = query(QStringLiteral(
        "SELECT j.schedule_id, j.status FROM jobs j JOIN (SELECT schedule_id, max(id) AS id FROM "
        "jobs WHERE schedule_id IS NOT NULL GROUP BY schedule_id) m ON m.id = j.id"));
    if (!q.exec())
        return out;
    while (q.next()) {
        if (auto s = jobStatusFromString(q.value(1).toString()))
            out.insert(q.value(0).toLongLong(), *s);
    }
    return out;
}

QStringList Store::jobScheduleNames() const
{
    QStringList out;
    // the index on (schedule_name, id) makes this a scan of distinct keys
    Statement q = query(QStringLiteral("SELECT DISTINCT schedule_name FROM jobs ORDER BY 1"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QDateTime Store::lastStart(qint64 scheduleId) const
{
    Statement q = query(QStringLiteral(
        "SELECT max(started_at) FROM jobs WHERE schedule_id = ? AND started_at IS NOT NULL AND "
        "status != 'skipped'"));
    q.addBindValue(scheduleId);
    if (!q.exec() || !q.next())
        return {};
    return timeFrom(q.value(0));
}

QDateTime Store::lastMaintenance(qint64 scheduleId, TaskKind kind, const QString &repository) const
{
    Statement q = query(QStringLiteral(
        "SELECT max(t.finished_at) FROM tasks t JOIN jobs j ON j.id = t.job_id WHERE "
        "j.schedule_id = ? AND t.kind = ? AND t.status IN ('completed', 'failed') AND "
        "(t.repository = ? OR t.repository = '')"));
    q.addBindValue(scheduleId);
    q.addBindValue(toText(kind));
    q.addBindValue(text(repository));
    if (!q.exec()) {
        noteReadFailure(q);
        return {};
    }
    if (!q.next())
        return {};
    return timeFrom(q.value(0));
}

int Store::jobsSinceMaintenance(qint64 scheduleId, TaskKind kind, const QString &repository) const
{
    Statement q = query(QStringLiteral(
        "SELECT count(*) FROM jobs WHERE schedule_id = :s AND status NOT IN ('skipped', "
        "'running', 'pending') AND id > coalesce((SELECT max(t.job_id) FROM tasks t JOIN jobs j "
        "ON j.id = t.job_id WHERE j.schedule_id = :s AND t.kind = :k AND t.status IN "
        "('completed', 'failed') AND (t.repository = :r OR t.repository = '')), 0)"));
    q.bindValue(QStringLiteral(":s"), scheduleId);
    q.bindValue(QStringLiteral(":k"), toText(kind));
    q.bindValue(QStringLiteral(":r"), text(repository));
    if (!q.exec() || !q.next()) {
        noteReadFailure(q);
        return 0;
    }
    return q.value(0).toInt();
}

int Store::jobsSinceCheck(qint64 scheduleId) const
{
    Statement q = query(QStringLiteral(
        "SELECT count(*) FROM jobs WHERE schedule_id = :s AND status NOT IN ('skipped', "
        "'running', 'pending') AND id > coalesce((SELECT max(t.job_id) FROM tasks t JOIN jobs j "
        "ON j.id = t.job_id WHERE j.schedule_id = :s AND t.kind = 'check' AND t.status IN "
        "('completed', 'failed')), 0)"));
    q.bindValue(QStringLiteral(":s"), scheduleId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

Store::ScheduleState Store::scheduleState(qint64 scheduleId) const
{
    Statement q = query(
        QStringLiteral("SELECT checked_until, anchor FROM schedule_state WHERE schedule_id = ?"));
    q.addBindValue(scheduleId);
    if (!q.exec() || !q.next())
        return {};
    return {timeFrom(q.value(0)), timeFrom(q.value(1))};
}

Result<bool> Store::advanceCheckedUntil(qint64 scheduleId, const QDateTime &expected,
                                        const QDateTime &until)
{
    bool advanced = false;
    const Status s = transaction([&]() -> Status {
        const ScheduleState current = scheduleState(scheduleId);
        if (!current.checkedUntil.isValid()) {
            Statement ins = query(QStringLiteral("INSERT INTO schedule_state (schedule_id, "
                                                 "checked_until, anchor) VALUES (?, ?, ?)"));
            ins.addBindValue(scheduleId);
            ins.addBindValue(until.toMSecsSinceEpoch());
            ins.addBindValue(until.toMSecsSinceEpoch());
            if (!ins.exec())
                return fail(ins, QStringLiteral("recording scheduler state"));
            advanced = !expected.isValid();
            return {};
        }
        if (current.checkedUntil != expected)
            return {}; // another process handled it
        Statement q = query(QStringLiteral("UPDATE schedule_state SET checked_until = ? WHERE "
                                           "schedule_id = ? AND checked_until = ?"));
        q.addBindValue(until.toMSecsSinceEpoch());
        q.addBindValue(scheduleId);
        q.addBindValue(expected.toMSecsSinceEpoch());
        if (!q.exec())
            return fail(q, QStringLiteral("recording scheduler state"));
        advanced = true;
        return {};
    });
    if (!s)
        return Result<bool>::failure(s.error());
    return advanced;
}

Status Store::resetScheduleState(qint64 scheduleId, const QDateTime &time)
{
    return transaction([&]() -> Status {
        Statement q = query(QStringLiteral(
            "INSERT INTO schedule_state (schedule_id, checked_until, anchor) VALUES (?, ?, ?) "
            "ON CONFLICT (schedule_id) DO UPDATE SET checked_until = excluded.checked_until, "
            "anchor = excluded.anchor"));
        q.addBindValue(scheduleId);
        q.addBindValue(time.toMSecsSinceEpoch());
        q.addBindValue(time.toMSecsSinceEpoch());
        if (!q.exec())
            return fail(q, QStringLiteral("recording scheduler state"));
        return {};
    });
}

Result<Store::LocationHolder>
Store::holderOf(const QStringList &locations, qint64 self,
                const std::function<bool(qint64, const QString &)> &ownerAlive)
{
    for (const QString &location : locations) {
        Statement q = query(QStringLiteral(
            "SELECT l.job_id, j.status, j.owner_pid, j.owner_start FROM location_locks l "
            "LEFT JOIN jobs j ON j.id = l.job_id WHERE l.location = ?"));
        q.addBindValue(text(location));
        if (!q.exec()) {
            const Status f = fail(q, QStringLiteral("checking repository locations"));
            return Result<LocationHolder>::failure(f.code(), f.error());
        }
        if (!q.next())
            continue;
        const qint64 other = q.value(0).toLongLong();
        if (other == self)
            continue;
        const QString status = q.value(1).toString();
        const bool live =
            (status == QLatin1String("running") || status == QLatin1String("pending")) &&
            ownerAlive(q.value(2).toLongLong(), q.value(3).toString());
        if (live)
            return LocationHolder{other, location};
        // a lock left by a finished job or a dead process
        Statement del = query(QStringLiteral("DELETE FROM location_locks WHERE location = ?"));
        del.addBindValue(text(location));
        if (!del.exec()) {
            const Status f = fail(del, QStringLiteral("releasing a stale repository lock"));
            return Result<LocationHolder>::failure(f.code(), f.error());
        }
    }
    return LocationHolder{};
}

Status Store::takeLocations(qint64 jobId, const QStringList &locations)
{
    for (const QString &location : locations) {
        Statement ins = query(QStringLiteral(
            "INSERT INTO location_locks (location, job_id) VALUES (?, ?) ON CONFLICT "
            "(location) DO UPDATE SET job_id = excluded.job_id"));
        ins.addBindValue(text(location));
        ins.addBindValue(jobId);
        if (!ins.exec())
            return fail(ins, QStringLiteral("taking repository locations"));
    }
    return {};
}

Result<Store::LocationHolder>
Store::acquireLocations(qint64 jobId, const QStringList &locations,
                        const std::function<bool(qint64, const QString &)> &ownerAlive)
{
    LocationHolder holder;
    const Status s = transaction([&]() -> Status {
        auto h = holderOf(locations, jobId, ownerAlive);
        if (!h)
            return Status::failure(h.code(), h.error());
        holder = h.value();
        if (holder.jobId != 0)
            return {};
        return takeLocations(jobId, locations);
    });
    if (!s)
        return Result<LocationHolder>::failure(s.code(), s.error());
    return holder;
}

Status Store::releaseLocations(qint64 jobId)
{
    return transaction([&]() -> Status {
        Statement q = query(QStringLiteral("DELETE FROM location_locks WHERE job_id = ?"));
        q.addBindValue(jobId);
        if (!q.exec())
            return fail(q, QStringLiteral("releasing repository locations"));
        return {};
    });
}

qint64 Store::dataVersion() const
{
    Statement q = query(QStringLiteral("PRAGMA data_version"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString Store::taskOutput(qint64 jobId, int index) const
{
    Statement q =
        query(QStringLiteral("SELECT output FROM tasks WHERE job_id = ? AND position = ?"));
    q.addBindValue(jobId);
    q.addBindValue(index);
    if (!q.exec()) {
        noteReadFailure(q);
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    Statement q = query(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(text(key));
    if (!q.exec() || !q.next())
        return fallback;
    return q.value(0).toString();
}

Status Store::setSetting(const QString &key, const QString &value)
{
    return transaction([&]() -> Status {
        Statement q =
            query(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(text(key));
        q.addBindValue(text(value));
        if (!q.exec())
            return fail(q, QStringLiteral("saving setting %1").arg(key));
        return {};
    });
}

} // namespace borgtide
