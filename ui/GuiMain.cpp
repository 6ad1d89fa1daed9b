#include "ui/GuiMain.h"

#include "app/borg/BorgEnvironment.h"
#include "app/cli/ExitCode.h"
#include "app/jobs/JobBoard.h"
#include "app/jobs/Recovery.h"
#include "app/jobs/Scheduler.h"
#include "app/platform/LogFile.h"
#include "app/platform/MountWatcher.h"
#include "app/platform/NetworkState.h"
#include "app/platform/PowerState.h"
#include "app/platform/SignalWatcher.h"
#include "app/platform/SingleInstance.h"
#include "app/platform/SleepWatcher.h"
#include "app/secrets/SecretStore.h"
#include "models/Clock.h"
#include "models/Store.h"
#include "translations/Translations.h"
#include "ui/DatabaseRescue.h"
#include "ui/MainWindow.h"
#include "ui/common/GuiContext.h"
#include "ui/settings/SettingsPage.h"
#include "ui/tray/TrayIcon.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QStatusBar>
#include <QThread>

#include <cstdio>

Q_LOGGING_CATEGORY(lcGui, "borgtide.gui")

namespace borgtide::gui {

int run(int &argc, char **argv, const QString &dataDir)
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr, "borgtide: no display is available for the desktop application; "
                             "use a command instead (borgtide --help), e.g. borgtide daemon\n");
        return ExitUnavailable;
    }
