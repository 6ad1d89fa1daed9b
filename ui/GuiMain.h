#pragma once

#include <QString>

namespace borgtide::gui {

// Starts the desktop application: single instance, main window or tray.
int run(int &argc, char **argv, const QString &dataDir);

} // namespace borgtide::gui
