#include "ui/schedules/ScheduleEditorDialog.h"

#include "models/ArchiveName.h"
#include "models/ExcludeSets.h"
#include "models/NextRun.h"
#include "models/ScheduleFile.h"
#include "models/Store.h"
#include "models/cron/CronExpression.h"
#include "ui/common/Format.h"
#include "ui/hooks/HookEditorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace borgtide {

namespace {

// Which field of the form a problem path of the schedule-file rules points at.
QString fieldLabel(const QString &path)
{
    const QString root = path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    if (root == QLatin1String("name"))
        return ScheduleEditorDialog::tr("Name");
    if (root == QLatin1String("repository"))
        return ScheduleEditorDialog::tr("Repository");
    if (root == QLatin1String("trigger"))
        return ScheduleEditorDialog::tr("When");
    if (root == QLatin1String("sources"))
        return ScheduleEditorDialog::tr("Sources");
    if (root == QLatin1String("excludes"))
        return ScheduleEditorDialog::tr("Excludes");
    if (root == QLatin1String("archive_name"))
        return ScheduleEditorDialog::tr("Archive name");
    if (root == QLatin1String("compression"))
        return ScheduleEditorDialog::tr("Compression");
    if (root == QLatin1String("prune"))
        return ScheduleEditorDialog::tr("Keep archives");
    if (root == QLatin1String("pre_job_hooks") || root == QLatin1String("post_job_hooks"))
        return ScheduleEditorDialog::tr("Hooks");
    return path;
}

QSpinBox *keepBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, 1000);
    box->setSpecialValueText(ScheduleEditorDialog::tr("–"));
    return box;
}

} // namespace

