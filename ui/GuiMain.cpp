#include "GuiMain.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>

namespace borgtide::gui {

int run(int &argc, char **argv, const QString &dataDir)
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr, "borgtide: no display is available for the desktop application; "
                             "use a command (borgtide --help) or run it in a desktop session\n");
        return 69;
    }
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("borgtide"));
    QApplication::setApplicationDisplayName(QStringLiteral("Borgtide"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Borgtide"));
    window.setCentralWidget(new QLabel(dataDir));
    window.show();
    return app.exec();
}

} // namespace borgtide::gui
