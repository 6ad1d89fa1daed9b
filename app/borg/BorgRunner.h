#pragma once

#include "app/borg/BorgEnvironment.h"
#include "app/borg/BorgLog.h"
#include "app/jobs/TaskRunner.h"
#include "app/platform/GroupProcess.h"

namespace borgtide {

// borg create / prune / compact / check for one job (SPEC 2). Exit code 0 is success, 1 a
// warning, 2 and above a failure (borg runs with BORG_EXIT_CODES=legacy). The passphrase goes
// into borg's environment only. --lock-wait makes a busy repository wait instead of failing.
class BorgRunner final : public TaskRunner
{
    Q_OBJECT
public:
    // `context.repository` is the repository this task works on.
    BorgRunner(const JobContext &context, TaskKind kind, QObject *parent = nullptr);
    void start() override;
    void cancel() override;

    // The arguments for `kind` (without the passphrase, which is in the environment); the
    // repository and paths come after "--", so a source named "-x" is a path.
    static QStringList arguments(const JobContext &context, TaskKind kind);
    // "1.2.4" from `borg --version`, cached per executable; empty when borg cannot run.
    static QString version(const QString &borgPath);
    static bool versionAtLeast(const QString &version, int major, int minor);

Q_SIGNALS:
    void archiveCreated(const QString &name, const borgtide::ArchiveStats &stats);

private:
    void launch(const borgenv::Passphrase &passphrase);
    void handleLine(const borglog::Line &line);
    void onFinished(const GroupProcess::Result &result);

    const JobContext m_context;
    TaskKind m_kind;
    GroupProcess m_process;
    QByteArray m_stdout;
    borglog::LineReader m_stderr;
    QString m_lastError;
    QString m_lastWarning;
    bool m_archiveCreated = false;
    bool m_cancelled = false;
    qint64 m_lastProgressMs = 0;
};

} // namespace borgtide
