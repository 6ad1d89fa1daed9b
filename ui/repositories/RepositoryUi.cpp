#include "ui/repositories/RepositoryUi.h"

#include "app/secrets/SecretStore.h"
#include "models/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>

namespace borgtide::repoui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("borgtide::repoui", text);
}

} // namespace

FolderChooser defaultFolderChooser(QWidget *parent)
{
    QPointer<QWidget> guard(parent);
    return [guard](const QString &title) {
        return QFileDialog::getExistingDirectory(guard.data(), title, QDir::homePath());
    };
}

Confirmer defaultConfirmer(QWidget *parent)
{
    QPointer<QWidget> guard(parent);
    return [guard](const QString &title, const QString &text) {
        return QMessageBox::question(guard.data(), title, text,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
}

bool isRemoteLocation(const QString &location)
{
    const QString l = location.trimmed();
    if (l.contains(QLatin1String("://")))
        return true;
    // scp style (user@host:path); a Windows drive ("C:\…") is absolute, not remote
    return l.contains(QLatin1Char(':')) && !QDir::isAbsolutePath(l) &&
           !l.startsWith(QLatin1String("~/"));
}

QString normalizedLocation(const QString &location)
{
    QString l = location.trimmed();
    if (l.isEmpty() || isRemoteLocation(l))
        return l;
    if (l == QLatin1String("~"))
        l = QDir::homePath();
    else if (l.startsWith(QLatin1String("~/")))
        l = QDir::homePath() + l.mid(1);
    return QDir::isAbsolutePath(l) ? QDir::cleanPath(QDir::fromNativeSeparators(l)) : l;
}

QString explainBorgError(const QString &error)
{
    if (error.isEmpty())
        return tr("borg gave no reason.");
    if (error.contains(QLatin1String("BORG_PASSPHRASE")) &&
        error.contains(QLatin1String("incorrect")))
        return tr("The passphrase is not correct (borg: %1)").arg(error);
    return error;
}

void storePassphrase(SecretStore *secrets, const Repository &repository, const QString &passphrase,
                     QObject *guard, std::function<void(const QString &problem)> done)
{
    if (!secrets) {
        done(tr("no secret store is available"));
        return;
    }
    QPointer<QObject> alive(guard);
    secrets->write(SecretStore::repositoryKey(repository), passphrase,
                   [alive, done = std::move(done)](const SecretStore::Reply &reply) {
                       if (!alive)
                           return;
                       // Ok with a message: kept for this session only, because of it.
                       if (reply.ok() || !reply.message.isEmpty())
                           done(reply.message);
                       else
                           done(tr("the secret store failed"));
                   });
}

} // namespace borgtide::repoui
