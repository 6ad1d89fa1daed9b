#pragma once

#include "app/jobs/TaskRunner.h"

#include <QObject>
#include <QPointer>

namespace borgtide {

// "Test" in the hook editor: runs one hook now through the engine's own runners, with a sample
// job context (job id "test", type manual, task index 1; post-hooks see status "success" and a
// sample archive name), and reports its output and result. Can be stopped.
class HookTester final : public QObject
{
    Q_OBJECT
public:
    HookTester(const Schedule &schedule, const Hook &hook, HookPhase phase, SecretStore *secrets,
               QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HookTester() override;
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    const JobContext &context() const { return m_context; }

Q_SIGNALS:
    void output(const QByteArray &chunk);
    void finished(const borgtide::TaskOutcome &outcome);

private:
    JobServices m_services;
    JobContext m_context;
    Hook m_hook;
    HookPhase m_phase;
    QPointer<TaskRunner> m_runner;
    bool m_running = false;
};

} // namespace borgtide
