// The Repositories page, AddRepositoryDialog and ArchivesDialog against the real borg, with a
// MemorySecretStore for the passphrases.

#include "app/secrets/SecretStore.h"
#include "models/Store.h"
#include "ui/common/GuiContext.h"
#include "ui/repositories/AddRepositoryDialog.h"
#include "ui/repositories/ArchivesDialog.h"
#include "ui/repositories/PassphraseDialog.h"
#include "ui/repositories/RepositoriesPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace borgtide;

namespace {

const int BorgTimeout = 60000;

// A keychain that is never there: writes report Unavailable.
class UnavailableSecretStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    QString backendName() const override { return QStringLiteral("broken keychain"); }
    void read(const QString &, Callback done) override
    {
        done({Outcome::Unavailable, {}, QStringLiteral("no keychain for the test")});
    }
    void write(const QString &, const QString &, Callback done) override
    {
        done({Outcome::Unavailable, {}, QStringLiteral("no keychain for the test")});
    }
    void remove(const QString &, Callback done) override
    {
        done({Outcome::Unavailable, {}, QStringLiteral("no keychain for the test")});
    }
};

QPushButton *okButton(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// What a label shows, as plain text (rich text rendered, whitespace simplified).
QString shown(const QLabel *label)
{
    if (label->textFormat() != Qt::RichText)
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText().simplified();
}

} // namespace

class TestRepositories final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyPage();
    void createEncrypted();
    void createRefusesBadInput();
    void createWithoutKeychain();
    void addExisting();
    void testConnection();
    void setPassphrase();
    void archivesAndRestore();
    void remove();

private:
    // Runs the real borg (outside Borgtide) with the passphrase in its environment only.
    bool borg(const QStringList &arguments, const QString &passphrase,
              const QString &workingDirectory = QString());
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    AddRepositoryDialog *openAddDialog(RepositoriesPage &page, const char *button);
    void selectByName(RepositoriesPage &page, const QString &name);

    QTemporaryDir m_dir;
    QString m_borg;
    std::unique_ptr<Store> m_store;
    MemorySecretStore m_secrets;
    GuiContext m_context;
    QString m_chosen;     // what the folder chooser answers
    QString m_askedTitle; // what it was asked
};

bool TestRepositories::borg(const QStringList &arguments, const QString &passphrase,
                            const QString &workingDirectory)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BORG_PASSPHRASE"), passphrase);
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(m_borg, arguments);
    if (!p.waitForFinished(BorgTimeout) || p.exitCode() != 0) {
        qWarning("borg %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 p.readAllStandardError().constData());
        return false;
    }
    return true;
}

void TestRepositories::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_borg = QStandardPaths::findExecutable(QStringLiteral("borg"));
    if (m_borg.isEmpty())
        QSKIP("borg is not installed");
    // borg's cache, keys and security folders stay in the temporary folder
    qputenv("BORG_BASE_DIR", QFile::encodeName(path(QStringLiteral("borg-base"))));
    qunsetenv("BORG_PASSPHRASE");
    qunsetenv("BORG_PASSCOMMAND");
    auto store = Store::open(path(QStringLiteral("data")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store.value());
    m_context.store = m_store.get();
    m_context.secrets = &m_secrets;
    QDir().mkpath(QStringLiteral("/tmp/borgtide-shots"));
}

