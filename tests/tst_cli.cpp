// The command line of SPEC 4 for schedules, import, export and repositories, run as a user
// would: the real executable, a real SQLite file, real borg, the real keychain.
#include "TestUtil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace borgtide;
using testutil::run;

namespace {

QString example(const char *name)
{
    return testutil::sourceDir() + QStringLiteral("/resources/examples/") +
           QString::fromLatin1(name);
}

QStringList dd(const QTemporaryDir &dir, const QStringList &args)
{
    return QStringList{QStringLiteral("--data-dir"), dir.path()} + args;
}

QJsonArray schedulesJson(const QTemporaryDir &dir)
{
    const auto r = run(dd(dir, {QStringLiteral("schedules"), QStringLiteral("--json")}));
    if (r.exitCode != 0)
        qWarning() << r.describe();
    return QJsonDocument::fromJson(r.out).array();
}

// The schedule objects without the fields `schedules --json` adds.
QJsonArray withoutAddedFields(QJsonArray a)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        QJsonObject o = a.at(i).toObject();
        o.remove(QStringLiteral("id"));
        o.remove(QStringLiteral("next_run"));
        o.remove(QStringLiteral("last_status"));
        a[i] = o;
    }
    return a;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return path;
}

bool anyFileContains(const QString &dirPath, const QByteArray &needle)
{
    QDirIterator it(dirPath, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

const char *invalidFile = R"({
  "format": "borgtide-schedules", "version": 1,
  "schedules": [
    {"name": "New one", "repository": {"name": "r", "location": "/r"}, "trigger": {"cron": "0 2 * *"},
     "sources": ["/x"],
     "pre_job_hooks": [{"name": "ok", "command": "true"}, {"name": "bad", "command": "x", "timeout": -3}]},
    {"name": "Second", "repository": {"name": "r", "location": "/r", "passphrase": "secret"},
     "trigger": {"manual": true}, "sources": ["/y"]}
  ]})";

