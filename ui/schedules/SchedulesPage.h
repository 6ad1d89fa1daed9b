#pragma once

#include "models/ScheduleImport.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace borgtide {

struct GuiContext;
class SchedulesModel;

// The Schedules page: the table of schedules and New, Edit, Duplicate, Delete (with
// confirmation), Run now, Import and Export.
class SchedulesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SchedulesPage(GuiContext &context, QWidget *parent = nullptr);
    void reload();
    SchedulesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Test seams: questions and file pickers.
    std::function<bool(const QString &question)> confirm;
    std::function<QString()> chooseImportFile;
    std::function<QString()> chooseExportFile;
    std::function<std::optional<ConflictPolicy>(const QStringList &conflicts)> chooseConflictPolicy;
    std::function<void(const QString &title, const QString &text)> tell;
    // The editor; returns the edited schedule, or nothing when cancelled.
    std::function<std::optional<Schedule>(const Schedule &)> editSchedule;

    void newSchedule();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();
    void runSelected();
    void importFile();
    void exportSchedules();

Q_SIGNALS:
    void schedulesChanged();
    void runStarted(qint64 scheduleId);

private:
    const Schedule *selected() const;
    void save(Schedule schedule);
    void updateButtons();

    GuiContext &m_context;
    SchedulesModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace borgtide
