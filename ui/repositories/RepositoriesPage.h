#pragma once

#include "models/Repository.h"
#include "ui/common/GuiContext.h"
#include "ui/repositories/RepositoryUi.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace borgtide {

class BorgCommand;

// The Repositories page: the borg repositories Borgtide knows, which schedules use them, and
// adding, creating, testing, browsing (archives, restore) and removing them.
class RepositoriesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RepositoriesPage(GuiContext &context, QWidget *parent = nullptr);
    ~RepositoriesPage() override;

    void reload();
    // Test seam: how the page asks for a folder (default: QFileDialog::getExistingDirectory).
    void setFolderChooser(std::function<QString(const QString &title)> chooser);
    // Test seam: how the page asks before removing (default: QMessageBox::question).
    void setConfirmer(Confirmer confirm);

    std::optional<Repository> selectedRepository() const;
    void selectRepository(qint64 id);

Q_SIGNALS:
    void repositoriesChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openAddDialog(bool create);
    void testConnection();
    void onInfo(const Repository &repository, bool ok, const QString &error,
                const QByteArray &output);
    void onList(const Repository &repository, const QString &infoRows, bool ok,
                const QString &error, const QByteArray &output);
    void showArchives();
    void setPassphrase();
    void removeRepository();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void showConnection(const QString &text, bool error);
    BorgCommand *newCommand();

    GuiContext &m_context;
    FolderChooser m_chooser;
    Confirmer m_confirm;
    QList<Repository> m_repositories;
    QHash<qint64, QStringList> m_usedBy;
    BorgCommand *m_test = nullptr;

    QLabel *m_intro = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_addExisting = nullptr;
    QPushButton *m_createNew = nullptr;
    QPushButton *m_testConnection = nullptr;
    QPushButton *m_showArchives = nullptr;
    QPushButton *m_setPassphrase = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QFrame *m_connectionPanel = nullptr;
    QLabel *m_connection = nullptr;
};

} // namespace borgtide
