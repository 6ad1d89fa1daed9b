#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace borgtide {

class Store;

// Notices commits of other processes (and other connections) to the store, without polling:
// inotify (QFileSystemWatcher) on the database, its write-ahead log and its folder wakes it
// when a file changes, and SQLite's PRAGMA data_version tells whether someone else committed
// (it does not change for this connection's own writes). One per process, fed to the JobBoard.
class StoreWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit StoreWatcher(Store &store, QObject *parent = nullptr);

    // Checks now (also done on every file event, at most every `coalesceMs`).
    void check();

Q_SIGNALS:
    void changed(); // another connection committed since the last check

private:
    void rewatch();

    Store &m_store;
    QFileSystemWatcher m_files;
    QTimer m_coalesce;
    qint64 m_version = -1;
};

} // namespace borgtide
