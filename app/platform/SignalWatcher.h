#pragma once

#include <QObject>

class QSocketNotifier;

namespace borgtide {

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal (self-pipe), so `run` and `daemon` can cancel
// their job by the cancel rule instead of dying. One instance per process.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void received(int signalNumber, const QString &name);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace borgtide