ScheduleEditorDialog::ScheduleEditorDialog(Store &store, const Schedule &schedule,
                                           SecretStore *secrets, QNetworkAccessManager *network,
                                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_original(schedule)
    , m_secrets(secrets)
    , m_network(network)
{
    m_chooseFolders = [this]() {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a Folder to Back Up"),
                                                              QDir::homePath());
        return dir.isEmpty() ? QStringList() : QStringList{dir};
    };
    m_editHooks = [this](Schedule &s) {
        HookEditorDialog dialog(s, m_secrets, m_network, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        s.preHooks = dialog.preHooks();
        s.postHooks = dialog.postHooks();
        return true;
    };
    build();
    load(schedule);
    validate();
}

void ScheduleEditorDialog::build()
{
    setWindowTitle(m_original.id == 0 ? tr("New Schedule") : tr("Edit Schedule"));
    setModal(true);
    setAcceptDrops(true);
    resize(720, 640);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    // --- What
    auto *what = new QWidget(tabs);
    auto *whatForm = new QFormLayout(what);
    m_name = new QLineEdit(what);
    m_name->setObjectName(QStringLiteral("scheduleName"));
    m_name->setPlaceholderText(tr("e.g. Home folder"));
    whatForm->addRow(tr("&Name:"), m_name);
    m_repository = new QComboBox(what);
    m_repository->setObjectName(QStringLiteral("scheduleRepository"));
    for (const Repository &r : m_store.repositories())
        m_repository->addItem(tr("%1 (%2)").arg(r.name, r.location), r.name);
    whatForm->addRow(tr("&Repository:"), m_repository);
    m_enabled = new QCheckBox(tr("Run this schedule automatically"), what);
    m_enabled->setObjectName(QStringLiteral("scheduleEnabled"));
    whatForm->addRow(QString(), m_enabled);
    m_sources = new QListWidget(what);
    m_sources->setObjectName(QStringLiteral("scheduleSources"));
    m_sources->setToolTip(tr("Drop folders here from your file manager."));
    auto *sourceButtons = new QHBoxLayout();
    auto *addFolder = new QPushButton(tr("Add &Folder…"), what);
    addFolder->setObjectName(QStringLiteral("addSource"));
    auto *removeSource = new QPushButton(tr("Remo&ve"), what);
    removeSource->setObjectName(QStringLiteral("removeSource"));
    sourceButtons->addWidget(addFolder);
    sourceButtons->addWidget(removeSource);
    sourceButtons->addStretch();
    auto *sourceBox = new QVBoxLayout();
    sourceBox->addWidget(m_sources);
    sourceBox->addLayout(sourceButtons);
    auto *sourcesLabel = new QLabel(tr("&Sources:"), what);
    sourcesLabel->setBuddy(m_sources); // a row whose field is a layout has no buddy of its own
    whatForm->addRow(sourcesLabel, sourceBox);
    m_excludes = new QPlainTextEdit(what);
    m_excludes->setObjectName(QStringLiteral("scheduleExcludes"));
    m_excludes->setPlaceholderText(tr("One borg pattern per line, e.g. *.tmp or ~/.cache"));
    m_excludes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_excludes->setMaximumHeight(110);
    whatForm->addRow(tr("E&xcludes:"), m_excludes);
    auto *excludeSets = new QComboBox(what);
    excludeSets->setObjectName(QStringLiteral("excludeSets"));
    excludeSets->addItem(tr("Add a ready-made set…"));
    for (const excludesets::ExcludeSet &set : excludesets::all())
        excludeSets->addItem(
            QCoreApplication::translate("ExcludeSets", set.title.toUtf8().constData()), set.id);
    whatForm->addRow(QString(), excludeSets);
    connect(excludeSets, &QComboBox::activated, this, [this, excludeSets](int index) {
        const excludesets::ExcludeSet *set =
            excludesets::byId(excludeSets->itemData(index).toString());
        excludeSets->setCurrentIndex(0);
        if (!set)
            return;
        QStringList lines = m_excludes->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &pattern : set->patterns)
            if (!lines.contains(pattern))
                lines.append(pattern);
        m_excludes->setPlainText(lines.join(QLatin1Char('\n')));
    });
    tabs->addTab(what, tr("&What"));
    connect(addFolder, &QPushButton::clicked, this, [this]() { addSources(m_chooseFolders()); });
    connect(removeSource, &QPushButton::clicked, this, [this]() {
        qDeleteAll(m_sources->selectedItems());
        validate();
    });

    // --- When
    auto *when = new QWidget(tabs);
    auto *whenForm = new QFormLayout(when);
    m_triggerMode = new QComboBox(when);
    m_triggerMode->setObjectName(QStringLiteral("triggerMode"));
    m_triggerMode->addItem(tr("Every hour"));
    m_triggerMode->addItem(tr("Every day"));
    m_triggerMode->addItem(tr("Every week"));
    m_triggerMode->addItem(tr("Cron expression"));
    m_triggerMode->addItem(tr("Every few minutes"));
    m_triggerMode->addItem(tr("Only when started by hand"));
    whenForm->addRow(tr("&Run:"), m_triggerMode);
    m_triggerPages = new QStackedWidget(when);
    // hourly
    auto *hourly = new QWidget(m_triggerPages);
    auto *hourlyRow = new QHBoxLayout(hourly);
    hourlyRow->setContentsMargins(0, 0, 0, 0);
    m_minute = new QSpinBox(hourly);
    m_minute->setRange(0, 59);
    m_minute->setPrefix(tr("at minute "));
    hourlyRow->addWidget(m_minute);
    hourlyRow->addStretch();
    m_triggerPages->addWidget(hourly);
    // daily
    auto *daily = new QWidget(m_triggerPages);
    auto *dailyRow = new QHBoxLayout(daily);
    dailyRow->setContentsMargins(0, 0, 0, 0);
    m_dailyTime = new QTimeEdit(daily);
    m_dailyTime->setObjectName(QStringLiteral("dailyTime"));
    m_dailyTime->setDisplayFormat(QStringLiteral("HH:mm"));
    dailyRow->addWidget(new QLabel(tr("at"), daily));
    dailyRow->addWidget(m_dailyTime);
    dailyRow->addStretch();
    m_triggerPages->addWidget(daily);
    // weekly
    auto *weekly = new QWidget(m_triggerPages);
    auto *weeklyRow = new QHBoxLayout(weekly);
    weeklyRow->setContentsMargins(0, 0, 0, 0);
    m_weekday = new QComboBox(weekly);
    for (int d = 1; d <= 7; ++d)
        m_weekday->addItem(QLocale().dayName(d), d % 7);
    m_weeklyTime = new QTimeEdit(weekly);
    m_weeklyTime->setDisplayFormat(QStringLiteral("HH:mm"));
    weeklyRow->addWidget(new QLabel(tr("on"), weekly));
    weeklyRow->addWidget(m_weekday);
    weeklyRow->addWidget(new QLabel(tr("at"), weekly));
    weeklyRow->addWidget(m_weeklyTime);
    weeklyRow->addStretch();
    m_triggerPages->addWidget(weekly);
    // cron
    auto *cron = new QWidget(m_triggerPages);
    auto *cronBox = new QVBoxLayout(cron);
    cronBox->setContentsMargins(0, 0, 0, 0);
    m_cron = new QLineEdit(cron);
    m_cron->setObjectName(QStringLiteral("cronExpression"));
    m_cron->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cron->setPlaceholderText(tr("minute hour day-of-month month day-of-week, e.g. 30 2 * * 1-5"));
    m_cronError = new QLabel(cron);
    m_cronError->setObjectName(QStringLiteral("cronError"));
    m_cronError->setWordWrap(true);
    m_cronError->setStyleSheet(QStringLiteral("color: #c62828;"));
    cronBox->addWidget(m_cron);
    cronBox->addWidget(m_cronError);
    m_triggerPages->addWidget(cron);
    // interval
    auto *interval = new QWidget(m_triggerPages);
    auto *intervalRow = new QHBoxLayout(interval);
    intervalRow->setContentsMargins(0, 0, 0, 0);
    m_interval = new QSpinBox(interval);
    m_interval->setObjectName(QStringLiteral("intervalMinutes"));
    m_interval->setRange(1, 60 * 24 * 31);
    m_interval->setValue(60);
    m_interval->setPrefix(tr("every "));
    m_interval->setSuffix(tr(" minutes"));
    intervalRow->addWidget(m_interval);
    intervalRow->addWidget(new QLabel(tr("counted from the start of the last run"), interval));
    intervalRow->addStretch();
    m_triggerPages->addWidget(interval);
    // manual
    m_triggerPages->addWidget(
        new QLabel(tr("Runs only from “Run now”, the tray or the command line."), m_triggerPages));
    // only as tall as the current page: the preview stays right under it
    m_triggerPages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    whenForm->addRow(QString(), m_triggerPages);
    m_triggerWords = new QLabel(when);
    m_triggerWords->setObjectName(QStringLiteral("triggerWords"));
    QFont bold = m_triggerWords->font();
    bold.setBold(true);
    m_triggerWords->setFont(bold);
    whenForm->addRow(tr("In words:"), m_triggerWords);
    m_preview = new QLabel(when);
    m_preview->setObjectName(QStringLiteral("nextRunsPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    whenForm->addRow(tr("Next runs:"), m_preview);
    m_catchUp = new QCheckBox(tr("Catch up a missed run as soon as possible"), when);
    m_catchUp->setObjectName(QStringLiteral("catchUpMissed"));
    m_catchUp->setToolTip(tr("When the computer was off or asleep at the scheduled time, run once "
                             "when it is back. Otherwise the miss is recorded and the schedule "
                             "waits for its next time."));
    whenForm->addRow(QString(), m_catchUp);
    tabs->addTab(when, tr("W&hen"));

    // --- Archives
    auto *archives = new QWidget(tabs);
    auto *archiveForm = new QFormLayout(archives);
    m_archiveName = new QLineEdit(archives);
    m_archiveName->setObjectName(QStringLiteral("archiveName"));
    m_archiveName->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    archiveForm->addRow(tr("Archive &name:"), m_archiveName);
    m_archiveExample = new QLabel(archives);
    m_archiveExample->setWordWrap(true);
    archiveForm->addRow(QString(), m_archiveExample);
    m_compression = new QComboBox(archives);
    m_compression->setObjectName(QStringLiteral("compression"));
    m_compression->setEditable(true);
    for (const char *c :
         {"lz4", "zstd", "zstd,3", "zstd,10", "auto,zstd", "zlib,6", "lzma,6", "none"})
        m_compression->addItem(QString::fromLatin1(c));
    archiveForm->addRow(tr("&Compression:"), m_compression);
    m_prune = new QGroupBox(tr("&Keep only some archives (prune)"), archives);
    m_prune->setObjectName(QStringLiteral("pruneGroup"));
    m_prune->setCheckable(true);
    auto *pruneForm = new QFormLayout(m_prune);
    m_keepWithin = new QLineEdit(m_prune);
    m_keepWithin->setPlaceholderText(tr("e.g. 2d (all archives of the last two days)"));
    pruneForm->addRow(tr("Keep all within:"), m_keepWithin);
    m_keepHourly = keepBox(m_prune, QStringLiteral("keepHourly"));
    m_keepDaily = keepBox(m_prune, QStringLiteral("keepDaily"));
    m_keepWeekly = keepBox(m_prune, QStringLiteral("keepWeekly"));
    m_keepMonthly = keepBox(m_prune, QStringLiteral("keepMonthly"));
    m_keepYearly = keepBox(m_prune, QStringLiteral("keepYearly"));
    pruneForm->addRow(tr("Hourly archives:"), m_keepHourly);
    pruneForm->addRow(tr("Daily archives:"), m_keepDaily);
    pruneForm->addRow(tr("Weekly archives:"), m_keepWeekly);
    pruneForm->addRow(tr("Monthly archives:"), m_keepMonthly);
    pruneForm->addRow(tr("Yearly archives:"), m_keepYearly);
    archiveForm->addRow(m_prune);
    m_compact = new QCheckBox(tr("Free disk space after pruning (borg compact)"), archives);
    m_compact->setObjectName(QStringLiteral("compact"));
    archiveForm->addRow(QString(), m_compact);
    m_checkEvery = new QSpinBox(archives);
    m_checkEvery->setObjectName(QStringLiteral("checkEvery"));
    m_checkEvery->setRange(0, 10000);
    m_checkEvery->setSpecialValueText(tr("Never"));
    m_checkEvery->setPrefix(tr("every "));
    m_checkEvery->setSuffix(tr(" jobs"));
    archiveForm->addRow(tr("Check the repository:"), m_checkEvery);
    tabs->addTab(archives, tr("&Archives"));

    // --- hooks and buttons
    auto *hooksRow = new QHBoxLayout();
    auto *configure = new QPushButton(tr("Configure &Hooks…"), this);
    configure->setObjectName(QStringLiteral("configureHooks"));
    m_hookSummary = new QLabel(this);
    m_hookSummary->setObjectName(QStringLiteral("hookSummary"));
    hooksRow->addWidget(configure);
    hooksRow->addWidget(m_hookSummary, 1);
    layout->addLayout(hooksRow);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("scheduleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveSchedule"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(configure, &QPushButton::clicked, this, [this]() {
        Schedule s = schedule();
        if (m_editHooks(s)) {
            m_preHooks = s.preHooks;
            m_postHooks = s.postHooks;
            updateHookSummary();
            validate();
        }
    });

    // live validation
    const auto revalidate = [this]() {
        validate();
    };
    const auto retrigger = [this]() {
        updateTrigger();
        validate();
    };
    connect(m_name, &QLineEdit::textChanged, this, revalidate);
    connect(m_repository, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_excludes, &QPlainTextEdit::textChanged, this, revalidate);
    connect(m_archiveName, &QLineEdit::textChanged, this, revalidate);
    connect(m_compression, &QComboBox::currentTextChanged, this, revalidate);
    connect(m_prune, &QGroupBox::toggled, this, revalidate);
    connect(m_keepWithin, &QLineEdit::textChanged, this, revalidate);
    for (QSpinBox *box : {m_keepHourly, m_keepDaily, m_keepWeekly, m_keepMonthly, m_keepYearly})
        connect(box, &QSpinBox::valueChanged, this, revalidate);
    connect(m_triggerMode, &QComboBox::currentIndexChanged, this, [this, retrigger](int mode) {
        showTriggerPage(mode);
        if (mode == Cron && m_cron->text().trimmed().isEmpty())
            m_cron->setText(QStringLiteral("0 2 * * *"));
        retrigger();
    });
    connect(m_minute, &QSpinBox::valueChanged, this, retrigger);
    connect(m_dailyTime, &QTimeEdit::timeChanged, this, retrigger);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, retrigger);
    connect(m_weeklyTime, &QTimeEdit::timeChanged, this, retrigger);
    connect(m_cron, &QLineEdit::textChanged, this, retrigger);
    connect(m_interval, &QSpinBox::valueChanged, this, retrigger);
}

void ScheduleEditorDialog::load(const Schedule &s)
{
    m_name->setText(s.name);
    const int repo = m_repository->findData(s.repository().name);
    if (repo >= 0)
        m_repository->setCurrentIndex(repo);
    else if (!s.repository().name.isEmpty()) {
        m_repository->addItem(tr("%1 (%2)").arg(s.repository().name, s.repository().location),
                              s.repository().name);
        m_repository->setCurrentIndex(m_repository->count() - 1);
    }
    m_enabled->setChecked(s.enabled);
    m_sources->clear();
    m_sources->addItems(s.sources);
    m_excludes->setPlainText(s.excludes.join(QLatin1Char('\n')));
    m_catchUp->setChecked(s.catchUpMissed);
    m_archiveName->setText(s.archiveName);
    m_compression->setCurrentText(s.compression);
    m_prune->setChecked(s.prune.has_value());
    const Retention r = s.prune.value_or(Retention{});
    m_keepWithin->setText(r.keepWithin);
    m_keepHourly->setValue(r.keepHourly.value_or(0));
    m_keepDaily->setValue(r.keepDaily.value_or(s.prune ? 0 : 7));
    m_keepWeekly->setValue(r.keepWeekly.value_or(s.prune ? 0 : 4));
    m_keepMonthly->setValue(r.keepMonthly.value_or(s.prune ? 0 : 6));
    m_keepYearly->setValue(r.keepYearly.value_or(0));
    m_compact->setChecked(s.compact);
    m_checkEvery->setValue(s.checkEveryNJobs);
    m_preHooks = s.preHooks;
    m_postHooks = s.postHooks;

    // the trigger: a preset when the cron text is one, else the cron text itself
    m_dailyTime->setTime(QTime(2, 0));
    m_weeklyTime->setTime(QTime(2, 0));
    int mode = Manual;
    if (s.trigger.kind == TriggerKind::Interval) {
        mode = Interval;
        m_interval->setValue(s.trigger.intervalMinutes);
    } else if (s.trigger.kind == TriggerKind::Cron) {
        m_cron->setText(s.trigger.cron);
        mode = Cron;
        static const QRegularExpression hourly(QStringLiteral(R"(^(\d{1,2}) \* \* \* \*$)"));
        static const QRegularExpression daily(QStringLiteral(R"(^(\d{1,2}) (\d{1,2}) \* \* \*$)"));
        static const QRegularExpression weekly(
            QStringLiteral(R"(^(\d{1,2}) (\d{1,2}) \* \* ([0-6])$)"));
        const QString text = s.trigger.cron.simplified();
        QRegularExpressionMatch m;
        if ((m = hourly.match(text)).hasMatch() && m.captured(1).toInt() < 60) {
            mode = Hourly;
            m_minute->setValue(m.captured(1).toInt());
        } else if ((m = daily.match(text)).hasMatch() &&
                   QTime(m.captured(2).toInt(), m.captured(1).toInt()).isValid()) {
            mode = Daily;
            m_dailyTime->setTime(QTime(m.captured(2).toInt(), m.captured(1).toInt()));
        } else if ((m = weekly.match(text)).hasMatch() &&
                   QTime(m.captured(2).toInt(), m.captured(1).toInt()).isValid()) {
            mode = Weekly;
            m_weeklyTime->setTime(QTime(m.captured(2).toInt(), m.captured(1).toInt()));
            m_weekday->setCurrentIndex(m_weekday->findData(m.captured(3).toInt()));
        }
    }
    m_triggerMode->setCurrentIndex(mode);
    showTriggerPage(mode);
    updateTrigger();
    updateHookSummary();
}

void ScheduleEditorDialog::showTriggerPage(int mode)
{
    // a stacked widget is as tall as its tallest page unless the others are ignored
    for (int i = 0; i < m_triggerPages->count(); ++i)
        m_triggerPages->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == mode ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_triggerPages->setCurrentIndex(mode);
    m_triggerPages->adjustSize();
}

QString ScheduleEditorDialog::presetCron() const
{
    switch (m_triggerMode->currentIndex()) {
    case Hourly:
        return QStringLiteral("%1 * * * *").arg(m_minute->value());
    case Daily:
        return QStringLiteral("%1 %2 * * *")
            .arg(m_dailyTime->time().minute())
            .arg(m_dailyTime->time().hour());
    case Weekly:
        return QStringLiteral("%1 %2 * * %3")
            .arg(m_weeklyTime->time().minute())
            .arg(m_weeklyTime->time().hour())
            .arg(m_weekday->currentData().toInt());
    default:
        return m_cron->text().simplified();
    }
}

Schedule ScheduleEditorDialog::schedule() const
{
    Schedule s = m_original;
    s.name = m_name->text().trimmed();
    const QString repoName = m_repository->currentData().toString();
    if (const auto repo = m_store.repositoryByName(repoName))
        s.repository() = *repo;
    else if (repoName != m_original.repository().name)
        s.repositories.clear();
    s.enabled = m_enabled->isChecked();
    s.sources.clear();
    for (int i = 0; i < m_sources->count(); ++i)
        s.sources.append(m_sources->item(i)->text());
    s.excludes.clear();
    for (const QString &line : m_excludes->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            s.excludes.append(line.trimmed());
    }
    switch (m_triggerMode->currentIndex()) {
    case Interval:
        s.trigger = {TriggerKind::Interval, {}, m_interval->value()};
        break;
    case Manual:
        s.trigger = {TriggerKind::Manual, {}, 0};
        break;
    default:
        s.trigger = {TriggerKind::Cron, presetCron(), 0};
        break;
    }
    s.catchUpMissed = m_catchUp->isChecked();
    s.archiveName = m_archiveName->text().trimmed();
    s.compression = m_compression->currentText().trimmed();
    if (m_prune->isChecked()) {
        Retention r;
        r.keepWithin = m_keepWithin->text().trimmed();
        auto keep = [](QSpinBox *box) {
            return box->value() > 0 ? std::optional<int>(box->value()) : std::nullopt;
        };
        r.keepHourly = keep(m_keepHourly);
        r.keepDaily = keep(m_keepDaily);
        r.keepWeekly = keep(m_keepWeekly);
        r.keepMonthly = keep(m_keepMonthly);
        r.keepYearly = keep(m_keepYearly);
        s.prune = r;
    } else {
        s.prune.reset();
    }
    s.compact = m_compact->isChecked();
    s.checkEveryNJobs = m_checkEvery->value();
    s.preHooks = m_preHooks;
    s.postHooks = m_postHooks;
    return s;
}

void ScheduleEditorDialog::updateTrigger()
{
    const int mode = m_triggerMode->currentIndex();
    const Schedule s = schedule();
    QString error;
    if (mode == Cron && !CronExpression::parse(m_cron->text(), &error).isValid()) {
        m_cronError->setText(error);
        m_cronError->setVisible(true);
        m_triggerWords->clear();
        m_preview->setText(tr("—"));
        return;
    }
    m_cronError->clear();
    m_cronError->setVisible(false);
    m_triggerWords->setText(describeTrigger(s.trigger));
    const QDateTime now = QDateTime::currentDateTime();
    const QList<QDateTime> next =
        nextRuns(s.trigger, now, 5, s.id ? m_store.lastStart(s.id) : QDateTime(),
                 s.id ? m_store.scheduleState(s.id).anchor : QDateTime());
    if (next.isEmpty()) {
        m_preview->setText(mode == Manual ? tr("Only when started by hand") : tr("Never"));
        return;
    }
    QStringList lines;
    for (const QDateTime &t : next)
        lines << QStringLiteral("%1  %2  (%3)")
                     .arg(QLocale().toString(t.toLocalTime().date(), QStringLiteral("ddd")),
                          format::dateTime(t), format::relative(t, now));
    m_preview->setText(lines.join(QLatin1Char('\n')));
}

void ScheduleEditorDialog::updateHookSummary()
{
    m_hookSummary->setText(
        tr("%1, %2").arg(tr("%n pre-job hook(s)", nullptr, int(m_preHooks.size())),
                         tr("%n post-job hook(s)", nullptr, int(m_postHooks.size()))));
}

QString ScheduleEditorDialog::problem() const
{
    const Schedule s = schedule();
    if (m_repository->count() == 0)
        return tr("Add a repository first (Repositories page).");
    if (!s.name.isEmpty()) {
        if (const auto other = m_store.scheduleByName(s.name); other && other->id != s.id)
            return tr("Name: a schedule named “%1” already exists.").arg(s.name);
    }
    const Problems problems = schedulefile::validate(s);
    if (!problems.isEmpty())
        return tr("%1: %2").arg(fieldLabel(problems.first().path), problems.first().message);
    QList<Schedule> all;
    QStringList paths;
    for (const Schedule &other : m_store.schedules()) {
        if (other.id != s.id) {
            all.append(other);
            paths.append(other.name);
        }
    }
    all.append(s);
    paths.append(QString());
    const Problems clash = schedulefile::checkArchivePrefixes(all, paths);
    for (const Problem &p : clash) {
        if (p.path == QLatin1String("archive_name"))
            return tr("Archive name: %1").arg(p.message);
    }
    return {};
}

void ScheduleEditorDialog::validate()
{
    const Schedule s = schedule();
    m_archiveExample->setText(
        tr("Example: %1 — prune only touches archives starting with “%2”.")
            .arg(archivename::expandSchedule(s.archiveName, s.name.isEmpty() ? tr("Name") : s.name)
                     .replace(QLatin1String("{now}"), QDateTime::currentDateTime().toString(
                                                          QStringLiteral("yyyy-MM-ddTHH:mm:ss"))),
                 archivename::prefix(s.archiveName, s.name)));
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_save->setEnabled(p.isEmpty());
}

void ScheduleEditorDialog::addSources(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (!p.isEmpty() && m_sources->findItems(p, Qt::MatchExactly).isEmpty())
            m_sources->addItem(p);
    }
    validate();
}

void ScheduleEditorDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ScheduleEditorDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addSources(paths);
    event->acceptProposedAction();
}

} // namespace borgtide
