#include "ui/repositories/ArchivesDialog.h"

#include "app/borg/BorgCommand.h"
#include "ui/common/Format.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace borgtide {

namespace {

struct ArchiveRow
{
    QString name;
    QDateTime time;
    QString timeText;
};

} // namespace

ArchivesDialog::ArchivesDialog(GuiContext &context, const Repository &repository, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_repository(repository)
    , m_chooser(repoui::defaultFolderChooser(this))
    , m_confirm(repoui::defaultConfirmer(this))
{
    setObjectName(QStringLiteral("archivesDialog"));
    setWindowTitle(tr("Archives of %1").arg(repository.name));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("archivesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshArchives"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("archiveTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Time")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);

    // the paths in the selected archive (borg list --json-lines), to pick what to restore
    m_contentsPanel = new QWidget(this);
    m_contentsStatus = new QLabel(m_contentsPanel);
    m_contentsStatus->setObjectName(QStringLiteral("contentsStatus"));
    m_contentsStatus->setWordWrap(true);
    m_contentsFilter = new QLineEdit(m_contentsPanel);
    m_contentsFilter->setObjectName(QStringLiteral("contentsFilter"));
    m_contentsFilter->setPlaceholderText(tr("Filter the paths"));
    m_contentsFilter->setClearButtonEnabled(true);
    m_contentsModel = new QStringListModel(this);
    m_contentsProxy = new QSortFilterProxyModel(this);
    m_contentsProxy->setSourceModel(m_contentsModel);
    m_contentsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_contents = new QListView(m_contentsPanel);
    m_contents->setObjectName(QStringLiteral("archiveContents"));
    m_contents->setModel(m_contentsProxy);
    m_contents->setUniformItemSizes(true);
    m_contents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contents->setToolTip(tr("Double-click a path to restore only it (and what is below it)."));
    auto *contentsLayout = new QVBoxLayout(m_contentsPanel);
    contentsLayout->setContentsMargins(0, 0, 0, 0);
    contentsLayout->addWidget(m_contentsStatus);
    contentsLayout->addWidget(m_contentsFilter);
    contentsLayout->addWidget(m_contents, 1);
    m_contentsPanel->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_contentsPanel);

    auto *restoreBox = new QGroupBox(tr("Restore the selected archive"), this);
    auto *pathsLabel =
        new QLabel(tr("Only these paths (one per line, as stored in the archive):"), restoreBox);
    m_paths = new QPlainTextEdit(restoreBox);
    m_paths->setObjectName(QStringLiteral("restorePaths"));
    m_paths->setPlaceholderText(
        tr("Leave empty to restore the whole archive. Example: home/anna/Documents"));
    m_paths->setTabChangesFocus(true);
    m_paths->setFixedHeight(m_paths->fontMetrics().lineSpacing() * 4 + 12);
    pathsLabel->setBuddy(m_paths);

    m_restore = new QPushButton(tr("Restore…"), restoreBox);
    m_restore->setObjectName(QStringLiteral("restoreArchive"));
    m_showContents = new QPushButton(tr("Show Contents"), restoreBox);
    m_showContents->setObjectName(QStringLiteral("browseContents"));
    m_showContents->setToolTip(tr("List the files in the selected archive."));
    m_progress = new QProgressBar(restoreBox);
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(restoreBox);
    m_progressText->setObjectName(QStringLiteral("restoreStatus"));
    m_progressText->setMinimumWidth(160);
    m_cancel = new QPushButton(tr("Cancel Restore"), restoreBox);
    m_cancel->setObjectName(QStringLiteral("cancelRestore"));
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_restore);
    restoreRow->addWidget(m_showContents);
    restoreRow->addWidget(m_progress, 1);
    restoreRow->addWidget(m_cancel);
    restoreRow->addStretch(0); // keeps the button small while no progress is shown
    m_progress->hide();
    m_cancel->hide();

    m_result = new QLabel(restoreBox);
    m_result->setObjectName(QStringLiteral("restoreResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *restoreLayout = new QVBoxLayout(restoreBox);
    restoreLayout->addWidget(pathsLabel);
    restoreLayout->addWidget(m_paths);
    restoreLayout->addLayout(restoreRow);
    restoreLayout->addWidget(m_progressText);
    restoreLayout->addWidget(m_result);
    m_progressText->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ArchivesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(restoreBox);
    layout->addWidget(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &ArchivesDialog::reload);
    connect(m_restore, &QPushButton::clicked, this, &ArchivesDialog::restore);
    connect(m_cancel, &QPushButton::clicked, this, &ArchivesDialog::cancelRestore);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        if (m_contentsPanel->isVisible() &&
            m_contentsPanel->property("archive").toString() != selectedArchive())
            m_contentsPanel->hide();
        updateButtons();
    });
    connect(m_showContents, &QPushButton::clicked, this, &ArchivesDialog::showContents);
    connect(m_contents, &QListView::doubleClicked, this, &ArchivesDialog::addPath);
    connect(m_contentsFilter, &QLineEdit::textChanged, m_contentsProxy,
            &QSortFilterProxyModel::setFilterFixedString);

    resize(640, 520);
    reload();
}

