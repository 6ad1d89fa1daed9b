#include "ui/repositories/RepositoriesPage.h"

#include "app/borg/BorgCommand.h"
#include "app/secrets/SecretStore.h"
#include "models/Store.h"
#include "ui/common/Format.h"
#include "ui/repositories/AddRepositoryDialog.h"
#include "ui/repositories/ArchivesDialog.h"
#include "ui/repositories/PassphraseDialog.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace borgtide {

namespace {

enum Column { NameColumn, LocationColumn, EncryptionColumn, UsedByColumn, ColumnCount };

} // namespace

RepositoriesPage::RepositoriesPage(GuiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_chooser(repoui::defaultFolderChooser(this))
    , m_confirm(repoui::defaultConfirmer(this))
{
    setObjectName(QStringLiteral("repositoriesPage"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setText(
        context.secrets
            ? tr("The borg repositories your schedules back up to. Passphrases are kept in the "
                 "%1, never in Borgtide's database.")
                  .arg(context.secrets->backendName())
            : tr("The borg repositories your schedules back up to."));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("repositoryTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Location"), tr("Encryption"), tr("Used by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LocationColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EncryptionColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UsedByColumn, QHeaderView::ResizeToContents);

    m_empty = new QLabel(tr("No repositories yet. Add an existing borg repository or create a "
                            "new one to back up to."),
                         this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setFrameShape(QFrame::StyledPanel);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_addExisting = button(QStringLiteral("addExisting"), tr("Add Existing…"),
                           tr("Add a borg repository that already exists."));
    m_createNew = button(QStringLiteral("createNew"), tr("Create New…"),
                         tr("Create a new borg repository with borg init."));
    m_testConnection = button(QStringLiteral("testConnection"), tr("Test Connection"),
                              tr("Open the selected repository with borg and show what it holds."));
    m_showArchives = button(QStringLiteral("showArchives"), tr("Archives…"),
                            tr("List the archives of the selected repository and restore files."));
    m_setPassphrase = button(QStringLiteral("setPassphrase"), tr("Set Passphrase…"),
                             tr("Enter the passphrase of the selected repository."));
    m_remove = button(QStringLiteral("removeRepository"), tr("Remove"),
                      tr("Forget the selected repository. Its archives stay where they are."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addExisting);
    buttons->addWidget(m_createNew);
    buttons->addStretch(1);
    buttons->addWidget(m_testConnection);
    buttons->addWidget(m_showArchives);
    buttons->addWidget(m_setPassphrase);
    buttons->addWidget(m_remove);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("repositoryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_connectionPanel = new QFrame(this);
    m_connectionPanel->setObjectName(QStringLiteral("connectionPanel"));
    m_connectionPanel->setFrameShape(QFrame::StyledPanel);
    m_connection = new QLabel(m_connectionPanel);
    m_connection->setObjectName(QStringLiteral("connectionResult"));
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *panelLayout = new QVBoxLayout(m_connectionPanel);
    panelLayout->addWidget(m_connection);
    m_connectionPanel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_connectionPanel);

    connect(m_addExisting, &QPushButton::clicked, this, [this]() { openAddDialog(false); });
    connect(m_createNew, &QPushButton::clicked, this, [this]() { openAddDialog(true); });
    connect(m_testConnection, &QPushButton::clicked, this, &RepositoriesPage::testConnection);
    connect(m_showArchives, &QPushButton::clicked, this, &RepositoriesPage::showArchives);
    connect(m_setPassphrase, &QPushButton::clicked, this, &RepositoriesPage::setPassphrase);
    connect(m_remove, &QPushButton::clicked, this, &RepositoriesPage::removeRepository);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RepositoriesPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RepositoriesPage::showArchives);

    reload();
}

RepositoriesPage::~RepositoriesPage() = default;

void RepositoriesPage::setFolderChooser(std::function<QString(const QString &title)> chooser)
{
    m_chooser = std::move(chooser);
}

void RepositoriesPage::setConfirmer(Confirmer confirm)
{
    m_confirm = std::move(confirm);
}

void RepositoriesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // schedules may have changed the "Used by" column
}

void RepositoriesPage::reload()
{
    const std::optional<Repository> selected = selectedRepository();
    m_repositories = m_context.store->repositories();
    m_usedBy.clear();
    const QList<Schedule> schedules = m_context.store->schedules();
    for (const Schedule &s : schedules) {
        for (const Repository &r : s.repositories)
            m_usedBy[r.id].append(s.name);
    }

    m_table->setRowCount(0);
    m_table->setRowCount(int(m_repositories.size()));
    for (int row = 0; row < m_repositories.size(); ++row) {
        const Repository &r = m_repositories.at(row);
        const QStringList usedBy = m_usedBy.value(r.id);
        auto *name = new QTableWidgetItem(r.name);
        name->setData(Qt::UserRole, r.id);
        auto *location = new QTableWidgetItem(r.location);
        location->setToolTip(r.location);
        auto *encryption =
            new QTableWidgetItem(r.needsPassphrase() ? r.encryption : tr("none (not encrypted)"));
        auto *used = new QTableWidgetItem(usedBy.isEmpty() ? tr("Not used")
                                                           : usedBy.join(QStringLiteral(", ")));
        if (usedBy.isEmpty())
            used->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, LocationColumn, location);
        m_table->setItem(row, EncryptionColumn, encryption);
        m_table->setItem(row, UsedByColumn, used);
    }
    m_stack->setCurrentWidget(m_repositories.isEmpty() ? static_cast<QWidget *>(m_empty)
                                                       : static_cast<QWidget *>(m_table));
    if (selected)
        selectRepository(selected->id);
    if (!selectedRepository() && !m_repositories.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

std::optional<Repository> RepositoriesPage::selectedRepository() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id =
        m_table->item(items.first()->row(), NameColumn)->data(Qt::UserRole).toLongLong();
    for (const Repository &r : m_repositories) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

void RepositoriesPage::selectRepository(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void RepositoriesPage::updateButtons()
{
    const std::optional<Repository> r = selectedRepository();
    m_testConnection->setEnabled(r && !m_test);
    m_showArchives->setEnabled(r.has_value());
    m_setPassphrase->setEnabled(r && r->needsPassphrase());
    m_remove->setEnabled(r.has_value());
    if (r && m_usedBy.contains(r->id))
        m_remove->setToolTip(tr("The repository is used by %1; it cannot be removed while a "
                                "schedule uses it.")
                                 .arg(m_usedBy.value(r->id).join(QStringLiteral(", "))));
    else
        m_remove->setToolTip(
            tr("Forget the selected repository. Its archives stay where they are."));
}

BorgCommand *RepositoriesPage::newCommand()
{
    return new BorgCommand(m_context.borgPath(), this);
}

void RepositoriesPage::openAddDialog(bool create)
{
    auto *dialog = new AddRepositoryDialog(m_context,
                                           create ? AddRepositoryDialog::Mode::CreateNew
                                                  : AddRepositoryDialog::Mode::AddExisting,
                                           this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFolderChooser(m_chooser);
    connect(dialog, &AddRepositoryDialog::repositorySaved, this,
            [this, create](const Repository &repository) {
                reload();
                selectRepository(repository.id);
                showMessage(create ? tr("Created the repository \"%1\" at %2.")
                                         .arg(repository.name, repository.location)
                                   : tr("Added the repository \"%1\".").arg(repository.name),
                            false);
                Q_EMIT repositoriesChanged();
            });
    dialog->open();
}

void RepositoriesPage::testConnection()
{
    const std::optional<Repository> repository = selectedRepository();
    if (!repository || m_test)
        return;
    const Repository r = *repository;
    showConnection(tr("Connecting to \"%1\" with borg…").arg(r.name), false);
    m_test = newCommand();
    BorgCommand *command = m_test;
    connect(command, &BorgCommand::finished, this,
            [this, command, r](const BorgCommand::Result &result) {
                const bool ok = result.ok;
                const QString error = result.error;
                const QByteArray output = result.output;
                command->deleteLater();
                m_test = nullptr;
                onInfo(r, ok, error, output);
            });
    updateButtons();
    command->start(r, BorgCommand::infoArguments(r), QString(), m_context.secrets);
}

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px\">") % label.toHtmlEscaped() %
           QStringLiteral("</td><td>") % value.toHtmlEscaped() % QStringLiteral("</td></tr>");
}

} // namespace

void RepositoriesPage::onInfo(const Repository &r, bool ok, const QString &error,
                              const QByteArray &output)
{
    if (!ok) {
        showConnection(tr("Borgtide could not connect to \"%1\": %2")
                           .arg(r.name, repoui::explainBorgError(error)),
                       true);
        updateButtons();
        return;
    }
    const QJsonObject info = QJsonDocument::fromJson(output).object();
    const QJsonObject repository = info.value(QStringLiteral("repository")).toObject();
    const QJsonObject stats =
        info.value(QStringLiteral("cache")).toObject().value(QStringLiteral("stats")).toObject();
    const QString id = repository.value(QStringLiteral("id")).toString();
    const QString encryption = info.value(QStringLiteral("encryption"))
                                   .toObject()
                                   .value(QStringLiteral("mode"))
                                   .toString();
    const QDateTime modified = QDateTime::fromString(
        repository.value(QStringLiteral("last_modified")).toString(), Qt::ISODateWithMs);
    const QString rows =
        row(tr("Repository ID:"), id.size() > 12 ? id.left(12) + QStringLiteral("…") : id) %
        row(tr("Encryption:"), encryption) %
        row(tr("Deduplicated size of all archives:"),
            format::bytes(stats.value(QStringLiteral("unique_csize")).toInteger(-1))) %
        row(tr("Last modified:"), modified.isValid() ? format::dateTime(modified) : tr("unknown"));
    m_connection->setToolTip(tr("Repository ID: %1").arg(id));

    // the archive count comes from borg list
    m_test = newCommand();
    BorgCommand *command = m_test;
    connect(command, &BorgCommand::finished, this,
            [this, command, r, rows](const BorgCommand::Result &result) {
                const bool listed = result.ok;
                const QString listError = result.error;
                const QByteArray listOutput = result.output;
                command->deleteLater();
                m_test = nullptr;
                onList(r, rows, listed, listError, listOutput);
            });
    command->start(r, BorgCommand::listArguments(r), QString(), m_context.secrets);
}

void RepositoriesPage::onList(const Repository &r, const QString &infoRows, bool ok,
                              const QString &error, const QByteArray &output)
{
    const QString archives = ok ? QString::number(QJsonDocument::fromJson(output)
                                                      .object()
                                                      .value(QStringLiteral("archives"))
                                                      .toArray()
                                                      .size())
                                : tr("unknown (%1)").arg(error);
    const QString html = QStringLiteral("<p><b>") %
                         tr("Connected to \"%1\".").arg(r.name).toHtmlEscaped() %
                         QStringLiteral("</b></p><table cellspacing=\"0\" cellpadding=\"1\">") %
                         row(tr("Archives:"), archives) % infoRows % QStringLiteral("</table>");
    m_connection->setTextFormat(Qt::RichText);
    m_connection->setText(html);
    m_connection->setStyleSheet(QString());
    m_connectionPanel->show();
    updateButtons();
}

void RepositoriesPage::showArchives()
{
    const std::optional<Repository> r = selectedRepository();
    if (!r)
        return;
    auto *dialog = new ArchivesDialog(m_context, *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFolderChooser(m_chooser);
    dialog->setConfirmer(m_confirm);
    // not modal: a long restore must not lock the main window
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void RepositoriesPage::setPassphrase()
{
    const std::optional<Repository> r = selectedRepository();
    if (!r || !r->needsPassphrase())
        return;
    auto *dialog = new PassphraseDialog(m_context, *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PassphraseDialog::passphraseStored, this, [this](const Repository &stored) {
        showMessage(tr("The passphrase of \"%1\" is set.").arg(stored.name), false);
    });
    dialog->open();
}

void RepositoriesPage::removeRepository()
{
    const std::optional<Repository> selected = selectedRepository();
    if (!selected)
        return;
    const Repository r = *selected;
    QStringList usedBy;
    const QList<Schedule> schedules = m_context.store->schedules();
    for (const Schedule &s : schedules) {
        for (const Repository &used : s.repositories) {
            if (used.id == r.id)
                usedBy.append(s.name);
        }
    }
    if (!usedBy.isEmpty()) {
        showMessage(usedBy.size() == 1
                        ? tr("The repository \"%1\" is used by the schedule %2, so it cannot be "
                             "removed. Change that schedule to another repository or remove it "
                             "first.")
                              .arg(r.name, usedBy.first())
                        : tr("The repository \"%1\" is used by the schedules %2, so it cannot be "
                             "removed. Change those schedules to another repository or remove "
                             "them first.")
                              .arg(r.name, usedBy.join(QStringLiteral(", "))),
                    true);
        return;
    }
    if (m_confirm &&
        !m_confirm(tr("Remove the repository?"),
                   tr("Remove the repository \"%1\" from Borgtide? Its archives stay at %2; "
                      "Borgtide forgets the repository and its stored passphrase.")
                       .arg(r.name, r.location)))
        return;
    const Status removed = m_context.store->removeRepository(r.id);
    if (!removed) {
        showMessage(
            tr("The repository \"%1\" could not be removed: %2").arg(r.name, removed.error()),
            true);
        reload();
        return;
    }
    // the passphrase belongs to the location: keep it while another entry points there
    bool locationStillUsed = false;
    const QList<Repository> remaining = m_context.store->repositories();
    for (const Repository &other : remaining)
        locationStillUsed = locationStillUsed || other.location == r.location;
    if (r.needsPassphrase() && m_context.secrets && !locationStillUsed)
        m_context.secrets->remove(SecretStore::repositoryKey(r), [](const SecretStore::Reply &) {});
    m_connectionPanel->hide();
    reload();
    showMessage(tr("Removed the repository \"%1\" from Borgtide. Its archives are still at %2.")
                    .arg(r.name, r.location),
                false);
    Q_EMIT repositoriesChanged();
}

void RepositoriesPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void RepositoriesPage::showConnection(const QString &text, bool error)
{
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_connection->setText(text);
    m_connectionPanel->show();
}

} // namespace borgtide
