// The schedule editor: cron validation and the next-five-runs preview, presets, sources,
// validation that disables Save with the reason, and the schedule it returns.
#include "models/Store.h"
#include "translations/Translations.h"
#include "ui/schedules/ScheduleEditorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace borgtide;

class TestScheduleEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    Schedule existing()
    {
        Schedule s;
        s.name = QStringLiteral("Home");
        s.repository() = {0, QStringLiteral("usb"), QStringLiteral("/media/usb"),
                          QStringLiteral("repokey")};
        s.trigger = {TriggerKind::Cron, QStringLiteral("30 2 * * *"), 0};
        s.sources = {QStringLiteral("/home/me")};
        return s;
    }

    template <typename T> static T *child(QWidget &w, const char *name)
    {
        return w.findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        translations::install(*QCoreApplication::instance()); // English plural forms
        auto store = Store::open(m_dir.path());
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        Schedule s = existing();
        QVERIFY(m_store->saveSchedule(s).ok());
    }

    void dailyPresetIsRecognisedAndPreviewed()
    {
        ScheduleEditorDialog dialog(*m_store, *m_store->scheduleByName(QStringLiteral("Home")),
                                    nullptr, nullptr);
        auto *mode = child<QComboBox>(dialog, "triggerMode");
        QCOMPARE(mode->currentIndex(), int(ScheduleEditorDialog::Daily));
        QCOMPARE(child<QTimeEdit>(dialog, "dailyTime")->time(), QTime(2, 30));
        QCOMPARE(child<QLabel>(dialog, "triggerWords")->text(),
                 QStringLiteral("Every day at 02:30"));
        const QStringList preview =
            child<QLabel>(dialog, "nextRunsPreview")->text().split(QLatin1Char('\n'));
        QCOMPARE(preview.size(), 5);
        QVERIFY2(preview.first().contains(QLatin1String("02:30")), qPrintable(preview.first()));
        QVERIFY(child<QPushButton>(dialog, "saveSchedule")->isEnabled());
    }

    void cronTextIsValidatedLive()
    {
        Schedule s = *m_store->scheduleByName(QStringLiteral("Home"));
        s.trigger.cron = QStringLiteral("*/20 9-17 * * MON-FRI");
        ScheduleEditorDialog dialog(*m_store, s, nullptr, nullptr);
        auto *mode = child<QComboBox>(dialog, "triggerMode");
        QCOMPARE(mode->currentIndex(), int(ScheduleEditorDialog::Cron));
        auto *cron = child<QLineEdit>(dialog, "cronExpression");
        auto *error = child<QLabel>(dialog, "cronError");
        auto *save = child<QPushButton>(dialog, "saveSchedule");
        auto *problem = child<QLabel>(dialog, "scheduleProblem");
        QVERIFY(save->isEnabled());
        cron->clear();
        QTest::keyClicks(cron, QStringLiteral("0 2 * *"));
        QVERIFY2(error->text().contains(QLatin1String("expected 5 fields")),
                 qPrintable(error->text()));
        QVERIFY(!save->isEnabled());
        QVERIFY2(problem->text().startsWith(QLatin1String("When:")), qPrintable(problem->text()));
        QTest::keyClicks(cron, QStringLiteral(" 8"));
        QVERIFY2(error->text().contains(QLatin1String("day-of-week")), qPrintable(error->text()));
        QTest::keyClick(cron, Qt::Key_Backspace);
        QTest::keyClicks(cron, QStringLiteral("SUN"));
        QVERIFY(error->text().isEmpty());
        QVERIFY(save->isEnabled());
        QCOMPARE(child<QLabel>(dialog, "nextRunsPreview")->text().split(QLatin1Char('\n')).size(),
                 5);
        QCOMPARE(dialog.schedule().trigger.cron, QStringLiteral("0 2 * * SUN"));
    }

    void presetsMakeCron()
    {
        ScheduleEditorDialog dialog(*m_store, existing(), nullptr, nullptr);
        auto *mode = child<QComboBox>(dialog, "triggerMode");
        mode->setCurrentIndex(ScheduleEditorDialog::Hourly);
        QCOMPARE(dialog.schedule().trigger.cron, QStringLiteral("0 * * * *"));
        mode->setCurrentIndex(ScheduleEditorDialog::Interval);
        child<QSpinBox>(dialog, "intervalMinutes")->setValue(90);
        QCOMPARE(dialog.schedule().trigger.kind, TriggerKind::Interval);
        QCOMPARE(dialog.schedule().trigger.intervalMinutes, 90);
        QCOMPARE(child<QLabel>(dialog, "triggerWords")->text(), QStringLiteral("Every 90 minutes"));
        mode->setCurrentIndex(ScheduleEditorDialog::Manual);
        QCOMPARE(dialog.schedule().trigger.kind, TriggerKind::Manual);
        QCOMPARE(child<QLabel>(dialog, "nextRunsPreview")->text(),
                 QStringLiteral("Only when started by hand"));
    }

    void newScheduleNeedsNameSourcesAndAFreeName()
    {
        Schedule fresh;
        fresh.trigger = {TriggerKind::Cron, QStringLiteral("0 2 * * *"), 0};
        ScheduleEditorDialog dialog(*m_store, fresh, nullptr, nullptr);
        dialog.setFolderChooser([]() { return QStringList{QStringLiteral("/srv/data")}; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *save = child<QPushButton>(dialog, "saveSchedule");
        auto *problem = child<QLabel>(dialog, "scheduleProblem");
        QVERIFY(!save->isEnabled());
        QVERIFY2(problem->text().startsWith(QLatin1String("Name:")), qPrintable(problem->text()));
        QTest::keyClicks(child<QLineEdit>(dialog, "scheduleName"), QStringLiteral("Home"));
        QVERIFY2(problem->text().contains(QLatin1String("already exists")),
                 qPrintable(problem->text()));
        QTest::keyClicks(child<QLineEdit>(dialog, "scheduleName"), QStringLiteral(" server"));
        QVERIFY2(problem->text().startsWith(QLatin1String("Sources:")),
                 qPrintable(problem->text()));
        QTest::mouseClick(child<QPushButton>(dialog, "addSource"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(dialog, "scheduleSources")->count(), 1);
        QVERIFY2(save->isEnabled(), qPrintable(problem->text()));
        // the same archive prefix as "Home" on the same repository is refused
        auto *archive = child<QLineEdit>(dialog, "archiveName");
        archive->setText(QStringLiteral("Home-{now}"));
        QVERIFY2(problem->text().startsWith(QLatin1String("Archive name:")),
                 qPrintable(problem->text()));
        QVERIFY(!save->isEnabled());
        archive->setText(QStringLiteral("{schedule}-{now}"));
        QVERIFY(save->isEnabled());
        const Schedule s = dialog.schedule();
        QCOMPARE(s.name, QStringLiteral("Home server"));
        QCOMPARE(s.sources, QStringList{QStringLiteral("/srv/data")});
        QCOMPARE(s.repository().name, QStringLiteral("usb"));
    }

    void retentionAndMaintenance()
    {
        Schedule s = existing();
        s.prune = Retention{QStringLiteral("2d"), std::nullopt, 7, 4, std::nullopt, std::nullopt};
        s.compact = true;
        s.checkEveryNJobs = 10;
        ScheduleEditorDialog dialog(*m_store, s, nullptr, nullptr);
        const Schedule out = dialog.schedule();
        QVERIFY(out.prune.has_value());
        QCOMPARE(*out.prune, *s.prune);
        QVERIFY(out.compact);
        QCOMPARE(out.checkEveryNJobs, 10);
        child<QSpinBox>(dialog, "keepDaily")->setValue(0);
        child<QSpinBox>(dialog, "keepWeekly")->setValue(0);
        dialog.findChild<QLineEdit *>()->setFocus();
        QVERIFY(dialog.schedule().prune.has_value()); // keep_within still there
    }

    void hooksComeFromTheHookEditor()
    {
        ScheduleEditorDialog dialog(*m_store, existing(), nullptr, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setHooksEditor([](Schedule &s) {
            Hook h;
            h.name = QStringLiteral("Dump");
            h.command = QStringLiteral("true");
            s.preHooks = {h};
            return true;
        });
        QTest::mouseClick(child<QPushButton>(dialog, "configureHooks"), Qt::LeftButton);
        QCOMPARE(dialog.schedule().preHooks.size(), 1);
        QCOMPARE(child<QLabel>(dialog, "hookSummary")->text(),
                 QStringLiteral("1 pre-job hook, 0 post-job hooks"));
    }
};

QTEST_MAIN(TestScheduleEditor)
#include "tst_scheduleeditor.moc"
