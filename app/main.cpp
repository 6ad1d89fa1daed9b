// The one file that joins the layers: a command line call runs headless with QCoreApplication;
// otherwise the desktop application starts.
#include "app/cli/Cli.h"
#include "ui/GuiMain.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Output to a closed pipe or terminal is dropped, never the end of a job (SPEC 2); a full
    // disk (or ulimit -f) makes a write fail, which the job records, instead of killing us.
    ::signal(SIGPIPE, SIG_IGN);
    ::signal(SIGXFSZ, SIG_IGN);
#endif
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (borgtide::Cli::wantsGui(arguments))
        return borgtide::gui::run(argc, argv, borgtide::Cli::dataDirectory(arguments));

    // Commands print what the user asked for; diagnostics only when asked (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral(
            "borgtide.*.debug=false\nborgtide.*.info=false\nborgtide.*.warning=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("borgtide"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BORGTIDE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    int rc = 0;
    {
        borgtide::Cli cli(arguments, out, err);
        rc = cli.exec();
    }
    out.flush();
    err.flush();
    return rc;
}
