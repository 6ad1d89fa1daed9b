// Issue 8, "nothing lost, nothing escapes": the paths a new user or an attacker walks. Each test
// runs the real `borgtide` (and the real borg) as a user would, and fails on the code before
// the fix: bad input refused with its path and nothing written, signals and closed pipes that
// never lose a job's record, a full disk, private data folders, damaged databases, borg's own
// error sentence, and secrets kept out of output.
#include "TestUtil.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace borgtide;
using testutil::run;

namespace {

QByteArray scheduleFile(const QString &schedulesJson)
{
    return QStringLiteral(R"({"format": "borgtide-schedules", "version": 1, "schedules": [%1]})")
        .arg(schedulesJson)
        .toUtf8();
}

QString mode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    return QString::number(st.st_mode & 0777, 8);
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_src;
    QString m_repo;  // unencrypted
    QString m_vault; // repokey, passphrase "vault-pass"
    int m_n = 0;

    QString freshDataDir() { return m_dir.filePath(QStringLiteral("data%1").arg(++m_n)); }
    static QStringList dd(const QString &dataDir, const QStringList &args)
    {
        return QStringList{QStringLiteral("--data-dir"), dataDir} + args;
    }
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qWarning() << "cannot write" << path;
        return path;
    }
    QString schedule(const QString &name, const QString &extra = {},
                     const QString &location = {}) const
    {
        return QStringLiteral(R"({"name": "%1", "repository": {"name": "plain", "location": "%2",
            "encryption": "none"}, "trigger": {"manual": true}, "sources": ["%3"]%4})")
            .arg(name, location.isEmpty() ? m_repo : location, m_src,
                 extra.isEmpty() ? QString() : QStringLiteral(", ") + extra);
    }
    // A data folder with the schedules of `json` imported.
    QString withSchedules(const QString &json)
    {
        const QString data = freshDataDir();
        const QString file = write(QStringLiteral("import%1.json").arg(m_n), scheduleFile(json));
        const auto r = run(dd(data, {QStringLiteral("import"), file}));
        if (r.exitCode != 0)
            qWarning() << r.describe();
        return data;
    }
    static QJsonObject jobJson(const QString &data, const QString &id)
    {
        return QJsonDocument::fromJson(
                   run(dd(data, {QStringLiteral("job"), id, QStringLiteral("--json")})).out)
            .object();
    }
    static QJsonObject lastJob(const QString &data)
    {
        const QJsonArray jobs =
            QJsonDocument::fromJson(
                run(dd(data, {QStringLiteral("jobs"), QStringLiteral("--json")})).out)
                .array();
        return jobs.isEmpty() ? QJsonObject() : jobs.first().toObject();
    }
    static int scheduleCount(const QString &data)
    {
        return int(QJsonDocument::fromJson(
                       run(dd(data, {QStringLiteral("schedules"), QStringLiteral("--json")})).out)
                       .array()
                       .size());
    }
    static bool borgInit(const QString &path, const QString &encryption,
                         const QString &passphrase = {})
    {
        QProcess init;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BORG_PASSPHRASE"), passphrase);
        init.setProcessEnvironment(env);
        init.start(QStringLiteral("borg"),
                   {QStringLiteral("init"), QStringLiteral("--encryption=") + encryption, path});
        return init.waitForFinished(60000) && init.exitCode() == 0;
    }
    static QStringList archives(const QString &repo)
    {
        QProcess list;
        list.start(QStringLiteral("borg"),
                   {QStringLiteral("list"), QStringLiteral("--short"), repo});
        list.waitForFinished(60000);
        return QString::fromUtf8(list.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("borg")).isEmpty())
            QSKIP("borg is not installed");
        m_src = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(m_src));
        write(QStringLiteral("src/a.txt"), "some data\n");
        m_repo = m_dir.filePath(QStringLiteral("repo"));
        m_vault = m_dir.filePath(QStringLiteral("vault"));
        QVERIFY(borgInit(m_repo, QStringLiteral("none")));
        QVERIFY(borgInit(m_vault, QStringLiteral("repokey"), QStringLiteral("vault-pass")));
    }

    // ------------------------------------------------------------ bad input (SPEC 5 limits)

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("problem");
        const auto row = [&](const char *name, const QString &schedules, const QString &problem) {
            QTest::newRow(name) << scheduleFile(schedules) << problem;
        };
        row("duplicate key",
            QStringLiteral(R"({"name": "a", "name": "b", "repository": {"name": "r",
             "location": "/r"}, "trigger": {"manual": true}, "sources": ["/s"]})"),
            QStringLiteral("schedules[0].name: duplicate key"));
        row("NUL in a string", schedule(QStringLiteral("a\\u0000b")),
            QStringLiteral("schedules[0].name: must not contain a NUL character"));
        row("NUL in a hook command",
            schedule(QStringLiteral("Home"),
                     QStringLiteral(R"("pre_job_hooks": [{"name": "x", "command": "rm\u0000"}])")),
            QStringLiteral("schedules[0].pre_job_hooks[0].command: must not contain a NUL "
                           "character"));
        row("name with a slash", schedule(QStringLiteral("a/b")),
            QStringLiteral("schedules[0].name: must not contain '/'"));
        row("name with ::", schedule(QStringLiteral("x::y")),
            QStringLiteral("schedules[0].name: must not contain '::'"));
        row("name with a placeholder", schedule(QStringLiteral("{now}")),
            QStringLiteral("schedules[0].name: must not contain '{' or '}'"));
        row("name with a newline", schedule(QStringLiteral("a\\nb")),
            QStringLiteral("schedules[0].name: must not contain control characters"));
        row("name of 101 characters", schedule(QString(101, QLatin1Char('n'))),
            QStringLiteral("schedules[0].name: must be at most 100 characters"));
        row("repository name with a slash",
            QStringLiteral(R"({"name": "a", "repository": {"name": "r/x", "location": "/r"},
             "trigger": {"manual": true}, "sources": ["/s"]})"),
            QStringLiteral("schedules[0].repository.name: must not contain '/'"));
        row("CR LF in a header value",
            schedule(QStringLiteral("Home"),
                     QStringLiteral(R"("post_job_hooks": [{"name": "p", "type": "webhook",
                       "url": "http:\/\/127.0.0.1:1/x", "headers": {"X-A": "v\r\nInjected: 1"}}])")),
            QStringLiteral("schedules[0].post_job_hooks[0].headers.X-A: must not contain a "
                           "line break"));
        row("LF in a header name",
            schedule(QStringLiteral("Home"),
                     QStringLiteral(R"("notifications": [{"name": "p", "url": "http:\/\/h/x",
                       "headers": {"X\nB": "v"}}])")),
            QStringLiteral("must not contain a line break"));
        row("cron that never fires",
            schedule(QStringLiteral("Home"))
                .replace(QStringLiteral(R"({"manual": true})"),
                         QStringLiteral(R"({"cron": "0 0 30 2 *"})")),
            QStringLiteral("schedules[0].trigger.cron: never matches a date"));
        row("command timeout over a day",
            schedule(QStringLiteral("Home"),
                     QStringLiteral(R"("pre_job_hooks": [{"name": "x", "command": "true",
                       "timeout": 86401}])")),
            QStringLiteral("schedules[0].pre_job_hooks[0].timeout: must be at most 86400 "
                           "seconds"));
        row("timeout that overflowed 32 bits",
            schedule(QStringLiteral("Home"),
                     QStringLiteral(R"("pre_job_hooks": [{"name": "x", "command": "true",
                       "timeout": 4294968}])")),
            QStringLiteral("schedules[0].pre_job_hooks[0].timeout: must be at most 86400"));
        row("webhook timeout over an hour",
            schedule(QStringLiteral("Home"),
                     QStringLiteral(R"("post_job_hooks": [{"name": "w", "type": "webhook",
                       "url": "http:\/\/h/x", "timeout": 3601}])")),
            QStringLiteral("schedules[0].post_job_hooks[0].timeout: must be at most 3600 "
                           "seconds"));
        row("two repositories at one location",
            QStringLiteral(R"({"name": "a", "repositories": [{"name": "r1", "location": "/srv/b"},
             {"name": "r2", "location": "/srv/b/"}], "trigger": {"manual": true},
             "sources": ["/s"]})"),
            QStringLiteral("schedules[0].repositories[1].location: is the location of "
                           "repositories[0] already"));
        row("nine repositories",
            QStringLiteral(R"({"name": "a", "repositories": [%1], "trigger": {"manual": true},
             "sources": ["/s"]})")
                .arg([] {
                    QStringList r;
                    for (int i = 0; i < 9; ++i)
                        r.append(
                            QStringLiteral(R"({"name": "r%1", "location": "/srv/r%1"})").arg(i));
                    return r.join(QLatin1Char(','));
                }()),
            QStringLiteral("schedules[0].repositories: must hold 1 to 8 repositories"));
    }

    void badInput()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, problem);
        const QString data = freshDataDir();
        const QString path = write(QStringLiteral("bad%1.json").arg(m_n), file);
        const auto r = run(dd(data, {QStringLiteral("import"), path}));
        QCOMPARE(r.exitCode, 65);
        QVERIFY2(r.errText().contains(QLatin1String("nothing was imported")),
                 qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(problem), qPrintable(r.describe()));
        QCOMPARE(scheduleCount(data), 0); // nothing was written
    }

    void hugeInputIsNotReadToTheEnd()
    {
        const QString data = freshDataDir();
        QElapsedTimer t;
        t.start();
        const auto zero = run(dd(data, {QStringLiteral("import"), QStringLiteral("/dev/zero")}), {},
                              QProcessEnvironment::systemEnvironment(), 30000);
        QCOMPARE(zero.exitCode, 65);
        QVERIFY2(zero.errText().contains(QLatin1String("file is larger than 16 MiB")),
                 qPrintable(zero.describe()));
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
        // a regular file just over the limit, and one just under that is otherwise valid JSON
        QByteArray big = scheduleFile(schedule(QStringLiteral("Big")));
        big.insert(big.size() - 1, QByteArray(16 * 1024 * 1024 - big.size() + 1, ' '));
        QCOMPARE(big.size(), 16 * 1024 * 1024 + 1);
        const auto over =
            run(dd(data, {QStringLiteral("import"), write(QStringLiteral("big.json"), big)}));
        QCOMPARE(over.exitCode, 65);
        QVERIFY(over.errText().contains(QLatin1String("file is larger than 16 MiB")));
        big.remove(big.size() - 2, 1);
        const auto under =
            run(dd(data, {QStringLiteral("import"), write(QStringLiteral("big2.json"), big)}));
        QVERIFY2(under.exitCode == 0, qPrintable(under.describe()));
    }

    void emptyDataDirIsAUsageError()
    {
        const auto r = run({QStringLiteral("--data-dir"), QString(), QStringLiteral("schedules")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.errText().contains(QLatin1String("--data-dir")), qPrintable(r.describe()));
        const auto eq = run({QStringLiteral("--data-dir="), QStringLiteral("schedules")});
        QCOMPARE(eq.exitCode, 64);
        // an empty BORGTIDE_DATA_DIR counts as unset
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BORGTIDE_DATA_DIR"), QString());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        QCOMPARE(run({QStringLiteral("schedules")}, {}, env).exitCode, 0);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("xdg/borgtide/borgtide.db"))));
    }

    // ------------------------------------------------------------ data folder (SPEC 7)

    void dataFolderIsPrivateWhateverTheUmask()
    {
        const QString data = freshDataDir();
        const QString file =
            write(QStringLiteral("modes.json"), scheduleFile(schedule(QStringLiteral("Modes"))));
        const QStringList args = dd(data, {QStringLiteral("import"), file});
        QProcess p;
        p.start(QStringLiteral("/bin/sh"),
                QStringList{QStringLiteral("-c"), QStringLiteral("umask 022; exec \"$0\" \"$@\""),
                            testutil::exe()} +
                    args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(mode(data), QStringLiteral("700"));
        QCOMPARE(mode(data + QStringLiteral("/borgtide.db")), QStringLiteral("600"));
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString f = data + QStringLiteral("/borgtide.db") + QLatin1String(suffix);
            if (QFileInfo::exists(f))
                QCOMPARE(mode(f), QStringLiteral("600"));
        }
        const QStringList copies =
            QDir(data + QStringLiteral("/backups")).entryList(QDir::Files | QDir::NoDotAndDotDot);
        QCOMPARE(copies.size(), 1); // the day's copy
        QCOMPARE(mode(data + QStringLiteral("/backups")), QStringLiteral("700"));
        QCOMPARE(mode(data + QStringLiteral("/backups/") + copies.first()), QStringLiteral("600"));
        // a looser existing folder is tightened
        QVERIFY(QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther));
        QCOMPARE(run(dd(data, {QStringLiteral("schedules")})).exitCode, 0);
        QCOMPARE(mode(data), QStringLiteral("700"));
    }

    void dataFolderOfAnotherUserIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give a folder to another user");
        const QString data = freshDataDir();
        QVERIFY(QDir().mkpath(data));
        QVERIFY(::chown(QFile::encodeName(data).constData(), 65534, 65534) == 0);
        const auto r = run(dd(data, {QStringLiteral("schedules")}));
        QCOMPARE(r.exitCode, 73);
        QVERIFY2(r.errText().contains(QLatin1String("belongs to another user")),
                 qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(data + QStringLiteral("/borgtide.db")));
    }

    void damagedDatabaseExits74AndIsNeverChanged()
    {
        const QString data = withSchedules(schedule(QStringLiteral("Home")));
        const QString db = data + QStringLiteral("/borgtide.db");
        const QString copy = data + QStringLiteral("/backups/borgtide-%1.db")
                                        .arg(QDate::currentDate().toString(Qt::ISODate));
        QVERIFY2(QFileInfo::exists(copy), qPrintable(copy));
        // a checkpointed file, then garbage over its header
        QCOMPARE(run(dd(data, {QStringLiteral("schedules")})).exitCode, 0);
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(100, 'x'));
        }
        const QByteArray before = sha(db);
        for (const QStringList &args :
             {QStringList{QStringLiteral("schedules")}, QStringList{QStringLiteral("jobs")},
              QStringList{QStringLiteral("run"), QStringLiteral("Home")}}) {
            const auto r = run(dd(data, args));
            QCOMPARE(r.exitCode, 74);
            QVERIFY2(r.errText().contains(
                         QStringLiteral("the database %1 is damaged (not an SQLite database); the "
                                        "last good copy is %2")
                             .arg(db, copy)),
                     qPrintable(r.describe()));
        }
        QCOMPARE(sha(db), before); // never opened for writing, never changed
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
        // without a copy, it says so
        QVERIFY(QDir(data + QStringLiteral("/backups")).removeRecursively());
        const auto none = run(dd(data, {QStringLiteral("schedules")}));
        QCOMPARE(none.exitCode, 74);
        QVERIFY2(none.errText().contains(QLatin1String("; no copy exists yet")),
                 qPrintable(none.describe()));
    }

    void damageInsideTheFileIsFoundToo()
    {
        const QString data = withSchedules(schedule(QStringLiteral("Home")));
        const QString db = data + QStringLiteral("/borgtide.db");
        QCOMPARE(run(dd(data, {QStringLiteral("schedules")})).exitCode, 0);
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8192);
            f.seek(4096); // the second page's b-tree header
            f.write(QByteArray(12, '\xff'));
        }
        const QByteArray before = sha(db);
        const auto r = run(dd(data, {QStringLiteral("schedules")}));
        QCOMPARE(r.exitCode, 74);
        QVERIFY2(r.errText().contains(QLatin1String("is damaged")), qPrintable(r.describe()));
        QCOMPARE(sha(db), before);
    }

    // ------------------------------------------------------------ signals and pipes (SPEC 2)

    void sighupCancelsByTheRuleAndCleanupRuns()
    {
        const QString flag = m_dir.filePath(QStringLiteral("services-restarted"));
        const QString data = withSchedules(schedule(
            QStringLiteral("Restart"),
            QStringLiteral(R"("pre_job_hooks": [{"name": "Stop Services", "command": "sleep 300"}],
               "post_job_hooks": [{"name": "Restart Services", "command": "touch %1",
                                   "when": "always"}])")
                .arg(flag)));
        QProcess p;
        p.start(testutil::exe(), dd(data, {QStringLiteral("run"), QStringLiteral("Restart")}));
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            lastJob(data).value(QStringLiteral("status")).toString() == QLatin1String("running") &&
                !testutil::processesOfJob(
                     lastJob(data).value(QStringLiteral("id")).toString().toLongLong())
                     .isEmpty(),
            15000);
        const QString id = lastJob(data).value(QStringLiteral("id")).toString();
        ::kill(pid_t(p.processId()), SIGHUP); // the terminal closed, the SSH session dropped
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(QFileInfo::exists(flag), "the always post-hook did not run");
        const QJsonObject job = jobJson(data, id);
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(job.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Cancelled: SIGHUP received"));
        QVERIFY(testutil::processesOfJob(id.toLongLong()).isEmpty());
    }

    void closedPipeNeverChangesTheRecord()
    {
        const QString data = withSchedules(
            schedule(QStringLiteral("Piped"),
                     QStringLiteral(R"("pre_job_hooks": [{"name": "one", "command": "echo 1"},
               {"name": "two", "command": "sleep 1"}, {"name": "three", "command": "echo 3"}])")));
        QProcess p;
        p.start(QStringLiteral("/bin/sh"),
                QStringList{QStringLiteral("-c"), QStringLiteral("\"$0\" \"$@\" | head -1"),
                            testutil::exe()} +
                    dd(data, {QStringLiteral("run"), QStringLiteral("Piped")}));
        QVERIFY(p.waitForFinished(60000));
        QTRY_VERIFY_WITH_TIMEOUT(lastJob(data).value(QStringLiteral("status")).toString() !=
                                     QLatin1String("running"),
                                 30000);
        const QJsonObject job = lastJob(data);
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        for (const QJsonValue &t : job.value(QStringLiteral("tasks")).toArray())
            QCOMPARE(t.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("completed"));
    }

    // ------------------------------------------------------------ borg never waits

    void wrongEncryptionFailsAtOnce()
    {
        // the schedule says "none"; the repository has a key: borg must not ask
        const QString data = withSchedules(schedule(QStringLiteral("Wrong"), {}, m_vault));
        QElapsedTimer t;
        t.start();
        const auto r = run(
            dd(data, {QStringLiteral("run"), QStringLiteral("Wrong"), QStringLiteral("--json")}),
            {}, QProcessEnvironment::systemEnvironment(), 60000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(t.elapsed() < 30000, qPrintable(QString::number(t.elapsed())));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        const QJsonObject job = QJsonDocument::fromJson(lines.last()).object();
        const QJsonObject backup = job.value(QStringLiteral("tasks")).toArray().at(0).toObject();
        QCOMPARE(backup.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(backup.value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("passphrase")),
                 qPrintable(r.describe()));
    }

    // ------------------------------------------------------------ borg's own sentence

    void borgErrorSentence_data()
    {
        QTest::addColumn<QString>("recording");
        QTest::addColumn<QString>("message");
        QTest::newRow("lock, permission denied")
            << "lock-permission-denied.jsonl"
            << "borg create failed (exit 2): Failed to create/acquire the lock "
               "/tmp/bt/r2/lock.exclusive ([Errno 13] Permission denied: "
               "'/tmp/bt/r2/lock.exclusive.v_qbzvcm.tmp').";
        QTest::newRow("repository not found")
            << "repository-not-found.jsonl"
            << "borg create failed (exit 2): Repository /tmp/bt/nope does not exist.";
        QTest::newRow("wrong passphrase")
            << "passphrase-wrong.jsonl"
            << "borg create failed (exit 2): passphrase supplied in BORG_PASSPHRASE, by "
               "BORG_PASSCOMMAND or via BORG_PASSPHRASE_FD is incorrect.";
    }

    void borgErrorSentence()
    {
        QFETCH(QString, recording);
        QFETCH(QString, message);
        // borg's real --log-json output, recorded from borg 1.2.4, replayed by a stand-in
        const QString data = withSchedules(schedule(QStringLiteral("Sentence")));
        QVERIFY(run(dd(data, {QStringLiteral("schedules")})).exitCode == 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BORGTIDE_TEST_REPLAY"),
                   testutil::sourceDir() + QStringLiteral("/tests/data/borg-log/") + recording);
        env.insert(QStringLiteral("PATH"), testutil::sourceDir() +
                                               QStringLiteral("/tests/data/replay-bin:") +
                                               env.value(QStringLiteral("PATH")));
        const auto r = run(
            dd(data, {QStringLiteral("run"), QStringLiteral("Sentence"), QStringLiteral("--json")}),
            {}, env);
        QCOMPARE(r.exitCode, 2);
        const QString id = lastJob(data).value(QStringLiteral("id")).toString();
        const QJsonObject backup =
            jobJson(data, id).value(QStringLiteral("tasks")).toArray().at(0).toObject();
        QCOMPARE(backup.value(QStringLiteral("message")).toString(), message);
        if (recording.startsWith(QLatin1String("lock")))
            QVERIFY(backup.value(QStringLiteral("output"))
                        .toString()
                        .contains(QLatin1String("Traceback (most recent call last)")));
    }

    void successWithoutAnArchiveFails()
    {
        const QString data = withSchedules(schedule(QStringLiteral("NoArchive")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BORGTIDE_TEST_REPLAY"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("BORGTIDE_TEST_REPLAY_EXIT"), QStringLiteral("0"));
        env.insert(QStringLiteral("PATH"), testutil::sourceDir() +
                                               QStringLiteral("/tests/data/replay-bin:") +
                                               env.value(QStringLiteral("PATH")));
        const auto r = run(dd(data, {QStringLiteral("run"), QStringLiteral("NoArchive")}), {}, env);
        QCOMPARE(r.exitCode, 2);
        const QJsonObject backup =
            jobJson(data, lastJob(data).value(QStringLiteral("id")).toString())
                .value(QStringLiteral("tasks"))
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(backup.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(backup.value(QStringLiteral("message")).toString(),
                 QStringLiteral("borg created no archive"));
    }

    // ------------------------------------------------------------ a full disk

    void databaseWriteFailureFailsTheJob()
    {
        const QString data =
            withSchedules(schedule(QStringLiteral("Chatty"),
                                   QStringLiteral(R"("pre_job_hooks": [{"name": "Print", "command":
               "head -c 3000000 /dev/urandom | base64"}])")));
        QCOMPARE(run(dd(data, {QStringLiteral("schedules")})).exitCode, 0);
        // a stand-in for a full disk: files may grow by 64 KiB, not by the hook's output
        qint64 largest = 0;
        for (const QFileInfo &fi : QDir(data).entryInfoList(QDir::Files))
            largest = std::max(largest, fi.size());
        const qint64 blocks = (largest + 64 * 1024) / 512; // POSIX sh: 512-byte blocks
        QProcess p;
        p.start(QStringLiteral("/bin/sh"),
                QStringList{QStringLiteral("-c"),
                            QStringLiteral("ulimit -f %1; exec \"$0\" \"$@\"").arg(blocks),
                            testutil::exe()} +
                    dd(data, {QStringLiteral("run"), QStringLiteral("Chatty")}));
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QLatin1String("could not write to the database")), qPrintable(err));
        // the next start (with room again) finds no half-written job
        const QJsonObject job = lastJob(data);
        const QString status = job.value(QStringLiteral("status")).toString();
        QVERIFY2(status == QLatin1String("failed") || status == QLatin1String("interrupted"),
                 qPrintable(status));
        for (const QJsonValue &t : job.value(QStringLiteral("tasks")).toArray()) {
            const QString s = t.toObject().value(QStringLiteral("status")).toString();
            QVERIFY2(s != QLatin1String("running") && s != QLatin1String("pending"),
                     QJsonDocument(job).toJson().constData());
        }
    }

    // ------------------------------------------------------------ locations (SPEC 5)

    void trailingSlashIsTheSameLocationAndPruneKeepsApart()
    {
        const QString repo = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(borgInit(repo, QStringLiteral("none")));
        const QString data = withSchedules(
            schedule(QStringLiteral("Home"), QStringLiteral(R"("prune": {"keep_daily": 1})"),
                     repo) +
            QLatin1Char(',') +
            schedule(QStringLiteral("Home 2"), QStringLiteral(R"("prune": {"keep_daily": 1})"),
                     repo + QLatin1Char('/')));
        QCOMPARE(scheduleCount(data), 2);
        const QJsonArray repos =
            QJsonDocument::fromJson(
                run(dd(data, {QStringLiteral("schedules"), QStringLiteral("--json")})).out)
                .array();
        QCOMPARE(repos.at(1)
                     .toObject()
                     .value(QStringLiteral("repository"))
                     .toObject()
                     .value(QStringLiteral("location")),
                 QJsonValue(repo)); // stored normalised
        for (const char *name : {"Home 2", "Home 2", "Home", "Home"}) {
            const auto r = run(dd(data, {QStringLiteral("run"), QString::fromLatin1(name)}));
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QTest::qWait(1100); // archive names are to the second
        }
        const QStringList names = archives(repo);
        QCOMPARE(names.filter(QStringLiteral("Home-2-")).size(), 1); // its own prune kept one
        QCOMPARE(names.size(), 2);                                   // and Home kept its one
    }

    // ------------------------------------------------------------ secrets

    void secretsOnServers()
    {
        const QString data = freshDataDir();
        QCOMPARE(run(dd(data, {QStringLiteral("secret"), QStringLiteral("list")})).outText(),
                 QString());
        const auto set = run(
            dd(data, {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("HC_TOKEN")}),
            "tok-12345\nignored second line\n");
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        QVERIFY(!set.out.contains("tok-12345"));
        QCOMPARE(run(dd(data, {QStringLiteral("secret"), QStringLiteral("list")})).outText(),
                 QStringLiteral("HC_TOKEN\n"));
        // the value is in the keychain, not in the data folder
        for (const QString &f : QDir(data).entryList(QDir::Files)) {
            QFile file(data + QLatin1Char('/') + f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("tok-12345"), qPrintable(f));
        }
        // a hook that uses it gets it, and its output never shows it
        const QString file = write(
            QStringLiteral("uses.json"),
            scheduleFile(schedule(QStringLiteral("Uses"),
                                  QStringLiteral(R"("pre_job_hooks": [{"name": "Echo", "command":
                         "echo token=$TOKEN; [ $TOKEN = tok-12345 ] && echo matches",
                         "environment_vars": {"TOKEN": "{{ secret.HC_TOKEN }}"}},
                         {"name": "Quiet", "command": "echo not kept; exit 3",
                          "log_output": false}])"))));
        QCOMPARE(run(dd(data, {QStringLiteral("import"), file})).exitCode, 0);
        const auto ran = run(
            dd(data, {QStringLiteral("run"), QStringLiteral("Uses"), QStringLiteral("--json")}));
        QCOMPARE(ran.exitCode, 1); // the quiet hook failed: a warning
        const QJsonArray tasks = jobJson(data, lastJob(data).value(QStringLiteral("id")).toString())
                                     .value(QStringLiteral("tasks"))
                                     .toArray();
        const QString echo = tasks.at(0).toObject().value(QStringLiteral("output")).toString();
        QVERIFY2(echo.contains(QLatin1String("token=****")), qPrintable(echo));
        QVERIFY(echo.contains(QLatin1String("matches")));
        QVERIFY(!ran.out.contains("tok-12345"));
        const QJsonObject quiet = tasks.at(1).toObject();
        QCOMPARE(quiet.value(QStringLiteral("output")).toString(), QString());
        QCOMPARE(quiet.value(QStringLiteral("exit_code")).toInt(), 3);
        // delete, and an unknown name is a usage error
        QCOMPARE(run(dd(data, {QStringLiteral("secret"), QStringLiteral("delete"),
                               QStringLiteral("HC_TOKEN")}))
                     .exitCode,
                 0);
        QCOMPARE(run(dd(data, {QStringLiteral("secret"), QStringLiteral("delete"),
                               QStringLiteral("HC_TOKEN")}))
                     .exitCode,
                 64);
        QCOMPARE(run(dd(data, {QStringLiteral("secret"), QStringLiteral("set"),
                               QStringLiteral("bad name")}),
                     "x\n")
                     .exitCode,
                 64);
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
