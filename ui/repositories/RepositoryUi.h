#pragma once

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace borgtide {

class SecretStore;
struct Repository;

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

// Writes the repository's passphrase to `secrets` (which may be null: none available).
// `done(problem)` is called once, unless `guard` is gone by then: an empty problem means the
// passphrase is in the keychain; otherwise it says why not (a session fallback store may still
// keep it until Borgtide quits).
void storePassphrase(SecretStore *secrets, const Repository &repository, const QString &passphrase,
                     QObject *guard, std::function<void(const QString &problem)> done);

} // namespace repoui
} // namespace borgtide
