// `borgtide daemon` in real time (about 70 s): an interval schedule of one minute starts on
// time, a schedule that came due while nothing ran catches up once at start, a run due while
// another process runs the schedule is skipped with its reason, and SIGTERM stops cleanly.
#include "TestUtil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace borgtide;
using testutil::run;

namespace {

const char *file = R"({"format": "borgtide-schedules", "version": 1, "schedules": [
 {"name": "Every minute", "repository": {"name": "r", "location": "@REPO@", "encryption": "none"},
  "trigger": {"interval_minutes": 1}, "sources": ["@SRC@"]},
 {"name": "Hourly", "repository": {"name": "r2", "location": "@REPO2@", "encryption": "none"},
  "trigger": {"cron": "0 * * * *"}, "sources": ["@SRC@"]},
 {"name": "Busy", "repository": {"name": "r3", "location": "@REPO3@", "encryption": "none"},
  "trigger": {"cron": "0 * * * *"}, "sources": ["@SRC@"],
  "pre_job_hooks": [{"name": "Long", "command": "sleep 120"}]}
]})";

} // namespace

class TestDaemon : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList dd(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))} +
               args;
    }
    QJsonArray jobs(const QString &schedule)
    {
        return QJsonDocument::fromJson(run(dd({QStringLiteral("jobs"), QStringLiteral("--json"),
                                               QStringLiteral("--schedule"), schedule}))
                                           .out)
            .array();
    }

private Q_SLOTS:
    void daemonRunsOnTimeCatchesUpOnceSkipsOverlapAndStops()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("borg")).isEmpty())
            QSKIP("borg is not installed");
        const QString src = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(src));
        QByteArray text(file);
        text.replace("@SRC@", src.toUtf8());
        for (const char *name : {"REPO", "REPO2", "REPO3"}) {
            const QString repo = m_dir.filePath(QString::fromLatin1(name).toLower());
            QProcess init;
            init.start(QStringLiteral("borg"),
                       {QStringLiteral("init"), QStringLiteral("--encryption=none"), repo});
            QVERIFY(init.waitForFinished(60000));
            text.replace(QByteArray(QByteArray("@") + name + "@"), repo.toUtf8());
        }
        QFile f(m_dir.filePath(QStringLiteral("s.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        QCOMPARE(run(dd({QStringLiteral("import"), f.fileName()})).exitCode, 0);

        // "Hourly" and "Busy" were last looked at three hours ago: they came due while no
        // Borgtide ran.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("data/borgtide.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            const qint64 past = QDateTime::currentMSecsSinceEpoch() - 3 * 3600 * 1000;
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO schedule_state (schedule_id, checked_until, anchor) "
                               "SELECT id, %1, %1 FROM schedules WHERE name IN ('Hourly', 'Busy')")
                    .arg(past)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));

        // Another process is running "Busy" by hand.
        QProcess manual;
        manual.start(testutil::exe(), dd({QStringLiteral("run"), QStringLiteral("Busy")}));
        QTRY_VERIFY_WITH_TIMEOUT(!jobs(QStringLiteral("Busy")).isEmpty(), 10000);

        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        const QDateTime startedAt = QDateTime::currentDateTime();
        daemon.start(testutil::exe(), dd({QStringLiteral("daemon")}));
        QVERIFY(daemon.waitForStarted());

        // catch-up of "Hourly", once
        QTRY_VERIFY_WITH_TIMEOUT(!jobs(QStringLiteral("Hourly")).isEmpty() &&
                                     jobs(QStringLiteral("Hourly"))
                                             .first()
                                             .toObject()
                                             .value(QStringLiteral("status"))
                                             .toString() == QLatin1String("completed"),
                                 20000);
        // "Busy" came due while the other process runs it: recorded as skipped
        QTRY_COMPARE_WITH_TIMEOUT(jobs(QStringLiteral("Busy")).size(), 2, 10000);
        const QJsonObject skipped = jobs(QStringLiteral("Busy")).first().toObject();
        QCOMPARE(skipped.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
        QCOMPARE(skipped.value(QStringLiteral("message")).toString(),
                 QStringLiteral("previous run still in progress"));
        QCOMPARE(skipped.value(QStringLiteral("type")).toString(), QStringLiteral("scheduled"));

        // "Every minute" runs one minute after the daemon first saw it
        QTRY_VERIFY_WITH_TIMEOUT(!jobs(QStringLiteral("Every minute")).isEmpty(), 80000);
        const QJsonObject first = jobs(QStringLiteral("Every minute")).first().toObject();
        const QDateTime ranAt = QDateTime::fromString(
            first.value(QStringLiteral("started_at")).toString(), Qt::ISODate);
        const qint64 after = startedAt.msecsTo(ranAt);
        qInfo("first interval run %lld ms after the daemon started", after);
        QVERIFY2(after >= 59000 && after <= 66000, qPrintable(QString::number(after)));
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("scheduled"));
        // caught up exactly once (plus its own run when the test ran across the top of an hour)
        const qint64 hourMs = 3600 * 1000;
        const qint64 tops =
            QDateTime::currentMSecsSinceEpoch() / hourMs - startedAt.toMSecsSinceEpoch() / hourMs;
        QTRY_COMPARE_WITH_TIMEOUT(jobs(QStringLiteral("Hourly")).size(), int(1 + tops), 5000);

        ::kill(pid_t(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(15000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        const QString log = QString::fromUtf8(daemon.readAll());
        QVERIFY2(log.contains(QLatin1String("SIGTERM: stopping")) &&
                     log.contains(QLatin1String("daemon stopped")),
                 qPrintable(log));
        // a second daemon on the same data is refused while one runs
        ::kill(pid_t(manual.processId()), SIGTERM);
        QVERIFY(manual.waitForFinished(15000));
    }

    void secondDaemonIsRefused()
    {
        QProcess daemon;
        daemon.start(testutil::exe(), dd({QStringLiteral("daemon")}));
        QVERIFY(daemon.waitForStarted());
        QTest::qWait(1500);
        const auto second = run(dd({QStringLiteral("daemon")}));
        QCOMPARE(second.exitCode, 75);
        QVERIFY(second.errText().contains(QLatin1String("a daemon already runs")));
        ::kill(pid_t(daemon.processId()), SIGINT);
        QVERIFY(daemon.waitForFinished(15000));
        QCOMPARE(daemon.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
