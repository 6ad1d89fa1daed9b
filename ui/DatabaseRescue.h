#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace borgtide::gui {

// SPEC 7: when the database is damaged, the desktop application offers to put the last good
// daily copy in its place (the damaged file is kept next to it, unchanged). `ask` shows the
// question and returns the user's answer (a test seam; by default a QMessageBox). Returns
// true when the copy was restored, so the store may be opened again.
using Ask = std::function<bool(const QString &title, const QString &question)>;
bool offerRestore(const QString &dataDir, const QString &damage, QWidget *parent,
                  const Ask &ask = {});

} // namespace borgtide::gui
