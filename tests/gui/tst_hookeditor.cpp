// Drives the real "Configure Hooks" dialog: adding, editing, reordering, validating, saving and
// cancelling hooks, and testing hooks through the engine (real processes).

#include "app/secrets/SecretStore.h"
#include "ui/hooks/HookEditorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFontInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace borgtide;

namespace {

template <typename T> T *child(const QWidget *dialog, const char *name)
{
    T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child widget named %s", name);
    return widget;
}

QString plain(const QString &buttonText)
{
    QString text = buttonText;
    return text.remove(QLatin1Char('&'));
}

Schedule sampleSchedule()
{
    Schedule s;
    s.id = 7;
    s.name = QStringLiteral("Home");
    s.repository().id = 3;
    s.repository().name = QStringLiteral("usb");
    s.repository().location = QDir::tempPath() + QStringLiteral("/borgtide-hookeditor-repo");
    s.repository().encryption = QStringLiteral("repokey");
    s.sources = QStringList{QDir::homePath()};
    return s;
}

Hook commandHook(const QString &name, const QString &command)
{
    Hook h;
    h.name = name;
    h.command = command;
    return h;
}

Hook webhook(const QString &name, const QString &url)
{
    Hook h;
    h.name = name;
    h.type = HookType::Webhook;
    h.url = url;
    h.timeoutSecs = Hook::DefaultWebhookTimeout;
    return h;
}

QStringList namesOf(const QList<Hook> &hooks)
{
    QStringList names;
    for (const Hook &h : hooks)
        names << h.name;
    return names;
}

void clickItem(QListWidget *list, int row)
{
    QListWidgetItem *item = list->item(row);
    QVERIFY(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QTRY_VERIFY(item->isSelected());
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void compareHooks(const QList<Hook> &actual, const QList<Hook> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const Hook &a = actual.at(i);
        const Hook &e = expected.at(i);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.type, e.type);
        QCOMPARE(a.command, e.command);
        QCOMPARE(a.shell, e.shell);
        QCOMPARE(a.workingDirectory, e.workingDirectory);
        QCOMPARE(a.environmentVars, e.environmentVars);
        QCOMPARE(a.critical, e.critical);
        QCOMPARE(a.timeoutSecs, e.timeoutSecs);
        QCOMPARE(a.enabled, e.enabled);
        QCOMPARE(a.continueOnFailure, e.continueOnFailure);
        QCOMPARE(a.when, e.when);
        QCOMPARE(a.method, e.method);
        QCOMPARE(a.url, e.url);
        QCOMPARE(a.headers, e.headers);
        QCOMPARE(a.body, e.body);
        QVERIFY(a == e);
    }
}

} // namespace

class TestHookEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStatesAndTitles();
    void addHooksByClickingAndTyping();
    void criticalAndRunEvenIfFailed();
    void reorderAndRemove();
    void validationDisablesSave();
    void typeSwitchAdjustsTimeoutAndFields();
    void cancelDropsChanges();
    void escapeDropsChanges();
    void saveKeepsEverythingInOrder();
    void testRunsCommand();
    void testCanBeStopped();
    void testResolvesSecretInEnvironment();
    void screenshot();
};

void TestHookEditor::emptyStatesAndTitles()
{
    HookEditorDialog dialog(sampleSchedule(), nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Configure Hooks"));
    QVERIFY(child<QLabel>(&dialog, "preHookHint")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "postHookHint")->isVisible());
    QVERIFY(
        child<QLabel>(&dialog, "preHookHint")->text().contains(QStringLiteral("database dump")));
    QVERIFY(!child<QListWidget>(&dialog, "preHookList")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "noHookSelected")->isVisible());
    QCOMPARE(plain(child<QPushButton>(&dialog, "addPreHook")->text()),
             QStringLiteral("Add Pre-Hook"));
    QCOMPARE(plain(child<QPushButton>(&dialog, "addPostHook")->text()),
             QStringLiteral("Add Post-Hook"));
    QCOMPARE(plain(child<QPushButton>(&dialog, "saveHooks")->text()), QStringLiteral("Save Hooks"));
    // No hooks at all is a valid configuration.
    QVERIFY(child<QPushButton>(&dialog, "saveHooks")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "validationMessage")->text().isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, "testHook")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "removeHook")->isEnabled());
    QStringList titles;
    const auto boxes = dialog.findChildren<QGroupBox *>();
    for (const QGroupBox *box : boxes)
        titles << box->title();
    QVERIFY(titles.contains(QStringLiteral("Pre-Job Hooks")));
    QVERIFY(titles.contains(QStringLiteral("Post-Job Hooks")));
}

