#include "ui/repositories/AddRepositoryDialog.h"

#include "app/borg/BorgCommand.h"
#include "models/Store.h"
#include "ui/repositories/RepositoryUi.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace borgtide {

AddRepositoryDialog::AddRepositoryDialog(GuiContext &context, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_mode(mode)
    , m_chooser(repoui::defaultFolderChooser(this))
{
    const bool create = mode == Mode::CreateNew;
    setObjectName(create ? QStringLiteral("createRepositoryDialog")
                         : QStringLiteral("addRepositoryDialog"));
    setWindowTitle(create ? tr("Create Repository") : tr("Add Repository"));
    setModal(true);

    m_intro = new QLabel(create ? tr("Borgtide runs borg init to create a new, empty repository "
                                     "at the location you choose.")
                                : tr("Borgtide checks the location and the passphrase with borg "
                                     "info before it adds the repository."),
                         this);
    m_intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("repoName"));
    m_name->setPlaceholderText(tr("For example: Home backups"));

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("repoLocation"));
    m_location->setPlaceholderText(tr("/path/to/repository or ssh://user@host/./repository"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseLocation"));
    m_browse->setToolTip(tr("Choose a local folder."));
    auto *locationRow = new QWidget(this);
    auto *locationLayout = new QHBoxLayout(locationRow);
    locationLayout->setContentsMargins(0, 0, 0, 0);
    locationLayout->addWidget(m_location, 1);
    locationLayout->addWidget(m_browse);

    m_encryption = new QComboBox(this);
    m_encryption->setObjectName(QStringLiteral("repoEncryption"));
    for (const QString &encryption : Repository::encryptionModes())
        m_encryption->addItem(encryption, encryption);
    m_encryption->setCurrentIndex(m_encryption->findData(QStringLiteral("repokey")));
    m_encryptionHint = new QLabel(this);
    m_encryptionHint->setObjectName(QStringLiteral("repoEncryptionHint"));
    m_encryptionHint->setWordWrap(true);
    m_encryptionHint->setForegroundRole(QPalette::PlaceholderText);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("repoPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    if (!create)
        m_passphrase->setPlaceholderText(tr("Leave empty if the repository is not encrypted"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repoPassphraseRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Location:"), locationRow);
    m_form->addRow(tr("&Encryption:"), m_encryption);
    m_form->addRow(tr("&Passphrase:"), m_passphrase);
    m_form->addRow(tr("&Repeat passphrase:"), m_repeat);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_location)))
        label->setBuddy(m_location);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("repoError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("repoBusy"));
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
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(create ? tr("Create") : tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddRepositoryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddRepositoryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(m_form);
    layout->addWidget(m_encryptionHint);
    layout->addWidget(m_error);
    layout->addLayout(busyRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &AddRepositoryDialog::browse);
    connect(m_encryption, &QComboBox::currentIndexChanged, this, [this]() {
        updatePassphraseRows();
        updateEncryptionHint();
    });
    m_form->setRowVisible(m_encryption, create);
    m_encryptionHint->setVisible(create);
    updatePassphraseRows();
    updateEncryptionHint();
    setMinimumWidth(520);
}

AddRepositoryDialog::~AddRepositoryDialog() = default;

void AddRepositoryDialog::setFolderChooser(FolderChooser chooser)
{
    m_chooser = std::move(chooser);
}

void AddRepositoryDialog::browse()
{
    if (!m_chooser)
        return;
    const QString folder =
        m_chooser(m_mode == Mode::CreateNew ? tr("Choose a new or empty folder for the repository")
                                            : tr("Choose the folder of the borg repository"));
    if (folder.isEmpty())
        return;
    m_location->setText(QDir::toNativeSeparators(folder));
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(QFileInfo(folder).fileName());
}

void AddRepositoryDialog::updatePassphraseRows()
{
    if (m_mode == Mode::AddExisting) {
        m_form->setRowVisible(m_passphrase, true);
        m_form->setRowVisible(m_repeat, false);
        return;
    }
    const bool encrypted = m_encryption->currentData().toString() != QLatin1String("none");
    m_form->setRowVisible(m_passphrase, encrypted);
    m_form->setRowVisible(m_repeat, encrypted);
}

void AddRepositoryDialog::updateEncryptionHint()
{
    const QString mode = m_encryption->currentData().toString();
    QString hint;
    if (mode == QLatin1String("none"))
        hint = tr("The backups are not encrypted: anyone who can read the repository can read "
                  "your files.");
    else if (mode.startsWith(QLatin1String("repokey")))
        hint = tr("The key is kept in the repository, protected by the passphrase. Without the "
                  "passphrase nobody can read the backups, not even you.");
    else if (mode.startsWith(QLatin1String("keyfile")))
        hint = tr("The key is kept on this computer, protected by the passphrase. Export it with "
                  "borg key export and keep a copy: without it the backups cannot be read.");
    else
        hint = tr("The backups are not encrypted, but the passphrase protects them against "
                  "tampering.");
    m_encryptionHint->setText(hint);
}

QString AddRepositoryDialog::passphraseText() const
{
    const QString text = m_passphrase->text();
    // an empty passphrase is still a passphrase for borg (not "read it from the keychain")
    return text.isNull() ? QString(0, QChar()) : text;
}

bool AddRepositoryDialog::validate()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Enter a name for the repository."));
        m_name->setFocus();
        return false;
    }
    if (m_context.store->repositoryByName(name)) {
        showError(tr("A repository named \"%1\" already exists. Choose another name.").arg(name));
        m_name->setFocus();
        return false;
    }
    const QString location = repoui::normalizedLocation(m_location->text());
    if (location.isEmpty()) {
        showError(tr("Enter the location of the repository: a local folder or a remote address "
                     "such as ssh://user@host/./backups."));
        m_location->setFocus();
        return false;
    }
    if (!repoui::isRemoteLocation(location) && QDir::isRelativePath(location)) {
        showError(tr("Enter the full path of the folder (starting with /) or a remote address "
                     "such as ssh://user@host/./backups."));
        m_location->setFocus();
        return false;
    }
    const QList<Repository> existing = m_context.store->repositories();
    for (const Repository &r : existing) {
        if (r.location == location) {
            showError(tr("This location is already added as the repository \"%1\".").arg(r.name));
            m_location->setFocus();
            return false;
        }
    }
    if (m_mode == Mode::CreateNew &&
        m_encryption->currentData().toString() != QLatin1String("none")) {
        if (m_passphrase->text().isEmpty()) {
            showError(tr("Enter a passphrase. borg uses it to protect the repository's key."));
            m_passphrase->setFocus();
            return false;
        }
        if (m_passphrase->text() != m_repeat->text()) {
            showError(tr("The passphrases do not match. Type the same passphrase twice."));
            m_repeat->clear();
            m_repeat->setFocus();
            return false;
        }
    }
    m_repository = Repository();
    m_repository.name = name;
    m_repository.location = location;
    m_repository.encryption = m_mode == Mode::CreateNew ? m_encryption->currentData().toString()
                                                        : QStringLiteral("repokey");
    return true;
}

void AddRepositoryDialog::accept()
{
    if (isBusy())
        return;
    if (m_saved) { // saved with a notice shown: OK now closes
        QDialog::accept();
        return;
    }
    showError(QString());
    if (!validate())
        return;

    const bool create = m_mode == Mode::CreateNew;
    setBusy(true, create ? tr("Creating the repository with borg init…")
                         : tr("Checking the repository with borg info…"));
    m_command = new BorgCommand(m_context.borgPath(), this);
    BorgCommand *command = m_command;
    connect(command, &BorgCommand::finished, this,
            [this, command](const BorgCommand::Result &result) {
                const bool ok = result.ok;
                const QString error = result.error;
                const QByteArray output = result.output;
                command->deleteLater();
                if (m_command != command)
                    return;
                m_command = nullptr;
                onBorgFinished(ok, error, output);
            });
    const QStringList arguments = create ? BorgCommand::initArguments(m_repository)
                                         : BorgCommand::infoArguments(m_repository);
    // With encryption "none" the passphrase is not needed; an empty one harms nothing.
    const QString passphrase =
        m_repository.encryption == QLatin1String("none") ? QString(0, QChar()) : passphraseText();
    command->start(m_repository, arguments, passphrase);
}

void AddRepositoryDialog::onBorgFinished(bool ok, const QString &error, const QByteArray &output)
{
    if (!ok) {
        setBusy(false);
        const QString reason = repoui::explainBorgError(error);
        showError(m_mode == Mode::CreateNew
                      ? tr("borg could not create the repository: %1").arg(reason)
                      : tr("borg could not open the repository: %1").arg(reason));
        return;
    }
    if (m_mode == Mode::AddExisting) {
        const QJsonObject info = QJsonDocument::fromJson(output).object();
        const QString encryption = info.value(QStringLiteral("encryption"))
                                       .toObject()
                                       .value(QStringLiteral("mode"))
                                       .toString();
        if (encryption.isEmpty()) {
            setBusy(false);
            showError(tr("borg info did not describe the repository's encryption. Is this a borg "
                         "repository?"));
            return;
        }
        m_repository.encryption = encryption;
    }
    storePassphrase();
}

void AddRepositoryDialog::storePassphrase()
{
    if (!m_repository.needsPassphrase()) {
        save(QString());
        return;
    }
    setBusy(true, tr("Storing the passphrase…"));
    m_storingSecret = true;
    repoui::storePassphrase(m_context.secrets, m_repository, m_passphrase->text(), this,
                            [this](const QString &problem) {
                                m_storingSecret = false;
                                save(problem);
                            });
}

void AddRepositoryDialog::save(const QString &keychainProblem)
{
    const Status saved = m_context.store->saveRepository(m_repository);
    setBusy(false);
    if (!saved) {
        m_repository.id = 0;
        showError(m_mode == Mode::CreateNew
                      ? tr("borg created the repository, but Borgtide could not save it: %1. Add "
                           "it with Add Existing… once the problem is solved.")
                            .arg(saved.error())
                      : tr("Borgtide could not save the repository: %1").arg(saved.error()));
        return;
    }
    m_saved = true;
    Q_EMIT repositorySaved(m_repository);
    if (keychainProblem.isEmpty()) {
        QDialog::accept();
        return;
    }
    // Saved, but the passphrase is not in the keychain: say so and let the user close.
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_location),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_encryption),
                       static_cast<QWidget *>(m_passphrase), static_cast<QWidget *>(m_repeat)})
        w->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_ok->setText(tr("Close"));
    m_error->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_error->setText(
        tr("The repository \"%1\" was added, but its passphrase could not be stored in the "
           "system keychain (%2). Borgtide keeps the passphrase for this session only; after a "
           "restart, enter it again with Set Passphrase….")
            .arg(m_repository.name, keychainProblem));
    m_error->show();
}

void AddRepositoryDialog::reject()
{
    if (m_command) {
        // Let borg stop cleanly (a half-written `borg init` is worse than a finished one).
        BorgCommand *command = m_command;
        m_command = nullptr;
        command->abandon();
    }
    QDialog::reject();
}

void AddRepositoryDialog::setBusy(bool busy, const QString &what)
{
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_location),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_encryption),
                       static_cast<QWidget *>(m_passphrase), static_cast<QWidget *>(m_repeat),
                       static_cast<QWidget *>(m_ok)})
        w->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    m_busyText->setText(what);
}

void AddRepositoryDialog::showError(const QString &text)
{
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace borgtide
