#pragma once

#include "models/Repository.h"
#include "ui/common/GuiContext.h"
#include "ui/repositories/RepositoryUi.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStringListModel;
class QTableWidget;

namespace borgtide {

class BorgCommand;

// "Archives of <name>": the archives (`borg list --json`), newest first, and restoring one
// (`borg extract --progress` in a folder the user chooses), with progress and cancel.
class ArchivesDialog final : public QDialog
{
    Q_OBJECT
public:
    ArchivesDialog(GuiContext &context, const Repository &repository, QWidget *parent = nullptr);
    ~ArchivesDialog() override;

    void setFolderChooser(FolderChooser chooser);
    void setConfirmer(Confirmer confirm);
    void reload(); // lists the archives again
    bool isLoading() const { return m_list != nullptr; }
    bool isRestoring() const { return m_extract != nullptr; }
    bool isListingContents() const { return m_contentsCommand != nullptr; }
    QString selectedArchive() const;

    void reject() override; // asks before stopping a restore

Q_SIGNALS:
    void archivesLoaded(int count); // -1: borg failed
    void contentsLoaded(int count); // -1: borg failed
    void restoreFinished(bool ok);

private:
    void onListed(bool ok, const QString &error, const QByteArray &output);
    void showContents();
    void onContents(const QString &archive, bool ok, const QString &error,
                    const QByteArray &output);
    void addPath(const QModelIndex &index);
    void restore();
    void onRestored(bool ok, int exitCode, const QString &error, const QString &log);
    void onProgress(double fraction, const QString &message);
    void cancelRestore();
    void updateButtons();
    void showResult(const QString &text, bool error);

    GuiContext &m_context;
    Repository m_repository;
    FolderChooser m_chooser;
    Confirmer m_confirm;
    BorgCommand *m_list = nullptr;
    BorgCommand *m_extract = nullptr;
    BorgCommand *m_contentsCommand = nullptr;
    QString m_target;
    bool m_closeWhenStopped = false;
    bool m_stopping = false;

    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_showContents = nullptr;
    QWidget *m_contentsPanel = nullptr;
    QLabel *m_contentsStatus = nullptr;
    QLineEdit *m_contentsFilter = nullptr;
    QListView *m_contents = nullptr;
    QStringListModel *m_contentsModel = nullptr;
    QSortFilterProxyModel *m_contentsProxy = nullptr;
    QPlainTextEdit *m_paths = nullptr;
    QPushButton *m_restore = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace borgtide