AddRepositoryDialog *TestRepositories::openAddDialog(RepositoriesPage &page, const char *button)
{
    QPushButton *b = child<QPushButton>(&page, button);
    if (!b || !b->isEnabled())
        return nullptr;
    b->click();
    auto *dialog = page.findChild<AddRepositoryDialog *>();
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void TestRepositories::selectByName(RepositoriesPage &page, const QString &name)
{
    const auto r = m_store->repositoryByName(name);
    QVERIFY(r);
    page.selectRepository(r->id);
    QVERIFY(page.selectedRepository());
    QCOMPARE(page.selectedRepository()->name, name);
}

void TestRepositories::emptyPage()
{
    RepositoriesPage page(m_context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(child<QLabel>(&page, "emptyState")->isVisible());
    QVERIFY(!child<QTableWidget>(&page, "repositoryTable")->isVisible());
    QVERIFY(child<QPushButton>(&page, "addExisting")->isEnabled());
    QVERIFY(child<QPushButton>(&page, "createNew")->isEnabled());
    for (const char *name : {"testConnection", "showArchives", "setPassphrase", "removeRepository"})
        QVERIFY2(!child<QPushButton>(&page, name)->isEnabled(), name);
    page.resize(900, 480);
    QVERIFY(page.grab().save(QStringLiteral("/tmp/borgtide-shots/repositories-empty.png")));
}

void TestRepositories::createEncrypted()
{
    RepositoriesPage page(m_context);
    QSignalSpy changed(&page, &RepositoriesPage::repositoriesChanged);
    page.show();
    QPointer<AddRepositoryDialog> dialog = openAddDialog(page, "createNew");
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Create Repository"));
    QCOMPARE(okButton(dialog)->text(), QStringLiteral("Create"));
    auto *encryption = child<QComboBox>(dialog, "repoEncryption");
    QCOMPARE(encryption->currentText(), QStringLiteral("repokey"));
    QCOMPARE(encryption->count(), int(Repository::encryptionModes().size()));

    const QString location = path(QStringLiteral("repos/main"));
    const QString passphrase = QStringLiteral("correct horse battery");
    QTest::keyClicks(child<QLineEdit>(dialog, "repoName"), QStringLiteral("Main"));
    QTest::keyClicks(child<QLineEdit>(dialog, "repoLocation"), location);
    QTest::keyClicks(child<QLineEdit>(dialog, "repoPassphrase"), passphrase);
    QTest::keyClicks(child<QLineEdit>(dialog, "repoPassphraseRepeat"), passphrase);
    okButton(dialog)->click();
    // borg runs while the dialog stays open with a busy indicator
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->isBusy());
    QVERIFY(child<QProgressBar>(dialog, "repoBusy")->isVisible());
    QVERIFY(!okButton(dialog)->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), BorgTimeout);
    QVERIFY(QFile::exists(location + QStringLiteral("/config")));
    const auto saved = m_store->repositoryByName(QStringLiteral("Main"));
    QVERIFY(saved);
    QCOMPARE(saved->location, location);
    QCOMPARE(saved->encryption, QStringLiteral("repokey"));
    const SecretStore::Reply secret = m_secrets.readSync(SecretStore::repositoryKey(*saved));
    QVERIFY(secret.ok());
    QCOMPARE(secret.value, passphrase);
    QCOMPARE(changed.count(), 1);

    auto *table = child<QTableWidget>(&page, "repositoryTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Main"));
    QCOMPARE(table->item(0, 1)->text(), location);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("repokey"));
    QCOMPARE(page.selectedRepository()->name, QStringLiteral("Main"));
    QVERIFY(child<QPushButton>(&page, "setPassphrase")->isEnabled());
}

void TestRepositories::createRefusesBadInput()
{
    RepositoriesPage page(m_context);
    page.show();
    QPointer<AddRepositoryDialog> dialog = openAddDialog(page, "createNew");
    QVERIFY(dialog);
    auto *name = child<QLineEdit>(dialog, "repoName");
    auto *location = child<QLineEdit>(dialog, "repoLocation");
    auto *passphrase = child<QLineEdit>(dialog, "repoPassphrase");
    auto *repeat = child<QLineEdit>(dialog, "repoPassphraseRepeat");
    auto *error = child<QLabel>(dialog, "repoError");
    const QString otherLocation = path(QStringLiteral("repos/other"));

    // mismatched passphrases
    QTest::keyClicks(name, QStringLiteral("Other"));
    QTest::keyClicks(location, otherLocation);
    QTest::keyClicks(passphrase, QStringLiteral("one"));
    QTest::keyClicks(repeat, QStringLiteral("two"));
    okButton(dialog)->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("do not match")), qPrintable(error->text()));
    QVERIFY(dialog->grab().save(QStringLiteral("/tmp/borgtide-shots/create-repository.png")));

    // no passphrase at all
    passphrase->clear();
    repeat->clear();
    okButton(dialog)->click();
    QVERIFY2(error->text().contains(QStringLiteral("Enter a passphrase")),
             qPrintable(error->text()));

    // a name that is taken
    name->setText(QStringLiteral("Main"));
    passphrase->setText(QStringLiteral("same"));
    repeat->setText(QStringLiteral("same"));
    okButton(dialog)->click();
    QVERIFY2(error->text().contains(QStringLiteral("already exists")), qPrintable(error->text()));

    // a location that is taken
    name->setText(QStringLiteral("Other"));
    location->setText(path(QStringLiteral("repos/main")));
    okButton(dialog)->click();
    QVERIFY2(error->text().contains(QStringLiteral("already added")), qPrintable(error->text()));

    // encryption none hides the passphrase fields
    auto *encryption = child<QComboBox>(dialog, "repoEncryption");
    encryption->setCurrentIndex(encryption->findText(QStringLiteral("none")));
    QVERIFY(passphrase->isHidden());
    QVERIFY(repeat->isHidden());
    encryption->setCurrentIndex(encryption->findText(QStringLiteral("repokey")));
    QVERIFY(!passphrase->isHidden());

    // nothing was created or saved
    QTest::qWait(200);
    QVERIFY(!m_store->repositoryByName(QStringLiteral("Other")));
    QVERIFY(!QFile::exists(otherLocation));
    QCOMPARE(m_store->repositories().size(), 1);
    dialog->reject();
}

