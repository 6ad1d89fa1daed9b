#pragma once

#include <QString>

namespace borgtide::autostart {

// "Start at login" (SPEC 6). Linux: an XDG autostart entry
// (~/.config/autostart/borgtide.desktop) that runs `borgtide --minimized`. Other platforms
// report it as unsupported in this build (Windows: a Run registry value; macOS: a LaunchAgent).
bool isSupported();
bool isEnabled();
bool setEnabled(bool enabled, const QString &executable, QString *error);
QString entryPath();

} // namespace borgtide::autostart
