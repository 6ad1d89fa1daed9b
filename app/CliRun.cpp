// `run` and `daemon`: filled in by the job engine.
#include "Cli.h"
#include "ExitCode.h"

#include <QTextStream>

namespace borgtide {

int Cli::cmdRun(const QStringList &)
{
    m_err << "borgtide: run is not built yet\n";
    return ExitSoftware;
}

int Cli::cmdDaemon(const QStringList &)
{
    m_err << "borgtide: daemon is not built yet\n";
    return ExitSoftware;
}

} // namespace borgtide
