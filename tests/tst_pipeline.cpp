// The job pipeline of SPEC 2: every row of the rules table and the four flows of
// reference/003 "Hook Execution Flow", with real hook processes and a real borg repository.
// Two things cannot be produced by real parts and are injected: an internal exception in a
// task (a test runner that reports one), and prune/compact/check failures after a good backup
// (tests/data/borg-with-failures.sh runs the real borg but fails the named subcommand).
#include "app/jobs/JobBoard.h"
#include "app/jobs/JobRunner.h"
#include "app/secrets/SecretStore.h"
#include "models/Store.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace borgtide;

namespace {

// A hook list: "name|command|flags; …". Flags (space separated): c critical, n
// continue_on_failure false, d disabled, a/f/s when always/failure/success, tN timeout N s,
// x a shell that does not exist, w a working directory that does not exist.
QList<Hook> parseHooks(const QString &spec)
{
    QList<Hook> hooks;
    for (const QString &item : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char('|'));
        Hook h;
        h.name = parts.value(0).trimmed();
        h.command = parts.value(1).trimmed();
        for (const QString &flag : parts.value(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (flag == QLatin1String("c"))
                h.critical = true;
            else if (flag == QLatin1String("n"))
                h.continueOnFailure = false;
            else if (flag == QLatin1String("d"))
                h.enabled = false;
            else if (flag == QLatin1String("a"))
                h.when = HookWhen::Always;
            else if (flag == QLatin1String("f"))
                h.when = HookWhen::Failure;
            else if (flag == QLatin1String("s"))
                h.when = HookWhen::Success;
            else if (flag.startsWith(QLatin1Char('t')))
                h.timeoutSecs = flag.mid(1).toInt();
            else if (flag == QLatin1String("x"))
                h.shell = QStringLiteral("/nonexistent/bin/sh");
            else if (flag == QLatin1String("w"))
                h.workingDirectory = QStringLiteral("/nonexistent/dir");
        }
        hooks.append(h);
    }
    return hooks;
}

QString skipText(const QString &code)
{
    if (code == QLatin1String("H"))
        return QStringLiteral("Task skipped due to critical hook failure");
    if (code == QLatin1String("T"))
        return QStringLiteral("Task skipped due to critical task failure");
    if (code == QLatin1String("E"))
        return QStringLiteral("Task skipped due to critical task exception");
    if (code == QLatin1String("h"))
        return QStringLiteral("Task skipped due to hook failure");
    if (code == QLatin1String("75"))
        return QStringLiteral("Task skipped: hook requested skip (exit 75)");
    if (code == QLatin1String("M"))
        return QStringLiteral("Skipped due to manual job stop");
    if (code == QLatin1String("O"))
        return QStringLiteral("Task skipped: runs only when the job fails");
    return QStringLiteral("?") + code;
}

// A runner that reports an internal error (a bug in Borgtide cannot be caused on purpose).
class ExceptionRunner final : public TaskRunner
{
public:
    using TaskRunner::TaskRunner;
    void start() override
    {
        Q_EMIT finished({TaskOutcome::Kind::Exception, std::nullopt,
                         QStringLiteral("injected internal error")});
    }
    void cancel() override {}
};

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    JobServices m_services;
    QString m_repo;
    QString m_sources;
    QString m_borg;
    int m_row = 0;

