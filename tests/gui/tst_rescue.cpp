// SPEC 7: a damaged database and the desktop application's offer to restore the daily copy.
#include "models/Store.h"
#include "ui/DatabaseRescue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace borgtide;

class TestRescue : public QObject
{
    Q_OBJECT

private:
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // A data folder with a schedule, its daily copy, then a second schedule, then garbage over
    // the database's header: the copy knows the first schedule only.
    static QString damagedFolder(QTemporaryDir &dir)
    {
        const QString data = dir.filePath(QStringLiteral("data"));
        Store::OpenOptions noCopy;
        noCopy.dailyCopy = false;
        {
            auto store = Store::open(data, noCopy);
            if (!store)
                return {};
            Schedule s;
            s.name = QStringLiteral("Before the copy");
            s.repository() = {0, QStringLiteral("usb"), QStringLiteral("/media/usb/borg"),
                              QStringLiteral("none")};
            s.sources = {QStringLiteral("/home")};
            (void)store.value()->saveSchedule(s);
        }
        if (!Store::keepDailyCopy(data))
            return {};
        {
            auto store = Store::open(data, noCopy);
            Schedule s;
            s.name = QStringLiteral("After the copy");
            s.repository() = {0, QStringLiteral("usb"), QStringLiteral("/media/usb/borg"),
                              QStringLiteral("none")};
            s.sources = {QStringLiteral("/home")};
            (void)store.value()->saveSchedule(s);
        }
        QFile db(data + QStringLiteral("/borgtide.db"));
        if (!db.open(QIODevice::ReadWrite))
            return {};
        db.write(QByteArray(64, 'x'));
        return data;
    }

private Q_SLOTS:
    void restoresTheLastGoodCopyWhenTheUserSaysSo()
    {
        QTemporaryDir dir;
        const QString data = damagedFolder(dir);
        QVERIFY(!data.isEmpty());
        const QByteArray damaged = contents(data + QStringLiteral("/borgtide.db"));
        auto opened = Store::open(data);
        QVERIFY(!opened);
        QCOMPARE(opened.code(), ErrorCode::DatabaseDamaged);
        QVERIFY2(opened.error().contains(QLatin1String("the last good copy is ")),
                 qPrintable(opened.error()));
        QString asked;
        // "No": nothing changes
        QVERIFY(!gui::offerRestore(data, opened.error(), nullptr,
                                   [&](const QString &, const QString &question) {
                                       asked = question;
                                       return false;
                                   }));
        QVERIFY(asked.contains(opened.error()));
        QCOMPARE(contents(data + QStringLiteral("/borgtide.db")), damaged);
        // "Yes": the copy is in place, the damaged file kept aside unchanged
        QVERIFY(gui::offerRestore(data, opened.error(), nullptr,
                                  [](const QString &, const QString &) { return true; }));
        auto restored = Store::open(data);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QVERIFY(restored.value()->scheduleByName(QStringLiteral("Before the copy")));
        QVERIFY(!restored.value()->scheduleByName(QStringLiteral("After the copy")));
        const QStringList aside =
            QDir(data).entryList({QStringLiteral("borgtide.db.damaged-*")}, QDir::Files);
        QVERIFY2(!aside.filter(QRegularExpression(QStringLiteral("damaged-[0-9-]+$"))).isEmpty(),
                 qPrintable(aside.join(QLatin1Char(' '))));
        const QString kept =
            data + QLatin1Char('/') +
            aside.filter(QRegularExpression(QStringLiteral("damaged-[0-9-]+$"))).first();
        QCOMPARE(contents(kept), damaged);
        // 0600: Qt adds the "user" bits of whoever asks; the others must be clear
        const QFileDevice::Permissions group = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                               QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                               QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(data + QStringLiteral("/borgtide.db")) & group,
                 QFileDevice::Permissions());
    }
};

QTEST_MAIN(TestRescue)
#include "tst_rescue.moc"
