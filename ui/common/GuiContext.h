#pragma once

#include <QString>

class QNetworkAccessManager;

namespace borgtide {

class Scheduler;
class SecretStore;
class Store;

// What the windows share: the store, the keychain (with a session fallback), the scheduler
// and the network. The GUI never starts processes itself: it asks the engine.
struct GuiContext
{
    Store *store = nullptr;
    SecretStore *secrets = nullptr;
    Scheduler *scheduler = nullptr; // null in widget tests that do not run jobs
    QNetworkAccessManager *network = nullptr;
    QString borgPath() const; // the setting, else borg on PATH
};

} // namespace borgtide
