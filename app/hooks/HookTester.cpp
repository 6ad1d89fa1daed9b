#include "app/hooks/HookTester.h"

#include "app/hooks/HookRunner.h"
#include "app/hooks/WebhookRunner.h"
#include "models/ArchiveName.h"

namespace borgtide {

HookTester::HookTester(const Schedule &schedule, const Hook &hook, HookPhase phase,
                       SecretStore *secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_hook(hook)
    , m_phase(phase)
{
    m_services.secrets = secrets;
    m_services.network = network;
    m_context.services = &m_services;
    m_context.schedule = schedule;
    m_context.repository = schedule.repository(); // job id 0: "test" values are used
    if (phase == HookPhase::Post) {
        m_context.hookJobStatus = QStringLiteral("success");
        m_context.webhookJobStatus = QStringLiteral("completed");
        m_context.archiveName = archivename::expandSchedule(schedule.archiveName, schedule.name)
                                    .replace(QLatin1String("{now}"), QStringLiteral("test"));
    } else {
        m_context.webhookJobStatus = QStringLiteral("running");
    }
}

HookTester::~HookTester()
{
    delete m_runner.data();
}

void HookTester::start()
{
    if (m_running)
        return;
    m_running = true;
    TaskRunner *runner =
        m_hook.type == HookType::Webhook
            ? static_cast<TaskRunner *>(new WebhookRunner(m_context, m_hook, 1, this))
            : new CommandHookRunner(m_context, m_hook, m_phase, 1, this);
    m_runner = runner;
    connect(runner, &TaskRunner::output, this, &HookTester::output);
    connect(runner, &TaskRunner::finished, this, [this, runner](const TaskOutcome &outcome) {
        m_running = false;
        runner->deleteLater();
        Q_EMIT finished(outcome);
    });
    runner->start();
}

void HookTester::stop()
{
    if (m_runner && m_running)
        m_runner->cancel();
}

} // namespace borgtide