void TestHookEditor::addHooksByClickingAndTyping()
{
    HookEditorDialog dialog(sampleSchedule(), nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = child<QLineEdit>(&dialog, "hookName");
    auto *command = child<QPlainTextEdit>(&dialog, "hookCommand");

    QTest::mouseClick(child<QPushButton>(&dialog, "addPreHook"), Qt::LeftButton);
    QVERIFY(name->isVisible());
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Database Dump"));
    QTest::keyClicks(command, QStringLiteral("pg_dump myapp > /tmp/myapp_backup.sql"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addPreHook"), Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("Stop Web Service"));
    QTest::keyClicks(command, QStringLiteral("systemctl stop nginx"));
    QTest::keyClick(command, Qt::Key_Return);
    QTest::keyClicks(command, QStringLiteral("sleep 5"));

    QTest::mouseClick(child<QPushButton>(&dialog, "addPostHook"), Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("Restart Application"));
    QTest::keyClicks(command, QStringLiteral("systemctl start nginx"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addPostHook"), Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("Health Check Ping"));
    QTest::keyClicks(command, QStringLiteral("curl -X POST https://healthcheck.io/ping/abc123"));

    const QList<Hook> pre = dialog.preHooks();
    QCOMPARE(namesOf(pre),
             (QStringList{QStringLiteral("Database Dump"), QStringLiteral("Stop Web Service")}));
    QCOMPARE(pre.at(0).command, QStringLiteral("pg_dump myapp > /tmp/myapp_backup.sql"));
    QCOMPARE(pre.at(1).command, QStringLiteral("systemctl stop nginx\nsleep 5"));
    QCOMPARE(pre.at(0).timeoutSecs, Hook::DefaultCommandTimeout);
    QVERIFY(pre.at(0).enabled);
    QVERIFY(pre.at(0).continueOnFailure);
    QVERIFY(!pre.at(0).critical);
    const QList<Hook> post = dialog.postHooks();
    QCOMPARE(namesOf(post), (QStringList{QStringLiteral("Restart Application"),
                                         QStringLiteral("Health Check Ping")}));
    QCOMPARE(post.at(1).command, QStringLiteral("curl -X POST https://healthcheck.io/ping/abc123"));
    QCOMPARE(post.at(0).when, HookWhen::Success);

    auto *preList = child<QListWidget>(&dialog, "preHookList");
    QVERIFY(preList->isVisible());
    QVERIFY(!child<QLabel>(&dialog, "preHookHint")->isVisible());
    QCOMPARE(preList->item(1)->text(), QStringLiteral("2. Stop Web Service"));
    QCOMPARE(child<QListWidget>(&dialog, "postHookList")->count(), 2);
    // Only one hook is selected in the two lists: the last one added.
    QVERIFY(preList->selectedItems().isEmpty());
    QVERIFY(child<QPushButton>(&dialog, "saveHooks")->isEnabled());
    QVERIFY(command->font().fixedPitch());
    QCOMPARE(command->font().styleHint(), QFont::Monospace);
}

void TestHookEditor::criticalAndRunEvenIfFailed()
{
    Schedule s = sampleSchedule();
    s.preHooks = {commandHook(QStringLiteral("Dump"), QStringLiteral("true"))};
    s.postHooks = {commandHook(QStringLiteral("Cleanup"), QStringLiteral("true"))};
    HookEditorDialog dialog(s, nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *critical = child<QCheckBox>(&dialog, "hookCritical");
    auto *runOnFailure = child<QCheckBox>(&dialog, "hookRunOnFailure");
    auto *when = child<QComboBox>(&dialog, "hookWhen");

    // The first pre-hook is selected; post-hook options are hidden for it.
    QCOMPARE(child<QLineEdit>(&dialog, "hookName")->text(), QStringLiteral("Dump"));
    QVERIFY(critical->isVisible());
    QVERIFY(!runOnFailure->isVisible());
    QVERIFY(!when->isVisible());
    QTest::mouseClick(critical, Qt::LeftButton);
    QVERIFY(dialog.preHooks().at(0).critical);
    QVERIFY(!dialog.postHooks().at(0).critical);

    clickItem(child<QListWidget>(&dialog, "postHookList"), 0);
    QCOMPARE(child<QLineEdit>(&dialog, "hookName")->text(), QStringLiteral("Cleanup"));
    QVERIFY(child<QListWidget>(&dialog, "preHookList")->selectedItems().isEmpty());
    QVERIFY(runOnFailure->isVisible());
    QVERIFY(when->isVisible());
    QVERIFY(!critical->isChecked());
    QVERIFY(!runOnFailure->isChecked());
    QCOMPARE(when->currentText(), QStringLiteral("Success only"));

    QTest::mouseClick(runOnFailure, Qt::LeftButton);
    QVERIFY(runOnFailure->isChecked());
    QCOMPARE(when->currentText(), QStringLiteral("Always"));
    QCOMPARE(dialog.postHooks().at(0).when, HookWhen::Always);
    QVERIFY(dialog.postHooks().at(0).runsAfterFailure());

    when->setCurrentIndex(when->findText(QStringLiteral("Only on failure")));
    QVERIFY(!runOnFailure->isChecked());
    QCOMPARE(dialog.postHooks().at(0).when, HookWhen::Failure);

    QTest::mouseClick(runOnFailure, Qt::LeftButton);
    QCOMPARE(when->currentText(), QStringLiteral("Always"));
    QCOMPARE(dialog.postHooks().at(0).when, HookWhen::Always);
    QTest::mouseClick(runOnFailure, Qt::LeftButton);
    QCOMPARE(when->currentText(), QStringLiteral("Success only"));
    QCOMPARE(dialog.postHooks().at(0).when, HookWhen::Success);

    // Critical is allowed for post-hooks too (SPEC 2).
    QTest::mouseClick(critical, Qt::LeftButton);
    QVERIFY(dialog.postHooks().at(0).critical);
    // Enabled and continue_on_failure.
    QTest::mouseClick(child<QCheckBox>(&dialog, "hookEnabled"), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(&dialog, "hookContinue"), Qt::LeftButton);
    QVERIFY(!dialog.postHooks().at(0).enabled);
    QVERIFY(!dialog.postHooks().at(0).continueOnFailure);

    // Back on the pre-hook, the form shows its own values.
    clickItem(child<QListWidget>(&dialog, "preHookList"), 0);
    QVERIFY(critical->isChecked());
    QVERIFY(child<QCheckBox>(&dialog, "hookEnabled")->isChecked());
    QVERIFY(!runOnFailure->isVisible());
}

void TestHookEditor::reorderAndRemove()
{
    Schedule s = sampleSchedule();
    s.preHooks = {commandHook(QStringLiteral("A"), QStringLiteral("true")),
                  commandHook(QStringLiteral("B"), QStringLiteral("true")),
                  commandHook(QStringLiteral("C"), QStringLiteral("true"))};
    s.postHooks = {commandHook(QStringLiteral("X"), QStringLiteral("true")),
                   commandHook(QStringLiteral("Y"), QStringLiteral("true"))};
    HookEditorDialog dialog(s, nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(&dialog, "preHookList");
    auto *up = child<QPushButton>(&dialog, "moveUp");
    auto *down = child<QPushButton>(&dialog, "moveDown");
    auto *name = child<QLineEdit>(&dialog, "hookName");

    QVERIFY(!up->isEnabled()); // "A" is first
    QVERIFY(down->isEnabled());
    clickItem(list, 2);
    QVERIFY(!down->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(namesOf(dialog.preHooks()),
             (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(namesOf(dialog.preHooks()),
             (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY(!up->isEnabled());
    QCOMPARE(name->text(), QStringLiteral("C")); // the moved hook stays selected
    QCOMPARE(list->item(0)->text(), QStringLiteral("1. C"));
    QTest::mouseClick(down, Qt::LeftButton);
    QCOMPARE(namesOf(dialog.preHooks()),
             (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    // Keyboard: Ctrl+Down in the list.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(namesOf(dialog.preHooks()),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));

    // What a drag and drop does: the model moves the row; the order follows the list.
    QVERIFY(list->model()->moveRow(QModelIndex(), 0, QModelIndex(), 3));
    QCOMPARE(namesOf(dialog.preHooks()),
             (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
    QTRY_COMPARE(list->item(2)->text(), QStringLiteral("3. A"));
    QCOMPARE(list->dragDropMode(), QAbstractItemView::InternalMove);

    // Post-hooks are reordered on their own.
    auto *postList = child<QListWidget>(&dialog, "postHookList");
    clickItem(postList, 1);
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(namesOf(dialog.postHooks()), (QStringList{QStringLiteral("Y"), QStringLiteral("X")}));
    QCOMPARE(namesOf(dialog.preHooks()),
             (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));

    // Remove selects the neighbour; removing the last one shows the hint.
    auto *remove = child<QPushButton>(&dialog, "removeHook");
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(namesOf(dialog.postHooks()), QStringList{QStringLiteral("X")});
    QCOMPARE(name->text(), QStringLiteral("X"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(dialog.postHooks().isEmpty());
    QTRY_VERIFY(child<QLabel>(&dialog, "postHookHint")->isVisible());
    QVERIFY(!remove->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "noHookSelected")->isVisible());
    QCOMPARE(dialog.preHooks().size(), 3);
}

void TestHookEditor::validationDisablesSave()
{
    HookEditorDialog dialog(sampleSchedule(), nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = child<QPushButton>(&dialog, "saveHooks");
    auto *message = child<QLabel>(&dialog, "validationMessage");
    auto *name = child<QLineEdit>(&dialog, "hookName");
    auto *command = child<QPlainTextEdit>(&dialog, "hookCommand");

    QTest::mouseClick(child<QPushButton>(&dialog, "addPreHook"), Qt::LeftButton);
    QVERIFY(!save->isEnabled());
    QCOMPARE(message->text(), QStringLiteral("Pre-hook 1: the name is required"));
    QVERIFY(message->isVisible());
    QTest::keyClicks(name, QStringLiteral("Dump"));
    QCOMPARE(message->text(), QStringLiteral("Pre-hook 'Dump': the command is required"));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(command, QStringLiteral("true"));
    QVERIFY(save->isEnabled());
    QVERIFY(message->text().isEmpty());

    // Duplicate names within a phase.
    QTest::mouseClick(child<QPushButton>(&dialog, "addPreHook"), Qt::LeftButton);
    QCOMPARE(message->text(), QStringLiteral("Pre-hook 2: the name is required"));
    QTest::keyClicks(name, QStringLiteral("Dump"));
    QTest::keyClicks(command, QStringLiteral("true"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(message->text(),
             QStringLiteral("Pre-hook 2: the name 'Dump' is already used by pre-hook 1"));
    QTest::keyClicks(name, QStringLiteral(" 2"));
    QVERIFY(save->isEnabled());
    // The same name in the other phase is fine.
    QTest::mouseClick(child<QPushButton>(&dialog, "addPostHook"), Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("Dump"));
    QTest::keyClicks(command, QStringLiteral("true"));
    QVERIFY(save->isEnabled());

    // A webhook with a bad placeholder in the URL.
    QTest::mouseClick(child<QPushButton>(&dialog, "addPostHook"), Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("Ping"));
    auto *type = child<QComboBox>(&dialog, "hookType");
    type->setCurrentIndex(type->findText(QStringLiteral("Webhook")));
    auto *url = child<QLineEdit>(&dialog, "hookUrl");
    QVERIFY(url->isVisible());
    QVERIFY(!command->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Post-hook 'Ping': the URL is required"));
    QTest::keyClicks(url, QStringLiteral("https://hc.example/{{ job.foo }}"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(message->text().startsWith(
                 QStringLiteral("Post-hook 'Ping': unknown placeholder {{ job.foo }}")),
             qPrintable(message->text()));
    replaceText(url, QStringLiteral("https://hc.example/{{ secret.HC }}?s={{ job.status }}"));
    QVERIFY2(save->isEnabled(), qPrintable(message->text()));
    QVERIFY(message->text().isEmpty());

    // Emptying a name again, in the middle of the list, names the hook by its number.
    clickItem(child<QListWidget>(&dialog, "preHookList"), 1);
    replaceText(name, QString());
    QCOMPARE(message->text(), QStringLiteral("Pre-hook 2: the name is required"));
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog.problems().size() == 1);
    QTest::keyClicks(name, QStringLiteral("Second"));
    QVERIFY(save->isEnabled());

    // Two problems: the first is shown, all are listed.
    replaceText(name, QString());
    clickItem(child<QListWidget>(&dialog, "preHookList"), 0);
    replaceText(name, QString());
    QCOMPARE(dialog.problems().size(), 2);
    QCOMPARE(message->text(), QStringLiteral("Pre-hook 1: the name is required"));
}

void TestHookEditor::typeSwitchAdjustsTimeoutAndFields()
{
    HookEditorDialog dialog(sampleSchedule(), nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, "addPostHook"), Qt::LeftButton);
    auto *type = child<QComboBox>(&dialog, "hookType");
    auto *timeout = child<QSpinBox>(&dialog, "hookTimeout");
    QCOMPARE(timeout->value(), 300);
    QCOMPARE(timeout->minimum(), 1);
    QCOMPARE(timeout->maximum(), 86400);
    type->setCurrentIndex(1);
    QCOMPARE(timeout->value(), 30);
    QCOMPARE(dialog.postHooks().at(0).type, HookType::Webhook);
    QCOMPARE(dialog.postHooks().at(0).timeoutSecs, 30);
    QVERIFY(child<QComboBox>(&dialog, "hookMethod")->isVisible());
    QVERIFY(child<QPlainTextEdit>(&dialog, "hookBody")->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, "hookShell")->isVisible());
    type->setCurrentIndex(0);
    QCOMPARE(timeout->value(), 300);
    // A timeout the user chose is kept.
    timeout->setValue(45);
    type->setCurrentIndex(1);
    QCOMPARE(timeout->value(), 45);
    QCOMPARE(dialog.postHooks().at(0).timeoutSecs, 45);
}

void TestHookEditor::cancelDropsChanges()
{
    Schedule s = sampleSchedule();
    s.preHooks = {commandHook(QStringLiteral("Dump"), QStringLiteral("pg_dump db"))};
    const Schedule before = s;
    HookEditorDialog dialog(s, nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "hookName"), QStringLiteral(" changed"));
    QTest::mouseClick(child<QCheckBox>(&dialog, "hookCritical"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, "addPostHook"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelHooks"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QVERIFY(s == before);
    compareHooks(s.preHooks, before.preHooks);
    QVERIFY(s.postHooks.isEmpty());
}

void TestHookEditor::escapeDropsChanges()
{
    Schedule s = sampleSchedule();
    s.postHooks = {commandHook(QStringLiteral("Cleanup"), QStringLiteral("rm -f /tmp/dump.sql"))};
    const Schedule before = s;
    HookEditorDialog dialog(s, nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = child<QLineEdit>(&dialog, "hookName");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("XYZ"));
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QVERIFY(s == before);
}

void TestHookEditor::saveKeepsEverythingInOrder()
{
    Schedule s = sampleSchedule();
    Hook dump = commandHook(QStringLiteral("Database Dump"),
                            QStringLiteral("pg_dump \"$DB\" > /tmp/dump.sql\necho done"));
    dump.id = 11;
    dump.critical = true;
    dump.shell = QStringLiteral("/bin/bash");
    dump.workingDirectory = QStringLiteral("/tmp");
    dump.environmentVars = {{QStringLiteral("DB"), QStringLiteral("myapp")},
                            {QStringLiteral("PGPASSWORD"), QStringLiteral("{{ secret.PG }}")}};
    dump.timeoutSecs = 77;
    Hook stop = commandHook(QStringLiteral("Stop Web Service"), QStringLiteral("systemctl stop x"));
    stop.id = 12;
    stop.enabled = false;
    stop.continueOnFailure = false;
    Hook ping =
        webhook(QStringLiteral("Ping"), QStringLiteral("https://hc.example/{{ secret.HC }}"));
    ping.id = 21;
    ping.method = QStringLiteral("PUT");
    ping.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    ping.body = QStringLiteral("{\"status\": \"{{ job.status }}\"}");
    ping.when = HookWhen::Always;
    Hook onFail = commandHook(QStringLiteral("Alert"), QStringLiteral("notify-send failed"));
    onFail.id = 22;
    onFail.when = HookWhen::Failure;
    onFail.critical = true;
    s.preHooks = {dump, stop};
    s.postHooks = {ping, onFail};

    {
        // Unchanged: Save gives back exactly what came in.
        HookEditorDialog dialog(s, nullptr, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Look at every hook once (loading the form must not change anything).
        clickItem(child<QListWidget>(&dialog, "preHookList"), 1);
        clickItem(child<QListWidget>(&dialog, "postHookList"), 0);
        clickItem(child<QListWidget>(&dialog, "postHookList"), 1);
        auto *save = child<QPushButton>(&dialog, "saveHooks");
        QVERIFY2(save->isEnabled(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        compareHooks(dialog.preHooks(), s.preHooks);
        compareHooks(dialog.postHooks(), s.postHooks);
    }
    {
        // Edits land in the right hook; the others and their order stay.
        HookEditorDialog dialog(s, nullptr, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickItem(child<QListWidget>(&dialog, "postHookList"), 0);
        QCOMPARE(child<QLineEdit>(&dialog, "hookUrl")->text(), ping.url);
        QCOMPARE(child<QComboBox>(&dialog, "hookMethod")->currentText(), QStringLiteral("PUT"));
        QCOMPARE(child<QTableWidget>(&dialog, "hookHeaders")->rowCount(), 1);
        QTest::keyClick(child<QLineEdit>(&dialog, "hookName"), Qt::Key_End);
        QTest::keyClicks(child<QLineEdit>(&dialog, "hookName"), QStringLiteral(" Healthcheck"));
        auto *timeout = child<QSpinBox>(&dialog, "hookTimeout");
        timeout->selectAll();
        QTest::keyClicks(timeout, QStringLiteral("12"));
        QCOMPARE(timeout->value(), 12);

        clickItem(child<QListWidget>(&dialog, "preHookList"), 0);
        auto *env = child<QTableWidget>(&dialog, "hookEnvironment");
        QCOMPARE(env->rowCount(), 2);
        QCOMPARE(env->item(1, 1)->text(), QStringLiteral("{{ secret.PG }}"));
        QTest::mouseClick(child<QPushButton>(&dialog, "hookEnvironmentAdd"), Qt::LeftButton);
        QCOMPARE(env->rowCount(), 3);
        env->item(2, 0)->setText(QStringLiteral("LANG"));
        env->item(2, 1)->setText(QStringLiteral("C"));
        QTest::mouseClick(child<QPushButton>(&dialog, "moveDown"), Qt::LeftButton);

        QTest::mouseClick(child<QPushButton>(&dialog, "saveHooks"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        Hook dumpAfter = dump;
        dumpAfter.environmentVars.append({QStringLiteral("LANG"), QStringLiteral("C")});
        Hook pingAfter = ping;
        pingAfter.name = QStringLiteral("Ping Healthcheck");
        pingAfter.timeoutSecs = 12;
        compareHooks(dialog.preHooks(), {stop, dumpAfter});
        compareHooks(dialog.postHooks(), {pingAfter, onFail});
    }
}

void TestHookEditor::testRunsCommand()
{
    Schedule s = sampleSchedule();
    s.preHooks = {
        commandHook(QStringLiteral("Echo"),
                    QStringLiteral("echo hello; echo \"$BORGITORY_SCHEDULE_NAME\"; exit 3"))};
    const QList<Hook> before = s.preHooks;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    HookEditorDialog dialog(s, &secrets, &network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *test = child<QPushButton>(&dialog, "testHook");
    auto *output = child<QPlainTextEdit>(&dialog, "testOutput");
    auto *result = child<QLabel>(&dialog, "testResult");
    QVERIFY(output->isReadOnly());
    QCOMPARE(plain(test->text()), QStringLiteral("Test"));
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("code 3")), 20000);
    QCOMPARE(result->text(), QStringLiteral("Failed: Exited with code 3"));
    QVERIFY2(output->toPlainText().contains(QStringLiteral("hello\nHome")),
             qPrintable(output->toPlainText()));
    QCOMPARE(plain(test->text()), QStringLiteral("Test"));
    compareHooks(dialog.preHooks(), before);

    // A successful run shows exit code 0; the old output is replaced.
    QTest::mouseClick(child<QPushButton>(&dialog, "addPostHook"), Qt::LeftButton);
    QVERIFY(!test->isEnabled()); // no name, no command yet
    QTest::keyClicks(child<QLineEdit>(&dialog, "hookName"), QStringLiteral("Status"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "hookCommand"),
                     QStringLiteral("echo \"status=$BORGITORY_JOB_STATUS\""));
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Exit code 0")), 20000);
    QVERIFY2(output->toPlainText().contains(QStringLiteral("status=success")),
             qPrintable(output->toPlainText()));
    QVERIFY(!output->toPlainText().contains(QStringLiteral("hello")));
    QCOMPARE(dialog.postHooks().size(), 1);
}

void TestHookEditor::testCanBeStopped()
{
    Schedule s = sampleSchedule();
    s.preHooks = {commandHook(QStringLiteral("Slow"), QStringLiteral("echo started; sleep 30"))};
    HookEditorDialog dialog(s, nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *test = child<QPushButton>(&dialog, "testHook");
    auto *output = child<QPlainTextEdit>(&dialog, "testOutput");
    auto *result = child<QLabel>(&dialog, "testResult");
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(plain(test->text()), QStringLiteral("Stop"));
    QTRY_VERIFY_WITH_TIMEOUT(output->toPlainText().contains(QStringLiteral("started")), 10000);
    QVERIFY(result->text().contains(QStringLiteral("Slow")));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Stopped")), 10000);
    QVERIFY(timer.elapsed() < 15000);
    QCOMPARE(plain(test->text()), QStringLiteral("Test"));
    QCOMPARE(dialog.preHooks().at(0).command, QStringLiteral("echo started; sleep 30"));

    // Closing the dialog while a test runs stops it too.
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(plain(test->text()), QStringLiteral("Stop"));
    dialog.reject();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Stopped")), 10000);
}

void TestHookEditor::testResolvesSecretInEnvironment()
{
    MemorySecretStore secrets;
    QVERIFY(
        secrets.writeSync(SecretStore::secretKey(QStringLiteral("TOKEN")), QStringLiteral("s3cret"))
            .ok());
    QNetworkAccessManager network;
    HookEditorDialog dialog(sampleSchedule(), &secrets, &network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, "addPreHook"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&dialog, "hookName"), QStringLiteral("Token check"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "hookCommand"),
                     QStringLiteral("[ \"$MY_TOKEN\" = s3cret ] && echo secret-ok"));
    auto *env = child<QTableWidget>(&dialog, "hookEnvironment");
    QTest::mouseClick(child<QPushButton>(&dialog, "hookEnvironmentAdd"), Qt::LeftButton);
    env->item(0, 0)->setText(QStringLiteral("MY_TOKEN"));
    // Only secret placeholders are allowed in environment values.
    env->item(0, 1)->setText(QStringLiteral("{{ job.id }}"));
    QVERIFY(!child<QPushButton>(&dialog, "saveHooks")->isEnabled());
    QVERIFY2(child<QLabel>(&dialog, "validationMessage")
                 ->text()
                 .startsWith(QStringLiteral("Pre-hook 'Token check': ")),
             qPrintable(child<QLabel>(&dialog, "validationMessage")->text()));
    env->item(0, 1)->setText(QStringLiteral("{{ secret.TOKEN }}"));
    QVERIFY(child<QPushButton>(&dialog, "saveHooks")->isEnabled());
    QCOMPARE(dialog.preHooks().at(0).environmentVars,
             (KeyValueList{{QStringLiteral("MY_TOKEN"), QStringLiteral("{{ secret.TOKEN }}")}}));

    auto *result = child<QLabel>(&dialog, "testResult");
    QTest::mouseClick(child<QPushButton>(&dialog, "testHook"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Exit code")) ||
                                 result->text().startsWith(QStringLiteral("Failed")),
                             20000);
    QCOMPARE(result->text(), QStringLiteral("Exit code 0: the hook succeeded"));
    QVERIFY(child<QPlainTextEdit>(&dialog, "testOutput")
                ->toPlainText()
                .contains(QStringLiteral("secret-ok")));
    // The secret never ends up in the hook itself.
    QVERIFY(
        !dialog.preHooks().at(0).environmentVars.at(0).second.contains(QStringLiteral("s3cret")));

    // A missing secret fails the test with a clear message.
    env->item(0, 1)->setText(QStringLiteral("{{ secret.MISSING }}"));
    QTest::mouseClick(child<QPushButton>(&dialog, "testHook"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Failed")), 20000);
    QVERIFY2(result->text().contains(QStringLiteral("MISSING")), qPrintable(result->text()));
}

void TestHookEditor::screenshot()
{
    const QString dir = QStringLiteral("/tmp/borgtide-shots");
    QVERIFY(QDir().mkpath(dir));
    {
        HookEditorDialog empty(sampleSchedule(), nullptr, nullptr);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QVERIFY(empty.grab().save(dir + QStringLiteral("/hookeditor-empty.png")));
    }
    Schedule s = sampleSchedule();
    Hook dump = commandHook(QStringLiteral("Database Dump"),
                            QStringLiteral("pg_dump myapp > /tmp/myapp_backup.sql"));
    dump.critical = true;
    Hook longName = commandHook(
        QStringLiteral("Stop every web service and wait until their sockets are closed for good"),
        QStringLiteral("systemctl stop nginx && sleep 5"));
    longName.critical = true;
    Hook disabled = commandHook(QStringLiteral("Mount NAS"), QStringLiteral("mount /mnt/nas"));
    disabled.enabled = false;
    Hook restart = commandHook(
        QStringLiteral("Report"),
        QStringLiteral("echo \"Backup of $BORGITORY_SCHEDULE_NAME: $BORGITORY_JOB_STATUS\"\n"
                       "echo \"archive $BORGITORY_ARCHIVE_NAME\""));
    restart.when = HookWhen::Always;
    Hook ping = webhook(QStringLiteral("Health Check Ping"),
                        QStringLiteral("https://hc-ping.com/{{ secret.HC_UUID }}"));
    ping.when = HookWhen::Always;
    ping.body = QStringLiteral("{\"status\": \"{{ job.status }}\"}");
    ping.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    Hook cleanup = commandHook(QString(), QStringLiteral("rm -f /tmp/myapp_backup.sql"));
    s.preHooks = {dump, longName, disabled};
    s.postHooks = {restart, ping, cleanup};
    HookEditorDialog dialog(s, nullptr, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickItem(child<QListWidget>(&dialog, "preHookList"), 1);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/hookeditor.png")));
    clickItem(child<QListWidget>(&dialog, "postHookList"), 1);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/hookeditor-webhook.png")));
    clickItem(child<QListWidget>(&dialog, "postHookList"), 0);
    QTest::mouseClick(child<QPushButton>(&dialog, "testHook"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !child<QLabel>(&dialog, "testResult")->text().startsWith(QStringLiteral("Running")), 20000);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/hookeditor-post.png")));
}

QTEST_MAIN(TestHookEditor)
#include "tst_hookeditor.moc"
