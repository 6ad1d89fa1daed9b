// Issue 12: a Vorta profile export and borgmatic 1.7 and 2.x configurations come over in one
// step. The real `borgtide import` prints its report before anything is written, refuses bad
// files with a path or a line and column, keeps passphrases in the keychain only, and the
// imported schedules run against real borg repositories.
#include "TestUtil.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace borgtide;
using testutil::run;

class TestImporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_src;

    QString dataDir(const QString &name) const { return m_dir.filePath(name); }

    QStringList dd(const QString &data, QStringList args) const
    {
        return QStringList{QStringLiteral("--data-dir"), data} + args;
    }

    // A test file from tests/data/import with its placeholders filled in: a fresh repository
    // (made with the passphrase, when given) and the sources folder.
    QString prepare(const QString &name, const QString &passphrase, const QString &as = {})
    {
        QFile in(testutil::sourceDir() + QStringLiteral("/tests/data/import/") + name);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        const QString target = as.isEmpty() ? name : as;
        const QString repo = m_dir.filePath(target + QStringLiteral(".repo"));
        QProcess init;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BORG_PASSPHRASE"), passphrase);
        init.setProcessEnvironment(env);
        init.start(QStringLiteral("borg"),
                   {QStringLiteral("init"),
                    passphrase.isEmpty() ? QStringLiteral("--encryption=none")
                                         : QStringLiteral("--encryption=repokey"),
                    repo});
        if (!init.waitForFinished(60000) || init.exitCode() != 0)
            return {};
        QByteArray text = in.readAll();
        text.replace("@SRC@", m_src.toUtf8());
        text.replace("@REPO@", repo.toUtf8());
        const QString path = m_dir.filePath(target);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(text);
        return path;
    }

    static bool anyFileHolds(const QString &dir, const QByteArray &needle)
    {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_src = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(m_src));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("run"))));
        QFile f(m_src + QStringLiteral("/notes.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("what matters\n");
    }

    void reportComesFirstAndDryRunWritesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("Vorta export")
            << QStringLiteral("vorta-laptop.json")
            << QStringList{QStringLiteral("  schedule_mode fixed -> cron '30 2 * * *'"),
                           QStringLiteral("  validation_weeks -> check_every_days: 14"),
                           QStringLiteral("  compaction_weeks -> compact_every_days: 21"),
                           QStringLiteral("  dont_run_on_metered_networks -> "
                                          "conditions.unmetered_network"),
                           QStringLiteral("  WifiSettingModel -> conditions.blocked_wifi: "
                                          "CafeHotspot"),
                           QStringLiteral("  pre_backup_cmd -> critical pre-hook 'Vorta "
                                          "pre-backup command'")};
        QTest::newRow("borgmatic 2.x, flat with commands")
            << QStringLiteral("borgmatic-flat.yaml")
            << QStringList{QStringLiteral("  before action -> critical pre-hook 'before action 1'"),
                           QStringLiteral("  after error -> failure post-hook 'after error 1'"),
                           QStringLiteral("  healthchecks -> healthchecks monitor"),
                           QStringLiteral("  not imported: bogus_option: no equivalent in "
                                          "Borgtide")};
        QTest::newRow("borgmatic 1.7, sectioned")
            << QStringLiteral("borgmatic-17.yaml")
            << QStringList{QStringLiteral("  checks -> check_every_days: 14"),
                           QStringLiteral("  before_backup -> critical pre-hook 'before_backup 1'"),
                           QStringLiteral("  on_error -> failure post-hook 'on_error 1'")};
    }

    void reportComesFirstAndDryRunWritesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, lines);
        const QString path = prepare(file, {});
        QVERIFY(!path.isEmpty());
        const QString data = dataDir(QStringLiteral("dry-") + file);
        const testutil::Run r =
            run(dd(data, {QStringLiteral("import"), QStringLiteral("--dry-run"), path}));
        QCOMPARE(r.exitCode, 0);
        const QStringList out = r.outText().split(u'\n');
        QVERIFY2(out.first().startsWith(QStringLiteral("Import report for ")),
                 qPrintable(r.describe()));
        const qsizetype dry = out.indexOf(QRegularExpression(QStringLiteral("^Dry run: .*")));
        QVERIFY2(dry > 0, qPrintable(r.describe()));
        for (const QString &line : lines) {
            const qsizetype at = out.indexOf(line);
            QVERIFY2(at > 0 && at < dry, qPrintable(line + QStringLiteral("\n") + r.describe()));
        }
        const testutil::Run list =
            run(dd(data, {QStringLiteral("schedules"), QStringLiteral("--json")}));
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
    }

    void badFilesNameWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid YAML, line and column")
            << QByteArray("source_directories: [a, b\nrepositories: x\n") << QString()
            << QStringLiteral("  line 2, column 13: not valid YAML:");
        QTest::newRow("Vorta schema before 15")
            << QByteArray(R"({"SchemaVersion": 12, "repo": {"url": "/x"}})") << QString()
            << QStringLiteral("  SchemaVersion: must be a Vorta schema version from 15 on");
        QTest::newRow("Vorta wrong type")
            << QByteArray(R"({"SchemaVersion": 19, "name": "X", "repo": {"url": 5}})") << QString()
            << QStringLiteral("  repo.url: must be a string");
        QTest::newRow("forced format that does not fit")
            << QByteArray("- just\n- a list\n") << QStringLiteral("borgmatic")
            << QStringLiteral("nothing was imported");
    }

    void badFilesNameWhatIsWrong()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(
            QStringLiteral("bad-%1").arg(qHash(QString::fromUtf8(QTest::currentDataTag()))));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QString data = dataDir(QStringLiteral("bad"));
        QStringList args{QStringLiteral("import"), path};
        if (!format.isEmpty())
            args << QStringLiteral("--format") << format;
        const testutil::Run r = run(dd(data, args));
        QCOMPARE(r.exitCode, 65);
        QVERIFY2(r.errText().contains(expected), qPrintable(r.describe()));
        const testutil::Run list =
            run(dd(data, {QStringLiteral("schedules"), QStringLiteral("--json")}));
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
    }

    void importedSchedulesRunAndPassphrasesStayInTheKeychain_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("hookOutput");
        QTest::newRow("Vorta export")
            << QStringLiteral("vorta-laptop.json") << QStringLiteral("Laptop")
            << QStringLiteral("vorta-secret-pw-123") << QStringLiteral("pre Laptop");
        QTest::newRow("borgmatic 2.x")
            << QStringLiteral("borgmatic-flat.yaml") << QStringLiteral("borgmatic-flat")
            << QStringLiteral("borgmatic-secret-pw-456") << QStringLiteral("before ");
        QTest::newRow("borgmatic 1.7")
            << QStringLiteral("borgmatic-17.yaml") << QStringLiteral("borgmatic-17")
            << QStringLiteral("borgmatic-secret-pw-789") << QStringLiteral("one");
    }

    void importedSchedulesRunAndPassphrasesStayInTheKeychain()
    {
        QFETCH(QString, file);
        QFETCH(QString, schedule);
        QFETCH(QString, passphrase);
        QFETCH(QString, hookOutput);
        const QString path = prepare(file, passphrase, QStringLiteral("run/") + file);
        QVERIFY(!path.isEmpty());
        const QString data = dataDir(QStringLiteral("data-run-") + file);
        const testutil::Run imp = run(dd(data, {QStringLiteral("import"), path}));
        QVERIFY2(imp.exitCode == 0, qPrintable(imp.describe()));
        QVERIFY(imp.outText().startsWith(QStringLiteral("Import report for ")));
        // the passphrase came with the file: no advice to store it by hand
        QVERIFY2(!imp.outText().contains(QStringLiteral("Store the passphrase")),
                 qPrintable(imp.describe()));
        const testutil::Run r =
            run(dd(data, {QStringLiteral("run"), schedule, QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.describe()));
        const QJsonObject job =
            QJsonDocument::fromJson(r.out.trimmed().split('\n').last()).object();
        QVERIFY2(!job.value(QStringLiteral("archive")).toString().isEmpty(),
                 qPrintable(r.describe()));
        const testutil::Run shown =
            run(dd(data, {QStringLiteral("job"), job.value(QStringLiteral("id")).toString(),
                          QStringLiteral("--json")}));
        QVERIFY2(shown.outText().contains(hookOutput), qPrintable(shown.describe()));
        // the archive is really in the repository
        QProcess list;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BORG_PASSPHRASE"), passphrase);
        list.setProcessEnvironment(env);
        list.start(QStringLiteral("borg"),
                   {QStringLiteral("list"), QStringLiteral("--short"),
                    m_dir.filePath(QStringLiteral("run/") + file + QStringLiteral(".repo"))});
        QVERIFY(list.waitForFinished(60000));
        QVERIFY2(list.readAllStandardOutput().contains(
                     job.value(QStringLiteral("archive")).toString().toUtf8()),
                 "the archive is not in the repository");
        // the passphrase is in no file of the data folder and in no output
        QVERIFY(!anyFileHolds(data, passphrase.toUtf8()));
        for (const testutil::Run *x : {&imp, &r, &shown})
            QVERIFY(!x->out.contains(passphrase.toUtf8()) && !x->err.contains(passphrase.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
