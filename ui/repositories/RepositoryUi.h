#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace borgtide {

// How the Repositories page and its dialogs ask the user for a folder; an empty answer means
// the user cancelled. Tests replace it (QFileDialog blocks offscreen tests).
using FolderChooser = std::function<QString(const QString &title)>;
// A yes/no question before something that cannot be undone; true: go ahead.
using Confirmer = std::function<bool(const QString &title, const QString &text)>;

namespace repoui {

FolderChooser defaultFolderChooser(QWidget *parent);
Confirmer defaultConfirmer(QWidget *parent);

// A location borg reaches over the network: ssh://…, user@host:path.
bool isRemoteLocation(const QString &location);
// The location as it is stored: trimmed, "~/" expanded and cleaned for local folders.
QString normalizedLocation(const QString &location);

// borg's error for the user: a plain sentence first where borg's own words are technical
// (a wrong passphrase is reported in terms of BORG_PASSPHRASE), then borg's words.
QString explainBorgError(const QString &error);

} // namespace repoui
} // namespace borgtide