void TestRepositories::createWithoutKeychain()
{
    UnavailableSecretStore broken;
    GuiContext context = m_context;
    context.secrets = &broken;
    RepositoriesPage page(context);
    page.show();
    QPointer<AddRepositoryDialog> dialog = openAddDialog(page, "createNew");
    QVERIFY(dialog);
    const QString location = path(QStringLiteral("repos/nokeychain"));
    QTest::keyClicks(child<QLineEdit>(dialog, "repoName"), QStringLiteral("No Keychain"));
    QTest::keyClicks(child<QLineEdit>(dialog, "repoLocation"), location);
    QTest::keyClicks(child<QLineEdit>(dialog, "repoPassphrase"), QStringLiteral("pw"));
    QTest::keyClicks(child<QLineEdit>(dialog, "repoPassphraseRepeat"), QStringLiteral("pw"));
    okButton(dialog)->click();
    auto *error = child<QLabel>(dialog, "repoError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), BorgTimeout);
    // saved, and the dialog says clearly that the keychain did not take the passphrase
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("keychain")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("this session only")),
             qPrintable(error->text()));
    QVERIFY(m_store->repositoryByName(QStringLiteral("No Keychain")));
    QCOMPARE(okButton(dialog)->text(), QStringLiteral("Close"));
    okButton(dialog)->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // tidy up for the tests that count repositories
    QVERIFY(
        m_store->removeRepository(m_store->repositoryByName(QStringLiteral("No Keychain"))->id));
}

