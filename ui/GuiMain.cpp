#include "ui/GuiMain.h"

#include "app/borg/BorgEnvironment.h"
#include "app/jobs/Recovery.h"
#include "app/jobs/Scheduler.h"
#include "app/platform/LogFile.h"
#include "app/platform/SingleInstance.h"
#include "app/platform/SleepWatcher.h"
#include "app/secrets/SecretStore.h"
#include "models/Clock.h"
#include "models/Store.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/common/GuiContext.h"
#include "ui/settings/SettingsPage.h"
#include "ui/tray/TrayIcon.h"

#include <QApplication>
#include <QInputDialog>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QStatusBar>

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
        return 69;
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
        return 75;
    }

    auto opened = Store::open(dataDir);
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("Borgtide"), opened.error());
        return opened.error().contains(QLatin1String("newer Borgtide")) ? 78 : 73;
    }
    std::unique_ptr<Store> store = std::move(opened).value();
    logfile::install(store->dataDir() + QStringLiteral("/borgtide.log"));
    recovery::recoverInterruptedJobs(*store);

    KeychainSecretStore keychain;
    SessionFallbackSecretStore secrets(&keychain);
    QNetworkAccessManager network;
    SystemClock clock;

    JobContext services = servicesFromSettings(*store);
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

    Scheduler scheduler(*store, clock, services);
    SleepWatcher sleep;
    QObject::connect(&sleep, &SleepWatcher::resumed, &scheduler, &Scheduler::tick);

    GuiContext context{store.get(), &secrets, &scheduler, &network};
    MainWindow window(context);
    windowForPrompts = &window;

    const bool trayAvailable = TrayIcon::isAvailable();
    std::unique_ptr<TrayIcon> tray;
    if (trayAvailable) {
        tray = std::make_unique<TrayIcon>(*store, scheduler);
        tray->show();
        window.setKeepRunningInTray(true);
        QApplication::setQuitOnLastWindowClosed(false);
        QObject::connect(tray.get(), &TrayIcon::openRequested, &window, &MainWindow::raiseWindow);
        QObject::connect(tray.get(), &TrayIcon::runRequested, &window, [&](qint64 id) {
            QString reason;
            if (!scheduler.runNow(id, &reason))
                window.statusBar()->showMessage(reason, 8000);
        });
        QObject::connect(tray.get(), &TrayIcon::quitRequested, &window, &MainWindow::quitRequested);
    }
    if (tray)
        scheduler.services().notifier = tray.get();
    // Settings apply to the next job.
    QObject::connect(window.settingsPage(), &SettingsPage::settingsChanged, &app, [&]() {
        JobContext &next = scheduler.services();
        const JobContext fresh = servicesFromSettings(*store);
        next.notifyMode = fresh.notifyMode;
        next.lockWaitSecs = fresh.lockWaitSecs;
        next.borgPath = fresh.borgPath;
    });

    bool quitting = false;
    QObject::connect(&window, &MainWindow::quitRequested, &app, [&]() {
        if (quitting) {
            scheduler.shutdown(QObject::tr("Cancelled: Borgtide was closed"));
            return;
        }
        if (!scheduler.runningJobs().isEmpty()) {
            window.raiseWindow();
            if (QMessageBox::question(&window, QObject::tr("Quit Borgtide"),
                                      QObject::tr("A backup job is running. Quit and cancel it? "
                                                  "Cleanup hooks still run.")) != QMessageBox::Yes)
                return;
        }
        quitting = true;
        scheduler.shutdown(QObject::tr("Cancelled: Borgtide was closed"));
    });
    QObject::connect(&scheduler, &Scheduler::stopped, &app, &QCoreApplication::quit);
    QObject::connect(&instance, &SingleInstance::messageReceived, &window,
                     [&](const QByteArray &message) {
                         qCInfo(lcGui) << "raised by a second launch:" << message;
                         window.raiseWindow();
                     });

    // the window first, then the scheduler's start-up work (catch-up checks of every schedule)
    if (!(minimized && trayAvailable)) {
        QObject::connect(&window, &MainWindow::firstPainted, &scheduler, &Scheduler::start,
                         Qt::SingleShotConnection);
        window.show();
    } else {
        QMetaObject::invokeMethod(&scheduler, &Scheduler::start, Qt::QueuedConnection);
    }
    qCInfo(lcGui) << "desktop application started" << (trayAvailable ? "with" : "without")
                  << "a system tray";
    const int rc = app.exec();
    return rc;
}

} // namespace borgtide::gui
