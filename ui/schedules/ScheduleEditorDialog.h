#pragma once

#include "models/Schedule.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;
class QNetworkAccessManager;

namespace borgtide {

class SecretStore;
class Store;

// The schedule editor (SPEC 6, modal): name, repository, sources (folder picker, drag and
// drop), excludes, trigger (hourly / daily / weekly presets, cron text with live validation,
// interval, manual) with the next five runs, catch-up, archive name, compression, retention,
// maintenance, and "Configure Hooks…". Save is disabled, with the reason shown, until the
// schedule is valid by the same rules as a schedule file.
class ScheduleEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    enum TriggerMode { Hourly, Daily, Weekly, Cron, Interval, Manual };

    ScheduleEditorDialog(Store &store, const Schedule &schedule, SecretStore *secrets,
                         QNetworkAccessManager *network, QWidget *parent = nullptr);
    Schedule schedule() const; // what the fields say now
    QString problem() const;   // the first reason the schedule cannot be saved, or empty

    // Test seams for the file pickers and the hook editor.
    void setFolderChooser(std::function<QStringList()> chooser)
    {
        m_chooseFolders = std::move(chooser);
    }
    void setHooksEditor(std::function<bool(Schedule &)> editor) { m_editHooks = std::move(editor); }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void build();
    void load(const Schedule &s);
    void updateTrigger();
    void showTriggerPage(int mode);
    void validate();
    void updateHookSummary();
    void addSources(const QStringList &paths);
    QString presetCron() const;

    Store &m_store;
    Schedule m_original;
    QList<Hook> m_preHooks;
    QList<Hook> m_postHooks;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    std::function<QStringList()> m_chooseFolders;
    std::function<bool(Schedule &)> m_editHooks;

    QLineEdit *m_name = nullptr;
    QComboBox *m_repository = nullptr;
    QCheckBox *m_enabled = nullptr;
    QListWidget *m_sources = nullptr;
    QPlainTextEdit *m_excludes = nullptr;
    QComboBox *m_triggerMode = nullptr;
    QStackedWidget *m_triggerPages = nullptr;
    QSpinBox *m_minute = nullptr;
    QTimeEdit *m_dailyTime = nullptr;
    QComboBox *m_weekday = nullptr;
    QTimeEdit *m_weeklyTime = nullptr;
    QLineEdit *m_cron = nullptr;
    QLabel *m_cronError = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_triggerWords = nullptr;
    QLabel *m_preview = nullptr;
    QCheckBox *m_catchUp = nullptr;
    QLineEdit *m_archiveName = nullptr;
    QLabel *m_archiveExample = nullptr;
    QComboBox *m_compression = nullptr;
    QGroupBox *m_prune = nullptr;
    QLineEdit *m_keepWithin = nullptr;
    QSpinBox *m_keepHourly = nullptr;
    QSpinBox *m_keepDaily = nullptr;
    QSpinBox *m_keepWeekly = nullptr;
    QSpinBox *m_keepMonthly = nullptr;
    QSpinBox *m_keepYearly = nullptr;
    QCheckBox *m_compact = nullptr;
    QSpinBox *m_checkEvery = nullptr;
    QLabel *m_hookSummary = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace borgtide
