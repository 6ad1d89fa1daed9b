#include "app/jobs/StoreWatcher.h"

#include "models/Store.h"

#include <QFileInfo>

namespace borgtide {

StoreWatcher::StoreWatcher(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50); // a commit touches the log several times: one check for all
    connect(&m_coalesce, &QTimer::timeout, this, &StoreWatcher::check);
    connect(&m_files, &QFileSystemWatcher::fileChanged, this, [this]() {
        rewatch(); // a log that was checkpointed away and made anew needs a new watch
        m_coalesce.start();
    });
    connect(&m_files, &QFileSystemWatcher::directoryChanged, this, [this]() {
        rewatch();
        m_coalesce.start();
    });
    m_version = m_store.dataVersion();
    rewatch();
}

void StoreWatcher::rewatch()
{
    QStringList wanted{m_store.dataDir(), m_store.path(), m_store.path() + QStringLiteral("-wal")};
    const QStringList watched = m_files.files() + m_files.directories();
    QStringList add;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path) && QFileInfo::exists(path))
            add.append(path);
    }
    if (!add.isEmpty())
        m_files.addPaths(add);
}

void StoreWatcher::check()
{
    const qint64 version = m_store.dataVersion();
    if (version == m_version)
        return;
    m_version = version;
    Q_EMIT changed();
}

} // namespace borgtide
