#include "app/cli/Cli.h"

#include "app/borg/BorgEnvironment.h"
#include "app/cli/ExitCode.h"
#include "app/jobs/Recovery.h"
#include "app/secrets/SecretStore.h"
#include "models/JsonWriter.h"
#include "models/NextRun.h"
#include "models/ScheduleFile.h"
#include "models/ScheduleImport.h"
#include "models/Store.h"
#include "models/Template.h"
#include "models/TimeFormat.h"
#include "models/import/Import.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace borgtide {

namespace {

const QStringList &commands()
{
    static const QStringList c{
        QStringLiteral("schedules"), QStringLiteral("import"), QStringLiteral("export"),
        QStringLiteral("run"),       QStringLiteral("jobs"),   QStringLiteral("job"),
        QStringLiteral("next-runs"), QStringLiteral("daemon"), QStringLiteral("repo"),
        QStringLiteral("secret"),    QStringLiteral("help"),
    };
    return c;
}

QString usageText()
{
    return QStringLiteral(
        "Usage:\n"
        "  borgtide [--minimized]                 the desktop application\n"
        "  borgtide --version\n"
        "  borgtide schedules [--json]            list schedules\n"
        "  borgtide import FILE [--dry-run] [--on-conflict fail|skip|replace|rename]\n"
        "  borgtide export [-o FILE] [NAME...]    all schedules, or the named ones\n"
        "  borgtide run NAME [--json] [--no-wait] [--scheduled]\n"
        "                                         run one job now, wait, print its tasks\n"
        "  borgtide jobs [--json] [--limit N] [--schedule NAME]\n"
        "  borgtide job ID [--json]               one job with its tasks and their output\n"
        "  borgtide next-runs NAME [--count N] [--from ISO-8601]\n"
        "  borgtide daemon                        the scheduler without a window\n"
        "  borgtide repo add NAME LOCATION [--encryption MODE] [--init]\n"
        "  borgtide secret set NAME               a {{ secret.NAME }} value, from stdin or a "
        "prompt\n"
        "  borgtide secret list                   the names of stored secrets\n"
        "  borgtide secret delete NAME\n"
        "\n"
        "Options for every command:\n"
        "  --data-dir DIR   where the database and logs live (or BORGTIDE_DATA_DIR)\n");
}

// Splits off the global --data-dir option; returns the rest. `*given` tells whether the
// option was there (an empty value is a usage error, not "the default").
QStringList withoutGlobalOptions(const QStringList &args, QString *dataDir, bool *given = nullptr)
{
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString value;
        bool found = false;
        if (a == QLatin1String("--data-dir")) {
            found = true;
            if (i + 1 < args.size())
                value = args.at(++i);
        } else if (a.startsWith(QLatin1String("--data-dir="))) {
            found = true;
            value = a.mid(11);
        } else {
            rest.append(a);
            continue;
        }
        if (found && given)
            *given = true;
        if (dataDir)
            *dataDir = value;
    }
    return rest;
}