ArchivesDialog::~ArchivesDialog() = default;

void ArchivesDialog::setFolderChooser(FolderChooser chooser)
{
    m_chooser = std::move(chooser);
}

void ArchivesDialog::setConfirmer(Confirmer confirm)
{
    m_confirm = std::move(confirm);
}

QString ArchivesDialog::selectedArchive() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return QString();
    return m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
}

void ArchivesDialog::reload()
{
    if (m_list)
        return;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Loading the archives with borg list…"));
    m_list = new BorgCommand(m_context.borgPath(), this);
    BorgCommand *command = m_list;
    connect(command, &BorgCommand::finished, this,
            [this, command](const BorgCommand::Result &result) {
                const bool ok = result.ok;
                const QString error = result.error;
                const QByteArray output = result.output;
                command->deleteLater();
                m_list = nullptr;
                onListed(ok, error, output);
            });
    updateButtons();
    command->start(m_repository, BorgCommand::listArguments(m_repository), QString(),
                   m_context.secrets);
}

void ArchivesDialog::onListed(bool ok, const QString &error, const QByteArray &output)
{
    const QString selected = selectedArchive();
    if (!ok) {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(
            tr("borg could not list the archives: %1").arg(repoui::explainBorgError(error)));
        updateButtons();
        Q_EMIT archivesLoaded(-1);
        return;
    }
    const QJsonArray archives =
        QJsonDocument::fromJson(output).object().value(QStringLiteral("archives")).toArray();
    QList<ArchiveRow> rows;
    rows.reserve(archives.size());
    for (const QJsonValue &value : archives) {
        const QJsonObject archive = value.toObject();
        ArchiveRow row;
        row.name = archive.value(QStringLiteral("name")).toString();
        if (row.name.isEmpty())
            row.name = archive.value(QStringLiteral("archive")).toString();
        const QString time = archive.value(QStringLiteral("time")).toString();
        row.time = QDateTime::fromString(time, Qt::ISODateWithMs);
        row.timeText = row.time.isValid() ? format::dateTime(row.time) : time;
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ArchiveRow &a, const ArchiveRow &b) { return a.time > b.time; });

    m_table->setRowCount(0);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        auto *name = new QTableWidgetItem(rows[i].name);
        name->setData(Qt::UserRole, rows[i].name);
        auto *time = new QTableWidgetItem(rows[i].timeText);
        if (rows[i].time.isValid())
            time->setToolTip(rows[i].time.toString(Qt::ISODate));
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, time);
        if (rows[i].name == selected)
            m_table->selectRow(i);
    }
    m_status->setStyleSheet(QString());
    if (rows.isEmpty())
        m_status->setText(tr("The repository has no archives yet."));
    else if (rows.size() == 1)
        m_status->setText(tr("One archive. Select it to restore it."));
    else
        m_status->setText(
            tr("%1 archives, newest first. Select one to restore it.").arg(rows.size()));
    updateButtons();
    Q_EMIT archivesLoaded(int(rows.size()));
}