    Job runJob(Schedule &schedule, const QString &options)
    {
        const QStringList opts = options.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        int exceptionAt = 0;
        QList<int> cancelAt;
        QString fail;
        QString slow;
        for (const QString &o : opts) {
            if (o.startsWith(QLatin1String("exception=")))
                exceptionAt = o.mid(10).toInt();
            else if (o.startsWith(QLatin1String("cancel=")))
                cancelAt.append(o.mid(7).toInt());
            else if (o.startsWith(QLatin1String("fail=")))
                fail = o.mid(5).replace(QLatin1Char(','), QLatin1Char(' '));
            else if (o.startsWith(QLatin1String("slow=")))
                slow = o.mid(5).replace(QLatin1Char(','), QLatin1Char(' '));
        }
        qputenv("BORGTIDE_TEST_BORG_FAIL", fail.toUtf8());
        qputenv("BORGTIDE_TEST_BORG_SLOW", slow.toUtf8());
        JobServices &services = m_services;
        services.borgPath = m_borg;
        services.secrets = &m_secrets;
        services.network = &m_network;
        services.lockWaitSecs = 30;
        // through the board, as every trigger of the application does
        JobBoard board(*m_store, services);
        if (exceptionAt > 0)
            board.setRunnerFactory([exceptionAt](const JobContext &, const JobRunner::PlannedTask &,
                                                 int index, QObject *parent) -> TaskRunner * {
                return index == exceptionAt ? new ExceptionRunner(parent) : nullptr;
            });
        qint64 id = 0;
        connect(&board, &JobBoard::taskChanged, this,
                [&board, &id, cancelAt](qint64 jobId, const Task &t) {
                    if (jobId == id && t.status == TaskStatus::Running &&
                        cancelAt.contains(t.index))
                        QTimer::singleShot(300, &board, [&board, jobId]() { board.cancel(jobId); });
                });
        QSignalSpy done(&board, &JobBoard::jobFinished);
        const JobBoard::Submitted started = board.submit(schedule, JobType::Manual);
        if (started.outcome != JobBoard::Submitted::Outcome::Started) {
            qWarning() << "not started" << started.error;
            return {};
        }
        id = started.jobId;
        if (!done.wait(120000))
            qWarning() << "job did not finish";
        return m_store->job(id).value_or(Job{});
    }

