// Editor polish: the relative time of the next run is rounded to the nearest unit, the ready-made
// exclude sets add their patterns (once) and round trip to the schedule.
#include "models/ExcludeSets.h"
#include "models/Store.h"
#include "translations/Translations.h"
#include "ui/common/Format.h"
#include "ui/schedules/ScheduleEditorDialog.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace borgtide;

class TestEditorPolish : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        translations::install(*QCoreApplication::instance());
        auto store = Store::open(m_dir.path());
        QVERIFY(store.ok());
        m_store = std::move(store).value();
    }

    void relativeIsRounded_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("30 s") << qint64(30) << QStringLiteral("in 30 s");
        QTest::newRow("1 min 29 s") << qint64(89) << QStringLiteral("in 1 min");
        QTest::newRow("1 min 31 s") << qint64(91) << QStringLiteral("in 2 min");
        QTest::newRow("59 min 40 s") << qint64(3580) << QStringLiteral("in 1 h");
        QTest::newRow("1 h 29 min") << qint64(5340) << QStringLiteral("in 1 h");
        QTest::newRow("1 h 59 min") << qint64(7140) << QStringLiteral("in 2 h");
        QTest::newRow("47 h 40 min") << qint64(171600) << QStringLiteral("in 2 days");
        QTest::newRow("2 days 13 h")
            << qint64(2 * 86400 + 13 * 3600) << QStringLiteral("in 3 days");
        QTest::newRow("1 h 59 min ago") << qint64(-7140) << QStringLiteral("2 h ago");
    }
    void relativeIsRounded()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 0));
        QCOMPARE(format::relative(now.addSecs(seconds), now), text);
    }

    void excludeSetsHaveIds()
    {
        for (const char *id : {"caches", "trash", "build-output", "vm-images"}) {
            const excludesets::ExcludeSet *set = excludesets::byId(QString::fromLatin1(id));
            QVERIFY2(set, id);
            QVERIFY(!set->patterns.isEmpty());
        }
        QCOMPARE(excludesets::byId(QStringLiteral("no-such-set")), nullptr);
    }

    void excludeSetAddsPatternsOnceAndRoundTrips()
    {
        Schedule s;
        s.name = QStringLiteral("Home");
        s.repository() = {0, QStringLiteral("usb"), QStringLiteral("/media/usb"),
                          QStringLiteral("repokey")};
        s.trigger = {TriggerKind::Cron, QStringLiteral("30 2 * * *"), 0};
        s.sources = {QStringLiteral("/home/me")};
        s.excludes = {QStringLiteral("*.iso")};
        ScheduleEditorDialog dialog(*m_store, s, nullptr, nullptr);
        auto *sets = dialog.findChild<QComboBox *>(QStringLiteral("excludeSets"));
        QVERIFY(sets);
        const int trash = sets->findData(QStringLiteral("trash"));
        QVERIFY(trash > 0);
        Q_EMIT sets->activated(trash);
        Q_EMIT sets->activated(trash); // twice: no duplicates
        QCOMPARE(sets->currentIndex(), 0);
        const QStringList expected = QStringList{QStringLiteral("*.iso")} +
                                     excludesets::byId(QStringLiteral("trash"))->patterns;
        QCOMPARE(dialog.schedule().excludes, expected);
    }
};

QTEST_MAIN(TestEditorPolish)
#include "tst_editorpolish.moc"