void ArchivesDialog::showContents()
{
    const QString archive = selectedArchive();
    if (archive.isEmpty() || m_contentsCommand)
        return;
    m_contentsModel->setStringList({});
    m_contentsFilter->clear();
    m_contentsPanel->setProperty("archive", archive);
    m_contentsStatus->setStyleSheet(QString());
    m_contentsStatus->setText(tr("Listing the contents of \"%1\" with borg list…").arg(archive));
    m_contentsPanel->show();
    m_contentsCommand = new BorgCommand(m_context.borgPath(), this);
    BorgCommand *command = m_contentsCommand;
    connect(command, &BorgCommand::finished, this,
            [this, command, archive](const BorgCommand::Result &result) {
                const bool ok = result.ok;
                const QString error = result.error;
                const QByteArray output = result.output;
                command->deleteLater();
                m_contentsCommand = nullptr;
                onContents(archive, ok, error, output);
            });
    updateButtons();
    command->start(m_repository, BorgCommand::listContentsArguments(m_repository, archive),
                   QString(), m_context.secrets);
}

void ArchivesDialog::onContents(const QString &archive, bool ok, const QString &error,
                                const QByteArray &output)
{
    updateButtons();
    if (m_contentsPanel->property("archive").toString() != archive)
        return;
    if (!ok) {
        m_contentsStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_contentsStatus->setText(
            tr("borg could not list the contents: %1").arg(repoui::explainBorgError(error)));
        Q_EMIT contentsLoaded(-1);
        return;
    }
    QStringList paths;
    qsizetype start = 0;
    while (start < output.size()) {
        qsizetype end = output.indexOf('\n', start);
        if (end < 0)
            end = output.size();
        const QJsonObject item = QJsonDocument::fromJson(output.mid(start, end - start)).object();
        start = end + 1;
        QString itemPath = item.value(QStringLiteral("path")).toString();
        if (itemPath.isEmpty())
            continue;
        if (item.value(QStringLiteral("type")).toString() == QLatin1String("d"))
            itemPath += QLatin1Char('/');
        paths.append(itemPath);
    }
    m_contentsModel->setStringList(paths);
    m_contentsStatus->setText(
        paths.size() == 1
            ? tr("One path in \"%1\". Double-click it to restore only it.").arg(archive)
            : tr("%1 paths in \"%2\". Double-click one to restore only it (and what is below "
                 "it).")
                  .arg(QString::number(paths.size()), archive));
    Q_EMIT contentsLoaded(int(paths.size()));
}

void ArchivesDialog::addPath(const QModelIndex &index)
{
    if (!index.isValid() || m_extract)
        return;
    QString picked = index.data().toString();
    if (picked.endsWith(QLatin1Char('/')))
        picked.chop(1);
    QStringList lines = m_paths->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.contains(picked))
        lines.append(picked);
    m_paths->setPlainText(lines.join(QLatin1Char('\n')));
}

