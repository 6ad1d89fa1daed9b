#pragma once

#include "app/borg/BorgLog.h"
#include "app/platform/GroupProcess.h"
#include "models/Repository.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

namespace borgtide {

class SecretStore;

// One borg command for the Repositories page (init, info, list, extract), asynchronous, with
// the passphrase in borg's environment only, progress from --log-json, and cancel.
class BorgCommand final : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false; // exit code 0 or 1
        int exitCode = -1;
        QByteArray output; // standard output (JSON for --json commands)
        QString error;     // the last error borg logged, or why it could not run
        QString log;       // what borg logged, for the user
    };

    BorgCommand(const QString &borgPath, QObject *parent = nullptr);

    // Runs `arguments` for `repository`. With a null `passphrase` and an encrypted repository,
    // the passphrase is read from `secrets` first.
    void start(const Repository &repository, const QStringList &arguments,
               const QString &passphrase = QString(), SecretStore *secrets = nullptr,
               const QString &workingDirectory = QString());
    void cancel();
    // For a window that closes while borg runs: stop it, stop reporting, and delete this
    // command once borg has exited (a half-finished `borg init` is worse than a finished one).
    void abandon();
    bool isRunning() const { return m_process.isRunning(); }

    static QStringList initArguments(const Repository &repository);
    static QStringList infoArguments(const Repository &repository);
    static QStringList listArguments(const Repository &repository);
    static QStringList listContentsArguments(const Repository &repository, const QString &archive);
    // borg extract runs in the target folder; `paths` empty: the whole archive.
    static QStringList extractArguments(const Repository &repository, const QString &archive,
                                        const QStringList &paths);

Q_SIGNALS:
    void progress(double fraction, const QString &message); // fraction < 0: unknown
    void finished(const borgtide::BorgCommand::Result &result);

private:
    void launch(const QString &passphrase);
    void handleLine(const borglog::Line &line);

    QString m_borg;
    GroupProcess m_process;
    QStringList m_arguments;
    Repository m_repository;
    QString m_workingDirectory;
    QByteArray m_stdout;
    borglog::LineReader m_stderr;
    Result m_result;
};

} // namespace borgtide
