#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QTextStream;

namespace borgtide {

class SecretStore;
class Store;
struct Schedule;

// The command line (SPEC 4). Runs without a display: only QCoreApplication is needed.
class Cli final
{
public:
    Cli(const QStringList &arguments, QTextStream &out, QTextStream &err);
    ~Cli();
    Cli(const Cli &) = delete;
    Cli &operator=(const Cli &) = delete;

    // Whether these process arguments ask for the GUI (no command, only GUI options).
    static bool wantsGui(const QStringList &arguments);
    // The data directory: --data-dir, else BORGTIDE_DATA_DIR, else the platform's folder.
    static QString dataDirectory(const QStringList &arguments);

    int exec();

    // Test seam: use this secret store instead of the system keychain.
    void setSecretStore(SecretStore *store) { m_secrets = store; }

private:
    int dispatch();
    int usage(const QString &message);
    int openStore();
    SecretStore &secrets();

    int cmdSchedules(const QStringList &args);
    int cmdImport(const QStringList &args);
    int cmdExport(const QStringList &args);
    int cmdRepo(const QStringList &args);
    int cmdRun(const QStringList &args);
    int cmdJobs(const QStringList &args);
    int cmdJob(const QStringList &args);
    int cmdNextRuns(const QStringList &args);
    int cmdDaemon(const QStringList &args);
    int cmdSecret(const QStringList &args);
    // The passphrases of the schedule's repositories, read before anything is recorded
    // (ExitOk, or ExitUnavailable with the reason on stderr).
    int resolvePassphrases(const Schedule &schedule, QHash<QString, QString> *passphrases,
                           bool *fromEnvironment);

    QString readPassphrase(const QString &prompt, bool confirm, QString *error);

    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dataDir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore *m_secrets = nullptr;
};

} // namespace borgtide
