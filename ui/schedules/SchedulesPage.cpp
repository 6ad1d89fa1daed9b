#include "ui/schedules/SchedulesPage.h"

#include "app/jobs/Scheduler.h"
#include "models/ScheduleFile.h"
#include "models/Store.h"
#include "ui/common/Format.h"
#include "ui/common/GuiContext.h"
#include "ui/schedules/ScheduleEditorDialog.h"
#include "ui/schedules/SchedulesModel.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace borgtide {

SchedulesPage::SchedulesPage(GuiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Borgtide"), question) == QMessageBox::Yes;
    };
    tell = [this](const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, this);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    };
    chooseImportFile = [this]() {
        return QFileDialog::getOpenFileName(this, tr("Import Schedules"), QDir::homePath(),
                                            tr("Schedule files (*.borgtide.json *.json)"));
    };
    chooseExportFile = [this]() {
        return QFileDialog::getSaveFileName(this, tr("Export Schedules"),
                                            QDir::homePath() +
                                                QStringLiteral("/schedules.borgtide.json"),
                                            tr("Schedule files (*.borgtide.json)"));
    };
    chooseConflictPolicy = [this](const QStringList &conflicts) -> std::optional<ConflictPolicy> {
        QMessageBox box(QMessageBox::Question, tr("Import Schedules"),
                        tr("Some schedules or repositories in the file already exist."),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("What should happen to them?"));
        box.setDetailedText(conflicts.join(QLatin1Char('\n')));
        QPushButton *skip = box.addButton(tr("&Skip Them"), QMessageBox::AcceptRole);
        QPushButton *replace = box.addButton(tr("&Replace Them"), QMessageBox::DestructiveRole);
        QPushButton *rename = box.addButton(tr("Import &Renamed"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == skip)
            return ConflictPolicy::Skip;
        if (box.clickedButton() == replace)
            return ConflictPolicy::Replace;
        if (box.clickedButton() == rename)
            return ConflictPolicy::Rename;
        return std::nullopt;
    };
    editSchedule = [this](const Schedule &s) -> std::optional<Schedule> {
        ScheduleEditorDialog dialog(*m_context.store, s, m_context.secrets, m_context.network,
                                    this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.schedule();
    };

    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout();
    auto *add = new QPushButton(tr("&New…"), this);
    add->setObjectName(QStringLiteral("newSchedule"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editSchedule"));
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateSchedule"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteSchedule"));
    m_run = new QPushButton(tr("&Run Now"), this);
    m_run->setObjectName(QStringLiteral("runSchedule"));
    auto *import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("importSchedules"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportSchedules"));
    for (QPushButton *b : {add, m_edit, m_duplicate, m_delete, m_run})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(import);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    m_model = new SchedulesModel(*m_context.store, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(SchedulesModel::When, QHeaderView::Stretch);
    m_table->setColumnWidth(SchedulesModel::Name, 190);
    m_table->setColumnWidth(SchedulesModel::Repository, 120);
    m_table->setColumnWidth(SchedulesModel::NextRun, 210);
    // wide enough for the longest result in the user's language
    int resultWidth = 0;
    for (JobStatus st :
         {JobStatus::CompletedWithWarnings, JobStatus::Interrupted, JobStatus::Completed})
        resultWidth =
            std::max(resultWidth, m_table->fontMetrics().horizontalAdvance(format::statusText(st)));
    m_table->setColumnWidth(SchedulesModel::LastResult, resultWidth + 44);
    m_table->setColumnWidth(SchedulesModel::Enabled, 80);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No schedules yet. Create one with “New…”, or import a schedule file."),
                         this);
    m_empty->setObjectName(QStringLiteral("schedulesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("schedulesStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(add, &QPushButton::clicked, this, &SchedulesPage::newSchedule);
    connect(m_edit, &QPushButton::clicked, this, &SchedulesPage::editSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &SchedulesPage::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &SchedulesPage::deleteSelected);
    connect(m_run, &QPushButton::clicked, this, &SchedulesPage::runSelected);
    connect(import, &QPushButton::clicked, this, &SchedulesPage::importFile);
    connect(m_export, &QPushButton::clicked, this, &SchedulesPage::exportSchedules);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != SchedulesModel::Enabled)
            editSelected();
    });
    auto *enter =
        new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &SchedulesPage::editSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &SchedulesPage::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SchedulesPage::updateButtons);
    connect(m_model, &SchedulesModel::enabledChanged, this, [this]() {
        if (m_context.scheduler)
            m_context.scheduler->tick();
        Q_EMIT schedulesChanged();
    });
    auto *minute = new QTimer(this);
    connect(minute, &QTimer::timeout, m_model, &SchedulesModel::refreshTimes);
    minute->start(30 * 1000);
    reload();
}

void SchedulesPage::reload()
{
    const qint64 current = selected() ? selected()->id : 0;
    m_model->reload();
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_table->selectRow(row);
    else if (!empty)
        m_table->selectRow(0);
    updateButtons();
}

const Schedule *SchedulesPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->scheduleAt(rows.first().row());
}

