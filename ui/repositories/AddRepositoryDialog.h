#pragma once

#include "models/Repository.h"
#include "ui/common/GuiContext.h"
#include "ui/repositories/RepositoryUi.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace borgtide {

class BorgCommand;

// "Add Repository" (an existing borg repository, checked with `borg info`) or "Create
// Repository" (`borg init`). On OK borg runs while the dialog stays open; the passphrase goes
// to the secret store and the repository to the store only when borg succeeded.
class AddRepositoryDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { AddExisting, CreateNew };

    AddRepositoryDialog(GuiContext &context, Mode mode, QWidget *parent = nullptr);
    ~AddRepositoryDialog() override;

    void setFolderChooser(FolderChooser chooser);
    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_command != nullptr || m_storingSecret; }
    // The repository as saved (its id set), once repositorySaved() was emitted.
    const Repository &repository() const { return m_repository; }

    void accept() override; // checks the input, runs borg, saves; closes when all went well
    void reject() override; // stops borg when it runs

Q_SIGNALS:
    void repositorySaved(const borgtide::Repository &repository);

private:
    void browse();
    void updatePassphraseRows();
    void updateEncryptionHint();
    bool validate();
    void onBorgFinished(bool ok, const QString &error, const QByteArray &output);
    void storePassphrase();
    void save(const QString &keychainProblem);
    void setBusy(bool busy, const QString &what = QString());
    void showError(const QString &text);
    QString passphraseText() const;

    GuiContext &m_context;
    Mode m_mode;
    FolderChooser m_chooser;
    Repository m_repository;
    BorgCommand *m_command = nullptr;
    bool m_storingSecret = false;
    bool m_saved = false;

    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_location = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_encryption = nullptr;
    QLabel *m_encryptionHint = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace borgtide
