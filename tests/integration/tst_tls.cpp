// The sandbox over https with a certificate from a test-only authority: the
// client refuses it with a TLS error, and accepts it once told to trust that
// authority. No TLS error is ever ignored.
#include "core/api/apiclient.h"
#include "core/services/authservice.h"
#include "core/services/backend.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTls final : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    std::unique_ptr<Sandbox::Server> m_server;

private slots:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        m_server = std::make_unique<Sandbox::Server>();
        QVERIFY(m_server->useTls(read(QFINDTESTDATA("data/tls/server.pem")),
                                 read(QFINDTESTDATA("data/tls/server.key"))));
        QVERIFY(m_server->listen());
        QCOMPARE(m_server->baseUrl().scheme(), u"https"_s);
    }

    void untrustedCertificate_failsWithTheTlsMessage()
    {
        QNetworkAccessManager network;
        Backend backend(&network, m_server->baseUrl());
        QSignalSpy failed(backend.auth(), &AuthService::loginFailed);
        QSignalSpy in(backend.auth(), &AuthService::loggedIn);
        backend.auth()->login(u"demo@n1sms.test"_s, u"demo-password"_s);
        QVERIFY(failed.wait(10000));
        QVERIFY(in.isEmpty());
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QVERIFY2(error.userMessage().startsWith(ApiError::sentence(ApiError::Kind::Tls)),
                 qPrintable(error.userMessage()));
        QCOMPARE(m_server->requestCount(u"/auth/login"_s), 0); // the password never left
    }

    void trustedAuthority_succeeds()
    {
        QNetworkAccessManager network;
        Backend backend(&network, m_server->baseUrl());
        backend.api()->addTrustedAuthorities(
            QSslCertificate::fromData(read(QFINDTESTDATA("data/tls/ca.pem")), QSsl::Pem));
        QSignalSpy in(backend.auth(), &AuthService::loggedIn);
        backend.auth()->login(u"demo@n1sms.test"_s, u"demo-password"_s);
        QVERIFY(in.wait(10000));
        QCOMPARE(m_server->requestCount(u"/auth/login"_s), 1);
    }

    // A certificate from an authority the client trusts, but expired, not yet
    // valid, or for another host: refused, with that reason in the message,
    // and the password never sent. The same authority's good one works.
    void faultyCertificate_isRefusedWithItsReason_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::newRow("expired") << u"expired.pem"_s << u"expired"_s;
        QTest::newRow("not yet valid") << u"not-yet-valid.pem"_s << u"not yet valid"_s;
        QTest::newRow("another host") << u"other-host.pem"_s << u"host name"_s;
        QTest::newRow("good") << u"good.pem"_s << QString();
    }

    void faultyCertificate_isRefusedWithItsReason()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, reason);
        Sandbox::Server server;
        QVERIFY(server.useTls(read(QFINDTESTDATA(u"data/tls/"_s + certificate)),
                              read(QFINDTESTDATA("data/tls/faulty.key"))));
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        Backend backend(&network, server.baseUrl());
        backend.api()->addTrustedAuthorities(
            QSslCertificate::fromData(read(QFINDTESTDATA("data/tls/ca-faulty.pem")), QSsl::Pem));
        QSignalSpy failed(backend.auth(), &AuthService::loginFailed);
        QSignalSpy in(backend.auth(), &AuthService::loggedIn);
        backend.auth()->login(u"demo@n1sms.test"_s, u"demo-password"_s);
        if (reason.isEmpty()) {
            QVERIFY(in.wait(10000));
            return;
        }
        QVERIFY(failed.wait(10000));
        QVERIFY(in.isEmpty());
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QVERIFY2(error.userMessage().contains(reason, Qt::CaseInsensitive),
                 qPrintable(error.userMessage()));
        QCOMPARE(server.requestCount(u"/auth/login"_s), 0);
    }

    void plainHttpToTheTlsPort_isNotSilentlyAccepted()
    {
        QUrl url = m_server->baseUrl();
        url.setScheme(u"http"_s);
        QNetworkAccessManager network;
        Backend backend(&network, url);
        backend.api()->setMaxRetries(0);
        QSignalSpy failed(backend.auth(), &AuthService::loginFailed);
        backend.auth()->login(u"demo@n1sms.test"_s, u"demo-password"_s);
        QVERIFY(failed.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