QString repositoryNames(const Schedule &s)
{
    QStringList names;
    for (const Repository &r : s.repositories)
        names.append(r.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

Cli::Cli(const QStringList &arguments, QTextStream &out, QTextStream &err)
    : m_args(arguments)
    , m_out(out)
    , m_err(err)
{}

Cli::~Cli() = default;

bool Cli::wantsGui(const QStringList &arguments)
{
    QString dir;
    bool given = false;
    const QStringList rest = withoutGlobalOptions(arguments.mid(1), &dir, &given);
    if (given && dir.isEmpty())
        return false; // the command line says what is wrong
    for (const QString &a : rest) {
        if (a == QLatin1String("--minimized"))
            continue;
        return false; // a command, --version, --help or something to complain about
    }
    return true;
}

QString Cli::dataDirectory(const QStringList &arguments)
{
    QString dir;
    withoutGlobalOptions(arguments.mid(1), &dir);
    if (dir.isEmpty())
        dir = qEnvironmentVariable("BORGTIDE_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir;
}

int Cli::usage(const QString &message)
{
    m_err << "borgtide: " << message << "\n" << usageText();
    m_err.flush();
    return ExitUsage;
}

int Cli::openStore()
{
    if (m_store)
        return ExitOk;
    auto opened = Store::open(m_dataDir);
    if (!opened) {
        m_err << "borgtide: " << opened.error() << "\n";
        m_err.flush();
        return exitCodeFor(opened.code());
    }
    m_store = std::move(opened).value();
    for (const QString &notice : m_store->migrationNotices())
        m_err << "borgtide: note: " << notice << "\n";
    // Every process that opens the store settles jobs left running by a dead process, and
    // tells their monitors (briefly: a command does not wait long for them).
    const QList<qint64> settled = recovery::recoverInterruptedJobs(*m_store);
    if (!settled.isEmpty()) {
        QNetworkAccessManager network;
        JobServices services;
        services.network = &network;
        services.secrets = &secrets();
        QEventLoop loop;
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        bool done = false;
        recovery::tellMonitors(*m_store, settled, services, &loop, [&](const QStringList &) {
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
    }
    return ExitOk;
}

SecretStore &Cli::secrets()
{
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    return *m_secrets;
}

int Cli::exec()
{
    const int rc = dispatch();
    // Store reads answer empty on failure; a command whose reads failed must not look fine.
    QString why;
    if (m_store) {
        if (const ErrorCode code = m_store->takeReadError(&why); code != ErrorCode::None) {
            m_err << "borgtide: " << why << "\n";
            m_err.flush();
            if (rc == ExitOk || code == ErrorCode::DatabaseDamaged)
                return exitCodeFor(code);
        }
    }
    return rc;
}

int Cli::dispatch()
{
    QString dataDirOption;
    bool dataDirGiven = false;
    const QStringList rest = withoutGlobalOptions(m_args.mid(1), &dataDirOption, &dataDirGiven);
    if (dataDirGiven && dataDirOption.isEmpty())
        return usage(QStringLiteral("--data-dir needs a folder; it was given an empty value"));
    m_dataDir = dataDirectory(m_args);
    if (rest.isEmpty())
        return usage(QStringLiteral("no command given"));
    const QString command = rest.first();
    const QStringList args = rest.mid(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "borgtide " << QStringLiteral(BORGTIDE_VERSION) << "\n";
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        m_out << usageText();
        return ExitOk;
    }
    if (!commands().contains(command))
        return usage(QStringLiteral("unknown command '%1'").arg(command));
    if (command == QLatin1String("schedules"))
        return cmdSchedules(args);
    if (command == QLatin1String("import"))
        return cmdImport(args);
    if (command == QLatin1String("export"))
        return cmdExport(args);
    if (command == QLatin1String("repo"))
        return cmdRepo(args);
    if (command == QLatin1String("run"))
        return cmdRun(args);
    if (command == QLatin1String("jobs"))
        return cmdJobs(args);
    if (command == QLatin1String("job"))
        return cmdJob(args);
    if (command == QLatin1String("next-runs"))
        return cmdNextRuns(args);
    if (command == QLatin1String("daemon"))
        return cmdDaemon(args);
    if (command == QLatin1String("secret"))
        return cmdSecret(args);
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}

// ---------------------------------------------------------------- schedules

int Cli::cmdSchedules(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output")});
    if (!p.parse(QStringList{QStringLiteral("schedules")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(QStringLiteral("schedules takes no arguments"));
    if (int rc = openStore())
        return rc;
    const QList<Schedule> list = m_store->schedules();
    const QHash<qint64, JobStatus> last = m_store->lastStatuses();
    const QDateTime now = QDateTime::currentDateTime();
    auto nextOf = [&](const Schedule &s) -> QDateTime {
        if (!s.enabled)
            return {};
        // a schedule no scheduler has seen yet counts from its creation, not from "now"
        const QDateTime anchor = m_store->scheduleState(s.id).anchor;
        const QDateTime lastRun =
            s.trigger.kind == TriggerKind::Interval ? m_store->lastStart(s.id) : QDateTime();
        const QList<QDateTime> next =
            nextRuns(s.trigger, now, 1, lastRun, anchor.isValid() ? anchor : s.createdAt);
        return next.isEmpty() ? QDateTime() : next.first();
    };
    if (p.isSet(QStringLiteral("json"))) {
        JsonWriter w(true);
        w.beginArray();
        for (const Schedule &s : list) {
            w.beginObject();
            w.field(QStringLiteral("id"), QString::number(s.id));
            schedulefile::writeScheduleFields(w, s);
            const QDateTime next = nextOf(s);
            w.key(QStringLiteral("next_run"));
            next.isValid() ? w.value(isoWithOffset(next)) : w.null();
            w.key(QStringLiteral("last_status"));
            last.contains(s.id) ? w.value(toText(last.value(s.id))) : w.null();
            w.endObject();
        }
        w.endArray();
        m_out << QString::fromUtf8(w.data());
        return ExitOk;
    }
    if (list.isEmpty()) {
        m_out << "No schedules. Import some with: borgtide import FILE\n";
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("NAME"), QStringLiteral("REPOSITORY"),
                             QStringLiteral("TRIGGER"), QStringLiteral("NEXT RUN"),
                             QStringLiteral("LAST RESULT"), QStringLiteral("ENABLED")}};
    for (const Schedule &s : list) {
        const QDateTime next = nextOf(s);
        rows.append({s.name, repositoryNames(s), describeTrigger(s.trigger, s.repository().name),
                     next.isValid() ? next.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : QStringLiteral("-"),
                     last.contains(s.id) ? toText(last.value(s.id)) : QStringLiteral("-"),
                     s.enabled ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &r : rows) {
        for (qsizetype c = 0; c < r.size(); ++c)
            widths[c] = std::max(widths[c], r.at(c).size());
    }
    for (const QStringList &r : rows) {
        QString line;
        for (qsizetype c = 0; c < r.size(); ++c)
            line += c + 1 < r.size() ? r.at(c).leftJustified(widths[c] + 2) : r.at(c);
        m_out << line << "\n";
    }
    return ExitOk;
}

// ---------------------------------------------------------------- import / export

int Cli::cmdImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("dry-run"), QStringLiteral("show what would change")});
    p.addOption({QStringLiteral("on-conflict"), QStringLiteral("fail|skip|replace|rename"),
                 QStringLiteral("policy"), QStringLiteral("fail")});
    p.addOption({QStringLiteral("format"), QStringLiteral("borgtide|vorta|borgmatic"),
                 QStringLiteral("format")});
    if (!p.parse(QStringList{QStringLiteral("import")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(QStringLiteral("import needs exactly one FILE"));
    const auto policy = conflictPolicyFromString(p.value(QStringLiteral("on-conflict")));
    if (!policy)
        return usage(QStringLiteral("--on-conflict must be fail, skip, replace or rename, not '%1'")
                         .arg(p.value(QStringLiteral("on-conflict"))));
    const QString fileName = p.positionalArguments().first();
    QByteArray data;
    QFile in(fileName);
    const bool opened = fileName == QLatin1String("-") ? in.open(stdin, QIODevice::ReadOnly)
                                                       : in.open(QIODevice::ReadOnly);
    if (!opened) {
        m_err << "borgtide: cannot read " << fileName << ": " << in.errorString() << "\n";
        return ExitDataErr;
    }
    // never more than the limit and one byte: /dev/zero is not read to the end
    while (data.size() <= schedulefile::MaxFileSize) {
        const QByteArray chunk = in.read(schedulefile::MaxFileSize + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > schedulefile::MaxFileSize) // whatever its format, read no further
        data = data.left(schedulefile::MaxFileSize + 1);
    std::optional<importer::Format> format = data.size() > schedulefile::MaxFileSize
                                                 ? importer::Format::Borgtide
                                                 : importer::detect(data);
    if (p.isSet(QStringLiteral("format")) && data.size() <= schedulefile::MaxFileSize) {
        format = importer::formatFromString(p.value(QStringLiteral("format")));
        if (!format)
            return usage(QStringLiteral("--format must be borgtide, vorta or borgmatic"));
    }
    const importer::Result imported = importer::parse(data, *format, fileName);
    schedulefile::Contents contents{imported.schedules, imported.problems};
    if (contents.problems.isEmpty() && *format != importer::Format::Borgtide) {
        m_out << "Import report for " << fileName << ":\n";
        for (const QString &line : imported.report)
            m_out << "  " << line << "\n";
    }
    if (!contents.problems.isEmpty()) {
        m_err << "borgtide: " << fileName << " is not a valid schedule file; nothing was imported ("
              << contents.problems.size()
              << (contents.problems.size() == 1 ? " problem" : " problems") << "):\n";
        for (const Problem &pr : contents.problems)
            m_err << "  " << pr.text() << "\n";
        return ExitDataErr;
    }
    if (int rc = openStore())
        return rc;
    ImportPlan plan = planImport(*m_store, contents.schedules, *policy);
    if (!plan.conflicts.isEmpty()) {
        m_err << "borgtide: cannot import " << fileName << "; nothing was imported:\n";
        for (const Problem &pr : plan.conflicts)
            m_err << "  " << pr.text() << "\n";
        return ExitDataErr;
    }
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (dryRun) {
        m_out << "Dry run: nothing was changed. Importing " << fileName << " would:\n";
        for (const QString &line : plan.describe())
            m_out << "  " << line << "\n";
        return ExitOk;
    }
    if (Status s = applyImport(*m_store, plan); !s) {
        m_err << "borgtide: import failed; nothing was imported: " << s.error() << "\n";
        return ExitCantCreate;
    }
    QStringList stored; // locations whose passphrase came with the file and is in the keychain
    for (const importer::Passphrase &pp : imported.passphrases) {
        const SecretStore::Reply r =
            secrets().writeSync(SecretStore::repositoryKey(pp.repository), pp.value);
        if (r.ok())
            stored.append(pp.repository.location);
        else
            m_out << "not imported: passphrase of repository '" << pp.repository.name
                  << "': no keychain (" << r.message << ")\n";
    }
    m_out << "Imported " << fileName << ": " << plan.count(ImportPlan::Action::Add) << " added, "
          << plan.count(ImportPlan::Action::Replace) << " replaced, "
          << plan.count(ImportPlan::Action::Skip) << " skipped\n";
    for (const QString &line : plan.describe())
        m_out << "  " << line << "\n";
    bool needsPassphrase = false;
    for (const Repository &r : plan.newRepositories)
        needsPassphrase = needsPassphrase || (r.needsPassphrase() && !stored.contains(r.location));
    if (needsPassphrase)
        m_out << "Store the passphrase of each new encrypted repository with: borgtide repo add "
                 "NAME LOCATION\n";
    return ExitOk;
}

int Cli::cmdExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 QStringLiteral("write to FILE ('-': standard output)"),
                 QStringLiteral("FILE")});
    if (!p.parse(QStringList{QStringLiteral("export")} + args))
        return usage(p.errorText());
    if (int rc = openStore())
        return rc;
    const QList<Schedule> all = m_store->schedules();
    QList<Schedule> chosen;
    const QStringList names = p.positionalArguments();
    if (names.isEmpty()) {
        chosen = all;
    } else {
        for (const QString &name : names) {
            auto it = std::find_if(all.begin(), all.end(),
                                   [&](const Schedule &s) { return s.name == name; });
            if (it == all.end()) {
                m_err << "borgtide: no schedule named '" << name << "'\n";
                return ExitUsage;
            }
            chosen.append(*it);
        }
    }
    const QByteArray data = schedulefile::write(chosen, QDateTime::currentDateTime());
    const QString target = p.value(QStringLiteral("output"));
    if (target.isEmpty() || target == QLatin1String("-")) {
        m_out.flush();
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_err << "borgtide: cannot write " << target << ": " << file.errorString() << "\n";
        return ExitCantCreate;
    }
    m_err << "Exported " << chosen.size() << (chosen.size() == 1 ? " schedule" : " schedules")
          << " to " << target << "\n";
    return ExitOk;
}

// ---------------------------------------------------------------- repo

QString Cli::readPassphrase(const QString &prompt, bool confirm, QString *error)
{
#ifdef Q_OS_UNIX
    const bool tty = ::isatty(STDIN_FILENO);
#else
    const bool tty = false;
#endif
    auto readLine = [&](const QString &text) -> QString {
        QString line;
#ifdef Q_OS_UNIX
        termios old{};
        if (tty) {
            m_err << text;
            m_err.flush();
            tcgetattr(STDIN_FILENO, &old);
            termios silent = old;
            silent.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        }
#else
        Q_UNUSED(text)
#endif
        QTextStream in(stdin);
        line = in.readLine();
#ifdef Q_OS_UNIX
        if (tty) {
            tcsetattr(STDIN_FILENO, TCSANOW, &old);
            m_err << "\n";
            m_err.flush();
        }
#endif
        return line;
    };
    const QString first = readLine(prompt);
    if (first.isEmpty()) {
        *error = QStringLiteral("the passphrase must not be empty");
        return {};
    }
    if (confirm && tty && readLine(QStringLiteral("Repeat passphrase: ")) != first) {
        *error = QStringLiteral("the passphrases do not match");
        return {};
    }
    return first;
}

int Cli::cmdRepo(const QStringList &args)
{
    if (args.isEmpty() || args.first() != QLatin1String("add"))
        return usage(QStringLiteral("repo needs a subcommand: repo add NAME LOCATION"));
    QCommandLineParser p;
    p.addOption({QStringLiteral("encryption"), QStringLiteral("borg encryption mode"),
                 QStringLiteral("MODE"), QStringLiteral("repokey")});
    p.addOption({QStringLiteral("init"), QStringLiteral("create the repository with borg init")});
    if (!p.parse(QStringList{QStringLiteral("repo-add")} + args.mid(1)))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 2)
        return usage(QStringLiteral("repo add needs NAME and LOCATION"));
    Repository repo;
    repo.name = p.positionalArguments().at(0).trimmed();
    repo.location = p.positionalArguments().at(1).trimmed();
    repo.encryption = p.value(QStringLiteral("encryption"));
    if (repo.location.isEmpty())
        return usage(QStringLiteral("LOCATION must not be empty"));
    if (const QString why = schedulefile::nameProblem(repo.name); !why.isEmpty())
        return usage(QStringLiteral("the repository NAME %1").arg(why));
    if (!Repository::encryptionModes().contains(repo.encryption))
        return usage(QStringLiteral("--encryption must be one of %1")
                         .arg(Repository::encryptionModes().join(QStringLiteral(", "))));
    const bool init = p.isSet(QStringLiteral("init"));
    repo.location = repositorylocation::normalize(repo.location);

    if (int rc = openStore())
        return rc;
    const auto existing = m_store->repositoryByName(repo.name);
    if (existing && existing->location != repo.location) {
        m_err << "borgtide: a repository named '" << repo.name << "' already exists at "
              << existing->location << "\n";
        return ExitDataErr;
    }
    if (const auto other = m_store->repositoryByLocation(repo.location);
        other && other->name != repo.name) {
        m_err << "borgtide: " << repo.location << " is already repository '" << other->name
              << "'; one location has one repository name\n";
        return ExitDataErr;
    }
    if (existing)
        repo.id = existing->id;

    QString borg;
    if (init) {
        borg = borgenv::findBorg(m_store.get());
        if (borg.isEmpty()) {
            m_err << "borgtide: " << borgenv::notFoundMessage() << "\n";
            return ExitUnavailable;
        }
    }

    QString passphrase;
    bool wrote = false;
    if (repo.needsPassphrase()) {
        QString error;
        passphrase = readPassphrase(
            QStringLiteral("Passphrase for repository '%1': ").arg(repo.name), init, &error);
        if (passphrase.isEmpty()) {
            m_err << "borgtide: " << error << "\n";
            return ExitDataErr;
        }
        const SecretStore::Reply r =
            secrets().writeSync(SecretStore::repositoryKey(repo), passphrase);
        if (!r.ok()) {
            m_err << "borgtide: cannot store the passphrase: " << r.message
                  << "\nBorgtide never keeps passphrases in plain text. Start a keychain "
                     "(e.g. gnome-keyring or KWallet), or set BORG_PASSCOMMAND when running "
                     "borgtide. Nothing was changed.\n";
            return ExitUnavailable;
        }
        wrote = true;
    }

    if (init) {
        QProcess proc;
        proc.setProgram(borg);
        proc.setArguments({QStringLiteral("init"),
                           QStringLiteral("--encryption=") + repo.encryption,
                           QStringLiteral("--make-parent-dirs"), repo.location});
        proc.setProcessEnvironment(
            borgenv::forBorg(repo.needsPassphrase() ? passphrase : QString(), false));
        proc.setProcessChannelMode(QProcess::MergedChannels);
        proc.start();
        proc.waitForFinished(-1);
        const QString output = QString::fromUtf8(proc.readAll()).trimmed();
        if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() >= 2) {
            m_err << "borgtide: borg init failed (exit code " << proc.exitCode()
                  << "); nothing was changed:\n"
                  << output << "\n";
            if (wrote && !existing)
                secrets().removeSync(SecretStore::repositoryKey(repo));
            return ExitFailed;
        }
        if (!output.isEmpty())
            m_out << output << "\n";
    }

    if (Status s = m_store->saveRepository(repo); !s) {
        m_err << "borgtide: " << s.error() << "\n";
        return ExitCantCreate;
    }
    m_out << (existing ? "Updated" : "Added") << " repository '" << repo.name << "' at "
          << repo.location << " (" << repo.encryption << ")";
    if (repo.needsPassphrase())
        m_out << "; passphrase stored in the " << secrets().backendName();
    m_out << "\n";
    return ExitOk;
}

// ---------------------------------------------------------------- secret

namespace {

const QString &secretNamesKey()
{
    static const QString k = QStringLiteral("secret_names");
    return k;
}

QStringList storedSecretNames(const Store &store)
{
    QStringList names =
        store.setting(secretNamesKey()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    names.sort();
    return names;
}

} // namespace

int Cli::cmdSecret(const QStringList &args)
{
    const QString sub = args.value(0);
    const QString name = args.value(1);
    if (sub == QLatin1String("list")) {
        if (args.size() != 1)
            return usage(QStringLiteral("secret list takes no arguments"));
        if (int rc = openStore())
            return rc;
        for (const QString &n : storedSecretNames(*m_store))
            m_out << n << "\n";
        return ExitOk;
    }
    if (sub != QLatin1String("set") && sub != QLatin1String("delete"))
        return usage(QStringLiteral("secret needs a subcommand: set NAME, list or delete NAME"));
    if (args.size() != 2)
        return usage(QStringLiteral("secret %1 needs one NAME").arg(sub));
    if (!templates::isSecretName(QStringLiteral("secret.") + name))
        return usage(QStringLiteral("'%1' is not a valid secret name (letters, digits, '_' and "
                                    "'-', starting with a letter or '_')")
                         .arg(name));
    if (int rc = openStore())
        return rc;
    QStringList names = storedSecretNames(*m_store);
    if (sub == QLatin1String("delete")) {
        if (!names.contains(name)) {
            m_err << "borgtide: no secret named '" << name << "'\n";
            return ExitUsage;
        }
        const SecretStore::Reply r = secrets().removeSync(SecretStore::secretKey(name));
        if (!r.ok() && r.outcome != SecretStore::Outcome::NotFound) {
            m_err << "borgtide: cannot delete the secret: " << r.message << "\n";
            return ExitUnavailable;
        }
        names.removeAll(name);
        if (Status st = m_store->setSetting(secretNamesKey(), names.join(QLatin1Char('\n'))); !st) {
            m_err << "borgtide: " << st.error() << "\n";
            return exitCodeFor(st.code());
        }
        m_out << "Deleted secret '" << name << "'\n";
        return ExitOk;
    }
    // set: the value up to the first newline, from stdin or a prompt
    QString error;
    const QString value =
        readPassphrase(QStringLiteral("Value of secret '%1': ").arg(name), false, &error);
    if (value.isEmpty()) {
        m_err << "borgtide: the value must not be empty; nothing was stored\n";
        return ExitDataErr;
    }
    const SecretStore::Reply r = secrets().writeSync(SecretStore::secretKey(name), value);
    if (!r.ok()) {
        m_err << "borgtide: cannot store the secret: " << r.message
              << "\nBorgtide never keeps secrets in plain text. Start a keychain (e.g. "
                 "gnome-keyring or KWallet). Nothing was changed.\n";
        return ExitUnavailable;
    }
    if (!names.contains(name)) {
        names.append(name);
        names.sort();
        if (Status st = m_store->setSetting(secretNamesKey(), names.join(QLatin1Char('\n'))); !st) {
            m_err << "borgtide: " << st.error() << "\n";
            return exitCodeFor(st.code());
        }
    }
    m_out << "Stored secret '" << name << "' in the " << secrets().backendName() << "\n";
    return ExitOk;
}

} // namespace borgtide
