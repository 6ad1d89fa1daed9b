#pragma once

#include <QString>

class QNetworkAccessManager;

namespace borgtide {

class JobBoard;
class Scheduler;
class SecretStore;
class Store;

// What the windows share: the store, the keychain (with a session fallback), the job board,
// the scheduler and the network. The GUI never starts processes itself: it asks the engine,
// and follows jobs through the board's signals.
struct GuiContext
{
    Store *store = nullptr;
    SecretStore *secrets = nullptr;
    Scheduler *scheduler = nullptr; // null in widget tests that do not run jobs
    JobBoard *board = nullptr;      // null with the scheduler
    QNetworkAccessManager *network = nullptr;
    QString borgPath() const; // the setting, else borg on PATH
};

} // namespace borgtide