void TestRepositories::addExisting()
{
    // a repository made outside Borgtide, with one file in two archives
    const QString location = path(QStringLiteral("repos/existing"));
    const QString passphrase = QStringLiteral("s3cret words");
    QVERIFY(borg({QStringLiteral("init"), QStringLiteral("--encryption=repokey"), location},
                 passphrase));
    QVERIFY(QDir().mkpath(path(QStringLiteral("src/sub"))));
    {
        QFile a(path(QStringLiteral("src/sub/a.txt")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("hello from the archive\n");
        QFile b(path(QStringLiteral("src/b.txt")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("not restored\n");
    }
    QVERIFY(borg({QStringLiteral("create"), QStringLiteral("--timestamp"),
                  QStringLiteral("2024-01-02T03:04:05"), location + QStringLiteral("::older"),
                  QStringLiteral("src")},
                 passphrase, m_dir.path()));
    QVERIFY(borg(
        {QStringLiteral("create"), location + QStringLiteral("::newest"), QStringLiteral("src")},
        passphrase, m_dir.path()));

    RepositoriesPage page(m_context);
    page.setFolderChooser([this](const QString &title) {
        m_askedTitle = title;
        return m_chosen;
    });
    page.show();
    QPointer<AddRepositoryDialog> dialog = openAddDialog(page, "addExisting");
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add Repository"));
    QCOMPARE(okButton(dialog)->text(), QStringLiteral("Add"));
    QVERIFY(child<QComboBox>(dialog, "repoEncryption")->isHidden());
    QVERIFY(child<QLineEdit>(dialog, "repoPassphraseRepeat")->isHidden());

    // Browse… asks the folder chooser; the name follows the folder
    m_chosen = location;
    child<QPushButton>(dialog, "browseLocation")->click();
    QVERIFY(!m_askedTitle.isEmpty());
    QCOMPARE(child<QLineEdit>(dialog, "repoLocation")->text(), location);
    QCOMPARE(child<QLineEdit>(dialog, "repoName")->text(), QStringLiteral("existing"));

    // the wrong passphrase: borg's error, nothing saved
    auto *pass = child<QLineEdit>(dialog, "repoPassphrase");
    auto *error = child<QLabel>(dialog, "repoError");
    QTest::keyClicks(pass, QStringLiteral("wrong"));
    okButton(dialog)->click();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), BorgTimeout);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("incorrect")), qPrintable(error->text()));
    QVERIFY(!m_store->repositoryByName(QStringLiteral("existing")));
    QVERIFY(dialog->grab().save(QStringLiteral("/tmp/borgtide-shots/add-repository.png")));
    QCOMPARE(m_secrets.readSync(QStringLiteral("repository:") + location).outcome,
             SecretStore::Outcome::NotFound);

    // the right one: added, with the encryption borg reported
    pass->clear();
    QTest::keyClicks(pass, passphrase);
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), BorgTimeout);
    const auto saved = m_store->repositoryByName(QStringLiteral("existing"));
    QVERIFY(saved);
    QCOMPARE(saved->location, location);
    QCOMPARE(saved->encryption, QStringLiteral("repokey"));
    QCOMPARE(m_secrets.readSync(SecretStore::repositoryKey(*saved)).value, passphrase);

    // an unencrypted repository: no passphrase, nothing in the secret store
    const QString plain = path(QStringLiteral("repos/plain"));
    QVERIFY(borg({QStringLiteral("init"), QStringLiteral("--encryption=none"), plain}, QString()));
    dialog = openAddDialog(page, "addExisting");
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "repoName"), QStringLiteral("Plain"));
    QTest::keyClicks(child<QLineEdit>(dialog, "repoLocation"), plain);
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), BorgTimeout);
    const auto unencrypted = m_store->repositoryByName(QStringLiteral("Plain"));
    QVERIFY(unencrypted);
    QCOMPARE(unencrypted->encryption, QStringLiteral("none"));
    QCOMPARE(m_secrets.readSync(SecretStore::repositoryKey(*unencrypted)).outcome,
             SecretStore::Outcome::NotFound);
    QCOMPARE(child<QTableWidget>(&page, "repositoryTable")->rowCount(), 3);
    QVERIFY(!child<QPushButton>(&page, "setPassphrase")->isEnabled()); // selected, unencrypted
    QVERIFY(m_store->removeRepository(unencrypted->id));

    // a location that is not a repository
    dialog = openAddDialog(page, "addExisting");
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "repoName"), QStringLiteral("Nothing"));
    QTest::keyClicks(child<QLineEdit>(dialog, "repoLocation"), path(QStringLiteral("nothing")));
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), BorgTimeout);
    error = child<QLabel>(dialog, "repoError");
    QVERIFY2(error->text().contains(QStringLiteral("does not exist")), qPrintable(error->text()));
    QVERIFY(!m_store->repositoryByName(QStringLiteral("Nothing")));
    dialog->reject();
}

