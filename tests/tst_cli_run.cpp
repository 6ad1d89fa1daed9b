// `borgtide run`, `jobs` and `job` as a user runs them: exit codes of SPEC 4, JSON shapes,
// one job per schedule across processes, Ctrl-C, and recovery after kill -9.
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace borgtide;
using testutil::processesOfJob;
using testutil::run;

namespace {

const char *schedulesFile = R"({"format": "borgtide-schedules", "version": 1, "schedules": [
 {"name": "Good", "repository": {"name": "plain", "location": "@REPO@", "encryption": "none"},
  "trigger": {"manual": true}, "sources": ["@SRC@"],
  "pre_job_hooks": [{"name": "Database Dump", "command": "echo dumped", "critical": true}],
  "post_job_hooks": [{"name": "Cleanup", "command": "echo cleaned", "run_on_job_failure": true}]},
 {"name": "Warns", "repository": {"name": "plain", "location": "@REPO@", "encryption": "none"},
  "trigger": {"manual": true}, "sources": ["@SRC@", "/nonexistent-borgtide-source"]},
 {"name": "Fails", "repository": {"name": "plain", "location": "@REPO@", "encryption": "none"},
  "trigger": {"manual": true}, "sources": ["@SRC@"],
  "pre_job_hooks": [{"name": "Database Dump", "command": "echo 'pg_dump: connection refused' >&2; exit 1", "critical": true}]},
 {"name": "Skips", "repository": {"name": "plain", "location": "@REPO@", "encryption": "none"},
  "trigger": {"manual": true}, "sources": ["@SRC@"],
  "pre_job_hooks": [{"name": "Disk plugged in", "command": "exit 75"}]},
 {"name": "Slow", "repository": {"name": "plain", "location": "@REPO@", "encryption": "none"},
  "trigger": {"manual": true}, "sources": ["@SRC@"],
  "pre_job_hooks": [{"name": "Wait", "command": "sleep 300 & sleep 300"}, {"name": "Next", "command": "true"}],
  "post_job_hooks": [{"name": "Cleanup", "command": "echo cleanup ran", "when": "always"},
                     {"name": "Alert", "command": "echo alert ran", "when": "failure"},
                     {"name": "Report", "command": "echo report ran"}]},
 {"name": "Vault", "repository": {"name": "vault", "location": "@VAULT@", "encryption": "repokey"},
  "trigger": {"manual": true}, "sources": ["@SRC@"]}
]})";

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList dd(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))} +
               args;
    }

    QJsonArray jobsJson(const QStringList &extra = {})
    {
        const auto r =
            run(dd(QStringList{QStringLiteral("jobs"), QStringLiteral("--json")} + extra));
        return QJsonDocument::fromJson(r.out).array();
    }

    QProcess *startRun(const QString &name)
    {
        auto *p = new QProcess(this);
        p->start(testutil::exe(), dd({QStringLiteral("run"), name}));
        p->waitForStarted();
        return p;
    }

    // The newest job once its first task is running and has its processes.
    qint64 waitForRunningHook()
    {
        qint64 id = 0;
        for (int i = 0; i < 100 && id == 0; ++i) {
            const QJsonArray jobs = jobsJson({QStringLiteral("--limit"), QStringLiteral("1")});
            if (!jobs.isEmpty() &&
                jobs.first().toObject().value(QStringLiteral("status")).toString() ==
                    QLatin1String("running"))
                id = jobs.first().toObject().value(QStringLiteral("id")).toString().toLongLong();
            else
                QTest::qWait(100);
        }
        for (int i = 0; i < 100 && processesOfJob(id).size() < 3; ++i)
            QTest::qWait(50);
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("borg")).isEmpty())
            QSKIP("borg is not installed");
        const QString src = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(src));
        QFile f(src + QStringLiteral("/notes.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("notes\n");
        f.close();
        const auto init =
            run(dd({QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("plain"),
                    m_dir.filePath(QStringLiteral("plain")), QStringLiteral("--encryption"),
                    QStringLiteral("none"), QStringLiteral("--init")}));
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
        const auto vault =
            run(dd({QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("vault"),
                    m_dir.filePath(QStringLiteral("vault")), QStringLiteral("--init")}),
                "vault passphrase\n");
        QVERIFY2(vault.exitCode == 0, qPrintable(vault.describe()));
        QByteArray file(schedulesFile);
        file.replace("@REPO@", m_dir.filePath(QStringLiteral("plain")).toUtf8());
        file.replace("@VAULT@", m_dir.filePath(QStringLiteral("vault")).toUtf8());
        file.replace("@SRC@", src.toUtf8());
        QFile out(m_dir.filePath(QStringLiteral("s.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
        out.close();
        const auto imp = run(dd({QStringLiteral("import"), out.fileName()}));
        QVERIFY2(imp.exitCode == 0, qPrintable(imp.describe()));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::newRow("completed") << "Good" << 0 << "completed";
        QTest::newRow("warnings") << "Warns" << 1 << "completed_with_warnings";
        QTest::newRow("failed") << "Fails" << 2 << "failed";
        QTest::newRow("skipped") << "Skips" << 3 << "skipped";
        QTest::newRow("encrypted, passphrase from the keychain") << "Vault" << 0 << "completed";
    }

    void exitCodes()
    {
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        const auto r = run(dd({QStringLiteral("run"), name}));
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(r.outText().contains(QStringLiteral(": ") + status), qPrintable(r.describe()));
        // --json: one line per task, the job object last. ({now} has one-second resolution:
        // a second backup within the same second would find its archive name taken.)
        QTest::qWait(1100);
        const auto j = run(dd({QStringLiteral("run"), name, QStringLiteral("--json")}));
        QCOMPARE(j.exitCode, exitCode);
        const QList<QByteArray> lines = j.out.trimmed().split('\n');
        const QJsonObject job = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(job.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(job.value(QStringLiteral("schedule")).toString(), name);
        QCOMPARE(job.value(QStringLiteral("type")).toString(), QStringLiteral("manual"));
        const QJsonArray tasks = job.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(lines.size() - 1, tasks.size());
        for (const QJsonValue &v : tasks) {
            const QJsonObject t = v.toObject();
            QVERIFY(t.value(QStringLiteral("message")).isString());
            QVERIFY(t.value(QStringLiteral("output")).isString());
            QVERIFY(t.value(QStringLiteral("exit_code")).isDouble() ||
                    t.value(QStringLiteral("exit_code")).isNull());
            QVERIFY(t.value(QStringLiteral("index")).isDouble());
        }
        QCOMPARE(tasks.last().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("notification"));
    }

    void jobJsonShape()
    {
        const auto r =
            run(dd({QStringLiteral("run"), QStringLiteral("Fails"), QStringLiteral("--json")}));
        const QJsonObject last =
            QJsonDocument::fromJson(r.out.trimmed().split('\n').last()).object();
        const QString id = last.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        const auto shown = run(dd({QStringLiteral("job"), id, QStringLiteral("--json")}));
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject job = QJsonDocument::fromJson(shown.out).object();
        for (const char *key :
             {"id", "schedule", "type", "status", "started_at", "finished_at", "archive", "tasks"})
            QVERIFY2(job.contains(QString::fromLatin1(key)), key);
        QVERIFY(job.value(QStringLiteral("started_at"))
                    .toString()
                    .contains(QRegularExpression(
                        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$)"))));
        const QJsonObject dump = job.value(QStringLiteral("tasks")).toArray().first().toObject();
        QCOMPARE(dump.value(QStringLiteral("index")).toInt(), 1);
        QCOMPARE(dump.value(QStringLiteral("kind")).toString(), QStringLiteral("hook"));
        QCOMPARE(dump.value(QStringLiteral("phase")).toString(), QStringLiteral("pre"));
        QCOMPARE(dump.value(QStringLiteral("name")).toString(), QStringLiteral("Database Dump"));
        QCOMPARE(dump.value(QStringLiteral("critical")).toBool(), true);
        QCOMPARE(dump.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(dump.value(QStringLiteral("exit_code")).toInt(), 1);
        QCOMPARE(dump.value(QStringLiteral("output")).toString(),
                 QStringLiteral("pg_dump: connection refused\n"));
        const QJsonObject backup = job.value(QStringLiteral("tasks")).toArray().at(1).toObject();
        QCOMPARE(backup.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Task skipped due to critical hook failure"));
        QVERIFY(backup.value(QStringLiteral("exit_code")).isNull());
        QVERIFY(job.value(QStringLiteral("archive")).isNull());
        // the warning flag of a borg exit code 1
        const auto w =
            run(dd({QStringLiteral("run"), QStringLiteral("Warns"), QStringLiteral("--json")}));
        const QJsonObject wj = QJsonDocument::fromJson(w.out.trimmed().split('\n').last()).object();
        const QJsonObject wb = wj.value(QStringLiteral("tasks")).toArray().first().toObject();
        QCOMPARE(wb.value(QStringLiteral("kind")).toString(), QStringLiteral("backup"));
        QCOMPARE(wb.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(wb.value(QStringLiteral("warning")).toBool(), true);
        QCOMPARE(wb.value(QStringLiteral("exit_code")).toInt(), 1);
        // unknown ids and names
        QCOMPARE(run(dd({QStringLiteral("job"), QStringLiteral("999999")})).exitCode, 64);
        QCOMPARE(run(dd({QStringLiteral("job"), QStringLiteral("abc")})).exitCode, 64);
        QCOMPARE(run(dd({QStringLiteral("run"), QStringLiteral("Nope")})).exitCode, 64);
    }

    void jobsListing()
    {
        const QJsonArray all = jobsJson();
        QVERIFY(all.size() >= 3);
        // newest first, no task output
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : all) {
            const qint64 id = v.toObject().value(QStringLiteral("id")).toString().toLongLong();
            QVERIFY(id < previous);
            previous = id;
            for (const QJsonValue &t : v.toObject().value(QStringLiteral("tasks")).toArray())
                QVERIFY(!t.toObject().contains(QStringLiteral("output")));
        }
        QCOMPARE(jobsJson({QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);
        for (const QJsonValue &v : jobsJson({QStringLiteral("--schedule"), QStringLiteral("Good")}))
            QCOMPARE(v.toObject().value(QStringLiteral("schedule")).toString(),
                     QStringLiteral("Good"));
        QCOMPARE(
            run(dd({QStringLiteral("jobs"), QStringLiteral("--schedule"), QStringLiteral("Nope")}))
                .exitCode,
            64);
    }

    void missingBorgRecordsNothing()
    {
        const int before = jobsJson({QStringLiteral("--limit"), QStringLiteral("1000")}).size();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("empty-path")));
        const auto r = run(dd({QStringLiteral("run"), QStringLiteral("Good")}), {}, env);
        QCOMPARE(r.exitCode, 69);
        QVERIFY2(r.errText().contains(QLatin1String("borg was not found")),
                 qPrintable(r.describe()));
        QCOMPARE(jobsJson({QStringLiteral("--limit"), QStringLiteral("1000")}).size(), before);
    }

    void keychainNeededButMissing()
    {
        const int before = jobsJson({QStringLiteral("--limit"), QStringLiteral("1000")}).size();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        const auto r = run(dd({QStringLiteral("run"), QStringLiteral("Vault")}), {}, env);
        QCOMPARE(r.exitCode, 69);
        QVERIFY2(r.errText().contains(QLatin1String("BORG_PASSCOMMAND")), qPrintable(r.describe()));
        QCOMPARE(jobsJson({QStringLiteral("--limit"), QStringLiteral("1000")}).size(), before);
        // BORG_PASSCOMMAND is the documented way without a keychain
        env.insert(QStringLiteral("BORG_PASSCOMMAND"), QStringLiteral("echo vault passphrase"));
        const auto ok = run(dd({QStringLiteral("run"), QStringLiteral("Vault")}), {}, env);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        // a plain repository needs no keychain at all
        env.remove(QStringLiteral("BORG_PASSCOMMAND"));
        QCOMPARE(run(dd({QStringLiteral("run"), QStringLiteral("Good")}), {}, env).exitCode, 0);
    }

    void secondRunOfARunningScheduleExits75()
    {
        QProcess *first = startRun(QStringLiteral("Slow"));
        const qint64 id = waitForRunningHook();
        QVERIFY(id > 0);
        const int before = jobsJson({QStringLiteral("--limit"), QStringLiteral("1000")}).size();
        const auto second = run(dd({QStringLiteral("run"), QStringLiteral("Slow")}));
        QCOMPARE(second.exitCode, 75);
        QVERIFY2(second.errText().contains(QLatin1String("already running")),
                 qPrintable(second.describe()));
        QCOMPARE(jobsJson({QStringLiteral("--limit"), QStringLiteral("1000")}).size(), before);
        // another schedule on the same repository: with --no-wait nothing is recorded (SPEC 3)
        const auto busy =
            run(dd({QStringLiteral("run"), QStringLiteral("Skips"), QStringLiteral("--no-wait")}));
        QCOMPARE(busy.exitCode, 75);
        QVERIFY2(busy.errText().contains(
                     QStringLiteral("repository 'plain' is busy with job %1").arg(id)),
                 qPrintable(busy.describe()));
        QCOMPARE(jobsJson({QStringLiteral("--limit"), QStringLiteral("1000")}).size(), before);
        // without it, the run waits in its own process, says so, and starts once A has ended
        auto *waiting = new QProcess(this);
        waiting->start(testutil::exe(), dd({QStringLiteral("run"), QStringLiteral("Skips")}));
        QVERIFY(waiting->waitForStarted());
        QByteArray waitErr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (waitErr += waiting->readAllStandardError())
                .contains(
                    QStringLiteral("Waiting for job %1 on the same repository").arg(id).toUtf8()),
            15000);
        const QJsonObject pending =
            jobsJson({QStringLiteral("--limit"), QStringLiteral("1")}).first().toObject();
        QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(pending.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Waiting for job %1 on the same repository").arg(id));
        QTest::qWait(1000);
        QCOMPARE(waiting->state(), QProcess::Running); // still waiting, its hooks not started
        ::kill(pid_t(first->processId()), SIGTERM);
        QVERIFY(first->waitForFinished(30000));
        QCOMPARE(first->exitCode(), 2);
        QVERIFY(waiting->waitForFinished(60000));
        QCOMPARE(waiting->exitCode(), 3); // Skips asks to skip: it ran
        const auto a =
            QJsonDocument::fromJson(
                run(dd({QStringLiteral("job"), QString::number(id), QStringLiteral("--json")})).out)
                .object();
        const qint64 bId = pending.value(QStringLiteral("id")).toString().toLongLong();
        const auto b =
            QJsonDocument::fromJson(
                run(dd({QStringLiteral("job"), QString::number(bId), QStringLiteral("--json")}))
                    .out)
                .object();
        const QDateTime aEnd = QDateTime::fromString(
            a.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs);
        const QDateTime bStart = QDateTime::fromString(
            b.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
        QVERIFY2(aEnd.isValid() && bStart.isValid() && bStart >= aEnd,
                 qPrintable(QStringLiteral("A ended %1, B started %2")
                                .arg(aEnd.toString(Qt::ISODateWithMs),
                                     bStart.toString(Qt::ISODateWithMs))));
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    }

    void ctrlCCancelsAndCleanupRuns()
    {
        QProcess *p = startRun(QStringLiteral("Slow"));
        const qint64 id = waitForRunningHook();
        QVERIFY(id > 0);
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitCode(), 2);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("cancelled")), qPrintable(out));
        const auto shown =
            run(dd({QStringLiteral("job"), QString::number(id), QStringLiteral("--json")}));
        const QJsonObject job = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        const QJsonArray tasks = job.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(tasks.at(1).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Skipped due to manual job stop"));
        QCOMPARE(tasks.at(3).toObject().value(QStringLiteral("output")).toString(),
                 QStringLiteral("cleanup ran\n"));
        QCOMPARE(tasks.at(4).toObject().value(QStringLiteral("output")).toString(),
                 QStringLiteral("alert ran\n"));
        QCOMPARE(tasks.at(5).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("skipped"));
        QCOMPARE(tasks.at(6).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("completed"));
        QTRY_VERIFY_WITH_TIMEOUT(processesOfJob(id).isEmpty(), 5000);
    }

    void killDashNineIsRecoveredAtNextStart()
    {
        QProcess *p = startRun(QStringLiteral("Slow"));
        const qint64 id = waitForRunningHook();
        QVERIFY(id > 0);
        QVERIFY(processesOfJob(id).size() >= 2); // the shell and its two sleeps
        ::kill(pid_t(p->processId()), SIGKILL);
        QVERIFY(p->waitForFinished(10000));
        // The shell dies with borgtide (parent-death signal); its background child lives on.
        QTest::qWait(300);
        QVERIFY2(!processesOfJob(id).isEmpty(), "expected an orphaned hook process to clean up");
        // Any command that opens the store settles the job and stops what is left of it.
        const auto shown =
            run(dd({QStringLiteral("job"), QString::number(id), QStringLiteral("--json")}));
        const QJsonObject job = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
        const QJsonArray tasks = job.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Interrupted: the application exited"));
        for (qsizetype i = 1; i < tasks.size(); ++i) {
            QCOMPARE(tasks.at(i).toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("skipped"));
            QCOMPARE(tasks.at(i).toObject().value(QStringLiteral("message")).toString(),
                     QStringLiteral("Skipped: the application exited"));
        }
        QVERIFY2(processesOfJob(id).isEmpty(), qPrintable(processesOfJob(id).join(u' ')));
        // and the schedule can run again
        QProcess *again = startRun(QStringLiteral("Slow"));
        QVERIFY(waitForRunningHook() > id);
        ::kill(pid_t(again->processId()), SIGTERM);
        QVERIFY(again->waitForFinished(30000));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
