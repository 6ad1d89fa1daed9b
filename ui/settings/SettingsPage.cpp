#include "ui/settings/SettingsPage.h"

#include "app/jobs/JobBoard.h"
#include "app/platform/Autostart.h"
#include "app/secrets/SecretStore.h"
#include "models/Store.h"
#include "models/Template.h"
#include "ui/common/GuiContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace borgtide {

namespace {

QStringList referencedSecrets(const QList<Schedule> &schedules)
{
    QStringList names;
    for (const Schedule &s : schedules)
        names += templates::secretNames(s, false);
    names.removeDuplicates();
    names.sort();
    return names;
}

} // namespace

SettingsPage::SettingsPage(GuiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    askSecret = [this](const QString &name) {
        bool ok = false;
        const QString value =
            QInputDialog::getText(this, tr("Set Secret"), tr("Value of {{ secret.%1 }}:").arg(name),
                                  QLineEdit::Password, QString(), &ok);
        return ok ? value : QString();
    };
    auto *layout = new QVBoxLayout(this);

    auto *general = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(general);
    m_notify = new QComboBox(general);
    m_notify->setObjectName(QStringLiteral("notifySetting"));
    m_notify->addItem(tr("Always"), QStringLiteral("always"));
    m_notify->addItem(tr("On failures and warnings"), QStringLiteral("failures"));
    m_notify->addItem(tr("Never"), QStringLiteral("never"));
    form->addRow(tr("Show &notifications:"), m_notify);
    m_parallel = new QSpinBox(general);
    m_parallel->setObjectName(QStringLiteral("maxParallel"));
    m_parallel->setRange(1, 16);
    m_parallel->setToolTip(tr("Jobs on one repository always run one after another."));
    form->addRow(tr("&Jobs at the same time:"), m_parallel);
    m_autostart = new QCheckBox(tr("Start Borgtide in the tray when I log in"), general);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    m_autostart->setEnabled(autostart::isSupported());
    form->addRow(QString(), m_autostart);
    layout->addWidget(general);

    auto *borg = new QGroupBox(tr("BorgBackup"), this);
    auto *borgForm = new QFormLayout(borg);
    m_borgPath = new QLineEdit(borg);
    m_borgPath->setObjectName(QStringLiteral("borgPath"));
    m_borgPath->setPlaceholderText(tr("borg on the PATH"));
    auto *browse = new QPushButton(tr("&Browse…"), borg);
    auto *pathRow = new QHBoxLayout();
    pathRow->addWidget(m_borgPath, 1);
    pathRow->addWidget(browse);
    auto *borgLabel = new QLabel(tr("borg &program:"), borg);
    borgLabel->setBuddy(m_borgPath); // a row whose field is a layout gets no buddy, showing "&"
    borgForm->addRow(borgLabel, pathRow);
    m_borgVersion = new QLabel(borg);
    m_borgVersion->setObjectName(QStringLiteral("borgVersion"));
    borgForm->addRow(QString(), m_borgVersion);
    m_lockWait = new QSpinBox(borg);
    m_lockWait->setObjectName(QStringLiteral("lockWait"));
    m_lockWait->setRange(1, 24 * 3600);
    m_lockWait->setSuffix(tr(" s"));
    m_lockWait->setToolTip(tr("How long a job waits for a repository another job is using."));
    borgForm->addRow(tr("Wait for a busy repository:"), m_lockWait);
    layout->addWidget(borg);

    auto *secrets = new QGroupBox(tr("Secrets used by hooks"), this);
    auto *secretsBox = new QVBoxLayout(secrets);
    m_keychain = new QLabel(secrets);
    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->setWordWrap(true);
    secretsBox->addWidget(m_keychain);
    m_secrets = new QTableWidget(0, 2, secrets);
    m_secrets->setObjectName(QStringLiteral("secretTable"));
    m_secrets->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_secrets->horizontalHeader()->setStretchLastSection(true);
    m_secrets->verticalHeader()->hide();
    m_secrets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_secrets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_secrets->setSelectionMode(QAbstractItemView::SingleSelection);
    secretsBox->addWidget(m_secrets);
    auto *secretButtons = new QHBoxLayout();
    auto *set = new QPushButton(tr("&Set Value…"), secrets);
    set->setObjectName(QStringLiteral("setSecret"));
    auto *remove = new QPushButton(tr("&Remove Value"), secrets);
    remove->setObjectName(QStringLiteral("removeSecret"));
    secretButtons->addWidget(set);
    secretButtons->addWidget(remove);
    secretButtons->addStretch();
    secretsBox->addLayout(secretButtons);
    layout->addWidget(secrets, 1);

    // filled in when first shown: the start of the application does not wait for it

    connect(m_notify, &QComboBox::currentIndexChanged, this, [this]() {
        (void)m_context.store->setSetting(QStringLiteral("notify"),
                                          m_notify->currentData().toString());
        Q_EMIT settingsChanged();
    });
    connect(m_parallel, &QSpinBox::valueChanged, this, [this](int n) {
        (void)m_context.store->setSetting(QStringLiteral("max_parallel"), QString::number(n));
        if (m_context.board)
            m_context.board->setMaxParallel(n);
        Q_EMIT settingsChanged();
    });
    connect(m_lockWait, &QSpinBox::valueChanged, this, [this](int n) {
        (void)m_context.store->setSetting(QStringLiteral("lock_wait"), QString::number(n));
        Q_EMIT settingsChanged();
    });
    connect(m_borgPath, &QLineEdit::editingFinished, this, [this]() {
        (void)m_context.store->setSetting(QStringLiteral("borg_path"),
                                          m_borgPath->text().trimmed());
        updateBorgVersion();
        Q_EMIT settingsChanged();
    });
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose the borg Program"));
        if (file.isEmpty())
            return;
        m_borgPath->setText(file);
        Q_EMIT m_borgPath->editingFinished();
    });
    connect(m_autostart, &QCheckBox::toggled, this, [this](bool on) {
        QString error;
        if (!autostart::setEnabled(on, QCoreApplication::applicationFilePath(), &error)) {
            m_autostart->setToolTip(error);
            const QSignalBlocker block(m_autostart);
            m_autostart->setChecked(!on);
        }
    });
    connect(set, &QPushButton::clicked, this, [this]() {
        const int row = m_secrets->currentRow();
        if (row < 0)
            return;
        const QString name = m_secrets->item(row, 0)->text();
        const QString value = askSecret(name);
        if (value.isEmpty())
            return;
        QPointer<SettingsPage> self(this);
        m_context.secrets->write(
            SecretStore::secretKey(name), value, [self](const SecretStore::Reply &r) {
                if (!self)
                    return;
                if (r.ok() && !r.message.isEmpty())
                    self->m_keychain->setText(tr("Not in the keychain (%1): the value is kept for "
                                                 "this session only.")
                                                  .arg(r.message));
                else if (!r.ok())
                    self->m_keychain->setText(r.message);
                self->refreshSecrets();
            });
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        const int row = m_secrets->currentRow();
        if (row < 0)
            return;
        QPointer<SettingsPage> self(this);
        m_context.secrets->remove(SecretStore::secretKey(m_secrets->item(row, 0)->text()),
                                  [self](const SecretStore::Reply &) {
                                      if (self)
                                          self->refreshSecrets();
                                  });
    });
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void SettingsPage::reload()
{
    m_loaded = true;
    const QSignalBlocker b1(m_notify), b2(m_parallel), b3(m_lockWait), b4(m_borgPath),
        b5(m_autostart);
    Store &store = *m_context.store;
    m_notify->setCurrentIndex(std::max(
        0,
        m_notify->findData(store.setting(QStringLiteral("notify"), QStringLiteral("failures")))));
    m_parallel->setValue(
        store.setting(QStringLiteral("max_parallel"), QStringLiteral("2")).toInt());
    m_lockWait->setValue(store.setting(QStringLiteral("lock_wait"), QStringLiteral("300")).toInt());
    m_borgPath->setText(store.setting(QStringLiteral("borg_path")));
    m_autostart->setChecked(autostart::isEnabled());
    updateBorgVersion();
    m_keychain->setText(tr("Values are kept in the %1, never in Borgtide's database or in "
                           "schedule files.")
                            .arg(m_context.secrets->backendName()));
    refreshSecrets();
}

