// The keychain-backed secret store against the real gnome-keyring (run inside with-keyring.sh).
#include "app/secrets/SecretStore.h"
#include "models/Repository.h"

#include <QProcess>
#include <QTest>

using namespace borgtide;

namespace {

// What the Secret Service holds for a QtKeychain entry, read with libsecret's own tool.
QString secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"),
             QStringLiteral("borgtide-test")});
    p.waitForFinished(20000);
    return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}

// A keychain that is not there (no Secret Service on the bus): the one case the real
// gnome-keyring of this test cannot show.
class AbsentKeychain final : public SecretStore
{
public:
    QString backendName() const override { return QStringLiteral("absent"); }
    void read(const QString &, Callback done) override
    {
        done({Outcome::Unavailable, {}, QStringLiteral("no Secret Service")});
    }
    void write(const QString &, const QString &, Callback done) override
    {
        done({Outcome::Unavailable, {}, QStringLiteral("no Secret Service")});
    }
    void remove(const QString &, Callback done) override
    {
        done({Outcome::Unavailable, {}, QStringLiteral("no Secret Service")});
    }
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadRemove()
    {
        KeychainSecretStore store(nullptr, QStringLiteral("borgtide-test"));
        Repository repo{0, QStringLiteral("usb"), QStringLiteral("/media/usb/borg"),
                        QStringLiteral("repokey")};
        const QString key = SecretStore::repositoryKey(repo);
        QCOMPARE(key, QStringLiteral("repository:/media/usb/borg"));

        QCOMPARE(store.readSync(key).outcome, SecretStore::Outcome::NotFound);
        const auto written = store.writeSync(key, QStringLiteral("correct horse ✓"));
        QVERIFY2(written.ok(), qPrintable(written.message));
        // It is in the Secret Service, readable by other libsecret clients.
        QCOMPARE(secretToolLookup(key), QStringLiteral("correct horse ✓"));
        const auto read = store.readSync(key);
        QVERIFY(read.ok());
        QCOMPARE(read.value, QStringLiteral("correct horse ✓"));
        // overwrite
        QVERIFY(store.writeSync(key, QStringLiteral("second")).ok());
        QCOMPARE(store.readSync(key).value, QStringLiteral("second"));
        QVERIFY(store.removeSync(key).ok());
        QCOMPARE(store.readSync(key).outcome, SecretStore::Outcome::NotFound);
        QVERIFY(secretToolLookup(key).isEmpty());
        // removing what is not there is fine
        QVERIFY(store.removeSync(key).ok());
    }

    void secretsAreNamespaced()
    {
        KeychainSecretStore store(nullptr, QStringLiteral("borgtide-test"));
        QVERIFY(store.writeSync(SecretStore::secretKey(QStringLiteral("HC")), QStringLiteral("a"))
                    .ok());
        QVERIFY(store
                    .writeSync(SecretStore::repositoryKey({0, {}, QStringLiteral("HC"), {}}),
                               QStringLiteral("b"))
                    .ok());
        QCOMPARE(store.readSync(QStringLiteral("secret:HC")).value, QStringLiteral("a"));
        QCOMPARE(store.readSync(QStringLiteral("repository:HC")).value, QStringLiteral("b"));
        QCOMPARE(secretToolLookup(QStringLiteral("secret:HC")), QStringLiteral("a"));
    }

    void desktopStoreFallsBackToTheSessionOnly()
    {
        // with a keychain: values go there, and the reply has no message
        KeychainSecretStore keychain(nullptr, QStringLiteral("borgtide-test"));
        SessionFallbackSecretStore desktop(&keychain);
        const auto stored = desktop.writeSync(QStringLiteral("k1"), QStringLiteral("v1"));
        QVERIFY(stored.ok());
        QVERIFY(stored.message.isEmpty());
        QCOMPARE(secretToolLookup(QStringLiteral("k1")), QStringLiteral("v1"));
        // without one: kept for this session, and the reply says why
        AbsentKeychain absent;
        SessionFallbackSecretStore session(&absent);
        const auto kept = session.writeSync(QStringLiteral("k2"), QStringLiteral("v2"));
        QVERIFY(kept.ok());
        QCOMPARE(kept.message, QStringLiteral("no Secret Service"));
        QVERIFY(session.keychainUnavailable());
        QCOMPARE(session.readSync(QStringLiteral("k2")).value, QStringLiteral("v2"));
        QCOMPARE(session.readSync(QStringLiteral("k3")).outcome, SecretStore::Outcome::Unavailable);
        QVERIFY(secretToolLookup(QStringLiteral("k2")).isEmpty()); // never in plain sight elsewhere
    }

    void memoryStoreForTheSession()
    {
        MemorySecretStore store;
        QCOMPARE(store.readSync(QStringLiteral("k")).outcome, SecretStore::Outcome::NotFound);
        QVERIFY(store.writeSync(QStringLiteral("k"), QStringLiteral("v")).ok());
        QCOMPARE(store.readSync(QStringLiteral("k")).value, QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