void TestRepositories::testConnection()
{
    RepositoriesPage page(m_context);
    page.resize(900, 480);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *button = child<QPushButton>(&page, "testConnection");
    auto *result = child<QLabel>(&page, "connectionResult");

    selectByName(page, QStringLiteral("Main"));
    button->click();
    QVERIFY(!button->isEnabled()); // one test at a time
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), BorgTimeout);
    QVERIFY2(shown(result).contains(QStringLiteral("Archives: 0")), qPrintable(shown(result)));

    selectByName(page, QStringLiteral("existing"));
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), BorgTimeout);
    const QString text = shown(result);
    QVERIFY2(text.contains(QStringLiteral("Connected to \"existing\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Archives: 2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Encryption: repokey")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Repository ID: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Last modified: 20")), qPrintable(text));
    QVERIFY(result->isVisible());
    QVERIFY(page.grab().save(QStringLiteral("/tmp/borgtide-shots/repositories.png")));

    // borg's error in words: the passphrase is gone from the secret store
    const auto existing = m_store->repositoryByName(QStringLiteral("existing"));
    const QString stored = m_secrets.readSync(SecretStore::repositoryKey(*existing)).value;
    QVERIFY(
        m_secrets.writeSync(SecretStore::repositoryKey(*existing), QStringLiteral("nope")).ok());
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), BorgTimeout);
    QVERIFY2(result->text().contains(QStringLiteral("could not connect")) &&
                 result->text().contains(QStringLiteral("incorrect")),
             qPrintable(result->text()));
    QVERIFY(m_secrets.writeSync(SecretStore::repositoryKey(*existing), stored).ok());
}

void TestRepositories::setPassphrase()
{
    const auto existing = m_store->repositoryByName(QStringLiteral("existing"));
    QVERIFY(existing);
    const QString key = SecretStore::repositoryKey(*existing);
    const QString passphrase = m_secrets.readSync(key).value;
    QVERIFY(m_secrets.removeSync(key).ok());

    RepositoriesPage page(m_context);
    page.show();
    selectByName(page, QStringLiteral("existing"));
    auto *test = child<QPushButton>(&page, "testConnection");
    auto *result = child<QLabel>(&page, "connectionResult");
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), BorgTimeout);
    QVERIFY2(shown(result).contains(QStringLiteral("No passphrase")), qPrintable(shown(result)));

    child<QPushButton>(&page, "setPassphrase")->click();
    QPointer<PassphraseDialog> dialog = page.findChild<PassphraseDialog *>();
    QVERIFY(dialog);
    auto *edit = child<QLineEdit>(dialog, "passphrase");
    auto *error = child<QLabel>(dialog, "passphraseError");
    QTest::keyClicks(edit, QStringLiteral("wrong"));
    okButton(dialog)->click();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), BorgTimeout);
    QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("incorrect")),
             qPrintable(error->text()));
    QCOMPARE(m_secrets.readSync(key).outcome, SecretStore::Outcome::NotFound);
    edit->clear();
    QTest::keyClicks(edit, passphrase);
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), BorgTimeout);
    QCOMPARE(m_secrets.readSync(key).value, passphrase);

    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), BorgTimeout);
    QVERIFY2(shown(result).contains(QStringLiteral("Archives: 2")), qPrintable(shown(result)));
}