void SchedulesPage::updateButtons()
{
    const bool has = selected() != nullptr;
    for (QPushButton *b : {m_edit, m_duplicate, m_delete, m_run})
        b->setEnabled(has);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void SchedulesPage::save(Schedule schedule)
{
    if (Status s = m_context.store->saveSchedule(schedule); !s) {
        tell(tr("Borgtide"), tr("The schedule could not be saved: %1").arg(s.error()));
        return;
    }
    reload();
    m_table->selectRow(m_model->rowOf(schedule.id));
    if (m_context.scheduler)
        m_context.scheduler->tick();
    m_status->setText(tr("Saved “%1”.").arg(schedule.name));
    Q_EMIT schedulesChanged();
}

void SchedulesPage::newSchedule()
{
    Schedule fresh;
    fresh.trigger = {TriggerKind::Cron, QStringLiteral("0 2 * * *"), 0};
    fresh.prune = Retention{QString(), std::nullopt, 7, 4, 6, std::nullopt};
    if (auto edited = editSchedule(fresh))
        save(*edited);
}

void SchedulesPage::editSelected()
{
    const Schedule *s = selected();
    if (!s)
        return;
    if (auto edited = editSchedule(*s))
        save(*edited);
}

void SchedulesPage::duplicateSelected()
{
    const Schedule *s = selected();
    if (!s)
        return;
    Schedule copy = *s;
    copy.id = 0;
    for (int n = 2;; ++n) {
        const QString name = tr("%1 (copy %2)").arg(s->name).arg(n - 1);
        if (!m_context.store->scheduleByName(name)) {
            copy.name = name;
            break;
        }
    }
    // a copy must not prune the original's archives
    if (!copy.archiveName.contains(QLatin1String("{schedule}")))
        copy.archiveName = QStringLiteral("{schedule}-{now}");
    copy.enabled = false;
    if (auto edited = editSchedule(copy))
        save(*edited);
}

void SchedulesPage::deleteSelected()
{
    const Schedule *s = selected();
    if (!s)
        return;
    const Schedule victim = *s;
    if (!confirm(tr("Delete the schedule “%1”? Its hooks go with it; its job history and "
                    "archives stay.")
                     .arg(victim.name)))
        return;
    if (Status st = m_context.store->removeSchedule(victim.id); !st) {
        tell(tr("Borgtide"), st.error());
        return;
    }
    m_status->setText(tr("Deleted “%1”.").arg(victim.name));
    reload();
    Q_EMIT schedulesChanged();
}

void SchedulesPage::runSelected()
{
    const Schedule *s = selected();
    if (!s || !m_context.scheduler)
        return;
    QString reason;
    if (!m_context.scheduler->runNow(s->id, &reason)) {
        m_status->setText(tr("“%1” was not started: %2").arg(s->name, reason));
        return;
    }
    m_status->setText(tr("Started “%1”.").arg(s->name));
    Q_EMIT runStarted(s->id);
}

void SchedulesPage::importFile()
{
    const QString path = chooseImportFile();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        tell(tr("Import Schedules"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const schedulefile::Contents contents = schedulefile::parse(file.readAll());
    if (!contents.problems.isEmpty()) {
        QStringList lines;
        for (const Problem &p : contents.problems)
            lines << p.text();
        tell(tr("Import Schedules"),
             tr("%1 is not a valid schedule file. Nothing was imported.\n\n%2")
                 .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n'))));
        return;
    }
    ImportPlan plan = planImport(*m_context.store, contents.schedules, ConflictPolicy::Fail);
    if (!plan.conflicts.isEmpty()) {
        QStringList lines;
        for (const Problem &p : plan.conflicts)
            lines << p.text();
        const auto policy = chooseConflictPolicy(lines);
        if (!policy)
            return;
        plan = planImport(*m_context.store, contents.schedules, *policy);
        if (!plan.conflicts.isEmpty()) {
            lines.clear();
            for (const Problem &p : plan.conflicts)
                lines << p.text();
            tell(tr("Import Schedules"),
                 tr("The schedules cannot be imported. Nothing was imported.\n\n%1")
                     .arg(lines.join(QLatin1Char('\n'))));
            return;
        }
    }
    if (Status s = applyImport(*m_context.store, plan); !s) {
        tell(tr("Import Schedules"), tr("Nothing was imported: %1").arg(s.error()));
        return;
    }
    m_status->setText(tr("Imported %1: %2 added, %3 replaced, %4 skipped.")
                          .arg(QFileInfo(path).fileName())
                          .arg(plan.count(ImportPlan::Action::Add))
                          .arg(plan.count(ImportPlan::Action::Replace))
                          .arg(plan.count(ImportPlan::Action::Skip)));
    reload();
    if (m_context.scheduler)
        m_context.scheduler->tick();
    Q_EMIT schedulesChanged();
}

void SchedulesPage::exportSchedules()
{
    QString path = chooseExportFile();
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".borgtide.json");
    const QByteArray bytes =
        schedulefile::write(m_context.store->schedules(), QDateTime::currentDateTime());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        tell(tr("Export Schedules"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->setText(tr("Exported %n schedule(s) to %1.", nullptr, m_model->rowCount())
                          .arg(QDir::toNativeSeparators(path)));
}

} // namespace borgtide
