// Command hooks as SPEC 2 describes them: environment, secrets, timeouts that stop the whole
// process tree, bounded output with flat memory, binary output. Real processes, a real borg
// repository (encrypted, so the passphrase path is exercised too).
#include "JobFixture.h"
#include "TestUtil.h"
#include "app/jobs/BoundedOutput.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace borgtide;

namespace {

QHash<QString, QString> parseEnv(const QString &output)
{
    QHash<QString, QString> env;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

using testutil::processesOfJob;

class TestHooks : public QObject, private testutil::JobFixture
{
    Q_OBJECT

private:
    Repository m_repo;
    int m_n = 0;

    Schedule schedule(const QList<Hook> &pre, const QList<Hook> &post)
    {
        Schedule s;
        s.name = QStringLiteral("hooks %1").arg(++m_n);
        s.repository() = m_repo;
        s.sources = {sourcesPath()};
        s.preHooks = pre;
        s.postHooks = post;
        return s;
    }

    static Hook hook(const QString &name, const QString &command, int timeout = 300)
    {
        Hook h;
        h.name = name;
        h.command = command;
        h.timeoutSecs = timeout;
        return h;
    }

    Job run(Schedule &s, const std::function<void(JobRunner &)> &whileRunning = {})
    {
        return runToEnd(s, 180000, whileRunning);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!borgInstalled())
            QSKIP("borg is not installed");
        const QString problem = prepare(QStringLiteral("repokey"), QStringLiteral("vault-pass-1"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_repo = {0, QStringLiteral("vault"), repositoryPath(), QStringLiteral("repokey")};
        QVERIFY(
            m_secrets.writeSync(SecretStore::repositoryKey(m_repo), QStringLiteral("vault-pass-1"))
                .ok());
        QVERIFY(m_secrets
                    .writeSync(SecretStore::secretKey(QStringLiteral("API")),
                               QStringLiteral("api-token-9"))
                    .ok());
        // The user's own environment has secrets: they must not reach hooks.
        qputenv("BORG_PASSPHRASE", "leaked-from-user-env");
        qputenv("BORG_PASSCOMMAND", "echo leaked");
    }

    void environmentOfPreAndPostHooks()
    {
        // the hook gets the keychain value; its output never shows it (SPEC 2)
        Hook pre = hook(QStringLiteral("Dump env"),
                        QStringLiteral("env; [ \"$TOKEN\" = 'Bearer api-token-9' ] && "
                                       "echo token-matches"));
        pre.environmentVars = {
            {QStringLiteral("TOKEN"), QStringLiteral("Bearer {{ secret.API }}")},
            {QStringLiteral("PLAIN"), QStringLiteral("as written")},
            {QStringLiteral("BORGITORY_JOB_TYPE"), QStringLiteral("overridden?")}};
        Hook failing = hook(QStringLiteral("Log rotation"), QStringLiteral("echo no; exit 4"));
        Hook post = hook(QStringLiteral("After"), QStringLiteral("env"));
        Schedule s = schedule({pre, failing}, {post});
        const Job job = run(s);
        QCOMPARE(job.status, JobStatus::CompletedWithWarnings); // the backup used the passphrase
        const auto env1 = parseEnv(job.tasks.at(0).output);
        QCOMPARE(env1.value(QStringLiteral("BORGITORY_REPOSITORY_ID")),
                 QString::number(s.repository().id));
        QCOMPARE(env1.value(QStringLiteral("BORGITORY_TASK_INDEX")), QStringLiteral("1"));
        QCOMPARE(env1.value(QStringLiteral("BORGITORY_JOB_TYPE")), QStringLiteral("manual"));
        QCOMPARE(env1.value(QStringLiteral("BORGITORY_JOB_ID")), job.idText());
        QCOMPARE(env1.value(QStringLiteral("BORGITORY_SCHEDULE_NAME")), s.name);
        QCOMPARE(env1.value(QStringLiteral("BORGITORY_REPOSITORY_NAME")), QStringLiteral("vault"));
        QCOMPARE(env1.value(QStringLiteral("BORGITORY_REPOSITORY_PATH")), m_repo.location);
        QCOMPARE(env1.value(QStringLiteral("BORGITORY_HOOK_NAME")), QStringLiteral("Dump env"));
        QCOMPARE(env1.value(QStringLiteral("BORGITORY_HOOK_PHASE")), QStringLiteral("pre"));
        QVERIFY(!env1.contains(QStringLiteral("BORGITORY_JOB_STATUS")));
        QVERIFY(!env1.contains(QStringLiteral("BORGITORY_ARCHIVE_NAME")));
        QCOMPARE(env1.value(QStringLiteral("TOKEN")), QStringLiteral("Bearer ****"));
        QVERIFY(job.tasks.at(0).output.contains(QLatin1String("token-matches")));
        QVERIFY(!job.tasks.at(0).output.contains(QLatin1String("api-token-9")));
        QCOMPARE(env1.value(QStringLiteral("PLAIN")), QStringLiteral("as written"));
        QCOMPARE(env1.value(QStringLiteral("HOME")), QDir::homePath()); // the user's own
        for (const char *secret : {"BORG_PASSPHRASE", "BORG_PASSCOMMAND", "BORG_NEW_PASSPHRASE"})
            QVERIFY2(!env1.contains(QString::fromLatin1(secret)), secret);
        QVERIFY(!job.tasks.at(0).output.contains(QLatin1String("vault-pass-1")));

        const auto env4 = parseEnv(job.tasks.at(3).output);
        QCOMPARE(env4.value(QStringLiteral("BORGITORY_TASK_INDEX")), QStringLiteral("4"));
        QCOMPARE(env4.value(QStringLiteral("BORGITORY_HOOK_PHASE")), QStringLiteral("post"));
        QCOMPARE(env4.value(QStringLiteral("BORGITORY_JOB_STATUS")), QStringLiteral("warning"));
        QCOMPARE(env4.value(QStringLiteral("BORGITORY_ERROR_MESSAGE")),
                 QStringLiteral("Log rotation: Exited with code 4"));
        QCOMPARE(env4.value(QStringLiteral("BORGITORY_ARCHIVE_NAME")), job.archiveName);
        QVERIFY(job.archiveName.startsWith(QLatin1String("hooks-")));
        QVERIFY(!env4.contains(QStringLiteral("BORG_PASSPHRASE")));
        // Where the command runs: the home folder by default, else working_directory.
        Hook where = hook(QStringLiteral("pwd"), QStringLiteral("pwd"));
        Hook there = hook(QStringLiteral("pwd2"), QStringLiteral("pwd"));
        there.workingDirectory = m_dir.path();
        Schedule s2 = schedule({where, there}, {});
        const Job job2 = run(s2);
        QCOMPARE(job2.tasks.at(0).output.trimmed(), QDir::homePath());
        QCOMPARE(job2.tasks.at(1).output.trimmed(), m_dir.path());
    }

    void missingSecretFailsTheTask()
    {
        Hook h = hook(QStringLiteral("Needs secret"), QStringLiteral("true"));
        h.environmentVars = {{QStringLiteral("X"), QStringLiteral("{{ secret.NOPE }}")}};
        h.critical = true;
        Schedule s = schedule({h}, {});
        const Job job = run(s);
        QCOMPARE(job.tasks.at(0).status, TaskStatus::Failed);
        QVERIFY2(
            job.tasks.at(0).message.contains(QLatin1String("Secret 'NOPE' is not in the keychain")),
            qPrintable(job.tasks.at(0).message));
        QCOMPARE(job.status, JobStatus::Failed);
    }

    void commandIsNotTemplated()
    {
        // Job values reach commands only through the environment; the text runs as written.
        Schedule s = schedule({hook(QStringLiteral("Literal"),
                                    QStringLiteral("echo '{{ job.id }}' \"$BORGITORY_JOB_ID\""))},
                              {});
        const Job job = run(s);
        QCOMPARE(job.tasks.at(0).output.trimmed(), QStringLiteral("{{ job.id }} ") + job.idText());
    }

    void timeoutStopsTheWholeTree()
    {
        Schedule s = schedule(
            {hook(QStringLiteral("Hangs"), QStringLiteral("sh -c 'sleep 1000 & sleep 1000'"), 2)},
            {});
        QElapsedTimer timer;
        timer.start();
        const Job job = run(s);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(job.tasks.at(0).status, TaskStatus::Failed);
        QCOMPARE(job.tasks.at(0).message, QStringLiteral("Hook 'Hangs' timed out after 2 s"));
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        QTRY_VERIFY_WITH_TIMEOUT(processesOfJob(job.id).isEmpty(), 3000);
    }

    void timeoutKillsWhatIgnoresSigterm()
    {
        // The shell and its child ignore SIGTERM: SIGKILL follows 5 s later.
        Schedule s = schedule(
            {hook(QStringLiteral("Stubborn"),
                  QStringLiteral("trap '' TERM; sh -c \"trap '' TERM; sleep 1000\" & sleep 1000"),
                  1)},
            {});
        QElapsedTimer timer;
        timer.start();
        const Job job = run(s);
        QCOMPARE(job.tasks.at(0).message, QStringLiteral("Hook 'Stubborn' timed out after 1 s"));
        QVERIFY2(timer.elapsed() >= 5500 && timer.elapsed() < 15000,
                 qPrintable(QString::number(timer.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(processesOfJob(job.id).isEmpty(), 3000);
    }

    void cancelStopsTheWholeTree()
    {
        Schedule s =
            schedule({hook(QStringLiteral("Long"), QStringLiteral("sleep 1000 & sleep 1000"))},
                     {hook(QStringLiteral("Cleanup"), QStringLiteral("echo cleaned"))});
        s.postHooks.first().when = HookWhen::Always;
        qint64 jobId = 0;
        const Job job = run(s, [&](JobRunner &runner) {
            jobId = runner.job().id;
            QTRY_VERIFY_WITH_TIMEOUT(processesOfJob(jobId).size() >= 2, 5000);
            runner.cancel();
        });
        QCOMPARE(job.status, JobStatus::Cancelled);
        QCOMPARE(job.tasks.at(0).status, TaskStatus::Cancelled);
        QCOMPARE(job.tasks.at(1).message, QStringLiteral("Skipped due to manual job stop"));
        QCOMPARE(job.tasks.at(2).output.trimmed(), QStringLiteral("cleaned"));
        QTRY_VERIFY_WITH_TIMEOUT(processesOfJob(job.id).isEmpty(), 3000);
    }

    void largeOutputIsBoundedAndMemoryStaysFlat()
    {
        const qint64 size = 50 * 1024 * 1024;
        Schedule s = schedule(
            {hook(
                QStringLiteral("Chatty"),
                QStringLiteral("yes 'a line of hook output, 0123456789' | head -c %1").arg(size))},
            {});
        const qint64 baseline = residentKb();
        qint64 peak = baseline;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&]() { peak = std::max(peak, residentKb()); });
        sampler.start(10);
        const Job job = run(s);
        sampler.stop();
        const QString out = job.tasks.at(0).output;
        QCOMPARE(job.tasks.at(0).status, TaskStatus::Completed);
        const qint64 omitted = size - BoundedOutput::DefaultHead - BoundedOutput::DefaultTail;
        QVERIFY2(out.contains(QStringLiteral("[… %1 bytes omitted …]").arg(omitted)),
                 qPrintable(out.mid(65500, 200)));
        QVERIFY(out.startsWith(QLatin1String("a line of hook output, 0123456789\n")));
        QVERIFY(out.size() < BoundedOutput::DefaultHead + BoundedOutput::DefaultTail + 100);
        const qint64 growthKb = peak - baseline;
        qInfo("resident memory: %lld kB before, %lld kB peak while 50 MB went through", baseline,
              peak);
        QVERIFY2(growthKb < 24 * 1024, qPrintable(QStringLiteral("grew by %1 kB").arg(growthKb)));
    }

    void binaryOutputIsStoredSafely()
    {
        Schedule s = schedule(
            {hook(QStringLiteral("Binary"),
                  QStringLiteral("head -c 300000 /dev/urandom; printf '\\377\\376 end\\n'"))},
            {});
        const Job job = run(s);
        QCOMPARE(job.tasks.at(0).status, TaskStatus::Completed);
        const QString out = job.tasks.at(0).output;
        QVERIFY(out.contains(QLatin1String("bytes omitted")));
        QVERIFY(out.endsWith(QStringLiteral("\uFFFD\uFFFD end\n")));
    }

    void boundedOutputUnit()
    {
        BoundedOutput small(4, 6);
        small.append(QByteArrayView("abc"));
        QCOMPARE(small.text(), QStringLiteral("abc"));
        small.append(QByteArrayView("defghij"));
        QCOMPARE(small.text(), QStringLiteral("abcdefghij")); // 4 + 6, nothing omitted
        small.append(QByteArrayView("KLMNOPQ"));
        QCOMPARE(small.omittedBytes(), qint64(7));
        QCOMPARE(small.text(), QStringLiteral("abcd\n[… 7 bytes omitted …]\nLMNOPQ"));
        // many small appends wrap the ring correctly
        BoundedOutput ring(2, 5);
        for (char c = 'a'; c <= 'z'; ++c)
            ring.append(QByteArrayView(&c, 1));
        QCOMPARE(ring.text(), QStringLiteral("ab\n[… 19 bytes omitted …]\nvwxyz"));
        // a cut multi-byte character is left out rather than shown as two U+FFFD
        BoundedOutput whole(3, 3);
        whole.append(QStringLiteral("aé€bcd€")); // 12 bytes; both ends cut between characters
        QCOMPARE(whole.text(), QStringLiteral("aé\n[… 6 bytes omitted …]\n€"));
        BoundedOutput cut(2, 2); // the head ends inside é, the tail starts inside €
        cut.append(QStringLiteral("aé€bcd€"));
        QCOMPARE(cut.text(), QStringLiteral("a\n[… 11 bytes omitted …]\n"));
    }
};

QTEST_GUILESS_MAIN(TestHooks)
#include "tst_hooks.moc"
