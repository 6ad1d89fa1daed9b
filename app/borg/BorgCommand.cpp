#include "app/borg/BorgCommand.h"

#include "app/borg/BorgEnvironment.h"
#include "app/secrets/SecretStore.h"

#include <QDir>
#include <QJsonObject>
#include <QPointer>

namespace borgtide {

BorgCommand::BorgCommand(const QString &borgPath, QObject *parent)
    : QObject(parent)
    , m_borg(borgPath)
    , m_stderr([this](const borglog::Line &line) { handleLine(line); })
{
    m_process.setMergedChannels(false);
    m_process.setKillGraceMs(15000);
    connect(&m_process, &GroupProcess::standardOutput, this, [this](const QByteArray &chunk) {
        if (m_stdout.size() < 64 * 1024 * 1024)
            m_stdout += chunk;
    });
    connect(&m_process, &GroupProcess::standardError, this,
            [this](const QByteArray &chunk) { m_stderr.feed(chunk); });
    connect(&m_process, &GroupProcess::finished, this, [this](const GroupProcess::Result &r) {
        m_stderr.flush();
        m_result.output = m_stdout;
        switch (r.end) {
        case GroupProcess::End::Exited:
            m_result.exitCode = r.exitCode;
            m_result.ok = r.exitCode <= 1;
            if (!m_result.ok && m_result.error.isEmpty())
                m_result.error = tr("borg exited with code %1").arg(r.exitCode);
            break;
        case GroupProcess::End::FailedToStart:
            m_result.error = tr("Cannot start borg (%1): %2").arg(m_borg, r.error);
            break;
        case GroupProcess::End::Cancelled:
            m_result.error = tr("Stopped");
            break;
        default:
            m_result.error = tr("borg was killed by signal %1").arg(r.exitCode);
            break;
        }
        Q_EMIT finished(m_result);
    });
}

QStringList BorgCommand::initArguments(const Repository &r)
{
    return {QStringLiteral("init"), QStringLiteral("--log-json"),
            QStringLiteral("--encryption=") + r.encryption, QStringLiteral("--make-parent-dirs"),
            r.location};
}

QStringList BorgCommand::infoArguments(const Repository &r)
{
    return {QStringLiteral("info"), QStringLiteral("--log-json"), QStringLiteral("--json"),
            r.location};
}

QStringList BorgCommand::listArguments(const Repository &r)
{
    return {QStringLiteral("list"), QStringLiteral("--log-json"), QStringLiteral("--json"),
            r.location};
}

QStringList BorgCommand::listContentsArguments(const Repository &r, const QString &archive)
{
    return {QStringLiteral("list"), QStringLiteral("--log-json"), QStringLiteral("--json-lines"),
            r.location + QStringLiteral("::") + archive};
}

QStringList BorgCommand::extractArguments(const Repository &r, const QString &archive,
                                          const QStringList &paths)
{
    return QStringList{QStringLiteral("extract"), QStringLiteral("--log-json"),
                       QStringLiteral("--progress"), r.location + QStringLiteral("::") + archive} +
           paths;
}

void BorgCommand::start(const Repository &repository, const QStringList &arguments,
                        const QString &passphrase, SecretStore *secrets,
                        const QString &workingDirectory)
{
    m_repository = repository;
    m_arguments = arguments;
    m_workingDirectory = workingDirectory.isEmpty() ? QDir::homePath() : workingDirectory;
    m_result = {};
    m_stdout.clear();
    if (m_borg.isEmpty()) {
        m_result.error = borgenv::notFoundMessage();
        QMetaObject::invokeMethod(
            this, [this]() { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
        return;
    }
    if (!repository.needsPassphrase() || !passphrase.isNull() || !secrets) {
        launch(passphrase);
        return;
    }
    // the keychain answers later; this command may be gone by then (its window closed)
    QPointer<BorgCommand> self(this);
    secrets->read(SecretStore::repositoryKey(repository), [self](const SecretStore::Reply &r) {
        if (!self)
            return;
        if (r.ok()) {
            self->launch(r.value);
        } else if (borgenv::userHasPassphraseSource()) {
            self->launch(QString());
        } else {
            self->m_result.error =
                r.outcome == SecretStore::Outcome::NotFound
                    ? tr("No passphrase for repository '%1' is stored").arg(self->m_repository.name)
                    : r.message;
            Q_EMIT self->finished(self->m_result);
        }
    });
}

void BorgCommand::launch(const QString &passphrase)
{
    m_process.setEnvironment(
        borgenv::forBorg(passphrase, passphrase.isNull() && borgenv::userHasPassphraseSource()));
    m_process.setWorkingDirectory(m_workingDirectory);
    m_process.setCommand(m_borg, m_arguments);
    m_process.start();
}

void BorgCommand::cancel()
{
    m_process.cancel();
}

void BorgCommand::abandon()
{
    disconnect(this, &BorgCommand::progress, nullptr, nullptr);
    disconnect(this, &BorgCommand::finished, nullptr, nullptr);
    setParent(nullptr);
    if (!isRunning()) {
        deleteLater();
        return;
    }
    connect(this, &BorgCommand::finished, this, &QObject::deleteLater);
    cancel();
}

void BorgCommand::handleLine(const borglog::Line &line)
{
    if (!line.isJson()) {
        m_result.log += QString::fromUtf8(line.text) + QLatin1Char('\n');
        return;
    }
    const QJsonObject &o = line.json;
    const QString &type = line.type;
    if (type == QLatin1String("log_message")) {
        if (line.isError())
            m_result.error = line.message;
        m_result.log += line.message + QLatin1Char('\n');
    } else if (type == QLatin1String("progress_percent")) {
        if (o.value(QStringLiteral("finished")).toBool()) {
            Q_EMIT progress(1.0, QString());
            return;
        }
        const double current = o.value(QStringLiteral("current")).toDouble();
        const double total = o.value(QStringLiteral("total")).toDouble();
        Q_EMIT progress(total > 0 ? current / total : -1.0,
                        o.value(QStringLiteral("message")).toString());
    } else if (type == QLatin1String("progress_message")) {
        Q_EMIT progress(-1.0, o.value(QStringLiteral("message")).toString());
    }
}

} // namespace borgtide