void SettingsPage::updateBorgVersion()
{
    const QString path = m_context.borgPath();
    if (path.isEmpty()) {
        m_borgVersion->setText(tr("borg was not found. Install BorgBackup or choose the program."));
        return;
    }
    // `borg --version` takes a moment (Python starts): ask without blocking the window
    if (m_versionProbe)
        m_versionProbe->kill();
    m_borgVersion->setText(tr("Checking %1…").arg(path));
    auto *probe = new QProcess(this);
    m_versionProbe = probe;
    connect(probe, &QProcess::finished, this, [this, probe, path](int exitCode) {
        probe->deleteLater();
        if (probe != m_versionProbe)
            return;
        static const QRegularExpression re(QStringLiteral(R"((\d+\.\d+\.\d+))"));
        const auto m = re.match(QString::fromUtf8(probe->readAllStandardOutput()));
        m_borgVersion->setText(exitCode == 0 && m.hasMatch()
                                   ? tr("borg %1 at %2").arg(m.captured(1), path)
                                   : tr("%1 does not answer like borg.").arg(path));
    });
    connect(probe, &QProcess::errorOccurred, this, [this, probe, path](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && probe == m_versionProbe)
            m_borgVersion->setText(tr("%1 does not answer like borg.").arg(path));
    });
    probe->start(path, {QStringLiteral("--version")});
}

void SettingsPage::refreshSecrets()
{
    const QStringList names = referencedSecrets(m_context.store->schedules());
    m_secrets->setRowCount(int(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        m_secrets->setItem(i, 0, new QTableWidgetItem(names.at(i)));
        m_secrets->setItem(i, 1, new QTableWidgetItem(tr("checking…")));
        QPointer<SettingsPage> self(this);
        const QString name = names.at(i);
        m_context.secrets->read(
            SecretStore::secretKey(name), [self, i, name](const SecretStore::Reply &r) {
                if (!self || i >= self->m_secrets->rowCount() ||
                    self->m_secrets->item(i, 0)->text() != name)
                    return;
                self->m_secrets->item(i, 1)->setText(r.ok() ? tr("set")
                                                     : r.outcome == SecretStore::Outcome::NotFound
                                                         ? tr("not set — hooks using it fail")
                                                         : r.message);
            });
    }
    if (names.isEmpty()) {
        m_secrets->setRowCount(1);
        auto *hint = new QTableWidgetItem(tr("No hook uses {{ secret.NAME }} yet."));
        hint->setFlags(Qt::NoItemFlags);
        m_secrets->setItem(0, 0, hint);
        m_secrets->setSpan(0, 0, 1, 2);
    } else {
        m_secrets->clearSpans();
    }
}

} // namespace borgtide
