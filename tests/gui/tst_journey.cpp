// A user's way through the desktop application, with no terminal: create an encrypted
// repository, create a schedule with two pre-hooks (one critical) and two post-hooks (one that
// runs even if the job failed), run it and watch it, see reference/003's critical-hook failure
// flow, restore a file from the archive, and find both runs in Activity. Real borg, real
// processes; only the file pickers answer through their test seams.
#include "app/jobs/JobBoard.h"
#include "app/jobs/Scheduler.h"
#include "app/secrets/SecretStore.h"
#include "models/Clock.h"
#include "models/Store.h"
#include "ui/MainWindow.h"
#include "ui/activity/ActivityPage.h"
#include "ui/activity/JobHistoryModel.h"
#include "ui/common/GuiContext.h"
#include "ui/hooks/HookEditorDialog.h"
#include "ui/jobs/JobView.h"
#include "ui/repositories/AddRepositoryDialog.h"
#include "ui/repositories/ArchivesDialog.h"
#include "ui/repositories/RepositoriesPage.h"
#include "ui/schedules/ScheduleEditorDialog.h"
#include "ui/schedules/SchedulesModel.h"
#include "ui/schedules/SchedulesPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace borgtide;

namespace {

template <typename T> T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}

JobView *visibleJobView(qint64 excluded)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *v = qobject_cast<JobView *>(w);
        if (v && v->isVisible() && v->jobId() != excluded)
            return v;
    }
    return nullptr;
}

QString status(JobView *view, int row)
{
    return view->taskModel()->index(row, TaskTableModel::Status).data().toString();
}

QString message(JobView *view, int row)
{
    return view->taskModel()->index(row, TaskTableModel::Message).data().toString();
}

// Fills the Configure Hooks dialog as a user would.
void addHook(HookEditorDialog &dialog, const char *button, const QString &name,
             const QString &command)
{
    QTest::mouseClick(child<QPushButton>(&dialog, button), Qt::LeftButton);
    auto *nameEdit = child<QLineEdit>(&dialog, "hookName");
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    auto *commandEdit = child<QPlainTextEdit>(&dialog, "hookCommand");
    commandEdit->selectAll();
    QTest::keyClicks(commandEdit, command);
}

} // namespace

class TestJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutATerminal()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("borg")).isEmpty())
            QSKIP("borg is not installed");
        QTemporaryDir dir;
        qputenv("BORG_BASE_DIR", dir.filePath(QStringLiteral("borg-home")).toUtf8());
        const QString src = dir.filePath(QStringLiteral("documents"));
        QVERIFY(QDir().mkpath(src));
        QFile notes(src + QStringLiteral("/notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("the notes to bring back\n");
        notes.close();
        const QString flag = dir.filePath(QStringLiteral("database-is-down"));

        auto opened = Store::open(dir.filePath(QStringLiteral("data")));
        QVERIFY(opened.ok());
        std::unique_ptr<Store> store = std::move(opened).value();
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        SystemClock clock;
        JobServices services = servicesFromSettings(*store);
        services.secrets = &secrets;
        services.network = &network;
        JobBoard board(*store, services);
        Scheduler scheduler(*store, clock, board);
        scheduler.start();
        GuiContext context{store.get(), &secrets, &scheduler, &board, &network};
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 1. A new encrypted repository
        window.showPage(MainWindow::Repositories);
        AddRepositoryDialog create(context, AddRepositoryDialog::Mode::CreateNew, &window);
        create.show();
        QTest::keyClicks(child<QLineEdit>(&create, "repoName"), QStringLiteral("usb"));
        QTest::keyClicks(child<QLineEdit>(&create, "repoLocation"),
                         dir.filePath(QStringLiteral("usb-repo")));
        auto *encryption = child<QComboBox>(&create, "repoEncryption");
        encryption->setCurrentIndex(
            encryption->findData(QStringLiteral("repokey")) >= 0
                ? encryption->findData(QStringLiteral("repokey"))
                : encryption->findText(QStringLiteral("repokey"), Qt::MatchStartsWith));
        QTest::keyClicks(child<QLineEdit>(&create, "repoPassphrase"),
                         QStringLiteral("journey pass"));
        QTest::keyClicks(child<QLineEdit>(&create, "repoPassphraseRepeat"),
                         QStringLiteral("journey pass"));
        QSignalSpy saved(&create, &AddRepositoryDialog::repositorySaved);
        create.accept();
        QVERIFY(saved.wait(60000));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("usb-repo/config"))));
        window.repositoriesPage()->reload();
        QCOMPARE(child<QTableWidget>(window.repositoriesPage(), "repositoryTable")->rowCount(), 1);

        // 2. A schedule with two pre-hooks (one critical) and two post-hooks (one runs even
        //    if the job failed), through the real editors
        window.showPage(MainWindow::Schedules);
        SchedulesPage *page = window.schedulesPage();
        page->editSchedule = [&](const Schedule &fresh) -> std::optional<Schedule> {
            ScheduleEditorDialog editor(*store, fresh, &secrets, &network, &window);
            editor.setFolderChooser([&]() { return QStringList{src}; });
            editor.setHooksEditor([&](Schedule &s) {
                HookEditorDialog hooks(s, &secrets, &network, &editor);
                hooks.show();
                addHook(
                    hooks, "addPreHook", QStringLiteral("Database Dump"),
                    QStringLiteral(
                        "test -e '%1' && { echo 'connection refused' >&2; exit 1; }; echo dumped")
                        .arg(flag));
                QTest::mouseClick(child<QCheckBox>(&hooks, "hookCritical"), Qt::LeftButton);
                addHook(hooks, "addPreHook", QStringLiteral("Stop Services"),
                        QStringLiteral("echo stopping"));
                addHook(hooks, "addPostHook", QStringLiteral("Restart Services"),
                        QStringLiteral("echo restarting"));
                QTest::mouseClick(child<QCheckBox>(&hooks, "hookRunOnFailure"), Qt::LeftButton);
                addHook(hooks, "addPostHook", QStringLiteral("Health Check"),
                        QStringLiteral("echo healthy"));
                auto *save = child<QPushButton>(&hooks, "saveHooks");
                if (!save->isEnabled())
                    return false;
                QTest::mouseClick(save, Qt::LeftButton);
                s.preHooks = hooks.preHooks();
                s.postHooks = hooks.postHooks();
                return hooks.result() == QDialog::Accepted;
            });
            editor.show();
            QTest::keyClicks(child<QLineEdit>(&editor, "scheduleName"),
                             QStringLiteral("Documents"));
            QTest::mouseClick(child<QPushButton>(&editor, "addSource"), Qt::LeftButton);
            child<QComboBox>(&editor, "triggerMode")->setCurrentIndex(ScheduleEditorDialog::Manual);
            QTest::mouseClick(child<QPushButton>(&editor, "configureHooks"), Qt::LeftButton);
            if (!child<QPushButton>(&editor, "saveSchedule")->isEnabled()) {
                qWarning() << "cannot save:" << editor.problem();
                return std::nullopt;
            }
            return editor.schedule();
        };
        QTest::mouseClick(child<QPushButton>(page, "newSchedule"), Qt::LeftButton);
        QCOMPARE(page->model()->rowCount(), 1);
        const Schedule stored = *store->scheduleByName(QStringLiteral("Documents"));
        QCOMPARE(stored.preHooks.size(), 2);
        QVERIFY(stored.preHooks.at(0).critical);
        QCOMPARE(stored.postHooks.at(0).when, HookWhen::Always);
        QCOMPARE(stored.postHooks.at(1).when, HookWhen::Success);

        // 3. Run it and watch every task change state live
        page->table()->selectRow(0);
        QSignalSpy finished(&board, &JobBoard::jobFinished);
        QTest::mouseClick(child<QPushButton>(page, "runSchedule"), Qt::LeftButton);
        JobView *view = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((view = visibleJobView(0)) != nullptr, 5000);
        // Database Dump, Stop Services, backup, prune (new schedules keep 7 daily, 4 weekly,
        // 6 monthly), Restart Services, Health Check, notification
        QCOMPARE(view->taskModel()->rowCount(), 7);
        QTRY_VERIFY_WITH_TIMEOUT(status(view, 2).contains(QLatin1String("Running")) ||
                                     status(view, 2).contains(QLatin1String("Completed")),
                                 30000); // the backup
        QVERIFY(finished.wait(120000));
        for (int row = 0; row < 7; ++row)
            QTRY_VERIFY2(status(view, row).contains(QLatin1String("Completed")),
                         qPrintable(status(view, row)));
        const qint64 firstJob = view->jobId();
        view->close();

        // 4. The database is down: reference/003 "Critical Pre-Hook Failure"
        QFile down(flag);
        QVERIFY(down.open(QIODevice::WriteOnly));
        down.close();
        QTest::mouseClick(child<QPushButton>(page, "runSchedule"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((view = visibleJobView(firstJob)) != nullptr, 5000);
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(status(view, 0).contains(QLatin1String("Failed")));
        QCOMPARE(message(view, 1), QStringLiteral("Task skipped due to critical hook failure"));
        QCOMPARE(message(view, 2), QStringLiteral("Task skipped due to critical hook failure"));
        QCOMPARE(message(view, 3), QStringLiteral("Task skipped due to critical hook failure"));
        QVERIFY(status(view, 4).contains(QLatin1String("Completed"))); // Restart Services
        QCOMPARE(message(view, 5), QStringLiteral("Task skipped due to critical hook failure"));
        QVERIFY(status(view, 6).contains(QLatin1String("Completed"))); // notification
        QTRY_VERIFY(view->job().status == JobStatus::Failed);
        view->close();

        // 5. Restore a file from the archive the first run made
        const Repository repo = *store->repositoryByName(QStringLiteral("usb"));
        ArchivesDialog archives(context, repo, &window);
        const QString target = dir.filePath(QStringLiteral("restored"));
        QVERIFY(QDir().mkpath(target));
        archives.setFolderChooser([&](const QString &) { return target; });
        archives.setConfirmer([](const QString &, const QString &) { return true; });
        QSignalSpy listed(&archives, &ArchivesDialog::archivesLoaded);
        archives.show();
        QVERIFY(listed.wait(60000) || !listed.isEmpty());
        QCOMPARE(listed.last().at(0).toInt(), 1);
        child<QTableWidget>(&archives, "archiveTable")->selectRow(0);
        const QString inArchive =
            QString(src + QStringLiteral("/notes.txt")).mid(1); // borg drops the leading '/'
        child<QPlainTextEdit>(&archives, "restorePaths")->setPlainText(inArchive);
        QSignalSpy restored(&archives, &ArchivesDialog::restoreFinished);
        QTest::mouseClick(child<QPushButton>(&archives, "restoreArchive"), Qt::LeftButton);
        QVERIFY(restored.wait(60000));
        QVERIFY(restored.first().at(0).toBool());
        QFile back(target + QLatin1Char('/') + inArchive);
        QVERIFY2(back.open(QIODevice::ReadOnly), qPrintable(back.fileName()));
        QCOMPARE(back.readAll(), QByteArray("the notes to bring back\n"));
        archives.close();

        // 6. Both runs are in Activity
        window.showPage(MainWindow::Activity);
        window.activityPage()->reload();
        JobHistoryModel *history = window.activityPage()->model();
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->index(0, 0).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(history->index(1, 0).data().toString(), QStringLiteral("Completed"));
        scheduler.shutdown(QStringLiteral("test over"));
    }
};

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"