void ArchivesDialog::restore()
{
    const QString archive = selectedArchive();
    if (archive.isEmpty() || m_extract || !m_chooser)
        return;
    const QString target =
        m_chooser(tr("Choose the folder to restore the archive \"%1\" into").arg(archive));
    if (target.isEmpty())
        return;
    const QDir dir(target);
    if (!dir.exists()) {
        showResult(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target)), true);
        return;
    }
    if (!dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System) &&
        m_confirm &&
        !m_confirm(tr("Restore into a folder that is not empty?"),
                   tr("The folder %1 is not empty. Files from the archive replace files with the "
                      "same names there. Restore into it anyway?")
                       .arg(QDir::toNativeSeparators(target))))
        return;

    QStringList paths;
    const QStringList lines = m_paths->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QString path = line.trimmed();
        // borg stores paths without the leading slash
        while (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        if (!path.isEmpty())
            paths.append(path);
    }

    m_target = dir.absolutePath();
    showResult(QString(), false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_progressText->setText(
        tr("Restoring \"%1\" to %2…").arg(archive, QDir::toNativeSeparators(m_target)));
    m_progressText->show();

    m_extract = new BorgCommand(m_context.borgPath(), this);
    BorgCommand *command = m_extract;
    connect(command, &BorgCommand::progress, this, &ArchivesDialog::onProgress);
    connect(command, &BorgCommand::finished, this,
            [this, command](const BorgCommand::Result &result) {
                const bool ok = result.ok;
                const int exitCode = result.exitCode;
                const QString error = result.error;
                const QString log = result.log;
                command->deleteLater();
                m_extract = nullptr;
                onRestored(ok, exitCode, error, log);
            });
    updateButtons();
    command->start(m_repository, BorgCommand::extractArguments(m_repository, archive, paths),
                   QString(), m_context.secrets, m_target);
}

void ArchivesDialog::onProgress(double fraction, const QString &message)
{
    if (!m_extract)
        return;
    if (fraction >= 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
    }
    if (!message.isEmpty()) {
        const QString text = m_progressText->fontMetrics().elidedText(
            message, Qt::ElideMiddle, qMax(200, m_progressText->width()));
        m_progressText->setText(text);
    }
}

void ArchivesDialog::onRestored(bool ok, int exitCode, const QString &error, const QString &log)
{
    const bool stopped = m_stopping;
    m_stopping = false;
    m_progress->hide();
    m_cancel->hide();
    m_progressText->hide();
    const QString folder = QDir::toNativeSeparators(m_target);
    if (stopped) {
        showResult(tr("The restore was stopped. Files restored so far remain in %1.").arg(folder),
                   true);
    } else if (!ok) {
        showResult(tr("The restore failed: %1").arg(repoui::explainBorgError(error)), true);
    } else if (exitCode != 0) {
        QStringList lines = log.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.size() > 5)
            lines = lines.mid(lines.size() - 5);
        showResult(tr("Restored to %1, with warnings from borg: %2")
                       .arg(folder, lines.join(QLatin1Char(' '))),
                   false);
    } else {
        showResult(tr("Restored to %1").arg(folder), false);
    }
    updateButtons();
    Q_EMIT restoreFinished(ok && !stopped);
    if (m_closeWhenStopped)
        QDialog::reject();
}

void ArchivesDialog::cancelRestore()
{
    if (!m_extract)
        return;
    m_stopping = true;
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Stopping the restore…"));
    m_extract->cancel();
}

void ArchivesDialog::reject()
{
    if (!m_extract) {
        if (m_list) {
            BorgCommand *command = m_list;
            m_list = nullptr;
            command->disconnect(this);
            connect(command, &BorgCommand::finished, command, &QObject::deleteLater);
            command->cancel();
        }
        QDialog::reject();
        return;
    }
    if (m_confirm && !m_confirm(tr("Stop the restore?"),
                                tr("A restore into %1 is running. Stop it and close the window?")
                                    .arg(QDir::toNativeSeparators(m_target))))
        return;
    m_closeWhenStopped = true;
    cancelRestore();
}

void ArchivesDialog::updateButtons()
{
    m_restore->setEnabled(!m_extract && !selectedArchive().isEmpty());
    m_refresh->setEnabled(!m_list);
    m_showContents->setEnabled(!m_contentsCommand && !selectedArchive().isEmpty());
    m_paths->setReadOnly(m_extract != nullptr);
}

void ArchivesDialog::showResult(const QString &text, bool error)
{
    m_result->setStyleSheet(error ? QStringLiteral("color: #b3261e;")
                                  : QStringLiteral("color: #1a7f37;"));
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

} // namespace borgtide