void TestRepositories::archivesAndRestore()
{
    RepositoriesPage page(m_context);
    const QString target = path(QStringLiteral("restore"));
    QVERIFY(QDir().mkpath(target));
    int confirmations = 0;
    page.setFolderChooser([target](const QString &) { return target; });
    page.setConfirmer([&confirmations](const QString &, const QString &) {
        ++confirmations;
        return true;
    });
    page.show();
    selectByName(page, QStringLiteral("existing"));
    child<QPushButton>(&page, "showArchives")->click();
    QPointer<ArchivesDialog> dialog = page.findChild<ArchivesDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Archives of existing"));

    auto *table = child<QTableWidget>(dialog, "archiveTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, BorgTimeout);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("newest")); // newest first
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("older"));
    QVERIFY2(table->item(1, 1)->text().startsWith(QStringLiteral("2024-01-02")),
             qPrintable(table->item(1, 1)->text()));

    auto *restore = child<QPushButton>(dialog, "restoreArchive");
    QVERIFY(!restore->isEnabled()); // nothing selected yet
    table->selectRow(0);
    QVERIFY(restore->isEnabled());
    // Show Contents lists the paths; a double-click picks one for the restore
    child<QPushButton>(dialog, "browseContents")->click();
    auto *contents = child<QListView>(dialog, "archiveContents");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isListingContents(), BorgTimeout);
    QVERIFY(contents->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "contentsFilter"), QStringLiteral("a.txt"));
    QCOMPARE(contents->model()->rowCount(), 1);
    const QModelIndex picked = contents->model()->index(0, 0);
    QCOMPARE(picked.data().toString(), QStringLiteral("src/sub/a.txt"));
    const QPoint at = contents->visualRect(picked).center();
    QTest::mouseClick(contents->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(contents->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(child<QPlainTextEdit>(dialog, "restorePaths")->toPlainText(),
                 QStringLiteral("src/sub/a.txt"));
    restore->click();
    auto *progress = child<QProgressBar>(dialog, "restoreProgress");
    QVERIFY(progress->isVisible());
    QVERIFY(child<QPushButton>(dialog, "cancelRestore")->isVisible());
    QVERIFY(!restore->isEnabled());
    auto *result = child<QLabel>(dialog, "restoreResult");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRestoring(), BorgTimeout);
    QVERIFY2(result->text() == QStringLiteral("Restored to ") + target, qPrintable(result->text()));
    QVERIFY(!progress->isVisible());
    QCOMPARE(confirmations, 0); // the target was empty

    QFile restored(target + QStringLiteral("/src/sub/a.txt"));
    QVERIFY(restored.open(QIODevice::ReadOnly));
    QCOMPARE(restored.readAll(), QByteArray("hello from the archive\n"));
    QVERIFY(!QFile::exists(target + QStringLiteral("/src/b.txt"))); // only the one path
    QVERIFY(dialog->grab().save(QStringLiteral("/tmp/borgtide-shots/archives.png")));

    // a path that is not in the archive: borg's warning, nothing written
    // (a leading slash is dropped: borg stores paths without it)
    child<QPlainTextEdit>(dialog, "restorePaths")->setPlainText(QStringLiteral("/src/missing"));
    restore->click();
    QCOMPARE(confirmations, 1); // the target is not empty any more
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRestoring(), BorgTimeout);
    QVERIFY2(result->text().contains(QStringLiteral("never matched")) &&
                 result->text().contains(QStringLiteral("'src/missing'")),
             qPrintable(result->text()));
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestRepositories::remove()
{
    Schedule schedule;
    schedule.name = QStringLiteral("Nightly");
    schedule.repository() = *m_store->repositoryByName(QStringLiteral("existing"));
    schedule.sources = {path(QStringLiteral("src"))};
    QVERIFY(m_store->saveSchedule(schedule));

    RepositoriesPage page(m_context);
    QSignalSpy changed(&page, &RepositoriesPage::repositoriesChanged);
    bool answer = false;
    int questions = 0;
    page.setConfirmer([&](const QString &, const QString &) {
        ++questions;
        return answer;
    });
    page.show();
    auto *table = child<QTableWidget>(&page, "repositoryTable");
    auto *message = child<QLabel>(&page, "repositoryMessage");
    auto *remove = child<QPushButton>(&page, "removeRepository");
    QCOMPARE(table->rowCount(), 2);

    // used by a schedule: refused, with the schedule named
    selectByName(page, QStringLiteral("existing"));
    QCOMPARE(table->item(table->currentRow(), 3)->text(), QStringLiteral("Nightly"));
    remove->click();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Nightly")) &&
                 message->text().contains(QStringLiteral("cannot be removed")) &&
                 message->text().contains(QStringLiteral("the schedule Nightly")),
             qPrintable(message->text()));
    QVERIFY(m_store->repositoryByName(QStringLiteral("existing")));
    QCOMPARE(questions, 0);

    // unused: asks first; "no" keeps it
    selectByName(page, QStringLiteral("Main"));
    const Repository main = *page.selectedRepository();
    remove->click();
    QCOMPARE(questions, 1);
    QVERIFY(m_store->repositoryByName(QStringLiteral("Main")));
    answer = true;
    remove->click();
    QCOMPARE(questions, 2);
    QVERIFY(!m_store->repositoryByName(QStringLiteral("Main")));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY2(message->text().contains(QStringLiteral("Removed")), qPrintable(message->text()));
    QCOMPARE(m_secrets.readSync(SecretStore::repositoryKey(main)).outcome,
             SecretStore::Outcome::NotFound);
    QVERIFY(QFile::exists(main.location + QStringLiteral("/config"))); // the archives stay
}

QTEST_MAIN(TestRepositories)
#include "tst_repositories.moc"