    Schedule makeSchedule(const QString &pre, const QString &post, const QString &options)
    {
        Schedule s;
        s.name = QStringLiteral("r%1").arg(++m_row, 2, 10, QLatin1Char('0'));
        s.repository() = {0, QStringLiteral("repo"), m_repo, QStringLiteral("none")};
        s.trigger.kind = TriggerKind::Manual;
        s.sources = {m_sources};
        s.preHooks = parseHooks(pre);
        s.postHooks = parseHooks(post);
        const QStringList opts = options.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (opts.contains(QStringLiteral("prune")))
            s.prune =
                Retention{QString(), std::nullopt, 7, std::nullopt, std::nullopt, std::nullopt};
        s.compact = opts.contains(QStringLiteral("compact"));
        if (opts.contains(QStringLiteral("check")))
            s.checkEveryNJobs = 1;
        if (opts.contains(QStringLiteral("nobackup")))
            s.backup = false;
        if (opts.contains(QStringLiteral("warnbackup")))
            s.sources.append(QStringLiteral("/nonexistent-borgtide-source"));
        if (opts.contains(QStringLiteral("badrepo")))
            s.repository() = {0, QStringLiteral("missing"),
                              m_dir.filePath(QStringLiteral("no/such/repo")),
                              QStringLiteral("none")};
        // several repositories: repos=N, and missing=K makes the K-th one a missing location
        for (const QString &o : opts) {
            if (o.startsWith(QLatin1String("repos="))) {
                for (int r = 2; r <= o.mid(6).toInt(); ++r)
                    s.repositories.append({0, QStringLiteral("repo%1").arg(r),
                                           m_dir.filePath(QStringLiteral("repo%1").arg(r)),
                                           QStringLiteral("none")});
            }
        }
        for (const QString &o : opts) {
            if (o.startsWith(QLatin1String("missing="))) {
                Repository &r = s.repositories[o.mid(8).toInt() - 1];
                r.location = m_dir.filePath(QStringLiteral("unplugged/usb"));
                r.name = QStringLiteral("usb");
            }
        }
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("borg")).isEmpty())
            QSKIP("borg is not installed");
        auto store = Store::open(m_dir.filePath(QStringLiteral("data")));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store).value();
        m_repo = m_dir.filePath(QStringLiteral("repo"));
        m_sources = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(m_sources));
        QFile f(m_sources + QStringLiteral("/file.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("some data to back up\n");
        f.close();
        for (const QString &repo : {m_repo, m_dir.filePath(QStringLiteral("repo2")),
                                    m_dir.filePath(QStringLiteral("repo3"))}) {
            QProcess init;
            init.start(QStringLiteral("borg"),
                       {QStringLiteral("init"), QStringLiteral("--encryption=none"), repo});
            QVERIFY(init.waitForFinished(60000));
            QCOMPARE(init.exitCode(), 0);
        }
        m_borg = qEnvironmentVariable("BORGTIDE_SOURCE_DIR") +
                 QStringLiteral("/tests/data/borg-with-failures.sh");
    }

    void rules_data()
    {
        QTest::addColumn<QString>("pre");
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("expected"); // one token per task, ';' separated
        QTest::addColumn<QString>("status");

        // reference/003 "Hook Execution Flow"
        QTest::newRow("flow: all successful") << "Database Dump|true; Stop Services|true"
                                              << "Restart Services|true; Health Check|true"
                                              << "prune"
                                              << "C;C;C;C;C;C;C"
                                              << "completed";
        QTest::newRow("flow: critical pre-hook failure")
            << "Database Dump|exit 1|c; Stop Services|true"
            << "Restart Services|true; Health Check|true|a"
            << "prune"
            << "F=Exited with code 1;S=H;S=H;S=H;S=H;C;C"
            << "failed";
        QTest::newRow("flow: backup task failure") << "Database Dump|true; Stop Services|true"
                                                   << "Restart Services|true|a; Health Check|true|a"
                                                   << "prune fail=create"
                                                   << "C;C;F;S=T;C;C;C"
                                                   << "failed";
        QTest::newRow("flow: non-critical hook failure")
            << "Database Dump|true; Log Rotation|exit 1"
            << "Restart Services|true; Health Check|true"
            << "prune"
            << "C;F=Exited with code 1;C;C;C;C;C"
            << "completed_with_warnings";

        // SPEC 2 rules
        QTest::newRow("critical pre-hook: failure and always hooks still run")
            << "A|exit 3|c"
            << "S|true; F|true|f; A2|true|a"
            << ""
            << "F=Exited with code 3;S=H;S=H;C;C;C"
            << "failed";
        QTest::newRow("non-critical pre-hook with continue_on_failure false")
            << "A|exit 1|n; B|true; C|true"
            << ""
            << ""
            << "F;S=h;S=h;C;C"
            << "completed_with_warnings";
        QTest::newRow("exit 75 skips the run")
            << "A|exit 75; B|true"
            << "S|true; F|true|f; A2|true|a"
            << "prune compact"
            << "C=Hook requested skip (exit 75);S=75;S=75;S=75;S=75;C;S=O;C;C"
            << "skipped";
        QTest::newRow("exit 75 from a critical hook is a skip too")
            << "A|exit 75|c"
            << ""
            << ""
            << "C=Hook requested skip (exit 75);S=75;C"
            << "skipped";
        QTest::newRow("exit 75 then a failing post-hook: still skipped") << "A|exit 75"
                                                                         << "P|exit 1"
                                                                         << ""
                                                                         << "C;S=75;F;C"
                                                                         << "skipped";
        QTest::newRow("backup fails on a missing repository") << ""
                                                              << "S|true; A|true|a"
                                                              << "prune badrepo"
                                                              << "F;S=T;S=T;C;C"
                                                              << "failed";
        QTest::newRow("backup warning (a source is missing)") << ""
                                                              << "S|true"
                                                              << "prune warnbackup"
                                                              << "W;C;C;C"
                                                              << "completed_with_warnings";
        QTest::newRow("prune fails") << ""
                                     << "S|true"
                                     << "prune fail=prune"
                                     << "C;F;C;C"
                                     << "completed_with_warnings";
        QTest::newRow("compact fails") << ""
                                       << ""
                                       << "compact fail=compact"
                                       << "C;F;C"
                                       << "completed_with_warnings";
        QTest::newRow("check fails") << ""
                                     << ""
                                     << "check fail=check"
                                     << "C;F;C"
                                     << "completed_with_warnings";
        QTest::newRow("prune, compact and check all run") << ""
                                                          << ""
                                                          << "prune compact check"
                                                          << "C;C;C;C;C"
                                                          << "completed";
        QTest::newRow("post-hook fails") << ""
                                         << "P|exit 2; S|true"
                                         << ""
                                         << "C;F=Exited with code 2;C;C"
                                         << "completed_with_warnings";
        QTest::newRow("critical post-hook fails") << ""
                                                  << "X|exit 1|c; S|true; A|true|a; F|true|f"
                                                  << ""
                                                  << "C;F;S=H;C;C;C"
                                                  << "failed";
        QTest::newRow("internal error in backup") << "A|true"
                                                  << "S|true; A2|true|a"
                                                  << "prune exception=2"
                                                  << "C;F=injected internal error;S=E;S=E;C;C"
                                                  << "failed";
        QTest::newRow("internal error in a pre-hook") << "A|true; B|true"
                                                      << ""
                                                      << "exception=1"
                                                      << "F;S=E;S=E;C"
                                                      << "failed";
        QTest::newRow("cancel during a pre-hook") << "A|sleep 30; B|true"
                                                  << "S|true; A2|true|a; F|true|f"
                                                  << "prune cancel=1"
                                                  << "X;S=M;S=M;S=M;S=M;C;C;C"
                                                  << "cancelled";
        QTest::newRow("cancel during a post-hook") << ""
                                                   << "P|sleep 30; S|true; A2|true|a"
                                                   << "cancel=2"
                                                   << "C;X;S=M;C;C"
                                                   << "cancelled";
        QTest::newRow("second cancel stops cleanup hooks too") << "A|sleep 30"
                                                               << "A2|sleep 30|a; A3|true|a"
                                                               << "cancel=1 cancel=3"
                                                               << "X;S=M;X;S=M;C"
                                                               << "cancelled";
        QTest::newRow("failure-only hook after success") << ""
                                                         << "F|true|f"
                                                         << ""
                                                         << "C;S=O;C"
                                                         << "completed";
        QTest::newRow("success post-hook runs after warnings") << "A|exit 1"
                                                               << "S|true"
                                                               << ""
                                                               << "F;C;C;C"
                                                               << "completed_with_warnings";
        QTest::newRow("disabled hooks are not tasks") << "A|true|d; B|true"
                                                      << "P|true|d"
                                                      << ""
                                                      << "C;C;C"
                                                      << "completed";
        QTest::newRow("critical hook times out") << "A|sleep 30|c t1"
                                                 << ""
                                                 << ""
                                                 << "F=Hook 'A' timed out after 1 s;S=H;C"
                                                 << "failed";
        QTest::newRow("shell cannot be started") << "A|true|x"
                                                 << ""
                                                 << ""
                                                 << "F;C;C"
                                                 << "completed_with_warnings";
        QTest::newRow("working directory missing")
            << "A|true|w"
            << ""
            << ""
            << "F=Working directory '/nonexistent/dir' does not exist;C;C"
            << "completed_with_warnings";
        QTest::newRow("post-hook exit 75 is a failure") << ""
                                                        << "P|exit 75"
                                                        << ""
                                                        << "C;F;C"
                                                        << "completed_with_warnings";
        QTest::newRow("backup fails, critical always-hook fails too") << ""
                                                                      << "X|exit 1|a c; S|true"
                                                                      << "fail=create"
                                                                      << "F;F;S=T;C"
                                                                      << "failed";
        QTest::newRow("post-hook with continue_on_failure false") << ""
                                                                  << "P|exit 1|n; Q|true; A|true|a"
                                                                  << ""
                                                                  << "C;F;S=h;S=h;C"
                                                                  << "completed_with_warnings";
        QTest::newRow("hook killed by a signal") << "A|kill -9 $$"
                                                 << ""
                                                 << ""
                                                 << "F=Killed by signal 9;C;C"
                                                 << "completed_with_warnings";

        // several repositories (SPEC 2): pre-hooks once, backup/prune per repository in order,
        // post-hooks once; a failed backup skips its own repository's tasks only
        QTest::newRow("2 repositories: all good") << "A|true"
                                                  << "S|true"
                                                  << "prune repos=2"
                                                  << "C;C;C;C;C;C;C"
                                                  << "completed";
        QTest::newRow("3 repositories: the second is missing") << "A|true"
                                                               << "S|true; A2|true|a; F|true|f"
                                                               << "prune repos=3 missing=2"
                                                               << "C;C;C;F;S=T;C;C;S=T;C;C;C"
                                                               << "failed";
        QTest::newRow("3 repositories: the first is missing") << ""
                                                              << "A2|true|a"
                                                              << "repos=3 missing=1"
                                                              << "F;C;C;C;C"
                                                              << "failed";
        QTest::newRow("3 repositories: prune fails on the second")
            << ""
            << "S|true"
            << "prune repos=3 fail=prune:repo2"
            << "C;C;C;F;C;C;C;C"
            << "completed_with_warnings";
        QTest::newRow("2 repositories: a critical pre-hook fails") << "A|exit 1|c"
                                                                   << "S|true; A2|true|a"
                                                                   << "prune repos=2"
                                                                   << "F;S=H;S=H;S=H;S=H;S=H;C;C"
                                                                   << "failed";
        QTest::newRow("2 repositories: cancel during the second backup")
            << ""
            << "S|true; A2|true|a; F|true|f"
            << "prune repos=2 slow=create:repo2 cancel=3"
            << "C;C;X;S=M;S=M;C;C;C"
            << "cancelled";
        QTest::newRow("3 repositories: exit 75") << "A|exit 75"
                                                 << "S|true; F|true|f"
                                                 << "prune repos=3"
                                                 << "C;S=75;S=75;S=75;S=75;S=75;S=75;C;S=O;C"
                                                 << "skipped";
        QTest::newRow("maintenance only (backup: false), 2 repositories")
            << "A|true"
            << ""
            << "nobackup check repos=2"
            << "C;C;C;C"
            << "completed";
    }

    void rules()
    {
        QFETCH(QString, pre);
        QFETCH(QString, post);
        QFETCH(QString, options);
        QFETCH(QString, expected);
        QFETCH(QString, status);

        Schedule s = makeSchedule(pre, post, options);
        QVERIFY(m_store->saveSchedule(s).ok());
        const Job job = runJob(s, options);
        const QStringList tokens = expected.split(QLatin1Char(';'));
        QString actual;
        for (const Task &t : job.tasks)
            actual += QStringLiteral("\n  %1. %2 %3 '%4'")
                          .arg(t.index)
                          .arg(t.name, toText(t.status), t.message);
        QVERIFY2(job.tasks.size() == tokens.size(),
                 qPrintable(QStringLiteral("%1 tasks:%2").arg(job.tasks.size()).arg(actual)));
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QString token = tokens.at(i).trimmed();
            const Task &t = job.tasks.at(i);
            const QString code = token.left(1);
            const QString detail = token.mid(2);
            const QString where = QStringLiteral("task %1 (%2):%3").arg(i + 1).arg(t.name, actual);
            if (code == QLatin1String("C") || code == QLatin1String("W")) {
                QVERIFY2(t.status == TaskStatus::Completed, qPrintable(where));
                QVERIFY2(t.warning == (code == QLatin1String("W")), qPrintable(where));
                if (!detail.isEmpty())
                    QVERIFY2(t.message == detail, qPrintable(where));
            } else if (code == QLatin1String("F")) {
                QVERIFY2(t.status == TaskStatus::Failed, qPrintable(where));
                if (!detail.isEmpty())
                    QVERIFY2(t.message == detail, qPrintable(where));
            } else if (code == QLatin1String("X")) {
                QVERIFY2(t.status == TaskStatus::Cancelled, qPrintable(where));
            } else if (code == QLatin1String("S")) {
                QVERIFY2(t.status == TaskStatus::Skipped, qPrintable(where));
                QVERIFY2(t.message == skipText(detail), qPrintable(where));
            } else {
                QFAIL("bad token");
            }
            QVERIFY2(isFinished(t.status), qPrintable(where));
        }
        QCOMPARE(toText(job.status), status);
        QCOMPARE(job.tasks.last().kind, TaskKind::Notification);
    }

    void notificationTexts()
    {
        Schedule s = makeSchedule(QStringLiteral("Database Dump|exit 1|c; Stop Services|true"),
                                  QStringLiteral("Restart Services|true; Health Check|true|a"),
                                  QStringLiteral("prune"));
        QVERIFY(m_store->saveSchedule(s).ok());
        const Job job = runJob(s, QStringLiteral("prune"));
        const QString expected =
            QStringLiteral("❌ Backup Job Failed - Critical Hook Error\n"
                           "Backup job for '%1' failed due to critical hook failure.\n"
                           "Failed Hook: Database Dump\n"
                           "Tasks Completed: 2, Skipped: 4, Total: 7\n"
                           "Job ID: %2\n")
                .arg(s.name, job.idText());
        QVERIFY2(job.tasks.last().output.startsWith(expected), qPrintable(job.tasks.last().output));
        QVERIFY(job.tasks.last().output.contains(QLatin1String("Not shown: ")));
        QCOMPARE(job.message,
                 QStringLiteral("Critical hook 'Database Dump' failed: Exited with code 1"));

        Schedule ok = makeSchedule({}, {}, {});
        QVERIFY(m_store->saveSchedule(ok).ok());
        const Job good = runJob(ok, {});
        QVERIFY2(good.tasks.last().output.startsWith(
                     QStringLiteral("✅ Backup Job Completed Successfully\n"
                                    "Backup job for '%1' completed successfully.\n"
                                    "Tasks Completed: 2, Total: 2\n"
                                    "Job ID: %2\n")
                         .arg(ok.name, good.idText())),
                 qPrintable(good.tasks.last().output));

        Schedule warn = makeSchedule(QStringLiteral("Log Rotation|exit 1"), {}, {});
        QVERIFY(m_store->saveSchedule(warn).ok());
        const Job warned = runJob(warn, {});
        QVERIFY2(warned.tasks.last().output.startsWith(
                     QStringLiteral("⚠️ Backup Job Completed with Warnings\n"
                                    "Backup job for '%1' completed but some tasks failed.\n"
                                    "Failed Tasks: hook\n"
                                    "Tasks Completed: 2, Skipped: 0, Total: 3\n"
                                    "Job ID: %2\n")
                         .arg(warn.name, warned.idText())),
                 qPrintable(warned.tasks.last().output));

        Schedule bad = makeSchedule({}, QStringLiteral("A|true|a"), QStringLiteral("prune"));
        QVERIFY(m_store->saveSchedule(bad).ok());
        const Job failed = runJob(bad, QStringLiteral("prune fail=create"));
        QVERIFY2(failed.tasks.last().output.startsWith(
                     QStringLiteral("❌ Backup Job Failed - Backup Error\n"
                                    "Backup job for '%1' failed: the backup task failed.\n"
                                    "Tasks Completed: 2, Skipped: 1, Total: 4\n")
                         .arg(bad.name)),
                 qPrintable(failed.tasks.last().output));
    }

    void oneArchiveNameInEveryRepository()
    {
        Schedule s = makeSchedule(
            {}, QStringLiteral("Show|echo \"$BORGITORY_ARCHIVE_NAME#$BORGTIDE_REPOSITORIES\""),
            QStringLiteral("repos=3"));
        QVERIFY(m_store->saveSchedule(s).ok());
        const Job job = runJob(s, QStringLiteral("repos=3"));
        QVERIFY2(job.status == JobStatus::Completed,
                 qPrintable(job.message + QLatin1Char(' ') + job.tasks.value(3).output));
        QCOMPARE(job.tasks.at(0).repository, QStringLiteral("repo"));
        QCOMPARE(job.tasks.at(2).repository, QStringLiteral("repo3"));
        const QStringList shown = job.tasks.at(3).output.trimmed().split(QLatin1Char('#'));
        QCOMPARE(shown.value(0), job.archiveName);
        QCOMPARE(shown.value(1).split(QLatin1Char('\n')),
                 QStringList({m_repo, m_dir.filePath(QStringLiteral("repo2")),
                              m_dir.filePath(QStringLiteral("repo3"))}));
        for (const QString &repo : {m_repo, m_dir.filePath(QStringLiteral("repo2")),
                                    m_dir.filePath(QStringLiteral("repo3"))}) {
            QProcess list;
            list.start(QStringLiteral("borg"),
                       {QStringLiteral("list"), QStringLiteral("--short"), repo});
            QVERIFY(list.waitForFinished(60000));
            QVERIFY2(QString::fromUtf8(list.readAllStandardOutput())
                         .split(QLatin1Char('\n'))
                         .contains(job.archiveName),
                     qPrintable(repo));
        }
    }

    void archiveAndStatsAreRecorded()
    {
        Schedule s = makeSchedule({}, QStringLiteral("Show|echo \"$BORGITORY_ARCHIVE_NAME\""), {});
        QVERIFY(m_store->saveSchedule(s).ok());
        const Job job = runJob(s, {});
        QCOMPARE(job.status, JobStatus::Completed);
        QVERIFY(job.archiveName.startsWith(s.name + QLatin1Char('-')));
        QVERIFY(job.stats.files >= 1);
        QVERIFY(job.stats.originalSize > 0);
        QCOMPARE(job.tasks.at(1).output.trimmed(), job.archiveName);
        // the archive really is in the repository
        QProcess list;
        list.start(QStringLiteral("borg"),
                   {QStringLiteral("list"), QStringLiteral("--short"), m_repo});
        QVERIFY(list.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(list.readAllStandardOutput())
                    .split(QLatin1Char('\n'))
                    .contains(job.archiveName));
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
