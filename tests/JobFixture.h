#pragma once
// What tests that run real jobs share: a data folder with its store, a source folder with one
// small file, a real borg repository, and the services a JobRunner needs.

#include "app/jobs/JobRunner.h"
#include "app/secrets/SecretStore.h"
#include "models/Store.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace borgtide::testutil {

class JobFixture
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;

    static bool borgInstalled() { return !borgPath().isEmpty(); }
    static QString borgPath() { return QStandardPaths::findExecutable(QStringLiteral("borg")); }

    QString sourcesPath() const { return m_dir.filePath(QStringLiteral("src")); }
    QString repositoryPath() const { return m_dir.filePath(QStringLiteral("repo")); }

    // Opens the store in data/, creates src/a.txt and runs `borg init --encryption=ENCRYPTION`
    // for repo/ (with BORG_PASSPHRASE set when a passphrase is given). Returns what went
    // wrong, or an empty string when all is ready.
    QString prepare(const QString &encryption, const QString &passphrase = {})
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("data")));
        if (!store.ok())
            return QStringLiteral("could not open the store: ") + store.error();
        m_store = std::move(store).value();
        if (!QDir().mkpath(sourcesPath()))
            return QStringLiteral("could not create ") + sourcesPath();
        QFile f(sourcesPath() + QStringLiteral("/a.txt"));
        if (!f.open(QIODevice::WriteOnly) || f.write("a") != 1)
            return QStringLiteral("could not write ") + f.fileName();
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!passphrase.isEmpty())
            env.insert(QStringLiteral("BORG_PASSPHRASE"), passphrase);
        QProcess init;
        init.setProcessEnvironment(env);
        init.start(borgPath(), {QStringLiteral("init"),
                                QStringLiteral("--encryption=") + encryption, repositoryPath()});
        if (!init.waitForFinished(60000) || init.exitStatus() != QProcess::NormalExit ||
            init.exitCode() != 0)
            return QStringLiteral("borg init failed: ") +
                   QString::fromLocal8Bit(init.readAllStandardError());
        return {};
    }

    JobServices services()
    {
        JobServices c;
        c.borgPath = borgPath();
        c.secrets = &m_secrets;
        c.network = &m_network;
        return c;
    }

    // Saves the schedule and runs it as a manual job until it ends (or `timeoutMs` passes).
    // The job as stored; an empty Job when it could not be saved or started.
    Job runToEnd(Schedule &s, int timeoutMs,
                 const std::function<void(JobRunner &)> &whileRunning = {})
    {
        if (!m_store->saveSchedule(s).ok())
            return {};
        JobRunner runner(*m_store, s, JobType::Manual, services());
        QSignalSpy done(&runner, &JobRunner::jobFinished);
        if (!runner.start().started)
            return {};
        if (whileRunning)
            whileRunning(runner);
        done.wait(timeoutMs);
        return m_store->job(runner.job().id).value_or(Job{});
    }
};

} // namespace borgtide::testutil