#endif
    bool minimized = false;
    for (int i = 1; i < argc; ++i)
        minimized = minimized || qstrcmp(argv[i], "--minimized") == 0;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("borgtide"));
    // no application display name: Qt would append it to every title ("… — Borgtide — Borgtide")
    QApplication::setApplicationVersion(QStringLiteral(BORGTIDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.borgtide.Borgtide"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/borgtide-256.png")));
    translations::install(app);

    SingleInstance instance(dataDir);
    if (!instance.tryBecomePrimary()) {
        // a second launch raises the running one
        if (instance.sendToPrimary("raise"))
            return 0;
        std::fprintf(stderr, "borgtide: another Borgtide is running for %s but does not answer\n",
                     qPrintable(dataDir));
        return ExitTempFail;
    }

    Store::OpenOptions options;
    options.dailyCopy = false; // made after the first paint, off the GUI thread
    options.checkIntegrity = !Store::hasDailyCopy(dataDir); // the first start of a day
    auto opened = Store::open(dataDir, options);
    if (!opened && opened.code() == ErrorCode::DatabaseDamaged) {
        // SPEC 7: the damaged file is never changed; the last good copy may replace it
        if (!offerRestore(dataDir, opened.error(), nullptr))
            return ExitDamaged;
        opened = Store::open(dataDir, options);
    }
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("Borgtide"), opened.error());
        return exitCodeFor(opened.code());
    }
    std::unique_ptr<Store> store = std::move(opened).value();
    logfile::install(store->dataDir() + QStringLiteral("/borgtide.log"));
    const QList<qint64> settled = recovery::recoverInterruptedJobs(*store);

    KeychainSecretStore keychain;
    SessionFallbackSecretStore secrets(&keychain);
    QNetworkAccessManager network;
    SystemClock clock;

    JobServices services = servicesFromSettings(*store);
    services.secrets = &secrets;
    services.network = &network;
    QPointer<MainWindow> windowForPrompts;
    services.askPassphrase = [&windowForPrompts](const Repository &repo,
                                                 std::function<void(const QString &)> answer) {
        bool ok = false;
        const QString passphrase = QInputDialog::getText(
            windowForPrompts, QObject::tr("Passphrase Needed"),
            QObject::tr("The backup needs the passphrase of the repository “%1” (%2). It is not "
                        "stored in the keychain yet.")
                .arg(repo.name, repo.location),
            QLineEdit::Password, QString(), &ok);
        answer(ok && !passphrase.isEmpty() ? passphrase : QString());
    };

    JobBoard board(*store, services);
    board.watchStore(); // jobs of the daemon and `borgtide run` show live
    Scheduler scheduler(*store, clock, board);

    GuiContext context{store.get(), &secrets, &scheduler, &board, &network};
    MainWindow window(context);
    windowForPrompts = &window;

    // What may talk to D-Bus (the tray, logind, UPower, NetworkManager) comes after the first
    // paint: with no session bus, a D-Bus autolaunch would hold the first window for seconds.
    std::unique_ptr<TrayIcon> tray;
    std::unique_ptr<SleepWatcher> sleep;
    std::unique_ptr<platform::PowerState> power;
    std::unique_ptr<platform::NetworkState> net;
    std::unique_ptr<platform::MountWatcher> mounts;
    auto startServices = [&]() {
        if (TrayIcon::isAvailable()) {
            tray = std::make_unique<TrayIcon>(*store, scheduler, board);
            tray->show();
            window.setKeepRunningInTray(true);
            QApplication::setQuitOnLastWindowClosed(false);
            QObject::connect(tray.get(), &TrayIcon::openRequested, &window,
                             &MainWindow::raiseWindow);
            QObject::connect(tray.get(), &TrayIcon::runRequested, &window, [&](qint64 id) {
                QString reason;
                if (!scheduler.runNow(id, &reason))
                    window.statusBar()->showMessage(reason, 8000);
            });
            QObject::connect(tray.get(), &TrayIcon::quitRequested, &window,
                             &MainWindow::quitRequested);
            JobServices next = board.services();
            next.notifier = tray.get();
            board.setServices(next);
            // a run held back by a condition says so only when notifications are "always"
            QObject::connect(&scheduler, &Scheduler::runRecorded, tray.get(),
                             [&](qint64, const QString &message) {
                                 if (board.services().notifyMode == QLatin1String("always"))
                                     tray->show({QObject::tr("⏭️ Backup Job Skipped"), message,
                                                 NotificationText::Severity::Info});
                             });
        }
        sleep = std::make_unique<SleepWatcher>();
        QObject::connect(sleep.get(), &SleepWatcher::resumed, &scheduler, &Scheduler::resumed);
        power = platform::createPowerState();
        net = platform::createNetworkState();
        mounts = platform::createMountWatcher();
        scheduler.setFacts(power.get(), net.get(), mounts.get());
        scheduler.start();
        recovery::tellMonitors(*store, settled, board.services(), &app, [](const QStringList &) {});
        // once a day, a copy of the database (SPEC 7), off the GUI thread
        QThread *copier =
            QThread::create([dir = store->dataDir()]() { (void)Store::keepDailyCopy(dir); });
        QObject::connect(copier, &QThread::finished, copier, &QObject::deleteLater);
        copier->start(QThread::LowPriority);
        if (!store->migrationNotices().isEmpty())
            QMessageBox::information(&window, QObject::tr("Borgtide — Database Updated"),
                                     store->migrationNotices().join(QStringLiteral("\n\n")));
    };

    // Settings apply to the next job.
    QObject::connect(window.settingsPage(), &SettingsPage::settingsChanged, &app, [&]() {
        JobServices next = board.services();
        const JobServices fresh = servicesFromSettings(*store);
        next.notifyMode = fresh.notifyMode;
        next.lockWaitSecs = fresh.lockWaitSecs;
        next.borgPath = fresh.borgPath;
        board.setServices(next);
    });

    bool quitting = false;
    auto quit = [&](const QString &reason) {
        quitting = true;
        scheduler.shutdown(reason);
    };
    QObject::connect(&window, &MainWindow::quitRequested, &app, [&]() {
        if (quitting) {
            scheduler.shutdown(QObject::tr("Cancelled: Borgtide was closed"));
            return;
        }
        if (board.ownCount() > 0) {
            window.raiseWindow();
            if (QMessageBox::question(&window, QObject::tr("Quit Borgtide"),
                                      QObject::tr("A backup job is running. Quit and cancel it? "
                                                  "Cleanup hooks still run.")) != QMessageBox::Yes)
                return;
        }
        quit(QObject::tr("Cancelled: Borgtide was closed"));
    });
    // SIGTERM (logout) and SIGINT: running jobs are cancelled by the rule, then Borgtide quits
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::received, &app, [&](int, const QString &name) {
        if (name == QLatin1String("SIGHUP"))
            return;
        qCInfo(lcGui) << name << "received: cancelling the running jobs and quitting";
        quit(QStringLiteral("Cancelled: %1 received").arg(name));
    });
    // exit(), not quit(): quit() asks the windows first, and the main window turns a close
    // into "quit?" again
    QObject::connect(&scheduler, &Scheduler::stopped, &app, []() { QCoreApplication::exit(0); });
    QObject::connect(&instance, &SingleInstance::messageReceived, &window,
                     [&](const QByteArray &message) {
                         qCInfo(lcGui) << "raised by a second launch:" << message;
                         window.raiseWindow();
                     });

    // the window first, then the scheduler's start-up work (catch-up checks of every schedule)
    if (!minimized) {
        QObject::connect(&window, &MainWindow::firstPainted, &app, startServices,
                         Qt::SingleShotConnection);
        window.show();
    } else {
        startServices();
        if (!tray)
            window.show(); // no tray to start in: the window is the way in
    }
    qCInfo(lcGui) << "desktop application started" << (minimized ? "minimized" : "");
    const int rc = app.exec();
    return rc;
}

} // namespace borgtide::gui
