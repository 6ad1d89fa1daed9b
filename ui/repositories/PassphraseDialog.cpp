#include "ui/repositories/PassphraseDialog.h"

#include "app/borg/BorgCommand.h"
#include "app/secrets/SecretStore.h"
#include "ui/repositories/RepositoryUi.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace borgtide {

PassphraseDialog::PassphraseDialog(GuiContext &context, const Repository &repository,
                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_repository(repository)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Passphrase of %1").arg(repository.name));
    setModal(true);

    auto *intro =
        new QLabel(tr("Enter the passphrase of the repository “%1”. Borgtide checks it with "
                      "borg and keeps it in the %2, never in its database.")
                       .arg(repository.name, context.secrets ? context.secrets->backendName()
                                                             : tr("memory of this session")),
                   this);
    intro->setWordWrap(true);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("passphraseError"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busyText = new QLabel(this);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_busyText, 1);
    m_busy->hide();
    m_busyText->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Check and Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(busyRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

void PassphraseDialog::accept()
{
    if (isBusy())
        return;
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        showMessage(tr("Enter the passphrase."));
        return;
    }
    showMessage(QString());
    setBusy(true, tr("Checking the passphrase with borg info…"));
    m_command = new BorgCommand(m_context.borgPath(), this);
    BorgCommand *command = m_command;
    connect(command, &BorgCommand::finished, this,
            [this, command](const BorgCommand::Result &result) {
                const bool ok = result.ok;
                const QString error = result.error;
                command->deleteLater();
                if (m_command != command)
                    return;
                m_command = nullptr;
                if (!ok) {
                    setBusy(false);
                    showMessage(tr("borg could not open the repository with this passphrase: %1")
                                    .arg(repoui::explainBorgError(error)));
                    return;
                }
                store();
            });
    command->start(m_repository, BorgCommand::infoArguments(m_repository), m_passphrase->text());
}

void PassphraseDialog::store()
{
    setBusy(true, tr("Storing the passphrase…"));
    m_storingSecret = true;
    repoui::storePassphrase(m_context.secrets, m_repository, m_passphrase->text(), this,
                            [this](const QString &problem) {
                                m_storingSecret = false;
                                finish(problem);
                            });
}

void PassphraseDialog::finish(const QString &problem)
{
    setBusy(false);
    if (problem.isEmpty()) {
        Q_EMIT passphraseStored(m_repository);
        QDialog::accept();
        return;
    }
    m_done = true;
    m_passphrase->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close"));
    showMessage(tr("The passphrase is correct, but it could not be stored in the system keychain "
                   "(%1). Borgtide keeps it for this session only.")
                    .arg(problem),
                false);
    Q_EMIT passphraseStored(m_repository);
}

void PassphraseDialog::reject()
{
    if (m_command) {
        BorgCommand *command = m_command;
        m_command = nullptr;
        command->abandon();
    }
    QDialog::reject();
}

void PassphraseDialog::setBusy(bool busy, const QString &what)
{
    m_passphrase->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    m_busyText->setText(what);
}

void PassphraseDialog::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;")
                                   : QStringLiteral("color: #9a6700;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace borgtide
