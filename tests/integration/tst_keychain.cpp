// The token in a real system keychain: gnome-keyring's Secret Service under a
// private D-Bus session (tests/keychain/with_keyring.sh), or none at all.
// N1SMS_EXPECT_KEYRING says which of the two this run has.
#include "core/api/apiclient.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "core/settings/settings.h"
#include "keychain/keychainstore.h"
#include "sandbox/sandboxserver.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    SecretStore::Status status = SecretStore::Status::Failed;
    QString secret;
};

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

    bool m_keyring = false;

    std::optional<Outcome> wait(const std::function<void(SecretStore::Done)> &call)
    {
        std::optional<Outcome> outcome;
        call([&outcome](SecretStore::Status status, const QString &secret) {
            outcome = Outcome{status, secret};
        });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return std::nullopt;
        return outcome;
    }

    static void scanForSecret(const QString &secret)
    {
        for (const auto location :
             {QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation,
              QStandardPaths::CacheLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.fileName().contains(u"keyrings"_s))
                    continue; // the keychain's own (encrypted) store
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_keyring = qEnvironmentVariable("N1SMS_EXPECT_KEYRING") == u"1";
        qInfo(m_keyring ? "with a Secret Service" : "without a Secret Service");
    }

    void init() { QSettings().clear(); }

    void store_writesReadsAndDeletesARealSecret()
    {
        if (!m_keyring)
            QSKIP("this run has no Secret Service");
        KeychainStore store(u"com.n1sms.Desktop.test"_s);
        QObject context;
        const QString key = u"token-test"_s;
        auto w = wait([&](auto done) { store.write(key, u"1|secret-value"_s, &context, done); });
        QVERIFY(w);
        QCOMPARE(w->status, SecretStore::Status::Ok);
        auto r = wait([&](auto done) { store.read(key, &context, done); });
        QVERIFY(r);
        QCOMPARE(r->status, SecretStore::Status::Ok);
        QCOMPARE(r->secret, u"1|secret-value"_s);
        auto d = wait([&](auto done) { store.remove(key, &context, done); });
        QVERIFY(d);
        QCOMPARE(d->status, SecretStore::Status::Ok);
        auto gone = wait([&](auto done) { store.read(key, &context, done); });
        QVERIFY(gone);
        QCOMPARE(gone->status, SecretStore::Status::NotFound);
    }

    void rememberMe_survivesARestartAndLogoutForgetsIt()
    {
        if (!m_keyring)
            QSKIP("this run has no Secret Service");
        Sandbox::Server server;
        QVERIFY(server.listen());
        KeychainStore store(u"com.n1sms.Desktop.test"_s);
        Settings settings; // whose session the keychain keeps
        QString token;
        {
            QNetworkAccessManager network;
            Backend first(&network, server.baseUrl(), &store, &settings);
            QSignalSpy in(first.auth(), &AuthService::loggedIn);
            QSignalSpy unavailable(first.auth(), &AuthService::rememberUnavailable);
            first.auth()->login(u"demo@n1sms.test"_s, u"demo-password"_s, true);
            QVERIFY(in.wait(5000));
            token = first.auth()->session().token;
            QTRY_COMPARE_WITH_TIMEOUT(first.auth()->rememberedEmail(), u"demo@n1sms.test"_s, 10000);
            QVERIFY(unavailable.isEmpty());
        }
        scanForSecret(token.section(u'|', 1));

        // "Restart": a new client finds the session in the keychain.
        QNetworkAccessManager network;
        Backend second(&network, server.baseUrl(), &store, &settings);
        QCOMPARE(second.auth()->rememberedEmail(), u"demo@n1sms.test"_s);
        QSignalSpy restored(second.auth(), &AuthService::loggedIn);
        second.auth()->restore();
        QVERIFY(restored.wait(10000));
        QCOMPARE(second.auth()->session().token, token);
        QCOMPARE(second.auth()->session().user.name, u"Demo User"_s);

        second.auth()->logout();
        QVERIFY(second.auth()->rememberedEmail().isEmpty());
        QObject context;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto r = wait([&](auto done) {
                    store.read(u"demo@n1sms.test @ "_s + server.baseUrl().toString(), &context,
                               done);
                });
                return r && r->status == SecretStore::Status::NotFound;
            }(),
            10000);
    }

    void revokedRememberedToken_isForgotten()
    {
        if (!m_keyring)
            QSKIP("this run has no Secret Service");
        KeychainStore store(u"com.n1sms.Desktop.test"_s);
        Settings settings; // whose session the keychain keeps
        QUrl base;
        {
            Sandbox::Server server;
            QVERIFY(server.listen());
            base = server.baseUrl();
            QNetworkAccessManager network;
            Backend first(&network, base, &store, &settings);
            QSignalSpy in(first.auth(), &AuthService::loggedIn);
            first.auth()->login(u"demo@n1sms.test"_s, u"demo-password"_s, true);
            QVERIFY(in.wait(5000));
            QTRY_VERIFY_WITH_TIMEOUT(!first.auth()->rememberedEmail().isEmpty(), 10000);
        }
        // A new server on the same port knows nothing of that token.
        Sandbox::Server fresh;
        QVERIFY(fresh.listen(static_cast<quint16>(base.port())));
        QNetworkAccessManager network;
        Backend second(&network, base, &store, &settings);
        QSignalSpy failed(second.auth(), &AuthService::restoreFailed);
        second.auth()->restore();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthenticated);
        QVERIFY(!second.auth()->isSignedIn());
        QVERIFY(second.auth()->rememberedEmail().isEmpty());
    }

    void noSecretService_sessionWorksAndSaysWhy()
    {
        if (m_keyring)
            QSKIP("this run has a Secret Service");
        Sandbox::Server server;
        QVERIFY(server.listen());
        KeychainStore store(u"com.n1sms.Desktop.test"_s);
        Settings settings; // whose session the keychain keeps
        QNetworkAccessManager network;
        Backend backend(&network, server.baseUrl(), &store, &settings);
        QSignalSpy in(backend.auth(), &AuthService::loggedIn);
        QSignalSpy unavailable(backend.auth(), &AuthService::rememberUnavailable);
        backend.auth()->login(u"demo@n1sms.test"_s, u"demo-password"_s, true);
        QVERIFY(in.wait(5000));
        QVERIFY(unavailable.wait(20000));
        QVERIFY(!AuthService::describe(
                     unavailable.first().first().value<AuthService::RememberProblem>())
                     .isEmpty());
        QVERIFY(backend.auth()->isSignedIn()); // the session goes on
        QVERIFY(backend.auth()->rememberedEmail().isEmpty());
        scanForSecret(backend.auth()->session().token.section(u'|', 1));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
