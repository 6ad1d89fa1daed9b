#include "models/Store.h"

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

// Each migration turns schema version N-1 into N, in one transaction.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all{
        // 1: the first schema
        {
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
        },
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
    return TriggerKind::Manual;
}

constexpr const char *scheduleColumns =
    "s.id, s.name, s.enabled, s.trigger_kind, s.cron, s.interval_minutes, s.catch_up_missed, "
    "s.sources, s.excludes, s.archive_name, s.compression, s.prune, s.compact, "
    "s.check_every_n_jobs, r.id, r.name, r.location, r.encryption, s.created_at";

constexpr const char *jobColumns =
    "id, schedule_id, schedule_name, repository_id, type, status, message, started_at, "
    "finished_at, archive_name, files, original_size, compressed_size, deduplicated_size, "
    "owner_pid, owner_start";

} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString &dataDir)
{
    using R = Result<std::unique_ptr<Store>>;
    const QString dir = QDir::cleanPath(QDir(dataDir).absolutePath());
    if (!QDir().mkpath(dir))
        return R::failure(QStringLiteral("Cannot create the data directory %1").arg(dir));
    {
        QTemporaryFile probe(dir + QStringLiteral("/.write-test-XXXXXX"));
        if (!probe.open())
            return R::failure(QStringLiteral("The data directory %1 is not writable: %2")
                                  .arg(dir, probe.errorString()));
    }
    std::unique_ptr<Store> store(new Store);
    store->m_dataDir = dir;
    store->m_path = dir + QLatin1Char('/') + fileName();
    store->m_connection = QStringLiteral("borgtide-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(store->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db.open())
        return R::failure(QStringLiteral("Cannot open the database %1: %2")
                              .arg(store->m_path, db.lastError().text()));
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 15000"}) {
        QSqlQuery q = store->uncachedQuery(QString::fromLatin1(pragma));
        if (!q.exec())
            return R::failure(store->fail(q, QStringLiteral("setting up the database")).error());
    }
    if (Status s = store->migrate(); !s)
        return R::failure(s.error());
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        QSqlQuery q = store->uncachedQuery(QString::fromLatin1(pragma));
        if (!q.exec())
            return R::failure(store->fail(q, QStringLiteral("setting up the database")).error());
    }
    return R(std::move(store));
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
    return Status::failure(QStringLiteral("Database error while %1: %2").arg(what, text));
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
            QStringLiteral("The database %1 was made by a newer Borgtide (schema version %2; this "
                           "Borgtide knows up to version %3). Use the newer Borgtide, or another "
                           "--data-dir.")
                .arg(m_path)
                .arg(version)
                .arg(SchemaVersion));
    const auto &steps = migrations();
    for (int target = version + 1; target <= SchemaVersion; ++target) {
        const Status s = transaction([&]() -> Status {
            if (target == 1) {
                Statement q = query(
                    QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                   "NOT NULL)"));
                if (!q.exec())
                    return fail(q, QStringLiteral("creating the schema"));
            }
            for (const QString &sql : steps.at(target - 1)) {
                Statement q = query(sql);
                if (!q.exec())
                    return fail(q, QStringLiteral("migrating to schema version %1").arg(target));
            }
            Statement del = query(QStringLiteral("DELETE FROM schema_version"));
            Statement ins =
                query(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            ins.addBindValue(target);
            if (!del.exec() || !ins.exec())
                return fail(ins, QStringLiteral("recording schema version %1").arg(target));
            return {};
        });
        if (!s)
            return s;
        qCDebug(lcStore) << "database migrated to schema version" << target;
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

// ---------------------------------------------------------------- repositories

QList<Repository> Store::repositories() const
{
    QList<Repository> out;
    Statement q =
        query(QStringLiteral("SELECT id, name, location, encryption FROM repositories ORDER BY "
                             "name COLLATE NOCASE"));
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

std::optional<Repository> Store::repository(qint64 id) const
{
    for (const Repository &r : repositories()) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

std::optional<Repository> Store::repositoryByName(const QString &name) const
{
    Statement q = query(
        QStringLiteral("SELECT id, name, location, encryption FROM repositories WHERE name = ?"));
    q.addBindValue(text(name));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Repository{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString()};
}

Status Store::saveRepository(Repository &r)
{
    return transaction([&]() -> Status {
        Statement q = query(
            r.id == 0 ? QStringLiteral("INSERT INTO repositories (name, location, encryption, "
                                       "created_at) VALUES (?, ?, ?, ?)")
                      : QStringLiteral("UPDATE repositories SET name = ?, location = ?, encryption "
                                       "= ? WHERE id = ?"));
        q.addBindValue(text(r.name));
        q.addBindValue(text(r.location));
        q.addBindValue(text(r.encryption));
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
        Statement used =
            query(QStringLiteral("SELECT name FROM schedules WHERE repository_id = ?"));
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

// Schedules with their repository and hooks; `where` (on "s", with one bound value) narrows
// them down, e.g. to one id, so a lookup does not read every schedule and hook.
QList<Schedule> Store::loadSchedules(const QString &where, const QVariant &value) const
{
    QList<Schedule> out;
    Statement q = query(QStringLiteral("SELECT %1 FROM schedules s JOIN repositories r ON "
                                       "r.id = s.repository_id %2 ORDER BY s.name COLLATE NOCASE")
                            .arg(QLatin1String(scheduleColumns), where));
    if (!where.isEmpty())
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcStore) << q.lastError().text();
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
        s.catchUpMissed = q.value(6).toBool();
        s.sources = stringsFromJson(q.value(7).toString());
        s.excludes = stringsFromJson(q.value(8).toString());
        s.archiveName = q.value(9).toString();
        s.compression = q.value(10).toString();
        s.prune = retentionFromJson(q.value(11));
        s.compact = q.value(12).toBool();
        s.checkEveryNJobs = q.value(13).toInt();
        s.repository = {q.value(14).toLongLong(), q.value(15).toString(), q.value(16).toString(),
                        q.value(17).toString()};
        s.createdAt = timeFrom(q.value(18));
        byId.insert(s.id, out.size());
        out.append(s);
    }
    if (out.isEmpty())
        return out;
    // one schedule: its hooks only; several: all hooks in one read
    Statement h =
        query(QStringLiteral("SELECT schedule_id, phase, id, name, type, command, shell, "
                             "working_directory, environment_vars, critical, timeout, enabled, "
                             "continue_on_failure, run_when, method, url, headers, body FROM hooks "
                             "%1 ORDER BY schedule_id, phase, position")
                  .arg(out.size() == 1 ? QStringLiteral("WHERE schedule_id = ?") : QString()));
    if (out.size() == 1)
        h.addBindValue(out.first().id);
    if (!h.exec())
        return out;
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
            "continue_on_failure, run_when, method, url, headers, body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
        if (!q.exec())
            return fail(q, QStringLiteral("saving hook '%1'").arg(h.name));
    }
    return {};
}

Status Store::saveSchedule(Schedule &s)
{
    return transaction([&]() -> Status {
        if (auto existing = repositoryByName(s.repository.name)) {
            s.repository.id = existing->id;
            if (existing->location != s.repository.location ||
                existing->encryption != s.repository.encryption) {
                if (Status st = saveRepository(s.repository); !st)
                    return st;
            }
        } else {
            s.repository.id = 0;
            if (Status st = saveRepository(s.repository); !st)
                return st;
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
                      "INSERT INTO schedules (name, repository_id, enabled, trigger_kind, cron, "
                      "interval_minutes, catch_up_missed, sources, excludes, archive_name, "
                      "compression, prune, compact, check_every_n_jobs, updated_at, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                : QStringLiteral(
                      "UPDATE schedules SET name = ?, repository_id = ?, enabled = ?, "
                      "trigger_kind = ?, cron = ?, interval_minutes = ?, catch_up_missed = ?, "
                      "sources = ?, excludes = ?, archive_name = ?, compression = ?, prune = ?, "
                      "compact = ?, check_every_n_jobs = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(text(s.name));
        q.addBindValue(s.repository.id);
        q.addBindValue(s.enabled);
        q.addBindValue(triggerKindName(s.trigger.kind));
        q.addBindValue(text(s.trigger.kind == TriggerKind::Cron ? s.trigger.cron : QString()));
        q.addBindValue(s.trigger.kind == TriggerKind::Interval ? s.trigger.intervalMinutes : 0);
        q.addBindValue(s.catchUpMissed);
        q.addBindValue(toJsonText(s.sources));
        q.addBindValue(toJsonText(s.excludes));
        q.addBindValue(text(s.archiveName));
        q.addBindValue(text(s.compression));
        q.addBindValue(retentionToJson(s.prune));
        q.addBindValue(s.compact);
        q.addBindValue(s.checkEveryNJobs);
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
            "INSERT INTO tasks (job_id, position, kind, phase, name, critical, status, message) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        tq.addBindValue(job.id);
        tq.addBindValue(t.index);
        tq.addBindValue(toText(t.kind));
        tq.addBindValue(t.phase ? QVariant(toText(*t.phase))
                                : QVariant(QMetaType::fromType<QString>()));
        tq.addBindValue(text(t.name));
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
                                   const std::function<bool(qint64, const QString &)> &ownerAlive)
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
        return insertJobRows(job);
    });
    if (!s)
        result.error = s.error();
    else
        result.started = result.runningJobId == 0;
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
                             "exit_code, warning, message, started_at, finished_at, %1 FROM tasks "
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
        t.output = q.value(13).toString();
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
