#pragma once

#include "models/Repository.h"
#include "ui/common/GuiContext.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace borgtide {

class BorgCommand;

// "Set Passphrase…": the user types a repository's passphrase, borg info checks it, and it goes
// to the secret store (for a repository added elsewhere, a changed keychain, or a session
// without a keychain).
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
public:
    PassphraseDialog(GuiContext &context, const Repository &repository, QWidget *parent = nullptr);

    bool isBusy() const { return m_command != nullptr || m_storingSecret; }
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void passphraseStored(const borgtide::Repository &repository);

private:
    void store();
    void finish(const QString &problem);
    void setBusy(bool busy, const QString &what = QString());
    void showMessage(const QString &text, bool error = true);

    GuiContext &m_context;
    Repository m_repository;
    BorgCommand *m_command = nullptr;
    bool m_storingSecret = false;
    bool m_done = false;

    QLineEdit *m_passphrase = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace borgtide
