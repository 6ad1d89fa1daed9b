// A 3-2-1 schedule as a user sets it up: a USB disk (unplugged), a NAS folder and an offsite
// repository over ssh:// (a real sshd on 127.0.0.1 and borg serve behind it). The unplugged disk
// fails only its own tasks; the NAS and the offsite copy are backed up under one archive name.
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace borgtide;
using testutil::run;

namespace {

// (moc misreads a raw string holding \" inside a class)
const char *scheduleTemplate = R"({"format": "borgtide-schedules", "version": 1, "schedules": [
              {"name": "3-2-1", "repositories": [
                 {"name": "usb", "location": "%1", "encryption": "none"},
                 {"name": "nas", "location": "%2", "encryption": "none"},
                 {"name": "offsite", "location": "%3", "encryption": "none"}],
               "trigger": {"cron": "0 2 * * *"}, "sources": ["%4"],
               "prune": {"keep_daily": 7},
               "post_job_hooks": [{"name": "Report", "command": "echo backed up",
                                   "when": "success"},
                                  {"name": "Tell me", "command": "echo $BORGITORY_ERROR_MESSAGE",
                                   "when": "failure"}]}]})";

} // namespace

class TestMultiRepo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
    QProcessEnvironment m_env;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool borg(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("BORG_PASSPHRASE"), QString());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("borg"), args);
        if (!p.waitForFinished(120000))
            return false;
        if (out)
            *out = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            qWarning() << p.readAllStandardError();
        return p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("borg")).isEmpty())
            QSKIP("borg is not installed");
        const QString sshd = QStringLiteral("/usr/sbin/sshd");
        if (!QFileInfo(sshd).isExecutable() || ::geteuid() != 0)
            QSKIP("needs openssh-server and root for an sshd of its own");
        // a free port for the sshd
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_port = probe.serverPort();
        }
        for (const char *key : {"host", "client"}) {
            QProcess keygen;
            keygen.start(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                          QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                          path(QString::fromLatin1(key))});
            QVERIFY(keygen.waitForFinished(30000));
            QCOMPARE(keygen.exitCode(), 0);
        }
        QVERIFY(
            QFile::copy(path(QStringLiteral("client.pub")), path(QStringLiteral("authorized"))));
        QFile config(path(QStringLiteral("sshd_config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\n"
                                    "AuthorizedKeysFile %3\nStrictModes no\n"
                                    "PasswordAuthentication no\nUsePAM no\nPidFile %4\n")
                         .arg(m_port)
                         .arg(path(QStringLiteral("host")), path(QStringLiteral("authorized")),
                              path(QStringLiteral("sshd.pid")))
                         .toUtf8());
        config.close();
        QDir().mkpath(QStringLiteral("/run/sshd"));
        m_sshd.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                            config.fileName()});
        QVERIFY(m_sshd.waitForStarted());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("BORG_RSH"),
                     QStringLiteral("ssh -i %1 -o StrictHostKeyChecking=no -o "
                                    "UserKnownHostsFile=/dev/null -o LogLevel=ERROR")
                         .arg(path(QStringLiteral("client"))));
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, m_port);
                return s.waitForConnected(200);
            }(),
            10000);
        QVERIFY(QDir().mkpath(path(QStringLiteral("home/Documents"))));
        QFile doc(path(QStringLiteral("home/Documents/report.txt")));
        QVERIFY(doc.open(QIODevice::WriteOnly));
        doc.write("the report\n");
        doc.close();
        QVERIFY(borg({QStringLiteral("init"), QStringLiteral("--encryption=none"),
                      QStringLiteral("--make-parent-dirs"), path(QStringLiteral("nas/borg"))}));
        QVERIFY(borg({QStringLiteral("init"), QStringLiteral("--encryption=none"),
                      QStringLiteral("--make-parent-dirs"),
                      QStringLiteral("ssh://root@127.0.0.1:%1%2")
                          .arg(m_port)
                          .arg(path(QStringLiteral("offsite/borg")))}));
    }

    void cleanupTestCase()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            m_sshd.waitForFinished(5000);
        }
    }

    void unpluggedDiskFailsOnlyItsOwnTasks()
    {
        const QString offsite = QStringLiteral("ssh://root@127.0.0.1:%1%2")
                                    .arg(m_port)
                                    .arg(path(QStringLiteral("offsite/borg")));
        const QByteArray file =
            QString::fromUtf8(scheduleTemplate)
                .arg(path(QStringLiteral("media/usb/borg")), path(QStringLiteral("nas/borg")),
                     offsite, path(QStringLiteral("home/Documents")))
                .toUtf8();
        const QString data = path(QStringLiteral("data"));
        QFile f(path(QStringLiteral("321.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file);
        f.close();
        const auto imported =
            run({QStringLiteral("--data-dir"), data, QStringLiteral("import"), f.fileName()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));

        const auto r = run({QStringLiteral("--data-dir"), data, QStringLiteral("run"),
                            QStringLiteral("3-2-1"), QStringLiteral("--json")},
                           {}, m_env, 180000);
        QCOMPARE(r.exitCode, 2); // failed: a backup failed
        const QJsonObject job =
            QJsonDocument::fromJson(r.out.trimmed().split('\n').last()).object();
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QJsonArray tasks = job.value(QStringLiteral("tasks")).toArray();
        QStringList shape;
        for (const QJsonValue &v : tasks) {
            const QJsonObject t = v.toObject();
            shape.append(QStringLiteral("%1/%2:%3")
                             .arg(t.value(QStringLiteral("kind")).toString(),
                                  t.value(QStringLiteral("repository"))
                                      .toString(t.value(QStringLiteral("name")).toString()),
                                  t.value(QStringLiteral("status")).toString()));
        }
        QCOMPARE(
            shape,
            QStringList(
                {QStringLiteral("backup/usb:failed"), QStringLiteral("prune/usb:skipped"),
                 QStringLiteral("backup/nas:completed"), QStringLiteral("prune/nas:completed"),
                 QStringLiteral("backup/offsite:completed"),
                 QStringLiteral("prune/offsite:completed"), QStringLiteral("hook/Report:skipped"),
                 QStringLiteral("hook/Tell me:completed"),
                 QStringLiteral("notification/notification:completed")}));
        QCOMPARE(tasks.at(1).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Task skipped due to critical task failure"));
        // one archive name, in both repositories that were there
        const QString archive = job.value(QStringLiteral("archive")).toString();
        QVERIFY(archive.startsWith(QLatin1String("3-2-1-")));
        for (const QString &repo : {path(QStringLiteral("nas/borg")), offsite}) {
            QByteArray out;
            QVERIFY(borg({QStringLiteral("list"), QStringLiteral("--short"), repo}, &out));
            QCOMPARE(QString::fromUtf8(out).trimmed(), archive);
        }
        // the notification and the failure hook name the repository that failed
        const QJsonObject full =
            QJsonDocument::fromJson(
                run({QStringLiteral("--data-dir"), data, QStringLiteral("job"),
                     job.value(QStringLiteral("id")).toString(), QStringLiteral("--json")})
                    .out)
                .object();
        const QJsonArray fullTasks = full.value(QStringLiteral("tasks")).toArray();
        QVERIFY(fullTasks.last()
                    .toObject()
                    .value(QStringLiteral("output"))
                    .toString()
                    .contains(QLatin1String("Failed Repositories: usb")));
        QVERIFY(fullTasks.at(7)
                    .toObject()
                    .value(QStringLiteral("output"))
                    .toString()
                    .contains(QLatin1String("backup (usb)")));
    }
};

QTEST_GUILESS_MAIN(TestMultiRepo)
#include "tst_multirepo.moc"