QString borg()
{
    return QStandardPaths::findExecutable(QStringLiteral("borg"));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNeedsNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const auto r = run({QStringLiteral("--version")}, {}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().startsWith(QLatin1String("borgtide ")), qPrintable(r.describe()));
        QTemporaryDir dir;
        const auto s = run(dd(dir, {QStringLiteral("schedules")}), {}, env);
        QCOMPARE(s.exitCode, 0);
        QVERIFY(s.outText().contains(QLatin1String("No schedules")));
    }

    void importListsSchedulesWithHooksInOrder()
    {
        QTemporaryDir dir;
        const auto imp =
            run(dd(dir, {QStringLiteral("import"), example("postgresql-dump.borgtide.json")}));
        QVERIFY2(imp.exitCode == 0, qPrintable(imp.describe()));
        QVERIFY(imp.outText().contains(QLatin1String("1 added")));
        const QJsonArray list = schedulesJson(dir);
        QCOMPARE(list.size(), 1);
        const QJsonObject s = list.first().toObject();
        QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("Nightly database"));
        QVERIFY(s.value(QStringLiteral("id")).isString());
        QVERIFY(
            s.value(QStringLiteral("next_run")).toString().contains(QLatin1String("T01:30:00")));
        QVERIFY(s.value(QStringLiteral("last_status")).isNull());
        const QJsonArray pre = s.value(QStringLiteral("pre_job_hooks")).toArray();
        QCOMPARE(pre.size(), 3);
        QCOMPARE(pre.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Check disk space"));
        QCOMPARE(pre.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Database Dump"));
        QCOMPARE(pre.at(2).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Skip when on holiday"));
        const QJsonArray post = s.value(QStringLiteral("post_job_hooks")).toArray();
        QCOMPARE(post.at(0).toObject().value(QStringLiteral("when")).toString(),
                 QStringLiteral("always"));
        QCOMPARE(post.at(2).toObject().value(QStringLiteral("when")).toString(),
                 QStringLiteral("failure"));
        // human form
        const auto text = run(dd(dir, {QStringLiteral("schedules")}));
        QVERIFY(text.outText().contains(QLatin1String("Nightly database")));
        QVERIFY2(text.outText().contains(QLatin1String("01:30")), qPrintable(text.describe()));
    }

    void exportReimportsToTheSameSchedules()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        for (const char *file : {"postgresql-dump.borgtide.json", "laptop-home.borgtide.json"}) {
            const auto r = run(dd(first, {QStringLiteral("import"), example(file)}));
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        const QString exported = first.filePath(QStringLiteral("out.borgtide.json"));
        const auto ex = run(dd(first, {QStringLiteral("export"), QStringLiteral("-o"), exported}));
        QVERIFY2(ex.exitCode == 0, qPrintable(ex.describe()));
        QVERIFY(ex.errText().contains(QLatin1String("Exported 3 schedules")));
        const auto im = run(dd(second, {QStringLiteral("import"), exported}));
        QVERIFY2(im.exitCode == 0, qPrintable(im.describe()));
        const QJsonArray a = withoutAddedFields(schedulesJson(first));
        const QJsonArray b = withoutAddedFields(schedulesJson(second));
        QCOMPARE(a.size(), 3);
        QCOMPARE(b, a);
        // export to stdout, and of named schedules only
        const auto one =
            run(dd(first, {QStringLiteral("export"), QStringLiteral("Photos weekly")}));
        QCOMPARE(one.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(one.out).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(),
                 QStringLiteral("borgtide-schedules"));
        QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("schedules")).toArray().size(), 1);
        const auto unknown = run(dd(first, {QStringLiteral("export"), QStringLiteral("Nope")}));
        QCOMPARE(unknown.exitCode, 64);
        QVERIFY(unknown.errText().contains(QLatin1String("no schedule named 'Nope'")));
    }

    void invalidFileChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(run(dd(dir, {QStringLiteral("import"), example("laptop-home.borgtide.json")}))
                    .exitCode == 0);
        const auto before = run(dd(dir, {QStringLiteral("schedules"), QStringLiteral("--json")}));
        const QString bad = writeFile(dir, QStringLiteral("bad.json"), invalidFile);
        const auto r = run(dd(dir, {QStringLiteral("import"), bad}));
        QCOMPARE(r.exitCode, 65);
        QVERIFY2(
            r.errText().contains(QLatin1String("schedules[0].trigger.cron: expected 5 fields")),
            qPrintable(r.describe()));
        QVERIFY(r.errText().contains(
            QLatin1String("schedules[0].pre_job_hooks[1].timeout: must be a positive integer")));
        QVERIFY(r.errText().contains(QLatin1String(
            "schedules[1].repository.passphrase: passphrases are never stored in schedule files")));
        QVERIFY(r.errText().contains(QLatin1String("nothing was imported")));
        const auto after = run(dd(dir, {QStringLiteral("schedules"), QStringLiteral("--json")}));
        QCOMPARE(after.out, before.out);
        // malformed JSON and a missing file
        const QString broken = writeFile(dir, QStringLiteral("broken.json"), "{\"format\": ");
        const auto b = run(dd(dir, {QStringLiteral("import"), broken}));
        QCOMPARE(b.exitCode, 65);
        QVERIFY(b.errText().contains(QLatin1String("not valid JSON")));
        const auto missing =
            run(dd(dir, {QStringLiteral("import"), dir.filePath(QStringLiteral("none.json"))}));
        QCOMPARE(missing.exitCode, 65);
        QVERIFY(missing.errText().contains(QLatin1String("cannot read")));
    }

    void conflictsFollowThePolicy()
    {
        QTemporaryDir dir;
        const QString file = example("laptop-home.borgtide.json");
        QCOMPARE(run(dd(dir, {QStringLiteral("import"), file})).exitCode, 0);
        const auto ids = schedulesJson(dir);

        const auto fail = run(dd(dir, {QStringLiteral("import"), file}));
        QCOMPARE(fail.exitCode, 65);
        QVERIFY(fail.errText().contains(
            QLatin1String("schedules[0].name: a schedule named 'Home folder' already exists")));

        const auto dry = run(dd(dir, {QStringLiteral("import"), file, QStringLiteral("--dry-run"),
                                      QStringLiteral("--on-conflict"), QStringLiteral("skip")}));
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.outText().contains(QLatin1String("skip schedule 'Home folder'")),
                 qPrintable(dry.describe()));

        const auto skip = run(dd(dir, {QStringLiteral("import"), file,
                                       QStringLiteral("--on-conflict"), QStringLiteral("skip")}));
        QCOMPARE(skip.exitCode, 0);
        QVERIFY(skip.outText().contains(QLatin1String("2 skipped")));

        // "Photos weekly" names its archives "photos-{now}": a renamed copy on the same
        // repository would share the prefix, so prune of one would delete the other's archives.
        const auto unsafe =
            run(dd(dir, {QStringLiteral("import"), file, QStringLiteral("--on-conflict"),
                         QStringLiteral("rename")}));
        QCOMPARE(unsafe.exitCode, 65);
        QVERIFY2(
            unsafe.errText().contains(QLatin1String(
                "schedules[1].archive_name: archive names starting 'photos-' could be mixed up")),
            qPrintable(unsafe.describe()));
        QCOMPARE(schedulesJson(dir).size(), 2);

        // "{schedule}-{now}" names stay apart when renamed.
        const QString db = example("postgresql-dump.borgtide.json");
        QCOMPARE(run(dd(dir, {QStringLiteral("import"), db})).exitCode, 0);
        const auto dryRename =
            run(dd(dir, {QStringLiteral("import"), db, QStringLiteral("--dry-run"),
                         QStringLiteral("--on-conflict"), QStringLiteral("rename")}));
        QCOMPARE(dryRename.exitCode, 0);
        QVERIFY2(dryRename.outText().contains(
                     QLatin1String("add schedule 'Nightly database' as 'Nightly database (2)'")),
                 qPrintable(dryRename.describe()));
        QCOMPARE(schedulesJson(dir).size(), 3); // a dry run changes nothing
        const auto rename =
            run(dd(dir, {QStringLiteral("import"), db, QStringLiteral("--on-conflict"),
                         QStringLiteral("rename")}));
        QVERIFY2(rename.exitCode == 0, qPrintable(rename.describe()));
        QStringList names;
        for (const QJsonValue &v : schedulesJson(dir))
            names.append(v.toObject().value(QStringLiteral("name")).toString());
        QVERIFY2(names.contains(QStringLiteral("Nightly database (2)")),
                 qPrintable(names.join(u',')));

        const auto replace =
            run(dd(dir, {QStringLiteral("import"), file, QStringLiteral("--on-conflict"),
                         QStringLiteral("replace")}));
        QCOMPARE(replace.exitCode, 0);
        QVERIFY(replace.outText().contains(QLatin1String("2 replaced")));
        for (const QJsonValue &v : schedulesJson(dir)) {
            if (v.toObject().value(QStringLiteral("name")).toString() ==
                QLatin1String("Home folder"))
                QCOMPARE(v.toObject().value(QStringLiteral("id")),
                         ids.at(0).toObject().value(QStringLiteral("id")));
        }
        const auto badPolicy =
            run(dd(dir, {QStringLiteral("import"), file, QStringLiteral("--on-conflict"),
                         QStringLiteral("merge")}));
        QCOMPARE(badPolicy.exitCode, 64);
    }

    void repoAddInitKeepsThePassphraseInTheKeychainOnly()
    {
        if (borg().isEmpty())
            QSKIP("borg is not installed");
        QTemporaryDir dir;
        const QString location = dir.filePath(QStringLiteral("repos/home"));
        const QByteArray passphrase = "tide-pass-8d1f3c";
        const auto r =
            run(dd(dir, {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("home"),
                         location, QStringLiteral("--encryption"), QStringLiteral("repokey"),
                         QStringLiteral("--init")}),
                passphrase + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.outText().contains(QLatin1String("passphrase stored in the system keychain")));
        QVERIFY(QFile::exists(location + QStringLiteral("/config")));
        // The keychain has it ...
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("user"),
                    QStringLiteral("repository:") + location, QStringLiteral("server"),
                    QStringLiteral("borgtide")});
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(tool.readAllStandardOutput(), passphrase);
        // ... and nothing in the data directory does (database, WAL, logs).
        QVERIFY(!anyFileContains(dir.path() + QStringLiteral("/borgtide.db"), passphrase));
        QDir data(dir.path());
        for (const QString &f : data.entryList(QDir::Files))
            QVERIFY2(!anyFileContains(dir.filePath(f), passphrase), qPrintable(f));
        // It is a real encrypted repository: borg opens it with the passphrase only.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BORG_PASSPHRASE"), QString::fromLatin1(passphrase));
        QProcess info;
        info.setProcessEnvironment(env);
        info.start(borg(), {QStringLiteral("info"), QStringLiteral("--json"), location});
        QVERIFY(info.waitForFinished(60000));
        QCOMPARE(info.exitCode(), 0);
        const QJsonObject enc = QJsonDocument::fromJson(info.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("encryption"))
                                    .toObject();
        QCOMPARE(enc.value(QStringLiteral("mode")).toString(), QStringLiteral("repokey"));
        env.insert(QStringLiteral("BORG_PASSPHRASE"), QStringLiteral("wrong"));
        info.setProcessEnvironment(env);
        info.start(borg(), {QStringLiteral("info"), location});
        QVERIFY(info.waitForFinished(60000));
        QVERIFY(info.exitCode() != 0);
        // A second add of the same name elsewhere is a conflict.
        const auto clash = run(dd(dir, {QStringLiteral("repo"), QStringLiteral("add"),
                                        QStringLiteral("home"), QStringLiteral("/elsewhere")}),
                               "x\n");
        QCOMPARE(clash.exitCode, 65);
    }

    void repoAddWithoutKeychainStoresNothing()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
        const auto r = run(dd(dir, {QStringLiteral("repo"), QStringLiteral("add"),
                                    QStringLiteral("r"), dir.filePath(QStringLiteral("repo"))}),
                           "pass\n", env);
        QCOMPARE(r.exitCode, 69);
        QVERIFY2(r.errText().contains(QLatin1String("never keeps passphrases in plain text")),
                 qPrintable(r.describe()));
        const auto list = run(dd(dir, {QStringLiteral("schedules")}));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dir.filePath(QStringLiteral("borgtide.db")));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM repositories")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        // encryption none never touches the keychain
        const auto none =
            run(dd(dir, {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("plain"),
                         dir.filePath(QStringLiteral("plain")), QStringLiteral("--encryption"),
                         QStringLiteral("none")}),
                {}, env);
        QVERIFY2(none.exitCode == 0, qPrintable(none.describe()));
    }

    void nextRunsFollowTheDstRules()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("dst.json"),
                                       R"({"format": "borgtide-schedules", "version": 1,
            "schedules": [{"name": "Night", "repository": {"name": "r", "location": "/r"},
                           "trigger": {"cron": "30 2 * * *"}, "sources": ["/s"]},
                          {"name": "Every 90", "repository": {"name": "r", "location": "/r"},
                           "archive_name": "every-{now}", "trigger": {"interval_minutes": 90},
                           "sources": ["/s"]}]})");
        QCOMPARE(run(dd(dir, {QStringLiteral("import"), file})).exitCode, 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
        auto next = [&](const QString &name, const QString &from, int count) {
            return run(dd(dir, {QStringLiteral("next-runs"), name, QStringLiteral("--from"), from,
                                QStringLiteral("--count"), QString::number(count)}),
                       {}, env)
                .outText()
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        };
        // 02:30 does not exist on 29 March: it runs once at 03:00
        QCOMPARE(next(QStringLiteral("Night"), QStringLiteral("2026-03-27T12:00:00+01:00"), 3),
                 (QStringList{QStringLiteral("2026-03-28T02:30:00+01:00"),
                              QStringLiteral("2026-03-29T03:00:00+02:00"),
                              QStringLiteral("2026-03-30T02:30:00+02:00")}));
        // 02:30 happens twice on 25 October: it runs at the first
        QCOMPARE(next(QStringLiteral("Night"), QStringLiteral("2026-10-24T12:00:00+02:00"), 2),
                 (QStringList{QStringLiteral("2026-10-25T02:30:00+02:00"),
                              QStringLiteral("2026-10-26T02:30:00+01:00")}));
        // strictly after --from
        QCOMPARE(next(QStringLiteral("Night"), QStringLiteral("2026-10-26T02:30:00+01:00"), 1),
                 QStringList{QStringLiteral("2026-10-27T02:30:00+01:00")});
        // an interval schedule that never ran counts from --from
        QCOMPARE(next(QStringLiteral("Every 90"), QStringLiteral("2026-06-01T10:00:00+02:00"), 2),
                 (QStringList{QStringLiteral("2026-06-01T11:30:00+02:00"),
                              QStringLiteral("2026-06-01T13:00:00+02:00")}));
        const auto bad = run(dd(dir, {QStringLiteral("next-runs"), QStringLiteral("Night"),
                                      QStringLiteral("--from"), QStringLiteral("yesterday")}));
        QCOMPARE(bad.exitCode, 64);
    }

    void usageErrorsExit64()
    {
        QTemporaryDir dir;
        const QList<QStringList> cases{
            {QStringLiteral("frobnicate")},
            {QStringLiteral("import")},
            {QStringLiteral("schedules"), QStringLiteral("--yaml")},
            {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("x")},
            {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("x"),
             QStringLiteral("/x"), QStringLiteral("--encryption"), QStringLiteral("rot13")},
            {QStringLiteral("jobs"), QStringLiteral("--limit"), QStringLiteral("zero")},
            {QStringLiteral("job"), QStringLiteral("12345")},
            {QStringLiteral("next-runs"), QStringLiteral("Nope")},
        };
        for (const QStringList &args : cases) {
            const auto r = run(dd(dir, args), "");
            QVERIFY2(r.exitCode == 64,
                     qPrintable(args.join(u' ') + QLatin1Char('\n') + r.describe()));
            QVERIFY(!r.err.isEmpty());
        }
    }

    void badDataDirectories()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("plain-file"), "x");
        const auto r = run({QStringLiteral("--data-dir"), file + QStringLiteral("/data"),
                            QStringLiteral("schedules")});
        QCOMPARE(r.exitCode, 73);
        QVERIFY2(r.errText().contains(QLatin1String("cannot create the data folder")),
                 qPrintable(r.describe()));
        // BORGTIDE_DATA_DIR is honoured
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BORGTIDE_DATA_DIR"), dir.filePath(QStringLiteral("viaenv")));
        QCOMPARE(run({QStringLiteral("schedules")}, {}, env).exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("viaenv/borgtide.db"))));
        // A database from a newer Borgtide is refused and left alone.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(dir.filePath(QStringLiteral("viaenv/borgtide.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 7")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        const auto newer = run({QStringLiteral("schedules")}, {}, env);
        QCOMPARE(newer.exitCode, 78);
        QVERIFY(newer.errText().contains(QLatin1String("made by a newer Borgtide")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
