#pragma once

#include <QString>

namespace borgtide::logfile {

// Writes Qt's log messages (borgtide.* categories at info and above, everything at warning
// and above) to `path` in the data directory as well as to stderr; the file is rotated to
// `path.1` at 2 MB. Never logs secrets: nothing in Borgtide logs a passphrase or a value.
void install(const QString &path);

} // namespace borgtide::logfile
